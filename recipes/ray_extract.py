#!/usr/bin/env python3
"""Extraction as a stage of a Ray Data pipeline (not run in CI): batches of
JSON Lines articles are piped through `counterclaim extract --format jsonl -`
with map_batches, and the figures written as JSON Lines in input order.

    python3 recipes/ray_extract.py --binary /opt/counterclaim \\
        --input 'corpus/' --output figures.jsonl

The binary must be at the same path on every node.
"""

import argparse
import os
import subprocess

import numpy as np
import ray


def extract(batch, binary):
    """A batch of article lines in, the batch's figure lines out."""
    articles = "".join(line + "\n" for line in batch["text"]).encode("utf-8")
    done = subprocess.run(
        [binary, "extract", "--format", "jsonl", "-"],
        input=articles, capture_output=True, check=True,
        env=dict(os.environ, RAYON_NUM_THREADS="1"),
    )
    return {"figure": np.array(done.stdout.decode("utf-8").splitlines(), dtype=object)}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--binary", default="counterclaim")
    ap.add_argument("--input", required=True, help="JSON Lines article files or a folder of them")
    ap.add_argument("--output", required=True, help="the figures' JSON Lines file")
    ap.add_argument("--batch-size", type=int, default=512, help="articles a call of the binary")
    args = ap.parse_args()

    ray.init()
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    figures = ray.data.read_text(args.input).map_batches(
        extract, fn_kwargs={"binary": args.binary}, batch_size=args.batch_size, num_cpus=1,
    )
    with open(args.output, "w", encoding="utf-8") as out:
        for batch in figures.iter_batches(batch_format="numpy"):
            out.writelines(line + "\n" for line in batch["figure"])


if __name__ == "__main__":
    main()
