//! What the tests check output against: the SPEC.md vocabulary, written
//! out apart from the engine so a change to it does not pass unseen, and
//! what a figure's sentence may be.
// Each test crate uses what it needs of these.
#![allow(dead_code)]

/// The items the scorer compares.
pub const CORE_ITEMS: [&str; 5] = ["drone", "missile", "drone_or_missile", "person", "child"];

/// The events the scorer compares.
pub const CORE_EVENTS: [&str; 6] = [
    "launched",
    "intercepted",
    "not_reached",
    "hit",
    "killed",
    "injured",
];

/// Why a figure's `sentence` is not what SPEC-facing docs promise: the
/// slice of `text` its offsets give, or for a long sentence a window of it
/// (marked `…`) that holds the figure; none when it is.
pub fn sentence_problem(text: &str, f: &counterclaim::model::Figure) -> Option<String> {
    let Some(whole) = text.get(f.sentence_start..f.sentence_end) else {
        return Some("sentence offsets are not a slice of the text".into());
    };
    if *f.sentence == *whole {
        return None;
    }
    let window = counterclaim::model::WINDOW;
    let inner = f.sentence.trim_start_matches('…').trim_end_matches('…');
    if whole.len() <= window || !whole.contains(inner) {
        Some("sentence is neither its slice nor a window of it".into())
    } else if f.sentence.len() > window + 2 * '…'.len_utf8() {
        Some("window too long".into())
    } else if !inner.contains(f.text.as_str()) {
        Some("window misses the figure".into())
    } else {
        None
    }
}

/// A folder of its own for one test, removed when the test ends (pass or
/// fail), so runs leave nothing behind in the system's temporary folder.
pub struct Scratch(tempfile::TempDir);

impl Scratch {
    pub fn new(name: &str) -> Self {
        Scratch(
            tempfile::Builder::new()
                .prefix(&format!("counterclaim-{name}-"))
                .tempdir()
                .expect("a temporary folder"),
        )
    }
}

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        self.0.path()
    }
}

impl AsRef<std::path::Path> for Scratch {
    fn as_ref(&self) -> &std::path::Path {
        self.0.path()
    }
}

impl AsRef<std::ffi::OsStr> for Scratch {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.path().as_os_str()
    }
}
