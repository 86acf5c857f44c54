//! Extraction throughput of one thread on N generated articles.
//!
//! cargo run --release --example extract_only -- 5000
//! cargo run --release --example extract_only -- sample   (the sample corpus, 20 times)
//! cargo run --release --example extract_only -- PATH     (a folder or file of articles)

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use counterclaim::model::Article;

/// The measured work, apart so a profiler can count it alone
/// (`valgrind --tool=callgrind --toggle-collect=extract_only::run`).
#[inline(never)]
fn run(articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|a| counterclaim::extract::extract(a).len())
        .sum()
}

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let articles = if arg == "sample" {
        let one = counterclaim::corpus::sample();
        std::iter::repeat_n(one, 20).flatten().collect()
    } else if std::path::Path::new(&arg).exists() {
        counterclaim::corpus::load(&[std::path::PathBuf::from(&arg)]).articles
    } else {
        counterclaim::synth::articles(arg.parse().unwrap_or(3000), 42)
    };
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    // Tables and patterns are built on first use, and the patterns' caches
    // fill as they read: that is not throughput.
    for a in articles.iter() {
        counterclaim::extract::extract(a);
    }
    let t = std::time::Instant::now();
    let k = run(&articles);
    let s = t.elapsed().as_secs_f64();
    eprintln!("{k} figures, {:.1} MB/s", bytes as f64 / s / 1e6);
}
