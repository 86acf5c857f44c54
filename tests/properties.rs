//! Property tests of the extraction engine: on any text it never panics, and every figure's `start..end` and sentence span slice the text on char boundaries to exactly `text` and `sentence` (and, for a text file with a header block, lie in the title or body).

mod common;

use counterclaim::corpus::parse_text;
use counterclaim::extract::extract;
use counterclaim::model::{Article, Figure};
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces of war reports, and of the ways they go wrong: number words,
/// digits with commas, hyphens and dashes, quotes, hedges, line breaks,
/// emoji, combining marks, non-ASCII digits and numbers too big for a u64.
const FRAGMENTS: &[&str] = &[
    // Numbers.
    "0",
    "1",
    "12",
    "93",
    "550",
    "3,000",
    "1,234,567",
    "12,",
    ",5",
    "1,2,3",
    "1.5",
    "1.5 million",
    "2.",
    "007",
    "99999999999999999999999",
    "18446744073709551615",
    "18446744073709551616",
    "10,000,000,000,000,000,000",
    "one",
    "Fourteen",
    "twenty-five",
    "twenty five",
    "a dozen",
    "dozens",
    "hundred",
    "hundreds of",
    "thousand",
    "million",
    "billion",
    "half",
    "a",
    "first",
    "third",
    "five-year-old",
    "30-day",
    "three-year",
    "2025",
    "2025-07-04",
    "7 a.m.",
    "24/7",
    "50%",
    "1/2",
    // Non-ASCII digits and number-like symbols.
    "１２",
    "٣٤",
    "৫",
    "²",
    "½",
    "Ⅻ",
    "𝟗",
    "٫",
    // Things counted and what happened to them.
    "drones",
    "drone",
    "Shahed",
    "Shaheds",
    "missiles",
    "Kh-101",
    "Iskander-M",
    "S-300",
    "people",
    "children",
    "buildings",
    "homes",
    "villages",
    "prisoners",
    "shot down",
    "downed",
    "destroyed",
    "intercepted",
    "launched",
    "fired",
    "attacked with",
    "did not reach their targets",
    "were lost",
    "hit",
    "struck",
    "killed",
    "injured",
    "wounded",
    "damaged",
    "captured",
    "exchanged",
    // Hedges, sides and sources.
    "at least",
    "more than",
    "over",
    "up to",
    "nearly",
    "about",
    "around",
    "some",
    "roughly",
    "including",
    "of them",
    "of the",
    "Russia",
    "Russian",
    "Ukraine",
    "Ukraine's air force said",
    "Zelensky said",
    "the governor said",
    "according to",
    "Moscow",
    "Kyiv",
    "Kursk region",
    "since the start of the war",
    "this month",
    "in June",
    "overnight",
    "on Friday",
    // Punctuation, quotes and dashes.
    " ",
    " ",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "-",
    "–",
    "—",
    "‐",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "...",
    "…",
    "?",
    "!",
    "Title:",
    "URL: https://example.com/2025/07/04/93-drones",
    // Line breaks and white space.
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{feff}",
    "\u{200b}",
    // Emoji and combining marks.
    "🚀",
    "💥",
    "👨‍👩‍👧",
    "🇺🇦",
    "e\u{301}",
    "\u{301}",
    "\u{0336}",
    "1\u{20e3}",
    "5\u{fe0f}",
    "\u{200d}",
    // Other scripts.
    "дронів",
    "ракет",
    "Україна",
    "ドローン",
    "مسيرة",
];

/// One piece of a war-report-like text: mostly fragments, sometimes digits
/// and punctuation, sometimes any short string.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => select(FRAGMENTS).prop_map(str::to_string),
        2 => "[0-9][0-9,. ]{0,8}",
        1 => ".{0,3}",
    ]
}

/// A text assembled from pieces, mostly joined by spaces, sometimes glued
/// together or broken across lines.
fn war_report() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (piece(), select(&["", " ", " ", " ", " ", " ", "\n"][..])),
        0..60,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(piece, sep)| [piece, sep.to_string()])
            .collect()
    })
}

/// Any input: arbitrary Unicode, or a war report.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => "\\PC{0,200}",
        4 => war_report(),
    ]
}

/// `cases` cases, unless `PROPTEST_CASES` asks for another number (for a
/// longer hunt: `PROPTEST_CASES=100000 cargo test --release --test properties`).
fn config(cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config
}

/// A text file with a header block: a one-line title, a URL and a date
/// full of numbers, then a body.
fn headed_file() -> impl Strategy<Value = String> {
    (
        war_report(),
        "[0-9a-z/-]{0,30}",
        "[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}",
        war_report(),
    )
        .prop_map(|(title, slug, date, body)| {
            let title = title.replace(['\n', '\r'], " ");
            format!("Title: {title}\nURL: https://example.com/{slug}\nDate: {date}\n\n{body}")
        })
}

/// Extracts the figures of `article` and checks every figure's spans.
fn check_spans(article: &Article) -> Result<Vec<Figure>, TestCaseError> {
    let text: &str = &article.text;
    let figures = extract(article);
    for (i, f) in figures.iter().enumerate() {
        let at = format!(
            "figure {i} ({:?} at {}..{}, sentence {}..{})",
            f.text, f.start, f.end, f.sentence_start, f.sentence_end
        );
        prop_assert!(
            f.start <= f.end && f.end <= text.len(),
            "{at}: span outside the text"
        );
        prop_assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{at}: span not on char boundaries"
        );
        prop_assert_eq!(
            &text[f.start..f.end],
            f.text.as_str(),
            "{}: span does not slice to text",
            at
        );
        prop_assert!(
            f.sentence_start <= f.sentence_end && f.sentence_end <= text.len(),
            "{at}: sentence outside the text"
        );
        prop_assert!(
            text.is_char_boundary(f.sentence_start) && text.is_char_boundary(f.sentence_end),
            "{at}: sentence not on char boundaries"
        );
        let problem = common::sentence_problem(text, f);
        prop_assert!(problem.is_none(), "{at}: {problem:?}");
        prop_assert!(
            f.sentence_start <= f.start && f.end <= f.sentence_end,
            "{at}: sentence does not hold the figure"
        );
    }
    Ok(figures)
}

proptest! {
    #![proptest_config(config(1500))]

    #[test]
    fn spans_slice_the_text_on_war_report_like_input(text in war_report()) {
        check_spans(&Article::from_text("p", text))?;
    }
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn spans_slice_the_text_on_any_input(text in any_text()) {
        check_spans(&Article::from_text("p", text))?;
    }
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn figures_and_sentences_of_a_headed_file_lie_in_its_title_or_body(file in headed_file()) {
        let article = parse_text("p", "p.txt", file);
        for f in check_spans(&article)? {
            prop_assert!(
                article.zones.iter().any(|z| z.start <= f.start && f.end <= z.end),
                "figure {:?} at {}..{} outside the title and body {:?}", f.text, f.start, f.end, article.zones
            );
            prop_assert!(
                article.zones.iter().any(|z| z.start <= f.sentence_start && f.sentence_end <= z.end),
                "sentence {:?} of figure {:?} reaches outside the title and body {:?}", f.sentence, f.text, article.zones
            );
        }
    }
}
