//! The `counterclaim extract` command as a user runs it: formats, `--core`, header lines, stdin, bad input, exit statuses, help and broken pipes.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use clap::CommandFactory;
use serde_json::Value;
use tempfile::TempDir;

use common::{CORE_EVENTS, CORE_ITEMS};

/// The SPEC.md fields every figure must carry.
const SPEC_FIELDS: [&str; 12] = [
    "article",
    "value",
    "qualifier",
    "item",
    "event",
    "attacker",
    "claimant",
    "source",
    "text",
    "start",
    "end",
    "sentence",
];
const QUALIFIERS: [&str; 4] = ["exact", "at_least", "at_most", "approx"];
const ITEMS: [&str; 14] = [
    "drone",
    "missile",
    "drone_or_missile",
    "person",
    "child",
    "building",
    "home",
    "facility",
    "village",
    "soldier",
    "prisoner",
    "firefighter",
    "country",
    "other",
];
const EVENTS: [&str; 11] = [
    "launched",
    "intercepted",
    "not_reached",
    "hit",
    "killed",
    "injured",
    "damaged",
    "affected",
    "captured",
    "exchanged",
    "other",
];

/// A small article with a drone figure in it, for runs that need a good input.
const GOOD_ARTICLE: &str = "Russia launched 50 drones overnight, Ukraine's air force said.\n";

fn counterclaim() -> Command {
    Command::cargo_bin("counterclaim").expect("the counterclaim binary is built")
}

fn articles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("articles")
}

/// Runs `counterclaim ARGS`, checks it succeeds, and gives its stdout.
fn stdout_of(args: &[&str]) -> String {
    let output = counterclaim().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "counterclaim {args:?} failed: {output:?}"
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// Parses JSONL output, one figure a line.
fn parse_jsonl(out: &str) -> Vec<Value> {
    out.lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line:?}"))
        })
        .collect()
}

fn article_ids(figures: &[Value]) -> BTreeSet<String> {
    figures
        .iter()
        .map(|f| f["article"].as_str().unwrap().to_string())
        .collect()
}

fn is_core(f: &Value) -> bool {
    CORE_ITEMS.contains(&f["item"].as_str().unwrap())
        && CORE_EVENTS.contains(&f["event"].as_str().unwrap())
}

fn offsets(f: &Value) -> (usize, usize) {
    let start = f["start"].as_u64().expect("start is an integer") as usize;
    let end = f["end"].as_u64().expect("end is an integer") as usize;
    (start, end)
}

/// Writes `files` (name, contents) into a fresh temp folder.
fn temp_folder(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::Builder::new()
        .prefix("counterclaim-cli-")
        .tempdir()
        .unwrap();
    for (name, contents) in files {
        fs::write(dir.path().join(name), contents).unwrap();
    }
    dir
}

/// Runs `extract --format jsonl` on `paths` and gives (exit code, figures, stderr).
fn extract_paths(paths: &[&Path]) -> (i32, Vec<Value>, String) {
    let output = counterclaim()
        .args(["extract", "--format", "jsonl"])
        .args(paths)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    (
        output.status.code().expect("exited normally"),
        parse_jsonl(&stdout),
        stderr,
    )
}

/// A run with one bad file beside a good one: a warning naming the bad file,
/// the good article still extracted, and exit status 0.
fn assert_bad_file_warns_and_rest_extracts(bad_name: &str, bad_contents: &[u8]) {
    let dir = temp_folder(&[
        ("good.txt", GOOD_ARTICLE.as_bytes()),
        (bad_name, bad_contents),
    ]);
    let bad = dir.path().join(bad_name);
    let (code, figures, stderr) = extract_paths(&[&dir.path().join("good.txt"), &bad]);
    assert_eq!(code, 0, "stderr: {stderr}");
    let warning = stderr
        .lines()
        .find(|l| l.contains("warning"))
        .unwrap_or_else(|| panic!("no warning: {stderr:?}"));
    assert!(
        warning.contains(&bad.display().to_string()),
        "warning does not name {}: {warning}",
        bad.display()
    );
    assert!(
        article_ids(&figures).contains("good"),
        "good article not extracted: {figures:?}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---------------------------------------------------------------- formats

#[test]
fn jsonl_prints_one_object_per_line_with_every_spec_field() {
    let out = stdout_of(&[
        "extract",
        "--format",
        "jsonl",
        articles_dir().to_str().unwrap(),
    ]);
    let figures = parse_jsonl(&out);
    assert!(!figures.is_empty(), "no figure in the sample articles");
    for f in &figures {
        let obj = f
            .as_object()
            .unwrap_or_else(|| panic!("not a JSON object: {f}"));
        for field in SPEC_FIELDS {
            assert!(obj.contains_key(field), "missing {field:?} in {f}");
        }
        assert!(f["value"].is_u64(), "value is not an integer: {f}");
        assert!(
            f["article"].is_string() && f["text"].is_string() && f["sentence"].is_string(),
            "{f}"
        );
        assert!(f["source"].is_string() || f["source"].is_null(), "{f}");
        assert!(
            QUALIFIERS.contains(&f["qualifier"].as_str().unwrap()),
            "{f}"
        );
        assert!(ITEMS.contains(&f["item"].as_str().unwrap()), "{f}");
        assert!(EVENTS.contains(&f["event"].as_str().unwrap()), "{f}");
        assert!(
            f["attacker"].is_null() || matches!(f["attacker"].as_str(), Some("ru" | "ua")),
            "{f}"
        );
        assert!(
            ["ru", "ua", "other", "unknown"].contains(&f["claimant"].as_str().unwrap()),
            "{f}"
        );
        offsets(f);
    }
}

#[test]
fn jsonl_offsets_point_at_the_text_in_the_article_file() {
    let dir = articles_dir();
    let figures = parse_jsonl(&stdout_of(&[
        "extract",
        "--format",
        "jsonl",
        dir.to_str().unwrap(),
    ]));
    for f in &figures {
        let path = dir.join(format!("{}.txt", f["article"].as_str().unwrap()));
        let file = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (start, end) = offsets(f);
        let at = file
            .get(start..end)
            .unwrap_or_else(|| panic!("{start}..{end} outside {}: {f}", path.display()));
        assert_eq!(
            at,
            f["text"].as_str().unwrap().as_bytes(),
            "{}: bytes {start}..{end}",
            path.display()
        );
    }
}

#[test]
fn no_path_extracts_the_builtin_sample_of_data_articles() {
    let builtin = parse_jsonl(&stdout_of(&["extract", "--format", "jsonl"]));
    let on_disk = parse_jsonl(&stdout_of(&[
        "extract",
        "--format",
        "jsonl",
        articles_dir().to_str().unwrap(),
    ]));
    assert!(!builtin.is_empty());
    assert_eq!(article_ids(&builtin), article_ids(&on_disk));
}

#[test]
fn json_format_is_one_array_of_the_same_figures() {
    let jsonl = parse_jsonl(&stdout_of(&["extract", "--format", "jsonl"]));
    let out = stdout_of(&["extract", "--format", "json"]);
    let value: Value = serde_json::from_str(&out).expect("stdout is one JSON value");
    let array = value.as_array().expect("stdout is a JSON array");
    assert_eq!(array, &jsonl);
}

#[test]
fn csv_format_has_a_header_and_one_row_per_figure() {
    let jsonl = parse_jsonl(&stdout_of(&["extract", "--format", "jsonl"]));
    let out = stdout_of(&["extract", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name:?} column in {header:?}"))
    };
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), jsonl.len(), "one row per figure");
    // Every cell as JSON has it, an empty cell for null.
    let fields = ["article", "text", "value", "source", "sentence", "date"];
    for (row, f) in rows.iter().zip(&jsonl) {
        for field in fields {
            let expected = match &f[field] {
                // A cell that a spreadsheet would read as a formula (a
                // bulleted line, `- 12 drones`) is written with a quote
                // before it.
                Value::String(s)
                    if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() =>
                {
                    format!("'{s}")
                }
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            };
            assert_eq!(row[column(field)], expected, "{field} of {f}");
        }
    }
    assert!(
        jsonl.iter().any(|f| f["date"].is_string()),
        "the sample has dated figures"
    );
}

#[test]
fn table_format_has_aligned_columns_and_a_count_line() {
    let figures = parse_jsonl(&stdout_of(&["extract", "--format", "jsonl"]));
    let out = stdout_of(&["extract", "--format", "table"]);
    let lines: Vec<&str> = out.lines().collect();
    let (last, table) = lines.split_last().expect("table output");
    assert_eq!(*last, format!("{} figures", figures.len()));
    let header = table[0];
    assert!(
        header.contains("article") && header.contains("claimant"),
        "header: {header:?}"
    );
    assert_eq!(table.len() - 1, figures.len(), "one row per figure");
    // Every row is as wide as the header, and each column starts at the
    // same place, right after a blank, in every row.
    let width = header.chars().count();
    let column_starts: Vec<usize> = header
        .char_indices()
        .zip(header.chars().skip(1))
        .filter(|((_, c), next)| *c == ' ' && *next != ' ')
        .map(|((i, _), _)| header[..i].chars().count() + 1)
        .collect();
    assert!(column_starts.len() >= 10, "too few columns in {header:?}");
    for row in &table[1..] {
        let chars: Vec<char> = row.chars().collect();
        assert_eq!(chars.len(), width, "row not as wide as the header: {row:?}");
        for &at in &column_starts {
            assert_eq!(chars[at - 1], ' ', "column at {at} not aligned in {row:?}");
        }
    }
}

#[test]
fn default_format_off_a_terminal_is_jsonl() {
    // Under `cargo test` stdout is a pipe, not a terminal.
    assert_eq!(
        stdout_of(&["extract"]),
        stdout_of(&["extract", "--format", "jsonl"])
    );
}

// ---------------------------------------------------------------- --core

#[test]
fn core_keeps_only_core_figures() {
    let all = parse_jsonl(&stdout_of(&["extract"]));
    let core = parse_jsonl(&stdout_of(&["extract", "--core"]));
    assert!(!core.is_empty());
    for f in &core {
        assert!(is_core(f), "non-core figure under --core: {f}");
    }
    let expected: Vec<&Value> = all.iter().filter(|f| is_core(f)).collect();
    assert_eq!(
        core.iter().collect::<Vec<_>>(),
        expected,
        "--core drops a core figure"
    );
}

#[test]
fn core_drops_damaged_buildings() {
    let dir = temp_folder(&[(
        "strike.txt",
        b"Russia launched 40 drones at Kharkiv overnight. Twelve buildings were damaged, the mayor said.\n",
    )]);
    let path = dir.path().join("strike.txt");
    let all = parse_jsonl(&stdout_of(&["extract", path.to_str().unwrap()]));
    let core = parse_jsonl(&stdout_of(&["extract", "--core", path.to_str().unwrap()]));
    let damaged = |fs: &[Value]| {
        fs.iter()
            .any(|f| f["item"] == "building" && f["event"] == "damaged")
    };
    assert!(
        damaged(&all),
        "test premise: the damaged buildings are a figure: {all:?}"
    );
    assert!(!damaged(&core), "--core kept damaged buildings: {core:?}");
    assert!(
        core.iter().any(|f| f["value"] == 40),
        "--core dropped the 40 drones: {core:?}"
    );
}

// ---------------------------------------------------------------- header lines

/// An article whose URL and Date are full of numbers, and whose title has one figure.
const HEADED: &str = "Title: 12 drones shot down over Kursk\n\
Source: Example Wire\n\
URL: https://example.com/2025/07/04/150-drones-300-missiles-77\n\
Date: 2025-07-04\n\
\n\
Russia's defence ministry said air defences destroyed the drones overnight. No one was hurt.\n";

fn headed_figures() -> Vec<Value> {
    let dir = temp_folder(&[("headed.txt", HEADED.as_bytes())]);
    let path = dir.path().join("headed.txt");
    parse_jsonl(&stdout_of(&[
        "extract",
        "--format",
        "jsonl",
        path.to_str().unwrap(),
    ]))
}

#[test]
fn url_and_date_header_lines_never_give_figures() {
    let metadata_start = HEADED.find("Source:").unwrap();
    let body_start = HEADED.find("\n\n").unwrap() + 2;
    for f in headed_figures() {
        let (start, _) = offsets(&f);
        assert!(
            !(metadata_start..body_start).contains(&start),
            "figure from a metadata header line: {f}"
        );
        for value in [2025, 7, 4, 150, 300, 77] {
            assert_ne!(f["value"], value, "header number became a figure: {f}");
        }
    }
}

#[test]
fn title_numbers_are_figures_with_offsets_into_the_title() {
    let title = "Title: 12 drones shot down over Kursk";
    let title_line = 0..title.len();
    let figures = headed_figures();
    let twelve = figures
        .iter()
        .find(|f| f["value"] == 12)
        .unwrap_or_else(|| panic!("no figure for the 12 in the title: {figures:?}"));
    let (start, end) = offsets(twelve);
    assert!(
        title_line.contains(&start) && end <= title_line.end,
        "12 not in the title: {twelve}"
    );
    assert_eq!(&HEADED[start..end], "12");
    assert_eq!(twelve["text"], "12");
}

// ---------------------------------------------------------------- languages

/// An English article, one whose header names Ukrainian, one whose JSON
/// field names Russian, one in Ukrainian quoting the English dispatch, and
/// one whose header names no language: (figures as JSONL, CSV, stderr).
fn languages_run() -> (Vec<Value>, String, String) {
    let quoting = "Повітряні сили повідомили про нічну атаку на Київ, Одесу та Харків \
                   із застосуванням ударних безпілотників. У заяві англійською сказано: "
        .to_string()
        + GOOD_ARTICLE;
    let dir = temp_folder(&[
        ("a_en.txt", GOOD_ARTICLE.as_bytes()),
        (
            "b_uk.txt",
            format!("Language: Ukrainian\n\n{GOOD_ARTICLE}").as_bytes(),
        ),
        (
            "c_ru.json",
            serde_json::json!({"language": "ru", "text": GOOD_ARTICLE})
                .to_string()
                .as_bytes(),
        ),
        ("d_quoting.txt", quoting.as_bytes()),
        (
            "e_strange.txt",
            format!("Language: Klingon\n\n{GOOD_ARTICLE}").as_bytes(),
        ),
    ]);
    let dir_arg = dir.path().to_str().unwrap();
    let output = counterclaim()
        .args(["extract", "--format", "jsonl", dir_arg])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let jsonl = parse_jsonl(&String::from_utf8(output.stdout).unwrap());
    let csv = stdout_of(&["extract", "--format", "csv", dir_arg]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    (jsonl, csv, stderr.replace(dir_arg, "DIR"))
}

#[test]
fn every_figure_carries_its_article_language_in_jsonl_and_csv() {
    let (figures, csv, stderr) = languages_run();
    let languages: Vec<(&str, &str)> = figures
        .iter()
        .map(|f| {
            (
                f["article"].as_str().unwrap(),
                f["language"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        languages,
        [
            ("a_en", "en"),
            ("b_uk", "uk"),
            ("c_ru", "ru"),
            ("d_quoting", "uk"),
            ("e_strange", "en"),
        ]
    );
    assert_eq!(
        stderr,
        "warning: DIR/e_strange.txt: unknown language \"Klingon\" (en, uk or ru); \
         read from the text as en\n"
    );
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = header
        .iter()
        .position(|h| h == "language")
        .expect("a language column");
    assert_eq!(header.get(at - 1), Some("date"), "beside the date");
    let column: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[at].to_string())
        .collect();
    assert_eq!(column, ["en", "uk", "ru", "uk", "en"]);
}

// ---------------------------------------------------------------- stdin

#[test]
fn dash_reads_one_article_from_stdin() {
    let output = counterclaim()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin(GOOD_ARTICLE)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let figures = parse_jsonl(std::str::from_utf8(&output.stdout).unwrap());
    assert!(!figures.is_empty(), "no figure from stdin");
    assert_eq!(article_ids(&figures), BTreeSet::from(["stdin".to_string()]));
    let fifty = figures
        .iter()
        .find(|f| f["value"] == 50)
        .expect("the 50 drones");
    let (start, end) = offsets(fifty);
    assert_eq!(&GOOD_ARTICLE[start..end], "50");
}

// ---------------------------------------------------------------- bad input

#[test]
fn missing_path_warns_and_the_rest_is_extracted() {
    let dir = temp_folder(&[("good.txt", GOOD_ARTICLE.as_bytes())]);
    let missing = dir.path().join("no-such-article.txt");
    let (code, figures, stderr) = extract_paths(&[&missing, &dir.path().join("good.txt")]);
    assert_eq!(code, 0, "stderr: {stderr}");
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("warning") && l.contains(&missing.display().to_string())),
        "no warning naming {}: {stderr:?}",
        missing.display()
    );
    assert!(article_ids(&figures).contains("good"));
}

#[test]
fn binary_file_warns_and_the_rest_is_extracted() {
    assert_bad_file_warns_and_rest_extracts("binary.txt", b"Russia launched\0 50 drones\0\x01\x02");
}

#[test]
fn invalid_utf8_file_warns_and_the_rest_is_extracted() {
    assert_bad_file_warns_and_rest_extracts("latin1.txt", b"Caf\xe9 hit by 12 drones in Kyiv\n");
}

#[test]
fn empty_file_warns_and_the_rest_is_extracted() {
    assert_bad_file_warns_and_rest_extracts("empty.txt", b"");
}

#[test]
fn broken_jsonl_line_warns_with_its_line_and_the_other_lines_are_extracted() {
    let feed = format!(
        "{}\n{{\"text\": \"broken, no closing quote}}\n{}\n",
        serde_json::json!({"id": "first", "text": GOOD_ARTICLE}),
        serde_json::json!({"id": "third", "text": "Ukraine's air force said 30 drones were shot down."}),
    );
    let dir = temp_folder(&[("feed.jsonl", feed.as_bytes())]);
    let path = dir.path().join("feed.jsonl");
    let (code, figures, stderr) = extract_paths(&[&path]);
    assert_eq!(code, 0, "stderr: {stderr}");
    let origin = format!("{}:2", path.display());
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("warning") && l.contains(&origin)),
        "no warning naming {origin}: {stderr:?}"
    );
    let ids = article_ids(&figures);
    assert!(
        ids.contains("first") && ids.contains("third"),
        "good lines not extracted: {ids:?}"
    );
}

#[test]
fn nothing_loaded_exits_with_status_1() {
    let dir = temp_folder(&[]);
    let missing = dir.path().join("missing.txt");
    let (code, figures, stderr) = extract_paths(&[&missing]);
    assert_eq!(code, 1, "stderr: {stderr}");
    assert!(figures.is_empty());
    assert!(
        stderr.contains(&missing.display().to_string()),
        "{stderr:?}"
    );
}

#[test]
fn bad_argument_exits_with_status_2() {
    let output = counterclaim()
        .args(["extract", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("xml"));
}

// ---------------------------------------------------------------- help

#[test]
fn extract_help_documents_every_flag_and_shows_examples() {
    let help = stdout_of(&["extract", "--help"]);
    for flag in ["--format", "--core"] {
        assert!(help.contains(flag), "{flag} not in help:\n{help}");
    }
    // Every flag the parser knows, so that a new one cannot go undocumented.
    let cli = counterclaim::cli::Cli::command();
    let extract = cli
        .find_subcommand("extract")
        .expect("an extract subcommand");
    for arg in extract.get_arguments() {
        if let Some(long) = arg.get_long() {
            assert!(
                help.contains(&format!("--{long}")),
                "--{long} not in help:\n{help}"
            );
            assert!(arg.get_help().is_some(), "--{long} has no help text");
        }
    }
    assert!(
        help.lines()
            .any(|l| l.trim_start().starts_with("counterclaim extract")),
        "no example line in help:\n{help}"
    );
}

// ---------------------------------------------------------------- broken pipe

/// Starts `counterclaim ARGS` with stdout piped, reads one line, closes the
/// pipe, and checks the process ends with status 0 and nothing on stderr.
fn assert_quiet_after_reading_one_line(args: &[&str]) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_counterclaim"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(
        line.starts_with('{'),
        "first line is not a figure: {line:?}"
    );
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked"),
        "panic on a closed pipe:\n{stderr}"
    );
    assert!(
        stderr.is_empty(),
        "stderr not quiet on a closed pipe:\n{stderr}"
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn closed_stdout_pipe_ends_quietly_on_the_sample_corpus() {
    assert_quiet_after_reading_one_line(&["extract"]);
}

/// The sample corpus forty times over: more output than a pipe holds, so
/// a reader that stops early surely makes a write fail.
fn sample_forty_times() -> TempDir {
    let dir = temp_folder(&[]);
    for entry in fs::read_dir(articles_dir()).unwrap() {
        let path = entry.unwrap().path();
        let contents = fs::read(&path).unwrap();
        let stem = path.file_stem().unwrap().to_str().unwrap();
        for copy in 0..40 {
            fs::write(dir.path().join(format!("{stem}-{copy:02}.txt")), &contents).unwrap();
        }
    }
    dir
}

#[test]
fn closed_stdout_pipe_ends_quietly_when_output_outgrows_the_pipe() {
    let dir = sample_forty_times();
    assert_quiet_after_reading_one_line(&[
        "extract",
        "--format",
        "jsonl",
        dir.path().to_str().unwrap(),
    ]);
}

#[test]
fn every_format_piped_into_head_ends_quietly() {
    let dir = sample_forty_times();
    for format in ["csv", "jsonl", "json", "table"] {
        let output = std::process::Command::new("bash")
            .arg("-c")
            .arg(r#"set -o pipefail; "$0" extract --format "$1" "$2" | head -1"#)
            .arg(env!("CARGO_BIN_EXE_counterclaim"))
            .args([format, dir.path().to_str().unwrap()])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr, "", "{format}: stderr not quiet on a closed pipe");
        assert_eq!(output.status.code(), Some(0), "{format}: {output:?}");
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).lines().count(),
            1,
            "{format}: head printed its line"
        );
    }
}
