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
import sys

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
    ap.add_argument("-o", "--output", default="/dev/stdout", help="CSV file [standard output]")
    ap.add_argument("--threads", type=int, help="DuckDB's threads [every core]")
    args = ap.parse_args()
    sys.stdout.flush()
    timeline_csv(args.figures, args.output, args.threads)


if __name__ == "__main__":
    main()
