#!/usr/bin/env python3
"""The night-by-night table of `counterclaim timeline --format csv`, worked
out by DuckDB (recipes/timeline.sql) over figures JSON Lines.

    counterclaim extract --format jsonl news/ > figures.jsonl
    python3 recipes/duckdb_timeline.py figures.jsonl -o nights.csv
    python3 recipes/duckdb_timeline.py 'figures/part-*.jsonl'   # partitions, in name order

Needs the `duckdb` package (pip install duckdb). Writes CSV to standard
output unless `-o` names a file.
"""

import argparse
import os
import shutil
import sys
import tempfile

SQL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "timeline.sql")


def timeline_csv(figures, output, threads=None):
    """Write the table over `figures` (a path or a glob) to `output` as CSV."""
    import duckdb

    con = duckdb.connect()
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    con.execute("SET VARIABLE figures = ?", [figures])
    with open(SQL, encoding="utf-8") as f:
        con.execute(f.read())
    con.execute(f"COPY timeline TO '{output.replace(chr(39), chr(39) * 2)}' (FORMAT csv, HEADER)")
    con.close()


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("figures", help="figures JSON Lines: a file, or a glob of partitions")
    ap.add_argument("-o", "--output", help="CSV file [standard output]")
    ap.add_argument("--threads", type=int, help="DuckDB's threads [every core]")
    args = ap.parse_args()
    if args.output:
        return timeline_csv(args.figures, args.output, args.threads)
    # Through a file of its own, copied out: DuckDB opening /dev/stdout
    # would write over a file standard output is appended to.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "timeline.csv")
        timeline_csv(args.figures, out, args.threads)
        with open(out, "rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)


if __name__ == "__main__":
    main()
