//! Competing claims: for an article, a night or the corpus, one row per
//! matter (and, across the corpus, per night) with each side's claims side
//! by side.
//!
//! Repeats of the same value for the same place by several outlets are one
//! claim with counts, since news repeats wire copy; mirror matters (Russian
//! drones shot down by Ukraine, Ukrainian drones shot down by Russia) sit
//! next to each other; and running totals keep rows of their own.

mod claims;
mod derived;
mod names;
pub mod sources;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

pub use claims::Claim;
use claims::{Mention, claims};
use derived::Derivation;
pub use derived::{DERIVED_FROM, Derived, derived_slot};
pub use names::{Attack, Names, lone_places};

use crate::model::{Claimant, Event, Figure, Item, Side};
use crate::store::{FigureId, Matter, Store};

/// What a comparison covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One article.
    Article(usize),
    /// The figures about one night or day.
    Night(NaiveDate),
    /// The figures of one article that have no date: nothing tells which
    /// night they are about, so they are not set against another
    /// article's.
    Undated(usize),
    /// Every figure, a row per matter and night.
    Corpus,
}

impl Scope {
    /// The scope's name in rows: the article id, the night, `undated ·
    /// <article id>`, `corpus`.
    pub fn name(self, store: &Store) -> String {
        match self {
            Scope::Article(a) => store.article(a).id.clone(),
            Scope::Night(d) => d.to_string(),
            Scope::Undated(a) => Night::Undated(store.article(a).id.as_str().into()).to_string(),
            Scope::Corpus => "corpus".into(),
        }
    }
}

/// How the whole corpus is cut into scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Article,
    Night,
    Corpus,
}

/// The night a corpus row is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Night {
    Date(NaiveDate),
    /// The undated figures of the article with this id.
    Undated(Arc<str>),
}

impl fmt::Display for Night {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Night::Date(d) => write!(f, "{d}"),
            Night::Undated(article) => write!(f, "undated · {article}"),
        }
    }
}

/// A corpus row's night while comparing: the date, or for an undated
/// figure its article's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum When {
    Date(NaiveDate),
    Undated(usize),
}

impl When {
    /// The night of a figure of article `a` about `date`, when rows are
    /// split `by_night`.
    fn of(by_night: bool, a: usize, date: Option<NaiveDate>) -> Option<When> {
        by_night.then_some(date.map_or(When::Undated(a), When::Date))
    }

    fn night(self, store: &Store) -> Night {
        match self {
            When::Date(d) => Night::Date(d),
            When::Undated(a) => Night::Undated(store.article(a).id.as_str().into()),
        }
    }
}

/// One matter in one scope, with each side's claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub scope: String,
    pub matter: Matter,
    pub cumulative: bool,
    /// The night, in corpus scope (an article's or a night's rows hold
    /// none).
    pub night: Option<Night>,
    pub ua: Vec<Claim>,
    pub ru: Vec<Claim>,
    pub other: Vec<Claim>,
    pub unknown: Vec<Claim>,
    pub derived: Vec<Derived>,
}

impl Row {
    pub fn cells(&self) -> [&[Claim]; 4] {
        [&self.ua, &self.ru, &self.other, &self.unknown]
    }

    /// Claims from both the Ukrainian and the Russian side.
    pub fn both_sides(&self) -> bool {
        !self.ua.is_empty() && !self.ru.is_empty()
    }

    /// Two claims for the same place (or both for none) that cannot both
    /// be true, parts of totals aside: claims for two places add up.
    pub fn disagrees(&self) -> bool {
        // Ranges that meet two by two share a point, so some two fail to
        // meet exactly when the highest bottom is above the lowest top: one
        // pass per place, where a corpus row holds thousands of claims.
        let whole = || self.cells().into_iter().flatten().filter(|c| !c.part);
        let meet = |claims: &mut dyn Iterator<Item = &Claim>| {
            let (mut bottom, mut top) = (f64::NEG_INFINITY, f64::INFINITY);
            for c in claims {
                let (lo, hi) = crate::model::bounds(c.value, c.qualifier);
                bottom = bottom.max(lo);
                top = top.min(hi);
            }
            bottom <= top
        };
        // Most rows name no place: they are read as one, with nothing
        // gathered (the comparison's order asks every row of the corpus).
        if whole().all(|c| c.place.is_none()) {
            return !meet(&mut whole());
        }
        let mut by_place: Vec<&Claim> = whole().collect();
        by_place.sort_by(|a, b| a.place.cmp(&b.place));
        !by_place
            .chunk_by(|a, b| a.place == b.place)
            .all(|same| meet(&mut same.iter().copied()))
    }

    /// Worth reading first: both sides speak, or the values differ.
    pub fn contested(&self) -> bool {
        self.both_sides() || self.disagrees()
    }
}

/// The rows for one scope, contested pairs of mirror matters first.
pub fn compare(store: &Store, scope: Scope) -> Vec<Row> {
    let ids: Vec<FigureId> = match scope {
        Scope::Article(a) => store.article_figures(a).collect(),
        Scope::Night(d) => store.by_date(d).to_vec(),
        Scope::Undated(a) => store
            .article_figures(a)
            .filter(|&i| store.figure(i).date.is_none())
            .collect(),
        Scope::Corpus => (0..store.figures().len() as FigureId).collect(),
    };
    compare_figures(store, scope, &ids)
}

/// The rows of every scope the corpus is cut into by `by`, worked out a
/// scope at a time as they are taken, so that a writer need not hold them
/// all. By night, each article's undated figures are a scope of their own.
pub fn compare_all(store: &Store, by: By) -> Box<dyn Iterator<Item = Row> + '_> {
    let articles = 0..store.articles().len();
    let scopes: Box<dyn Iterator<Item = Scope>> = match by {
        By::Article => Box::new(articles.map(Scope::Article)),
        By::Night => Box::new(
            store
                .dates()
                .map(Scope::Night)
                .chain(articles.map(Scope::Undated)),
        ),
        By::Corpus => Box::new(std::iter::once(Scope::Corpus)),
    };
    Box::new(scopes.flat_map(|scope| compare(store, scope)))
}

/// Where a comparison reads its figures: the store's own, or the figures
/// as an analyst's review has them (`tui::reviewed`), without copying them.
pub trait Figures {
    fn store(&self) -> &Store;
    /// Figure `id` as compared; none when it does not count as a figure.
    fn compared(&self, id: FigureId) -> Option<&Figure>;
    /// The index of figure `id`'s article.
    fn article_of(&self, id: FigureId) -> usize;
}

impl Figures for Store {
    fn store(&self) -> &Store {
        self
    }

    fn compared(&self, id: FigureId) -> Option<&Figure> {
        Some(self.figure(id))
    }

    fn article_of(&self, id: FigureId) -> usize {
        self.owner(id)
    }
}

/// The rows of figures `ids` of `figures` in `scope`. An article's
/// figures must sit together in `ids`, in text order, the articles in
/// store order (as every scope of the store lists them): claims count
/// their articles, and derived figures are worked out, an article at a
/// time, so ids in another order give wrong counts (checked in debug
/// builds only).
pub fn compare_figures<F: Figures>(figures: &F, scope: Scope, ids: &[FigureId]) -> Vec<Row> {
    let store = figures.store();
    let by_night = scope == Scope::Corpus;
    // Each figure is read once, for its row, its side's cell and the
    // derived figures: a night of a large corpus holds tens of thousands,
    // spread over the store, and every read of one is a miss in the cache.
    type Key = (Matter, bool, Option<When>);
    let mut by_row: FxHashMap<Key, [Vec<Mention>; 4]> = FxHashMap::default();
    let mut derivation = Derivation::new(by_night);
    let mut places = Names::default();
    for &id in ids {
        let Some(f) = figures.compared(id) else {
            continue;
        };
        let a = figures.article_of(id);
        derivation.take(store, a, f);
        let mention = Mention {
            id,
            value: f.value,
            qualifier: f.qualifier,
            place: places.key(f.location.as_ref()),
            source: places.key(f.source.as_ref()),
            part: f.subset_of.is_some(),
        };
        // A running total is about no night: across the corpus, one row.
        let night = When::of(by_night && !f.cumulative, a, f.date);
        let key = (Matter::of(f), f.cumulative, night);
        by_row.entry(key).or_default()[side_slot(f.claimant)].push(mention);
    }
    let mut derived = derivation.finish(store);
    let name = scope.name(store);
    let mut rows: Vec<Row> = by_row
        .into_iter()
        .map(
            |((matter, cumulative, when), [ua, ru, other, unknown])| Row {
                scope: name.clone(),
                matter,
                cumulative,
                night: when.map(|w| w.night(store)),
                ua: claims(figures, ua),
                ru: claims(figures, ru),
                other: claims(figures, other),
                unknown: claims(figures, unknown),
                derived: if cumulative {
                    Vec::new()
                } else {
                    derived.remove(&(matter, when)).unwrap_or_default()
                },
            },
        )
        .collect();
    sort_rows(&mut rows);
    rows
}

/// Rows in the comparison's order: mirror matters side by side, pairs with
/// a contest first, then by running total, item, event, attacker and night.
pub fn sort_rows(rows: &mut [Row]) {
    let pair_key = |r: &Row| (r.matter.item, r.matter.event, r.cumulative);
    let mut contested: HashMap<(Item, Event, bool), bool> = HashMap::new();
    for r in rows.iter() {
        *contested.entry(pair_key(r)).or_default() |= r.contested();
    }
    // Each row's key worked out once: across the corpus there are a row
    // per matter and night, tens of thousands.
    rows.sort_by_cached_key(|r| {
        (
            !contested[&pair_key(r)],
            r.cumulative,
            item_rank(r.matter.item),
            event_rank(r.matter.event),
            attacker_rank(r.matter.attacker),
            r.night.clone(),
        )
    });
}

/// Where a side's figures go in a row: `ua`, `ru`, `other`, `unknown`.
fn side_slot(c: Claimant) -> usize {
    match c {
        Claimant::Ua => 0,
        Claimant::Ru => 1,
        Claimant::Other => 2,
        Claimant::Unknown => 3,
    }
}

fn item_rank(i: Item) -> u8 {
    i as u8
}

fn event_rank(e: Event) -> u8 {
    e as u8
}

fn attacker_rank(a: Option<Side>) -> u8 {
    match a {
        Some(Side::Ru) => 0,
        Some(Side::Ua) => 1,
        None => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disagreement_is_any_two_claims_that_cannot_both_be_true() {
        use crate::model::{Qualifier::*, compatible};
        let hedges = [Exact, AtLeast, AtMost, Approx];
        // Every set of up to three claims over a few values and hedges.
        let claims: Vec<Claim> = [8, 10, 11, 12, 20]
            .iter()
            .flat_map(|&value| {
                hedges.iter().map(move |&qualifier| Claim {
                    value,
                    qualifier,
                    place: None,
                    figures: vec![0],
                    outlets: 1,
                    articles: 1,
                    sources: 1,
                    part: false,
                })
            })
            .collect();
        let n = claims.len();
        for i in 0..n {
            for j in i..n {
                for k in j..n {
                    let set = [&claims[i], &claims[j], &claims[k]];
                    let pairwise = set.iter().enumerate().any(|(x, a)| {
                        set[x + 1..]
                            .iter()
                            .any(|b| !compatible(a.value, a.qualifier, b.value, b.qualifier))
                    });
                    let row = Row {
                        scope: "t".into(),
                        matter: Matter {
                            attacker: None,
                            item: Item::Drone,
                            event: Event::Launched,
                        },
                        cumulative: false,
                        night: None,
                        ua: vec![set[0].clone()],
                        ru: vec![set[1].clone()],
                        other: vec![],
                        unknown: vec![set[2].clone()],
                        derived: vec![],
                    };
                    assert_eq!(row.disagrees(), pairwise, "{set:?}");
                }
            }
        }
    }

    pub(super) fn store(texts: &[(&str, &str)]) -> Store {
        Store::of_texts(texts)
    }

    fn row(rows: &[Row], attacker: Side, item: Item, event: Event) -> &Row {
        rows.iter()
            .find(|r| {
                r.matter
                    == Matter {
                        attacker: Some(attacker),
                        item,
                        event,
                    }
                    && !r.cumulative
            })
            .unwrap_or_else(|| panic!("no row {attacker:?} {item:?} {event:?}"))
    }

    #[test]
    fn both_sides_of_one_article() {
        let s = store(&[(
            "a",
            "Ukraine said it had downed 130 drones launched by Russia, while Moscow said it shot 126 drones over its regions.",
        )]);
        let rows = compare(&s, Scope::Article(0));
        assert_eq!(
            row(&rows, Side::Ru, Item::Drone, Event::Intercepted).ua[0].value,
            130
        );
        assert_eq!(
            row(&rows, Side::Ua, Item::Drone, Event::Intercepted).ru[0].value,
            126
        );
    }

    #[test]
    fn mirror_matters_sit_together_and_contested_rows_come_first() {
        let s = store(&[(
            "a",
            "Three people were killed in Kharkiv, officials in Kharkiv said. Ukraine's air force said it shot down 40 Russian drones. Russia's defence ministry said it destroyed 20 Ukrainian drones, and Ukraine's air force said Russia had shot down 15 Ukrainian drones.",
        )]);
        let rows = compare(&s, Scope::Article(0));
        let matters: Vec<(Option<Side>, Item, Event)> = rows
            .iter()
            .map(|r| (r.matter.attacker, r.matter.item, r.matter.event))
            .collect();
        // The contested pair (drones intercepted) comes first, Russian then Ukrainian drones.
        assert_eq!(
            matters[0],
            (Some(Side::Ru), Item::Drone, Event::Intercepted)
        );
        assert_eq!(
            matters[1],
            (Some(Side::Ua), Item::Drone, Event::Intercepted)
        );
        assert_eq!(matters[2], (Some(Side::Ru), Item::Person, Event::Killed));
    }

    #[test]
    fn repeated_values_are_one_claim_with_counts() {
        let s = store(&[
            (
                "a",
                "Source: Wire One\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Wire Two\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "c",
                "Source: Wire Two\nDate: 2025-06-05\n\nRussia launched 120 drones overnight, Ukraine's air force said.",
            ),
        ]);
        let rows = compare(&s, Scope::Corpus);
        let r = row(&rows, Side::Ru, Item::Drone, Event::Launched);
        assert_eq!(r.ua.len(), 2);
        assert_eq!(
            (r.ua[0].value, r.ua[0].articles, r.ua[0].outlets),
            (100, 2, 2)
        );
        assert_eq!(
            (r.ua[1].value, r.ua[1].articles, r.ua[1].outlets),
            (120, 1, 1)
        );
        assert!(r.disagrees());
    }

    #[test]
    fn running_totals_have_rows_of_their_own() {
        let s = store(&[(
            "a",
            "Russia launched 100 drones overnight, Ukraine's air force said. Since the start of the full-scale invasion, Russia has launched more than 40,000 drones, the air force said.",
        )]);
        let rows = compare(&s, Scope::Article(0));
        let launched: Vec<&Row> = rows
            .iter()
            .filter(|r| r.matter.event == Event::Launched)
            .collect();
        assert_eq!(launched.len(), 2);
        assert!(
            launched
                .iter()
                .any(|r| r.cumulative && r.ua[0].value == 40_000)
        );
        assert!(
            launched
                .iter()
                .any(|r| !r.cumulative && r.ua[0].value == 100)
        );
    }

    #[test]
    fn derived_rate_and_unaccounted() {
        let s = store(&[(
            "a",
            "Russia launched 147 drones overnight, with the Ukrainian air force managing to shoot down 97, while 25 drones did not reach their targets.",
        )]);
        let rows = compare(&s, Scope::Article(0));
        let down = row(&rows, Side::Ru, Item::Drone, Event::Intercepted);
        assert_eq!(down.derived[0].kind, "interception_rate");
        assert_eq!(down.derived[0].value, 66.0);
        let launched = row(&rows, Side::Ru, Item::Drone, Event::Launched);
        assert_eq!(launched.derived[0].kind, "unaccounted");
        assert_eq!(launched.derived[0].value, 25.0);
        assert_eq!(launched.derived[0].text(), "147 − 97 − 25");
    }

    #[test]
    fn nights_gather_articles() {
        let s = store(&[
            (
                "a",
                "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Date: 2025-06-06\n\nRussia launched 90 drones overnight, Ukraine's air force said.",
            ),
            (
                "c",
                "Date: 2025-06-05\n\nRussia launched 110 drones overnight, Ukraine's air force said.",
            ),
        ]);
        let rows: Vec<Row> = compare_all(&s, By::Night).collect();
        let first = rows
            .iter()
            .find(|r| r.scope == "2025-06-04")
            .expect("night of the 4th");
        let values: Vec<u64> = first.ua.iter().map(|c| c.value).collect();
        assert_eq!(values, [100, 110]);
        assert!(rows.iter().any(|r| r.scope == "2025-06-05"));
    }
}
