//! Competing claims: for an article, a night or the corpus, one row per
//! matter with each side's claims side by side.
//!
//! Repeats of the same value by several outlets are one claim with counts,
//! since news repeats wire copy; mirror matters (Russian drones shot down by
//! Ukraine, Ukrainian drones shot down by Russia) sit next to each other; and
//! running totals keep rows of their own.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::model::{Claimant, Event, Figure, Item, Qualifier, Side};
use crate::store::{FigureId, Matter, Store};

/// What a comparison covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One article.
    Article(usize),
    /// The figures about one night or day.
    Night(NaiveDate),
    /// Every figure.
    Corpus,
}

/// How the whole corpus is cut into scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Article,
    Night,
    Corpus,
}

/// One value for a matter, as one side gives it, with every mention of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub value: u64,
    pub qualifier: Qualifier,
    /// Every figure that gives this value, in store order.
    pub figures: Vec<FigureId>,
    /// Distinct outlets and articles that give it.
    pub outlets: usize,
    pub articles: usize,
    /// Every mention is given as part of a larger total (`three of them in
    /// Kyiv`), so it does not compete with the whole.
    pub part: bool,
}

/// A figure the article implies from the ones it gives.
///
/// Across a corpus there are two for nearly every article, so it keeps the
/// numbers it is worked out from rather than their text ([`Derived::text`]
/// writes it when shown), and an article's derived figures share its id.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// `interception_rate` or `unaccounted`.
    pub kind: &'static str,
    pub value: f64,
    pub launched: u64,
    pub down: Option<u64>,
    pub lost: Option<u64>,
    /// The article's id.
    pub article: Arc<str>,
    pub claimant: Claimant,
}

impl Derived {
    /// How it was worked out: `63 of 137`, `137 − 63 − 9`.
    pub fn text(&self) -> String {
        let (launched, d) = (self.launched, self.down.unwrap_or(0));
        match (self.kind, self.lost) {
            ("interception_rate", _) => format!("{d} of {launched}"),
            (_, Some(l)) => format!("{launched} − {d} − {l}"),
            (_, None) => format!("{launched} − {d}"),
        }
    }
}

/// One matter in one scope, with each side's claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub scope: String,
    pub matter: Matter,
    pub cumulative: bool,
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

    /// Two claims that cannot both be true (parts of totals aside).
    pub fn disagrees(&self) -> bool {
        // Ranges that meet two by two share a point, so some two fail to
        // meet exactly when the highest bottom is above the lowest top: one
        // pass, where a corpus row holds thousands of claims.
        let (mut bottom, mut top) = (f64::NEG_INFINITY, f64::INFINITY);
        for c in self.cells().into_iter().flatten().filter(|c| !c.part) {
            let (lo, hi) = crate::model::bounds(c.value, c.qualifier);
            bottom = bottom.max(lo);
            top = top.min(hi);
        }
        bottom > top
    }

    /// Worth reading first: both sides speak, or the values differ.
    pub fn contested(&self) -> bool {
        self.both_sides() || self.disagrees()
    }
}

/// The rows for one scope, contested pairs of mirror matters first.
pub fn compare(store: &Store, scope: Scope) -> Vec<Row> {
    let (name, ids): (String, Vec<FigureId>) = match scope {
        Scope::Article(a) => (
            store.article(a).id.clone(),
            store.article_figures(a).collect(),
        ),
        Scope::Night(d) => (d.to_string(), store.by_date(d).to_vec()),
        Scope::Corpus => (
            "corpus".into(),
            (0..store.figures().len() as FigureId).collect(),
        ),
    };
    compare_figures(store, name, &ids)
}

/// The rows of every scope the corpus is cut into by `by`, worked out a
/// scope at a time as they are taken, so that a writer need not hold them all.
pub fn compare_all(store: &Store, by: By) -> Box<dyn Iterator<Item = Row> + '_> {
    match by {
        By::Article => {
            Box::new((0..store.articles().len()).flat_map(|a| compare(store, Scope::Article(a))))
        }
        By::Night => {
            let undated = std::iter::once_with(|| {
                let ids: Vec<FigureId> = (0..store.figures().len() as FigureId)
                    .filter(|&i| store.figure(i).date.is_none())
                    .collect();
                compare_figures(store, "undated".into(), &ids)
            });
            Box::new(
                store
                    .dates()
                    .flat_map(|d| compare(store, Scope::Night(d)))
                    .chain(undated.flatten()),
            )
        }
        By::Corpus => Box::new(compare(store, Scope::Corpus).into_iter()),
    }
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

/// The rows of figures `ids` of `figures`, named `scope`. An article's
/// figures must sit together in `ids`, in text order, the articles in
/// store order (as every scope of the store lists them): claims count
/// their articles, and derived figures are worked out, an article at a
/// time, so ids in another order give wrong counts (checked in debug
/// builds only).
pub fn compare_figures<F: Figures>(figures: &F, scope: String, ids: &[FigureId]) -> Vec<Row> {
    let store = figures.store();
    // Each figure is read once, for its row, its side's cell and the
    // derived figures: a night of a large corpus holds tens of thousands,
    // spread over the store, and every read of one is a miss in the cache.
    let mut by_row: FxHashMap<(Matter, bool), [Vec<Mention>; 4]> = FxHashMap::default();
    let mut derivation = Derivation::default();
    for &id in ids {
        let Some(f) = figures.compared(id) else {
            continue;
        };
        derivation.take(store, figures.article_of(id), f);
        let mention = Mention {
            id,
            value: f.value,
            qualifier: f.qualifier,
            part: f.subset_of.is_some(),
        };
        by_row.entry((Matter::of(f), f.cumulative)).or_default()[side_slot(f.claimant)]
            .push(mention);
    }
    let mut derived = derivation.finish(store);
    let mut rows: Vec<Row> = by_row
        .into_iter()
        .map(|((matter, cumulative), [ua, ru, other, unknown])| Row {
            scope: scope.clone(),
            matter,
            cumulative,
            ua: claims(figures, ua),
            ru: claims(figures, ru),
            other: claims(figures, other),
            unknown: claims(figures, unknown),
            derived: if cumulative {
                Vec::new()
            } else {
                derived.remove(&matter).unwrap_or_default()
            },
        })
        .collect();
    sort_rows(&mut rows);
    rows
}

/// Rows in the comparison's order: mirror matters side by side, pairs with
/// a contest first, then by running total, item, event and attacker.
pub fn sort_rows(rows: &mut [Row]) {
    let pair_key = |r: &Row| (r.matter.item, r.matter.event, r.cumulative);
    let mut contested: HashMap<(Item, Event, bool), bool> = HashMap::new();
    for r in rows.iter() {
        *contested.entry(pair_key(r)).or_default() |= r.contested();
    }
    rows.sort_by_key(|r| {
        (
            !contested[&pair_key(r)],
            r.cumulative,
            item_rank(r.matter.item),
            event_rank(r.matter.event),
            attacker_rank(r.matter.attacker),
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

/// What a claim reads of a figure.
#[derive(Debug, Clone, Copy)]
struct Mention {
    id: FigureId,
    value: u64,
    qualifier: Qualifier,
    /// Given as part of a larger total.
    part: bool,
}

/// Group figures, in store order, into claims by value and hedge.
fn claims<F: Figures>(figures: &F, mentions: Vec<Mention>) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    // Each claim's place in `out`, by value and hedge: across the corpus a
    // row holds thousands of values.
    let mut at: FxHashMap<(u64, Qualifier), usize> = FxHashMap::default();
    for m in mentions {
        match at.entry((m.value, m.qualifier)) {
            Entry::Occupied(e) => {
                let c = &mut out[*e.get()];
                c.figures.push(m.id);
                c.part &= m.part;
            }
            Entry::Vacant(e) => {
                e.insert(out.len());
                out.push(Claim {
                    value: m.value,
                    qualifier: m.qualifier,
                    figures: vec![m.id],
                    outlets: 0,
                    articles: 0,
                    part: m.part,
                });
            }
        }
    }
    let mut outlets: FxHashSet<&str> = FxHashSet::default();
    for c in &mut out {
        // In store order an article's figures sit together, so its
        // articles are counted where the owner changes.
        let mut last = None;
        for &i in &c.figures {
            let a = figures.article_of(i);
            if last != Some(a) {
                last = Some(a);
                c.articles += 1;
                outlets.insert(figures.store().outlet(a));
            }
        }
        c.outlets = outlets.len();
        outlets.clear();
    }
    out.sort_by_key(|c| std::cmp::Reverse(c.articles));
    out
}

/// Interception rates and unaccounted weapons, per article and side, where
/// the article gives launches and what became of them: worked out from a
/// scope's figures taken in store order.
#[derive(Default)]
struct Derivation {
    out: HashMap<Matter, Vec<Derived>>,
    /// The article being read, and its groups. An article's figures sit
    /// together in store order, so its groups are worked out and let go one
    /// article at a time, not the corpus's at once.
    current: Option<usize>,
    groups: BTreeMap<Group, [Option<u64>; 3]>,
    /// The last article taken.
    last: Option<usize>,
}

impl Derivation {
    /// Take figure `f` of article `a`.
    fn take(&mut self, store: &Store, a: usize, f: &Figure) {
        debug_assert!(
            self.last <= Some(a),
            "a scope's articles are in store order"
        );
        self.last = Some(a);
        if self.current != Some(a) {
            self.close(store);
            self.current = Some(a);
        }
        if f.cumulative {
            return;
        }
        let Some(slot) = derived_slot(f.item, f.event) else {
            return;
        };
        let g = self
            .groups
            .entry((f.claimant, f.attacker, f.item))
            .or_default();
        g[slot] = Some(g[slot].map_or(f.value, |v| v.max(f.value)));
    }

    /// Work out the current article's derived figures.
    fn close(&mut self, store: &Store) {
        if let Some(done) = self.current.take() {
            derive_article(&store.article(done).id, &mut self.groups, &mut self.out);
        }
    }

    fn finish(mut self, store: &Store) -> HashMap<Matter, Vec<Derived>> {
        self.close(store);
        for list in self.out.values_mut() {
            list.shrink_to_fit();
        }
        self.out
    }
}

/// The events derived figures are worked out from, together: launches,
/// interceptions and losses of drones and missiles.
pub const DERIVED_FROM: [Event; 3] = [Event::Launched, Event::Intercepted, Event::NotReached];

/// Where a figure of this item and event goes among [`DERIVED_FROM`], if
/// derived figures are worked out from it at all.
pub fn derived_slot(item: Item, event: Event) -> Option<usize> {
    if !matches!(item, Item::Drone | Item::Missile | Item::DroneOrMissile) {
        return None;
    }
    DERIVED_FROM.iter().position(|&e| e == event)
}

/// One article's figures by side, attacker and item: the largest launched,
/// intercepted and not-reached of each.
type Group = (Claimant, Option<Side>, Item);

/// The rates and unaccounted weapons of the article `id`, from its groups,
/// which it empties.
fn derive_article(
    id: &str,
    groups: &mut BTreeMap<Group, [Option<u64>; 3]>,
    out: &mut HashMap<Matter, Vec<Derived>>,
) {
    let mut shared: Option<Arc<str>> = None;
    let mut article = || shared.get_or_insert_with(|| id.into()).clone();
    for ((claimant, attacker, item), slots) in std::mem::take(groups) {
        let [Some(launched), down, lost] = slots else {
            continue;
        };
        if launched == 0 {
            continue;
        }
        let matter = |event| Matter {
            attacker,
            item,
            event,
        };
        if let Some(down) = down {
            out.entry(matter(Event::Intercepted))
                .or_default()
                .push(Derived {
                    kind: "interception_rate",
                    value: (down as f64 / launched as f64 * 1000.0).round() / 10.0,
                    launched,
                    down: Some(down),
                    lost: None,
                    article: article(),
                    claimant,
                });
        }
        if down.is_some() || lost.is_some() {
            let (d, l) = (down.unwrap_or(0), lost.unwrap_or(0));
            if let Some(rest) = launched.checked_sub(d + l) {
                out.entry(matter(Event::Launched))
                    .or_default()
                    .push(Derived {
                        kind: "unaccounted",
                        value: rest as f64,
                        launched,
                        down,
                        lost,
                        article: article(),
                        claimant,
                    });
            }
        }
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
    use crate::corpus::parse_text;

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
                    figures: vec![0],
                    outlets: 1,
                    articles: 1,
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

    fn store(texts: &[(&str, &str)]) -> Store {
        Store::build(
            texts
                .iter()
                .map(|(id, t)| parse_text(id, id, t.to_string()))
                .collect(),
        )
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
                "Source: Wire One\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Wire Two\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "c",
                "Source: Wire Two\n\nRussia launched 120 drones overnight, Ukraine's air force said.",
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
