//! `counterclaim extract --format jsonl -` on JSON Lines: read as a
//! stream, a window of articles at a time, figures written in input order
//! as soon as they are extracted, bad lines warned about by number.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn bin() -> String {
    env!("CARGO_BIN_EXE_counterclaim").to_string()
}

/// Run `extract --format jsonl -` with `input` on stdin.
fn extract_stdin(input: &str) -> (i32, Vec<Value>, String) {
    let mut child = Command::new(bin())
        .args(["extract", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let figures = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (
        out.status.code().unwrap_or(-1),
        figures,
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn line(id: Option<&str>, text: &str) -> String {
    let mut v = serde_json::json!({ "text": text });
    if let Some(id) = id {
        v["id"] = id.into();
    }
    v.to_string() + "\n"
}

#[test]
fn lines_on_stdin_give_the_figures_the_same_file_gives_in_order() {
    let mut input = String::new();
    for i in 0..600 {
        input.push_str(&line(
            None,
            &format!("Russia launched {} drones overnight, of which {} were shot down, Ukraine's air force said.", 100 + i, 50 + i),
        ));
    }
    let (code, streamed, err) = extract_stdin(&input);
    assert_eq!(code, 0, "{err}");
    assert_eq!(streamed.len(), 1200, "{err}");
    // Every article, in input order, ids by line as for a file.
    assert_eq!(streamed[0]["article"], "stdin:1");
    assert_eq!(streamed[1199]["article"], "stdin:600");
    assert_eq!(streamed[1198]["value"], 699);
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("stdin.jsonl");
    std::fs::write(&file, &input).unwrap();
    let out = Command::new(bin())
        .args(["extract", "--format", "jsonl"])
        .arg(&file)
        .output()
        .unwrap();
    let whole: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        whole, streamed,
        "the stream and the file give the same figures"
    );
}

#[test]
fn a_bad_line_is_named_and_the_stream_goes_on() {
    let input = [
        line(
            Some("a"),
            "Russia launched 10 drones overnight, Ukraine's air force said.",
        ),
        "not json at all\n".to_string(),
        "[1, 2]\n".to_string(),
        line(
            Some("a"),
            "Russia launched 12 drones overnight, Ukraine's air force said.",
        ),
    ]
    .concat();
    let (code, figures, err) = extract_stdin(&input);
    assert_eq!(code, 0);
    assert!(err.contains("stdin:2: invalid JSON"), "{err}");
    assert!(err.contains("stdin:3: not a JSON object"), "{err}");
    assert!(
        err.contains(r#"stdin:4: duplicate id "a" (first in stdin:1); renamed "a~2""#),
        "{err}"
    );
    let ids: Vec<&str> = figures
        .iter()
        .map(|f| f["article"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "a~2"]);
}

#[test]
fn figures_go_out_before_the_input_ends() {
    let mut child = Command::new(bin())
        .args(["extract", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(
            line(
                None,
                "Russia launched 77 drones overnight, Ukraine's air force said.",
            )
            .as_bytes(),
        )
        .unwrap();
    stdin.flush().unwrap();
    // The pipe stays open: the first article's figure must come anyway.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let _ = BufReader::new(stdout).read_line(&mut first);
        let _ = tx.send(first);
    });
    let start = Instant::now();
    let first = rx.recv_timeout(Duration::from_secs(20));
    drop(stdin);
    let _ = child.wait();
    let first = first.expect("a figure while the input is still open");
    assert!(first.contains(r#""value":77"#), "{first}");
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn text_and_one_object_over_lines_are_still_read_whole() {
    let (code, figures, _) =
        extract_stdin("Russia launched 10 drones overnight, Ukraine's air force said.\n");
    assert_eq!(code, 0);
    assert_eq!(figures[0]["article"], "stdin");
    let (_, figures, _) = extract_stdin(
        "{\n  \"id\": \"p\",\n  \"text\": \"Russia launched 9 drones overnight.\"\n}\n",
    );
    assert_eq!(figures[0]["article"], "p");
    assert_eq!(figures[0]["value"], 9);
}

#[test]
fn a_folder_read_in_windows_keeps_ids_unique_across_them() {
    let dir = tempfile::TempDir::new().unwrap();
    for i in 0..700 {
        let id = if i == 3 || i == 650 { "same".to_string() } else { format!("a{i}") };
        std::fs::write(
            dir.path().join(format!("{i:04}.txt")),
            format!("Id: {id}\n\nRussia launched {} drones overnight, Ukraine's air force said.", 10 + i),
        )
        .unwrap();
    }
    let out = Command::new(bin())
        .args(["extract", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    let figures: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(figures.len(), 700, "{err}");
    // Files 3 and 650 are read in different windows of files.
    assert_eq!(figures[3]["article"], "same");
    assert_eq!(figures[650]["article"], "same~2", "{err}");
    assert_eq!(figures[699]["value"], 709, "in input order");
    assert!(err.contains(r#"duplicate id "same""#), "{err}");
}
