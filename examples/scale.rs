//! How load, extraction, indexing and checks grow with the corpus: writes
//! N synthetic articles to a folder, then times each step of loading them
//! into a store and reports the memory of the process after each.
//!
//! cargo run --release --example scale -- 10000 [FOLDER]

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

/// A memory figure of this process from `/proc/self/status`, in MiB.
fn status_mb(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn peak_rss_mb() -> f64 {
    status_mb("VmHWM:")
}

fn rss_mb() -> f64 {
    status_mb("VmRSS:")
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
            std::fs::write(dir.join(format!("{}.txt", a.id)), a.text.as_bytes()).expect("write");
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
    let after_load = rss_mb();
    // What `Store::build` does, in its two steps, timed apart.
    let mut store = counterclaim::store::Store::default();
    store.extend(loaded.articles);
    let extract = t.elapsed() - load;
    let after_extract = rss_mb();
    let peak_extract = peak_rss_mb();
    store.refresh_doubts();
    let total = t.elapsed();
    let after_check = rss_mb();
    let mb = on_disk as f64 / 1024.0 / 1024.0;
    println!(
        "{n} articles, {mb:.1} MiB on disk, {} figures\n\
         load {:.2} s, extract and index {:.2} s, check {:.2} s: total {:.2} s\n\
         memory after load {after_load:.0} MiB, after extraction and indexing {after_extract:.0} MiB \
         (peak so far {peak_extract:.0} MiB), after checks {after_check:.0} MiB, \
         peak {:.0} MiB ({:.2}x the corpus; {base:.0} MiB before loading)",
        store.figures().len(),
        load.as_secs_f64(),
        extract.as_secs_f64(),
        (total - load - extract).as_secs_f64(),
        total.as_secs_f64(),
        peak_rss_mb(),
        peak_rss_mb() / mb,
    );
}
