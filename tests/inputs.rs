//! What no input can do to a run: make its output grow faster than itself,
//! hang it, exhaust its memory, or change a figure's value unseen.

use std::fs;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn counterclaim() -> Command {
    let mut cmd = Command::cargo_bin("counterclaim").expect("the binary is built");
    // No review of the user's own is read.
    cmd.env(
        "COUNTERCLAIM_DATA_DIR",
        std::env::temp_dir().join("counterclaim-inputs-none"),
    );
    cmd
}

/// One sentence of about `bytes` bytes that holds a figure every few words.
fn one_long_sentence(bytes: usize) -> String {
    let mut s = String::from("Officials said Russia launched");
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&format!(" {} drones at Lviv and sent", i % 90 + 2));
        i += 1;
    }
    s.push_str(" more.");
    s
}

#[test]
fn records_stay_small_however_long_the_sentence() {
    let dir = TempDir::new().unwrap();
    let text = one_long_sentence(200_000);
    let path = dir.path().join("long.txt");
    fs::write(&path, &text).unwrap();
    let jsonl = counterclaim()
        .args(["extract", "--format", "jsonl"])
        .arg(&path)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(jsonl.status.success());
    let records: Vec<Value> = jsonl
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert!(records.len() > 5_000, "{} figures", records.len());
    // Output a small multiple of the input, not a sentence a figure.
    assert!(
        jsonl.stdout.len() < 50 * text.len(),
        "{} bytes out for {} in",
        jsonl.stdout.len(),
        text.len()
    );
    for r in &records {
        let shown = r["sentence"].as_str().unwrap();
        assert!(shown.len() <= 410, "{} bytes", shown.len());
        assert!(shown.contains(r["text"].as_str().unwrap()));
        // The offsets still give the whole sentence.
        let (start, end) = (
            r["sentence_start"].as_u64().unwrap() as usize,
            r["sentence_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], text.as_str());
    }
    for format in [
        ["extract", "--format", "csv"],
        ["check", "--format", "json"],
    ] {
        let out = counterclaim()
            .args(format)
            .arg(&path)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(out.status.success(), "{format:?}");
        assert!(
            out.stdout.len() < 50 * text.len(),
            "{format:?}: {} bytes out for {} in",
            out.stdout.len(),
            text.len()
        );
    }
}
