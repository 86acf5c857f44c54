//! Extraction speed, one thread: MB/s on the generated corpus and on the
//! sample corpus; and load + extract + index of whole corpora on all cores.

// The allocator the binary uses, so the figures are the tool's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

use counterclaim::corpus::sample;
use counterclaim::extract::extract;
use counterclaim::model::Article;
use counterclaim::store::Store;
use counterclaim::synth;

fn bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

fn extraction(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    for (name, articles) in [
        ("generated", synth::articles(2000, 42)),
        ("sample", sample()),
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

criterion_group!(benches, extraction, store);
criterion_main!(benches);
