//! The analyst's review: flags, acceptances, corrections and added figures,
//! kept as an append-only log from which the current state is rebuilt.
//!
//! Every action is on disk (one whole line, flushed and synced) before it
//! counts; undo and redo are actions too, naming the entry they take back,
//! so they survive a restart and several windows can share one log. Entries
//! are keyed by article id, a hash of the article text, and the figure's
//! span and value, so they outlive re-extraction; if an article's text
//! changes, its entries are reported as orphaned, never dropped.

mod apply;
mod corpus;
pub(crate) mod file;
mod history;
mod log;

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{Article, Claimant, Event, Figure, Item, Qualifier, Side};

pub use apply::{Applied, ExportRow, apply, corrected, dated, export_rows, gold_records};
pub use corpus::{Corpus, recall_corpus, remember_corpus};
use history::{History, Step};

/// Why a figure is flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    WrongValue,
    WrongItem,
    WrongEvent,
    WrongSide,
    NotAFigure,
    Duplicate,
    NeedsSource,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 8] = [
        Reason::WrongValue,
        Reason::WrongItem,
        Reason::WrongEvent,
        Reason::WrongSide,
        Reason::NotAFigure,
        Reason::Duplicate,
        Reason::NeedsSource,
        Reason::Other,
    ];

    /// The reason in words, for menus and exports.
    pub fn label(self) -> &'static str {
        match self {
            Reason::WrongValue => "wrong value",
            Reason::WrongItem => "wrong item",
            Reason::WrongEvent => "wrong event",
            Reason::WrongSide => "wrong side",
            Reason::NotAFigure => "not a figure",
            Reason::Duplicate => "duplicate",
            Reason::NeedsSource => "needs a source",
            Reason::Other => "other",
        }
    }
}

/// What identifies a figure across runs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Key {
    pub article: String,
    /// Hash of the article text the figure was read from.
    pub text_hash: String,
    pub start: usize,
    pub end: usize,
    pub value: u64,
}

impl Key {
    pub fn of(article: &Article, f: &Figure) -> Key {
        Key {
            article: article.id.clone(),
            text_hash: text_hash(article),
            start: f.start,
            end: f.end,
            value: f.value,
        }
    }
}

/// The hash that ties review entries to an article's exact text.
pub fn text_hash(article: &Article) -> String {
    blake3::hash(article.text.as_bytes()).to_hex()[..16].to_string()
}

/// New values for a figure's fields; those left out keep the engine's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Item>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Event>,
    /// `Some(None)` sets the attacker to null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub attacker: Option<Option<Side>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant: Option<Claimant>,
    /// Who is quoted, as written; `Some(None)` takes the source away.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub source: Option<Option<String>>,
    /// The night or day it is about; `Some(None)` says none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub date: Option<Option<NaiveDate>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cumulative: Option<bool>,
}

/// A field that is there, even as `null`: `Some(None)`, where serde's
/// default would read a null as a field left out.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

impl Correction {
    pub fn is_empty(&self) -> bool {
        *self == Correction::default()
    }
}

/// One thing the analyst did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// The figure was checked and is right.
    Accept { key: Key },
    /// Something is wrong with it.
    Flag {
        key: Key,
        reason: Reason,
        #[serde(default)]
        note: String,
    },
    /// Its fields, corrected.
    Correct {
        key: Key,
        correction: Correction,
        #[serde(default)]
        note: String,
    },
    /// A figure the engine missed.
    Add {
        key: Key,
        figure: Box<Figure>,
        #[serde(default)]
        note: String,
    },
    /// Take back the decision on a figure.
    Clear { key: Key },
    /// The night or day an article is about, given where the engine found
    /// none: its figures with no night take it (`None` takes it back).
    DateArticle {
        article: String,
        text_hash: String,
        date: Option<NaiveDate>,
    },
    /// Take back the action whose entry has this id (none, in logs written
    /// before undo named its entry: the latest action not yet undone).
    Undo {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        of: Option<String>,
    },
    /// Give back the undone action whose entry has this id (none: the
    /// latest undone).
    Redo {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        of: Option<String>,
    },
}

impl Action {
    pub fn key(&self) -> Option<&Key> {
        match self {
            Action::Accept { key }
            | Action::Flag { key, .. }
            | Action::Correct { key, .. }
            | Action::Add { key, .. }
            | Action::Clear { key } => Some(key),
            Action::DateArticle { .. } | Action::Undo { .. } | Action::Redo { .. } => None,
        }
    }
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Unique across processes: time, process and a counter.
    pub id: String,
    pub time: DateTime<Utc>,
    /// Entries written as one step (accepting every figure left in an
    /// article) share a batch, and undo and redo take them all at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<String>,
    #[serde(flatten)]
    pub action: Action,
}

/// Where the analyst stands on one figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    pub accepted: bool,
    pub flag: Option<(Reason, String)>,
    pub correction: Option<Correction>,
    /// The figure was added by hand.
    pub added: Option<Figure>,
    pub note: String,
    pub time: DateTime<Utc>,
}

impl Decision {
    /// Marked as not a figure, by flag.
    pub fn not_a_figure(&self) -> bool {
        matches!(self.flag, Some((Reason::NotAFigure, _)))
    }
}

/// How saving goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saving {
    /// Every action is on disk.
    Saved,
    /// Kept in memory only: no place to save was given.
    MemoryOnly,
    /// The last write failed; actions are kept in memory and retried.
    Failing(String),
}

/// The review: its log and the state rebuilt from it.
#[derive(Debug)]
pub struct Review {
    path: Option<PathBuf>,
    /// In the log's order: those on disk, then the `unsaved` last ones.
    entries: Vec<Entry>,
    /// How many of the last entries are not on disk because writing failed.
    unsaved: usize,
    /// How much of the log has been read or written: what other windows
    /// append comes after.
    seen: u64,
    /// Entries other windows wrote, taken in since [`Review::take_news`].
    news: usize,
    saving: Saving,
    state: HashMap<Key, Decision>,
    /// The nights given to articles, by article id, with the text hash
    /// they were given for.
    dates: HashMap<String, (String, NaiveDate)>,
    history: History,
    /// Problems met while opening, for the screen and stderr.
    pub warnings: Vec<String>,
    counter: u64,
}

impl Review {
    /// A review that is never saved.
    pub fn in_memory() -> Review {
        Review {
            path: None,
            entries: Vec::new(),
            unsaved: 0,
            seen: 0,
            news: 0,
            saving: Saving::MemoryOnly,
            state: HashMap::new(),
            dates: HashMap::new(),
            history: History::default(),
            warnings: Vec::new(),
            counter: 0,
        }
    }

    /// Open (or start) the review kept in `dir`. Never fails: a torn last
    /// line is skipped, a corrupt file is moved aside (its readable entries
    /// kept), an unreadable one leaves the review in memory; each says so in
    /// `warnings`.
    pub fn open(dir: &Path) -> Review {
        let path = dir.join("review.jsonl");
        let loaded = log::load(&path);
        let mut review = Review::of(loaded.entries);
        review.warnings = loaded.warnings;
        review.path = Some(path);
        review.seen = loaded.seen;
        review.saving = match loaded.writable {
            Ok(()) => Saving::Saved,
            Err(e) => Saving::Failing(e),
        };
        review
    }

    /// The review these entries make, in memory: one pass to find what is
    /// in force, one to fold it.
    fn of(entries: Vec<Entry>) -> Review {
        let mut review = Review::in_memory();
        review.history = History::of(&entries);
        review.entries = entries;
        review.fold_all();
        review
    }

    /// The review kept in `dir`, read without writing anything there: for
    /// commands that only read it. A folder that is not there is an error,
    /// so that a mistyped one is not taken for an empty review.
    pub fn read(dir: &Path) -> io::Result<Review> {
        if !dir.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!(
                    "no review folder at {}: give the folder the review is kept in with --data-dir DIR",
                    dir.display()
                ),
            ));
        }
        let path = dir.join("review.jsonl");
        let (entries, warnings) = log::read(&path).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("{}: cannot read the review ({e})", path.display()),
            )
        })?;
        let mut review = Review::of(entries);
        review.warnings = warnings;
        Ok(review)
    }

    /// The directory the review lives in: `--data-dir`, else
    /// `COUNTERCLAIM_DATA_DIR`, else the platform's data directory.
    pub fn default_dir(explicit: Option<&Path>) -> Option<PathBuf> {
        if let Some(d) = explicit {
            return Some(d.to_path_buf());
        }
        if let Some(d) = std::env::var_os("COUNTERCLAIM_DATA_DIR").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(d));
        }
        directories::ProjectDirs::from("", "", "counterclaim").map(|p| p.data_dir().to_path_buf())
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn saving(&self) -> &Saving {
        &self.saving
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The analyst's decision on a figure, if any.
    pub fn decision(&self, key: &Key) -> Option<&Decision> {
        self.state.get(key)
    }

    /// Every decision in force.
    pub fn decisions(&self) -> impl Iterator<Item = (&Key, &Decision)> {
        self.state.iter()
    }

    /// Record an action: on disk first, then in the state. When the disk
    /// refuses, the action still counts, is kept in memory, and the write is
    /// retried with the next action (or [`Review::retry`]).
    pub fn record(&mut self, action: Action) -> &Saving {
        self.record_all(vec![action], false)
    }

    /// Record actions in one write; `together`, as one step that undo and
    /// redo take whole.
    fn record_all(&mut self, actions: Vec<Action>, together: bool) -> &Saving {
        let mut entries: Vec<Entry> = actions
            .into_iter()
            .map(|action| {
                self.counter += 1;
                Entry {
                    id: format!(
                        "{}-{}-{}",
                        Utc::now().timestamp_nanos_opt().unwrap_or_default(),
                        std::process::id(),
                        self.counter
                    ),
                    time: Utc::now(),
                    batch: None,
                    action,
                }
            })
            .collect();
        if together && entries.len() > 1 {
            let batch = entries[0].id.clone();
            for e in &mut entries {
                e.batch = Some(batch.clone());
            }
        }
        self.write(entries);
        &self.saving
    }

    /// Try again to write what is only in memory.
    pub fn retry(&mut self) -> &Saving {
        if self.path.is_some() && matches!(self.saving, Saving::Failing(_)) {
            self.write(Vec::new());
        }
        &self.saving
    }

    /// Write the unsaved entries and `new` after what other windows wrote
    /// meanwhile, which is taken in first: the order in memory is the
    /// file's, so a restart shows what the screen did.
    fn write(&mut self, new: Vec<Entry>) {
        let Some(path) = &self.path else {
            for e in new {
                self.replay(e, true);
            }
            return;
        };
        let start = self.entries.len() - self.unsaved;
        let pending: Vec<&Entry> = self.entries[start..].iter().chain(&new).collect();
        let written = log::append(path, &mut self.seen, &pending);
        self.saving = match written.result {
            Ok(()) => Saving::Saved,
            Err(e) => Saving::Failing(format!("{}: {e}", path.display())),
        };
        self.unsaved -= written.found;
        self.take_in(written.tail);
        let count = new.len();
        for e in new {
            self.replay(e, true);
        }
        self.unsaved += count;
        if self.saving == Saving::Saved {
            self.unsaved = 0;
        }
    }

    /// Take in what other windows appended to the log since it was last
    /// read or written, if it grew; how many entries that was.
    pub fn refresh(&mut self) -> usize {
        let Some(path) = &self.path else { return 0 };
        match log::tail(path, &mut self.seen) {
            Ok(tail) => {
                let n = tail.entries.len();
                self.take_in(tail);
                n
            }
            // Read again at the next write, which says what is wrong.
            Err(_) => 0,
        }
    }

    /// How many entries from other windows were taken in since last asked.
    pub fn news(&self) -> usize {
        self.news
    }

    /// [`Review::news`], forgotten once told.
    pub fn take_news(&mut self) -> usize {
        std::mem::take(&mut self.news)
    }

    /// Fold in entries others wrote after those on disk: before this
    /// window's unsaved ones, which will be written after them.
    fn take_in(&mut self, tail: log::Tail) {
        if tail.unreadable > 0 {
            self.warnings.push(format!(
                "{} unreadable lines from another window skipped",
                tail.unreadable
            ));
        }
        let count = tail.entries.len();
        if count == 0 {
            return;
        }
        self.news += count;
        if self.unsaved == 0 {
            for e in tail.entries {
                self.replay(e, false);
            }
            return;
        }
        let at = self.entries.len() - self.unsaved;
        self.entries.splice(at..at, tail.entries);
        self.history.insert(at, count, History::of(&self.entries));
        self.state.clear();
        self.dates.clear();
        self.fold_all();
    }

    /// How many actions are not on disk.
    pub fn unsaved(&self) -> usize {
        self.unsaved
    }

    /// The actions not on disk, as lines of the log, for the analyst to
    /// append by hand.
    pub fn unsaved_lines(&self) -> impl Iterator<Item = String> {
        let entries = &self.entries[self.entries.len() - self.unsaved..];
        entries
            .iter()
            .map(|e| serde_json::to_string(e).expect("entries serialise"))
    }

    pub fn accept(&mut self, key: Key) -> &Saving {
        self.record(Action::Accept { key })
    }

    pub fn flag(&mut self, key: Key, reason: Reason, note: String) -> &Saving {
        self.record(Action::Flag { key, reason, note })
    }

    pub fn correct(&mut self, key: Key, correction: Correction, note: String) -> &Saving {
        self.record(Action::Correct {
            key,
            correction,
            note,
        })
    }

    pub fn add(&mut self, article: &Article, figure: Figure, note: String) -> &Saving {
        let key = Key::of(article, &figure);
        self.record(Action::Add {
            key,
            figure: Box::new(figure),
            note,
        })
    }

    /// Give `article` a night (or take it back): its figures with none
    /// take it.
    pub fn date_article(&mut self, article: &Article, date: Option<NaiveDate>) -> &Saving {
        self.record(Action::DateArticle {
            article: article.id.clone(),
            text_hash: text_hash(article),
            date,
        })
    }

    /// The night the analyst gave the article `id` whose text hashes to
    /// `hash`; none for another text of it.
    pub fn article_date(&self, id: &str, hash: &str) -> Option<NaiveDate> {
        self.dates
            .get(id)
            .filter(|(h, _)| h == hash)
            .map(|&(_, d)| d)
    }

    /// Every article given a night: id, text hash, night.
    pub fn article_dates(&self) -> impl Iterator<Item = (&str, &str, NaiveDate)> {
        self.dates
            .iter()
            .map(|(id, (hash, d))| (id.as_str(), hash.as_str(), *d))
    }

    /// Accept every figure of `keys` as one step: one write, and one undo
    /// takes them all back.
    pub fn accept_all(&mut self, keys: Vec<Key>) -> &Saving {
        let actions = keys.into_iter().map(|key| Action::Accept { key }).collect();
        self.record_all(actions, true)
    }

    /// Take the decision on one figure back, leaving every later one.
    pub fn clear(&mut self, key: Key) -> &Saving {
        self.record(Action::Clear { key })
    }

    /// Take back this window's latest action still in force (the whole
    /// step, when it was one of several actions taken together).
    pub fn undo(&mut self) -> &Saving {
        let targets = self.history.undo_run(|a, b| self.together(a, b));
        self.turn(targets, |of| Action::Undo { of })
    }

    /// Give back the action (or the step of several) this window undid last.
    pub fn redo(&mut self) -> &Saving {
        let targets = self.history.redo_run(|a, b| self.together(a, b));
        self.turn(targets, |of| Action::Redo { of })
    }

    /// Undo or redo the entries at `targets`, in one write.
    fn turn(&mut self, targets: Vec<usize>, make: fn(Option<String>) -> Action) -> &Saving {
        if targets.is_empty() {
            return &self.saving;
        }
        let actions = targets
            .iter()
            .map(|&i| make(Some(self.entries[i].id.clone())))
            .collect();
        self.record_all(actions, true)
    }

    /// Whether the entries at `a` and `b` were written as one step.
    fn together(&self, a: usize, b: usize) -> bool {
        let batch = |i: usize| self.entries[i].batch.as_deref();
        batch(a).is_some() && batch(a) == batch(b)
    }

    /// How many actions the next undo takes back: more than one for a
    /// step of several.
    pub fn undo_count(&self) -> usize {
        self.history.undo_run(|a, b| self.together(a, b)).len()
    }

    /// How many actions the next redo gives back.
    pub fn redo_count(&self) -> usize {
        self.history.redo_run(|a, b| self.together(a, b)).len()
    }

    /// The figure the next undo changes the decision on.
    pub fn undo_key(&self) -> Option<&Key> {
        let i = self.history.undo_target()?;
        self.entries[i].action.key()
    }

    /// The figure the next redo changes the decision on.
    pub fn redo_key(&self) -> Option<&Key> {
        let i = self.history.redo_target()?;
        self.entries[i].action.key()
    }

    pub fn can_undo(&self) -> bool {
        self.history.undo_target().is_some()
    }

    pub fn can_redo(&self) -> bool {
        self.history.redo_target().is_some()
    }

    /// Fold every action in force into the state, in the log's order.
    fn fold_all(&mut self) {
        for i in 0..self.entries.len() {
            if self.history.live(i) {
                self.fold(i);
            }
        }
    }

    /// Add one entry: to the undo stacks when `mine`, and to the state.
    fn replay(&mut self, entry: Entry, mine: bool) {
        let index = self.entries.len();
        self.entries.push(entry);
        let entries = &self.entries;
        let find = |id: &str| entries.iter().rposition(|e| e.id == id);
        match self.history.step(&entries[index].action, find, mine) {
            Step::New => self.fold(index),
            Step::Turned(i) => self.refold(i),
            Step::Nothing => {}
        }
    }

    /// Work out again the decision on the key of entry `i`, which was just
    /// undone or redone, from the actions in force: no other key's changes,
    /// so the cost is one pass over them without folding the rest.
    fn refold(&mut self, i: usize) {
        if let Action::DateArticle { article, .. } = &self.entries[i].action {
            let article = article.clone();
            self.dates.remove(&article);
            for j in 0..self.entries.len() {
                if self.history.live(j)
                    && matches!(&self.entries[j].action, Action::DateArticle { article: a, .. } if *a == article)
                {
                    self.fold(j);
                }
            }
            return;
        }
        let Some(key) = self.entries[i].action.key().cloned() else {
            return;
        };
        self.state.remove(&key);
        for j in 0..self.entries.len() {
            if self.history.live(j) && self.entries[j].action.key() == Some(&key) {
                self.fold(j);
            }
        }
    }

    /// Fold one action into the state.
    fn fold(&mut self, i: usize) {
        let Entry { time, action, .. } = &self.entries[i];
        let time = *time;
        if let Action::DateArticle {
            article,
            text_hash,
            date,
        } = action
        {
            match date {
                Some(d) => self.dates.insert(article.clone(), (text_hash.clone(), *d)),
                None => self.dates.remove(article),
            };
            return;
        }
        let Some(key) = action.key().cloned() else {
            return;
        };
        if let Action::Clear { .. } = action {
            self.state.remove(&key);
            return;
        }
        let d = self.state.entry(key).or_insert_with(|| Decision {
            accepted: false,
            flag: None,
            correction: None,
            added: None,
            note: String::new(),
            time,
        });
        d.time = time;
        match action {
            Action::Accept { .. } => {
                d.accepted = true;
                d.flag = None;
            }
            Action::Flag { reason, note, .. } => {
                d.accepted = false;
                d.flag = Some((*reason, note.clone()));
                if !note.is_empty() {
                    d.note = note.clone();
                }
            }
            Action::Correct {
                correction, note, ..
            } => {
                let merged = d.correction.take().map_or(correction.clone(), |mut c| {
                    merge(&mut c, correction);
                    c
                });
                d.correction = Some(merged);
                if !note.is_empty() {
                    d.note = note.clone();
                }
            }
            Action::Add { figure, note, .. } => {
                d.added = Some((**figure).clone());
                d.accepted = true;
                d.note = note.clone();
            }
            Action::Clear { .. }
            | Action::DateArticle { .. }
            | Action::Undo { .. }
            | Action::Redo { .. } => {}
        }
    }
}

fn merge(into: &mut Correction, c: &Correction) {
    if c.value.is_some() {
        into.value = c.value;
    }
    if c.qualifier.is_some() {
        into.qualifier = c.qualifier;
    }
    if c.item.is_some() {
        into.item = c.item;
    }
    if c.event.is_some() {
        into.event = c.event;
    }
    if c.attacker.is_some() {
        into.attacker = c.attacker;
    }
    if c.claimant.is_some() {
        into.claimant = c.claimant;
    }
    if c.source.is_some() {
        into.source.clone_from(&c.source);
    }
    if c.date.is_some() {
        into.date = c.date;
    }
    if c.cumulative.is_some() {
        into.cumulative = c.cumulative;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// A correction that sets a field to none keeps saying so when read
    /// back: a `null` is not a field left out.
    #[test]
    fn a_correction_to_none_survives_the_log() {
        let c = Correction {
            attacker: Some(None),
            source: Some(None),
            date: Some(None),
            cumulative: Some(false),
            ..Correction::default()
        };
        let line = serde_json::to_string(&c).unwrap();
        assert_eq!(
            line,
            r#"{"attacker":null,"source":null,"date":null,"cumulative":false}"#
        );
        assert_eq!(serde_json::from_str::<Correction>(&line).unwrap(), c);
        assert_eq!(
            serde_json::from_str::<Correction>("{}").unwrap(),
            Correction::default()
        );
    }

    /// A folder removed when the test ends, so runs leave nothing behind.
    fn temp(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix(&format!("counterclaim-review-{name}-"))
            .tempdir()
            .unwrap()
    }

    fn sample() -> (Article, Vec<Figure>) {
        let a = Article::from_text(
            "a",
            "Russia launched 100 drones overnight, and 90 were shot down, Ukraine's air force said.",
        );
        let f = extract(&a);
        (a, f)
    }

    #[test]
    fn a_flag_survives_a_restart() {
        let temp = temp("restart");
        let dir = temp.path();
        let (a, f) = sample();
        let key = Key::of(&a, &f[0]);
        let mut r = Review::open(dir);
        assert_eq!(
            r.flag(key.clone(), Reason::WrongValue, "looks high".into()),
            &Saving::Saved
        );
        drop(r);
        let r = Review::open(dir);
        let d = r.decision(&key).expect("flag kept");
        assert_eq!(d.flag, Some((Reason::WrongValue, "looks high".into())));
        assert!(r.warnings.is_empty());
    }

    #[test]
    fn undo_and_redo_survive_a_restart() {
        let temp = temp("undo");
        let dir = temp.path();
        let (a, f) = sample();
        let (k0, k1) = (Key::of(&a, &f[0]), Key::of(&a, &f[1]));
        let mut r = Review::open(dir);
        r.accept(k0.clone());
        r.flag(k1.clone(), Reason::Duplicate, String::new());
        r.undo();
        assert!(r.decision(&k1).is_none());
        let mut r = Review::open(dir);
        assert!(r.decision(&k0).is_some() && r.decision(&k1).is_none());
        r.redo();
        let r = Review::open(dir);
        assert!(r.decision(&k1).is_some());
    }

    /// The state folded afresh from every action in force.
    fn folded(r: &Review) -> HashMap<Key, Decision> {
        Review::of(r.entries.clone()).state
    }

    proptest::proptest! {
        /// Undo and redo work out one key again rather than the whole
        /// review: whatever the actions, the state is the one folded afresh,
        /// and the key they name is the only one whose decision changes.
        #[test]
        fn undo_and_redo_change_only_their_key(ops in proptest::collection::vec((0u8..6, 0usize..3, 0u64..3), 1..40)) {
            let (a, f) = sample();
            let keys: Vec<Key> = (0..3).map(|i| Key { value: i as u64, ..Key::of(&a, &f[0]) }).collect();
            let mut r = Review::in_memory();
            for (op, k, x) in ops {
                let key = keys[k].clone();
                let before = r.state.clone();
                let named = match op {
                    0 => { r.accept(key.clone()); Some(key) }
                    1 => { r.flag(key.clone(), Reason::ALL[x as usize], format!("n{x}")); Some(key) }
                    2 => {
                        r.correct(key.clone(), Correction { value: Some(x), ..Default::default() }, String::new());
                        Some(key)
                    }
                    3 => { r.record(Action::Clear { key: key.clone() }); Some(key) }
                    4 => { let named = r.undo_key().cloned(); r.undo(); named }
                    _ => { let named = r.redo_key().cloned(); r.redo(); named }
                };
                proptest::prop_assert_eq!(&r.state, &folded(&r));
                for key in &keys {
                    if before.get(key) != r.state.get(key) {
                        proptest::prop_assert_eq!(Some(key), named.as_ref());
                    }
                }
            }
        }
    }

    /// A log of `n` accepts of distinct figures, every hundredth entry an
    /// undo of the one before when `undos`.
    fn long_log(n: usize, undos: bool) -> Vec<Entry> {
        let (a, f) = sample();
        let time = Utc::now();
        (0..n)
            .map(|i| Entry {
                id: format!("e{i}"),
                time,
                batch: None,
                action: if undos && i % 100 == 99 {
                    Action::Undo {
                        of: Some(format!("e{}", i - 1)),
                    }
                } else {
                    Action::Accept {
                        key: Key {
                            value: i as u64,
                            ..Key::of(&a, &f[0])
                        },
                    }
                },
            })
            .collect()
    }

    /// The fastest of three loads of `entries`.
    fn load_time(entries: &[Entry]) -> std::time::Duration {
        let entries = entries.to_vec();
        let t = std::time::Instant::now();
        Review::of(entries);
        t.elapsed()
    }

    /// The best of five rounds for each log, the logs taken in turn within
    /// a round: other tests running beside this one slow a round, not one
    /// log's every run.
    fn load_times<const N: usize>(logs: [&[Entry]; N]) -> [std::time::Duration; N] {
        let mut best = [std::time::Duration::MAX; N];
        for _ in 0..5 {
            for (b, log) in best.iter_mut().zip(logs) {
                *b = (*b).min(load_time(log));
            }
        }
        best
    }

    /// Undos cost what any other entry costs to load: a log with one in a
    /// hundred loads about as fast as one without, and one twice as long
    /// takes about twice as long.
    #[test]
    fn loading_is_linear_in_undos() {
        let n = 100_000;
        let [with, without, double] = load_times([
            &long_log(n, true),
            &long_log(n, false),
            &long_log(2 * n, true),
        ]);
        println!(
            "{n} entries: {with:?} with undos, {without:?} without; twice as many: {double:?}"
        );
        assert!(
            with < without * 2,
            "undos slow loading: {with:?} against {without:?}"
        );
        assert!(
            double < with * 3,
            "twice the entries take {double:?} against {with:?}"
        );
    }

    #[test]
    fn a_new_action_clears_redo() {
        let (a, f) = sample();
        let mut r = Review::in_memory();
        r.accept(Key::of(&a, &f[0]));
        r.undo();
        r.accept(Key::of(&a, &f[1]));
        assert!(!r.can_redo());
        r.redo();
        assert!(r.decision(&Key::of(&a, &f[0])).is_none());
    }

    #[test]
    fn corrections_merge_field_by_field() {
        let (a, f) = sample();
        let key = Key::of(&a, &f[0]);
        let mut r = Review::in_memory();
        r.correct(
            key.clone(),
            Correction {
                value: Some(120),
                ..Default::default()
            },
            String::new(),
        );
        r.correct(
            key.clone(),
            Correction {
                claimant: Some(Claimant::Other),
                ..Default::default()
            },
            String::new(),
        );
        let c = r.decision(&key).unwrap().correction.clone().unwrap();
        assert_eq!((c.value, c.claimant), (Some(120), Some(Claimant::Other)));
    }

    /// Figures accepted together are one step: one undo takes them all
    /// back, one redo gives them all back, after a restart too, and an
    /// action before them is left alone.
    #[test]
    fn figures_accepted_together_are_undone_together() {
        let temp = temp("batch");
        let dir = temp.path();
        let (a, f) = sample();
        let keys: Vec<Key> = (0..4)
            .map(|i| Key {
                value: i,
                ..Key::of(&a, &f[0])
            })
            .collect();
        let mut r = Review::open(dir);
        r.flag(keys[0].clone(), Reason::Other, String::new());
        r.accept_all(keys[1..].to_vec());
        assert!(
            keys[1..]
                .iter()
                .all(|k| r.decision(k).is_some_and(|d| d.accepted))
        );
        assert_eq!(r.undo_count(), keys.len() - 1);
        r.undo();
        assert!(keys[1..].iter().all(|k| r.decision(k).is_none()));
        assert!(r.decision(&keys[0]).is_some(), "the flag before is kept");
        assert_eq!(r.redo_count(), keys.len() - 1);
        r.redo();
        assert!(keys[1..].iter().all(|k| r.decision(k).is_some()));
        drop(r);
        let mut r = Review::open(dir);
        assert_eq!(r.undo_count(), keys.len() - 1);
        r.undo();
        assert!(keys[1..].iter().all(|k| r.decision(k).is_none()));
        assert_eq!(r.undo_count(), 1, "next, the flag alone");
        r.undo();
        assert!(r.decision(&keys[0]).is_none());
        let r = Review::open(dir);
        assert_eq!(r.decisions().count(), 0);
        assert!(r.warnings.is_empty());
    }
}
