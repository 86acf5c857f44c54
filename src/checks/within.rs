//! Checks within one article: launches against what became of them, parts
//! against totals, running totals against one night.

use std::collections::HashMap;

use super::{Add, DoubtKind, View};
use crate::compare::{Attack, Figures, Names, lone_places};
use crate::model::{Event, Figure, Item, Qualifier};
use crate::store::{FigureId, Matter};

/// Whether a figure about place `part` is within one about place `whole`:
/// a figure for no place is about all of them.
fn within_place(part: Option<&str>, whole: Option<&str>) -> bool {
    whole.is_none() || part == whole
}

pub(super) fn within_article<F: Figures + ?Sized>(view: &View<'_, F>, a: usize, add: &mut Add<'_>) {
    let figs = view.article(a);
    // Interceptions and losses against launches, within one attack as one
    // source gives it (the same grouping as the interception rates): a
    // governor's count for a region and a ministry's for the country
    // measure different things.
    let mut names = Names::default();
    let mut key = |f: &Figure, event: Event| -> (Attack, Event) { (names.attack(f), event) };
    let mut groups: HashMap<(Attack, Event), Vec<(FigureId, &Figure)>> = HashMap::new();
    for &(id, f) in &figs {
        // A part counts only where its total is of another event
        // (`launched 50, including 20 that were shot down`).
        let part_of_same =
            f.subset_of.is_some() && view.parent(a, f).is_none_or(|(_, p)| p.event == f.event);
        if !f.cumulative && !part_of_same {
            groups.entry(key(f, f.event)).or_default().push((id, f));
        }
    }
    // Figures for no place join the attack's one place, as the rates do.
    let lone = lone_places(groups.keys().map(|(attack, _)| attack));
    for (bare, placed) in &lone {
        for event in [Event::Launched, Event::Intercepted, Event::NotReached] {
            if let Some(moved) = groups.remove(&(bare.clone(), event)) {
                groups
                    .entry((placed.clone(), event))
                    .or_default()
                    .extend(moved);
            }
        }
    }
    let settle =
        |(attack, event): (Attack, Event)| (lone.get(&attack).cloned().unwrap_or(attack), event);
    let max = |k: (Attack, Event)| {
        groups
            .get(&k)
            .and_then(|g| g.iter().max_by_key(|(_, f)| f.value).copied())
    };
    for launched in groups
        .iter()
        .filter(|(k, _)| k.1 == Event::Launched)
        .map(|(_, g)| g)
    {
        let Some(&(l, fl)) = launched.iter().max_by_key(|(_, f)| f.value) else {
            continue;
        };
        let down = max(settle(key(fl, Event::Intercepted)));
        let lost = max(settle(key(fl, Event::NotReached)));
        let value = |x: Option<(FigureId, &Figure)>| x.map_or(0, |(_, f)| f.value);
        let sum = value(down) + value(lost);
        if sum > fl.value && (down.is_some() || lost.is_some()) {
            let msg = format!(
                "Shot down ({}) plus not reached ({}) is {sum}, more than the {} launched.",
                value(down),
                value(lost),
                fl.value
            );
            for (id, _) in [down, lost].into_iter().flatten() {
                add(id, DoubtKind::ExceedsLaunched, msg.clone().into(), vec![l]);
            }
        }
    }
    // A total of drones and missiles against its drones and missiles.
    for &(t, total) in &figs {
        if total.item != Item::DroneOrMissile || total.cumulative {
            continue;
        }
        let part = |item: Item| {
            figs.iter().copied().find(|(_, f)| {
                f.item == item
                    && f.event == total.event
                    && f.claimant == total.claimant
                    && f.location == total.location
                    && !f.cumulative
                    && f.subset_of.is_none()
            })
        };
        if let (Some((d, fd)), Some((m, fm))) = (part(Item::Drone), part(Item::Missile)) {
            let sum = fd.value + fm.value;
            if sum != total.value && total.qualifier == Qualifier::Exact {
                let msg = format!(
                    "{} drones and {} missiles make {sum}, not the {} given as the total.",
                    fd.value, fm.value, total.value
                );
                add(t, DoubtKind::PartsMismatch, msg.clone().into(), vec![d, m]);
                add(d, DoubtKind::PartsMismatch, msg.clone().into(), vec![t]);
                add(m, DoubtKind::PartsMismatch, msg.into(), vec![t]);
            }
        }
    }
    // Parts marked as parts of a total (`including 60 Shaheds`).
    // Each total with its parts.
    type Parts<'f> = Vec<(FigureId, &'f Figure)>;
    let mut children: Vec<(FigureId, &Figure, Parts<'_>)> = Vec::new();
    for &(id, f) in &figs {
        let Some((p, fp)) = view.parent(a, f) else {
            continue;
        };
        match children.iter_mut().find(|(q, _, _)| *q == p) {
            Some((_, _, kids)) => kids.push((id, f)),
            None => children.push((p, fp, vec![(id, f)])),
        }
        if f.value > fp.value && fp.qualifier != Qualifier::AtLeast {
            let msg = format!(
                "{} is given as part of {}, yet it is larger.",
                f.value, fp.value
            );
            add(id, DoubtKind::PartExceedsTotal, msg.into(), vec![p]);
        }
    }
    for (p, fp, kids) in children {
        let same: Vec<FigureId> = kids
            .iter()
            .filter(|(_, k)| k.event == fp.event)
            .map(|&(k, _)| k)
            .collect();
        let sum: u64 = kids
            .iter()
            .filter(|(_, k)| k.event == fp.event)
            .map(|(_, k)| k.value)
            .sum();
        if same.len() > 1 && sum > fp.value && fp.qualifier == Qualifier::Exact {
            let msg = format!(
                "Its parts add up to {sum}, more than the total of {}.",
                fp.value
            );
            add(p, DoubtKind::PartsMismatch, msg.into(), same);
        }
    }
    // A running total below a single night's figure in the same article,
    // for its place.
    for &(c, total) in &figs {
        if !total.cumulative {
            continue;
        }
        let bigger = figs.iter().find(|(_, f)| {
            !f.cumulative
                && Matter::of(f) == Matter::of(total)
                && within_place(f.location.as_deref(), total.location.as_deref())
                && f.value > total.value
        });
        if let Some(&(b, fb)) = bigger {
            let msg = format!(
                "A running total of {} is smaller than the {} given for a single night.",
                total.value, fb.value
            );
            add(c, DoubtKind::TotalBelowNight, msg.into(), vec![b]);
        }
    }
}
