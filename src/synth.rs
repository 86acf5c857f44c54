//! Synthetic articles for benchmarks: varied phrasings of nightly reports,
//! about 3 KB each, the same for the same seed.

use chrono::{Duration, NaiveDate};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::Article;

const UA_SPEAKERS: &[&str] = &[
    "Ukraine's air force",
    "the Ukrainian Air Force",
    "Ukraine's military",
    "air force spokesman Yurii Ihnat",
    "President Volodymyr Zelensky",
];
const RU_SPEAKERS: &[&str] = &[
    "Russia's defence ministry",
    "the Russian Ministry of Defence",
    "the Kremlin",
    "Governor Vyacheslav Gladkov",
];
const UA_PLACES: &[&str] = &[
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Zaporizhzhia",
    "Sumy",
    "Lviv",
    "Chernihiv",
    "Poltava",
    "Mykolaiv",
];
const RU_PLACES: &[&str] = &[
    "Belgorod",
    "Kursk",
    "Bryansk",
    "Rostov",
    "Voronezh",
    "Moscow region",
    "Oryol",
    "Tula",
];
const HEDGES: &[&str] = &[
    "",
    "",
    "",
    "at least ",
    "more than ",
    "about ",
    "nearly ",
    "up to ",
    "some ",
];
const LAUNCH: &[&str] = &["launched", "fired", "sent", "deployed", "used"];
const DOWN: &[&str] = &[
    "shot down",
    "intercepted",
    "destroyed",
    "neutralised",
    "downed",
];
const WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fourteen",
    "twenty",
];
const FILLER: &[&str] = &[
    "Diplomats in several European capitals met again to discuss a possible ceasefire, though officials said little progress had been made.",
    "Energy workers were trying to restore power to districts left in the dark, and the national grid operator asked residents to limit consumption in the evening.",
    "The talks, which have stalled several times this year, are expected to resume after a short break, according to people familiar with the schedule.",
    "Analysts said the pattern of the attacks suggested a deliberate effort to exhaust air defences before the winter heating season.",
    "Rescue teams worked through the morning, clearing rubble and checking damaged buildings for people who might still be inside.",
    "Schools in the affected districts moved classes online for the rest of the week, local education officials said.",
    "The foreign ministry summoned an ambassador to protest, calling the strikes a violation of international humanitarian law.",
    "Residents spent much of the night in shelters and metro stations as air raid alerts sounded across the country.",
    "The strikes came on the eve of a summit at which allies were expected to discuss new deliveries of air defence systems.",
    "Insurance companies reported a sharp rise in claims for damaged cars and windows in the capital over the past month.",
];

/// `n` articles from `seed`, with ids `synth-0`, `synth-1`, ...
pub fn articles(n: usize, seed: u64) -> Vec<Article> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..n).map(|i| article(&mut rng, i)).collect()
}

fn pick<'a>(rng: &mut ChaCha8Rng, list: &[&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or_default()
}

fn article(rng: &mut ChaCha8Rng, i: usize) -> Article {
    let date = NaiveDate::from_ymd_opt(2025, 1, 1).expect("valid date")
        + Duration::days(rng.gen_range(0..365));
    let mut paragraphs: Vec<String> = Vec::new();
    let launched: u32 = rng.gen_range(40..700);
    let down = launched * rng.gen_range(50..95) / 100;
    let lost = (launched - down) * rng.gen_range(0..80) / 100;
    let missiles: u32 = rng.gen_range(0..40);
    paragraphs.push(format!(
        "Russia {} {launched} drones and {missiles} missiles at Ukraine overnight, {} said on {}. Air defences {} {down} of the drones, while {lost} were lost to electronic warfare.",
        pick(rng, LAUNCH),
        pick(rng, UA_SPEAKERS),
        date.format("%A"),
        pick(rng, DOWN),
    ));
    let killed = pick(rng, WORDS);
    let injured: u32 = rng.gen_range(3..60);
    paragraphs.push(format!(
        "In {}, {killed} people were killed and {}{injured} injured when drones struck residential buildings, the regional governor said. \"{} were hurt, including a child,\" the mayor wrote on Telegram.",
        pick(rng, UA_PLACES),
        pick(rng, HEDGES),
        injured,
    ));
    paragraphs.push(format!(
        "{} said its air defences had destroyed {} Ukrainian drones over the {} and {} regions.",
        pick(rng, RU_SPEAKERS),
        rng.gen_range(10..150),
        pick(rng, RU_PLACES),
        pick(rng, RU_PLACES),
    ));
    // Enough background to reach a realistic length and number density.
    while paragraphs.iter().map(String::len).sum::<usize>() < 2600 {
        let mut p: Vec<&str> = (0..3).map(|_| pick(rng, FILLER)).collect();
        p.dedup();
        paragraphs.push(p.join(" "));
        if rng.gen_bool(0.3) {
            paragraphs.push(format!(
                "Since the start of the full-scale invasion, Ukraine's air force says it has shot down more than {} drones, and {} {} with {} in the past week.",
                rng.gen_range(20_000..60_000),
                pick(rng, RU_SPEAKERS),
                "claimed to have struck targets",
                pick(rng, &["precision weapons", "long-range missiles", "attack drones"]),
            ));
        }
    }
    let title = format!(
        "Russia {} {launched} drones at Ukraine overnight",
        pick(rng, LAUNCH)
    );
    let text = format!(
        "Title: {title}\nSource: Synthetic Wire\nDate: {date}\n\n{}\n",
        paragraphs.join("\n\n")
    );
    let mut a = crate::corpus::parse_text(&format!("synth-{i}"), "synthetic", text);
    a.origin = "synthetic".into();
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_articles() {
        let a = articles(5, 7);
        let b = articles(5, 7);
        assert_eq!(a, b);
        assert_ne!(articles(5, 8), a);
    }

    #[test]
    fn about_three_kilobytes_with_figures() {
        for a in articles(20, 1) {
            assert!(
                (2500..4500).contains(&a.text.len()),
                "{} bytes",
                a.text.len()
            );
            let figures = crate::extract::extract(&a);
            assert!(
                figures.iter().filter(|f| f.is_core()).count() >= 6,
                "{}",
                a.text
            );
            assert!(a.date.is_some());
        }
    }
}
