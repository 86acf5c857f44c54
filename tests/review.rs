//! The review under faults: whatever happens to the file, nothing the
//! analyst saved before is lost.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

mod common;
use common::Scratch;

use counterclaim::extract::extract;
use counterclaim::model::{Article, Figure};
use counterclaim::review::{Key, Reason, Review, Saving};

fn temp(name: &str) -> Scratch {
    Scratch::new(&format!("review-{name}"))
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

/// Two windows on one review: each one's undo takes back its own action,
/// by name, and a restart shows what both windows showed.
#[test]
fn two_windows_undo_their_own_actions_and_a_restart_agrees() {
    let dir = temp("two-windows");
    let (a, f) = article();
    let (k550, k11) = (Key::of(&a, &f[0]), Key::of(&a, &f[1]));
    let mut one = Review::open(&dir);
    let mut two = Review::open(&dir);
    one.accept(k550.clone());
    two.accept(k11.clone());
    assert_eq!(one.undo_key(), Some(&k550), "u in one takes back its own");
    one.undo();
    for r in [&one, &Review::open(&dir)] {
        assert!(
            r.decision(&k550).is_none(),
            "the undone accept stays undone"
        );
        assert!(
            r.decision(&k11).is_some_and(|d| d.accepted),
            "the other window's accept stays"
        );
    }
    // The other window's undo takes back its own accept, not the undo.
    assert_eq!(two.undo_key(), Some(&k11));
    two.undo();
    let r = Review::open(&dir);
    assert!(r.decision(&k550).is_none() && r.decision(&k11).is_none());
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

/// A window takes in what another appended, when asked and before it
/// writes, and counts it once; its own redo is still its own.
#[test]
fn a_window_takes_in_what_another_wrote() {
    let dir = temp("news");
    let (a, f) = article();
    let mut one = Review::open(&dir);
    let mut two = Review::open(&dir);
    one.accept(Key::of(&a, &f[0]));
    one.undo();
    two.accept(Key::of(&a, &f[1]));
    two.flag(Key::of(&a, &f[2]), Reason::Duplicate, String::new());
    assert_eq!(one.refresh(), 2);
    assert_eq!(one.refresh(), 0, "nothing new the second time");
    assert_eq!(one.take_news(), 2);
    assert_eq!(one.take_news(), 0);
    assert!(one.decision(&Key::of(&a, &f[2])).is_some());
    assert_eq!(
        one.redo_key(),
        Some(&Key::of(&a, &f[0])),
        "its redo is its own"
    );
    // Taken in before its own write too, in the file's order.
    two.accept(Key::of(&a, &f[3]));
    one.redo();
    assert_eq!(one.take_news(), 1);
    assert_eq!(one.entries(), Review::open(&dir).entries());
}

/// Logs written before undo named its entry: a bare undo takes back the
/// latest action in force, a bare redo gives back the latest undone, and a
/// new action forgets what was undone, as when they were written.
#[test]
fn a_log_with_bare_undos_loads_as_before() {
    let dir = temp("bare");
    let (a, f) = article();
    let line = |n: usize, action: String| {
        format!(r#"{{"id":"{n}","time":"2025-06-11T10:00:00Z","action":{action}}}"#)
    };
    let accept = |i: usize| {
        let key = serde_json::to_string(&Key::of(&a, &f[i])).unwrap();
        format!(r#""accept","key":{key}"#)
    };
    let log = [
        line(1, accept(0)),
        line(2, accept(1)),
        line(3, accept(2)),
        line(4, r#""undo""#.into()),
        line(5, r#""undo""#.into()),
        line(6, r#""redo""#.into()),
        line(7, r#""undo""#.into()),
        line(8, accept(3)),
        line(9, r#""redo""#.into()),
    ];
    fs::write(dir.join("review.jsonl"), log.join("\n") + "\n").unwrap();
    let r = Review::open(&dir);
    let decided: Vec<bool> = (0..4)
        .map(|i| r.decision(&Key::of(&a, &f[i])).is_some())
        .collect();
    assert_eq!(decided, [true, false, false, true]);
    assert!(!r.can_redo(), "the accept after the undos forgot them");
    assert_eq!(r.undo_key(), Some(&Key::of(&a, &f[3])));
}

/// Set this process's file-size limit to `bytes`; past it a write fails
/// with EFBIG instead of killing the process.
fn limit(bytes: u64) {
    let l = libc::rlimit {
        rlim_cur: bytes,
        rlim_max: libc::RLIM_INFINITY,
    };
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &l), 0);
    }
}

/// Run by the tests below in a child process, whose file-size limit it
/// lowers and raises: a disk that fills up, then has room again.
#[test]
fn full_disk_child() {
    let Ok(dir) = std::env::var("CC_REVIEW_FULL_DIR") else {
        return;
    };
    let dir = Path::new(&dir);
    let (a, f) = article();
    let path = dir.join("review.jsonl");
    if std::env::var("CC_REVIEW_FULL_CASE").as_deref() == Ok("two") {
        // One window cannot write; another can, on the same figure.
        let mut one = Review::open(dir);
        let mut two = Review::open(dir);
        limit(0);
        one.flag(Key::of(&a, &f[0]), Reason::WrongValue, String::new());
        assert_eq!(one.unsaved(), 1);
        limit(libc::RLIM_INFINITY);
        two.accept(Key::of(&a, &f[0]));
        // The other window's accept comes first in the file: in memory too.
        assert_eq!(one.retry(), &Saving::Saved);
        assert_eq!(one.take_news(), 1);
        assert_eq!(one.entries(), Review::open(dir).entries());
        assert_eq!(one.undo_key(), Some(&Key::of(&a, &f[0])));
        println!("full-disk-child-done");
        return;
    }
    let mut r = Review::open(dir);
    if std::env::var("CC_REVIEW_FULL_CASE").as_deref() == Ok("through") {
        // A failed write that got through and could not be taken back: the
        // retry finds it and does not write it again.
        limit(0);
        r.accept(Key::of(&a, &f[0]));
        r.accept(Key::of(&a, &f[1]));
        limit(libc::RLIM_INFINITY);
        let first = r.unsaved_lines().next().unwrap();
        fs::write(&path, first + "\n").unwrap();
        assert_eq!(r.retry(), &Saving::Saved);
        assert_eq!(r.take_news(), 0, "its own entry is not news");
        println!("full-disk-child-done");
        return;
    }
    r.accept(Key::of(&a, &f[0]));
    let line = fs::metadata(&path).unwrap().len();
    // Full: nothing more is written.
    limit(line);
    r.accept(Key::of(&a, &f[1]));
    r.undo();
    assert_eq!(r.unsaved(), 2);
    // Room for the accept and part of the undo: the write fails half way,
    // and is taken back to the last whole line.
    limit(2 * line + 20);
    assert!(matches!(r.retry(), Saving::Failing(_)));
    assert_eq!(r.unsaved(), 2, "what the status bar says");
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        line,
        "what a restart shows"
    );
    limit(libc::RLIM_INFINITY);
    assert_eq!(r.retry(), &Saving::Saved);
    println!("full-disk-child-done");
}

/// Run [`full_disk_child`] on `dir` with `case`, to the end.
fn full_disk(dir: &Path, case: &str) {
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "full_disk_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("CC_REVIEW_FULL_DIR", dir)
        .env("CC_REVIEW_FULL_CASE", case)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("full-disk-child-done"),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An entry found on disk though its write failed is not written twice.
#[test]
fn an_entry_a_failed_write_left_on_disk_is_not_written_twice() {
    let dir = temp("full-through");
    full_disk(&dir, "through");
    let r = Review::open(&dir);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert_eq!(r.entries().len(), 2);
}

/// What a window could not save goes after what another saved meanwhile,
/// on screen as in the file: a restart shows what the screen did.
#[test]
fn unsaved_actions_follow_what_another_window_saved_meanwhile() {
    let dir = temp("full-two");
    full_disk(&dir, "two");
    let (a, f) = article();
    let r = Review::open(&dir);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let d = r.decision(&Key::of(&a, &f[0])).unwrap();
    assert_eq!(
        d.flag.as_ref().map(|(r, _)| *r),
        Some(Reason::WrongValue),
        "the flag came last"
    );
}

#[test]
fn a_write_that_fills_the_disk_is_taken_back_and_retried_once() {
    let dir = temp("full");
    full_disk(&dir, "one");
    let (a, f) = article();
    let r = Review::open(&dir);
    assert!(r.warnings.is_empty(), "no broken line: {:?}", r.warnings);
    assert_eq!(r.entries().len(), 3, "each entry once");
    assert!(r.decision(&Key::of(&a, &f[0])).is_some());
    assert!(
        r.decision(&Key::of(&a, &f[1])).is_none(),
        "the undone accept stays undone"
    );
}

/// The modes of the review's files and folders: `mode` of what is there.
#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// What the review creates only the analyst can read; a file that is
/// already there keeps its mode.
#[cfg(unix)]
#[test]
fn what_the_review_creates_is_the_analysts_alone() {
    use std::os::unix::fs::PermissionsExt;
    let base = temp("modes");
    let dir = base.join("new").join("data");
    let (a, f) = article();
    let mut r = Review::open(&dir);
    r.accept(Key::of(&a, &f[0]));
    counterclaim::review::remember_corpus(&dir, &[]).unwrap();
    drop(r);
    // A line cut short is set aside in a file of its own.
    let log = dir.join("review.jsonl");
    let mut bytes = fs::read(&log).unwrap();
    bytes.extend_from_slice(br#"{"id":"cut"#);
    fs::write(&log, &bytes).unwrap();
    Review::open(&dir);
    let mut made: Vec<(String, u32)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let kept = name.split('-').next().unwrap().to_string();
            (kept, mode(&dir.join(&name)))
        })
        .collect();
    made.sort();
    assert_eq!(
        made,
        [
            ("corpus.json".into(), 0o600),
            ("review.jsonl".into(), 0o600),
            ("review.jsonl.torn".into(), 0o600)
        ]
    );
    assert_eq!((mode(&base.join("new")), mode(&dir)), (0o700, 0o700));

    let loose = temp("loose");
    fs::write(loose.join("review.jsonl"), "").unwrap();
    fs::set_permissions(
        loose.join("review.jsonl"),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    Review::open(&loose).accept(Key::of(&a, &f[0]));
    assert_eq!(mode(&loose.join("review.jsonl")), 0o644, "left as it was");
}

/// A FIFO where the log should be is not read: opening it would wait for
/// a writer that never comes. The review goes on in memory.
#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_the_log_hangs_nothing() {
    let dir = temp("fifo");
    let fifo = dir.join("review.jsonl");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let (a, f) = article();
    let (tx, rx) = std::sync::mpsc::channel();
    let d = dir.to_path_buf();
    std::thread::spawn(move || {
        let read = Review::read(&d).map(|_| ()).map_err(|e| e.to_string());
        let mut r = Review::open(&d);
        r.accept(Key::of(&a, &f[0]));
        let _ = tx.send((read, r.warnings.clone(), r.saving().clone(), r.unsaved()));
    });
    let (read, warnings, saving, unsaved) = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the review waited on the FIFO");
    assert!(read.unwrap_err().contains("not a regular file"));
    assert!(
        warnings.iter().any(|w| w.contains("not a regular file")),
        "{warnings:?}"
    );
    assert!(matches!(saving, Saving::Failing(_)));
    assert_eq!(unsaved, 1, "the action is kept in memory");
    use std::os::unix::fs::FileTypeExt;
    assert!(
        fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "left in place"
    );
}
