//! Who gave the figures: every outlet (where an article came from) and
//! every speaker (the source a figure names), with how many figures and
//! articles, on which nights, and how often someone else's claim for the
//! same matter, night and place cannot be true with theirs.

use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use super::names::Names;
use super::{Claim, Figures, Row, Scope, compare};
use crate::store::{FigureId, Store};

/// An outlet or a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Who {
    /// Where an article came from ([`Store::outlet`]).
    Outlet,
    /// Who a figure says gave it (its `source`), case and spacing aside.
    Speaker,
}

impl Who {
    pub fn label(self) -> &'static str {
        match self {
            Who::Outlet => "outlet",
            Who::Speaker => "speaker",
        }
    }
}

/// One outlet's or speaker's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub who: Who,
    /// As first written.
    pub name: String,
    pub figures: usize,
    pub articles: usize,
    /// The first and last night of their dated figures.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Distinct nights of their dated figures.
    pub nights: usize,
    /// Their figures whose claim is contradicted: an incompatible claim
    /// for the same matter, night and place gives someone else.
    pub disputed: usize,
}

impl Tally {
    /// The share of their figures that someone else contradicts, 0 to 1.
    pub fn disagreement(&self) -> f64 {
        if self.figures == 0 {
            0.0
        } else {
            self.disputed as f64 / self.figures as f64
        }
    }
}

/// An order of tallies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Most figures first.
    Figures,
    /// Most often contradicted first (by share, then by count).
    Disagreement,
    /// A to Z, any case.
    Name,
}

impl SortBy {
    pub const ALL: [SortBy; 3] = [SortBy::Figures, SortBy::Disagreement, SortBy::Name];

    pub fn next(self) -> SortBy {
        let i = SortBy::ALL.iter().position(|&s| s == self).unwrap_or(0);
        SortBy::ALL[(i + 1) % SortBy::ALL.len()]
    }

    pub fn label(self) -> &'static str {
        match self {
            SortBy::Figures => "figures",
            SortBy::Disagreement => "disagreement",
            SortBy::Name => "name",
        }
    }
}

/// Put `tallies` in `by`'s order; ties go by name.
pub fn sort(tallies: &mut [Tally], by: SortBy) {
    let name = |t: &Tally| (t.name.to_lowercase(), t.who);
    match by {
        SortBy::Figures => tallies.sort_by_cached_key(|t| (std::cmp::Reverse(t.figures), name(t))),
        SortBy::Disagreement => tallies.sort_by(|a, b| {
            b.disagreement()
                .total_cmp(&a.disagreement())
                .then(b.disputed.cmp(&a.disputed))
                .then(b.figures.cmp(&a.figures))
                .then_with(|| name(a).cmp(&name(b)))
        }),
        SortBy::Name => tallies.sort_by_cached_key(name),
    }
}

/// The tallies of the store's own figures, by most figures.
pub fn of_store(store: &Store) -> Vec<Tally> {
    let ids: Vec<FigureId> = (0..store.figures().len() as FigureId).collect();
    tally(store, &ids, &compare(store, Scope::Corpus))
}

/// Who is someone: an outlet's or a speaker's index, [`NOBODY`] for a
/// figure that names no speaker (someone else to every speaker).
type Id = u32;
const NOBODY: Id = Id::MAX;

/// Who gave one figure.
#[derive(Debug, Clone, Copy)]
struct Given {
    outlet: Id,
    speaker: Id,
}

/// Who gave each figure tallied: the store's by id, added ones apart.
struct Givers {
    store: Vec<Option<Given>>,
    added: FxHashMap<FigureId, Given>,
}

impl Givers {
    fn for_store(store: &Store) -> Givers {
        Givers {
            store: vec![None; store.figures().len()],
            added: FxHashMap::default(),
        }
    }

    fn set(&mut self, id: FigureId, g: Given) {
        match self.store.get_mut(id as usize) {
            Some(slot) => *slot = Some(g),
            None => {
                self.added.insert(id, g);
            }
        }
    }

    fn get(&self, id: &FigureId) -> Option<&Given> {
        match self.store.get(*id as usize) {
            Some(g) => g.as_ref(),
            None => self.added.get(id),
        }
    }
}

/// The tallies of figures `ids` of `figures` (those that do not count as
/// figures are left out), by most figures; `rows` is the corpus
/// comparison of the same figures, where contradictions are found.
pub fn tally<F: Figures>(figures: &F, ids: &[FigureId], rows: &[Row]) -> Vec<Tally> {
    let store = figures.store();
    let mut people = People::default();
    // Outlets by article: an article's figures all come from its outlet.
    let mut outlet_of: Vec<Id> = vec![NOBODY; store.articles().len()];
    let mut givers = Givers::for_store(store);
    let mut dates: Vec<Vec<NaiveDate>> = Vec::new();
    let mut articles: Vec<Vec<usize>> = Vec::new();
    for &id in ids {
        let Some(f) = figures.compared(id) else {
            continue;
        };
        let a = figures.article_of(id);
        let outlet = match outlet_of.get(a) {
            Some(&o) if o != NOBODY => o,
            _ => {
                let o = people.outlet(store.outlet(a));
                if let Some(slot) = outlet_of.get_mut(a) {
                    *slot = o;
                }
                o
            }
        };
        let speaker = people.speaker(f.source.as_ref());
        givers.set(id, Given { outlet, speaker });
        if dates.len() < people.tallies.len() {
            dates.resize(people.tallies.len(), Vec::new());
            articles.resize(people.tallies.len(), Vec::new());
        }
        for who in [outlet, speaker].into_iter().filter(|&w| w != NOBODY) {
            let w = who as usize;
            people.tallies[w].figures += 1;
            // An article's figures come together, and mostly about one
            // night: each is kept once a run.
            if articles[w].last() != Some(&a) {
                articles[w].push(a);
            }
            if let Some(d) = f.date
                && dates[w].last() != Some(&d)
            {
                dates[w].push(d);
            }
        }
    }
    for ((t, mut nights), mut arts) in people.tallies.iter_mut().zip(dates).zip(articles) {
        nights.sort_unstable();
        nights.dedup();
        arts.sort_unstable();
        arts.dedup();
        (t.first, t.last, t.nights) = (
            nights.first().copied(),
            nights.last().copied(),
            nights.len(),
        );
        t.articles = arts.len();
    }
    for row in rows.iter().filter(|r| r.disagrees()) {
        disputes(row, &givers, &mut people.tallies);
    }
    let mut tallies = people.tallies;
    sort(&mut tallies, SortBy::Figures);
    tallies
}

/// Count the figures of `row` that an incompatible claim from someone else
/// contradicts.
fn disputes(row: &Row, givers: &Givers, tallies: &mut [Tally]) {
    let mut whole: Vec<&Claim> = row
        .cells()
        .into_iter()
        .flatten()
        .filter(|c| !c.part)
        .collect();
    // Claims for two places add up: only those for the same place compete.
    whole.sort_by(|a, b| a.place.cmp(&b.place));
    for same in whole.chunk_by(|a, b| a.place == b.place) {
        let claims: Vec<Placed> = same
            .iter()
            .map(|c| {
                let (lo, hi) = crate::model::bounds(c.value, c.qualifier);
                let mut by = (Two::default(), Two::default());
                for g in c.figures.iter().filter_map(|id| givers.get(id)) {
                    by.0.add(g.outlet);
                    by.1.add(g.speaker);
                }
                Placed {
                    lo,
                    hi,
                    by,
                    claim: c,
                }
            })
            .collect();
        // Claims that meet two by two share a point: nobody is contradicted.
        let bottom = claims
            .iter()
            .map(|c| c.lo)
            .fold(f64::NEG_INFINITY, f64::max);
        let top = claims.iter().map(|c| c.hi).fold(f64::INFINITY, f64::min);
        if bottom <= top {
            continue;
        }
        // Who gives a claim wholly below (above) each bound: claims by their
        // top (bottom), with who gave those up to each one (from each one on).
        let mut by_top: Vec<&Placed> = claims.iter().collect();
        by_top.sort_by(|a, b| a.hi.total_cmp(&b.hi));
        let below = running(by_top.iter().copied());
        let mut by_bottom: Vec<&Placed> = claims.iter().collect();
        by_bottom.sort_by(|a, b| a.lo.total_cmp(&b.lo));
        let mut above = running(by_bottom.iter().rev().copied());
        above.reverse();
        for c in &claims {
            let under = below[by_top.partition_point(|o| o.hi < c.lo)];
            let over = above[by_bottom.partition_point(|o| o.lo <= c.hi)];
            let against = (under.0.with(over.0), under.1.with(over.1));
            for g in c.claim.figures.iter().filter_map(|id| givers.get(id)) {
                if against.0.other_than(g.outlet) {
                    tallies[g.outlet as usize].disputed += 1;
                }
                if g.speaker != NOBODY && against.1.other_than(g.speaker) {
                    tallies[g.speaker as usize].disputed += 1;
                }
            }
        }
    }
}

/// A claim with its bounds and who gave it (outlets, speakers).
struct Placed<'r> {
    lo: f64,
    hi: f64,
    by: (Two, Two),
    claim: &'r Claim,
}

/// Who gave the claims before each point of `claims`: the first entry for
/// none of them, the last for all.
fn running<'p, 'r: 'p>(claims: impl Iterator<Item = &'p Placed<'r>>) -> Vec<(Two, Two)> {
    let mut acc = (Two::default(), Two::default());
    let mut out = vec![acc];
    for c in claims {
        acc = (acc.0.with(c.by.0), acc.1.with(c.by.1));
        out.push(acc);
    }
    out
}

/// Up to two of the ids of a set: enough to tell whether it holds anyone
/// other than a given one.
#[derive(Debug, Clone, Copy, Default)]
struct Two(Option<Id>, Option<Id>);

impl Two {
    fn add(&mut self, id: Id) {
        match *self {
            Two(None, _) => self.0 = Some(id),
            Two(Some(a), None) if a != id => self.1 = Some(id),
            _ => {}
        }
    }

    fn with(mut self, other: Two) -> Two {
        for id in [other.0, other.1].into_iter().flatten() {
            self.add(id);
        }
        self
    }

    fn other_than(self, id: Id) -> bool {
        [self.0, self.1].into_iter().flatten().any(|x| x != id)
    }
}

/// Outlets and speakers met so far, each with its tally.
#[derive(Default)]
struct People {
    tallies: Vec<Tally>,
    outlets: FxHashMap<String, Id>,
    speakers: FxHashMap<Arc<str>, Id>,
    names: Names,
    /// The speaker last met, as written, and who they are.
    last: Option<(Arc<str>, Id)>,
}

impl People {
    fn outlet(&mut self, name: &str) -> Id {
        if let Some(&id) = self.outlets.get(name) {
            return id;
        }
        let id = self.add(Who::Outlet, name);
        self.outlets.insert(name.to_string(), id);
        id
    }

    fn speaker(&mut self, name: Option<&Arc<str>>) -> Id {
        // An article's figures mostly name the speaker before them again.
        if let (Some(n), Some((last, id))) = (name, &self.last)
            && Arc::ptr_eq(n, last)
        {
            return *id;
        }
        let id = self.speaker_named(name);
        if let Some(n) = name {
            self.last = Some((n.clone(), id));
        }
        id
    }

    fn speaker_named(&mut self, name: Option<&Arc<str>>) -> Id {
        let Some(key) = self.names.key(name) else {
            return NOBODY;
        };
        if let Some(&id) = self.speakers.get(&key) {
            return id;
        }
        let id = self.add(Who::Speaker, name.map_or("", |n| n.trim()));
        self.speakers.insert(key, id);
        id
    }

    fn add(&mut self, who: Who, name: &str) -> Id {
        self.tallies.push(Tally {
            who,
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            figures: 0,
            articles: 0,
            first: None,
            last: None,
            nights: 0,
            disputed: 0,
        });
        (self.tallies.len() - 1) as Id
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::store;
    use super::*;

    fn find<'t>(tallies: &'t [Tally], who: Who, name: &str) -> &'t Tally {
        tallies
            .iter()
            .find(|t| t.who == who && t.name == name)
            .unwrap_or_else(|| panic!("no {who:?} {name}: {tallies:#?}"))
    }

    fn d(m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, m, day)
    }

    /// Two wires agree on 100 launched; a third says 120 for the same
    /// night, so it and both of them are contradicted by someone else.
    fn wires() -> Store {
        store(&[
            (
                "a",
                "Source: Wire One\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Wire Two\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's  Air Force said.",
            ),
            (
                "c",
                "Source: Wire Three\nDate: 2025-06-05\n\nRussia launched 120 drones overnight, the governor said.",
            ),
            (
                "d",
                "Source: Wire One\nDate: 2025-06-08\n\nRussia launched 40 drones overnight, Ukraine's air force said.",
            ),
        ])
    }

    #[test]
    fn outlets_and_speakers_with_figures_articles_and_nights() {
        let tallies = of_store(&wires());
        let one = find(&tallies, Who::Outlet, "Wire One");
        assert_eq!((one.figures, one.articles, one.nights), (2, 2, 2));
        assert_eq!((one.first, one.last), (d(6, 4), d(6, 7)));
        // Written two ways, one speaker, named as first written.
        let air = find(&tallies, Who::Speaker, "Ukraine's air force");
        assert_eq!((air.figures, air.articles, air.nights), (3, 3, 2));
        assert_eq!(tallies.iter().filter(|t| t.who == Who::Speaker).count(), 2);
        assert_eq!(tallies[0].name, "Ukraine's air force", "most figures first");
    }

    #[test]
    fn someone_elses_incompatible_claim_is_a_dispute() {
        let tallies = of_store(&wires());
        // 100 (Wire One, Wire Two) against 120 (Wire Three) on the 4th.
        let three = find(&tallies, Who::Outlet, "Wire Three");
        assert_eq!((three.disputed, three.figures), (1, 1));
        assert_eq!(three.disagreement(), 1.0);
        let one = find(&tallies, Who::Outlet, "Wire One");
        assert_eq!(
            (one.disputed, one.figures),
            (1, 2),
            "the 7th is not disputed"
        );
        assert_eq!(one.disagreement(), 0.5);
        let air = find(&tallies, Who::Speaker, "Ukraine's air force");
        assert_eq!(air.disputed, 2, "the governor says otherwise of the 4th");
        let governor = find(&tallies, Who::Speaker, "the governor");
        assert_eq!(governor.disputed, 1);
    }

    #[test]
    fn nobody_disputes_themselves_nor_a_hedge_that_fits() {
        // One outlet giving 100 and 120: no one else says otherwise.
        let s = store(&[
            (
                "a",
                "Source: Wire One\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Wire One\nDate: 2025-06-05\n\nRussia launched 120 drones overnight, Ukraine's air force said.",
            ),
            (
                "c",
                "Source: Wire Two\nDate: 2025-06-05\n\nRussia launched more than 90 drones overnight, the governor said.",
            ),
        ]);
        let tallies = of_store(&s);
        assert_eq!(find(&tallies, Who::Outlet, "Wire One").disputed, 0);
        assert_eq!(find(&tallies, Who::Outlet, "Wire Two").disputed, 0);
        assert_eq!(
            find(&tallies, Who::Speaker, "Ukraine's air force").disputed,
            0
        );
    }

    #[test]
    fn sorted_by_disagreement_and_by_name() {
        let mut tallies = of_store(&wires());
        sort(&mut tallies, SortBy::Disagreement);
        assert_eq!(tallies[0].disagreement(), 1.0);
        sort(&mut tallies, SortBy::Name);
        let names: Vec<&str> = tallies.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "the governor",
                "Ukraine's air force",
                "Wire One",
                "Wire Three",
                "Wire Two"
            ]
        );
    }

    #[test]
    fn two_holds_enough_to_tell_anyone_else() {
        let mut t = Two::default();
        assert!(!t.other_than(1));
        t.add(1);
        t.add(1);
        assert!(!t.other_than(1) && t.other_than(2));
        t.add(2);
        t.add(3);
        assert!(t.other_than(1) && t.other_than(2) && t.other_than(3));
    }
}
