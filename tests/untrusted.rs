//! Text from the world (file names, `Id:` headers, JSON ids, sources,
//! sentences, notes) never reaches the terminal as commands nor a
//! spreadsheet as formulas, while the machine formats keep it exact.

use std::fs;
use std::path::Path;
use std::process::Command;

use counterclaim::corpus;
use counterclaim::extract::extract;
use counterclaim::review::{Key, Reason, Review};
use serde_json::Value;
use tempfile::TempDir;

/// A file name that sets the terminal's title, writes to the clipboard
/// (OSC 52), clears the screen and forges a warning line.
const NAME: &str = "b\u{1b}]0;title\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\r\nwarning: forged";
/// An `Id:` header doing the same but for the line break a header cannot hold.
const ID: &str = "c\u{1b}]0;title\u{7}\u{1b}]52;c;QQ==\u{7}\u{1b}[2J\u{9b}31m";
/// A JSON id, which can hold a line break.
const JSON_ID: &str = "j\u{1b}]52;c;QQ==\u{7}\nwarning: forged";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_counterclaim"))
}

/// Two accounts of one night (so `check` names the other article in its
/// reasons), one under a hostile file name; an article with a hostile
/// `Id:`; a JSON article with a hostile id; a hostile file that cannot be
/// read (so a warning names it).
fn hostile_corpus() -> TempDir {
    let dir = TempDir::new().unwrap();
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let copy = |from: &str, to: &str| fs::copy(articles.join(from), dir.path().join(to)).unwrap();
    copy("07_kyiv_deadly_night_a.txt", "a.txt");
    copy("08_kyiv_deadly_night_b.txt", &format!("{NAME}.txt"));
    let text = fs::read_to_string(articles.join("06_two_ministries_same_night.txt")).unwrap();
    fs::write(dir.path().join("c.txt"), format!("Id: {ID}\n{text}")).unwrap();
    let json = serde_json::json!({"id": JSON_ID, "source": "s\u{1b}[2J", "text": "Russia launched 40 drones overnight."});
    fs::write(dir.path().join("j.json"), json.to_string()).unwrap();
    fs::write(dir.path().join(format!("{NAME}-bad.txt")), b"\x80\x81").unwrap();
    dir
}

/// Stdout and stderr of `args` on the articles in `dir`, which must succeed.
fn run(args: &[&str], dir: &Path) -> (Vec<u8>, String) {
    let out = bin().args(args).arg(dir).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{args:?}: {err}");
    (out.stdout, err)
}

/// Stdout and stderr of command `cmd` on the hostile corpus, as a table.
fn table(dir: &TempDir, cmd: &str) -> (String, String) {
    let (out, err) = run(&[cmd, "--format", "table"], dir.path());
    (String::from_utf8(out).unwrap(), err)
}

/// No control byte but line ends, and no line that text from the world
/// made up.
fn assert_safe(what: &str, s: &str) {
    let bad: Vec<char> = s.chars().filter(|&c| c.is_control() && c != '\n').collect();
    assert!(bad.is_empty(), "{what} holds {bad:?}:\n{s}");
    assert!(
        !s.lines().any(|l| l.starts_with("warning: forged")),
        "{what} has a forged line:\n{s}"
    );
}

#[test]
fn tables_and_warnings_show_hostile_names_as_visible_signs() {
    let dir = hostile_corpus();
    // Still there, to be read: ESC as ␛, BEL as ␇, CSI as �, line breaks
    // as spaces.
    let shown_name = "b␛]0;title␇␛]52;c;ZXZpbA==␇␛[2J  warning: forged";
    let shown_id = "c␛]0;title␇␛]52;c;QQ==␇␛[2J�31m";
    let shown_json_id = "j␛]52;c;QQ==␇ warning: forged";
    for (cmd, shown) in [
        ("extract", &[shown_name, shown_id, shown_json_id][..]),
        // Scopes are cut to 28 columns.
        (
            "compare",
            &[
                "b␛]0;title␇␛]52;c;",
                "c␛]0;title␇␛]52;c;",
                "j␛]52;c;QQ==␇ warning: forg",
            ],
        ),
        // In the doubts of the other article of the night, and in the why.
        (
            "check",
            &[&format!("{shown_name} "), &format!("{shown_name})")],
        ),
    ] {
        let (out, err) = table(&dir, cmd);
        assert_safe(&format!("{cmd} stdout"), &out);
        assert_safe(&format!("{cmd} stderr"), &err);
        for s in shown {
            assert!(out.contains(s), "{cmd} shows no {s:?}:\n{out}");
        }
        assert!(
            err.lines().any(|l| l.starts_with("warning: ")
                && l.contains("␛]52;c;ZXZpbA==␇␛[2J  warning: forged-bad.txt: not valid UTF-8")),
            "{cmd}:\n{err}"
        );
    }
}

#[test]
fn json_keeps_every_id_exactly() {
    let dir = hostile_corpus();
    let (out, _) = run(&["extract", "--format", "json"], dir.path());
    let figures: Vec<Value> = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = figures
        .iter()
        .map(|f| f["article"].as_str().unwrap())
        .collect();
    for id in [NAME, ID, JSON_ID] {
        assert!(ids.contains(&id), "{id:?} not in {ids:?}");
    }
}

/// Cells a spreadsheet would run as formulas.
fn formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The rows of a CSV output, by column name.
fn csv_rows(out: &[u8]) -> Vec<Vec<(String, String)>> {
    let mut reader = csv::Reader::from_reader(out);
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .zip(r.iter())
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect()
        })
        .collect()
}

/// Every cell is no formula; numeric columns are numbers; each of
/// `prefixed` (column, cell as written) is there.
fn assert_no_formula(rows: &[Vec<(String, String)>], prefixed: &[(&str, &str)]) {
    assert!(!rows.is_empty());
    for row in rows {
        for (name, cell) in row {
            assert!(!formula(cell), "{name} = {cell:?} runs as a formula");
            if ["value", "start", "end"].contains(&name.as_str()) {
                cell.parse::<u64>().expect("a number as it is");
            }
        }
    }
    for (name, cell) in prefixed {
        assert!(
            rows.iter().flatten().any(|(n, c)| n == name && c == cell),
            "no {name} = {cell:?}"
        );
    }
}

const FORMULA_ID: &str = "=HYPERLINK(\"http://x\",\"y\")";
const ARTICLE: &str =
    "Title: -1+2\nSource: @SUM(A1)\n\n+Russia launched 40 drones overnight, the air force said.\n";

fn formula_corpus() -> TempDir {
    let dir = TempDir::new().unwrap();
    fs::write(
        dir.path().join("f.txt"),
        format!("Id: {FORMULA_ID}\n{ARTICLE}"),
    )
    .unwrap();
    dir
}

#[test]
fn extract_csv_quotes_formulas_out_of_text_cells() {
    let dir = formula_corpus();
    let (out, _) = run(&["extract", "--format", "csv"], dir.path());
    assert_no_formula(
        &csv_rows(&out),
        &[
            ("article", &format!("'{FORMULA_ID}")),
            (
                "sentence",
                "'+Russia launched 40 drones overnight, the air force said.",
            ),
        ],
    );
}

#[test]
fn review_export_csv_quotes_formulas_out_of_notes_and_ids() {
    let dir = formula_corpus();
    let data = TempDir::new().unwrap();
    let article = corpus::load(&[dir.path()]).articles.remove(0);
    let figure = extract(&article).remove(0);
    let mut review = Review::open(data.path());
    review.flag(
        Key::of(&article, &figure),
        Reason::WrongValue,
        "=cmd|' /C calc'!A0".into(),
    );
    drop(review);
    let data_dir = data.path().to_str().unwrap();
    let (out, _) = run(
        &[
            "review",
            "export",
            "--format",
            "csv",
            "--data-dir",
            data_dir,
        ],
        dir.path(),
    );
    assert_no_formula(
        &csv_rows(&out),
        &[
            ("article", &format!("'{FORMULA_ID}")),
            ("note", "'=cmd|' /C calc'!A0"),
        ],
    );
}

#[test]
fn warnings_printed_after_the_tui_closes_are_safe() {
    if Command::new("script").arg("--version").output().is_err() {
        println!("skipped: `script` (util-linux) is needed to give the TUI a terminal");
        return;
    }
    let dir = hostile_corpus();
    let data = TempDir::new().unwrap();
    let quote = |p: &Path| format!("'{}'", p.to_str().unwrap().replace('\'', r"'\''"));
    let line = format!(
        "{} --data-dir {} {}",
        quote(Path::new(env!("CARGO_BIN_EXE_counterclaim"))),
        quote(data.path()),
        quote(dir.path())
    );
    let mut child = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Quit once the first frame is up, so the warnings come after it.
    std::thread::sleep(std::time::Duration::from_millis(500));
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"q").unwrap();
    let out = child.wait_with_output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    // The terminal's own drawing uses CSI sequences; text from the world
    // would bring OSC ones and BEL.
    assert!(
        !shown.contains("\u{1b}]") && !shown.contains('\u{7}'),
        "{shown:?}"
    );
    assert!(
        !shown.lines().any(|l| l.starts_with("warning: forged")),
        "{shown:?}"
    );
    assert!(
        shown.contains("␛]52;c;ZXZpbA==␇␛[2J  warning: forged-bad.txt: not valid UTF-8"),
        "{shown:?}"
    );
}
