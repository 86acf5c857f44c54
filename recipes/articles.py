#!/usr/bin/env python3
"""Turn text articles into JSON Lines articles, the input `counterclaim
extract --format jsonl -` streams and the Dask recipe partitions.

    python3 recipes/articles.py data/articles > articles.jsonl
    python3 recipes/articles.py data/articles --repeat 200 --split 8 corpus/

A text file may open with a header block (`Title:`, `Source:`, `Date:`,
`URL:`, `Language:`, `Id:`, any case; ended by a blank line), read as
`counterclaim` reads it; the article's id is its `Id:` or the file's stem.
The title is put before the body (`title`, blank line, body), so its
figures count, as they do when the file itself is read. `--repeat K` writes
the articles K times over, ids `<id>#<k>`; `--split N DIR` writes N files
of consecutive articles (`DIR/part-00000.jsonl`, ...), so that the files
in name order are the articles in order. Only the standard library is used.
"""

import argparse
import json
import os
import sys

# Header keys read into an article's fields, with the names they go by.
FIELDS = {
    "title": "title", "headline": "title",
    "source": "source", "outlet": "source", "publisher": "source",
    "url": "url", "link": "url",
    "date": "date", "published": "date",
    "id": "id",
    "language": "language", "lang": "language",
}
# Other keys common enough that one of them alone makes a header.
KNOWN_OTHER = {
    "author", "authors", "byline", "by", "updated", "modified", "edited", "tags",
    "keywords", "section", "category", "categories", "channel", "summary", "description",
}
EXTENSIONS = (".txt", ".md")


def _key(name):
    """(field or None, known) for a header key, or None if not key-like."""
    low = name.lower()
    if low in FIELDS:
        return FIELDS[low], True
    if low in KNOWN_OTHER:
        return None, True
    word_like = (
        name[:1].isalpha()
        and all(c.isalnum() or c in " -_." for c in name)
        and len(name) <= 30
        and len(name.split()) <= 3
    )
    return (None, False) if word_like else None


def _lines(text):
    """Lines ended by \\n, \\r\\n or a lone \\r, as (line, offset after it)."""
    pos = 0
    while pos < len(text):
        ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
        end = min(ends) if ends else len(text)
        nxt = end + 2 if text.startswith("\r\n", end) else min(end + 1, len(text))
        yield text[pos:end], nxt
        pos = nxt


def parse_text(stem, text):
    """An article dict from a text file's contents: the header's fields and
    the body, or the whole text as the body when it opens with no header."""
    text = text.removeprefix("\ufeff")
    fields, known, body, first = {}, False, None, True
    for line, nxt in _lines(text):
        if not line.strip():
            body = None if first else nxt
            break
        first = False
        colon = line.find(":")
        key = _key(line[:colon].strip()) if colon >= 0 else None
        if key is None:
            break
        field, is_known = key
        known |= is_known
        if field:
            # The first of a repeated key wins, even an empty one.
            fields.setdefault(field, line[colon + 1:].strip())
    else:
        body = None if first else len(text)
    if body is None or not known:
        fields, body = {}, 0
    fields = {k: v for k, v in fields.items() if v}
    article = {"id": fields.get("id", stem)}
    for f in ("title", "source", "date", "url", "language"):
        if f in fields:
            article[f] = fields[f]
    rest = text[body:]
    article["text"] = f"{fields['title']}\n\n{rest}" if "title" in fields else rest
    return article


def read_folder(paths):
    """Every .txt/.md article under `paths`, in sorted path order."""
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.lower().endswith(EXTENSIONS)]
        else:
            files.append(p)
    for path in sorted(files):
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            yield parse_text(stem, f.read())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="text files or folders of them")
    ap.add_argument("--repeat", type=int, default=1, metavar="K",
                    help="write the articles K times over, ids <id>#<k>")
    ap.add_argument("--split", nargs=2, metavar=("N", "DIR"),
                    help="write N partition files into DIR instead of standard output")
    args = ap.parse_args()
    articles = list(read_folder(args.paths))
    lines = []
    for k in range(1, args.repeat + 1):
        for a in articles:
            b = dict(a, id=f"{a['id']}#{k}") if args.repeat > 1 else a
            lines.append(json.dumps(b, ensure_ascii=False) + "\n")
    if not args.split:
        sys.stdout.writelines(lines)
        return
    n, out = int(args.split[0]), args.split[1]
    os.makedirs(out, exist_ok=True)
    per = -(-len(lines) // n)
    for i in range(n):
        with open(os.path.join(out, f"part-{i:05d}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(lines[i * per:(i + 1) * per])
    print(f"{len(lines)} articles in {n} partitions under {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
