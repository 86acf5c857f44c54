//! How figures hang together, read over a sentence's chunks: lists that
//! share a verb, a hedge and a noun; what a colon, a dash or the lines of a
//! list detail; parts of a total; partitives; numbers whose noun is
//! elsewhere.

use super::candidate::{Cand, Partitive, Via, sentence_end};
use std::ops::Range;

use super::chunks::{self, Chunk, Piece};
use super::doc::Doc;
use super::events::verb_before_as;
use super::lexicon::{EventEntry, LEXICON, Place, class};
use super::nouns::{among, attacks_after, places_after};
use super::text::Kind;
use crate::model::{Event, Item, ItemClass, Qualifier, Side};

/// The numbers of one sentence that a list joins: its members
/// (candidates) in text order, with the pieces they span.
#[derive(Debug)]
struct List {
    members: Vec<usize>,
    /// Bare members after the last member's own verb, which they leave
    /// out: `Two people died in Sumy and one in Odesa`.
    gapped: Vec<usize>,
    /// The pieces of the first member and of what follows the last.
    first: usize,
    end: usize,
}

/// The lists of a sentence's pieces: counts joined by joints, each member
/// followed by what may hang on it (places, plain words, an aside in
/// brackets, `launched by Russia`), and led in by what may stand before it
/// (`another`, a bullet, `Kharkiv –`). Between members an aside set off by
/// joints may stand, with no number and no verb (`539 drones, most of them
/// Shaheds, and 11 missiles`). A part marked as one (`including 60
/// Shaheds`) joins no list of wholes: it starts a list of parts.
fn lists(doc: &Doc<'_>, pieces: &[Piece], cands: &[Cand]) -> Vec<List> {
    let count = |p: usize| match pieces.get(p).map(|x| x.chunk) {
        Some(Chunk::Count(c)) => Some(c),
        _ => None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let Some(c) = count(i) else {
            i += 1;
            continue;
        };
        let parts = cands[c].subset_marked;
        let member = |p: usize| count(p).filter(|&m| parts || !cands[m].subset_marked);
        let mut list = List {
            members: vec![c],
            gapped: Vec::new(),
            first: i,
            end: i + 1,
        };
        let mut last = c;
        let mut gap = false;
        loop {
            let (after, passed) = hanging(doc, pieces, list.end, &cands[last]);
            gap |= passed;
            list.end = after;
            let Some(k) = next_member(doc, pieces, after) else {
                break;
            };
            let Some(m) = member(k) else { break };
            // `23 drones, 16 of which were shot down`: a relative clause
            // about the member before, not one more member.
            if cands[m].partitive == Partitive::Anaphor {
                break;
            }
            if gap {
                // After a member's own verb only bare numbers go on, with
                // no verb of their own (`12 may have reached target`).
                // `six each over Kursk`: an auxiliary word with no verb
                // after it is none.
                let aux = |x: &Piece| {
                    x.chunk == Chunk::Word && LEXICON.is(&doc.tokens[x.tokens.start], class::AUX)
                };
                let verb_after = pieces.get(k + 1).is_some_and(aux)
                    && pieces[k + 1..]
                        .iter()
                        .find(|x| !aux(x))
                        .is_some_and(|x| x.chunk == Chunk::Event);
                // `пять БПЛА — над Брянской областью`: a dash after a
                // member with a noun stands for the verb it leaves out.
                let dashed = pieces.get(k + 1).is_some_and(|x| x.chunk == Chunk::Dash);
                // `29 drones were shot down over Ryazan, ..., six drones
                // over Tver, three over Kursk`: a noun of the kind the
                // list counts goes on with the verb left out, where a place
                // follows it (`one drone was still in Ukraine` says more).
                let place_after = pieces.get(k + 1).is_some_and(|x| place_led(doc, x));
                // `сбили над Брянской — 24, а над Белгородской — 21
                // аппарат`: or a place and a dash before it.
                let place_dash = k >= 2
                    && pieces[k - 1].chunk == Chunk::Dash
                    && pieces[k - 2].chunk == Chunk::Place;
                let same_kind = (place_after || place_dash)
                    && cands[m]
                        .item
                        .zip(cands[c].item)
                        .is_some_and(|(a, b)| a.class() == b.class());
                // `Six missiles were shot down, along with 31 drones`: a
                // joint that adds to what was said goes on past the verb,
                // nouns and all.
                // Not where that verb says nothing of the member's kind
                // (`Двое погибли, а также 15 домов`).
                let adds = pieces[after..k].iter().any(|x| {
                    x.chunk == Chunk::Joint
                        && LEXICON
                            .joints
                            .match_at(&doc.tokens, x.tokens.start, x.tokens.end)
                            .is_some_and(|(_, &also)| also)
                }) && cands[m]
                    .item
                    .zip(cands[last].entry)
                    .is_some_and(|(item, (e, _))| e.for_class(item.class()).is_some());
                let own_noun = cands[m].item.is_some() && !dashed && !same_kind && !adds;
                if own_noun || cands[m].entry.is_some() || verb_after {
                    break;
                }
                list.gapped.push(m);
            } else {
                // `унесла жизни восьми человек, более двадцати получили
                // ранения`, `число пострадавших выросло до 46, пятеро
                // погибли`: after a verb or a toll that leads the list, a
                // count with its own verb right after it (or after its
                // noun) opens a clause of its own after a comma; `1 missile
                // Russia launched` and `and 19 drones launched overnight`
                // do not.
                let leads = cands[c]
                    .entry
                    .is_some_and(|(_, v)| matches!(v, Via::Left | Via::Toll));
                let own_verb = cands[m].entry.is_some_and(|(_, v)| v == Via::Right)
                    && verb_past(doc, &pieces[k + 1..], |x| x.chunk == Chunk::Noun);
                let joints = || pieces[after..k].iter().filter(|x| x.chunk == Chunk::Joint);
                let comma = joints().all(|x| doc.tokens[x.tokens.start].is_punct(','));
                // `and 138 drones; 114 drones were shot down`: past a
                // semicolon, a count with its own verb opens a clause of
                // its own, whatever leads.
                let semicolon = joints().any(|x| doc.tokens[x.tokens.start].is_punct(';'))
                    && cands[m].entry.is_some_and(|(_, v)| v == Via::Right)
                    && verb_past(doc, &pieces[k + 1..], |x| {
                        x.chunk == Chunk::Noun
                            || x.chunk == Chunk::Word
                                && LEXICON.is(&doc.tokens[x.tokens.start], class::AUX)
                    });
                if leads && own_verb && comma || semicolon {
                    break;
                }
                // `погибли семь человек, в том числе три ребенка, еще 64
                // пострадали`: after the parts of a count, a bare count
                // with a verb of its own is no part.
                // So with auxiliaries before the verb: `, and 64 were injured`.
                // `в том числе шестеро детей, еще пять человек спасти не
                // удалось`, `удалось спасти 15 человек, еще 2 человека
                // спасти не удалось`: a count marked as more, with a verb
                // of its own, opens a clause of its own, after parts or
                // not.
                let more = cands[m].n.hedge > 0
                    && LEXICON
                        .more
                        .match_ending(&doc.tokens, cands[m].n.hedge - 1, cands[m].n.hedge)
                        .is_some();
                if (parts && !cands[m].subset_marked && cands[m].item.is_none() || more)
                    && cands[m].entry.is_some_and(|(_, v)| v == Via::Right)
                    && verb_past(doc, &pieces[k + 1..], |x| {
                        x.chunk == Chunk::Word
                            && LEXICON.is(&doc.tokens[x.tokens.start], class::AUX)
                    })
                {
                    break;
                }
                list.members.push(m);
            }
            last = m;
            list.end = k + 1;
        }
        i = list.end;
        out.push(list);
    }
    out
}

/// Whether the first of `pieces` that `passed` does not pass over is a
/// clause's own verb, not a participle that qualifies a noun.
fn verb_past(doc: &Doc<'_>, pieces: &[Piece], passed: impl Fn(&Piece) -> bool) -> bool {
    pieces
        .iter()
        .find(|x| !passed(x))
        .is_some_and(|x| x.chunk == Chunk::Event && !modifier(doc, x))
}

/// The piece of the member that joints at piece `p` lead to, past any
/// aside between them.
fn next_member(doc: &Doc<'_>, pieces: &[Piece], p: usize) -> Option<usize> {
    let mut k = p;
    loop {
        let joints = k;
        while k < pieces.len() && pieces[k].chunk == Chunk::Joint {
            k += 1;
        }
        if k == joints {
            return None;
        }
        let joints_end = k;
        let m = leading(doc, pieces, k);
        if matches!(pieces.get(m).map(|x| x.chunk), Some(Chunk::Count(_))) {
            return Some(m);
        }
        // An aside: plain words, nouns, places and participles that
        // qualify (`launched by Ukraine`) up to the next joint; set off by
        // joints, a verb that a place or an origin follows qualifies too
        // (`6 «Калібрів», випущених з моря по Одесі, а також 21 «Shahed»`).
        while k < pieces.len()
            && (matches!(pieces[k].chunk, Chunk::Word | Chunk::Noun | Chunk::Place)
                || pieces[k].chunk == Chunk::Event
                    && (modifier(doc, &pieces[k]) || k == joints_end && placed(doc, &pieces[k])))
        {
            k += 1;
        }
    }
}

/// Whether a piece is a place, or the preposition that leads one.
fn place_led(doc: &Doc<'_>, piece: &Piece) -> bool {
    piece.chunk == Chunk::Place
        || piece.chunk == Chunk::Word
            && LEXICON.is(&doc.tokens[piece.tokens.start], class::PLACE_PREP)
}

/// The most pieces a quoted name runs to, its quotation marks included.
const QUOTED: usize = 6;

/// The piece after what hangs on a member ending before piece `p`, and
/// whether the member's own verb was passed over on the way.
fn hanging(doc: &Doc<'_>, pieces: &[Piece], mut p: usize, member: &Cand) -> (usize, bool) {
    let t = &doc.tokens;
    let mut gapped = false;
    while p < pieces.len() {
        let piece = &pieces[p];
        match piece.chunk {
            Chunk::Place | Chunk::Word | Chunk::Noun => {}
            // `по четыре - над Ростовской и Брянской`: a dash before a
            // place stands for the verb the member leaves out.
            Chunk::Dash if pieces.get(p + 1).is_some_and(|x| place_led(doc, x)) => {}
            Chunk::Open => {
                // An aside in brackets hangs on the member before it.
                match (p + 1..pieces.len()).find(|&q| pieces[q].chunk == Chunk::Close) {
                    Some(close)
                        if (p + 1..close).all(|q| !matches!(pieces[q].chunk, Chunk::Count(_))) =>
                    {
                        p = close;
                    }
                    _ => break,
                }
            }
            // `2 "Iskander-M" missiles`: the quote that closes one the
            // member's own phrase opened.
            Chunk::Boundary
                if t[piece.tokens.start].is_quote()
                    && (member.n.hedge..member.np_end)
                        .filter(|&k| t[k].is_quote())
                        .count()
                        % 2
                        == 1
                    && piece.tokens.start == member.np_end => {}
            // `2 ракетами "Искандер-М" и 138 беспилотниками`: a name in
            // quotes hangs on the member before it.
            Chunk::Boundary if t[piece.tokens.start].is_quote() => {
                let words = |q: usize| matches!(pieces[q].chunk, Chunk::Word | Chunk::Noun);
                match (p + 1..pieces.len().min(p + QUOTED)).find(|&q| !words(q)) {
                    Some(close)
                        if close > p + 1
                            && pieces[close].chunk == Chunk::Boundary
                            && t[pieces[close].tokens.start].is_quote() =>
                    {
                        p = close;
                    }
                    _ => break,
                }
            }
            // `missiles launched by Russia`, `drones fired from Kursk`: a
            // participle that modifies the member, not a verb of its own.
            Chunk::Event if modifier(doc, piece) => {}
            // `14 munitions during two shellings and 13 drones`: a count in a
            // phrase that hangs on the member is no member.
            Chunk::Count(_)
                if p > 0
                    && pieces[p - 1].chunk == Chunk::Word
                    && LEXICON.is(
                        &t[pieces[p - 1].tokens.start],
                        class::PLACE_PREP | class::EXTENT,
                    ) => {}
            // The member's own verb, with members after it that have none:
            // `Two people died in Sumy and one in Odesa`.
            Chunk::Event
                if member.entry.is_some_and(|(_, v)| v == Via::Right)
                    && member
                        .event_at
                        .is_some_and(|(a, _)| a == piece.tokens.start) =>
            {
                gapped = true;
            }
            _ => break,
        }
        p += 1;
    }
    (p, gapped)
}

/// Whether an event phrase is a participle that qualifies the noun before
/// it: `launched by Russia`, `fired from the Black Sea`, `aimed at Kyiv`.
fn modifier(doc: &Doc<'_>, piece: &Piece) -> bool {
    let t = &doc.tokens;
    let e = piece.tokens.end;
    e < t.len()
        && matches!(
            t[e].key,
            "by" | "from" | "at" | "towards" | "toward" | "against" | "into"
        )
        && t[piece.tokens.start].key.ends_with("ed")
}

/// Whether an event phrase is followed by a phrase of place or origin
/// (`випущених з моря`, `fired over Kharkiv`).
fn placed(doc: &Doc<'_>, piece: &Piece) -> bool {
    let t = &doc.tokens;
    let e = piece.tokens.end;
    e < t.len()
        && (LEXICON.is(&t[e], class::PLACE_PREP)
            || LEXICON.origins.match_at(t, e, t.len()).is_some())
}

/// The piece where a member starts after the joints before it, past what
/// may lead it in: `another`, `a further`, a bullet, a name and its dash
/// (`Kharkiv – 7`).
fn leading(doc: &Doc<'_>, pieces: &[Piece], mut p: usize) -> usize {
    let t = &doc.tokens;
    let start = p;
    while p < pieces.len() {
        let piece = &pieces[p];
        let tok = &t[piece.tokens.start];
        match piece.chunk {
            Chunk::Dash => {}
            Chunk::Word if LEXICON.is(tok, class::SKIP | class::AUX) => {}
            // `, а над Белгородской — 21 аппарат`: a clause that leaves
            // out the verb, led by a word that may part clauses and a
            // preposition of place.
            Chunk::Boundary
                if p == start
                    && tok.kind == Kind::Word
                    && pieces.get(p + 1).is_some_and(|x| place_led(doc, x)) => {}
            Chunk::Word
                if LEXICON.is(tok, class::PLACE_PREP)
                    && pieces.get(p + 1).is_some_and(|x| x.chunk == Chunk::Place) => {}
            // A name and the dash that pairs it with its number.
            Chunk::Place | Chunk::Word
                if (tok.upper || piece.chunk == Chunk::Place)
                    && (p + 1..pieces.len().min(p + 4))
                        .find(|&q| !matches!(pieces[q].chunk, Chunk::Place | Chunk::Word))
                        .is_some_and(|q| pieces[q].chunk == Chunk::Dash) => {}
            _ => break,
        }
        p += 1;
    }
    // What was passed over leads in a member, or nothing.
    if matches!(pieces.get(p).map(|x| x.chunk), Some(Chunk::Count(_))) {
        p
    } else {
        start
    }
}

/// What the numbers of one sentence share through its lists and colons:
/// members of a list share the verb at either end of it and the noun of
/// the member before them; the parts listed after a colon (or a dash)
/// take the verb and noun of what stands before it, and are parts of its
/// total.
fn relate(doc: &Doc<'_>, pieces: &[Piece], cands: &mut [Cand]) -> Vec<List> {
    pairs(doc, pieces, cands);
    let lists = lists(doc, pieces, cands);
    for list in &lists {
        share_along(doc, cands, list);
    }
    for (p, piece) in pieces.iter().enumerate() {
        // Lists come in sentence order.
        let Some(list) = lists.get(lists.partition_point(|l| l.first <= p)) else {
            continue;
        };
        let lead = match piece.chunk {
            Chunk::Colon => Some(Lead::of(doc, &pieces[..p], cands)),
            // `shot down two more drones, the ministry said - one over
            // Kursk and one over Bryansk`: a dash that details a total
            // with a list whose numbers name nothing of their own.
            // `741 means of air attack — 728 drones and 13 missiles`: a
            // dash right after a total details it with parts that have no
            // verb of their own.
            Chunk::Dash => {
                let first = &cands[list.members[0]];
                // `shot down 144 drones overnight - 72 over Bryansk`: words
                // of when or where may stand between the total and its dash.
                let after_total = pieces[..p]
                    .iter()
                    .rev()
                    .find(|x| !matches!(x.chunk, Chunk::Word | Chunk::Place))
                    .is_some_and(|x| matches!(x.chunk, Chunk::Count(c) if cands[c].item.is_some()));
                (first.entry.is_none() && (first.item.is_none() || after_total))
                    .then(|| Lead::of(doc, &pieces[..p], cands))
            }
            // `51 дрон знищено на півдні (28 – на Одещині, 14 –
            // Миколаївщині)`: a list in brackets whose numbers name
            // nothing details the figure before it.
            // Each number a place's (`(1700 and 1840 GMT)` are not).
            Chunk::Open => {
                let first = &cands[list.members[0]];
                (list.first == p + 1
                    && list.members.len() > 1
                    && first.entry.is_none()
                    && first.item.is_none()
                    && by_place(doc, &pieces[list.first..list.end]))
                .then(|| {
                    let sum = (list.members.iter())
                        .fold(0u64, |a, &m| a.saturating_add(cands[m].n.value));
                    whole_before(doc, &pieces[..p], cands, sum)
                })
                .flatten()
            }
            _ => None,
        };
        let Some(lead) = lead else {
            continue;
        };
        for &m in &list.members {
            lead.give(doc, cands, m);
        }
        share_along(doc, cands, list);
    }
    lists
}

/// The lead a figure before `pieces`' end gives the list after it whose
/// members sum to `sum`: the nearest figure, or, where that is a part the
/// sum does not fit, the whole it is part of where the sum fits that:
/// `23, including three children (15 in one district and eight in
/// another)` details the 23; `including three children (one in Kharkiv
/// and two in Izium)` the three.
fn whole_before(doc: &Doc<'_>, pieces: &[Piece], cands: &[Cand], sum: u64) -> Option<Lead> {
    let lead = Lead::of(doc, pieces, cands);
    let part = lead.total?;
    if !cands[part].subset_marked || cands[part].n.value == sum {
        return Some(lead);
    }
    let end = pieces.iter().rposition(|x| x.chunk == Chunk::Count(part))?;
    let whole = Lead::of(doc, &pieces[..end], cands);
    let fits = whole
        .total
        .is_some_and(|w| !cands[w].subset_marked && cands[w].n.value == sum);
    Some(if fits { whole } else { lead })
}

/// Whether each count among `pieces` is followed by its place, past a
/// dash: `28 – на Одещині, 14 – Миколаївщині`.
fn by_place(doc: &Doc<'_>, pieces: &[Piece]) -> bool {
    (0..pieces.len())
        .filter(|&q| matches!(pieces[q].chunk, Chunk::Count(_)))
        .all(|q| {
            let q = q + 1 + usize::from(pieces.get(q + 1).is_some_and(|x| x.chunk == Chunk::Dash));
            pieces.get(q).is_some_and(|x| place_led(doc, x))
        })
}

/// A sentence with numbers as [`relate`] read it.
pub(super) struct Related {
    pub sentence: usize,
    /// Its candidates.
    pub own: Range<usize>,
    pub pieces: Vec<Piece>,
    lists: Vec<List>,
}

impl Related {
    /// Reads sentence `sentence`'s `pieces` and relates its candidates
    /// `own` through them.
    pub fn of(
        doc: &Doc<'_>,
        sentence: usize,
        own: Range<usize>,
        pieces: Vec<Piece>,
        cands: &mut [Cand],
    ) -> Related {
        let lists = relate(doc, &pieces, cands);
        Related {
            sentence,
            own,
            pieces,
            lists,
        }
    }

    /// Shares along the sentence's lists what later passes gave their
    /// members (a part's verb, found by [`subsets`]).
    pub fn share_again(&self, doc: &Doc<'_>, cands: &mut [Cand]) {
        for list in &self.lists {
            share_along(doc, cands, list);
        }
    }
}

/// The lines of a list that a sentence ending in a colon leads, each line
/// a sentence of its own behind a bullet or dash (`The enemy attacked
/// with:` / `- 3 Kalibr missiles;` / `- 8 Kh-101 cruise missiles.`): each
/// line's numbers take the lead's verb and noun, and the lead is noted for
/// their speaker and time. `chunked` holds each sentence with numbers, in
/// order.
pub(super) fn lines(doc: &Doc<'_>, chunked: &[Related], cands: &mut [Cand]) {
    let t = &doc.tokens;
    // A line of a list starts with a bullet, or follows a line that ends
    // with a colon or a semicolon, or a line of the list that ends with a
    // comma (`20 – над Брянской областью,` / `12 – над Курской,`).
    let last = |s: usize| &t[doc.range(s).end - 1];
    let ends_open = |s: usize| last(s).is_punct(':') || last(s).is_punct(';');
    let bullet = |s: usize, after_line: bool| {
        chunks::dash(doc, doc.range(s).start)
            || s > 0 && (ends_open(s - 1) || after_line && last(s - 1).is_punct(','))
    };
    // One pass: the sentence that leads the lines met so far, and what it
    // leads with, read once.
    let mut next = 0;
    let mut line = false;
    let mut lead: Option<usize> = None;
    let mut read: Option<(usize, Option<Lead>)> = None;
    // A lead with no noun of its own (`поразили:`) leaves a line the noun
    // of the line before it: `- 31 дрон — в Краснодарском крае;` / `- 22 —
    // в Ростовской области;`.
    let mut before: Option<Noun> = None;
    for Related {
        sentence: s, own, ..
    } in chunked
    {
        while next <= *s {
            line = bullet(next, line);
            if !line {
                lead = Some(next);
            }
            next += 1;
        }
        let Some(lead) = lead.filter(|&l| l != *s) else {
            continue;
        };
        if read.as_ref().is_none_or(|(l, _)| *l != lead) {
            read = Some((lead, lead_of(doc, chunked, lead, cands)));
            before = None;
        }
        let Some((_, Some(found))) = &read else {
            continue;
        };
        for m in own.clone() {
            if !cands[m].subset_marked {
                // `Российские военные поразили:`: a noun of the lead of
                // another kind than the lines count is no noun of theirs.
                let carried = before.filter(|_| bare_line(doc, &cands[m]));
                let noun = match (found.noun, carried) {
                    (Some(n), Some(b)) if n.0.class() != b.0.class() => Some(b),
                    (n, b) => n.or(b),
                };
                Lead { noun, ..*found }.give(doc, cands, m);
                cands[m].lead = Some(lead);
                let c = &cands[m];
                before = c.item.map(|item| (item, c.weapon, c.np_side)).or(before);
            }
        }
    }
}

/// Whether a line holds only its count and where: it opens with the
/// number, and no word of its own follows it but a place's (`- 22 — в
/// Ростовской области;`, not `- 64 артобстріли` or `- кораблі — 28`).
fn bare_line(doc: &Doc<'_>, c: &Cand) -> bool {
    let t = &doc.tokens;
    (doc.range(c.sentence).start..c.n.hedge).all(|k| t[k].kind == Kind::Punct)
        && t.get(c.n.after)
            .is_none_or(|x| x.kind != Kind::Word || LEXICON.is(x, class::PLACE_PREP))
}

/// What sentence `lead` leads its lines with, if it ends in a colon: its
/// pieces up to the colon, made again when it holds no number of its own.
fn lead_of(doc: &Doc<'_>, chunked: &[Related], lead: usize, cands: &[Cand]) -> Option<Lead> {
    let t = &doc.tokens;
    let colon = doc
        .range(lead)
        .rev()
        .take(2)
        .find(|&k| t[k].is_punct(':'))?;
    let made;
    let at = chunked.partition_point(|r| r.sentence < lead);
    let pieces = match chunked.get(at).filter(|r| r.sentence == lead) {
        Some(r) => &r.pieces,
        None => {
            made = chunks::of(doc, lead, doc.range(lead).start, cands, 0..0);
            &made
        }
    };
    let end = pieces.partition_point(|p| p.tokens.end <= colon);
    let found = Lead::of(doc, &pieces[..end], cands);
    if found.total.is_some() || found.entry.is_some() {
        return Some(found);
    }
    // A lead that counts nothing and has no verb leads with the last figure
    // of the sentence or two before it: its verb and noun (`... уничтожили
    // семь беспилотников. Перехваты пришлись на следующие области:`), and
    // the figure as the total where the lead names a part of it (`Там
    // также уточнили, что из этого числа:`, `Of them:`).
    let Some(told) = cands.iter().rposition(|c| {
        c.sentence < lead && c.sentence + 2 >= lead && c.item.is_some() && c.entry.is_some()
    }) else {
        return Some(found);
    };
    let part_of_told = (doc.range(lead).start..colon).any(|k| {
        LEXICON
            .partitives
            .match_at(t, k, colon)
            .is_some_and(|(e, _)| e < colon && LEXICON.is(&t[e], class::ANAPHOR))
    });
    let total = Lead::total(cands, told);
    Some(Lead {
        total: total.total.filter(|_| part_of_told),
        ..total
    })
}

/// `Kharkiv – 7, Sumy – 4`: a name and a dash before a number with no noun
/// say where it was counted.
fn pairs(doc: &Doc<'_>, pieces: &[Piece], cands: &mut [Cand]) {
    let t = &doc.tokens;
    for p in 2..pieces.len() {
        let Chunk::Count(c) = pieces[p].chunk else {
            continue;
        };
        if pieces[p - 1].chunk != Chunk::Dash || cands[c].item.is_some() {
            continue;
        }
        let name = |q: usize| match pieces[q].chunk {
            Chunk::Place => true,
            Chunk::Word => t[pieces[q].tokens.start].upper,
            _ => false,
        };
        // `БпЛА оперативно-тактичного рівня – 50 912`: what is counted
        // before the dash.
        let named = (0..p - 1)
            .rev()
            .take_while(|&q| matches!(pieces[q].chunk, Chunk::Noun | Chunk::Word))
            .find_map(|q| {
                let r = &pieces[q].tokens;
                (r.start..r.end).find_map(|k| LEXICON.items.match_at(t, k, r.end).map(|(_, e)| *e))
            });
        if let Some(entry) = named {
            cands[c].item = Some(entry.item);
            cands[c].weapon = entry.weapon;
            cands[c].item_rule = "pair";
            // `збили найбільше дронів — 30`: the verb before what is
            // counted is the count's, when it has none of its own.
            let lead = (0..p - 1)
                .rev()
                .find(|&q| !matches!(pieces[q].chunk, Chunk::Noun | Chunk::Word));
            if cands[c].entry.is_none()
                && let Some(q) = lead.filter(|&q| pieces[q].chunk == Chunk::Event)
            {
                let r = &pieces[q].tokens;
                if let Some((e, verb)) = LEXICON.events.match_at(t, r.start, r.end)
                    && verb.for_class(entry.item.class()).is_some()
                    && matches!(verb.place, Place::Any | Place::Pre)
                {
                    cands[c].entry = Some((*verb, Via::List));
                    cands[c].event_at = Some((r.start, e));
                }
            }
            continue;
        }
        let Some(first) = (0..p - 1).rev().take_while(|&q| name(q)).last() else {
            continue;
        };
        let text = doc.text(pieces[first].tokens.start, pieces[p - 2].tokens.end);
        cands[c].location = Some(text.into());
    }
}

/// Members of a list share a verb and, where they name none, the noun of
/// the member before them.
fn share_along(doc: &Doc<'_>, cands: &mut [Cand], list: &List) {
    let members = &list.members;
    let first = members[0];
    let last = *members.last().expect("a list has a member");
    // A verb before the first member, or one it shares with a total.
    let before = |c: &Cand| {
        c.entry
            .filter(|&(_, v)| !matches!(v, Via::Right | Via::Noun))
    };
    let left = before(&cands[first])
        .map(|e| (e, cands[first].event_at))
        .or_else(|| {
            // The first member's own noun may take no verb that the others'
            // take: `fired 47 shells and 13 drones`.
            if cands[first].entry.is_some() || !cands[first].has_head() || members.len() < 2 {
                return None;
            }
            members[1..].iter().find_map(|&m| {
                let item = cands[m].item.filter(|_| cands[m].entry.is_none())?;
                let (entry, via, k, e, _) = verb_before_as(doc, &cands[first], item)?;
                Some(((entry, via), Some((k, e))))
            })
        });
    // The verb after the list: the last member's, or one a member found
    // past the others (`Two aid workers, one Canadian and one Spanish,
    // were killed`).
    let after_list = cands[last].np_end.max(cands[last].n.after);
    let right = members
        .iter()
        .rev()
        .map(|&m| &cands[m])
        .find(|c| {
            c.entry.is_some_and(|(_, v)| v == Via::Right)
                && c.event_at.is_some_and(|(a, _)| a >= after_list)
        })
        .map(|c| (c.entry.expect("found with one"), c.event_at));
    if members.len() > 1 {
        for &m in members {
            let c = &cands[m];
            let take = match c.entry {
                None => left
                    .or(right)
                    .map(|((e, _), at)| (Some((e, Via::List)), at)),
                // `Hits by 3 missiles and 4 drones were recorded`: the
                // verb after a nominal's list is of the nominal, not of
                // the last member; `downs 18 drones, 1 missile Russia
                // launched`: a relative clause on the last member is not
                // the list's verb.
                // Not a verb a dash sets after its own member, as bulletins
                // write it (`ще 42 ворожі дрони – локаційно втрачені`).
                // Nor one of a member that opens a clause of its own
                // (`унесла жизни двух человек, еще 43 получили ранения`).
                Some((_, Via::Right))
                    if left.is_some_and(|((e, _), _)| e.place == Place::Pre)
                        && c.event_at == right.and_then(|(_, at)| at)
                        && !c
                            .event_at
                            .is_some_and(|(a, _)| a > 0 && chunks::dash(doc, a - 1))
                        && !(c.n.hedge > 0
                            && LEXICON.is(&doc.tokens[c.n.hedge - 1], class::SKIP))
                        // Nor a member's own word of what befell it right
                        // after the number (`про загибель двох людей і
                        // дев’ятьох поранених`).
                        && c.event_at.is_none_or(|(a, _)| a != c.n.after)
                        || left.is_some() && relative(doc, c) =>
                {
                    left.map(|((e, _), at)| (Some((e, Via::List)), at))
                }
                _ => None,
            };
            if let Some((entry, at)) = take {
                let c = &mut cands[m];
                c.entry = entry;
                c.event_at = at;
            }
        }
    }
    // What a gap leaves out is the verb of the member before it.
    for &m in &list.gapped {
        cands[m].entry = cands[last].entry.map(|(e, _)| (e, Via::List));
        cands[m].event_at = cands[last].event_at;
    }
    // A hedge before the list covers the members that have none of their
    // own: `at least 597 drones and 26 cruise missiles`; not where other
    // members carry hedges of their own (`майже 1500 дронів, 1170 бомб і
    // понад 70 ракет`), which says each member is hedged where it is.
    let hedged = &cands[first].n;
    let own = members
        .iter()
        .chain(&list.gapped)
        .skip(1)
        .any(|&m| cands[m].n.hedge < cands[m].n.first);
    if hedged.hedge < hedged.first && !own {
        let q = hedged.qualifier;
        for &m in members.iter().chain(&list.gapped).skip(1) {
            let n = &mut cands[m].n;
            if n.hedge == n.first && n.after == n.last && n.qualifier == Qualifier::Exact {
                n.qualifier = q;
            }
        }
    }
    // A member that names nothing counts what the member before it
    // counts, if its verb can say something of that.
    let all = members.iter().chain(&list.gapped).copied();
    for (prev, m) in all.clone().zip(all.skip(1)) {
        if cands[m].item.is_none()
            && cands[m].partitive == Partitive::None
            && !counts_attacks(doc, &cands[m])
            && cands[prev].item.is_some_and(|it| {
                cands[m]
                    .entry
                    .is_none_or(|(e, _)| e.for_class(it.class()).is_some())
            })
        {
            take_noun(cands, m, prev, "list");
            cands[m].n.is_one = false;
        }
    }
}

/// Whether a candidate's verb after it belongs to a clause that qualifies
/// its noun: a participle right after it (`launched by Russia`, `launched
/// overnight`), or a relative clause with a subject of its own (`1
/// missile Russia launched`).
fn relative(doc: &Doc<'_>, c: &Cand) -> bool {
    let t = &doc.tokens;
    let Some((a, _)) = c.event_at else {
        return false;
    };
    // `19 drones launched overnight`: a passive participle right after the
    // noun, with no auxiliary, qualifies it; `9 drones vanished` is a
    // clause of its own.
    let participle = a == c.np_end
        && t[a].key.ends_with("ed")
        && c.entry
            .is_some_and(|(e, _)| e.weapon == Some(Event::Launched));
    let subject = a > c.np_end && (c.np_end..a).any(|k| LEXICON.side_word(&t[k]).is_some());
    participle || subject
}

/// What stands before a colon or dash that details it: the total it
/// counts, the verb and the noun.
#[derive(Clone, Copy)]
struct Lead {
    total: Option<usize>,
    entry: Option<(EventEntry, Option<(usize, usize)>)>,
    noun: Option<Noun>,
}

/// What a noun counts: the item, the weapon it names and the side its
/// words give.
type Noun = (Item, Option<&'static str>, Option<Side>);

/// `з трьох напрямків`, `over 16 regions`: a number that counts places
/// counts no weapon, whatever figure stands beside it.
fn counts_places(doc: &Doc<'_>, c: &Cand) -> bool {
    places_after(doc, c.n.after, doc.range(c.sentence).end)
}

/// Whether a candidate counts attacks (`4 обстріли з РСЗВ`): it borrows
/// no noun of weapons or people from a list or a clause.
fn counts_attacks(doc: &Doc<'_>, c: &Cand) -> bool {
    attacks_after(doc, c.n.after, doc.range(c.sentence).end)
}

impl Lead {
    fn of(doc: &Doc<'_>, pieces: &[Piece], cands: &[Cand]) -> Lead {
        let t = &doc.tokens;
        // `shot down over eight regions: nine over Saratov`: a count of
        // places is no total of the parts after it.
        let total = pieces.iter().rev().find_map(|p| match p.chunk {
            Chunk::Count(c)
                if (cands[c].item.is_some() || cands[c].entry.is_some())
                    && !counts_places(doc, &cands[c]) =>
            {
                Some(c)
            }
            _ => None,
        });
        // `загиблих — 7, поранених — 20`: a line's own word of what befell
        // right before its dash is its lead, not the total before it.
        let own = pieces
            .last()
            .filter(|p| p.chunk == Chunk::Event && total.is_some())
            .and_then(|p| {
                LEXICON
                    .events
                    .match_at(t, p.tokens.start, p.tokens.end)
                    .map(|(e, en)| (*en, Some((p.tokens.start, e))))
            });
        let entry = own
            .or_else(|| total.and_then(|c| cands[c].entry.map(|(e, _)| (e, cands[c].event_at))))
            .or_else(|| {
                pieces.iter().rev().find_map(|p| match p.chunk {
                    Chunk::Event => LEXICON
                        .events
                        .match_at(t, p.tokens.start, p.tokens.end)
                        .map(|(e, en)| (*en, Some((p.tokens.start, e)))),
                    _ => None,
                })
            });
        let noun = total
            .and_then(|c| {
                cands[c]
                    .item
                    .map(|i| (i, cands[c].weapon, cands[c].np_side))
            })
            .or_else(|| {
                pieces.iter().rev().find_map(|p| match p.chunk {
                    Chunk::Noun => LEXICON
                        .items
                        .match_at(t, p.tokens.start, p.tokens.end)
                        .map(|(_, en)| (en.item, en.weapon, None)),
                    _ => None,
                })
            });
        Lead { total, entry, noun }
    }

    /// The lead a figure told before gives: its count, verb and noun.
    fn total(cands: &[Cand], i: usize) -> Lead {
        let c = &cands[i];
        Lead {
            total: Some(i),
            entry: c.entry.map(|(e, _)| (e, c.event_at)),
            noun: c.item.map(|item| (item, c.weapon, c.np_side)),
        }
    }

    /// Give member `m` what the lead has and it lacks.
    fn give(&self, doc: &Doc<'_>, cands: &mut [Cand], m: usize) {
        if Some(m) == self.total || counts_places(doc, &cands[m]) || counts_attacks(doc, &cands[m])
        {
            return;
        }
        let c = &mut cands[m];
        // `101 drones: two killed`: a line whose own verb cannot say
        // anything of the lead's noun counts something else.
        let fits = |item: Item| {
            c.entry
                .is_none_or(|(e, _)| e.for_class(item.class()).is_some())
        };
        if c.item.is_none()
            && c.partitive == Partitive::None
            && let Some((item, weapon, side)) = self.noun
            && fits(item)
        {
            c.item = Some(item);
            c.item_rule = "list";
            c.weapon = weapon;
            c.np_side = c.np_side.or(side);
            c.n.is_one = false;
        }
        // `20 out of 31 drones were shot down`: a part's verb comes with
        // its total's phrase.
        if c.entry.is_none()
            && !matches!(c.partitive, Partitive::Total(_))
            && let Some((e, at)) = self.entry
        {
            c.entry = Some((e, Via::List));
            c.event_at = at;
        }
        if let Some(total) = self.total
            && c.subset_of.is_none()
            && c.item
                .is_some_and(|p| cands[total].item.is_some_and(|w| contains(w, p)))
        {
            cands[m].subset_of = Some(total);
        }
    }
}

/// What the relative clause holding candidate `i` names before it: `the
/// missiles, of which it shot down two`, `дрони, з яких 11 збито`. The noun
/// that leads the clause's comma is what the part is taken of, though no
/// number counts it; `None` where the noun before the comma counts one,
/// or another number stands between.
fn antecedent(doc: &Doc<'_>, cands: &[Cand], i: usize) -> Option<(Item, Option<&'static str>)> {
    let t = &doc.tokens;
    let c = &cands[i];
    let start = doc.range(c.sentence).start;
    let floor = i
        .checked_sub(1)
        .filter(|&j| cands[j].sentence == c.sentence)
        .map_or(start, |j| cands[j].n.after);
    let of = (floor.max(start + 2)..c.n.hedge).rev().find(|&k| {
        t[k - 1].is_punct(',')
            && k + 1 < c.n.hedge
            && LEXICON.partitives.match_at(t, k, k + 1).is_some()
            && LEXICON.is(&t[k + 1], class::ANAPHOR)
    })?;
    let comma = of - 1;
    (start.max(comma.saturating_sub(5))..comma).find_map(|j| {
        let (item, weapon, _, e) = super::nouns::head(doc, j, comma)?;
        (e == comma && (j..comma).all(|x| t[x].kind != Kind::Num)).then_some((item, weapon))
    })
}

/// Whether sentence `s` opens with the words of a part and a comma (`Of
/// these, air defences shot down 77`) before token `at`: its counts that
/// name nothing are parts of the figure before.
fn opened_by_part(doc: &Doc<'_>, s: usize, at: usize) -> bool {
    let t = &doc.tokens;
    let start = doc.range(s).start;
    LEXICON
        .partitives
        .match_at(t, start, at)
        .is_some_and(|(e, _)| {
            e + 1 < at && LEXICON.is(&t[e], class::ANAPHOR) && t[e + 1].is_punct(',')
        })
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

/// Figure `i` repeats figure `j`'s noun and what befell it.
fn repeat(cands: &mut [Cand], i: usize, j: usize) {
    let (item, entry, weapon) = (cands[j].item, cands[j].entry, cands[j].weapon);
    let c = &mut cands[i];
    c.item = item;
    c.item_rule = "ellipsis";
    c.weapon = weapon;
    c.entry = entry.map(|(e, _)| (e, Via::Inherited));
}

/// `Of the 26 drones Russia fired, Ukrainian forces shot down 21`: a total
/// put first, and the part the clause after it counts. The part counts
/// the total's noun; the total, of weapons, is of those sent.
pub(super) fn fronted(doc: &Doc<'_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    for i in 0..cands.len() {
        let c = &cands[i];
        let range = doc.range(c.sentence);
        let mut k = c.n.hedge;
        if k > range.start && t[k - 1].is("the") {
            k -= 1;
        }
        // `Of the 26 drones`, `Зі 101 дрона`; so after `that` (`the air
        // force said that of the 28 missiles, ...`).
        let opens = k > range.start
            && (t[k - 1].is("of") || LEXICON.partitives.match_at(t, k - 1, k).is_some())
            && (k - 1 == range.start || doc.boundary(k - 2) || LEXICON.is(&t[k - 2], class::THAT));
        let Some(item) = c.item.filter(|_| opens) else {
            continue;
        };
        let s = c.sentence;
        let end = c.np_end;
        let part = (i + 1..cands.len())
            .take_while(|&j| cands[j].sentence == s)
            .find(|&j| (end..cands[j].n.hedge).any(|x| t[x].is_punct(',')));
        let Some(j) = part else { continue };
        if cands[j].item.is_none_or(|p| contains(item, p)) {
            if cands[j].item.is_none() {
                take_noun(cands, j, i, "partitive");
            }
            cands[j].subset_of = Some(i);
            if item.class() == ItemClass::Weapon
                && cands[i].entry.is_none_or(|(_, v)| v != Via::Right)
            {
                cands[i].entry = Some((whole(cands, i), Via::Inherited));
            }
        }
    }
}

/// What befell the whole at candidate `i`, of which a part is counted
/// with its own verb: what befell the same count of the same thing told
/// in one of the few sentences before (`15 drones were destroyed. Of the
/// 15 drones, 11 were shot down over Oryol`), else they were sent. The
/// search goes no further back, as a part's `them` does not, so an
/// article of many parts costs no more than its length.
fn whole(cands: &[Cand], i: usize) -> EventEntry {
    let c = &cands[i];
    let told = cands[..i]
        .iter()
        .rev()
        .take_while(|k| k.sentence + 3 >= c.sentence)
        .find(|k| {
            k.sentence < c.sentence
                && k.n.value == c.n.value
                && k.item == c.item
                && k.entry.is_some()
        });
    told.and_then(|k| k.entry.map(|(e, _)| e))
        .unwrap_or_else(|| LEXICON.launched())
}

/// `63 of the 137 Russian drones`: the part takes the total's noun.
pub(super) fn link_partitives(doc: &Doc<'_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    // `60 of the 81 drones, which were fired from Kursk`: a relative
    // clause says what befell the whole, not the part.
    let relative = |c: &Cand| {
        c.event_at.is_some_and(|(a, _)| {
            (a.saturating_sub(3)..a)
                .rev()
                .take_while(|&x| x + 1 == a || LEXICON.is(&t[x + 1], class::AUX))
                .any(|x| LEXICON.is(&t[x], class::RELATIVE))
        })
    };
    for i in 0..cands.len() {
        match cands[i].partitive {
            Partitive::Total(tok) => {
                if let Some(j) = (i + 1..cands.len()).find(|&j| cands[j].n.first == tok) {
                    if cands[j].item.is_none() && cands[i].item.is_some() {
                        // `89 безпілотників зі 113`: the part named the noun.
                        take_noun(cands, j, i, "partitive");
                    } else if !cands[j]
                        .item
                        .zip(cands[i].item)
                        .is_some_and(|(whole, part)| whole != part && contains(whole, part))
                    {
                        // The part takes the whole's noun, unless it names a
                        // kind of it (`27 drones out of a total of 158
                        // aerial targets`).
                        take_noun(cands, i, j, "partitive");
                    }
                    // `one of the two missiles` counts one missile.
                    cands[i].n.is_one = false;
                    let item = cands[j].item;
                    cands[i].subset_of = Some(j);
                    cands[i].np_end = cands[j].np_end;
                    // `71 of 90 drones downed`: the verb is the part's; the
                    // whole is what was sent.
                    if cands[i].entry.is_none()
                        && cands[j].entry.is_some_and(|(_, v)| v == Via::Right)
                        && !relative(&cands[j])
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
                        cands[j].entry = Some((whole(cands, j), Via::Inherited));
                    }
                }
            }
            Partitive::Head(item, weapon, _) => {
                // `318 of the drones`: part of the drones counted before
                // it; `two of the Kh-22s` is no part of Kalibrs.
                let s = cands[i].sentence;
                cands[i].subset_of =
                    (0..i)
                        .rev()
                        .take_while(|&j| cands[j].sentence == s)
                        .find(|&j| {
                            cands[j].item == Some(item)
                                && (weapon.is_none()
                                    || cands[j].weapon.is_none_or(|w| Some(w) == weapon))
                        });
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
            // `По 4 БпЛА – над акваторією Азовського моря`: a line of a
            // list by place that names its noun but no verb.
            if cands[i].entry.is_none()
                && line_by_place(doc, &cands[i])
                && let Some(a) = last_weapon(cands, i, 4)
                && cands[i].item.map(|it| it.class()) == cands[a].item.map(|it| it.class())
            {
                cands[i].entry = cands[a].entry.map(|(e, _)| (e, Via::Inherited));
                cands[i].n.is_one = false;
            }
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
        // `Of these, 77 were intercepted, while another 73 ...`: each is a
        // part of the whole told before the sentence, not of the other.
        let fronted = c.partitive != Partitive::Anaphor && opened_by_part(doc, s, c.n.hedge);
        if c.partitive == Partitive::Anaphor || fronted {
            // `About 60 of them were Shaheds`: them may be a few sentences back.
            let earlier = (0..i)
                .rev()
                .take_while(|&j| cands[j].sentence + 3 >= s)
                .find(|&j| fits(j) && (!fronted || cands[j].sentence < s));
            // `п'ятеро дітей (двоє з них у Дніпрі)`: them, in a bracket
            // right after a count's noun, are that count's, part or not.
            let bracketed = i.checked_sub(1).filter(|&p| {
                cands[p].sentence == s
                    && c.n.hedge > 0
                    && t[c.n.hedge - 1].is_punct('(')
                    && cands[p].np_end + 1 == c.n.hedge
                    && fits(p)
            });
            let Some(a) = bracketed.or(before.filter(|_| !fronted)).or(earlier) else {
                // `Противник атакував ракетами. Сім із них збили`: them are
                // what the sentence before names, uncounted.
                if c.partitive == Partitive::Anaphor
                    && c.item.is_none()
                    && let Some((item, weapon, side)) = uncounted_before(doc, s)
                {
                    let c = &mut cands[i];
                    c.item = Some(item);
                    c.item_rule = "anaphor";
                    c.weapon = weapon;
                    c.np_side = c.np_side.or(side);
                }
                continue;
            };
            // A bracketed whole that is itself a part has no verb yet (its
            // total passes one on later): take its total's now.
            let entry = (cands[a].entry).or_else(|| {
                before
                    .filter(|_| !fronted)
                    .or(earlier)
                    .and_then(|b| cands[b].entry)
            });
            let (item, side, weapon) = (cands[a].item, cands[a].np_side, cands[a].weapon);
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
        // A bare `one` counts only as a part (`including one headed for
        // Moscow`) or with its verb beside it.
        if c.n.is_one && !c.verb_follows(doc) && !c.subset_marked && !line_by_place(doc, c) {
            continue;
        }
        if counts_places(doc, c) || counts_attacks(doc, c) {
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
                // `один убитый`, `14 dead`: a word of what befell people
                // right after the number names them.
                let nominal = entry.person.is_some()
                    && entry.weapon.is_none()
                    && c.event_at.is_some_and(|(k, _)| k == c.n.after);
                // `Свыше 560 погибших — дети`: who they were, after a dash
                // that ends the clause.
                // Not a total a part is taken of (`Троє з семи загиблих —
                // діти`: the three are).
                let range = doc.range(s);
                let mut p = c.n.hedge;
                while p > range.start && LEXICON.is(&doc.tokens[p - 1], class::SKIP) {
                    p -= 1;
                }
                let whole_of_part = p > range.start
                    && (LEXICON.partitives.match_at(&doc.tokens, p - 1, p).is_some()
                        || LEXICON.among.match_at(&doc.tokens, p - 1, p).is_some());
                let named_after =
                    c.event_at
                        .filter(|_| nominal && !whole_of_part)
                        .and_then(|(_, e)| {
                            let end = range.end;
                            (e + 1 < end && chunks::copula(doc, e))
                                .then(|| LEXICON.items.match_at(&doc.tokens, e + 1, end))
                                .flatten()
                                .filter(|(x, entry)| {
                                    entry.item.class() == ItemClass::Person
                                        && (*x == end || doc.tokens[*x].kind == Kind::Punct)
                                })
                                .map(|(_, entry)| entry.item)
                        });
                let relative = antecedent(doc, cands, i);
                let c_item = match pick {
                    _ if group.is_some() => (group, "among", None, None),
                    _ if let Some((item, weapon)) = relative => {
                        (Some(item), "relative", weapon, None)
                    }
                    _ if nominal => (named_after.or(Some(Item::Person)), "verb", None, None),
                    // `Постраждалих уже понад 70, серед загиблих – троє
                    // дітей`: children named after a bare toll of people
                    // are a part of some toll, not what it counts.
                    Some(j) if Some(j) == after && cands[j].item == Some(Item::Child) => {
                        (Some(Item::Person), "verb", None, None)
                    }
                    // `Three adults and four children were taken to
                    // hospital, while two others ...`: what is left out
                    // after adults and children both is people.
                    Some(j)
                        if cands[j].item == Some(Item::Child)
                            && j > 0
                            && cands[j - 1].sentence == s
                            && cands[j - 1].item == Some(Item::Person)
                            && cands[j - 1].event_at.is_some()
                            && cands[j - 1].event_at == cands[j].event_at =>
                    {
                        (Some(Item::Person), "ellipsis", None, None)
                    }
                    Some(j) => (cands[j].item, "ellipsis", cands[j].weapon, cands[j].np_side),
                    None if entry.person.is_some() && entry.weapon.is_none() => {
                        (Some(Item::Person), "verb", None, None)
                    }
                    // `reports downing Ukrainian drones ...: it said it had
                    // destroyed 524`: the noun named without a number.
                    // `атаковали две «Газели»`: a name in quotes after the
                    // number is its own noun, though no table knows it.
                    None if t.get(c.n.after).is_some_and(|q| q.is_quote())
                        && t.get(c.n.after + 1).is_some_and(|w| w.kind == Kind::Word) =>
                    {
                        continue;
                    }
                    // `the dead included three married couples`: an English
                    // plural no table knows, right after the number, is its
                    // own noun.
                    None if own_plural(doc, c.n.after, range.end) => continue,
                    None if entry.weapon.is_some() => match mentioned_weapon(doc, s, c.n.first) {
                        Some(item) => (Some(item), "mention", None, None),
                        None => continue,
                    },
                    None => continue,
                };
                // `at least four people were killed and 18 wounded`: the
                // clause joined on that leaves out the noun shares the
                // hedge of the one it leaves it to.
                let hedge = pick
                    .filter(|&j| {
                        Some(j) == before
                            && cands[j].item == c_item.0
                            && c.n.qualifier == Qualifier::Exact
                            && c.n.hedge == c.n.first
                            && c.n.first > 0
                            && LEXICON
                                .joints
                                .match_at(t, c.n.first - 1, c.n.first)
                                .is_some()
                    })
                    .map(|j| cands[j].n.qualifier);
                let c = &mut cands[i];
                c.item = c_item.0;
                c.item_rule = c_item.1;
                c.weapon = c_item.2;
                c.np_side = c.np_side.or(c_item.3);
                if let Some(q) = hedge {
                    c.n.qualifier = q;
                }
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
                // `Ще 26 – над Тульською областю.`: a line of a list by
                // place written as a sentence of its own goes on with the
                // weapons counted last.
                if before.is_none()
                    && line_by_place(doc, c)
                    && let Some(a) = last_weapon(cands, i, 4)
                {
                    repeat(cands, i, a);
                    // `І по одному – над Липецькою`: a line's `one` counts.
                    cands[i].n.is_one = false;
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
                    && (with
                        || t[c.n.hedge - 1].is_punct(',')
                        || joined_on(doc, c.n.hedge)
                        || c.subset_marked
                        || LEXICON
                            .speech
                            .match_at(t, c.n.hedge - 1, c.n.hedge)
                            .is_some());
                if !elliptic || !continues || cands[a].entry.is_none() {
                    continue;
                }
                let line = line_by_place(doc, &cands[i]);
                repeat(cands, i, a);
                let c = &mut cands[i];
                c.event_at = None;
                c.n.is_one &= !line;
                if with {
                    c.subset_of = Some(a);
                }
            }
        }
    }
}

/// Whether what ends right before token `at` joins a clause on: a joint
/// or a word that opens a contrast (`and`, `while`, `а`, `а також`),
/// past words that lead a member in (`ще`, `also`).
fn joined_on(doc: &Doc<'_>, mut at: usize) -> bool {
    let t = &doc.tokens;
    let floor = at.saturating_sub(3);
    while at > floor && LEXICON.is(&t[at - 1], class::SKIP | class::AUX) {
        at -= 1;
    }
    at > 0
        && (LEXICON.is(&t[at - 1], class::BOUNDARY)
            && t[at - 1].kind == Kind::Word
            && !LEXICON.is(&t[at - 1], class::RELATIVE)
            || (at.saturating_sub(3)..at).any(|q| {
                LEXICON
                    .joints
                    .match_at(t, q, at)
                    .is_some_and(|(e, _)| e == at)
            }))
}

/// The last noun of what is counted in the sentence before `s`, where it
/// gives no count: what a part of `them` opening the next is part of.
fn uncounted_before(doc: &Doc<'_>, s: usize) -> Option<(Item, Option<&'static str>, Option<Side>)> {
    let range = doc.range(s.checked_sub(1)?);
    let t = &doc.tokens;
    if range.clone().any(|k| LEXICON.is_number(&t[k])) {
        return None;
    }
    range
        .clone()
        .rev()
        .find_map(|k| super::nouns::head(doc, k, range.end).filter(|&(.., e)| e > k))
        .map(|(item, weapon, side, _)| (item, weapon, side))
}

/// `Ще 26 – над Тульською областю`, `а також 7 – над акваторією`, `По 4
/// БпЛА – над`: a number that opens its sentence or clause (past a joint
/// and words that lead a member in), then a dash and the place it was
/// counted over: a line of a list by place.
pub(super) fn line_by_place(doc: &Doc<'_>, c: &Cand) -> bool {
    let t = &doc.tokens;
    let range = doc.range(c.sentence);
    let mut k = c.np_end;
    while k < range.end && chunks::dash(doc, k) {
        k += 1;
    }
    let opens = c.n.hedge <= range.start + 1
        || t[c.n.hedge - 1].is_punct(',')
        || t[c.n.hedge - 1].is_punct(';')
        || joined_on(doc, c.n.hedge);
    opens && k > c.np_end && k < range.end && LEXICON.is(&t[k], class::PLACE_PREP)
}

/// `сбито в Ростовской области (8 единиц) и в Ставропольском крае (4)`,
/// `над Брянской (12), Курской (8) и Воронежской (27) областями`: a count
/// in brackets right after a place, with no verb of its own, is that
/// place's line of what the sentence counts: it takes the weapon the
/// sentence names and the verb that says what befell it.
pub(super) fn bracketed(doc: &Doc<'_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.entry.is_some() || c.item.is_some_and(|it| it.class() != ItemClass::Weapon) {
            continue;
        }
        let range = doc.range(c.sentence);
        // The opening bracket, past a word that leads the count (`по`).
        let open = (c.n.hedge.saturating_sub(2).max(range.start)..c.n.hedge)
            .rev()
            .find(|&k| t[k].is_punct('('));
        let Some(open) = open.filter(|&k| {
            k > range.start && (k + 1..c.n.hedge).all(|x| t[x].kind == Kind::Word && !t[x].upper)
        }) else {
            continue;
        };
        // The closing one, past a word for units (`единиц`).
        let close = (c.np_end..(c.np_end + 2).min(range.end)).find(|&k| t[k].is_punct(')'));
        let Some(close) = close.filter(|&k| (c.np_end..k).all(|x| t[x].kind == Kind::Word)) else {
            continue;
        };
        // The place: a name, or a word of the places table, within the
        // three words before the bracket (`в Ставропольском крае (4)`).
        let place = (open.saturating_sub(3).max(range.start)..open)
            .rev()
            .take_while(|&x| t[x].kind == Kind::Word)
            .filter(|&x| LEXICON.places.match_at(t, x, open).is_some() || t[x].upper)
            .last();
        // `Больше всего из них (61) сбито над Брянской областью`: a count
        // in brackets after `of them` is a part of the weapons just counted.
        let part = (place.is_none()
            && open > range.start + 1
            && LEXICON.is(&t[open - 1], class::ANAPHOR)
            && LEXICON.partitives.match_at(t, open - 2, open - 1).is_some())
        .then(|| last_weapon(cands, i, 1))
        .flatten();
        if place.is_none() && part.is_none() {
            continue;
        }
        let item = c
            .item
            .or_else(|| part.and_then(|j| cands[j].item))
            .or_else(|| mentioned_weapon(doc, c.sentence, open));
        let Some(mut item) = item else {
            continue;
        };
        // `Воздушные цели были нейтрализованы ...`: targets of either kind
        // are the weapons just counted, where those were of one kind.
        if item == Item::DroneOrMissile
            && let Some(j) = last_weapon(cands, i, 1)
            && let Some(it) = cands[j].item
        {
            item = it;
        }
        // The sentence's verb for weapons, the nearest before the place,
        // else the first after the bracket.
        let verb_at = |k: usize| {
            LEXICON
                .events
                .match_at(t, k, range.end)
                .filter(|(_, e)| e.for_class(ItemClass::Weapon).is_some())
                .map(|(e, entry)| (k, e, *entry))
        };
        let verb = (range.start..open)
            .rev()
            .find_map(verb_at)
            .or_else(|| (close + 1..range.end).find_map(verb_at))
            .map(|(k, e, entry)| (entry, Some((k, e))))
            // `На втором месте Курская область (22 единицы)`: a line with
            // no verb goes on with the weapons counted just before.
            .or_else(|| {
                let j = last_weapon(cands, i, 1)?;
                cands[j].entry.map(|(entry, _)| (entry, cands[j].event_at))
            });
        let Some((entry, at)) = verb else {
            continue;
        };
        let c = &mut cands[i];
        if c.item.is_none() {
            c.item = Some(item);
            c.item_rule = "bracketed";
        }
        c.entry = Some((entry, Via::Inherited));
        c.event_at = at;
        match place {
            Some(place) => c.location = Some(doc.text(place, open).into()),
            None => c.subset_of = part,
        }
    }
}

/// The most tokens a breakdown in brackets, or its whole before it, runs to.
const BREAKDOWN: usize = 24;

/// `5 погибших (3 мужчин и 2 женщины)`, `Five people were killed (three
/// men and two women)`, `збили 50 ракет (30 Х-101 і 20 «Калібрів»)`: the
/// verbless counts in brackets right after a figure, its noun or its verb,
/// each naming what it counts, are its parts: what befell it befell them.
pub(super) fn breakdown(doc: &Doc<'_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    for i in 1..cands.len() {
        let c = &cands[i];
        // A part names what it counts (`3 мужчин`): not a bare number in
        // brackets (`against 20 a week earlier`, `на 8 утра`).
        if c.entry.is_some() || c.partitive != Partitive::None || !c.has_head() {
            continue;
        }
        let range = doc.range(c.sentence);
        // The opening bracket, with only earlier members of the breakdown
        // between it and this count: numbers, their nouns, and joints.
        // Looked for in a bounded window, so a long sentence of counts
        // costs no scan back to its start for each.
        let Some(open) = (c.n.hedge.saturating_sub(BREAKDOWN).max(range.start)..c.n.hedge)
            .rev()
            .take_while(|&k| !t[k].is_punct(')'))
            .find(|&k| t[k].is_punct('('))
        else {
            continue;
        };
        let verbless = |a: usize, b: usize| {
            (a..b).all(|x| !doc.boundary(x) || t[x].is_punct(',') || t[x].is_punct('('))
                && (a..b).all(|x| LEXICON.events.match_at(t, x, b).is_none())
        };
        let Some(close) =
            (c.np_end..(c.np_end + BREAKDOWN).min(range.end)).find(|&k| t[k].is_punct(')'))
        else {
            continue;
        };
        // The bracket opens with a count: `(3 мужчин и 2 женщины)`, not
        // `(по состоянию на 8 утра)`.
        let first = cands[..=i]
            .iter()
            .rev()
            .take_while(|x| x.sentence == c.sentence && x.n.hedge > open)
            .last()
            .is_some_and(|x| x.n.hedge == open + 1);
        if !first || !verbless(open + 1, close) {
            continue;
        }
        // The whole: the figure of the same sentence whose noun, or whose
        // verb after it, ends at the bracket.
        let Some(j) = (0..i)
            .rev()
            .take_while(|&j| cands[j].sentence == c.sentence && cands[j].n.first + BREAKDOWN > open)
            .find(|&j| {
                let w = &cands[j];
                let ends = match w.event_at {
                    Some((_, e)) if w.entry.is_some_and(|(_, v)| v == Via::Right) => {
                        e.max(w.np_end)
                    }
                    _ => w.np_end,
                };
                ends == open && w.entry.is_some() && w.partitive == Partitive::None
            })
        else {
            continue;
        };
        // A whole counted by the word of what befell it (`5 погибших`)
        // gets its noun later: the part's own noun must then suit the verb.
        let Some(item) = c.item else {
            continue;
        };
        let fits = match cands[j].item {
            Some(whole) => contains(whole, item) || item.class() == whole.class(),
            None => cands[j]
                .entry
                .is_some_and(|(e, _)| e.for_class(item.class()).is_some()),
        };
        if !fits {
            continue;
        }
        let (entry, at) = (cands[j].entry.map(|(e, _)| e), cands[j].event_at);
        let c = &mut cands[i];
        c.entry = entry.map(|e| (e, Via::Inherited));
        c.event_at = at;
        c.subset_of = Some(j);
    }
}

/// Whether the words from token `k` are a plain English noun phrase no
/// table knows, ending in a plural (`married couples`): up to three
/// lower-case words of no class, the last ending in `s`, then the clause's
/// end or a stop word.
fn own_plural(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let t = &doc.tokens;
    let plain = |j: usize| {
        j < end
            && t[j].kind == Kind::Word
            && t[j].key.is_ascii()
            && !t[j].upper
            && LEXICON.word(&t[j]) == 0
            && LEXICON.events.match_at(t, j, end).is_none()
    };
    let words = (k..(k + 3).min(end)).take_while(|&j| plain(j)).count();
    words > 0
        && t[k + words - 1].key.ends_with('s')
        && (k + words == end || doc.boundary(k + words) || LEXICON.is(&t[k + words], class::STOP))
}

/// The last weapon figure with a verb before candidate `i`, at most
/// `back` sentences before it.
fn last_weapon(cands: &[Cand], i: usize, back: usize) -> Option<usize> {
    let s = cands[i].sentence;
    (0..i)
        .rev()
        .take_while(|&j| cands[j].sentence + back >= s)
        .find(|&j| {
            cands[j]
                .item
                .is_some_and(|it| it.class() == ItemClass::Weapon)
                && cands[j].entry.is_some()
        })
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
pub(super) fn subsets(doc: &Doc<'_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    for i in 0..cands.len() {
        let c = &cands[i];
        let s = c.sentence;
        if !c.subset_marked {
            continue;
        }
        // `В их числе 4 – над Волгоградской областью`: a sentence that
        // opens with the part's word goes on from the one before.
        let opens = LEXICON
            .words
            .match_at(t, doc.range(s).start, c.n.hedge)
            .is_some_and(|(e, classes)| {
                classes & class::SUBSET != 0
                    && (e == c.n.hedge || e + 1 == c.n.hedge && chunks::dash(doc, e))
            });
        // `124 drones, including one headed for Moscow`: a part that names
        // nothing is one of what its total counts.
        // `over eight regions, including 26 over Belgorod`: a count of
        // places is no total of a part that names nothing.
        let parent = (0..i)
            .rev()
            .take_while(|&j| cands[j].sentence + 1 >= s)
            .filter(|&j| c.item.is_some() || !counts_places(doc, &cands[j]))
            .find(|&j| match c.item {
                Some(item) => cands[j].item.is_some_and(|p| contains(p, item)),
                None => (opens || cands[j].sentence == s) && cands[j].item.is_some(),
            });
        if c.item.is_none()
            && let Some(p) = parent
        {
            take_noun(cands, i, p, "part");
            cands[i].n.is_one = false;
        }
        if let Some(p) = parent {
            let entry = cands[p].entry;
            let side = cands[p].np_side;
            let c = &mut cands[i];
            c.subset_of = Some(p);
            if c.entry.is_none() {
                c.entry = entry.map(|(e, _)| (e, Via::List));
            }
            c.np_side = c.np_side.or(side);
        } else if cands[i].entry.is_none()
            && let Some(found) = clause_event(doc, &cands[i])
        {
            cands[i].entry = Some(found);
        }
    }
}

/// `Several people were injured, including two children`, `Є поранені,
/// серед них двоє дітей`: a part of a whole no number counts shares the
/// verb its clause told of that whole, the last before the part's word.
fn clause_event(doc: &Doc<'_>, c: &Cand) -> Option<(EventEntry, Via)> {
    let t = &doc.tokens;
    let class = c.item?.class();
    let start = doc.range(c.sentence).start;
    // `including`, `серед них`, `в том числе`: where the part's words start.
    let mark = (c.n.hedge.saturating_sub(4).max(start)..c.n.hedge).find(|&k| {
        LEXICON.is(&t[k], class::SUBSET)
            || LEXICON
                .words
                .match_at(t, k, c.n.hedge)
                .is_some_and(|(_, classes)| classes & class::SUBSET != 0)
    })?;
    // Its clause: back to a count or a semicolon, which start another.
    (start..mark)
        .rev()
        .take_while(|&k| {
            t[k].kind != Kind::Num && !LEXICON.numbers.has_word(t[k].key) && !t[k].is_punct(';')
        })
        .find_map(|k| {
            LEXICON
                .events
                .match_at(t, k, mark)
                .filter(|(_, e)| e.for_class(class).is_some())
                .map(|(_, e)| (*e, Via::List))
        })
}

/// `Міноборони РФ заявило про знищення 19 безпілотників. ... над
/// Курською (2), Брянською (5) ... і Чорним морем (6)`: counts of one
/// thing befallen in one way, told place by place in the sentence after
/// a total or the one after that, that add up to the total exactly, are
/// its parts: of its time and its speaker, as the lines of a list are of
/// their lead's.
pub(super) fn sums(cands: &mut [Cand]) {
    let event = |c: &Cand| Some((c.entry?.0.for_class(c.item?.class())?, c.item?));
    let mut first = 0;
    while first < cands.len() {
        let s = cands[first].sentence;
        let parts = first..sentence_end(cands, first);
        first = parts.end;
        let Some((happened, item)) = event(&cands[parts.start]) else {
            continue;
        };
        let fits = |c: &Cand| {
            c.subset_of.is_none()
                && c.lead.is_none()
                && c.location.is_some()
                && c.partitive == Partitive::None
                && event(c) == Some((happened, item))
        };
        if parts.len() < 2 || !cands[parts.clone()].iter().all(fits) {
            continue;
        }
        let sum: u64 = cands[parts.clone()].iter().map(|c| c.n.value).sum();
        let total = (0..parts.start)
            .rev()
            .take_while(|&j| cands[j].sentence + 2 >= s)
            .find(|&j| {
                let t = &cands[j];
                t.n.value == sum
                    && t.subset_of.is_none()
                    && event(t).is_some_and(|(e, it)| e == happened && contains(it, item))
            });
        if let Some(total) = total {
            let lead = cands[total].sentence;
            for c in &mut cands[parts] {
                c.subset_of = Some(total);
                c.lead = Some(lead);
            }
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
