//! Names as written (a source, a place) told apart by what they say, case
//! and spacing aside.

use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::model::{Claimant, Figure, Item, Side};

/// The figures of one attack as one source tells it: side, source and
/// place (each case and spacing aside), night, attacker and item. Derived
/// figures are worked out, and launches checked against what became of
/// them, only within one.
pub type Attack = (
    Claimant,
    Option<Arc<str>>,
    Option<Arc<str>>,
    Option<NaiveDate>,
    Option<Side>,
    Item,
);

/// Where an article gives one attack's figures for exactly one place and
/// for none (`539 launched from the Kursk region`, `268 shot down`), those
/// for none are about that place too; where it gives several places, those
/// for none stand apart. Each attack of `attacks` that names no place, and
/// the one with the lone place it joins.
pub fn lone_places<'a>(attacks: impl Iterator<Item = &'a Attack>) -> FxHashMap<Attack, Attack> {
    // Per attack with its place set aside: its one place, or none if many.
    let mut places: FxHashMap<Attack, Option<Attack>> = FxHashMap::default();
    let mut unplaced = Vec::new();
    for a in attacks {
        let mut bare = a.clone();
        if bare.2.take().is_none() {
            unplaced.push(bare);
            continue;
        }
        places
            .entry(bare)
            .and_modify(|one| {
                if one.as_ref() != Some(a) {
                    *one = None;
                }
            })
            .or_insert_with(|| Some(a.clone()));
    }
    unplaced
        .into_iter()
        .filter_map(|bare| {
            let one = places.get(&bare)?.clone()?;
            Some((bare, one))
        })
        .collect()
}

/// Each name's normal form, worked out once however often it is written:
/// a night of a large corpus names the same few sources and places tens of
/// thousands of times.
#[derive(Default)]
pub struct Names {
    seen: FxHashMap<Arc<str>, Option<Arc<str>>>,
}

impl Names {
    /// The attack figure `f` tells of.
    pub fn attack(&mut self, f: &Figure) -> Attack {
        (
            f.claimant,
            self.key(f.source.as_ref()),
            self.key(f.location.as_ref()),
            f.date,
            f.attacker,
            f.item,
        )
    }

    /// The normal form of `name`; none for no name or a blank one.
    pub fn key(&mut self, name: Option<&Arc<str>>) -> Option<Arc<str>> {
        let name = name?;
        if let Some(known) = self.seen.get(&**name) {
            return known.clone();
        }
        let key = Some(normal(name)).filter(|k| !k.is_empty()).map(Arc::from);
        self.seen.insert(name.clone(), key.clone());
        key
    }
}

/// `Ukraine's  Air Force` → `ukraine's air force`.
fn normal(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
