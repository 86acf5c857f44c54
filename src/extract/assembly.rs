//! Assembly: what each number counts and what happened to it, and the
//! figure records that come out.

use std::sync::Arc;

use super::attribution;
use super::candidate::{Cand, Partitive, Via};
use super::doc::Doc;
use super::lexicon::{EventEntry, LEXICON, Place, Speech, class};
use super::numbers::{self, Number};
use super::text::{Keys, Kind, Token, tokenize};
use crate::model::{Article, Claimant, Event, Excerpt, Figure, Item, ItemClass, Side};

/// Every figure of `article`, in text order.
pub(super) fn extract(article: &Article) -> Vec<Figure> {
    let text: &str = &article.text;
    let keys = Keys::of(text);
    let doc = Doc::of(article, &keys);

    let mut cands: Vec<Cand> = Vec::new();
    for s in 0..doc.sentences.len() {
        if !doc.may_count(s) {
            continue;
        }
        let first = cands.len();
        let range = doc.range(s);
        let vague = doc.may_have(s, &LEXICON.vague);
        for n in numbers::find(&doc.tokens, range.clone(), text, vague) {
            cands.push(noun_phrase(&doc, n, s));
        }
        if cands.len() > first {
            events(&doc, &mut cands, first);
        }
    }
    // No number, no figure: attribution reads every sentence, and many
    // articles of an archive count nothing.
    if cands.is_empty() {
        return Vec::new();
    }
    link_partitives(&mut cands);
    ellipsis(&doc, &mut cands);
    subsets(&mut cands);
    // Parts found by `subsets` pass their verb along their own lists.
    let mut first = 0;
    while first < cands.len() {
        let s = cands[first].sentence;
        let end = (first..cands.len())
            .find(|&j| cands[j].sentence != s)
            .unwrap_or(cands.len());
        coordination(&doc, &mut cands[..end], first);
        first = end;
    }
    for c in cands.iter_mut() {
        c.event = match (&c.entry, c.item) {
            (Some((e, _)), Some(item)) => e.for_class(item.class()).unwrap_or(Event::Other),
            _ => Event::Other,
        };
    }
    attribution::attribute(&doc, &mut cands);
    place_and_time(&doc, &mut cands);
    // A number with nothing counted is not a figure; nor is a bare `one`;
    // nor a count of something that is not the war's harm (countries at a
    // meeting, assaults, drones made rather than sent).
    let keep: Vec<bool> = cands
        .iter()
        .map(|c| {
            c.item.is_some_and(|item| item.counts_harm(c.event))
                && !(c.n.is_one && !c.has_head() && !c.verb_follows())
        })
        .collect();
    build(&doc, &cands, &keep)
}

/// Read the noun phrase after a number: modifiers, the counted noun, a
/// partitive (`of the 137 drones`) and any `launched by Russia`.
fn noun_phrase(doc: &Doc<'_>, n: Number, sentence: usize) -> Cand {
    let t = &doc.tokens;
    let end = doc.sentences[sentence].tokens.end;
    let mut c = Cand {
        np_end: n.after,
        n,
        sentence,
        item: None,
        item_rule: "",
        weapon: None,
        np_side: None,
        partitive: Partitive::None,
        subset_marked: false,
        entry: None,
        event_at: None,
        event: Event::Other,
        subset_of: None,
        attacker: None,
        attacker_rule: "",
        claimant: Claimant::Unknown,
        claimant_rule: "",
        source: None,
        location: None,
        cumulative: false,
    };
    let start = c.n.after;
    let h = c.n.hedge;
    c.subset_marked = (h > 0 && LEXICON.is(&t[h - 1], class::SUBSET))
        || (h > 1 && t[h - 1].is("them") && t[h - 2].is("among"))
        || (h > 1 && t[h - 1].is("which") && t[h - 2].is("of"));
    // `ten injuries`, `14 dead`: the noun is the event.
    if let Some((j, e)) = LEXICON.events.match_at(t, start, end)
        && e.place == Place::Noun
    {
        c.entry = Some((*e, Via::Noun));
        c.event_at = Some((start, j));
        c.np_end = j;
        if e.person.is_some() {
            c.item = Some(Item::Person);
            c.item_rule = "noun";
        }
        return c;
    }
    // Partitives.
    if start < end && t[start].is("of") {
        let k = start + 1;
        if k < end
            && (LEXICON.is(&t[k], class::PRONOUN)
                || matches!(t[k].key, "them" | "these" | "those" | "which" | "whom"))
        {
            c.partitive = Partitive::Anaphor;
            c.np_end = k + 1;
            predicate_noun(&mut c, t, k + 1, end);
            return c;
        }
        let mut j = k;
        while j < end
            && matches!(
                t[j].key,
                "the" | "its" | "their" | "these" | "those" | "all" | "our"
            )
        {
            j += 1;
        }
        if j < end && (t[j].kind == Kind::Num || LEXICON.numbers.has_word(t[j].key)) {
            c.partitive = Partitive::Total(j);
            return c;
        }
        // `three of the wounded`, `six of the dead`: people, and what
        // happened to them.
        if let Some((e, entry)) = LEXICON.events.match_at(t, j, end)
            && entry.person.is_some()
            && j > k
        {
            c.item = Some(Item::Person);
            c.item_rule = "partitive";
            c.partitive = Partitive::Group;
            c.entry = Some((*entry, Via::Noun));
            c.event_at = Some((j, e));
            c.np_end = e;
            predicate_noun(&mut c, t, e, end);
            return c;
        }
        if let Some((item, weapon, side, e)) = head(doc, j, end) {
            c.partitive = Partitive::Head(item, weapon, side);
            c.item = Some(item);
            c.item_rule = "partitive";
            c.weapon = weapon;
            c.np_side = side;
            c.np_end = e;
        }
        return c;
    }
    // `14 assaults`, `3 bridges`: a plural noun the lexicon does not know
    // still says what is counted, so nothing is borrowed from elsewhere.
    let unknown_plural = start < end && {
        let w = &t[start];
        w.kind == Kind::Word
            && !w.upper
            && w.key.len() > 3
            && w.key.ends_with('s')
            && !w.key.ends_with("ss")
            && !LEXICON.is(w, class::STOP | class::AUX | class::BOUNDARY | class::SKIP)
            && LEXICON.events.match_at(t, start, end).is_none()
            && LEXICON.speech.match_at(t, start, end).is_none()
            && LEXICON.items.match_at(t, start, end).is_none()
    };
    if let Some((item, weapon, side, e)) = head(doc, start, end) {
        c.item = Some(item);
        c.item_rule = "noun";
        c.weapon = weapon;
        c.np_side = side;
        c.np_end = e;
        // `Three children are among them`: a part of the figure before.
        let mut k = e;
        while k < end && LEXICON.is(&t[k], class::AUX) {
            k += 1;
        }
        if k > e
            && k + 1 < end
            && t[k].is("among")
            && matches!(t[k + 1].key, "them" | "those" | "these" | "the")
        {
            c.partitive = Partitive::Anaphor;
        }
    } else if unknown_plural {
        c.item = Some(Item::Other);
        c.item_rule = "noun";
        c.np_end = start + 1;
    }
    c
}

/// `two of them were children`, `two of them children`: the noun after a
/// partitive names what the part counts.
fn predicate_noun(c: &mut Cand, t: &[Token<'_>], from: usize, end: usize) {
    let mut j = from;
    while j < end && LEXICON.is(&t[j], class::AUX) {
        j += 1;
    }
    if let Some((e, entry)) = LEXICON.items.match_at(t, j, end) {
        c.item = Some(entry.item);
        c.item_rule = "predicate";
        c.np_end = e;
    }
}

/// The counted noun starting at or after `start`, skipping up to four
/// modifiers: its item, weapon, the side it names, and the token after it.
fn head(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
) -> Option<(Item, Option<&'static str>, Option<Side>, usize)> {
    let t = &doc.tokens;
    let mut j = start;
    let mut mods = 0;
    let mut side = None;
    let mut found: Option<(Item, Option<&'static str>, usize)> = None;
    while j < end && mods <= 4 {
        if let Some((e, entry)) = LEXICON.items.match_at(t, j, end) {
            let weapon = entry.weapon.or(found.and_then(|f| f.1));
            found = Some((entry.item, weapon, e));
            j = e;
            // `Shahed-type attack drones`, `Iskander-M ballistic missiles`:
            // a later noun is the head, the model stays.
            continue;
        }
        let tok = &t[j];
        // `"up to 30" drones`: quotes around the number.
        if tok.is_punct('-')
            || j == start && tok.kind == Kind::Punct && matches!(tok.key, "\"" | "”" | "“")
        {
            j += 1;
            continue;
        }
        if (tok.is("and") || tok.is("or") || tok.is("&")) && j + 1 < end {
            // `drones and missiles` is one total; `cruise and ballistic
            // missiles` one noun; `drones and 20 missiles` two figures.
            if let Some((e, entry)) = LEXICON.items.match_at(t, j + 1, end) {
                if let Some(f) = found {
                    let both = f.0.class() == ItemClass::Weapon
                        && entry.item.class() == ItemClass::Weapon
                        && f.0 != entry.item;
                    if both {
                        found = Some((Item::DroneOrMissile, None, e));
                    } else if f.0 == entry.item {
                        // `attack UAVs and decoy drones`: one noun, twice.
                        found = Some((f.0, f.1, e));
                    } else {
                        break;
                    }
                    j = e;
                    continue;
                }
                j += 1;
                continue;
            }
            if found.is_none()
                && mods > 0
                && t[j + 1].kind == Kind::Word
                && !LEXICON.is(&t[j + 1], class::STOP)
            {
                j += 1;
                continue;
            }
            break;
        }
        if found.is_some() {
            // `Shahed-type attack drones`: modifiers after a model name lead
            // to the noun that heads the phrase.
            let later = (j..(j + 3).min(end))
                .take_while(|&m| t[m].kind == Kind::Word || t[m].is_punct('-'))
                .find(|&m| LEXICON.items.match_at(t, m, end).is_some());
            match later {
                Some(m)
                    if found.is_some_and(|f| f.1.is_some())
                        && (j..m).all(|x| {
                            !LEXICON.is(&t[x], class::STOP | class::BOUNDARY)
                                && (LEXICON.events.match_at(t, x, end).is_none()
                                    || LEXICON.is(&t[x], class::ATTACK))
                        }) =>
                {
                    j = m;
                    continue;
                }
                _ => break,
            }
        }
        if tok.kind == Kind::Poss {
            j += 1;
            continue;
        }
        // `surface-to-air`: words glued by hyphens are one modifier.
        let glued = j > start && t[j - 1].is_punct('-') && !tok.space_before;
        if tok.kind != Kind::Word
            || (!glued && LEXICON.is(tok, class::STOP | class::BOUNDARY))
            || !glued
                && LEXICON
                    .events
                    .match_at(t, j, end)
                    .is_some_and(|(_, e)| e.place != Place::With)
                && !LEXICON.is(tok, class::ATTACK)
        {
            break;
        }
        if let Some(s) = LEXICON.side_word(tok) {
            side = Some(s);
        }
        mods += 1;
        j += 1;
    }
    let (item, weapon, e) = found?;
    // `drones launched by Russia`, `missiles fired by Russian forces`.
    let k = LEXICON.events.match_at(t, e, end).map_or(e, |(x, _)| x);
    if k + 1 < end && t[k].is("by") {
        let agent = t[k + 1..(k + 4).min(end)]
            .iter()
            .take_while(|x| !LEXICON.is(x, class::BOUNDARY))
            .find_map(|x| LEXICON.side_word(x));
        side = agent.or(side);
    }
    Some((item, weapon, side, e))
}

/// `Among the injured are two children`, `Among the freed servicemen were
/// 22`: the group a number is picked from, as an item and as an event.
fn among(doc: &Doc<'_>, c: &Cand, start: usize) -> Option<(Option<Item>, Option<Found>)> {
    let t = &doc.tokens;
    let a = (c.n.hedge.saturating_sub(8).max(start)..c.n.hedge)
        .rev()
        .find(|&k| t[k].is("among"))?;
    let mut j = a + 1;
    while j < c.n.hedge && LEXICON.is(&t[j], class::SKIP) {
        j += 1;
    }
    let rest = (j..c.n.hedge).all(|k| !doc.boundary(k) && t[k].kind != Kind::Num);
    if !rest {
        return None;
    }
    let event = LEXICON
        .events
        .match_at(t, j, c.n.hedge)
        .filter(|(_, e)| e.person.is_some())
        .map(|(e, entry)| (*entry, Via::Noun, j, e, None));
    let item = head(doc, j, c.n.hedge).map(|(item, ..)| item);
    Some((item, event))
}

/// Whether an event phrase says anything about what `c` counts.
fn applies(entry: &EventEntry, item: Option<Item>) -> bool {
    match item {
        Some(item) => entry.for_class(item.class()).is_some(),
        None => true,
    }
}

/// Find what happened to each candidate of one sentence.
fn events(doc: &Doc<'_>, cands: &mut [Cand], first: usize) {
    let s = cands[first].sentence;
    let range = doc.range(s);
    for i in first..cands.len() {
        if cands[i].entry.is_some() {
            continue;
        }
        let floor = if i > first {
            cands[i - 1].np_end.max(cands[i - 1].n.after)
        } else {
            range.start
        };
        let c = &cands[i];
        let (near, far) = verb_before(doc, c, floor);
        let found = near
            .or_else(|| verb_after(doc, c, range.end))
            .or_else(|| attack_with(doc, c, range.start))
            .or_else(|| toll(doc, c, range.start))
            .or_else(|| verb_after_far(doc, c, range.end))
            .or(far);
        let found = found.or_else(|| among(doc, c, range.start).and_then(|(_, ev)| ev));
        if let Some((entry, via, k, e, item)) = found {
            let c = &mut cands[i];
            c.entry = Some((entry, via));
            c.event_at = Some((k, e));
            if c.item.is_none() && item.is_some() {
                c.item = item;
                c.item_rule = "toll";
            }
        }
    }
    coordination(doc, cands, first);
}

type Found = (EventEntry, Via, usize, usize, Option<Item>);

/// A verb or nominal right before the number: `shot down 97`, `the
/// destruction of 59`, `killing three`; and, apart, one further back in the
/// clause, which counts only when nothing nearer does.
fn verb_before(doc: &Doc<'_>, c: &Cand, floor: usize) -> (Option<Found>, Option<Found>) {
    let t = &doc.tokens;
    let mut far: Option<Found> = None;
    let mut k = c.n.hedge;
    let quote =
        |x: &Token<'_>| x.kind == Kind::Punct && matches!(x.key, "\"" | "“" | "”" | "‘" | "'");
    while k > floor && c.n.hedge - k < 10 {
        k -= 1;
        // `had used “more than 500 means of air attack”`
        if quote(&t[k]) && k + 1 == c.n.hedge {
            continue;
        }
        if doc.boundary(k) || t[k].kind == Kind::Num {
            break;
        }
        let usable = |q: usize| {
            LEXICON
                .events
                .match_at(t, q, c.n.hedge)
                .filter(|(_, e)| matches!(e.place, Place::Any | Place::Pre) && applies(e, c.item))
        };
        let event = usable(k).map(|(e, entry)| {
            // `shot down or jammed 702`: the longest phrase ending here.
            let longer = (k.saturating_sub(3).max(floor)..k)
                .find_map(|q| usable(q).filter(|(e2, _)| *e2 == e).map(|(_, en)| (q, en)));
            match longer {
                Some((q, en)) => (q, e, en),
                None => (k, e, entry),
            }
        });
        if event.is_none()
            && LEXICON
                .speech
                .match_at(t, k, c.n.hedge)
                .is_some_and(|(_, s)| *s == Speech::Verb)
        {
            break;
        }
        if let Some((start, e, entry)) = event {
            let k = start;
            let gap_ok = (e..c.n.hedge)
                .all(|g| LEXICON.is(&t[g], class::SKIP) || t[g].is_punct('-') || quote(&t[g]));
            if gap_ok {
                // `repelled an attack by 11 drones`: the attack was repelled.
                if entry.weapon == Some(Event::Launched) && entry.place == Place::Pre {
                    let mut p = k;
                    while p > floor && LEXICON.is(&t[p - 1], class::SKIP) {
                        p -= 1;
                    }
                    if p > floor {
                        let outer = (p.saturating_sub(3).max(floor)..p).find_map(|q| {
                            LEXICON
                                .events
                                .match_at(t, q, p)
                                .filter(|(x, o)| {
                                    *x == p && o.weapon.is_some_and(|w| w != Event::Launched)
                                })
                                .map(|(_, o)| (*o, q))
                        });
                        if let Some((o, q)) = outer {
                            return (Some((o, Via::Left, q, p, None)), None);
                        }
                    }
                }
                return (Some((*entry, Via::Left, k, e, None)), None);
            }
            // A verb further back only with plain words between: not
            // `recorded at five more`.
            let plain = (e..c.n.hedge).all(|g| {
                t[g].kind == Kind::Word && !LEXICON.is(&t[g], class::STOP | class::PLACE_PREP)
                    || LEXICON.is(&t[g], class::SKIP)
            });
            // `Hits by missiles and 21 drones`: a nominal whose object is a list.
            // `injuring a woman and two men`: an object list after any verb.
            let listed = (entry.place == Place::Pre || c.n.hedge - e <= 4)
                && c.n.hedge > e
                && t[c.n.hedge - 1].is("and")
                && (e..c.n.hedge - 1).all(|g| {
                    t[g].kind == Kind::Word
                        && !LEXICON.is(&t[g], class::BOUNDARY | class::PLACE_PREP)
                        && LEXICON.events.match_at(t, g, c.n.hedge).is_none()
                });
            // A nominal governs its list outright; a verb only when the
            // number has no verb of its own after it (`were wounded`).
            if listed && entry.place == Place::Pre {
                return (Some((*entry, Via::List, k, e, None)), None);
            }
            if listed && far.is_none() {
                far = Some((*entry, Via::List, k, e, None));
            }
            if far.is_none() && e <= c.n.hedge && plain {
                far = Some((*entry, Via::LeftFar, k, e, None));
            }
        }
        // A noun ends the search, unless the number is the next member
        // of a list: `Hits by missiles and 21 drones`.
        if LEXICON.items.match_at(t, k, k + 1).is_some() && !t[c.n.hedge - 1].is("and") {
            break;
        }
    }
    (None, far)
}

/// A verb right after the noun: `five people were injured`, `25 drones did
/// not reach`, `112 drones Russia launched`.
fn verb_after(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    let t = &doc.tokens;
    let mut k = c.np_end;
    let mut skipped = 0;
    while k < end && skipped <= 4 {
        if let Some((e, entry)) = LEXICON.events.match_at(t, k, end)
            && matches!(entry.place, Place::Any | Place::Post)
            && applies(entry, c.item)
        {
            return Some((*entry, Via::Right, k, e, None));
        }
        let w = &t[k];
        // `At least six people, among them a boy, were killed`: skip an
        // aside between commas.
        if w.is_punct(',') && k == c.np_end {
            let close = (k + 1..(k + 12).min(end))
                .find(|&j| t[j].is_punct(',') || doc.boundary(j) && !t[j].is_punct(','));
            if let Some(j) = close.filter(|&j| {
                t[j].is_punct(',') && (k + 1..j).all(|x| LEXICON.speech.match_at(t, x, j).is_none())
            }) && (j + 1..(j + 4).min(end)).any(|x| LEXICON.events.match_at(t, x, end).is_some())
            {
                k = j + 1;
                skipped += 1;
                continue;
            }
        }
        // `214 drones were registered as “locationally lost”`.
        if matches!(
            w.key,
            "registered" | "listed" | "recorded" | "classified" | "counted"
        ) && t.get(k + 1).is_some_and(|x| x.is("as"))
        {
            k += 2;
            skipped += 1;
            continue;
        }
        // `96 it said were shot down`: a parenthetical attribution.
        if LEXICON.is(w, class::PRONOUN)
            && k + 1 < end
            && LEXICON.speech.match_at(t, k + 1, end).is_some()
        {
            k += 2;
            skipped += 2;
            continue;
        }
        let adverb = w.kind == Kind::Word && w.key.ends_with("ly") && !w.upper;
        let quote = w.kind == Kind::Punct && matches!(w.key, "\"" | "“" | "”" | "'" | "‘" | "’");
        let subject = k == c.np_end && LEXICON.side_word(w).is_some() && c.item.is_some();
        // `Two more people who were injured`: a relative clause's verb.
        let relative = k == c.np_end
            && matches!(w.key, "who" | "that" | "which")
            && t.get(k + 1).is_some_and(|x| LEXICON.is(x, class::AUX));
        if !(LEXICON.is(w, class::AUX) || adverb || quote || subject || relative) {
            break;
        }
        skipped += 1;
        k += 1;
    }
    None
}

/// Further on in the clause, a passive or perfect verb still belongs to the
/// noun: `seven drones heading for Kyiv had been shot down`.
fn verb_after_far(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    let t = &doc.tokens;
    c.item?;
    let mut k = c.np_end;
    while k + 1 < end && k - c.np_end < 14 {
        if doc.boundary(k) || t[k].kind == Kind::Num || LEXICON.speech.match_at(t, k, end).is_some()
        {
            return None;
        }
        if LEXICON.is(&t[k], class::AUX) && !LEXICON.is(&t[k], class::SKIP) || t[k].is("been") {
            let mut j = k + 1;
            while j < end && LEXICON.is(&t[j], class::AUX) {
                j += 1;
            }
            if let Some((e, entry)) = LEXICON.events.match_at(t, j, end)
                && matches!(entry.place, Place::Any | Place::Post)
                && applies(entry, c.item)
            {
                return Some((*entry, Via::Right, j, e, None));
            }
            return None;
        }
        k += 1;
    }
    None
}

/// `attacked Kyiv with 50 drones`, `an attack with 100 drones`.
fn attack_with(doc: &Doc<'_>, c: &Cand, start: usize) -> Option<Found> {
    let t = &doc.tokens;
    // `with "up to 30" drones`
    let mut w = c.n.hedge;
    if w > start && t[w - 1].kind == Kind::Punct && matches!(t[w - 1].key, "\"" | "“") {
        w -= 1;
    }
    if w <= start || !t[w - 1].is("with") {
        return None;
    }
    let mut k = w - 1;
    while k > start && c.n.hedge - k < 12 {
        k -= 1;
        if t[k].kind == Kind::Num
            || t[k].is_punct(';')
            || t[k].is_punct(',') && k + 1 == c.n.hedge - 1
        {
            return None;
        }
        let launch = LEXICON.events.match_at(t, k, c.n.hedge).filter(|(_, e)| {
            matches!(e.weapon, Some(Event::Launched | Event::Hit))
                && matches!(e.place, Place::With | Place::Any)
        });
        if let Some((e, entry)) = launch {
            // `struck the refinery with a dozen drones`: the drones were sent.
            let entry = if entry.weapon == Some(Event::Hit) {
                launched_entry().map_or(*entry, |(_, l)| *l)
            } else {
                *entry
            };
            return Some((entry, Via::With, k, e, None));
        }
    }
    None
}

/// `the death toll rose to 14`, `the number of injured ... to 14`, `put the
/// number of drones at 472`.
fn toll(doc: &Doc<'_>, c: &Cand, start: usize) -> Option<Found> {
    let t = &doc.tokens;
    if c.n.hedge <= start || !matches!(t[c.n.hedge - 1].key, "to" | "at" | "reached") {
        return None;
    }
    let tk = (start..c.n.hedge)
        .rev()
        .find(|&k| LEXICON.is(&t[k], class::TOLL) && !t[k].is("total"))?;
    let from = tk.saturating_sub(3).max(start);
    let person = (from..c.n.hedge).find_map(|k| {
        LEXICON
            .events
            .match_at(t, k, c.n.hedge)
            .filter(|(_, e)| e.person.is_some())
            .map(|(e, en)| (*en, k, e))
    });
    if let Some((entry, k, e)) = person {
        return Some((entry, Via::Toll, k, e, Some(Item::Person)));
    }
    // `the number of drones downed ... at 34`; `the number of drones at
    // 472`: a count of weapons with no verb is of weapons sent.
    if tk + 2 < c.n.hedge && t[tk + 1].is("of") {
        let (item, _, _, e) = head(doc, tk + 2, c.n.hedge)?;
        if item.class() == ItemClass::Weapon {
            let verb = (e..c.n.hedge).find_map(|k| {
                LEXICON
                    .events
                    .match_at(t, k, c.n.hedge)
                    .filter(|(_, en)| en.weapon.is_some() && en.place != Place::With)
                    .map(|(x, en)| (*en, k, x))
            });
            if let Some((entry, k, x)) = verb {
                return Some((entry, Via::Toll, k, x, Some(item)));
            }
            let (_, launched) = launched_entry()?;
            return Some((*launched, Via::Toll, tk, tk + 1, Some(item)));
        }
    }
    None
}

/// The table's entry for `launched`.
fn launched_entry() -> Option<(usize, &'static EventEntry)> {
    static ENTRY: std::sync::LazyLock<Option<EventEntry>> = std::sync::LazyLock::new(|| {
        let s = "launched";
        let keys = Keys::of(s);
        let mut toks = Vec::new();
        tokenize(s, &keys, 0..s.len(), &mut toks);
        LEXICON.events.match_at(&toks, 0, 1).map(|(_, e)| *e)
    });
    ENTRY.as_ref().map(|e| (1, e))
}

/// `653 drones and 51 missiles were launched`: members of a list share one
/// verb, whichever end of the list it stands at; so do the parts listed
/// after a colon (`741 weapons: 728 drones, seven Kh-101s and six Iskanders`).
fn coordination(doc: &Doc<'_>, cands: &mut [Cand], first: usize) {
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
fn link_partitives(cands: &mut [Cand]) {
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
                        cands[j].entry = launched_entry().map(|(_, e)| (*e, Via::Inherited));
                    } else if cands[j].entry.is_none()
                        && cands[i].entry.is_some()
                        && item.is_some_and(|i| i.class() == ItemClass::Weapon)
                    {
                        // `shot down 71 of 90 drones`: the 90 were sent.
                        cands[j].entry = launched_entry().map(|(_, e)| (*e, Via::Inherited));
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
fn ellipsis(doc: &Doc<'_>, cands: &mut [Cand]) {
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
fn subsets(cands: &mut [Cand]) {
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
fn contains(whole: Item, part: Item) -> bool {
    whole == part
        || (whole == Item::DroneOrMissile && matches!(part, Item::Drone | Item::Missile))
        || (whole == Item::Person
            && matches!(part, Item::Child | Item::Soldier | Item::Firefighter))
}

/// Running totals and the place named with each figure.
fn place_and_time(doc: &Doc<'_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    // The sentence last read: its index, whether it is a running total, and
    // the places it names.
    type Read = (usize, bool, Vec<(usize, Arc<str>)>);
    let mut cache: Option<Read> = None;
    for c in cands.iter_mut() {
        let s = c.sentence;
        if cache.as_ref().is_none_or(|(cs, _, _)| *cs != s) {
            let range = doc.range(s);
            let mut total = false;
            let mut night = false;
            let mut places = Vec::new();
            // Nothing below can match in a sentence with no running total,
            // no month and no place.
            let any = doc.may_have(s, &LEXICON.cumulative)
                || doc.has_class(s, class::MONTH)
                || doc.may_have(s, &LEXICON.places);
            let mut k = if any { range.start } else { range.end };
            while k < range.end {
                if let Some((e, is_total)) = LEXICON.cumulative.match_at(t, k, range.end) {
                    if *is_total {
                        total = true;
                    } else {
                        night = true;
                    }
                    k = e;
                    continue;
                }
                // `in June`: a month with no day after it.
                if t[k].is("in")
                    && k + 1 < range.end
                    && LEXICON.is(&t[k + 1], class::MONTH)
                    && t[k + 1].upper
                    && !(k + 2 < range.end && t[k + 2].kind == Kind::Num)
                {
                    total = true;
                }
                if let Some((e, _)) = LEXICON.places.match_at(t, k, range.end)
                    && LEXICON.side_word(&t[k]).is_none()
                {
                    let mut e2 = e;
                    if e2 < range.end && LEXICON.is(&t[e2], class::REGION) {
                        e2 += 1;
                    }
                    places.push((k, doc.text(k, e2).into()));
                    k = e2;
                    continue;
                }
                k += 1;
            }
            cache = Some((s, total && !night, places));
        }
        let (_, cumulative, places) = cache.as_ref().expect("filled above");
        c.cumulative = *cumulative;
        let at = c.n.first;
        c.location = places
            .iter()
            .min_by_key(|(k, _)| if *k >= at { *k - at } else { (at - *k) * 2 })
            .map(|(_, p)| p.clone());
    }
}

/// Turn candidates into figure records.
fn build(doc: &Doc<'_>, cands: &[Cand], keep: &[bool]) -> Vec<Figure> {
    let article = doc.article;
    // Subset links point at candidates; figures are numbered after the drop.
    let mut index = vec![None; cands.len()];
    let mut n = 0;
    for (i, k) in keep.iter().enumerate() {
        if *k {
            index[i] = Some(n);
            n += 1;
        }
    }
    let mut dater = super::night::Dater::new(doc);
    let id: Arc<str> = article.id.as_str().into();
    cands
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(c, _)| {
            let t = &doc.tokens;
            let start = t[c.n.first].start as usize;
            let end = t[c.n.last - 1].end as usize;
            let sentence = &doc.sentences[c.sentence];
            let item = c.item.unwrap_or(Item::Other);
            let event_rule = c.entry.map_or("none", |(_, v)| v.name());
            let mut confidence: f32 = 0.95;
            if c.item_rule != "noun" {
                confidence -= 0.15;
            }
            if c.entry.is_some_and(|(_, v)| v >= Via::LeftFar) || c.entry.is_none() {
                confidence -= 0.15;
            }
            if c.claimant == Claimant::Unknown {
                confidence -= 0.1;
            }
            if c.attacker_rule == "prior" {
                confidence -= 0.15;
            }
            Figure {
                article: id.clone(),
                value: c.n.value,
                qualifier: c.n.qualifier,
                item,
                event: c.event,
                attacker: c.attacker,
                claimant: c.claimant,
                source: c.source.clone(),
                text: Excerpt::of(&article.text, start..end),
                start,
                end,
                sentence: Excerpt::of(&article.text, sentence.span.clone()),
                sentence_start: sentence.span.start,
                sentence_end: sentence.span.end,
                weapon: c.weapon.map(Arc::from),
                subset_of: c.subset_of.and_then(|j| index[j]),
                cumulative: c.cumulative,
                // A running total is of no one night.
                date: (!c.cumulative)
                    .then(|| dater.date(c.sentence, start))
                    .flatten(),
                location: c.location.clone(),
                confidence: (confidence.clamp(0.05, 1.0) * 100.0).round() / 100.0,
                rule: rules(c.item_rule, event_rule, c.attacker_rule, c.claimant_rule),
            }
        })
        .collect()
}

/// The rule names of a figure as one string, made once per combination:
/// there are few, and a million figures may share them.
fn rules(
    item: &'static str,
    event: &'static str,
    attacker: &'static str,
    claimant: &'static str,
) -> Arc<str> {
    // Keyed by where the names lie and their lengths, not their text: the
    // names are the engine's own constants, so that is cheaper to hash and
    // tells them apart all the same.
    type Key = [(usize, usize); 4];
    thread_local! {
        static MADE: std::cell::RefCell<rustc_hash::FxHashMap<Key, Arc<str>>> = Default::default();
    }
    let or_none = |r: &'static str| if r.is_empty() { "none" } else { r };
    let names = [or_none(item), event, or_none(attacker), claimant];
    let key = names.map(|n| (n.as_ptr() as usize, n.len()));
    MADE.with_borrow_mut(|made| {
        made.entry(key)
            .or_insert_with(|| {
                format!(
                    "item:{} event:{} attacker:{} claimant:{}",
                    names[0], names[1], names[2], names[3]
                )
                .into()
            })
            .clone()
    })
}
