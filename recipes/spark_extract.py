#!/usr/bin/env python3
"""Extraction as a stage of a Spark job (not run in CI): each partition of
JSON Lines articles is piped through `counterclaim extract --format jsonl -`
with RDD.pipe, an article a line in, a figure a line out.

    spark-submit recipes/spark_extract.py --binary /opt/counterclaim \\
        --input 'corpus/part-*.jsonl' --output figures/

The binary must be at the same path on every executor (or shipped with
`--files` and named by its base name). Each partition's figures keep the
articles' order; `saveAsTextFile` writes a part file per partition.
"""

import argparse

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--binary", default="counterclaim")
    ap.add_argument("--input", required=True, help="JSON Lines article files (a glob)")
    ap.add_argument("--output", required=True, help="a folder for the figures' part files")
    ap.add_argument("--threads-per-task", default="1", help="cores of each call of the binary")
    args = ap.parse_args()

    spark = SparkSession.builder.appName("counterclaim-extract").getOrCreate()
    articles = spark.sparkContext.textFile(args.input)
    figures = articles.pipe(
        f"{args.binary} extract --format jsonl -",
        env={"RAYON_NUM_THREADS": args.threads_per_task},
        checkCode=True,
    )
    figures.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
