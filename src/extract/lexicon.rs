//! The engine's vocabulary, read from the tables in `tables/`.
//!
//! Every phrase the rules react to (nouns, verbs, hedges, speakers, places,
//! units) is a line in a table, so a new phrasing is a new line, not new code.
//! Tables are `phrase | column | column` lines; `#` starts a comment. Phrases
//! are cut into tokens like article text, and hyphens inside a phrase are
//! optional (`kh-101` matches `Kh-101` and `Kh 101`). Each table has a file
//! per language (`tables/en`, `tables/uk`, `tables/ru`), read as one: the
//! rules are the same whatever the language. A word written `stem~` stands
//! for the stem with any of its language's case endings (`endings.tbl`).

use std::collections::HashMap;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::text::{Keys, Kind, Token, tokenize};
use crate::model::{Event, Item, Qualifier, Side};

/// A table of phrases, found by their first token.
pub struct Table<T> {
    by_first: FxHashMap<String, Vec<(Vec<String>, T)>>,
    /// The same phrases by the vocabulary numbers of their words, indexed
    /// by the number of the first: filled in once the vocabulary is known.
    by_id: Vec<Vec<(Box<[u32]>, T)>>,
    vocab: &'static Vocab,
    /// This table's bit in [`Token::starts`].
    bit: u32,
    /// Whether a word that may stand between a verb and its number, and
    /// is no word of grammar, may stand between a phrase's words too
    /// (`поранення також дістали`, `Ранения в общей сложности получили`).
    gaps: bool,
}

pub use super::vocab::Vocab;

pub use super::vocab::UNKNOWN;

/// Set in [`Token::starts`] once a token is annotated.
const ANNOTATED: u32 = 1 << 31;

static NO_VOCAB: LazyLock<Vocab> = LazyLock::new(Vocab::default);

impl<T> Table<T> {
    /// Parse `src`, turning each line's columns (after the phrase) into a `T`.
    /// A line `parse` rejects is a bug in a shipped table, so it panics with
    /// the table's name and line.
    pub fn parse(
        name: &str,
        sources: &[(&str, &str)],
        parse: impl Fn(&[&str]) -> Option<T>,
    ) -> Self {
        let mut by_first: FxHashMap<String, Vec<(Vec<String>, T)>> = FxHashMap::default();
        let lines = sources
            .iter()
            .flat_map(|(lang, src)| src.lines().enumerate().map(move |(n, l)| (lang, n, l)));
        for (lang, n, line) in lines {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('|').map(str::trim).collect();
            let words = phrase_keys(cols[0]);
            let value = parse(&cols[1..]).unwrap_or_else(|| {
                panic!("table {lang}/{name}, line {}: cannot read {line:?}", n + 1)
            });
            if let Some(first) = words.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, value));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Table {
            by_first,
            by_id: Vec::new(),
            vocab: &NO_VOCAB,
            bit: 0,
            gaps: false,
        }
    }

    /// The table with words that may stand between a verb and its number
    /// allowed between its phrases' words: see [`Table::gaps`].
    fn with_gaps(mut self) -> Self {
        self.gaps = true;
        self
    }

    /// Number every phrase's words by `vocab`, which must hold them all;
    /// from then on phrases are found by number only.
    fn number(&mut self, vocab: &'static Vocab) {
        self.vocab = vocab;
        self.by_id = std::iter::repeat_with(Vec::new).take(vocab.len()).collect();
        // Two first words may share a number (`сили` and `сил~`): their
        // phrases join one list, longest first.
        for (first, list) in std::mem::take(&mut self.by_first) {
            let phrases = &mut self.by_id[vocab.id(&first) as usize];
            phrases.extend(
                list.into_iter()
                    .map(|(words, v)| (words.iter().map(|w| vocab.id(w)).collect(), v)),
            );
            phrases.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
    }

    /// The vocabulary number of a token, looked up if not annotated.
    #[inline]
    fn word_of(&self, t: &Token<'_>) -> u32 {
        if t.starts & ANNOTATED != 0 {
            t.word
        } else {
            self.word_slow(t)
        }
    }

    #[inline(never)]
    fn word_slow(&self, t: &Token<'_>) -> u32 {
        self.vocab.find(t.key).unwrap_or(UNKNOWN)
    }

    /// The longest phrase starting at token `i` (not running past `limit`):
    /// the index just after it and its value.
    #[inline]
    pub fn match_at(&self, tokens: &[Token<'_>], i: usize, limit: usize) -> Option<(usize, &T)> {
        if self.ruled_out(tokens.get(i)?) {
            return None;
        }
        self.match_phrases(tokens, i, limit)
    }

    /// The longest phrase starting at token `i` whose value `accept`
    /// takes: a phrase may stand in the table twice, read one way before
    /// the number and another after it.
    #[inline]
    pub fn match_where(
        &self,
        tokens: &[Token<'_>],
        i: usize,
        limit: usize,
        accept: impl Fn(&T) -> bool,
    ) -> Option<(usize, &T)> {
        if self.ruled_out(tokens.get(i)?) {
            return None;
        }
        self.phrases_where(tokens, (i, limit), accept)
    }

    /// Rules ask every table at every token: most answers are no, and the
    /// token's bits give them without a call.
    #[inline(always)]
    fn ruled_out(&self, first: &Token<'_>) -> bool {
        first.starts & ANNOTATED != 0 && first.starts & self.bit == 0
    }

    #[inline(never)]
    fn match_phrases(&self, tokens: &[Token<'_>], i: usize, limit: usize) -> Option<(usize, &T)> {
        self.phrases_where(tokens, (i, limit), |_| true)
    }

    /// The phrases of the table that start with token `i`'s word, tried
    /// in turn, longest first.
    fn phrases_where(
        &self,
        tokens: &[Token<'_>],
        (i, limit): (usize, usize),
        accept: impl Fn(&T) -> bool,
    ) -> Option<(usize, &T)> {
        let first = &tokens[i];
        let list = self.by_id.get(self.word_of(first) as usize)?;
        'phrases: for (words, value) in list {
            let mut j = i + 1;
            for &w in &words[1..] {
                while j < limit && tokens[j].is_punct('-') {
                    j += 1;
                }
                // Up to two such words, where the table allows them.
                let mut gap = 0;
                while self.gaps
                    && gap < 2
                    && j + 1 < limit
                    && tokens[j].classes & (class::SKIP | class::STOP) == class::SKIP
                    && self.word_of(&tokens[j]) != w
                {
                    j += 1;
                    gap += 1;
                }
                if j >= limit || self.word_of(&tokens[j]) != w {
                    continue 'phrases;
                }
                j += 1;
            }
            if accept(value) {
                return Some((j, value));
            }
        }
        None
    }

    /// A phrase that ends exactly at `end` (exclusive) and starts at or after
    /// `from`: its start and value.
    pub fn match_ending(
        &self,
        tokens: &[Token<'_>],
        from: usize,
        end: usize,
    ) -> Option<(usize, &T)> {
        (from..end).find_map(|p| {
            self.match_at(tokens, p, end)
                .filter(|(e, _)| *e == end)
                .map(|(_, v)| (p, v))
        })
    }

    /// Whether a phrase of this table can start among tokens whose
    /// [`Token::starts`] bits, ORed together, are `starts`.
    pub fn may_start(&self, starts: u32) -> bool {
        may_start(starts, self.bit)
    }

    /// This table's bit in [`Token::starts`], to test several tables at
    /// once with [`Lexicon::may_start`].
    pub fn start_bit(&self) -> u32 {
        self.bit
    }

    /// Whether a single token is in the table as a one-word phrase.
    pub fn has_word(&self, key: &str) -> bool {
        self.vocab
            .get(key)
            .and_then(|id| self.by_id.get(id as usize))
            .is_some_and(|l| l.iter().any(|(w, _)| w.len() == 1))
    }
}

/// What the lexicon does alike to every table, whatever its values.
trait AnyTable {
    /// Every word of every phrase.
    fn words(&self) -> Vec<&String>;
    /// The words that start a phrase.
    fn firsts(&self) -> Vec<&String>;
    fn bit(&self) -> u32;
    fn set_bit(&mut self, bit: u32);
    fn number(&mut self, vocab: &'static Vocab);
}

impl<T> AnyTable for Table<T> {
    fn words(&self) -> Vec<&String> {
        self.by_first
            .values()
            .flatten()
            .flat_map(|(w, _)| w)
            .collect()
    }

    fn firsts(&self) -> Vec<&String> {
        self.by_first.keys().collect()
    }

    fn bit(&self) -> u32 {
        self.bit
    }

    fn set_bit(&mut self, bit: u32) {
        self.bit = bit;
    }

    fn number(&mut self, vocab: &'static Vocab) {
        Table::number(self, vocab);
    }
}

/// A phrase cut into token keys, hyphens dropped; a `~` glued to a word
/// stays on it, marking a stem.
fn phrase_keys(phrase: &str) -> Vec<String> {
    let keys = Keys::of(phrase);
    let mut toks = Vec::new();
    tokenize(phrase, &keys, 0..phrase.len(), &mut toks);
    let mut out: Vec<String> = Vec::new();
    for t in toks
        .iter()
        .filter(|t| !(t.kind == Kind::Punct && t.key == "-"))
    {
        match out.last_mut() {
            Some(stem) if t.key == "~" && !t.space_before => stem.push('~'),
            _ => out.push(t.key.to_string()),
        }
    }
    out
}

fn side(s: &str) -> Option<Side> {
    match s {
        "ru" => Some(Side::Ru),
        "ua" => Some(Side::Ua),
        _ => None,
    }
}

fn event(s: &str) -> Option<Option<Event>> {
    if s == "-" {
        return Some(None);
    }
    serde_json::from_value(serde_json::Value::String(s.into()))
        .ok()
        .map(Some)
}

fn item(s: &str) -> Option<Item> {
    serde_json::from_value(serde_json::Value::String(s.into())).ok()
}

/// A noun that names what is counted.
#[derive(Debug, Clone, Copy)]
pub struct ItemEntry {
    pub item: Item,
    /// The weapon model the noun names (`Shaheds`), if any.
    pub weapon: Option<&'static str>,
}

/// Where an event phrase stands relative to the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Before or after: `shot down 97`, `97 were shot down`.
    Any,
    /// Only before: `the destruction of 59`.
    Pre,
    /// Only after: `did not reach`.
    Post,
    /// Only as the noun right after the number: `ten injuries`.
    Noun,
    /// Only with `with`: `attacked Kyiv with 50 drones`.
    With,
}

/// A verb or noun of what happened, read by the class of what is counted.
#[derive(Debug, Clone, Copy)]
pub struct EventEntry {
    pub weapon: Option<Event>,
    pub person: Option<Event>,
    pub thing: Option<Event>,
    pub place: Place,
}

impl EventEntry {
    pub fn for_class(&self, class: crate::model::ItemClass) -> Option<Event> {
        use crate::model::ItemClass::*;
        match class {
            Weapon => self.weapon,
            Person => self.person,
            Thing => self.thing,
        }
    }

    /// Whether what befalls weapons here is the defender's doing: shot
    /// down, or turned away (`intercepted`, `not_reached`).
    pub fn defends(&self) -> bool {
        self.weapon.is_some_and(Event::defended)
    }

    /// Whether this is a verb or noun of attack, which a count of weapons
    /// follows with `with` (`attacked Kyiv with 50 drones`).
    pub fn attacks(&self) -> bool {
        self.place == Place::With && self.weapon == Some(Event::Launched)
    }
}

/// Where a hedge stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side2 {
    Before,
    After,
}

/// A speech verb and where its speaker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speech {
    /// The speaker comes first: `the ministry said`; also `said the ministry`.
    Verb,
    /// The speaker follows: `according to the governor`.
    According,
    /// A source behind the speaker: `citing local authorities`.
    Citing,
}

/// A word of the care table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Care {
    /// A place where the hurt are cared for: `лікарня`, `hospital`.
    Place,
    /// A word that puts people in such a place: `у`, `до`, `in`.
    Into,
}

/// A word of the wounds table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wound {
    /// A verb of suffering: `suffered`, `отримали`.
    Verb,
    /// A wound: `injuries`, `поранення`.
    Wound,
    /// A word that denies the wound: `no`, `без`.
    No,
}

/// Who a speaker phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Side(Side),
    Third,
    /// A role with no side of its own (`governor`, `ministry`): the side
    /// comes from a place or an earlier mention. A local role (`governor`,
    /// `mayor`) is of the place its sentence names before anyone named
    /// earlier; a body's (`ministry`) is of whoever was named with it.
    Role {
        local: bool,
    },
    /// A report rather than a party: the claim is the last speaker's. A
    /// document someone issued (`the statement`, `допис`) is, failing one,
    /// the attacked side's; figures with no author (`preliminary data`)
    /// are no one's.
    Report {
        authored: bool,
    },
}

/// Why a number is not a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotFigure {
    Age,
    Duration,
    Percent,
    Money,
    Measure,
    Time,
    Label,
    /// A street's word: the number after its name is a house's
    /// (`вулиці Стуса, 8`).
    Address,
}

/// Word classes the rules use, as bits.
pub mod class {
    /// Ends a clause: punctuation and conjunctions that start a new one.
    pub const BOUNDARY: u32 = 1;
    /// May stand between a verb and its number: `shot down all 40`.
    pub const SKIP: u32 = 1 << 1;
    /// May stand between a noun and its verb: `40 drones were shot down`.
    pub const AUX: u32 = 1 << 2;
    /// Cannot be part of a noun phrase.
    pub const STOP: u32 = 1 << 3;
    /// An attack: `Russian drone strikes`.
    pub const ATTACK: u32 = 1 << 4;
    /// A preposition of place: `over Belgorod`, `on Kyiv`.
    pub const PLACE_PREP: u32 = 1 << 5;
    /// A pronoun that stands for the speaker: `Moscow said it shot`.
    pub const PRONOUN: u32 = 1 << 6;
    /// Marks a part of a total: `including 60 Shaheds`.
    pub const SUBSET: u32 = 1 << 7;
    /// A month name.
    pub const MONTH: u32 = 1 << 8;
    /// Comes before a year: `in 2024`, `since 2022`.
    pub const YEAR_PREP: u32 = 1 << 9;
    /// A count of casualties so far: `the death toll rose to 14`.
    pub const TOLL: u32 = 1 << 10;
    /// A body that speaks for a side when it acts: `the air force`.
    pub const BODY: u32 = 1 << 11;
    /// Introduces a launch: `an attack with 100 drones`, `a barrage of`.
    pub const WITH: u32 = 1 << 12;
    /// A word that names a side as actor: `Russia`, `Ukrainian`.
    pub const SIDE_RU: u32 = 1 << 13;
    pub const SIDE_UA: u32 = 1 << 14;
    /// A noun of place: `region`, `oblast`.
    pub const REGION: u32 = 1 << 15;
    /// A word every time phrase holds: one of [`crate::time::phrases::time_words`].
    pub const TIME: u32 = 1 << 16;
    /// A word the tokenizer joined across an apostrophe, a dot or a letter
    /// beyond ASCII (`didn't`, `U.S.`, `Kyїv`), where a pattern over the
    /// text sees more than one word. Set by the tokenizer, not the tables.
    pub const JOINED: u32 = 1 << 17;
    /// A span of time a running total sums over: `week`, `month`, `year`.
    pub const PERIOD: u32 = 1 << 18;
    /// Leads a span of time: `in`, `over`, `during`, `across`.
    pub const EXTENT: u32 = 1 << 19;
    /// Makes a comparison of what follows (`the biggest attack since
    /// 2022`), not a running total.
    pub const SUPERLATIVE: u32 = 1 << 20;
    /// The side opposite to whoever speaks: `the enemy`, `the occupiers`.
    pub const ENEMY: u32 = 1 << 21;
    /// Tells of weapons the speaker's side saw coming: `recorded`,
    /// `detected`, `tracked`.
    pub const OBSERVE: u32 = 1 << 22;
    /// A point of the compass as an adjective: `in southern Russia`.
    pub const COMPASS: u32 = 1 << 23;
    /// Labels a block that keeps its lead's speaker: `Quote:`, `Details:`.
    pub const LABEL: u32 = 1 << 24;
    /// A verb of knowing before the verb that says what happened: `are
    /// known to have been injured`, `were confirmed destroyed`.
    pub const KNOWING: u32 = 1 << 25;
    /// Opens a relative clause: `which`, `who`, `where`, `when`.
    pub const RELATIVE: u32 = 1 << 26;
    /// A case ending glued by a hyphen that makes a digit an ordinal:
    /// `3-й`, `5-го`.
    pub const ORDINAL: u32 = 1 << 27;
    /// Stands for a group named before: `them`, `those`, `них`.
    pub const ANAPHOR: u32 = 1 << 28;
    /// A personal pronoun that can say something: `he`, `they`, `вона`.
    pub const PERSONAL: u32 = 1 << 29;
    /// Opens the clause of what was said: `that`, `що`, `что`.
    pub const THAT: u32 = 1 << 30;
    /// Says a place is held by the other side, or how: `occupied`,
    /// `temporarily`, `окупований`.
    pub const HELD: u32 = 1 << 31;
}

/// Whether a phrase of a table whose bit is in `tables` can start at a
/// token with these [`Token::starts`] bits: a token the lexicon never
/// annotated may start anything.
fn may_start(starts: u32, tables: u32) -> bool {
    starts & ANNOTATED == 0 || starts & tables != 0
}

/// The classes of a punctuation mark: those that end a clause.
#[inline]
fn punct_classes(key: &str) -> u32 {
    match key {
        "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–" | "[" | "]" => {
            class::BOUNDARY
        }
        _ => 0,
    }
}

/// A number word and how it combines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumWord {
    /// one to nineteen, and the tens.
    Small(u64),
    /// hundred.
    Hundred,
    /// thousand, million, billion.
    Scale(u64),
    /// A scale word that alone counts one of itself: `тисяча`, `миллион`.
    OneScale(u64),
    /// One and a half, before a scale word: `півтори тисячі`.
    Half,
    /// A half of the scale word after it: `пів сотні`, `пол тысячи`.
    HalfOf,
    /// dozen (12).
    Dozen,
}

impl NumWord {
    /// The scale a word multiplies by, if it is one.
    pub fn scale(self) -> Option<u64> {
        match self {
            NumWord::Scale(s) | NumWord::OneScale(s) => Some(s),
            _ => None,
        }
    }
}

/// `22s` of `Kh-22s`, `2s` of `Geran-2s`: a model number made plural is
/// the model.
fn model_plural(key: &str) -> Option<&str> {
    let stem = key.strip_suffix('s')?;
    stem.ends_with(|c: char| c.is_ascii_digit()).then_some(stem)
}

/// All of the engine's tables.
pub struct Lexicon {
    pub items: Table<ItemEntry>,
    pub events: Table<EventEntry>,
    pub qualifiers: Table<(Qualifier, Side2)>,
    pub speech: Table<Speech>,
    pub speakers: Table<Speaker>,
    pub places: Table<Side>,
    pub not_figures: Table<(NotFigure, Side2)>,
    /// Phrases of a running total, and whether they sum weapons only (`so
    /// far`: of people, the toll of one attack as it stands).
    pub cumulative: Table<bool>,
    /// Phrases that make a running total of what follows when a year does:
    /// `з початку 2024 року`, `с начала 2025 года`.
    pub since_year: Table<()>,
    /// Words that open and close a range of days (`between 1 March and 31
    /// May`): whether the word opens it.
    pub ranges: Table<bool>,
    pub numbers: Table<NumWord>,
    /// Case endings glued to digits by a hyphen (`-ти` of `70-ти`): of the
    /// number, though no number word.
    pub case_endings: Table<()>,
    pub vague: Table<()>,
    /// Each joint, and whether it adds to what was said (`as well as`).
    pub joints: Table<bool>,
    pub partitives: Table<()>,
    pub tolls: Table<()>,
    pub origins: Table<()>,
    pub topics: Table<()>,
    /// Words that open what caused a toll: `внаслідок`, `as a result of`.
    pub causes: Table<()>,
    /// Places where the hurt are cared for, and the words that put people
    /// there: `у лікарнях`, `in hospital`.
    pub care: Table<Care>,
    /// Words that open a sentence going on with the one before: `Кроме
    /// того`, `Також`, `In addition`.
    pub continuations: Table<()>,
    /// Words that mark a count as more than one told before: `еще`, `ще`,
    /// `another`.
    pub more: Table<()>,
    /// Verbs that say a count is part of a whole named before them:
    /// `included`, `включают`.
    pub wholes: Table<()>,
    /// Words of parts right before which a number is the whole they are
    /// taken from: `among 23 injured`, `серед 23 поранених`.
    pub among: Table<()>,
    /// Words that give the time a count stood at: `as of`, `станом на`.
    pub stamps: Table<()>,
    /// Verbs of speech with no one to say it: `повідомлялося`, `it was
    /// reported`.
    pub impersonal: Table<()>,
    /// Words that open a paragraph of what was told before, in the
    /// outlet's own voice: `Нагадаємо`, `Напомним`.
    pub recaps: Table<()>,
    /// Words that put a claim at a remove: `нібито`, `allegedly`.
    pub hearsay: Table<()>,
    /// Verbs of suffering and the wounds they take: `suffered various
    /// injuries`, `отримали осколкові поранення`.
    pub wounds: Table<Wound>,
    /// Words that tell of a time before the day of writing: `вночі`,
    /// `вчера`, `за добу`.
    pub earlier: Table<()>,
    /// Where a speaker posts, after a preposition: `в телеграм-канале`,
    /// `on social media`; no one who speaks.
    pub channels: Table<()>,
    /// Labels that name a report's speaker after a colon: `Source:`,
    /// `Джерело:`.
    pub sources: Table<()>,
    /// Words that make the side beside them the one who acts, not a
    /// place: `со стороны ВСУ`, `з боку росії`, `on the Ukrainian side`.
    pub agents: Table<()>,
    /// Words that say a model names the kind of what is counted:
    /// `Shahed-type`, `БпЛА типу Shahed`.
    pub kinds: Table<()>,
    pub words: Table<u32>,
    /// For every word of the vocabulary, by its number: its classes and
    /// the tables that have a phrase starting with it.
    firsts: Vec<(u32, u32)>,
    vocab: &'static Vocab,
    /// Endings that make a word a plural noun after a number, not an
    /// adjective (`plural.tbl`).
    plural_endings: Vec<&'static str>,
    /// Endings of a verb in the past plural (`plural_past.tbl`).
    plural_past: Vec<&'static str>,
    /// Words that qualify a span of time before it (`span.tbl`).
    span_words: std::collections::HashSet<&'static str>,
    /// Words before a place weapons flew towards (`headings.tbl`).
    headings: std::collections::HashSet<&'static str>,
    /// Verbs whose subject suffers the attack after them (`undergoes.tbl`).
    undergoes: std::collections::HashSet<&'static str>,
    /// Endings only a singular noun has (`singular.tbl`).
    singular_endings: Vec<&'static str>,
    /// Endings a side's name takes only as an object (`oblique.tbl`).
    oblique_endings: Vec<&'static str>,
}

/// A table's files, one per language.
macro_rules! table {
    ($name:literal) => {
        &[
            ("en", include_str!(concat!("tables/en/", $name, ".tbl"))),
            ("uk", include_str!(concat!("tables/uk/", $name, ".tbl"))),
            ("ru", include_str!(concat!("tables/ru/", $name, ".tbl"))),
        ]
    };
}

/// The entries of a table of one word a line, comments and blank lines
/// left out, every language's in turn.
fn entries(files: &'static [(&str, &'static str)]) -> impl Iterator<Item = &'static str> {
    files
        .iter()
        .flat_map(|(_, src)| src.lines())
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn leak(s: &str) -> &'static str {
    // Tables are read once for the life of the process.
    Box::leak(s.to_string().into_boxed_str())
}

fn before_after(s: Option<&&str>) -> Option<Side2> {
    match s.copied().unwrap_or("before") {
        "before" => Some(Side2::Before),
        "after" => Some(Side2::After),
        _ => None,
    }
}

/// The tables, parsed once.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut l = read_tables();
    // A table's bit says a phrase of it may start at a token: a filter
    // before the look. Past 32 tables two share a bit, which costs only a
    // look that finds nothing.
    for (n, table) in l.tables().into_iter().enumerate() {
        table.set_bit(1 << (n as u32 % u32::BITS));
    }
    let mut vocab = Vocab::default();
    for table in l.tables() {
        for w in table.words() {
            vocab.insert(w);
        }
    }
    vocab.inflect(entries(table!("endings")).map(str::to_lowercase));
    let time: Vec<u32> = crate::time::phrases::time_words()
        .map(|w| vocab.insert(w))
        .collect();
    let mut firsts: Vec<(u32, u32)> = vec![(0, 0); vocab.len()];
    for id in time {
        firsts[id as usize].0 |= class::TIME;
    }
    for table in l.tables() {
        for key in table.firsts() {
            firsts[vocab.id(key) as usize].1 |= table.bit();
        }
    }
    for (key, list) in &l.words.by_first {
        if let Some((_, classes)) = list.iter().find(|(w, _)| w.len() == 1) {
            firsts[vocab.id(key) as usize].0 |= classes;
        }
    }
    l.firsts = firsts;
    let vocab: &'static Vocab = Box::leak(Box::new(vocab));
    for table in l.tables() {
        table.number(vocab);
    }
    l.vocab = vocab;
    l
});

fn read_tables() -> Lexicon {
    Lexicon {
        firsts: Vec::new(),
        vocab: &NO_VOCAB,
        plural_endings: entries(table!("plural")).collect(),
        plural_past: entries(table!("plural_past")).collect(),
        span_words: entries(table!("span")).collect(),
        headings: entries(table!("headings")).collect(),
        undergoes: entries(table!("undergoes")).collect(),
        singular_endings: entries(table!("singular")).collect(),
        oblique_endings: entries(table!("oblique")).collect(),
        items: Table::parse("items", table!("items"), |c| {
            Some(ItemEntry {
                item: item(c.first()?)?,
                weapon: c.get(1).map(|w| leak(w)),
            })
        }),
        events: Table::parse("events", table!("events"), |c| {
            let place = match *c.get(3).unwrap_or(&"any") {
                "any" => Place::Any,
                "pre" => Place::Pre,
                "post" => Place::Post,
                "noun" => Place::Noun,
                "with" => Place::With,
                _ => return None,
            };
            Some(EventEntry {
                weapon: event(c.first()?)?,
                person: event(c.get(1)?)?,
                thing: event(c.get(2)?)?,
                place,
            })
        })
        .with_gaps(),
        qualifiers: Table::parse("qualifiers", table!("qualifiers"), |c| {
            let q =
                serde_json::from_value(serde_json::Value::String(c.first()?.to_string())).ok()?;
            Some((q, before_after(c.get(1))?))
        }),
        speech: Table::parse("speech", table!("speech"), |c| match *c.first()? {
            "verb" => Some(Speech::Verb),
            "according" => Some(Speech::According),
            "citing" => Some(Speech::Citing),
            _ => None,
        }),
        speakers: Table::parse("speakers", table!("speakers"), |c| match *c.first()? {
            "other" => Some(Speaker::Third),
            "role" => Some(Speaker::Role { local: false }),
            "local" => Some(Speaker::Role { local: true }),
            "report" => Some(Speaker::Report { authored: true }),
            "data" => Some(Speaker::Report { authored: false }),
            s => side(s).map(Speaker::Side),
        }),
        places: Table::parse("places", table!("places"), |c| side(c.first()?)),
        not_figures: Table::parse("not_figures", table!("not_figures"), |c| {
            let kind = match *c.first()? {
                "age" => NotFigure::Age,
                "duration" => NotFigure::Duration,
                "percent" => NotFigure::Percent,
                "money" => NotFigure::Money,
                "measure" => NotFigure::Measure,
                "time" => NotFigure::Time,
                "label" => NotFigure::Label,
                "address" => NotFigure::Address,
                _ => return None,
            };
            Some((kind, before_after(c.get(1).or(Some(&"after")))?))
        }),
        cumulative: Table::parse("cumulative", table!("cumulative"), |cols| match cols {
            [] => Some(false),
            ["weapons"] => Some(true),
            _ => None,
        }),
        since_year: Table::parse("since_year", table!("since_year"), |_| Some(())),
        ranges: Table::parse("ranges", table!("ranges"), |c| match *c.first()? {
            "open" => Some(true),
            "close" => Some(false),
            _ => None,
        }),
        numbers: Table::parse("numbers", table!("numbers"), |c| {
            let v: u64 = c.get(1).and_then(|v| v.parse().ok()).unwrap_or(0);
            match *c.first()? {
                "small" => Some(NumWord::Small(v)),
                "hundred" => Some(NumWord::Hundred),
                "scale" if c.get(2) == Some(&"alone") => Some(NumWord::OneScale(v)),
                "scale" => Some(NumWord::Scale(v)),
                "half" => Some(NumWord::Half),
                "half-of" => Some(NumWord::HalfOf),
                "dozen" => Some(NumWord::Dozen),
                _ => None,
            }
        }),
        case_endings: Table::parse("case_endings", table!("case_endings"), |_| Some(())),
        vague: Table::parse("vague", table!("vague"), |_| Some(())),
        joints: Table::parse("joints", table!("joints"), |c| match c.first() {
            None => Some(false),
            Some(&"also") => Some(true),
            _ => None,
        }),
        partitives: Table::parse("partitives", table!("partitives"), |_| Some(())),
        tolls: Table::parse("tolls", table!("tolls"), |_| Some(())),
        origins: Table::parse("origins", table!("origins"), |_| Some(())),
        topics: Table::parse("topics", table!("topics"), |_| Some(())),
        causes: Table::parse("causes", table!("causes"), |_| Some(())),
        care: Table::parse("care", table!("care"), |c| match *c.first()? {
            "place" => Some(Care::Place),
            "into" => Some(Care::Into),
            _ => None,
        }),
        continuations: Table::parse("continuations", table!("continuations"), |_| Some(())),
        more: Table::parse("more", table!("more"), |_| Some(())),
        wholes: Table::parse("wholes", table!("wholes"), |_| Some(())),
        among: Table::parse("among", table!("among"), |_| Some(())),
        stamps: Table::parse("stamps", table!("stamps"), |_| Some(())),
        impersonal: Table::parse("impersonal", table!("impersonal"), |_| Some(())),
        recaps: Table::parse("recaps", table!("recaps"), |_| Some(())),
        hearsay: Table::parse("hearsay", table!("hearsay"), |_| Some(())),
        earlier: Table::parse("earlier", table!("earlier"), |_| Some(())),
        wounds: Table::parse("wounds", table!("wounds"), |c| match *c.first()? {
            "verb" => Some(Wound::Verb),
            "wound" => Some(Wound::Wound),
            "no" => Some(Wound::No),
            _ => None,
        }),
        channels: Table::parse("channels", table!("channels"), |_| Some(())),
        sources: Table::parse("sources", table!("sources"), |_| Some(())),
        agents: Table::parse("agents", table!("agents"), |_| Some(())),
        kinds: Table::parse("kinds", table!("kinds"), |_| Some(())),
        words: {
            let mut t: Table<u32> = Table::parse("words", table!("words"), |c| {
                c.first()?.split_whitespace().try_fold(0, |acc, name| {
                    Some(
                        acc | match name {
                            "boundary" => class::BOUNDARY,
                            "skip" => class::SKIP,
                            "aux" => class::AUX,
                            "stop" => class::STOP,
                            "attack" => class::ATTACK,
                            "place_prep" => class::PLACE_PREP,
                            "pronoun" => class::PRONOUN,
                            "subset" => class::SUBSET,
                            "month" => class::MONTH,
                            "year_prep" => class::YEAR_PREP,
                            "toll" => class::TOLL,
                            "body" => class::BODY,
                            "with" => class::WITH,
                            "side_ru" => class::SIDE_RU,
                            "side_ua" => class::SIDE_UA,
                            "region" => class::REGION,
                            "period" => class::PERIOD,
                            "extent" => class::EXTENT,
                            "superlative" => class::SUPERLATIVE,
                            "enemy" => class::ENEMY,
                            "observe" => class::OBSERVE,
                            "label" => class::LABEL,
                            "compass" => class::COMPASS,
                            "knowing" => class::KNOWING,
                            "relative" => class::RELATIVE,
                            "ordinal" => class::ORDINAL,
                            "anaphor" => class::ANAPHOR,
                            "personal" => class::PERSONAL,
                            "that" => class::THAT,
                            "held" => class::HELD,
                            _ => return None,
                        },
                    )
                })
            });
            // A word listed on several lines has all their classes.
            for list in t.by_first.values_mut() {
                let mut merged: HashMap<Vec<String>, u32> = HashMap::new();
                for (w, v) in list.drain(..) {
                    *merged.entry(w).or_default() |= v;
                }
                list.extend(merged);
                list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            }
            t
        },
    }
}

/// The names of people and places the tables know, lower-cased, with
/// whether each is a known misspelling (`zelanski`, `karsnodar`).
pub static NAMES: LazyLock<Vec<(String, bool)>> = LazyLock::new(|| {
    [table!("speakers"), table!("places")]
        .iter()
        .flat_map(|sources| sources.iter())
        .flat_map(|(_, src)| src.lines())
        .filter_map(|line| {
            let line = line.split('#').next()?.trim();
            let cols: Vec<&str> = line.split('|').map(str::trim).collect();
            let name = cols.first().filter(|n| !n.is_empty())?;
            Some((name.to_lowercase(), cols.get(2) == Some(&"variant")))
        })
        .collect()
});

impl Lexicon {
    fn tables(&mut self) -> [&mut dyn AnyTable; 35] {
        [
            &mut self.items,
            &mut self.events,
            &mut self.qualifiers,
            &mut self.speech,
            &mut self.speakers,
            &mut self.places,
            &mut self.not_figures,
            &mut self.cumulative,
            &mut self.since_year,
            &mut self.ranges,
            &mut self.numbers,
            &mut self.case_endings,
            &mut self.vague,
            &mut self.joints,
            &mut self.partitives,
            &mut self.tolls,
            &mut self.origins,
            &mut self.topics,
            &mut self.causes,
            &mut self.care,
            &mut self.continuations,
            &mut self.more,
            &mut self.wholes,
            &mut self.among,
            &mut self.stamps,
            &mut self.impersonal,
            &mut self.recaps,
            &mut self.hearsay,
            &mut self.earlier,
            &mut self.wounds,
            &mut self.channels,
            &mut self.sources,
            &mut self.agents,
            &mut self.kinds,
            &mut self.words,
        ]
    }

    /// Look a token up once, by its key and kind: its word classes, the
    /// tables it may start a phrase in and its vocabulary number (for
    /// [`Token::classes`], [`Token::starts`] and [`Token::word`]), so later
    /// lookups of absent words cost nothing.
    #[inline(always)]
    pub fn look_up(&self, key: &str, kind: Kind, joined: bool) -> (u32, u32, u32) {
        let word = match self.vocab.find(key) {
            Some(word) => word,
            // Only a word that starts with a digit can be a model's plural.
            None if key.as_bytes().first().is_some_and(u8::is_ascii_digit) => model_plural(key)
                .and_then(|k| self.vocab.get(k))
                .unwrap_or(UNKNOWN),
            None => UNKNOWN,
        };
        let (classes, starts) = self.firsts.get(word as usize).copied().unwrap_or_default();
        let classes = match kind {
            // Punctuation's classes are fixed, not in the tables.
            Kind::Punct | Kind::Poss => punct_classes(key),
            _ if joined => classes | class::JOINED,
            _ => classes,
        };
        (classes, starts | ANNOTATED, word)
    }

    /// Whether a phrase of a table whose bit is in `tables` (ORed
    /// [`Table::start_bit`]s) can start at a token with these
    /// [`Token::starts`] bits.
    pub fn may_start(&self, starts: u32, tables: u32) -> bool {
        may_start(starts, tables)
    }

    /// The events table's entry for `launched`: what a count of weapons
    /// sent, named with no verb of its own, means.
    pub fn launched(&self) -> EventEntry {
        static ENTRY: LazyLock<EventEntry> = LazyLock::new(|| {
            LEXICON
                .event("launched")
                .expect("the events table has `launched`")
        });
        *ENTRY
    }

    /// The events table's entry for `hit`: what weapons that damage a
    /// thing did.
    pub fn hit(&self) -> EventEntry {
        static ENTRY: LazyLock<EventEntry> =
            LazyLock::new(|| LEXICON.event("hit").expect("the events table has `hit`"));
        *ENTRY
    }

    /// The events table's entry for `death toll`: what a toll that names
    /// nothing counts.
    pub fn deaths(&self) -> EventEntry {
        static ENTRY: LazyLock<EventEntry> = LazyLock::new(|| {
            LEXICON
                .event("death toll")
                .expect("the events table has `death toll`")
        });
        *ENTRY
    }

    /// The events table's entry for `injured`: what befell people a
    /// clause puts in a place of care.
    pub fn injuries(&self) -> EventEntry {
        static ENTRY: LazyLock<EventEntry> = LazyLock::new(|| {
            LEXICON
                .event("injured")
                .expect("the events table has `injured`")
        });
        *ENTRY
    }

    /// The events table's entry for `phrase`, read as article text is.
    pub fn event(&self, phrase: &str) -> Option<EventEntry> {
        let keys = Keys::of(phrase);
        let mut toks = Vec::new();
        tokenize(phrase, &keys, 0..phrase.len(), &mut toks);
        self.events
            .match_at(&toks, 0, toks.len())
            .filter(|(e, _)| *e == toks.len())
            .map(|(_, entry)| *entry)
    }

    /// The classes of one token (single-word entries only).
    #[inline]
    pub fn word(&self, t: &Token<'_>) -> u32 {
        if t.starts & ANNOTATED != 0 {
            return t.classes;
        }
        self.word_slow(t)
    }

    #[inline(never)]
    fn word_slow(&self, t: &Token<'_>) -> u32 {
        if t.kind == Kind::Punct || t.kind == Kind::Poss {
            return punct_classes(t.key);
        }
        self.vocab
            .find(t.key)
            .and_then(|id| self.firsts.get(id as usize))
            .map_or(0, |&(classes, _)| classes)
    }

    /// Whether two words are one word in different cases (a name declined:
    /// `Філашкін`, `Вадима Філашкіна`).
    pub fn same_word(&self, a: &str, b: &str) -> bool {
        self.vocab.same_word(a, b)
    }

    pub fn is(&self, t: &Token<'_>, c: u32) -> bool {
        self.word(t) & c != 0
    }

    /// Whether a word may stand between a span's lead and the span:
    /// `past` of `over the past week`, `першу` of `за першу половину`.
    pub fn qualifies_span(&self, key: &str) -> bool {
        self.span_words.contains(key)
    }

    /// Whether a word leads a place weapons flew towards: `towards` of
    /// `flew off towards Belarus`.
    pub fn heads_to(&self, key: &str) -> bool {
        self.headings.contains(key)
    }

    /// Whether a verb has for its subject the target of the attack after
    /// it: `подвергся` of `Киев подвергся удару`.
    pub fn undergoes(&self, key: &str) -> bool {
        self.undergoes.contains(key)
    }

    /// Whether a Cyrillic noun ends as only a singular does: `ракету`.
    pub fn singular_ending(&self, key: &str) -> bool {
        !key.is_ascii() && self.singular_endings.iter().any(|e| key.ends_with(e))
    }

    /// Whether a side's name is written as an object, never a subject
    /// (`Україну`, `Москву`): a capitalised Cyrillic name, not an
    /// adjective (`російську атаку` is still Russia's) nor an abbreviation
    /// (`ЗСУ`), in an ending of `oblique.tbl`.
    pub fn oblique(&self, t: &Token<'_>, text: &str) -> bool {
        !t.key.is_ascii()
            && t.kind == Kind::Word
            && t.upper
            && text.chars().any(char::is_lowercase)
            && self.oblique_endings.iter().any(|e| t.key.ends_with(e))
    }

    /// Whether a word no table knows ends as a plural noun does after a
    /// number (`боеприпасов`, `районах`), and not as an adjective.
    pub fn plural_noun_ending(&self, key: &str) -> bool {
        self.plural_endings.iter().any(|e| key.ends_with(e))
    }

    /// Whether a verb is in the past plural (`атакували`, `атаковали`).
    pub fn plural_past(&self, key: &str) -> bool {
        self.plural_past.iter().any(|e| key.ends_with(e))
    }

    /// Whether a token is a number: digits, or a number's word (`три`,
    /// `twelve`).
    pub fn is_number(&self, t: &Token<'_>) -> bool {
        t.kind == Kind::Num || self.numbers.has_word(t.key)
    }

    /// Whether a single token joins the members of a list: `and`, `or`,
    /// `та`, `и`.
    pub fn joins(&self, t: &Token<'_>) -> bool {
        self.joints
            .match_at(std::slice::from_ref(t), 0, 1)
            .is_some_and(|(e, _)| e == 1)
    }

    /// The side a single token names as an actor (`Russia`, `Ukrainian`).
    pub fn side_word(&self, t: &Token<'_>) -> Option<Side> {
        let w = self.word(t);
        if w & class::SIDE_RU != 0 {
            Some(Side::Ru)
        } else if w & class::SIDE_UA != 0 {
            Some(Side::Ua)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_table_repeats_a_line() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/tables");
        for language in ["en", "uk", "ru"] {
            let dir = std::path::Path::new(root).join(language);
            for file in std::fs::read_dir(&dir).expect("the tables' folder") {
                let path = file.expect("a table").path();
                let text = std::fs::read_to_string(&path).expect("a table's text");
                let mut seen = std::collections::HashSet::new();
                for line in text.lines().map(str::trim) {
                    if line.is_empty() || line.starts_with('#') {
                        continue;
                    }
                    assert!(seen.insert(line), "{} repeats {line:?}", path.display());
                }
            }
        }
    }

    #[test]
    fn every_table_parses() {
        let l = &*LEXICON;
        assert!(l.items.has_word("drones"));
        assert!(l.events.has_word("launched"));
        assert!(l.words.has_word("while"));
    }

    #[test]
    fn hyphens_are_optional_in_phrases() {
        let s = "Kh 101 and Kh-101";
        let keys = Keys::of(s);
        let mut t = Vec::new();
        tokenize(s, &keys, 0..s.len(), &mut t);
        assert!(LEXICON.items.match_at(&t, 0, t.len()).is_some());
        assert!(LEXICON.items.match_at(&t, 3, t.len()).is_some());
    }

    /// `s` cut into tokens the lexicon has looked up, as in an article.
    fn annotated(s: &str) -> Vec<Token<'_>> {
        let keys = Box::leak(Box::new(Keys::of(s)));
        let mut t = Vec::new();
        super::super::text::tokenize_with(s, keys, 0..s.len(), &mut t, |k, kind, j| {
            LEXICON.look_up(k, kind, j)
        });
        t
    }

    fn item_of(s: &str) -> Option<Item> {
        let t = annotated(s);
        LEXICON
            .items
            .match_at(&t, 0, t.len())
            .filter(|(e, _)| *e == t.len())
            .map(|(_, v)| v.item)
    }

    #[test]
    fn a_stem_matches_its_case_forms_and_only_them() {
        for s in [
            "безпілотник",
            "безпілотники",
            "Безпілотниками",
            "беспилотников",
            "ракетою",
        ] {
            assert!(item_of(s).is_some(), "{s}");
        }
        assert_eq!(
            item_of("засобів повітряного нападу"),
            Some(Item::DroneOrMissile)
        );
        assert_eq!(
            item_of("беспилотных летательных аппаратов"),
            Some(Item::Drone)
        );
        // Another word that starts like a stem is not its form.
        assert_eq!(item_of("ракетник"), None);
        assert_eq!(item_of("ракетний"), None);
    }

    #[test]
    fn a_word_written_whole_and_as_a_stem_form_is_one_word() {
        // `сили` is written whole in one phrase and is a form of `сил~`.
        let t = annotated("Повітряні сили");
        assert!(matches!(
            LEXICON.speakers.match_at(&t, 0, t.len()),
            Some((2, Speaker::Side(Side::Ua)))
        ));
    }
}
