#!/usr/bin/env python3
"""Give hand annotations their byte offsets, and check them.

usage: anchor.py ARTICLES_DIR GOLD.jsonl

An annotator writes each figure with the number as written (`text`) and an
`anchor`: a short piece of the article, unique in it, that holds `text`
once ("shot down 63 of the 137"). This fills `start` and `end` (byte
offsets in the whole file, as SPEC.md says), checks each record against
the contract's vocabulary, and writes the file back sorted by article and
offset. Any problem is printed on stderr with the record's line, the file
is left as it was, and the exit status is 1.
"""
import json, pathlib, sys

ITEMS = {"drone", "missile", "drone_or_missile", "person", "child", "building", "home",
         "facility", "village", "soldier", "prisoner", "firefighter", "country", "other"}
EVENTS = {"launched", "intercepted", "not_reached", "hit", "killed", "injured", "damaged",
          "affected", "captured", "exchanged", "other"}
QUALIFIERS = {"exact", "at_least", "at_most", "approx"}
SIDES = {"ru", "ua", None}
CLAIMANTS = {"ru", "ua", "other", "unknown"}


def opts(v):
    return v if isinstance(v, list) else [v]


def check(rec, allowed, field, problems):
    bad = [v for v in opts(rec.get(field)) if v not in allowed]
    if bad or field not in rec:
        problems.append(f"{field} {rec.get(field)!r} is not one of the contract's values")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder = pathlib.Path(sys.argv[1])
    failed = False
    out = []
    for notes in sys.argv[2:3]:
        for n, line in enumerate(pathlib.Path(notes).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{notes}:{n}"
            problems = []
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{where}: not JSON: {e}", file=sys.stderr)
                failed = True
                continue
            path = folder / f"{rec.get('article')}.txt"
            if not path.is_file():
                print(f"{where}: no article {path}", file=sys.stderr)
                failed = True
                continue
            data = path.read_bytes()
            text, anchor = rec.get("text", ""), rec.get("anchor")
            if anchor is None:
                problems.append("no anchor")
            else:
                a = anchor.encode()
                at = data.find(a)
                if at < 0:
                    problems.append(f"anchor {anchor!r} is not in the article")
                elif data.find(a, at + 1) >= 0:
                    problems.append(f"anchor {anchor!r} is in the article more than once")
                else:
                    inner = a.find(text.encode())
                    if inner < 0 or a.find(text.encode(), inner + 1) >= 0:
                        problems.append(f"text {text!r} must be in the anchor exactly once")
                    else:
                        rec["start"] = at + inner
                        rec["end"] = at + inner + len(text.encode())
            if not isinstance(rec.get("value"), int):
                problems.append("value must be an integer")
            check(rec, ITEMS, "item", problems)
            check(rec, EVENTS, "event", problems)
            check(rec, QUALIFIERS, "qualifier", problems)
            check(rec, SIDES, "attacker", problems)
            check(rec, CLAIMANTS, "claimant", problems)
            if "date" not in rec or "cumulative" not in rec:
                problems.append("date and cumulative are required")
            for p in problems:
                print(f"{where}: {p}", file=sys.stderr)
            failed |= bool(problems)
            out.append(rec)
    if failed:
        sys.exit(1)
    out.sort(key=lambda r: (r["article"], r.get("start", 0)))
    pathlib.Path(sys.argv[2]).write_text(
        "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in out), encoding="utf-8")


if __name__ == "__main__":
    main()
