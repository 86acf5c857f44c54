//! Night by night: for each dated night, each side's figure for the main
//! matters of the air war, with how many articles give it and whether the
//! sources disagree; read off the corpus comparison (`compare`).
//!
//! A side's figure for a night is its claim for the whole country when it
//! gives one (the one most articles repeat, the larger on a tie), else
//! the sum of its claims place by place (`Kharkiv: 3 killed`, `Odesa: 2`),
//! since a night's toll is often only ever given city by city. Parts of a
//! total (`three of them in Kyiv`) never stand for it.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use rustc_hash::FxHashSet;

use crate::compare::{Claim, Figures, Night, Row};
use crate::model::{Claimant, Event, Item, Qualifier, Side};
use crate::store::{FigureId, Matter};

/// A matter the timeline follows, and whose count of it comes first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Its name on the command line and in CSV and JSON.
    pub key: String,
    /// What it is, for people: `Russian drones launched`.
    pub label: String,
    /// A column heading of a few letters: `dr↑`.
    pub short: String,
    pub matter: Matter,
    /// The side that counts it first (Ukraine counts the Russian drones
    /// launched at it), whose figure a one-number cell shows.
    pub counted_by: Claimant,
}

impl Line {
    fn main(
        key: &str,
        label: &str,
        short: &str,
        (attacker, item, event): (Side, Item, Event),
    ) -> Line {
        Line {
            key: key.into(),
            label: label.into(),
            short: short.into(),
            matter: Matter {
                attacker: Some(attacker),
                item,
                event,
            },
            // The attacked side counts what came at it and what it lost.
            counted_by: match attacker.other() {
                Side::Ua => Claimant::Ua,
                Side::Ru => Claimant::Ru,
            },
        }
    }

    /// Any matter, named `attacker/item/event` (`ru/drone/hit`, or
    /// `-/person/killed` for no attacker named).
    pub fn parse(spec: &str) -> Result<Line, String> {
        if let Some(line) = main_lines().into_iter().find(|l| l.key == spec) {
            return Ok(line);
        }
        let parts: Vec<&str> = spec.split('/').map(str::trim).collect();
        let [attacker, item, event] = parts[..] else {
            let keys: Vec<String> = main_lines().into_iter().map(|l| l.key).collect();
            return Err(format!(
                "unknown matter `{spec}`: give one of {} or attacker/item/event (ru/drone/hit)",
                keys.join(", ")
            ));
        };
        let attacker = match attacker {
            "-" | "" | "none" => None,
            a => Some(named::<Side>(a, "attacker")?),
        };
        let matter = Matter {
            attacker,
            item: named::<Item>(item, "item")?,
            event: named::<Event>(event, "event")?,
        };
        let label = match attacker {
            Some(a) => format!("{} {} ({a} attack)", matter.item, matter.event),
            None => format!("{} {}", matter.item, matter.event),
        };
        Ok(Line {
            key: spec.into(),
            label,
            short: format!(
                "{}/{}",
                &matter.item.to_string()[..2],
                &matter.event.to_string()[..2]
            ),
            matter,
            counted_by: match attacker {
                Some(Side::Ru) => Claimant::Ua,
                Some(Side::Ua) => Claimant::Ru,
                None => Claimant::Unknown,
            },
        })
    }
}

/// A SPEC.md name (`drone`, `not_reached`, `ru`) as its value.
fn named<T: serde::de::DeserializeOwned>(name: &str, what: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(name.to_lowercase()))
        .map_err(|_| format!("unknown {what} `{name}`"))
}

/// The matters a timeline follows unless told otherwise: the Russian
/// drones and missiles launched, shot down and lost (Ukraine's count), the
/// Ukrainian drones shot down (Russia's count), and the people killed and
/// injured by each side's attacks.
pub fn main_lines() -> Vec<Line> {
    use Event::*;
    use Item::*;
    use Side::{Ru, Ua};
    vec![
        Line::main(
            "drones_launched",
            "Russian drones launched",
            "dr↑",
            (Ru, Drone, Launched),
        ),
        Line::main(
            "missiles_launched",
            "Russian missiles launched",
            "mi↑",
            (Ru, Missile, Launched),
        ),
        Line::main(
            "drones_intercepted",
            "Russian drones shot down",
            "dr✕",
            (Ru, Drone, Intercepted),
        ),
        Line::main(
            "missiles_intercepted",
            "Russian missiles shot down",
            "mi✕",
            (Ru, Missile, Intercepted),
        ),
        Line::main(
            "drones_not_reached",
            "Russian drones lost on the way",
            "dr∅",
            (Ru, Drone, NotReached),
        ),
        Line::main(
            "missiles_not_reached",
            "Russian missiles lost on the way",
            "mi∅",
            (Ru, Missile, NotReached),
        ),
        Line::main(
            "ua_drones_intercepted",
            "Ukrainian drones shot down",
            "UAdr✕",
            (Ua, Drone, Intercepted),
        ),
        Line::main(
            "killed",
            "people killed by Russian attacks",
            "kill",
            (Ru, Person, Killed),
        ),
        Line::main(
            "injured",
            "people injured by Russian attacks",
            "inj",
            (Ru, Person, Injured),
        ),
        Line::main(
            "killed_in_russia",
            "people killed by Ukrainian attacks",
            "RUkill",
            (Ua, Person, Killed),
        ),
        Line::main(
            "injured_in_russia",
            "people injured by Ukrainian attacks",
            "RUinj",
            (Ua, Person, Injured),
        ),
    ]
}

/// The sides a cell holds a figure for, in order.
pub const SIDES: [Claimant; 4] = [
    Claimant::Ua,
    Claimant::Ru,
    Claimant::Other,
    Claimant::Unknown,
];

/// One side's figure for a matter on a night.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub value: u64,
    pub qualifier: Qualifier,
    /// The places summed to make it; 0 for a figure for no place.
    pub places: usize,
    /// Different values this side gives for it (the rest are in the
    /// claims); 1 when it gives one.
    pub values: usize,
}

impl fmt::Display for Value {
    /// `≥17`, `~30`, `120`, with `Σ` before a sum of places.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = self.qualifier.sign();
        let sum = if self.places > 1 { "Σ" } else { "" };
        write!(f, "{sum}{sign}{}", self.value)
    }
}

/// A matter on a night: each side's figure, and what stands behind them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    /// By [`SIDES`]: Ukrainian, Russian, third party, unattributed.
    pub sides: [Option<Value>; 4],
    /// Every figure behind the cell, in store order.
    pub figures: Vec<FigureId>,
    /// Distinct articles and outlets that give a figure for it.
    pub articles: usize,
    pub outlets: usize,
    /// Two claims that cannot both be true (see [`Row::disagrees`]).
    pub disagree: bool,
}

impl Cell {
    pub fn side(&self, c: Claimant) -> Option<&Value> {
        self.sides[side_index(c)].as_ref()
    }

    pub fn is_empty(&self) -> bool {
        self.figures.is_empty()
    }

    /// The figure a one-number cell shows: the counting side's, else the
    /// first side that gives one.
    pub fn headline(&self, counted_by: Claimant) -> Option<(Claimant, &Value)> {
        let first = std::iter::once(counted_by).chain(SIDES);
        first.filter_map(|c| self.side(c).map(|v| (c, v))).next()
    }
}

/// The side as the chart's legend names it.
pub fn side_name(side: Claimant) -> &'static str {
    match side {
        Claimant::Ua => "Ukrainian side",
        Claimant::Ru => "Russian side",
        Claimant::Other => "third party",
        Claimant::Unknown => "unattributed",
    }
}

fn side_index(c: Claimant) -> usize {
    SIDES.iter().position(|&s| s == c).unwrap_or(3)
}

/// One night: a cell per line.
#[derive(Debug, Clone, PartialEq)]
pub struct NightRow {
    pub night: NaiveDate,
    pub cells: Vec<Cell>,
}

/// Nights down, lines across.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub lines: Vec<Line>,
    /// Nights with a figure for any line, oldest first.
    pub nights: Vec<NightRow>,
    /// Figures of these matters with no night, so left out.
    pub undated: usize,
}

impl Timeline {
    /// The row of `night`, or where it would go.
    pub fn find(&self, night: NaiveDate) -> Result<usize, usize> {
        self.nights.binary_search_by_key(&night, |r| r.night)
    }

    /// Each night and line somebody gave a figure for, in order.
    pub fn reported(&self) -> impl Iterator<Item = (NaiveDate, &Line, &Cell)> {
        self.nights.iter().flat_map(|r| {
            self.lines
                .iter()
                .zip(&r.cells)
                .filter(|(_, c)| !c.is_empty())
                .map(move |(l, c)| (r.night, l, c))
        })
    }

    /// Each night's figure from `side` for line `line`, on every calendar
    /// night from the first to the last: None where it gave none (a gap).
    pub fn series(&self, line: usize, side: Claimant) -> Vec<(NaiveDate, Option<u64>)> {
        let (Some(first), Some(last)) = (self.nights.first(), self.nights.last()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut rows = self.nights.iter().peekable();
        let mut d = first.night;
        while d <= last.night {
            let value = match rows.peek() {
                Some(r) if r.night == d => {
                    let v = r.cells[line].side(side).map(|v| v.value);
                    rows.next();
                    v
                }
                _ => None,
            };
            out.push((d, value));
            match d.succ_opt() {
                Some(next) => d = next,
                None => break,
            }
        }
        out
    }
}

/// The timeline of `lines` from the corpus comparison `rows` (one row per
/// matter and night, as `compare(.., Scope::Corpus)` gives them) over
/// `figures`.
pub fn timeline<F: Figures>(figures: &F, rows: &[Row], lines: &[Line]) -> Timeline {
    let mut nights: BTreeMap<NaiveDate, Vec<Cell>> = BTreeMap::new();
    let mut undated = 0;
    for row in rows.iter().filter(|r| !r.cumulative) {
        let Some(l) = lines.iter().position(|l| l.matter == row.matter) else {
            continue;
        };
        let night = match &row.night {
            Some(Night::Date(d)) => *d,
            Some(Night::Undated(_)) | None => {
                undated += row
                    .cells()
                    .iter()
                    .flat_map(|c| c.iter())
                    .map(|c| c.figures.len())
                    .sum::<usize>();
                continue;
            }
        };
        let cells = nights
            .entry(night)
            .or_insert_with(|| vec![Cell::default(); lines.len()]);
        cells[l] = cell(figures, row);
    }
    Timeline {
        lines: lines.to_vec(),
        nights: nights
            .into_iter()
            .map(|(night, cells)| NightRow { night, cells })
            .collect(),
        undated,
    }
}

/// A comparison row as a timeline cell.
fn cell<F: Figures>(figures: &F, row: &Row) -> Cell {
    let mut ids: Vec<FigureId> = row
        .cells()
        .iter()
        .flat_map(|c| c.iter())
        .flat_map(|c| c.figures.iter().copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let store = figures.store();
    let mut articles = FxHashSet::default();
    let mut outlets = FxHashSet::default();
    for &id in &ids {
        let a = figures.article_of(id);
        if articles.insert(a) {
            outlets.insert(store.outlet(a));
        }
    }
    let cells = row.cells();
    Cell {
        sides: std::array::from_fn(|i| side_value(cells[i])),
        articles: articles.len(),
        outlets: outlets.len(),
        disagree: row.disagrees(),
        figures: ids,
    }
}

/// A side's figure from its claims (see the module's doc).
fn side_value(claims: &[Claim]) -> Option<Value> {
    let best = |cs: &mut dyn Iterator<Item = &Claim>| {
        cs.max_by_key(|c| (c.articles, c.figures.len(), c.value))
            .map(|c| (c.value, c.qualifier))
    };
    // For the whole country: a figure for no place, a whole one first; a
    // part with no place is most often part of another matter's total
    // (`of which 80 were shot down`), the whole of its own.
    let nowhere = |part: bool| {
        claims
            .iter()
            .filter(move |c| c.place.is_none() && c.part == part)
    };
    for part in [false, true] {
        let values = nowhere(part).count();
        if let Some((value, qualifier)) = best(&mut nowhere(part)) {
            return Some(Value {
                value,
                qualifier,
                places: 0,
                values,
            });
        }
    }
    let mut places: Vec<&str> = claims.iter().filter_map(|c| c.place.as_deref()).collect();
    places.sort_unstable();
    places.dedup();
    let mut sum = Value {
        value: 0,
        qualifier: Qualifier::Exact,
        places: places.len(),
        values: 1,
    };
    for p in &places {
        let here = || claims.iter().filter(|c| c.place.as_deref() == Some(p));
        let (v, q) = best(&mut here())?;
        sum.values = sum.values.max(here().count());
        sum.value = sum.value.saturating_add(v);
        sum.qualifier = match (sum.qualifier, q) {
            (Qualifier::Exact, q) | (q, Qualifier::Exact) => q,
            (a, b) if a == b => a,
            // Hedges pulling both ways leave only "about".
            _ => Qualifier::Approx,
        };
    }
    (!places.is_empty()).then_some(sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Scope, compare};
    use crate::store::Store;

    fn store(texts: &[(&str, &str)]) -> Store {
        Store::of_texts(texts)
    }

    fn of(store: &Store) -> Timeline {
        timeline(store, &compare(store, Scope::Corpus), &main_lines())
    }

    fn at(t: &Timeline, night: &str, key: &str) -> Cell {
        let d: NaiveDate = night.parse().unwrap();
        let l = t.lines.iter().position(|l| l.key == key).unwrap();
        t.nights[t.find(d).expect(night)].cells[l].clone()
    }

    #[test]
    fn each_side_on_each_night() {
        let s = store(&[
            (
                "a",
                "Source: Kyiv Wire\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, of which 80 were shot down, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Moscow Daily\nDate: 2025-06-05\n\nRussia's defence ministry said its air defences destroyed 40 Ukrainian drones overnight.",
            ),
            (
                "c",
                "Source: Wire Two\nDate: 2025-06-06\n\nRussia launched 90 drones overnight, Ukraine's air force said.",
            ),
        ]);
        let t = of(&s);
        let nights: Vec<String> = t.nights.iter().map(|r| r.night.to_string()).collect();
        assert_eq!(nights, ["2025-06-04", "2025-06-05"]);
        let launched = at(&t, "2025-06-04", "drones_launched");
        assert_eq!(launched.side(Claimant::Ua).map(|v| v.value), Some(100));
        assert_eq!((launched.articles, launched.outlets), (1, 1));
        assert!(!launched.disagree);
        assert_eq!(
            at(&t, "2025-06-04", "drones_intercepted")
                .side(Claimant::Ua)
                .map(|v| v.value),
            Some(80)
        );
        let theirs = at(&t, "2025-06-04", "ua_drones_intercepted");
        assert_eq!(
            theirs.headline(Claimant::Ru).map(|(c, v)| (c, v.value)),
            Some((Claimant::Ru, 40))
        );
        assert!(at(&t, "2025-06-05", "ua_drones_intercepted").is_empty());
    }

    #[test]
    fn the_most_repeated_figure_stands_and_a_contradiction_is_marked() {
        let s = store(&[
            (
                "a",
                "Source: One\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Two\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "c",
                "Source: Three\nDate: 2025-06-05\n\nRussia launched 120 drones overnight, Ukraine's air force said.",
            ),
        ]);
        let c = at(&of(&s), "2025-06-04", "drones_launched");
        let ua = c.side(Claimant::Ua).unwrap();
        assert_eq!((ua.value, ua.values), (100, 2));
        assert_eq!((c.articles, c.outlets, c.figures.len()), (3, 3, 3));
        assert!(c.disagree);
    }

    #[test]
    fn a_toll_given_city_by_city_is_summed() {
        let s = store(&[(
            "a",
            "Date: 2025-06-05\n\nA Russian drone attack killed three people in Kharkiv, the regional governor said. In Odesa, two people were killed by a Russian drone, the mayor said.",
        )]);
        let c = at(&of(&s), "2025-06-04", "killed");
        let ua = c.side(Claimant::Ua).expect("a Ukrainian toll");
        assert_eq!((ua.value, ua.places), (5, 2));
        assert_eq!(ua.to_string(), "Σ5");
    }

    #[test]
    fn undated_figures_are_counted_not_placed() {
        let s = store(&[("a", "Russia launched 100 drones, Ukraine's air force said.")]);
        let t = of(&s);
        assert!(t.nights.is_empty());
        assert_eq!(t.undated, 1);
    }

    #[test]
    fn series_has_gaps_where_nobody_reported() {
        let s = store(&[
            (
                "a",
                "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Date: 2025-06-08\n\nRussia launched 70 drones overnight, Ukraine's air force said.",
            ),
        ]);
        let t = of(&s);
        let series = t.series(0, Claimant::Ua);
        let values: Vec<Option<u64>> = series.iter().map(|(_, v)| *v).collect();
        assert_eq!(values, [Some(100), None, None, Some(70)]);
    }

    #[test]
    fn matters_by_name() {
        let l = Line::parse("ru/drone/hit").unwrap();
        assert_eq!(l.matter.event, Event::Hit);
        assert_eq!(l.counted_by, Claimant::Ua);
        assert_eq!(Line::parse("killed").unwrap().matter.item, Item::Person);
        assert!(
            Line::parse("-/person/killed")
                .unwrap()
                .matter
                .attacker
                .is_none()
        );
        let e = Line::parse("ru/drone/exploded").unwrap_err();
        assert!(e.contains("unknown event `exploded`"), "{e}");
        assert!(
            Line::parse("drones")
                .unwrap_err()
                .contains("drones_launched")
        );
    }
}
