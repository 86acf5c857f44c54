#!/usr/bin/env python3
"""Extraction as a stage of a Dask cluster: every partition of JSON Lines
articles is piped through `counterclaim extract --format jsonl -` on a
worker, and the figures come back as JSON Lines.

    python3 recipes/dask_extract.py --binary target/release/counterclaim \\
        --input 'corpus/part-*.jsonl' --output figures.jsonl --workers 2

The input is one or more JSON Lines files of articles (one object a line,
with `id` and `text`; `title`, `source`, `date`, `url` and `language` if
known), one partition a file, in the sorted order of their names. With
`--output` naming a `.jsonl` file, the figures of every partition are
written to it in partition order, so the file is what one local `extract`
of the partitions run together gives; with `--output` naming a folder,
each worker writes its partition's figures beside the others'
(`part-00003.jsonl` in, `<folder>/part-00003.jsonl` out), which on a real
cluster needs a folder every worker can write.

Without `--scheduler`, a LocalCluster of `--workers` processes, one thread
each, is started on this machine and closed at the end; with it, the
recipe runs on that cluster, and the binary's path (and the input's) must
be valid on every worker. Each call of the binary uses
`--threads-per-worker` cores (RAYON_NUM_THREADS), so workers do not
overcommit the machine. Give every article an `id`, unique across
partitions: an article with none is called `stdin:N` after its line in the
partition, which repeats from one partition to the next, and a repeated id
is renamed (`x~2`) only within one partition.
"""

import argparse
import contextlib
import glob
import os
import subprocess
import sys
import time


def extract_partition(binary, path, out_dir, threads):
    """Pipe one partition file through the binary on a worker: its figures
    (or, with `out_dir`, None after writing them there), the binary's
    warnings, and the partition's size and time."""
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    target = None if out_dir is None else os.path.join(out_dir, os.path.basename(path))
    started = time.perf_counter()
    # The partition goes in as the binary's standard input straight from
    # its file (the binary reads it in whole windows), and into a folder
    # the figures go straight to their file: no byte passes through Python.
    sink = open(target + ".tmp", "wb") if target else contextlib.nullcontext(subprocess.PIPE)
    with open(path, "rb") as articles, sink as out:
        done = subprocess.run(
            [binary, "extract", "--format", "jsonl", "-"],
            stdin=articles,
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
    seconds = time.perf_counter() - started
    warnings = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        raise RuntimeError(f"{path}: {binary} exited {done.returncode}: {warnings.strip()}")
    if target:
        os.replace(target + ".tmp", target)
        with open(target, "rb") as f:
            count = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        figures = None
    else:
        figures = done.stdout
        count = figures.count(b"\n")
    return {
        "path": path,
        "figures": figures,
        "count": count,
        "bytes": os.path.getsize(path),
        "seconds": seconds,
        "warnings": warnings,
    }


def run(binary, paths, output, client, threads):
    """Extract every partition on `client`'s workers; write the figures to
    `output` (a .jsonl file, in partition order, or a folder). Returns the
    results, in partition order."""
    out_dir = None if output.endswith(".jsonl") else output
    if out_dir is not None:
        os.makedirs(out_dir, exist_ok=True)
    futures = client.map(
        extract_partition,
        [binary] * len(paths),
        paths,
        [out_dir] * len(paths),
        [threads] * len(paths),
        pure=False,
    )
    results = []
    sink = open(output + ".tmp", "wb") if out_dir is None else None
    try:
        # In partition order, each written as soon as it and those before
        # it are done: memory holds the partitions done out of turn.
        for i, future in enumerate(futures):
            r = future.result()
            futures[i] = None  # the worker may forget it
            for line in r["warnings"].splitlines():
                print(f"{os.path.basename(r['path'])}: {line}", file=sys.stderr)
            if sink is not None:
                sink.write(r["figures"])
                r["figures"] = None
            results.append(r)
    finally:
        if sink is not None:
            sink.close()
    if sink is not None:
        os.replace(output + ".tmp", output)
    return results


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--binary", default="counterclaim", help="path of the counterclaim binary [%(default)s]")
    ap.add_argument("--input", required=True, metavar="GLOB",
                    help="JSON Lines article files, one partition each ('corpus/*.jsonl')")
    ap.add_argument("--output", required=True, metavar="PATH",
                    help="a .jsonl file (figures in partition order) or a folder (a file per partition)")
    ap.add_argument("--workers", type=int, default=2, help="local worker processes [%(default)s]")
    ap.add_argument("--threads-per-worker", type=int, default=1,
                    help="threads of each worker, and cores of each call of the binary [%(default)s]")
    ap.add_argument("--scheduler", metavar="ADDRESS",
                    help="an existing Dask scheduler (tcp://host:8786) instead of a local cluster")
    args = ap.parse_args()

    paths = sorted(glob.glob(args.input))
    if not paths:
        sys.exit(f"no file matches {args.input!r}")
    binary = os.path.abspath(args.binary) if os.sep in args.binary else args.binary

    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    if args.scheduler:
        cluster, client = None, Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=args.threads_per_worker,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        ready = time.perf_counter()
        results = run(binary, paths, args.output, client, args.threads_per_worker)
        finished = time.perf_counter()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    mb = sum(r["bytes"] for r in results) / 1e6
    figures = sum(r["count"] for r in results)
    busy = sum(r["seconds"] for r in results)
    print(
        f"{len(paths)} partitions, {mb:.1f} MB of articles, {figures} figures to {args.output}: "
        f"{finished - ready:.2f} s on the cluster ({mb / (finished - ready):.1f} MB/s; "
        f"the binary busy {busy:.2f} s), {ready - started:.2f} s to start it",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
