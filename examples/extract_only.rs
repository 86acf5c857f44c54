fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let articles = counterclaim::synth::articles(n, 42);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let t = std::time::Instant::now();
    let mut k = 0;
    for a in &articles {
        k += counterclaim::extract::extract(a).len();
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!("{k} figures, {:.1} MB/s", bytes as f64 / s / 1e6);
}
