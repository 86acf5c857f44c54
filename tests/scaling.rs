//! Extraction time grows in step with its input: doubling the prose, the
//! figures in one sentence, or the sentences that point back at a figure
//! must not quadruple the time.

use std::time::{Duration, Instant};

use counterclaim::model::Article;

/// The time this thread has run on a processor, where Linux tells it: other
/// builds on the machine then cost the measure nothing.
fn on_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// The fastest of a few runs of the extraction of `text`, on the processor
/// where that can be told, else by the clock.
fn time(text: &str) -> Duration {
    let article = Article::from_text("scale", text);
    (0..3)
        .map(|_| {
            let (cpu, wall) = (on_cpu(), Instant::now());
            std::hint::black_box(counterclaim::extract::extract(&article));
            match (cpu, on_cpu()) {
                (Some(a), Some(b)) => b - a,
                _ => wall.elapsed(),
            }
        })
        .min()
        .expect("three runs")
}

/// How much longer `make(2n)` takes than `make(n)`, growing `n` first until
/// one run takes long enough to time.
fn ratio(name: &str, make: impl Fn(usize) -> String) -> f64 {
    // Tables are built on first use.
    counterclaim::extract::extract(&Article::from_text("warm", make(1)));
    let mut n = 50;
    while time(&make(n)) < Duration::from_millis(80) && n < 1 << 20 {
        n *= 2;
    }
    // The two sizes in turn, best of three rounds: a stall of the machine
    // slows a round, not every run of one size.
    let (small, large) = (make(n), make(2 * n));
    let (mut once, mut twice) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        once = once.min(time(&small));
        twice = twice.min(time(&large));
    }
    let r = twice.as_secs_f64() / once.as_secs_f64();
    eprintln!("{name}: n={n} {once:?} -> {twice:?}, ratio {r:.2}");
    r
}

/// Under 4 by a margin: twice the input, at most about twice the time,
/// allowing for noise on a busy machine.
const LIMIT: f64 = 3.0;

#[test]
fn prose_in_one_paragraph_is_linear() {
    let r = ratio("prose", |n| {
        "The city was quiet in the morning. Russia launched 5 missiles at Lviv. \
         “Nobody was hurt,” a resident said. "
            .repeat(n)
    });
    assert!(r < LIMIT, "ratio {r:.2}");
}

#[test]
fn prose_in_paragraphs_is_linear() {
    let r = ratio("paragraphs", |n| {
        "Ukraine's air force said Russia launched 90 drones overnight.\n\n\
         Russia launched 5 missiles at Lviv, officials said.\n"
            .repeat(n)
    });
    assert!(r < LIMIT, "ratio {r:.2}");
}

#[test]
fn figures_in_one_sentence_are_linear() {
    let lists: [fn(usize) -> String; 3] = [
        |i| format!("{} drones at Lviv", i % 90 + 2),
        |i| format!("{} drones were shot down over Kharkiv", i % 90 + 2),
        |i| format!("{} houses", i % 90 + 2),
    ];
    for (k, item) in lists.into_iter().enumerate() {
        let r = ratio(&format!("one sentence {k}"), |n| {
            let list: Vec<String> = (0..n).map(item).collect();
            format!("Officials said Russia launched {}.", list.join(", "))
        });
        assert!(r < LIMIT, "list {k}: ratio {r:.2}");
    }
}

#[test]
fn sentences_pointing_back_are_linear() {
    let r = ratio("pointers", |n| {
        "Russia launched 5 missiles at Lviv. This was reported by the Ukrainian air force. "
            .repeat(n)
    });
    assert!(r < LIMIT, "ratio {r:.2}");
}
