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

/// A FIFO named `name` in `dir`: reading it would wait for a writer for ever.
#[cfg(unix)]
fn fifo(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    path
}

const ARTICLE: &str = "Ukraine's air force said Russia launched 90 drones overnight.\n";

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_or_named_is_skipped_not_waited_on() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let named = fifo(dir.path(), "pipe.txt");
    for args in [
        vec!["extract", "--format", "jsonl"],
        vec!["check", "--format", "json"],
        vec!["compare", "--format", "json"],
    ] {
        let out = counterclaim()
            .args(&args)
            .arg(dir.path())
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?} {err}");
        assert!(
            err.contains("pipe.txt: not a regular file (a FIFO); skipped"),
            "{args:?} {err}"
        );
    }
    let out = counterclaim()
        .args(["extract", "--format", "jsonl"])
        .arg(&named)
        .arg(dir.path().join("a.txt"))
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("not a regular file (a FIFO); skipped"),
        "{err}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[cfg(unix)]
#[test]
fn a_device_is_skipped_and_standard_input_stops_at_the_limit() {
    let out = counterclaim()
        .args(["extract", "/dev/zero"])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/dev/zero: not a regular file (a device); skipped"),
        "{err}"
    );
    // Standard input is read whatever it is, up to the limit.
    let out = counterclaim()
        .args(["extract", "--max-file-size", "1K", "-"])
        .write_stdin(vec![b'x'; 5000])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("stdin: larger than the 1 KiB limit on one file; skipped (raise it with --max-file-size)"),
        "{err}"
    );
}

#[test]
fn a_file_over_the_limit_is_skipped_until_the_limit_is_raised() {
    let dir = TempDir::new().unwrap();
    let big = dir.path().join("big.txt");
    fs::write(&big, ARTICLE.repeat(100)).unwrap();
    fs::write(dir.path().join("small.txt"), ARTICLE).unwrap();
    let run = |limit: Option<&str>| {
        let mut cmd = counterclaim();
        cmd.args(["extract", "--format", "jsonl"]);
        if let Some(limit) = limit {
            cmd.args(["--max-file-size", limit]);
        }
        let out = cmd.arg(dir.path()).output().unwrap();
        assert!(out.status.success());
        (
            String::from_utf8_lossy(&out.stdout).lines().count(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (figures, err) = run(Some("4k"));
    assert_eq!(figures, 1, "{err}");
    assert!(
        err.contains("big.txt: larger than the 4 KiB limit on one file; skipped (raise it with --max-file-size)"),
        "{err}"
    );
    let (figures, err) = run(None);
    assert_eq!(figures, 101, "{err}");
    // Named on its own, and to the other commands, the same.
    let out = counterclaim()
        .args(["check", "--max-file-size", "4k"])
        .arg(&big)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("limit on one file"));
    let out = counterclaim()
        .args(["extract", "--max-file-size", "a lot"])
        .arg(&big)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a size"));
}

#[test]
fn hidden_characters_inside_a_number_are_part_of_it() {
    use counterclaim::model::Article;
    for (number, value) in [
        ("4\u{200d}5", 45),
        ("9\u{200b}0", 90),
        ("1\u{ad}20", 120),
        ("4\x1b[31m5", 45),
        ("2\u{2060},\u{feff}500", 2500),
    ] {
        let text = format!("Ukraine's air force said Russia launched {number} drones overnight.");
        let figures = counterclaim::extract::extract(&Article::from_text("a", text.as_str()));
        let found: Vec<(u64, &str)> = figures
            .iter()
            .map(|f| (f.value, &text[f.start..f.end]))
            .collect();
        // One figure, the whole written number, its span covering it.
        assert_eq!(found, [(value, number)], "{number:?}");
    }
}

#[test]
fn utf16_with_a_byte_order_mark_is_read() {
    let dir = TempDir::new().unwrap();
    let text = "Title: Drones\nDate: 2025-07-04\n\nUkraine's air force said Russia launched 90 drones at Київ.\n";
    let units: Vec<u16> = text.encode_utf16().collect();
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_le_bytes()))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_be_bytes()))
        .collect();
    fs::write(dir.path().join("le.txt"), &le).unwrap();
    fs::write(dir.path().join("be.txt"), &be).unwrap();
    fs::write(dir.path().join("cut.txt"), &le[..le.len() - 1]).unwrap();
    let out = counterclaim()
        .args(["extract", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let records: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2, "{err}");
    for r in &records {
        assert_eq!(r["value"], 90);
        assert_eq!(r["date"], "2025-07-03", "the header is read");
    }
    assert!(err.contains("le.txt: UTF-16 text, read as UTF-8"), "{err}");
    assert!(err.contains("cut.txt: UTF-16 text cut short"), "{err}");
    assert!(!err.contains("binary"), "{err}");
}
