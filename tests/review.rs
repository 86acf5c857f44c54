//! The review under faults: whatever happens to the file, nothing the
//! analyst saved before is lost.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use counterclaim::extract::extract;
use counterclaim::model::{Article, Figure};
use counterclaim::review::{Key, Reason, Review, Saving};

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("cc-review-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

fn article() -> (Article, Vec<Figure>) {
    let a = Article::from_text(
        "a",
        "Russia launched 100 drones overnight, and 90 were shot down, while 5 were lost, Ukraine's air force said. Two people were injured.",
    );
    let f = extract(&a);
    assert!(f.len() >= 4);
    (a, f)
}

/// Flag figure `i` with a note naming `n`, so each entry is distinct.
fn flag(r: &mut Review, a: &Article, f: &[Figure], n: usize) {
    r.flag(
        Key::of(a, &f[n % f.len()]),
        Reason::Other,
        format!("note {n}"),
    );
}

fn entries(dir: &Path) -> usize {
    Review::open(dir).entries().len()
}

#[test]
fn a_truncated_file_keeps_everything_before_the_torn_line() {
    let dir = temp("torn");
    let (a, f) = article();
    let mut r = Review::open(&dir);
    for n in 0..5 {
        flag(&mut r, &a, &f, n);
    }
    drop(r);
    let path = dir.join("review.jsonl");
    let full = fs::read(&path).unwrap();
    fs::write(&path, &full[..full.len() - 20]).unwrap();
    let r = Review::open(&dir);
    assert_eq!(r.entries().len(), 4, "the four whole entries are kept");
    assert!(
        r.warnings.iter().any(|w| w.contains("cut short")),
        "{:?}",
        r.warnings
    );
    // The next action starts on a line of its own and survives.
    let mut r = r;
    flag(&mut r, &a, &f, 9);
    assert_eq!(entries(&dir), 5);
}

#[test]
fn a_file_of_random_bytes_is_moved_aside_and_the_session_goes_on() {
    let dir = temp("random");
    let path = dir.join("review.jsonl");
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&path, &noise).unwrap();
    let (a, f) = article();
    let mut r = Review::open(&dir);
    assert!(
        r.warnings.iter().any(|w| w.contains("moved to")),
        "{:?}",
        r.warnings
    );
    let aside: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(aside.len(), 1, "the bad file is kept aside");
    assert!(
        fs::read(aside[0].path()).unwrap() == noise,
        "the file set aside is the original, byte for byte"
    );
    assert_eq!(
        r.flag(Key::of(&a, &f[0]), Reason::WrongValue, String::new()),
        &Saving::Saved
    );
    assert_eq!(entries(&dir), 1);
}

#[test]
fn good_entries_in_a_damaged_file_are_kept() {
    let dir = temp("damaged");
    let (a, f) = article();
    let mut r = Review::open(&dir);
    flag(&mut r, &a, &f, 0);
    flag(&mut r, &a, &f, 1);
    drop(r);
    let path = dir.join("review.jsonl");
    let mut text = fs::read_to_string(&path).unwrap();
    text.insert_str(0, "this line is not json\n");
    fs::write(&path, text).unwrap();
    assert_eq!(Review::open(&dir).entries().len(), 2);
    assert_eq!(entries(&dir), 2, "the kept entries were written back");
}

#[test]
fn an_unwritable_place_keeps_the_review_in_memory_and_retries() {
    let dir = temp("readonly");
    // A directory where the file should be: every write fails, even as root.
    fs::create_dir_all(dir.join("review.jsonl")).unwrap();
    let (a, f) = article();
    let mut r = Review::open(&dir);
    assert!(matches!(r.saving(), Saving::Failing(_)));
    r.flag(Key::of(&a, &f[0]), Reason::WrongItem, "kept anyway".into());
    assert!(matches!(r.saving(), Saving::Failing(_)));
    assert_eq!(r.unsaved(), 1);
    assert!(
        r.decision(&Key::of(&a, &f[0])).is_some(),
        "the action still counts"
    );
    // The place becomes writable: the next retry saves what was pending.
    fs::remove_dir(dir.join("review.jsonl")).unwrap();
    assert_eq!(r.retry(), &Saving::Saved);
    assert_eq!(r.unsaved(), 0);
    assert_eq!(entries(&dir), 1);
}

#[test]
fn a_review_opened_unwritable_notices_when_it_can_write_again() {
    let dir = temp("reopen");
    fs::create_dir_all(dir.join("review.jsonl")).unwrap();
    let mut r = Review::open(&dir);
    assert!(matches!(r.saving(), Saving::Failing(_)));
    fs::remove_dir(dir.join("review.jsonl")).unwrap();
    assert_eq!(r.retry(), &Saving::Saved);
}

/// Run by the tests below in a child process: record entries until killed
/// or done. Does nothing when run as a plain test.
#[test]
fn writer_child() {
    let Ok(dir) = std::env::var("CC_REVIEW_WRITER_DIR") else {
        return;
    };
    let count: usize = std::env::var("CC_REVIEW_WRITER_COUNT")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(usize::MAX);
    let (a, f) = article();
    let mut r = Review::open(Path::new(&dir));
    for n in 0..count {
        flag(&mut r, &a, &f, n);
        assert_eq!(r.saving(), &Saving::Saved);
    }
}

fn spawn_writer(dir: &Path, count: Option<usize>) -> std::process::Child {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "writer_child", "--nocapture", "--test-threads=1"])
        .env("CC_REVIEW_WRITER_DIR", dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(c) = count {
        cmd.env("CC_REVIEW_WRITER_COUNT", c.to_string());
    }
    cmd.spawn().unwrap()
}

#[test]
fn a_process_killed_while_writing_loses_nothing_before_it() {
    let dir = temp("killed");
    let mut child = spawn_writer(&dir, None);
    // Wait until it has written something, then kill it mid-stream.
    let path = dir.join("review.jsonl");
    for _ in 0..200 {
        if fs::metadata(&path).map(|m| m.len() > 4000).unwrap_or(false) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let bytes = fs::read(&path).unwrap();
    let whole_lines = bytes.iter().filter(|&&b| b == b'\n').count();
    let r = Review::open(&dir);
    assert!(whole_lines > 5, "the child wrote too little to test");
    assert_eq!(
        r.entries().len(),
        whole_lines,
        "every whole line is an entry; warnings: {:?}",
        r.warnings
    );
}

#[test]
fn two_writers_at_once_lose_no_entry() {
    let dir = temp("two");
    let a = spawn_writer(&dir, Some(150));
    let b = spawn_writer(&dir, Some(150));
    for mut c in [a, b] {
        assert!(c.wait().unwrap().success());
    }
    let r = Review::open(&dir);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert_eq!(r.entries().len(), 300);
}

/// A night given to an undated article dates its figures that have none,
/// and only while the article's text is the one it was given for; it is
/// undone and redone like any decision, and kept across a restart.
#[test]
fn an_undated_article_given_a_night_dates_its_figures() {
    use chrono::NaiveDate;
    use counterclaim::review::apply;
    let dir = temp("date-article");
    let (a, f) = article();
    assert!(f.iter().all(|f| f.date.is_none()), "an undated article");
    let night = NaiveDate::from_ymd_opt(2025, 6, 11).unwrap();
    let mut r = Review::open(&dir);
    r.date_article(&a, Some(night));
    let dates = |r: &Review, a: &Article| -> Vec<Option<NaiveDate>> {
        apply(r, a, &f).figures.iter().map(|f| f.date).collect()
    };
    assert!(dates(&r, &a).iter().all(|&d| d == Some(night)));
    r.undo();
    assert!(dates(&r, &a).iter().all(Option::is_none));
    r.redo();
    drop(r);
    let r = Review::open(&dir);
    assert!(
        dates(&r, &a).iter().all(|&d| d == Some(night)),
        "after a restart"
    );
    // Another text under the same id: the night was not given for it.
    let changed = Article::from_text("a", format!("{} Updated.", a.text));
    assert!(dates(&r, &changed).iter().all(Option::is_none));
}
