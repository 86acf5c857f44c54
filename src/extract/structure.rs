//! How the figures of a sentence hang together: lists that share a verb,
//! parts of a total, partitives, and numbers whose noun is elsewhere.

use super::candidate::{Cand, Partitive, Via};
use super::doc::Doc;
use super::lexicon::{LEXICON, class};
use super::nouns::among;
use crate::model::{Item, ItemClass};

/// `653 drones and 51 missiles were launched`: members of a list share one
/// verb, whichever end of the list it stands at; so do the parts listed
/// after a colon (`741 weapons: 728 drones, seven Kh-101s and six Iskanders`).
pub(super) fn coordination(doc: &Doc<'_>, cands: &mut [Cand], first: usize) {
    let t = &doc.tokens;
    let linked = |a: &Cand, b: &Cand| {
        let from = a.np_end.max(a.n.after);
        from < b.n.hedge
            && b.n.hedge - from <= 4
            && (from..b.n.hedge)
                .all(|k| matches!(t[k].key, "and" | "or" | "," | "plus" | "as" | "well" | "&"))
    };
    // `539 drones, most of them Shaheds, and 11 missiles`: a looser list,
    // still with no verb of its own in between.
    let loose = |a: &Cand, b: &Cand| {
        let from = a.np_end.max(a.n.after);
        // `15 missiles from Saratov Oblast; four from Kursk Oblast; and 212
        // drones from ...`: a list in semicolons.
        let semicolons = (from..b.n.hedge).any(|k| t[k].is_punct(';'));
        b.n.hedge > from
            && (t[b.n.hedge - 1].is("and") || t[b.n.hedge - 1].is_punct(';') && b.item.is_some())
            && b.n.hedge - from <= 12
            && (from..b.n.hedge).all(|k| {
                LEXICON.events.match_at(t, k, b.n.hedge).is_none()
                    && !LEXICON.is(&t[k], class::BOUNDARY)
                    || t[k].is_punct(',')
                    || semicolons && t[k].is_punct(';')
            })
    };
    let end = cands.len();
    for i in first + 1..end {
        // `Hits by 3 missiles and 4 drones were recorded`: the verb before
        // the list wins over the one after it.
        if cands[i].entry.is_some_and(|(_, v)| v == Via::Right)
            && cands[i - 1].entry.is_some_and(|(_, v)| v == Via::Left)
            && cands[i].partitive == Partitive::None
            && linked(&cands[i - 1], &cands[i])
            && (cands[i - 1].np_end..cands[i].n.hedge).any(|k| t[k].is("and") || t[k].is("or"))
        {
            cands[i].entry = cands[i - 1].entry.map(|(e, _)| (e, Via::List));
            cands[i].event_at = cands[i - 1].event_at;
        }
        if cands[i].entry.is_some() {
            continue;
        }
        // `741 weapons: 728 drones, seven Kh-101s and six Iskanders`: the
        // total before a colon gives the parts after it their verb.
        let colon = (cands[first].n.after..cands[i].n.hedge)
            .rev()
            .find(|&k| t[k].is_punct(':'));
        let total = colon.and_then(|k| {
            (first..i)
                .rev()
                .find(|&j| cands[j].n.after <= k && cands[j].entry.is_some())
        });
        if let Some(j) = total {
            cands[i].entry = cands[j].entry.map(|(e, _)| (e, Via::List));
            cands[i].event_at = cands[j].event_at;
            if cands[i]
                .item
                .is_none_or(|p| cands[j].item.is_some_and(|w| contains(w, p)))
            {
                cands[i].subset_of = Some(j);
            }
            continue;
        }
        if !(linked(&cands[i - 1], &cands[i]) || loose(&cands[i - 1], &cands[i])) {
            continue;
        }
        // Walk back to the head of the list for a verb.
        let j = (first..i)
            .rev()
            .find(|&x| cands[x].entry.is_some())
            .unwrap_or(i - 1);
        if let Some((e, _)) = cands[j].entry {
            cands[i].entry = Some((e, Via::List));
            cands[i].event_at = cands[j].event_at;
        }
    }
    for i in (first + 1..end).rev() {
        if linked(&cands[i - 1], &cands[i])
            && cands[i - 1].entry.is_none()
            && !cands[i - 1].subset_marked
            && let Some((e, _)) = cands[i].entry
        {
            cands[i - 1].entry = Some((e, Via::List));
            cands[i - 1].event_at = cands[i].event_at;
        }
    }
}

/// Candidate `i` counts what candidate `j` counts: its item, weapon and side.
fn take_noun(cands: &mut [Cand], i: usize, j: usize, rule: &'static str) {
    let (item, weapon, side) = (cands[j].item, cands[j].weapon, cands[j].np_side);
    let c = &mut cands[i];
    c.item = item;
    c.item_rule = rule;
    c.weapon = weapon;
    c.np_side = side;
}

/// `63 of the 137 Russian drones`: the part takes the total's noun.
pub(super) fn link_partitives(cands: &mut [Cand]) {
    for i in 0..cands.len() {
        match cands[i].partitive {
            Partitive::Total(tok) => {
                if let Some(j) = (i + 1..cands.len()).find(|&j| cands[j].n.first == tok) {
                    take_noun(cands, i, j, "partitive");
                    let item = cands[j].item;
                    cands[i].subset_of = Some(j);
                    cands[i].np_end = cands[j].np_end;
                    // `71 of 90 drones downed`: the verb is the part's; the
                    // whole is what was sent.
                    if cands[i].entry.is_none()
                        && cands[j].entry.is_some_and(|(_, v)| v == Via::Right)
                        && item.is_some_and(|i| i.class() == ItemClass::Weapon)
                    {
                        cands[i].entry = cands[j].entry;
                        cands[i].event_at = cands[j].event_at;
                        cands[j].entry = Some((LEXICON.launched(), Via::Inherited));
                    } else if cands[j].entry.is_none()
                        && cands[i].entry.is_some()
                        && item.is_some_and(|i| i.class() == ItemClass::Weapon)
                    {
                        // `shot down 71 of 90 drones`: the 90 were sent.
                        cands[j].entry = Some((LEXICON.launched(), Via::Inherited));
                    }
                }
            }
            Partitive::Head(item, ..) => {
                // `318 of the drones`: part of the drones counted before it.
                let s = cands[i].sentence;
                cands[i].subset_of = (0..i)
                    .rev()
                    .take_while(|&j| cands[j].sentence == s)
                    .find(|&j| cands[j].item == Some(item));
            }
            Partitive::Group => {
                // `Three of the wounded`: part of the wounded counted just before.
                let s = cands[i].sentence;
                let event = cands[i].entry.and_then(|(e, _)| e.person);
                cands[i].subset_of = (0..i)
                    .rev()
                    .take_while(|&j| cands[j].sentence + 1 >= s)
                    .find(|&j| {
                        cands[j]
                            .item
                            .is_some_and(|it| it.class() == ItemClass::Person)
                            && cands[j].entry.and_then(|(e, _)| e.person) == event
                    });
            }
            _ => {}
        }
    }
}

/// Figures whose noun is elsewhere: `shot down 97, while 25 drones...`,
/// `eight were injured, with three in the Kyiv region`, `two of them`.
pub(super) fn ellipsis(doc: &Doc<'_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    for i in 0..cands.len() {
        if cands[i].item.is_some() && cands[i].partitive != Partitive::Anaphor {
            continue;
        }
        let s = cands[i].sentence;
        let fits = |j: usize| match cands[i].entry {
            Some((entry, _)) => cands[j]
                .item
                .is_some_and(|it| entry.for_class(it.class()).is_some()),
            None => cands[j].item.is_some(),
        };
        // Parts (`including 716 children`) are not what a later figure
        // leaves out: the total is.
        let before = (0..i)
            .rev()
            .take_while(|&j| cands[j].sentence == s)
            .find(|&j| fits(j) && !cands[j].subset_marked);
        let after = (i + 1..cands.len())
            .take_while(|&j| cands[j].sentence == s)
            .find(|&j| fits(j) && !cands[j].subset_marked);
        let prev_sentence = (0..i)
            .rev()
            .take_while(|&j| cands[j].sentence + 1 >= s)
            .find(|&j| fits(j) && cands[j].sentence + 1 == s);
        let c = &cands[i];
        if c.partitive == Partitive::Anaphor {
            // `About 60 of them were Shaheds`: them may be a few sentences back.
            let earlier = (0..i)
                .rev()
                .take_while(|&j| cands[j].sentence + 3 >= s)
                .find(|&j| fits(j));
            let Some(a) = before.or(earlier) else {
                continue;
            };
            let (item, entry, side, weapon) = (
                cands[a].item,
                cands[a].entry,
                cands[a].np_side,
                cands[a].weapon,
            );
            let c = &mut cands[i];
            if c.item.is_none() {
                c.item = item;
                c.item_rule = "anaphor";
                c.weapon = weapon;
            }
            c.np_side = c.np_side.or(side);
            if c.entry.is_none() {
                c.entry = entry.map(|(e, _)| (e, Via::Inherited));
            }
            c.subset_of = Some(a);
            continue;
        }
        if c.n.is_one && !c.verb_follows() {
            continue;
        }
        match c.entry {
            Some((entry, _)) => {
                // The verb decides which neighbour fits: `killing three`
                // after a sentence about drones counts people.
                let pick = before
                    .or(after)
                    .or(prev_sentence.filter(|_| entry.person.is_none()));
                let group = among(doc, c, doc.range(s).start).and_then(|(item, _)| item);
                let c_item = match pick {
                    _ if group.is_some() => (group, "among", None, None),
                    Some(j) => (cands[j].item, "ellipsis", cands[j].weapon, cands[j].np_side),
                    None if entry.person.is_some() && entry.weapon.is_none() => {
                        (Some(Item::Person), "verb", None, None)
                    }
                    // `reports downing Ukrainian drones ...: it said it had
                    // destroyed 524`: the noun named without a number.
                    None if entry.weapon.is_some() => match mentioned_weapon(doc, s, c.n.first) {
                        Some(item) => (Some(item), "mention", None, None),
                        None => continue,
                    },
                    None => continue,
                };
                let c = &mut cands[i];
                c.item = c_item.0;
                c.item_rule = c_item.1;
                c.weapon = c_item.2;
                c.np_side = c.np_side.or(c_item.3);
            }
            None => {
                // `45 drones: 17 over Bryansk, 12 over Kursk`: the parts of a
                // total listed after a colon.
                let colon = (doc.range(s).start..c.n.hedge)
                    .rev()
                    .find(|&k| t[k].is_punct(':'));
                let total = colon.and_then(|k| {
                    (0..i)
                        .rev()
                        .take_while(|&j| cands[j].sentence == s)
                        .find(|&j| {
                            cands[j].n.after <= k
                                && cands[j].item.is_some()
                                && cands[j].entry.is_some()
                        })
                });
                if let Some(a) = total {
                    take_noun(cands, i, a, "list");
                    cands[i].entry = cands[a].entry.map(|(e, _)| (e, Via::List));
                    cands[i].subset_of = Some(a);
                    continue;
                }
                // A bare number right after a figure of the same sentence,
                // followed by a place or the clause's end, repeats its noun.
                let Some(a) = before else { continue };
                let next = c.np_end;
                let elliptic = next >= doc.range(s).end
                    || doc.boundary(next)
                    || LEXICON.is(&t[next], class::PLACE_PREP)
                    || t[next].is_punct('.');
                let with = c.n.hedge > 0 && (t[c.n.hedge - 1].is("with") || c.subset_marked);
                let continues = c.n.hedge > 0
                    && (matches!(
                        t[c.n.hedge - 1].key,
                        "with" | "," | "and" | "while" | "whereas" | "but"
                    ) || c.subset_marked
                        || LEXICON
                            .speech
                            .match_at(t, c.n.hedge - 1, c.n.hedge)
                            .is_some());
                if !elliptic || !continues || cands[a].entry.is_none() {
                    continue;
                }
                let (item, entry, weapon) = (cands[a].item, cands[a].entry, cands[a].weapon);
                let c = &mut cands[i];
                c.item = item;
                c.item_rule = "ellipsis";
                c.weapon = weapon;
                c.entry = entry.map(|(e, _)| (e, Via::Inherited));
                c.event_at = None;
                if with {
                    c.subset_of = Some(a);
                }
            }
        }
    }
}

/// The weapon noun named nearest before `at` in sentence `s` or the one
/// before it, with or without a number.
fn mentioned_weapon(doc: &Doc<'_>, s: usize, at: usize) -> Option<Item> {
    let t = &doc.tokens;
    let from = doc.range(s.saturating_sub(1)).start;
    (from..at).rev().find_map(|k| {
        LEXICON
            .items
            .match_at(t, k, at)
            .map(|(_, e)| e.item)
            .filter(|i| i.class() == ItemClass::Weapon)
    })
}

/// `including 60 Shaheds`, `among them five children`: parts of a total,
/// which share its verb when they have none of their own.
pub(super) fn subsets(cands: &mut [Cand]) {
    for i in 0..cands.len() {
        let c = &cands[i];
        let s = c.sentence;
        if !c.subset_marked {
            continue;
        }
        let Some(item) = c.item else { continue };
        let parent = (0..i)
            .rev()
            .take_while(|&j| cands[j].sentence + 1 >= s)
            .find(|&j| cands[j].item.is_some_and(|p| contains(p, item)));
        if let Some(p) = parent {
            let entry = cands[p].entry;
            let side = cands[p].np_side;
            let c = &mut cands[i];
            c.subset_of = Some(p);
            if c.entry.is_none() {
                c.entry = entry.map(|(e, _)| (e, Via::List));
            }
            c.np_side = c.np_side.or(side);
        }
    }
}

/// Whether a total of `whole` can contain `part`.
pub(super) fn contains(whole: Item, part: Item) -> bool {
    whole == part
        || (whole == Item::DroneOrMissile && matches!(part, Item::Drone | Item::Missile))
        || (whole == Item::Person
            && matches!(part, Item::Child | Item::Soldier | Item::Firefighter))
}
