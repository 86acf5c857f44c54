//! How load, extraction and indexing grow with the corpus: writes N
//! synthetic articles to a folder, then times `corpus::load` and
//! `Store::build` and reports the peak memory of the process.
//!
//! cargo run --release --example scale -- 10000 [FOLDER]

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let dir = args
        .next()
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join(format!("counterclaim-scale-{n}")));
    if !dir.join(".complete").exists() {
        std::fs::create_dir_all(&dir).expect("folder");
        for a in counterclaim::synth::articles(n, 42) {
            std::fs::write(dir.join(format!("{}.txt", a.id)), &a.text).expect("write");
        }
        std::fs::write(dir.join(".complete"), b"").expect("write");
    }
    let on_disk: u64 = std::fs::read_dir(&dir)
        .expect("read")
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    let base = peak_rss_mb();
    let t = Instant::now();
    let loaded = counterclaim::corpus::load(&[&dir]);
    let load = t.elapsed();
    let store = counterclaim::store::Store::build(loaded.articles);
    let total = t.elapsed();
    println!(
        "{n} articles, {:.1} MB on disk: load {:.2} s, load+extract+index {:.2} s, {} figures, peak memory {:.0} MB ({:.2}x the corpus; {:.0} MB before loading)",
        on_disk as f64 / 1e6,
        load.as_secs_f64(),
        total.as_secs_f64(),
        store.figures().len(),
        peak_rss_mb(),
        peak_rss_mb() * 1e6 / 1024.0 / 1024.0 * 1024.0 * 1024.0 / on_disk as f64,
        base,
    );
}
