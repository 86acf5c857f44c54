//! Articles and figures, and the vocabulary of `SPEC.md` as serde-ready enums.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod excerpt;
mod language;
pub use excerpt::{Excerpt, WINDOW};
pub use language::{Language, cyrillic_lowered, has_cyrillic};

/// One article as loaded from disk or standard input.
///
/// Offsets of figures refer to `text`: for a text file that is the file's
/// whole contents (header block included), for JSON input the `text` field.
/// Only the byte ranges in `zones` are read for figures, so header lines such
/// as `URL:` never yield one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: the file stem, or the `Id:` header / `id` field.
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub date: Option<NaiveDate>,
    /// Given by a `Language:` header or `language` field, else read from
    /// the text when loaded.
    #[serde(default)]
    pub language: Language,
    /// The text that offsets point into, shared with the figures that
    /// quote it.
    pub text: Arc<String>,
    /// Byte ranges of `text` that are article prose: the title (when it is
    /// part of `text`) and the body.
    pub zones: Vec<Range<usize>>,
    /// Where the article came from: a path, with `:LINE` for JSONL.
    pub origin: String,
    /// The kind of input it was read from.
    #[serde(default)]
    pub kind: SourceKind,
    /// Other metadata as `(key, value)` pairs, in the order given: a text
    /// header's other keys (`Author`, `Tags`), a post's time, edit and
    /// forward, a feed item's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meta: Vec<(String, String)>,
}

/// The `meta` key of a forwarded post: the channel it was first posted in.
pub const FORWARDED_FROM: &str = "Forwarded from";

impl Article {
    /// The channel a forwarded post first appeared in.
    pub fn forwarded_from(&self) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == FORWARDED_FROM)
            .map(|(_, v)| v.as_str())
    }
}

/// The kind of input an article was read from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A text, JSON or JSONL file, or standard input.
    #[default]
    File,
    /// A message of a Telegram Desktop export.
    Telegram,
    /// An item of an RSS or Atom feed.
    Feed,
    /// A saved web page.
    Page,
}

impl SourceKind {
    /// The name shown to the analyst, and matched by the article filter.
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::File => "file",
            SourceKind::Telegram => "Telegram",
            SourceKind::Feed => "feed",
            SourceKind::Page => "page",
        }
    }
}

impl Article {
    /// The article without its text: what comparisons and checks read of
    /// it (id, source, date), so copies of it cost little.
    pub fn without_text(&self) -> Article {
        Article {
            id: self.id.clone(),
            title: None,
            source: self.source.clone(),
            url: None,
            date: self.date,
            language: self.language,
            text: Arc::default(),
            zones: Vec::new(),
            origin: String::new(),
            kind: self.kind,
            meta: Vec::new(),
        }
    }

    /// An article whose whole `text` is prose, with no metadata.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = Arc::new(text.into());
        #[allow(clippy::single_range_in_vec_init)]
        let zones = vec![0..text.len()];
        let id = id.into();
        Article {
            origin: id.clone(),
            id,
            title: None,
            source: None,
            url: None,
            date: None,
            language: Language::En,
            text,
            zones,
            kind: SourceKind::File,
            meta: Vec::new(),
        }
    }

    /// Where it came from, for counting outlets: the channel a forwarded
    /// post was first posted in, else its `Source:`, or its id when it
    /// names none; so a post forwarded into several channels is one
    /// outlet's word.
    pub fn outlet(&self) -> &str {
        self.forwarded_from()
            .or(self.source.as_deref())
            .unwrap_or(&self.id)
    }

    /// The title if there is one, else the id: what a list shows.
    pub fn label(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.id)
    }
}

/// How a figure is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    Approx,
}

impl Qualifier {
    /// The sign a value is written with: `≥17`, `≤5`, `~30`, `17`.
    pub fn sign(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::AtLeast => "≥",
            Qualifier::AtMost => "≤",
            Qualifier::Approx => "~",
        }
    }
}

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Drone,
    Missile,
    DroneOrMissile,
    Person,
    Child,
    Building,
    Home,
    Facility,
    Village,
    Soldier,
    Prisoner,
    Firefighter,
    Country,
    Other,
}

/// What happened to what a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    Launched,
    Intercepted,
    NotReached,
    Hit,
    Killed,
    Injured,
    Damaged,
    Affected,
    Captured,
    Exchanged,
    Other,
}

/// A side of the war: whose attack a figure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Ru,
    Ua,
}

/// Who the article says gives a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Claimant {
    Ru,
    Ua,
    Other,
    Unknown,
}

/// The broad class of an item, which decides how a verb reads: "destroyed"
/// drones were intercepted, "destroyed" homes were damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemClass {
    Weapon,
    Person,
    Thing,
}

impl Item {
    /// Core items are the ones the scorer compares (SPEC.md).
    pub fn is_core(self) -> bool {
        matches!(
            self,
            Item::Drone | Item::Missile | Item::DroneOrMissile | Item::Person | Item::Child
        )
    }

    /// Whether what this counts, having undergone `event`, is one of the
    /// war's figures: a core figure, or damage and victims (buildings,
    /// homes, facilities and villages hit, soldiers killed, prisoners
    /// exchanged, people left without power). Other counts are not kept.
    pub fn counts_harm(self, event: Event) -> bool {
        !matches!(self, Item::Country | Item::Other) && event != Event::Other
    }

    pub fn class(self) -> ItemClass {
        match self {
            Item::Drone | Item::Missile | Item::DroneOrMissile => ItemClass::Weapon,
            Item::Person | Item::Child | Item::Soldier | Item::Prisoner | Item::Firefighter => {
                ItemClass::Person
            }
            _ => ItemClass::Thing,
        }
    }
}

impl Event {
    /// Core events are the ones the scorer compares (SPEC.md).
    pub fn is_core(self) -> bool {
        matches!(
            self,
            Event::Launched
                | Event::Intercepted
                | Event::NotReached
                | Event::Hit
                | Event::Killed
                | Event::Injured
        )
    }

    /// Whether the defender did this to weapons: shot them down or turned
    /// them away.
    pub fn defended(self) -> bool {
        matches!(self, Event::Intercepted | Event::NotReached)
    }
}

/// The range of values a hedged figure allows.
pub fn bounds(v: u64, q: Qualifier) -> (f64, f64) {
    let v = v as f64;
    match q {
        Qualifier::Exact => (v, v),
        Qualifier::AtLeast => (v, f64::INFINITY),
        Qualifier::AtMost => (0.0, v),
        Qualifier::Approx => (v * 0.8, v * 1.2),
    }
}

/// Whether two hedged values can both be true: `at least 6` and `8` can,
/// `at least 40` and `35` cannot. `about` allows a fifth either way.
pub fn compatible(a: u64, qa: Qualifier, b: u64, qb: Qualifier) -> bool {
    let (a0, a1) = bounds(a, qa);
    let (b0, b1) = bounds(b, qb);
    a0 <= b1 && b0 <= a1
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Ru => Side::Ua,
            Side::Ua => Side::Ru,
        }
    }
}

impl From<Side> for Claimant {
    fn from(side: Side) -> Claimant {
        match side {
            Side::Ru => Claimant::Ru,
            Side::Ua => Claimant::Ua,
        }
    }
}

/// One figure: a number in an article that counts something the war did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    // Text fields are shared, not copied: `text` and `sentence` are cut
    // from the article's own text; the article id, source and rule names
    // are shared by the figures that have them.
    pub article: Arc<str>,
    pub value: u64,
    pub qualifier: Qualifier,
    pub item: Item,
    pub event: Event,
    pub attacker: Option<Side>,
    pub claimant: Claimant,
    pub source: Option<Arc<str>>,
    pub text: Excerpt,
    pub start: usize,
    pub end: usize,
    pub sentence: Excerpt,
    /// Byte range of `sentence` in the article text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    #[serde(default)]
    pub weapon: Option<Arc<str>>,
    #[serde(default)]
    pub subset_of: Option<usize>,
    #[serde(default)]
    pub cumulative: bool,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The article's language.
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub location: Option<Arc<str>>,
    /// How sure the engine is, 0 to 1.
    #[serde(default)]
    pub confidence: f32,
    /// Which rules produced the item, event, attacker and claimant.
    #[serde(default)]
    pub rule: Arc<str>,
}

impl Figure {
    /// A figure the scorer compares: core item and core event.
    pub fn is_core(&self) -> bool {
        self.item.is_core() && self.event.is_core()
    }

    /// A key that stays the same across runs while the article text does.
    pub fn key(&self) -> String {
        format!("{}@{}", self.article, self.start)
    }
}

macro_rules! display_as_serde {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let v = serde_json::to_value(self).map_err(|_| fmt::Error)?;
                f.write_str(v.as_str().unwrap_or_default())
            }
        }
    )*};
}
display_as_serde!(Qualifier, Item, Event, Side, Claimant);
