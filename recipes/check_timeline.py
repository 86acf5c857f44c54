#!/usr/bin/env python3
"""Check that recipes/timeline.sql, run by DuckDB over `extract --format
jsonl` output, writes the same bytes as `counterclaim timeline --format
csv` on the same articles; exits 1 with a diff when it does not.

    python3 recipes/check_timeline.py BINARY CORPUS...

Each CORPUS is what the binary reads: a folder of text articles or a JSON
Lines file of articles, or several joined by commas (read as one corpus).
The SQL counts outlets by the records' `outlet` field, which the binary
writes where an article's outlet is not its id.
"""

import difflib
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import duckdb_timeline  # noqa: E402


def check(binary, corpus, tmp):
    figures = os.path.join(tmp, "figures.jsonl")
    expected = os.path.join(tmp, "expected.csv")
    actual = os.path.join(tmp, "actual.csv")
    paths = corpus.split(",")
    with open(figures, "wb") as f:
        subprocess.run([binary, "extract", "--format", "jsonl", *paths], stdout=f, check=True)
    with open(expected, "wb") as f:
        subprocess.run([binary, "timeline", "--format", "csv", *paths], stdout=f, check=True)
    duckdb_timeline.timeline_csv(figures, actual)
    want = open(expected, "rb").read()
    got = open(actual, "rb").read()
    n_figures = sum(1 for _ in open(figures, "rb"))
    rows = want.count(b"\n") - 1
    if want == got:
        print(f"ok   {corpus}: {n_figures} figures, {rows} rows, byte for byte")
        return True
    print(f"FAIL {corpus}: DuckDB's table differs from `timeline --format csv`")
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
