//! Analysts' flags on figures: a reason and a note, kept in memory.
//!
//! Everything the TUI does with flags goes through [`Flags`], so that
//! persisting them later changes this file only. A flag is keyed by the
//! figure's article id and byte offset, the same pair [`Figure::key`]
//! writes, so it survives re-extraction while the article text does.

use std::collections::{BTreeMap, HashMap};

use crate::model::Figure;

/// Why an analyst thinks a figure is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// Every reason, in the order the flag dialog lists them.
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

    /// What the dialog shows.
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

    /// A stable machine name, for files and exports.
    pub fn name(self) -> &'static str {
        match self {
            Reason::WrongValue => "wrong_value",
            Reason::WrongItem => "wrong_item",
            Reason::WrongEvent => "wrong_event",
            Reason::WrongSide => "wrong_side",
            Reason::NotAFigure => "not_a_figure",
            Reason::Duplicate => "duplicate",
            Reason::NeedsSource => "needs_source",
            Reason::Other => "other",
        }
    }

    /// The reason with this machine name.
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// One analyst's flag on one figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub reason: Reason,
    /// Free text; may be empty.
    pub note: String,
}

/// Every flag, by article id and figure offset.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    by_article: HashMap<String, BTreeMap<usize, Flag>>,
    len: usize,
}

impl Flags {
    pub fn new() -> Flags {
        Flags::default()
    }

    /// The flag on the figure at byte `start` of article `article`.
    pub fn get(&self, article: &str, start: usize) -> Option<&Flag> {
        self.by_article.get(article)?.get(&start)
    }

    /// The flag on `figure`, if any.
    pub fn of(&self, figure: &Figure) -> Option<&Flag> {
        self.get(&figure.article, figure.start)
    }

    pub fn is_flagged(&self, figure: &Figure) -> bool {
        self.of(figure).is_some()
    }

    /// Flag `figure`, replacing any earlier flag, which is returned.
    pub fn set(&mut self, figure: &Figure, flag: Flag) -> Option<Flag> {
        let old = self
            .by_article
            .entry(figure.article.clone())
            .or_default()
            .insert(figure.start, flag);
        if old.is_none() {
            self.len += 1;
        }
        old
    }

    /// Remove the flag on `figure`, returning it.
    pub fn remove(&mut self, figure: &Figure) -> Option<Flag> {
        let flags = self.by_article.get_mut(&figure.article)?;
        let old = flags.remove(&figure.start);
        if flags.is_empty() {
            self.by_article.remove(&figure.article);
        }
        if old.is_some() {
            self.len -= 1;
        }
        old
    }

    /// How many figures of article `article` are flagged.
    pub fn count_in(&self, article: &str) -> usize {
        self.by_article.get(article).map_or(0, BTreeMap::len)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every flag with its figure key (`article@start`, as [`Figure::key`]),
    /// sorted by key.
    pub fn iter(&self) -> impl Iterator<Item = (String, &Flag)> {
        let mut articles: Vec<&String> = self.by_article.keys().collect();
        articles.sort();
        articles.into_iter().flat_map(move |a| {
            self.by_article[a]
                .iter()
                .map(move |(start, flag)| (format!("{a}@{start}"), flag))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn figure(article: &str, start: usize) -> Figure {
        let a = Article::from_text(
            article,
            "Russia launched 100 drones, Ukraine's air force said.",
        );
        let mut f = crate::extract::extract(&a).remove(0);
        f.start = start;
        f
    }

    #[test]
    fn set_replace_and_remove() {
        let mut flags = Flags::new();
        let f = figure("a", 16);
        assert!(
            flags
                .set(
                    &f,
                    Flag {
                        reason: Reason::WrongValue,
                        note: String::new()
                    }
                )
                .is_none()
        );
        let old = flags.set(
            &f,
            Flag {
                reason: Reason::Duplicate,
                note: "seen in b".into(),
            },
        );
        assert_eq!(old.unwrap().reason, Reason::WrongValue);
        assert_eq!(flags.len(), 1);
        assert_eq!(flags.count_in("a"), 1);
        assert_eq!(flags.of(&f).unwrap().note, "seen in b");
        let keys: Vec<String> = flags.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, [f.key()]);
        assert!(flags.remove(&f).is_some());
        assert!(flags.is_empty());
        assert_eq!(flags.count_in("a"), 0);
    }

    #[test]
    fn reason_names_round_trip() {
        for r in Reason::ALL {
            assert_eq!(Reason::from_name(r.name()), Some(r));
        }
    }
}
