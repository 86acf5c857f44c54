//! Fuzzing at scale on the stable toolchain: the article loaders (text,
//! JSON, JSONL, Telegram exports, feeds, pages), the engine and the review log reader, fed arbitrary bytes
//! and inputs close to valid ones, never panic; every figure's spans lie on
//! char boundaries inside the text and its sentence; good JSONL lines and
//! good review entries are kept whatever lies around them.
//!
//! `COUNTERCLAIM_FUZZ_CASES` sets the cases of each property (a few dozen
//! by default, so `cargo test` stays fast) and `COUNTERCLAIM_FUZZ_SECONDS`
//! caps the time each may take: `.ci/run` runs them long. A failure
//! proptest finds is kept in `proptest-regressions/fuzz.txt` and run first
//! from then on.

mod common;

use std::time::{Duration, Instant};

use counterclaim::corpus::{self, Loaded};
use counterclaim::extract::extract;
use counterclaim::model::{Article, Figure};
use counterclaim::review::{Correction, Entry, Key, Reason, Review};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::NewTree;
use proptest::test_runner::{FileFailurePersistence, TestCaseResult, TestError, TestRunner};
use serde_json::{Value, json};
use tempfile::TempDir;

fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok()?.parse().ok()
}

/// Why a run stopped early: its time was up, which is no failure.
const SPENT: &str = "COUNTERCLAIM_FUZZ_SECONDS spent";

/// A strategy that gives no more inputs once `until` has passed, so that
/// a long run ends on time without making the inputs it would not test.
#[derive(Debug)]
struct Budgeted<S> {
    inner: S,
    until: Option<Instant>,
}

impl<S: Strategy> Strategy for Budgeted<S> {
    type Tree = S::Tree;
    type Value = S::Value;

    fn new_tree(&self, runner: &mut TestRunner) -> NewTree<Self> {
        if self.until.is_some_and(|t| Instant::now() > t) {
            return Err(SPENT.into());
        }
        self.inner.new_tree(runner)
    }
}

/// The input under test and when its case began, watched from another
/// thread: a case that runs past `COUNTERCLAIM_FUZZ_CASE_SECONDS` (120 by
/// default) cannot be stopped, so its input is written out and the run
/// ends, rather than the run hanging on it with nothing to show.
#[derive(Default)]
struct Watch {
    case: std::sync::Mutex<Option<(Instant, String)>>,
    done: std::sync::atomic::AtomicBool,
}

impl Watch {
    fn begin(&self, input: String) {
        *self.case.lock().unwrap() = Some((Instant::now(), input));
    }

    fn end(&self) {
        *self.case.lock().unwrap() = None;
    }

    fn finish(&self) {
        self.done.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    fn guard(&self, name: &str) {
        let limit = Duration::from_secs(env("COUNTERCLAIM_FUZZ_CASE_SECONDS").unwrap_or(120));
        while !self.done.load(std::sync::atomic::Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(100));
            let case = self.case.lock().unwrap();
            let Some((began, input)) = case.as_ref() else {
                continue;
            };
            if began.elapsed() > limit {
                let kept = concat!(env!("CARGO_TARGET_TMPDIR"), "/slow-case.txt");
                let _ = std::fs::write(kept, input);
                eprintln!("{name}: one case ran past {limit:?}; its input is in {kept}:\n{input}");
                std::process::exit(1);
            }
        }
    }
}

/// Run property `test` of `name` on inputs from `strategy`, as `proptest!`
/// does (failures shrunk, and kept in `proptest-regressions/fuzz.txt` to be
/// run first from then on), for `COUNTERCLAIM_FUZZ_CASES` cases or until
/// `COUNTERCLAIM_FUZZ_SECONDS` have passed.
fn fuzz<S: Strategy>(name: &'static str, strategy: S, test: impl Fn(S::Value) -> TestCaseResult) {
    let config = ProptestConfig {
        cases: env("COUNTERCLAIM_FUZZ_CASES").unwrap_or(48),
        // Next to the regressions of the library's own properties (proptest
        // looks for them beside `src/`, which a test file has not).
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/proptest-regressions/fuzz.txt"
        )))),
        test_name: Some(name),
        ..ProptestConfig::default()
    };
    let strategy = Budgeted {
        inner: strategy,
        until: env("COUNTERCLAIM_FUZZ_SECONDS").map(|s| Instant::now() + Duration::from_secs(s)),
    };
    let mut runner = TestRunner::new(config);
    let (start, cases) = (Instant::now(), std::cell::Cell::new(0u64));
    let watch = Watch::default();
    let counted = |value: S::Value| {
        cases.set(cases.get() + 1);
        watch.begin(format!("{value:#?}"));
        let result = test(value);
        watch.end();
        result
    };
    let outcome = std::thread::scope(|s| {
        s.spawn(|| watch.guard(name));
        let outcome = runner.run(&strategy, counted);
        watch.finish();
        outcome
    });
    match outcome {
        Ok(()) => {}
        Err(TestError::Abort(why)) if why.message() == SPENT => {}
        Err(e) => panic!("{name}: {e}\n{runner}"),
    }
    // Seen with `cargo test --test fuzz -- --show-output`.
    println!("{name}: {} cases in {:.1?}", cases.get(), start.elapsed());
}

// ----- what every loaded article and figure must satisfy -----

/// Every article's zones and every figure's spans lie on char boundaries
/// inside its text, the figure inside its sentence.
fn check_loaded(loaded: &Loaded) -> Result<(), TestCaseError> {
    for article in &loaded.articles {
        let text: &str = &article.text;
        for z in &article.zones {
            prop_assert!(
                z.start <= z.end && text.get(z.clone()).is_some(),
                "zone {z:?} of {:?} is not a slice of its text",
                article.id
            );
        }
        check_figures(article, &extract(article))?;
    }
    Ok(())
}

fn check_figures(article: &Article, figures: &[Figure]) -> Result<(), TestCaseError> {
    let text: &str = &article.text;
    for f in figures {
        let at = format!(
            "{:?} at {}..{} in sentence {}..{}",
            f.text, f.start, f.end, f.sentence_start, f.sentence_end
        );
        prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()), "{}", at);
        let problem = common::sentence_problem(text, f);
        prop_assert!(problem.is_none(), "{at}: {problem:?}");
        prop_assert!(
            f.sentence_start <= f.start && f.end <= f.sentence_end,
            "{at}: outside its sentence"
        );
    }
    Ok(())
}

// ----- inputs -----

/// Pieces the engine reads closely, and the characters that go wrong:
/// digits, number words (English and Ukrainian), punctuation, Cyrillic,
/// control and zero-width characters, direction overrides.
const PIECES: &[&str] = &[
    "0",
    "7",
    "93",
    "1,234",
    "3.5",
    "12,",
    "1 000",
    "１２",
    "٣",
    "½",
    "one",
    "twelve",
    "twenty-five",
    "hundred",
    "thousand",
    "million",
    "a dozen",
    "dozens of",
    "drones",
    "missiles",
    "people",
    "children",
    "killed",
    "injured",
    "shot down",
    "launched",
    "intercepted",
    "at least",
    "up to",
    "about",
    "Russia",
    "Ukraine's air force said",
    "the governor said",
    "overnight",
    "on June 4",
    "Kyiv",
    ".",
    ",",
    ";",
    ":",
    "-",
    "–",
    "—",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "…",
    "%",
    "/",
    "сто",
    "тисяча",
    "п'ять",
    "дронів",
    "ракет",
    "загинули",
    "Київ",
    "Україна",
    "ЗСУ",
    "\u{0}",
    "\u{7}",
    "\u{8}",
    "\u{1b}",
    "\u{1b}[2J",
    "\u{1b}]52;c;QQ==\u{7}",
    "\u{7f}",
    "\u{85}",
    "\u{9b}",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\u{b}",
    "\u{c}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\u{202e}",
    "\u{2066}",
    "\u{a0}",
    "\u{2028}",
    "\u{301}",
    "🚀",
    "1\u{20e3}",
];

/// A claim the engine takes for a figure, its parts picked from
/// [`PIECES`]-like variants, so that spans get made and then disturbed.
fn claim() -> impl Strategy<Value = String> {
    (
        select(
            &[
                "",
                "Russia launched ",
                "Ukraine's air force said ",
                "at least ",
                "about ",
                "Росія запустила ",
            ][..],
        ),
        select(
            &[
                "93",
                "1,234",
                "twelve",
                "twenty-five",
                "a dozen",
                "сто",
                "7\u{200b}5",
                "１２",
                "3\u{1b}[1m0",
            ][..],
        ),
        select(
            &[
                " drones",
                " missiles",
                " people",
                " children",
                " дронів",
                "\u{a0}drones",
                " Shahed drones",
            ][..],
        ),
        select(
            &[
                " were shot down",
                " were killed",
                " were injured",
                " launched overnight",
                "",
                " загинули",
                ",\u{7} the governor said",
            ][..],
        ),
    )
        .prop_map(|(a, b, c, d)| format!("{a}{b}{c}{d}."))
}

/// Text made of [`PIECES`] and claims, glued or spaced, with now and then
/// any char.
fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => select(PIECES).prop_map(str::to_string),
            3 => claim(),
            2 => "[0-9][0-9,. ]{0,6}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..80,
    )
    .prop_flat_map(|pieces| {
        let n = pieces.len();
        (
            Just(pieces),
            prop::collection::vec(select(&["", " ", " ", " ", "\n"][..]), n),
        )
    })
    .prop_map(|(pieces, seps)| {
        pieces
            .into_iter()
            .zip(seps)
            .flat_map(|(p, s)| [p, s.to_string()])
            .collect()
    })
}

/// A JSON value for an article field: mostly a string, sometimes what a
/// field should not be.
fn field_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => mixed_text().prop_map(Value::from),
        1 => Just(Value::Null),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(|f| json!(f)),
        1 => any::<bool>().prop_map(Value::from),
        1 => prop::collection::vec(mixed_text(), 0..3).prop_map(|v| json!(v)),
        1 => Just(json!({"nested": "object"})),
        1 => "(June|July) [0-9]{1,2}, 20[0-9]{2}|20[0-9]{2}-[0-9]{2}-[0-9]{2}".prop_map(Value::from),
    ]
}

/// An article object, its fields present or not, each of any kind.
fn article_object() -> impl Strategy<Value = Value> {
    const NAMES: [&str; 8] = [
        "id", "title", "source", "url", "date", "text", "article", "value",
    ];
    prop::collection::vec((select(&NAMES[..]), field_value()), 0..8)
        .prop_map(|fields| Value::Object(fields.into_iter().map(|(k, v)| (k.into(), v)).collect()))
}

/// Ways a good line or file gets damaged on the way.
fn damage(s: String, how: u8, at: usize) -> String {
    let cut = |s: &str| {
        let mut i = at % (s.len() + 1);
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let i = cut(&s);
    match how % 6 {
        0 => s,
        1 => s[..i].to_string(),
        2 => format!("{}\n{}", &s[..i], &s[i..]),
        3 => format!("\u{feff}{s}"),
        4 => s.replace('\n', "\r\n"),
        _ => format!("{}\u{0}{}", &s[..i], &s[i..]),
    }
}

/// Bytes close to an article file: a JSON object or array, JSONL, a text
/// file with a header, damaged or not; or any bytes at all.
fn article_bytes() -> impl Strategy<Value = Vec<u8>> {
    let text_file = (mixed_text(), mixed_text(), mixed_text()).prop_map(|(title, date, body)| {
        format!("Title: {title}\nId: {date}\nDate: {date}\nSource: {title}\n\n{body}")
    });
    let json_file = prop_oneof![
        article_object().prop_map(|v| v.to_string()),
        prop::collection::vec(article_object(), 0..4).prop_map(|v| json!(v).to_string()),
        prop::collection::vec(article_object(), 0..5)
            .prop_map(|v| { v.iter().map(|o| o.to_string() + "\n").collect::<String>() }),
    ];
    prop_oneof![
        3 => (prop_oneof![text_file, json_file], any::<u8>(), any::<usize>())
            .prop_map(|(s, how, at)| damage(s, how, at).into_bytes()),
        1 => mixed_text().prop_map(String::into_bytes),
        1 => any::<Vec<u8>>(),
    ]
}

// ----- the loaders -----

/// Standard input: text or JSON, sniffed from the first byte.
#[test]
fn any_bytes_on_standard_input_load_without_panic() {
    fuzz("stdin", article_bytes(), |bytes| {
        check_loaded(&corpus::load_reader("stdin", bytes.as_slice()))
    });
}

/// Files, read by their extension as text, JSON or JSONL.
#[test]
fn any_bytes_in_a_file_load_without_panic() {
    let ext = select(&["txt", "md", "json", "jsonl"][..]);
    fuzz("files", (article_bytes(), ext), |(bytes, ext)| {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join(format!("a.{ext}"));
        std::fs::write(&path, &bytes).unwrap();
        check_loaded(&corpus::load(&[&path]))
    });
}

/// The Telegram exports, feeds and pages of `tests/formats/`, with their
/// extensions.
fn format_fixtures() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["telegram", "feeds", "pages"] {
        for entry in std::fs::read_dir(format!("tests/formats/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            let ext = path.extension().unwrap().to_string_lossy().into_owned();
            if ext != "jsonl" {
                out.push((ext, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out
}

/// Telegram exports, feeds and pages with any text let in anywhere (into
/// a message, an item, a tag), then damaged: they load, or warn, without
/// a panic, and every figure of them lies in its text.
#[test]
fn telegram_exports_feeds_and_pages_load_whatever_is_in_them() {
    let fixtures = format_fixtures();
    let shapes = (
        select(fixtures),
        mixed_text(),
        any::<usize>(),
        any::<u8>(),
        any::<usize>(),
    );
    fuzz("formats", shapes, |((ext, file), text, at, how, cut)| {
        let mut i = at % (file.len() + 1);
        while !file.is_char_boundary(i) {
            i -= 1;
        }
        let file = damage(format!("{}{text}{}", &file[..i], &file[i..]), how, cut);
        let dir = TempDir::new().unwrap();
        let path = dir.path().join(format!("a.{ext}"));
        std::fs::write(&path, &file).unwrap();
        check_loaded(&corpus::load(&[&path]))?;
        check_loaded(&corpus::load_reader("stdin", file.as_bytes()))
    });
}

/// A JSONL line that is a good article (`good`), or a broken one.
fn jsonl_line() -> impl Strategy<Value = (bool, String)> {
    prop_oneof![
        (mixed_text(), mixed_text()).prop_map(|(id, text)| {
            let line = json!({"id": id, "text": format!("x{text}")}).to_string();
            (true, line)
        }),
        (article_object(), any::<usize>()).prop_map(|(o, at)| {
            // Cut inside the object: never a whole one.
            let s = o.to_string();
            let mut i = at % s.len();
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            (false, s[..i].replace('\n', " "))
        }),
        any::<String>().prop_map(|s| (false, s.replace('\n', " ").replace('{', "("))),
    ]
}

/// A JSONL file keeps every good line whatever the broken ones hold.
#[test]
fn every_good_jsonl_line_is_kept_among_broken_ones() {
    fuzz(
        "jsonl",
        prop::collection::vec(jsonl_line(), 0..12),
        |lines| {
            let dir = TempDir::new().unwrap();
            let path = dir.path().join("a.jsonl");
            let body: String = lines.iter().map(|(_, l)| format!("{l}\n")).collect();
            std::fs::write(&path, body).unwrap();
            let loaded = corpus::load(&[&path]);
            check_loaded(&loaded)?;
            let good = lines.iter().filter(|(good, _)| *good).count();
            prop_assert_eq!(loaded.articles.len(), good, "{:?}", loaded.warnings);
            Ok(())
        },
    );
}

// ----- the engine -----

#[test]
fn the_engine_reads_any_mix_of_numbers_scripts_and_controls() {
    fuzz("engine", mixed_text(), |text| {
        let article = Article::from_text("fuzz", text);
        check_figures(&article, &extract(&article))
    });
}

#[test]
fn the_engine_reads_any_text_file_with_a_header() {
    fuzz("headed", (mixed_text(), mixed_text()), |(text, head)| {
        let file = format!("Title: {}\nDate: {head}\n\n{text}", head.replace('\n', " "));
        let article = corpus::parse_text("fuzz", "fuzz.txt", file);
        check_figures(&article, &extract(&article))
    });
}

// ----- the review log -----

/// Good log lines: a review of the sample's first article, as the TUI
/// writes it (accepts, a flag, a correction, a night, an undo).
fn good_lines() -> &'static [String] {
    static LINES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        let dir = TempDir::new().unwrap();
        let article = corpus::sample().remove(0);
        let figures = extract(&article);
        let mut review = Review::open(dir.path());
        for (i, f) in figures.iter().take(6).enumerate() {
            let key = Key::of(&article, f);
            match i % 3 {
                0 => review.accept(key),
                1 => review.flag(key, Reason::Other, "note \u{1b}[2J, «це»\n".into()),
                _ => review.correct(
                    key,
                    Correction {
                        value: Some(7),
                        ..Default::default()
                    },
                    String::new(),
                ),
            };
        }
        review.date_article(&article, chrono::NaiveDate::from_ymd_opt(2025, 6, 4));
        review.undo();
        let log = std::fs::read_to_string(dir.path().join("review.jsonl")).unwrap();
        log.lines().map(str::to_string).collect()
    })
}

/// A log line that is no entry: torn, garbage, or valid JSON of another
/// shape.
fn bad_line() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        (select(good_lines()), any::<usize>()).prop_map(|(l, at)| {
            let l = l.as_bytes();
            l[..at % l.len()].to_vec()
        }),
        any::<Vec<u8>>(),
        mixed_text().prop_map(String::into_bytes),
        Just(b"{}".to_vec()),
        Just(b"null".to_vec()),
        Just(b"{\"id\": 1, \"time\": \"yesterday\", \"action\": \"accept\"}".to_vec()),
    ]
    .prop_map(|mut l: Vec<u8>| {
        l.retain(|&b| b != b'\n');
        l
    })
}

fn entries_json(entries: &[Entry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect()
}

/// A log line, and whether it is a good entry.
type LogLine = (bool, Vec<u8>);

/// A log of good lines and bad ones, and maybe a torn tail.
fn review_log() -> impl Strategy<Value = (Vec<LogLine>, Option<Vec<u8>>)> {
    let line = prop_oneof![
        3 => select(good_lines()).prop_map(|l| (true, l.into_bytes())),
        1 => bad_line().prop_map(|l| (false, l)),
    ];
    (
        prop::collection::vec(line, 0..16),
        prop::option::of(bad_line()),
    )
}

/// Reading (the commands) and opening (the TUI, which sets bad lines
/// aside) a log of good lines among bad ones and a torn tail: no panic,
/// every good entry kept, in order, and kept again on the next open.
#[test]
fn the_review_log_keeps_its_good_lines_among_garbage() {
    fuzz("review", review_log(), |(lines, tail)| {
        let dir = TempDir::new().unwrap();
        let mut log: Vec<u8> = lines
            .iter()
            .flat_map(|(_, l)| l.iter().copied().chain([b'\n']))
            .collect();
        log.extend(tail.unwrap_or_default());
        std::fs::write(dir.path().join("review.jsonl"), &log).unwrap();
        let want: Vec<String> = lines
            .iter()
            .filter(|(good, _)| *good)
            .map(|(_, l)| {
                let entry: Entry = serde_json::from_slice(l).unwrap();
                serde_json::to_string(&entry).unwrap()
            })
            .collect();
        let read = Review::read(dir.path()).unwrap();
        prop_assert_eq!(entries_json(read.entries()), want.clone());
        let opened = Review::open(dir.path());
        prop_assert_eq!(entries_json(opened.entries()), want.clone());
        drop(opened);
        prop_assert_eq!(entries_json(Review::open(dir.path()).entries()), want);
        Ok(())
    });
}
