//! The review outside the tool: `review export`, `review gold` and
//! `--review` on `extract` and `compare`, driven through the binary.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::Scratch;

use counterclaim::corpus;
use counterclaim::extract::extract;
use counterclaim::model::{Claimant, Figure};
use counterclaim::review::{Correction, Key, Reason, Review};
use serde_json::Value;

const ARTICLE: &str = "data/articles/06_two_ministries_same_night.txt";

fn temp(name: &str) -> Scratch {
    Scratch::new(&format!("review-cli-{name}"))
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_counterclaim"))
}

fn run(args: &[&str], data: &Path) -> String {
    let out = bin()
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn lines(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A review of the article: the first figure corrected, the second marked
/// not a figure, the rest accepted.
fn reviewed(data: &Path) -> (Vec<Figure>, counterclaim::model::Article) {
    let article = corpus::load(&[ARTICLE]).articles.remove(0);
    let figures = extract(&article);
    let mut r = Review::open(data);
    r.correct(
        Key::of(&article, &figures[0]),
        Correction {
            value: Some(480),
            claimant: Some(Claimant::Other),
            ..Default::default()
        },
        "the bulletin says 480".into(),
    );
    r.flag(
        Key::of(&article, &figures[1]),
        Reason::NotAFigure,
        String::new(),
    );
    for f in &figures[2..] {
        r.accept(Key::of(&article, f));
    }
    (figures, article)
}

#[test]
fn export_lists_every_decision_with_the_engines_answer() {
    let data = temp("export");
    let (figures, _) = reviewed(&data);
    let rows = lines(&run(&["review", "export", ARTICLE], &data));
    assert_eq!(rows.len(), figures.len());
    let first = rows
        .iter()
        .find(|r| r["start"] == figures[0].start)
        .unwrap();
    assert_eq!(first["decision"], "corrected");
    assert_eq!(first["engine"]["value"], figures[0].value);
    assert_eq!(first["reviewed"]["value"], 480);
    assert_eq!(first["note"], "the bulletin says 480");
    assert!(
        first["time"].as_str().unwrap().ends_with('Z'),
        "UTC, RFC 3339"
    );
    let second = rows
        .iter()
        .find(|r| r["start"] == figures[1].start)
        .unwrap();
    assert_eq!(
        (second["decision"].as_str(), second["reason"].as_str()),
        (Some("not_a_figure"), Some("not a figure"))
    );
}

#[test]
fn export_as_csv_gives_the_same_rows_and_times_as_json() {
    let data = temp("export-csv");
    let (figures, _) = reviewed(&data);
    let json = lines(&run(&["review", "export", ARTICLE], &data));
    let csv = run(&["review", "export", "--format", "csv", ARTICLE], &data);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), figures.len());
    let cell = |row: &csv::StringRecord, name: &str| {
        let i = header.iter().position(|h| h == name);
        row[i.unwrap_or_else(|| panic!("no {name:?} column in {header:?}"))].to_string()
    };
    // The decision times as the log has them, to the second.
    let logged: Vec<chrono::DateTime<chrono::Utc>> = Review::open(&data)
        .entries()
        .iter()
        .map(|e| e.time)
        .collect();
    for (row, j) in rows.iter().zip(&json) {
        assert_eq!(cell(row, "start"), j["start"].to_string());
        assert_eq!(cell(row, "decision"), j["decision"].as_str().unwrap());
        assert_eq!(cell(row, "engine_value"), j["engine"]["value"].to_string());
        let time = cell(row, "time");
        assert_eq!(time, j["time"].as_str().unwrap(), "the same time in both");
        let parsed = chrono::DateTime::parse_from_rfc3339(&time).expect("RFC 3339");
        assert!(time.ends_with('Z') && !time.contains('.'), "{time}");
        assert!(
            logged.iter().any(|t| t.timestamp() == parsed.timestamp()),
            "{time} is not a logged decision time"
        );
        // Where it stands, the engine's and the analyst's (none for one
        // marked not a figure), as JSON has them.
        for (side, prefix) in [("engine", "engine_"), ("reviewed", "")] {
            let f = &j[side];
            let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
            assert_eq!(
                cell(row, &format!("{prefix}source")),
                text(&f["source"]).unwrap_or_default()
            );
            assert_eq!(
                cell(row, &format!("{prefix}date")),
                text(&f["date"]).unwrap_or_default()
            );
            let total = f["cumulative"].as_bool().map(|b| b.to_string());
            assert_eq!(
                cell(row, &format!("{prefix}cumulative")),
                total.unwrap_or_default()
            );
        }
        let engine = &j["engine"];
        assert_eq!(cell(row, "sentence"), engine["sentence"].as_str().unwrap());
        assert!(!cell(row, "sentence").is_empty());
    }
    assert!(
        rows.iter().any(|r| !cell(r, "engine_date").is_empty()),
        "the article's figures have a night"
    );
}

#[test]
fn export_and_gold_carry_the_articles_language() {
    let data = temp("language");
    let path = data.join("lviv.txt");
    std::fs::write(
        &path,
        "Language: українська\n\nRussia launched 40 drones overnight, Ukraine's air force said.\n",
    )
    .unwrap();
    let path = path.to_str().unwrap();
    let article = corpus::load(&[path]).articles.remove(0);
    let figures = extract(&article);
    let mut r = Review::open(&data);
    r.accept(Key::of(&article, &figures[0]));
    let rows = lines(&run(&["review", "export", path], &data));
    assert_eq!(rows[0]["engine"]["language"], "uk");
    assert_eq!(rows[0]["reviewed"]["language"], "uk");
    let csv = run(&["review", "export", "--format", "csv", path], &data);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = header.iter().position(|h| h == "language").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[at], "uk");
    let gold = lines(&run(&["review", "gold", path], &data));
    assert_eq!(gold[0]["language"], "uk");
}

/// Open the TUI on `paths` with the review in `data`, through `script` for
/// a terminal, and quit it at once; false when `script` is not installed.
fn open_in_tui(data: &Path, paths: &[&str]) -> bool {
    if Command::new("script").arg("--version").output().is_err() {
        println!("skipped: `script` (util-linux) is needed to give the TUI a terminal");
        return false;
    }
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let mut line = format!(
        "{} --data-dir {}",
        quote(env!("CARGO_BIN_EXE_counterclaim")),
        quote(data.to_str().unwrap())
    );
    for p in paths {
        line += &format!(" {}", quote(p));
    }
    let mut child = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"q").unwrap();
    drop(child.stdin.take());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the TUI did not quit on q");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    true
}

#[test]
fn export_and_gold_without_paths_use_the_articles_the_tui_opened() {
    let data = temp("remembered");
    let (figures, _) = reviewed(&data);
    let folder = temp("remembered-articles");
    let copy = folder.join("06_two_ministries_same_night.txt");
    std::fs::copy(ARTICLE, &copy).unwrap();
    if !open_in_tui(&data, &[folder.to_str().unwrap()]) {
        return;
    }
    let rows = lines(&run(&["review", "export"], &data));
    assert_eq!(rows.len(), figures.len());
    assert!(rows.iter().all(|r| r["orphaned"] == false), "{rows:?}");
    assert_eq!(
        run(&["review", "gold"], &data),
        run(&["review", "gold", ARTICLE], &data)
    );

    // The files gone: the commands ask for them rather than orphan every row.
    std::fs::remove_file(&copy).unwrap();
    std::fs::remove_dir(&folder).unwrap();
    let out = bin()
        .args(["review", "export", "--data-dir"])
        .arg(&data)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(&format!(
            "{} (remembered for the review) is gone",
            folder.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("counterclaim review export PATH..."),
        "{stderr}"
    );
}

#[test]
fn the_sample_corpus_is_remembered_as_the_corpus_when_the_tui_opens_without_paths() {
    let data = temp("remembered-sample");
    let (figures, _) = reviewed(&data);
    if !open_in_tui(&data, &[]) {
        return;
    }
    let rows = lines(&run(&["review", "export"], &data));
    assert_eq!(rows.len(), figures.len());
    assert!(rows.iter().all(|r| r["orphaned"] == false), "{rows:?}");
    assert_eq!(
        lines(&run(&["review", "gold"], &data)).len(),
        figures.len() - 1
    );
}

#[test]
fn without_a_remembered_corpus_export_and_gold_ask_for_the_articles() {
    let data = temp("no-corpus");
    reviewed(&data);
    for command in ["export", "gold"] {
        let out = bin()
            .args(["review", command, "--data-dir"])
            .arg(&data)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(out.stdout.is_empty());
        let ask = format!(
            "give the articles the review was made on: counterclaim review {command} PATH..."
        );
        assert!(stderr.contains(&ask), "{stderr}");
    }
}

/// Every file of a folder and its bytes.
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

/// Every command that reads the review, on the article.
const READ_COMMANDS: [&[&str]; 5] = [
    &["review", "export", ARTICLE],
    &["review", "gold", ARTICLE],
    &["extract", "--review", ARTICLE],
    &["compare", "--review", ARTICLE],
    &["check", "--review", ARTICLE],
];

#[test]
fn read_commands_never_create_or_change_the_data_dir() {
    let missing = temp("mistyped").join("no-such-folder");
    for args in READ_COMMANDS {
        let out = bin()
            .args(args)
            .arg("--data-dir")
            .arg(&missing)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("no review folder at {}", missing.display())),
            "{args:?}: {stderr}"
        );
        assert!(!missing.exists(), "{args:?} created {}", missing.display());
    }

    // A log whose last line was cut short: read around, left as it is for
    // the TUI to set aside.
    let data = temp("untouched");
    let (figures, _) = reviewed(&data);
    let log = data.join("review.jsonl");
    let mut bytes = std::fs::read(&log).unwrap();
    bytes.extend_from_slice(br#"{"id":"cut"#);
    std::fs::write(&log, &bytes).unwrap();
    let before = contents(&data);
    let out = bin()
        .args(["review", "export", ARTICLE, "--data-dir"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        lines(&String::from_utf8_lossy(&out.stdout)).len(),
        figures.len()
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 unreadable lines skipped"));
    run(&["extract", "--review", ARTICLE], &data);
    run(&["review", "gold", ARTICLE], &data);
    assert_eq!(contents(&data), before);
}

#[test]
fn extract_and_compare_use_the_corrections() {
    let data = temp("apply");
    let (figures, _) = reviewed(&data);
    let plain = lines(&run(&["extract", "--format", "jsonl", ARTICLE], &data));
    let with = lines(&run(
        &["extract", "--format", "jsonl", "--review", ARTICLE],
        &data,
    ));
    assert_eq!(plain.len(), figures.len());
    assert_eq!(
        with.len(),
        figures.len() - 1,
        "the figure marked not a figure is left out"
    );
    assert_eq!(with[0]["value"], 480);
    assert_eq!(with[0]["claimant"], "other");
    let rows: Vec<Value> = serde_json::from_str(&run(
        &["compare", "--format", "json", "--review", ARTICLE],
        &data,
    ))
    .unwrap();
    assert!(rows.iter().any(|r| {
        r["other"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["value"] == 480)
    }));
}

#[test]
fn review_gold_round_trips_through_the_scorer() {
    let data = temp("gold");
    let (figures, _) = reviewed(&data);
    let gold = lines(&run(&["review", "gold", ARTICLE], &data));
    // Corrected and accepted figures; not the one marked not a figure.
    assert_eq!(gold.len(), figures.len() - 1);
    assert!(
        gold.iter()
            .any(|g| g["value"] == 480 && g["claimant"] == "other")
    );
    for g in &gold {
        for field in [
            "article",
            "text",
            "value",
            "qualifier",
            "item",
            "event",
            "attacker",
            "claimant",
            "start",
            "end",
        ] {
            assert!(g.get(field).is_some(), "{field} missing in {g}");
        }
    }
    let scorer = Path::new("../shared/eval/score.py");
    if !scorer.exists() || Command::new("python3").arg("--version").output().is_err() {
        println!("skipped the scorer: ../shared/eval/score.py or python3 is not here");
        return;
    }
    let dir = temp("gold-files");
    std::fs::write(
        dir.join("gold.jsonl"),
        run(&["review", "gold", ARTICLE], &data),
    )
    .unwrap();
    std::fs::write(
        dir.join("pred.jsonl"),
        run(
            &["extract", "--format", "jsonl", "--review", ARTICLE],
            &data,
        ),
    )
    .unwrap();
    let out = Command::new("python3")
        .arg(scorer)
        .arg(dir.join("gold.jsonl"))
        .arg(dir.join("pred.jsonl"))
        .arg("--json")
        .output()
        .unwrap();
    let score: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(score["f1"], 1.0, "{score}");
}

/// `check --review` prints the doubts the TUI shows for the same review:
/// a claimant put right, a figure marked not a figure, a value corrected
/// and a figure added, over two outlets that disagree.
#[test]
fn check_with_the_review_agrees_with_the_tuis_doubts() {
    use counterclaim::store::Store;
    use counterclaim::tui::reviewed::Reviewed;
    let data = temp("check");
    let paths = [
        "data/articles/07_kyiv_deadly_night_a.txt",
        "data/articles/08_kyiv_deadly_night_b.txt",
    ];
    let store = Store::build(corpus::load(&paths).articles);
    let mut review = Review::open(&data);
    let at = |value: u64| {
        (0..store.figures().len() as u32)
            .find(|&id| store.figure(id).value == value)
            .map(|id| Key::of(store.article(store.owner(id)), store.figure(id)))
            .expect("figure")
    };
    let unattributed = (0..store.figures().len() as u32)
        .find(|&id| store.figure(id).claimant == Claimant::Unknown)
        .expect("an unattributed figure");
    let k = Key::of(
        store.article(store.owner(unattributed)),
        store.figure(unattributed),
    );
    let ua = Correction {
        claimant: Some(Claimant::Ua),
        ..Default::default()
    };
    review.correct(k, ua, String::new());
    review.flag(at(472), Reason::NotAFigure, String::new());
    let fixed = Correction {
        value: Some(31),
        ..Default::default()
    };
    review.correct(at(142), fixed, String::new());
    let mut added = store.figure(0).clone();
    (added.start, added.end, added.value) = (0, 1, 500);
    review.add(store.article(0), added, String::new());
    drop(review);

    let mut reviewed = Reviewed::default();
    reviewed.rebuild(&store, &Review::open(&data));
    let figures = reviewed.view(&store);
    use counterclaim::compare::Figures;
    let mut tui: Vec<(String, u64, Vec<String>)> = (0..store.figures().len() as u32)
        .chain(reviewed.added_ids())
        .filter_map(|id| {
            let f = figures.compared(id)?;
            let doubts = reviewed.doubts(&store, id);
            let messages = doubts.iter().map(|d| d.message(&figures, id)).collect();
            (!doubts.is_empty()).then(|| (f.article.to_string(), f.value, messages))
        })
        .collect();
    let json: Value = serde_json::from_str(&run(
        &["check", "--format", "json", "--review", paths[0], paths[1]],
        &data,
    ))
    .unwrap();
    let mut cli: Vec<(String, u64, Vec<String>)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let messages = r["doubts"].as_array().unwrap().iter();
            (
                r["article"].as_str().unwrap().to_string(),
                r["value"].as_u64().unwrap(),
                messages
                    .map(|d| d["message"].as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    tui.sort();
    cli.sort();
    assert_eq!(cli, tui);
    // The review shows: 472 is no figure and 440 no longer conflicts with it.
    assert!(cli.iter().all(|(_, v, _)| *v != 472));
    assert!(
        cli.iter()
            .filter(|(_, v, _)| *v == 440)
            .all(|(_, _, m)| m.iter().all(|m| !m.contains("472")))
    );
    let plain = run(&["check", "--format", "json", paths[0], paths[1]], &data);
    assert!(
        plain.contains("472"),
        "without --review the engine's doubts"
    );
}

/// Run `args` on the review in `data`, which must end within 30 s; its
/// exit code and stderr.
fn run_briefly(args: &[&str], data: &Path) -> (Option<i32>, String) {
    use std::time::{Duration, Instant};
    let mut child = bin()
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{args:?} did not end");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// A FIFO where the log or the remembered corpus should be: every read
/// command says so and ends, rather than wait for a writer, and leaves it.
#[cfg(unix)]
#[test]
fn a_fifo_in_the_data_dir_hangs_no_read_command() {
    use std::os::unix::fs::FileTypeExt;
    let data = temp("fifo");
    let fifo = |name: &str| {
        let status = Command::new("mkfifo").arg(data.join(name)).status();
        assert!(status.unwrap().success());
    };
    fifo("review.jsonl");
    for args in READ_COMMANDS {
        let (code, stderr) = run_briefly(args, &data);
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("review.jsonl: cannot read the review (not a regular file)"),
            "{args:?}: {stderr}"
        );
    }
    std::fs::remove_file(data.join("review.jsonl")).unwrap();
    fifo("corpus.json");
    for command in ["export", "gold"] {
        let (code, stderr) = run_briefly(&["review", command], &data);
        assert_eq!(code, Some(1), "{stderr}");
        assert!(
            stderr.contains("corpus.json: not a regular file"),
            "{stderr}"
        );
    }
    let kind = std::fs::metadata(data.join("corpus.json"))
        .unwrap()
        .file_type();
    assert!(kind.is_fifo(), "left as it was");
    assert!(!data.join("review.jsonl").exists(), "no log made");
}
