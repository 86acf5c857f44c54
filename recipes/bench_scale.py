#!/usr/bin/env python3
"""The measurements behind the README's "Beyond one machine" (how they were
made is in benches/README.md). Needs the packages of requirements.txt.

    python3 recipes/bench_scale.py extract BINARY [--mb 30] [--partitions 16] [--runs 3]
    python3 recipes/bench_scale.py crossover BINARY [--figures 10000,100000,1000000,5000000]

`extract`: extraction throughput, in MB/s of article text, of one local
`extract --format jsonl -` (every core, then RAYON_NUM_THREADS=1) and of
the Dask recipe with one and with two workers (one thread each), on the
sample corpus and on tests/real, each repeated to about --mb MB of text.
Each run writes its figures to a file; the best of --runs runs is shown
(the machine is shared: a slower run is another process's time).

`crossover`: `counterclaim timeline --format csv` over articles against
recipes/timeline.sql in DuckDB over their figures, at growing sizes: the
sample corpus repeated (ids `<stem>#<k>`, the k-th copy's dates moved
(k-1) mod 365 days on, so the nights spread over a year; no `source`, so
every article is its own outlet and no `outlet` field is needed), cut to
about each --figures count. Checks the two tables are the same bytes.
"""

import argparse
import datetime
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import articles  # noqa: E402

REAL = [os.path.join(ROOT, "tests", "real", d, "articles")
        for d in ("dev", "holdout", "uk-ru-dev", "uk-ru-holdout")]
SAMPLE = [os.path.join(ROOT, "data", "articles")]


def repeated(folders, text_bytes=None, copies=None, spread=0, keep_source=True):
    """JSON Lines of the articles under `folders` repeated, ids <id>#<k>,
    to `copies` copies or until their text passes `text_bytes`."""
    base = list(articles.read_folder(folders))
    k, total = 0, 0
    while (copies is None or k < copies) and (text_bytes is None or total < text_bytes):
        k += 1
        for a in base:
            b = dict(a, id=f"{a['id']}#{k}")
            if not keep_source:
                b.pop("source", None)
            if spread and "date" in b:
                day = parse_date(b["date"])
                if day:
                    b["date"] = (day + datetime.timedelta(days=(k - 1) % spread)).isoformat()
            total += len(b["text"].encode())
            yield json.dumps(b, ensure_ascii=False) + "\n"


def parse_date(s):
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y"):
        try:
            return datetime.datetime.strptime(s[:10] if fmt == "%Y-%m-%d" else s, fmt).date()
        except ValueError:
            pass
    return None


def text_mb(path):
    with open(path, encoding="utf-8") as f:
        return sum(len(json.loads(line)["text"].encode()) for line in f) / 1e6


def timed(cmd, stdin=None, stdout=None, env=None):
    """Wall seconds and peak memory (MB) of a command."""
    t = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", *cmd], stdin=stdin, stdout=stdout,
        stderr=subprocess.PIPE, env=env, check=True,
    )
    secs, kb = t.stderr.decode().strip().splitlines()[-1].split()
    return float(secs), int(kb) / 1024


def bench_extract(args):
    import dask_extract
    from dask.distributed import Client, LocalCluster

    binary = os.path.abspath(args.binary)
    for name, folders in (("sample", SAMPLE), ("real", REAL)):
        with tempfile.TemporaryDirectory() as tmp:
            whole = os.path.join(tmp, "articles.jsonl")
            with open(whole, "w", encoding="utf-8") as f:
                f.writelines(repeated(folders, text_bytes=args.mb * 1e6))
            lines = open(whole, encoding="utf-8").readlines()
            parts = os.path.join(tmp, "parts")
            os.makedirs(parts)
            per = -(-len(lines) // args.partitions)
            for i in range(args.partitions):
                with open(os.path.join(parts, f"part-{i:05d}.jsonl"), "w", encoding="utf-8") as f:
                    f.writelines(lines[i * per:(i + 1) * per])
            mb = text_mb(whole)
            in_mb = os.path.getsize(whole) / 1e6
            out = os.path.join(tmp, "figures.jsonl")
            folder = os.path.join(tmp, "figures")
            paths = sorted(glob.glob(os.path.join(parts, "*.jsonl")))

            def local(threads):
                env = dict(os.environ)
                if threads:
                    env["RAYON_NUM_THREADS"] = threads
                with open(whole, "rb") as i, open(out, "wb") as o:
                    return timed([binary, "extract", "--format", "jsonl", "-"], i, o, env)[0], None

            def on_dask(workers, target):
                t0 = time.perf_counter()
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                       processes=True, dashboard_address=None)
                client = Client(cluster)
                t1 = time.perf_counter()
                dask_extract.run(binary, paths, target, client, 1)
                t2 = time.perf_counter()
                client.close()
                cluster.close()
                return t2 - t1, t1 - t0

            configs = {
                "local, every core": lambda: local(None),
                "local, RAYON_NUM_THREADS=1": lambda: local("1"),
            }
            for workers in (1, 2):
                for target, how in ((out, "one file"), (folder, "a file a partition")):
                    label = f"Dask, {workers} worker{'s' if workers > 1 else ''}, {how}"
                    configs[label] = lambda w=workers, t=target: on_dask(w, t)
            # Each run times every configuration in turn, so that another
            # process's load falls on all of them alike.
            times = {label: [] for label in configs}
            for _ in range(args.runs):
                for label, run in configs.items():
                    times[label].append(run())
            rows = {label: (min(t[0] for t in ts), None if ts[0][1] is None else min(t[1] for t in ts))
                    for label, ts in times.items()}
            figures = sum(1 for _ in open(out, "rb"))
            print(f"\n{name}: {len(lines)} articles, {mb:.1f} MB of text ({in_mb:.1f} MB of JSON Lines) "
                  f"in {args.partitions} partitions, {figures} figures; best of {args.runs} runs")
            base = rows["local, every core"][0]
            for label, (secs, start) in rows.items():
                extra = f", +{start:.2f} s to start the cluster" if start is not None else ""
                print(f"  {label:38s} {secs:6.2f} s  {mb / secs:6.1f} MB/s  "
                      f"{secs / base:4.2f}x the local run{extra}")


def bench_crossover(args):
    binary = os.path.abspath(args.binary)
    sizes = [int(s) for s in args.figures.split(",")]
    per_copy = int(subprocess.run(
        [binary, "extract", "--format", "jsonl", *SAMPLE], capture_output=True, check=True,
    ).stdout.count(b"\n"))
    n_articles = len(list(articles.read_folder(SAMPLE)))
    copies = [max(1, round(n / per_copy)) for n in sizes]
    work = args.work or tempfile.mkdtemp(prefix="counterclaim-crossover-")
    os.makedirs(work, exist_ok=True)
    biggest = os.path.join(work, f"articles-{max(copies)}.jsonl")
    if not os.path.exists(biggest):
        with open(biggest, "w", encoding="utf-8") as f:
            f.writelines(repeated(SAMPLE, copies=max(copies), spread=365, keep_source=False))
    print(f"sizes: {copies} copies of the sample ({per_copy} figures, {n_articles} articles a copy) in {work}")
    print(f"{'figures':>9} {'articles':>8} {'MB':>7} | {'timeline':>18} | {'extract':>18} | "
          f"{'DuckDB':>18} | same")
    env = dict(os.environ)
    for n in copies:
        arts = os.path.join(work, f"articles-{n}.jsonl")
        if not os.path.exists(arts):
            with open(biggest, "rb") as src, open(arts, "wb") as dst:
                for i, line in enumerate(src):
                    if i == n * n_articles:
                        break
                    dst.write(line)
        figs = os.path.join(work, f"figures-{n}.jsonl")
        t_csv, d_csv = os.path.join(work, "timeline.csv"), os.path.join(work, "duckdb.csv")
        big = ["--max-file-size", "8G"]
        with open(figs, "wb") as o:
            ext = timed([binary, "extract", "--format", "jsonl", *big, arts], stdout=o, env=env)
        with open(t_csv, "wb") as o:
            tl = timed([binary, "timeline", "--format", "csv", *big, arts], stdout=o, env=env)
        duck = timed([sys.executable, os.path.join(HERE, "duckdb_timeline.py"), figs, "-o", d_csv])
        same = open(t_csv, "rb").read() == open(d_csv, "rb").read()
        count = sum(1 for _ in open(figs, "rb"))
        mb = os.path.getsize(arts) / 1e6
        cell = lambda t: f"{t[0]:7.2f} s {t[1]:6.0f} MB"  # noqa: E731
        print(f"{count:>9} {n * n_articles:>8} {mb:7.1f} | {cell(tl)} | {cell(ext)} | {cell(duck)} | "
              f"{'yes' if same else 'NO'}", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    e = sub.add_parser("extract")
    e.add_argument("binary")
    e.add_argument("--mb", type=float, default=30)
    e.add_argument("--partitions", type=int, default=16)
    e.add_argument("--runs", type=int, default=5)
    c = sub.add_parser("crossover")
    c.add_argument("binary")
    c.add_argument("--figures", default="10000,100000,1000000,5000000")
    c.add_argument("--work", help="a folder to keep the corpora in between runs")
    args = ap.parse_args()
    bench_extract(args) if args.what == "extract" else bench_crossover(args)


if __name__ == "__main__":
    main()
