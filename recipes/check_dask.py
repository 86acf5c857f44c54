#!/usr/bin/env python3
"""Check the Dask recipe against one local run: the sample articles
repeated (ids `<stem>#<k>`), split into partitions, extracted by
recipes/dask_extract.py on a LocalCluster of two workers, must give the
same figures as `counterclaim extract --format jsonl -` reading the
partitions run together: the same lines, in the same order, both
concatenated (`--output figures.jsonl`) and as a file per partition
(`--output folder/`). Exits 1 with what differs.

    python3 recipes/check_dask.py BINARY [--articles data/articles] [--repeat 40] [--partitions 6]
"""

import argparse
import collections
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def differences(name, want, got):
    """What differs between the local figures and the recipe's, or []."""
    if want == got:
        return []
    a, b = want.splitlines(), got.splitlines()
    if collections.Counter(a) != collections.Counter(b):
        missing = collections.Counter(a) - collections.Counter(b)
        extra = collections.Counter(b) - collections.Counter(a)
        out = [f"{name}: {len(a)} figures locally, {len(b)} from Dask; "
               f"{sum(missing.values())} missing, {sum(extra.values())} extra"]
        out += [f"  missing: {line[:160].decode(errors='replace')}" for line in list(missing)[:3]]
        out += [f"  extra:   {line[:160].decode(errors='replace')}" for line in list(extra)[:3]]
        return out
    first = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)
    return [f"{name}: the same {len(a)} figures, but in another order from line {first + 1}"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("--articles", default="data/articles")
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--partitions", type=int, default=6)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        subprocess.run(
            [python, os.path.join(HERE, "articles.py"), args.articles,
             "--repeat", str(args.repeat), "--split", str(args.partitions), corpus],
            check=True,
        )
        parts = sorted(glob.glob(os.path.join(corpus, "*.jsonl")))
        stream = b"".join(open(p, "rb").read() for p in parts)
        local = subprocess.run(
            [binary, "extract", "--format", "jsonl", "-"], input=stream,
            capture_output=True, check=True,
        ).stdout
        if not local:
            sys.exit("the local run gave no figures: nothing to compare")

        recipe = [python, os.path.join(HERE, "dask_extract.py"), "--binary", binary,
                  "--input", os.path.join(corpus, "*.jsonl"), "--workers", "2",
                  "--threads-per-worker", "1"]
        joined = os.path.join(tmp, "figures.jsonl")
        folder = os.path.join(tmp, "figures")
        subprocess.run([*recipe, "--output", joined], check=True)
        subprocess.run([*recipe, "--output", folder], check=True)
        per_part = b"".join(
            open(os.path.join(folder, os.path.basename(p)), "rb").read() for p in parts
        )
        problems = differences("--output figures.jsonl", local, open(joined, "rb").read())
        problems += differences("--output folder/ (files in name order)", local, per_part)
        if problems:
            print("\n".join(problems))
            sys.exit("the Dask recipe's figures differ from a local extract --format jsonl -")
        n = local.count(b"\n")
        print(f"ok   Dask recipe, 2 workers, {len(parts)} partitions of {len(stream) / 1e6:.1f} MB: "
              f"the same {n} figures in the same order as one local extract, "
              f"concatenated and a file per partition")


if __name__ == "__main__":
    main()
