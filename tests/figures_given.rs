//! `compare`, `check` and `timeline` over figures extracted earlier
//! (`--figures`), as a desk that extracts on other machines runs them:
//! the same rows as when the commands extract for themselves.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

fn counterclaim() -> Command {
    Command::cargo_bin("counterclaim").expect("the counterclaim binary is built")
}

fn root(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Runs `counterclaim ARGS` with `stdin`, checks it succeeds, gives stdout.
fn run(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let out = counterclaim()
        .args(args)
        .write_stdin(stdin.to_vec())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "counterclaim {args:?} failed: {out:?}"
    );
    out.stdout
}

/// What `extract --format jsonl` writes for `corpus`, in a file.
fn extracted(corpus: &Path, dir: &TempDir) -> PathBuf {
    let path = dir.path().join("figures.jsonl");
    let corpus = corpus.to_str().unwrap();
    fs::write(&path, run(&["extract", "--format", "jsonl", corpus], b"")).unwrap();
    path
}

const COMMANDS: [&[&str]; 6] = [
    &["compare", "--by", "night", "--format", "json"],
    &["compare", "--by", "article", "--format", "json"],
    &["compare", "--by", "corpus", "--format", "csv"],
    &["check", "--format", "json"],
    &["timeline", "--format", "csv"],
    &["timeline", "--format", "json"],
];

fn assert_same_rows(corpus: &str) {
    let dir = TempDir::new().unwrap();
    let corpus = root(corpus);
    let figures = extracted(&corpus, &dir);
    let (corpus, figures) = (corpus.to_str().unwrap(), figures.to_str().unwrap());
    for command in COMMANDS {
        let own = run(&[command, &[corpus]].concat(), b"");
        assert!(own.len() > 100, "{command:?} on {corpus} gives rows");
        let alone = run(&[command, &["--figures", figures]].concat(), b"");
        let beside = run(&[command, &["--figures", figures, corpus]].concat(), b"");
        let piped = run(
            &[command, &["--figures", "-"]].concat(),
            &fs::read(figures).unwrap(),
        );
        for (how, rows) in [
            ("alone", alone),
            ("with the articles", beside),
            ("piped", piped),
        ] {
            assert!(
                own == rows,
                "{command:?} on {corpus}: the figures given {how} give other rows"
            );
        }
    }
}

#[test]
fn the_sample_corpus_gives_the_same_rows_from_its_figures() {
    assert_same_rows("data");
}

#[test]
fn real_reporting_in_three_languages_gives_the_same_rows_from_its_figures() {
    assert_same_rows("tests/real/holdout/articles");
    assert_same_rows("tests/real/uk-ru-holdout/articles");
}

#[test]
fn outlets_are_counted_from_the_records_when_the_articles_are_absent() {
    // Two outlets repeat one figure: without the articles, only the
    // records can say the two are other outlets than their articles' ids.
    let dir = TempDir::new().unwrap();
    for (name, outlet) in [("a", "Kyiv Wire"), ("b", "Kyiv Wire"), ("c", "Lviv Post")] {
        let text = format!(
            "Source: {outlet}\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.\n"
        );
        fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    }
    let corpus = dir.path().to_str().unwrap();
    let figures = String::from_utf8(run(&["extract", "--format", "jsonl", corpus], b"")).unwrap();
    assert_eq!(figures.matches("\"outlet\":\"Kyiv Wire\"").count(), 2);
    let timeline = |figures: &str| {
        let csv = run(
            &["timeline", "--format", "csv", "--figures", "-"],
            figures.as_bytes(),
        );
        String::from_utf8(csv).unwrap()
    };
    let row = |csv: &str| csv.lines().nth(1).unwrap().to_string();
    let given = timeline(&figures);
    assert!(
        row(&given).ends_with(",3,2,"),
        "3 articles, 2 outlets: {given}"
    );
    let stripped = figures
        .replace(",\"outlet\":\"Kyiv Wire\"", "")
        .replace(",\"outlet\":\"Lviv Post\"", "");
    assert!(
        row(&timeline(&stripped)).ends_with(",3,3,"),
        "each article its own outlet"
    );
}

#[test]
fn a_bad_line_is_named_and_the_rest_are_read() {
    let dir = TempDir::new().unwrap();
    let figures = extracted(&root("data"), &dir);
    let good = fs::read_to_string(&figures).unwrap();
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(2, "{\"value\": \"broken");
    let broken = lines.join("\n");
    let out = counterclaim()
        .args(["timeline", "--format", "csv", "--figures", "-"])
        .write_stdin(broken)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("stdin:3: not a figure record"), "{stderr}");
    let whole = run(
        &["timeline", "--format", "csv", "--figures", "-"],
        good.as_bytes(),
    );
    assert_eq!(out.stdout, whole);
}

#[test]
fn no_figures_or_a_missing_file_or_a_review_without_text_is_refused_clearly() {
    let cases: [(&[&str], &[u8], &str); 4] = [
        (&["--figures", "-"], b"", "no figure could be read"),
        (
            &["--figures", "-"],
            b"not json\n",
            "stdin:1: not a figure record",
        ),
        (
            &["--figures", "/no/such/figures.jsonl"],
            b"",
            "/no/such/figures.jsonl",
        ),
        (
            &["--figures", "-", "--review"],
            b"",
            "needs the articles too",
        ),
    ];
    for (args, stdin, says) in cases {
        for command in ["compare", "check", "timeline"] {
            let out = counterclaim()
                .arg(command)
                .args(args)
                .write_stdin(stdin.to_vec())
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{command} {args:?} fails");
            assert!(
                stderr.contains(says),
                "{command} {args:?} says {says:?}: {stderr}"
            );
        }
    }
}
