#!/usr/bin/env python3
"""Check that recipes/timeline.sql, run by DuckDB over `extract --format
jsonl` output, writes the same bytes as `counterclaim timeline --format
csv` on the same articles; exits 1 with a diff when it does not.

    python3 recipes/check_timeline.py BINARY CORPUS...

Each CORPUS is what the binary reads: a folder of text articles or a JSON
Lines file of articles, or several joined by commas (read as one corpus). Figure records carry `outlet` only where an
article's outlet differs from its id; a binary that writes no `outlet` on
any record is given one here, from each article's `Source:` header or
`source` field (what the binary itself counts outlets by), so that the
check holds the SQL to the command's outlet counts either way.
"""

import difflib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles  # noqa: E402
import duckdb_timeline  # noqa: E402


def sources(paths):
    """Each article id under `paths` and the source it names, if any."""
    by_id = {}
    for path in paths:
        if os.path.isfile(path) and path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                rows = [json.loads(line) for line in f if line.strip()]
            by_id.update((r["id"], r.get("source")) for r in rows)
        else:
            by_id.update((a["id"], a.get("source")) for a in articles.read_folder([path]))
    return by_id


def with_outlets(figures_path, corpus):
    """Give every figure its `outlet` when the binary wrote none; returns
    how many figures were given one (0 when the binary writes them)."""
    with open(figures_path, "rb") as f:
        lines = f.read().splitlines()
    if any(b'"outlet":' in line for line in lines):
        return 0
    by_id = sources(corpus.split(","))
    given = 0
    out = []
    for line in lines:
        fig = json.loads(line)
        source = by_id.get(fig["article"])
        if source and source != fig["article"]:
            fig["outlet"] = source
            given += 1
        out.append(json.dumps(fig, ensure_ascii=False).encode() + b"\n")
    with open(figures_path, "wb") as f:
        f.writelines(out)
    return given


def check(binary, corpus, tmp):
    figures = os.path.join(tmp, "figures.jsonl")
    expected = os.path.join(tmp, "expected.csv")
    actual = os.path.join(tmp, "actual.csv")
    paths = corpus.split(",")
    with open(figures, "wb") as f:
        subprocess.run([binary, "extract", "--format", "jsonl", *paths], stdout=f, check=True)
    with open(expected, "wb") as f:
        subprocess.run([binary, "timeline", "--format", "csv", *paths], stdout=f, check=True)
    given = with_outlets(figures, corpus)
    duckdb_timeline.timeline_csv(figures, actual)
    want = open(expected, "rb").read()
    got = open(actual, "rb").read()
    n_figures = sum(1 for _ in open(figures, "rb"))
    rows = want.count(b"\n") - 1
    shim = f"; `outlet` filled in on {given} figures from their articles (this binary writes none)" if given else ""
    if want == got:
        print(f"ok   {corpus}: {n_figures} figures, {rows} rows, byte for byte{shim}")
        return True
    print(f"FAIL {corpus}: DuckDB's table differs from `timeline --format csv`{shim}")
    diff = difflib.unified_diff(
        want.decode().splitlines(), got.decode().splitlines(),
        "counterclaim timeline --format csv", "recipes/timeline.sql", lineterm="", n=0,
    )
    for i, line in enumerate(diff):
        if i == 40:
            print("  ...")
            break
        print("  " + line)
    return False


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpora = sys.argv[1], sys.argv[2:]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in corpora:
            ok &= check(binary, corpus, tmp)
    if not ok:
        sys.exit("recipes/timeline.sql does not reproduce `counterclaim timeline --format csv`")


if __name__ == "__main__":
    main()
