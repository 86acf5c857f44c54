//! Figures an article implies from those it gives: interception rates and
//! weapons unaccounted for, worked out only between figures of one attack
//! as one source tells it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Attack, Names, When, lone_places};
use crate::model::{Claimant, Event, Figure, Item};
use crate::store::{Matter, Store};

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
    /// The source as the article first writes it.
    pub source: Option<Arc<str>>,
    /// The night the figures are about.
    pub date: Option<NaiveDate>,
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

/// The events derived figures are worked out from, together: launches,
/// interceptions, losses, and hits (some got through, so not all were
/// shot down).
pub const DERIVED_FROM: [Event; 4] = [
    Event::Launched,
    Event::Intercepted,
    Event::NotReached,
    Event::Hit,
];

/// Where a figure of this item and event goes among [`DERIVED_FROM`], if
/// derived figures are worked out from it at all.
pub fn derived_slot(item: Item, event: Event) -> Option<usize> {
    if !matches!(item, Item::Drone | Item::Missile | Item::DroneOrMissile) {
        return None;
    }
    DERIVED_FROM.iter().position(|&e| e == event)
}

/// A group's largest figure of each of [`DERIVED_FROM`], and its source as
/// first written.
#[derive(Default)]
struct Slots {
    largest: [Option<u64>; 4],
    source: Option<Arc<str>>,
}

/// Derived figures by the row they go to: its matter and, in corpus scope,
/// its night.
pub(super) type Placed = HashMap<(Matter, Option<When>), Vec<Derived>>;

/// Interception rates and unaccounted weapons of a scope's figures taken
/// in store order.
pub(super) struct Derivation {
    out: Placed,
    /// Rows are split by night (in corpus scope).
    by_night: bool,
    /// The article being read, and its groups. An article's figures sit
    /// together in store order, so its groups are worked out and let go one
    /// article at a time, not the corpus's at once.
    current: Option<usize>,
    groups: BTreeMap<Attack, Slots>,
    sources: Names,
    /// The last article taken.
    last: Option<usize>,
}

impl Derivation {
    pub(super) fn new(by_night: bool) -> Self {
        Derivation {
            out: HashMap::new(),
            by_night,
            current: None,
            groups: BTreeMap::new(),
            sources: Names::default(),
            last: None,
        }
    }

    /// Take figure `f` of article `a`.
    pub(super) fn take(&mut self, store: &Store, a: usize, f: &Figure) {
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
        let g = self.groups.entry(self.sources.attack(f)).or_default();
        g.source = g.source.take().or_else(|| f.source.clone());
        g.largest[slot] = Some(g.largest[slot].map_or(f.value, |v| v.max(f.value)));
    }

    /// Work out the current article's derived figures.
    fn close(&mut self, store: &Store) {
        let Some(a) = self.current.take() else {
            return;
        };
        for (bare, placed) in lone_places(self.groups.keys()) {
            if let Some(from) = self.groups.remove(&bare) {
                let into = self.groups.entry(placed).or_default();
                into.source = into.source.take().or(from.source);
                for (slot, v) in into.largest.iter_mut().zip(from.largest) {
                    *slot = (*slot).max(v);
                }
            }
        }
        // A hit at a place the attack with no place does not name as its
        // one place (two spellings of it, or two places) still says some
        // got through of the attack as a whole.
        let hit_slot = DERIVED_FROM.len() - 1;
        let mut hits: BTreeMap<Attack, u64> = BTreeMap::new();
        for (attack, slots) in &self.groups {
            if let Some(h) = slots.largest[hit_slot].filter(|&h| h > 0) {
                let mut bare = attack.clone();
                bare.2 = None;
                let top = hits.entry(bare).or_default();
                *top = (*top).max(h);
            }
        }
        for (attack, slots) in self.groups.iter_mut() {
            if attack.2.is_none()
                && let Some(&h) = hits.get(attack)
            {
                slots.largest[hit_slot] = slots.largest[hit_slot].max(Some(h));
            }
        }
        let mut shared: Option<Arc<str>> = None;
        for ((claimant, _, _, date, attacker, item), slots) in std::mem::take(&mut self.groups) {
            let night = When::of(self.by_night, a, date);
            let [launched, down, lost, _] = slots.largest;
            for (event, kind, value) in derive(slots.largest) {
                let matter = Matter {
                    attacker,
                    item,
                    event,
                };
                let article = shared
                    .get_or_insert_with(|| store.article(a).id.as_str().into())
                    .clone();
                self.out.entry((matter, night)).or_default().push(Derived {
                    kind,
                    value,
                    launched: launched.unwrap_or(0),
                    down,
                    lost: lost.filter(|_| kind == "unaccounted"),
                    article,
                    claimant,
                    source: slots.source.clone(),
                    date,
                });
            }
        }
    }

    pub(super) fn finish(mut self, store: &Store) -> Placed {
        self.close(store);
        for list in self.out.values_mut() {
            list.shrink_to_fit();
        }
        self.out
    }
}

/// What one group's largest launched, intercepted, not-reached and hit
/// imply: each derived figure's kind and value, with the event of the row
/// it goes to.
fn derive([launched, down, lost, hit]: [Option<u64>; 4]) -> Vec<(Event, &'static str, f64)> {
    let Some(launched) = launched.filter(|&l| l > 0) else {
        return Vec::new();
    };
    let (d, l) = (down.unwrap_or(0), lost.unwrap_or(0));
    // Parts above the whole are a doubt about the figures, not a share of
    // more than all of them.
    let Some(rest) = d
        .checked_add(l)
        .and_then(|parts| launched.checked_sub(parts))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let got_through = hit.is_some_and(|h| h > 0);
    if let Some(down) = down.filter(|&d| !(got_through && d == launched)) {
        let share = (down as f64 / launched as f64 * 1000.0).round() / 10.0;
        // Fewer than all never reads as all.
        let share = if down < launched {
            share.min(99.9)
        } else {
            share
        };
        out.push((Event::Intercepted, "interception_rate", share));
    }
    if down.is_some() || lost.is_some() {
        out.push((Event::Launched, "unaccounted", rest as f64));
    }
    out
}
