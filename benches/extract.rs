//! Extraction speed, one thread: MB/s on the generated corpus, the sample
//! corpus and the repository's real reporting; the tool's whole work on
//! that reporting (read, extract, write JSON Lines) three ways: many small
//! files, one JSON Lines file, one very long article; and load + extract +
//! index of whole corpora on all cores.

// The allocator the binary uses, so the figures are the tool's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

use counterclaim::corpus::{self, sample};
use counterclaim::extract::extract;
use counterclaim::model::Article;
use counterclaim::store::Store;
use counterclaim::synth;

/// The real reporting kept in the repository (`tests/real`, English,
/// Ukrainian and Russian, paraphrased from real articles): as dense with
/// numbers, quotes, lists and attributions as what analysts load.
fn real() -> Vec<Article> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/real");
    let sets = ["dev", "holdout", "uk-ru-dev", "uk-ru-holdout"];
    let paths: Vec<String> = sets.iter().map(|s| format!("{root}/{s}/articles")).collect();
    corpus::load(&paths).articles
}

/// About `bytes` of `articles` repeated, each copy with an id of its own.
fn repeated(articles: &[Article], bytes: usize) -> Vec<Article> {
    let mut out = Vec::new();
    let mut total = 0;
    for i in 0.. {
        if total >= bytes || articles.is_empty() {
            break;
        }
        let mut a = articles[i % articles.len()].clone();
        a.id = format!("{}#{i}", a.id);
        total += a.text.len();
        out.push(a);
    }
    out
}

fn bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

fn extraction(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    for (name, articles) in [
        ("generated", synth::articles(2000, 42)),
        ("sample", sample()),
        ("real", real()),
    ] {
        group.throughput(Throughput::Bytes(bytes(&articles)));
        group.bench_with_input(
            BenchmarkId::new("one_thread", name),
            &articles,
            |b, articles| {
                b.iter(|| {
                    articles
                        .iter()
                        .map(|a| black_box(extract(a)).len())
                        .sum::<usize>()
                })
            },
        );
    }
    group.finish();
}

fn store(c: &mut Criterion) {
    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    let n = 10_000usize;
    let articles = synth::articles(n, 42);
    group.throughput(Throughput::Bytes(bytes(&articles)));
    group.bench_with_input(
        BenchmarkId::new("extract_and_index", n),
        &articles,
        |b, articles| b.iter(|| black_box(Store::build(articles.clone())).figures().len()),
    );
    group.finish();
}

/// What `counterclaim extract --format jsonl` does with `paths`, on one
/// thread: read, extract every article, write every figure as a JSON line
/// (into a sink); the bytes of figures written.
fn extract_command(paths: &[std::path::PathBuf]) -> usize {
    let mut out = CountingSink(0);
    for a in corpus::load(paths).articles {
        for f in extract(&a) {
            serde_json::to_writer(&mut out, &f).expect("a sink takes everything");
            std::io::Write::write_all(&mut out, b"\n").expect("a sink takes everything");
        }
    }
    out.0
}

/// Counts what is written to it.
struct CountingSink(usize);

impl std::io::Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The real reporting, about 4 MB of it, as the command reads it: one
/// small file an article, one JSON Lines file, and one article of it all.
fn command(c: &mut Criterion) {
    let mut group = c.benchmark_group("command");
    group.sample_size(10);
    let articles = repeated(&real(), 4 << 20);
    let dir = tempfile::TempDir::new().expect("a temporary folder");
    let files = dir.path().join("files");
    std::fs::create_dir(&files).expect("a folder of files");
    let mut jsonl = String::new();
    let mut long = String::new();
    for (i, a) in articles.iter().enumerate() {
        std::fs::write(files.join(format!("{i:05}.txt")), a.text.as_bytes()).expect("a file");
        let line = serde_json::json!({"id": a.id, "text": a.text.as_str()});
        jsonl.push_str(&line.to_string());
        jsonl.push('\n');
        long.push_str(&a.text);
        long.push_str("\n\n");
    }
    let jsonl_path = dir.path().join("all.jsonl");
    std::fs::write(&jsonl_path, &jsonl).expect("a JSON Lines file");
    let long_path = dir.path().join("long.txt");
    std::fs::write(&long_path, &long).expect("one long article");
    // One thread, as the command on one core.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a pool of one thread");
    group.throughput(Throughput::Bytes(bytes(&articles)));
    for (name, path) in [
        ("files", files),
        ("jsonl", jsonl_path),
        ("one_article", long_path),
    ] {
        group.bench_with_input(BenchmarkId::new("real", name), &path, |b, path| {
            b.iter(|| pool.install(|| black_box(extract_command(std::slice::from_ref(path)))))
        });
    }
    group.finish();
}

criterion_group!(benches, extraction, command, store);
criterion_main!(benches);
