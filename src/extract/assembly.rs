//! Assembly: the engine's passes over an article in turn, and the figure
//! records that come out.

use std::sync::Arc;

use super::attribution;
use super::candidate::{Cand, Partitive, Via, sentence_end};
use super::chunks;
use super::doc::{Doc, nearest};
use super::events::events;
use super::lexicon::{LEXICON, class};
use super::night::Dater;
use super::nouns::noun_phrase;
use super::numbers;
use super::structure::{
    Related, bracketed, breakdown, ellipsis, fronted, lines, link_partitives, subsets, sums,
};
use super::text::{Keys, Kind};
use super::totals::Spans;
use crate::model::{Article, Claimant, Event, Excerpt, Figure, Item, ItemClass};

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
    // Each sentence with numbers read as chunks, and the numbers related
    // through its lists and colons.
    let mut chunked = Vec::new();
    let mut first = 0;
    while first < cands.len() {
        let s = cands[first].sentence;
        let end = sentence_end(&cands, first);
        // A lone number relates to nothing but what a colon or dash
        // details, and without one nothing before the first number is
        // read: many sentences need few chunks or none.
        let details = doc.range(s).any(|k| chunks::details(&doc, k));
        let pieces = if end == first + 1 && !details {
            Vec::new()
        } else {
            let from = if details {
                doc.range(s).start
            } else {
                cands[first].n.hedge
            };
            chunks::of(&doc, s, from, &cands, first..end)
        };
        chunked.push(Related::of(&doc, s, first..end, pieces, &mut cands));
        first = end;
    }
    lines(&doc, &chunked, &mut cands);
    link_partitives(&doc, &mut cands);
    fronted(&doc, &mut cands);
    bracketed(&doc, &mut cands);
    breakdown(&doc, &mut cands);
    ellipsis(&doc, &mut cands);
    subsets(&doc, &mut cands);
    // Parts found by `subsets` pass their verb along their own lists.
    for r in &chunked {
        if r.own
            .clone()
            .any(|c| cands[c].entry.is_none() || cands[c].item.is_none())
        {
            r.share_again(&doc, &mut cands);
        }
    }
    sums(&mut cands);
    // A number with neither noun nor verb yet (`a Russian attack,
    // Saturday, Oct. 25` in a caption) leads nothing.
    let lead = cands
        .iter()
        .filter(|c| c.item.is_some() || c.entry.is_some())
        .map(|c| c.sentence)
        .find(|&s| s >= 1);
    let mut dater = Dater::new(&doc, lead);
    // The last count that details an attack: what is joined on to it does too.
    let mut detailing: Option<usize> = None;
    for c in cands.iter_mut() {
        // `Zelensky: over 400 Shaheds overnight`, `Жестокие удары ... —
        // почти 500 ударных беспилотников и более 40 ракет`: weapons
        // counted with no verb, in a sentence about a night's attack or
        // after a dash that details an attack, were sent.
        let joined = detailing.is_some_and(|end| {
            c.n.hedge > end && (end..c.n.hedge).all(|k| LEXICON.joins(&doc.tokens[k]))
        });
        let details = details_attack(&doc, c) || joined;
        detailing = None;
        if c.entry.is_none()
            && c.partitive == Partitive::None
            && !c.subset_marked
            && c.item.is_some_and(|i| i.class() == ItemClass::Weapon)
            && (details || dater.names_night(c.sentence))
        {
            c.entry = Some((LEXICON.launched(), Via::Night));
            detailing = details.then_some(c.np_end);
        }
        c.event = match (&c.entry, c.item) {
            (Some((e, _)), Some(item)) => e.for_class(item.class()).unwrap_or(Event::Other),
            _ => Event::Other,
        };
    }
    attribution::attribute(&doc, &mut cands);
    place_and_time(&doc, &mut dater, &mut cands);
    // A number with nothing counted is not a figure; nor is a bare `one`;
    // nor a count of something that is not the war's harm (countries at a
    // meeting, assaults, drones made rather than sent).
    let keep: Vec<bool> = cands
        .iter()
        .map(|c| {
            // `one of them was shot down`: a part with its verb.
            let part_with_verb = matches!(c.partitive, Partitive::Anaphor)
                && c.entry.is_some_and(|(_, v)| v == Via::Right)
                && c.event_at.is_some_and(|(k, _)| k <= c.np_end + 2);
            // `один из них — ребенок`: a part whose noun follows it names
            // what it counts as plainly as a noun after the number, where
            // it is another kind than its whole's (not `одна из них —
            // ракета Кинжал`, one of the missiles told).
            let named =
                c.item_rule == "predicate" && c.subset_of.is_some_and(|w| cands[w].item != c.item);
            // `One of the injured was hospitalised`: a part of the people
            // a word of what befell them names.
            let of_the_hurt = c.item_rule == "partitive"
                && c.item.is_some_and(|it| it.class() == ItemClass::Person)
                && c.entry.is_some_and(|(_, v)| v == Via::Noun);
            // `три — над Орловской, один — над Курской`: a bulletin's line
            // by place.
            let counts_one = !c.n.is_one
                || c.has_head()
                || c.verb_follows(&doc)
                || part_with_verb
                || named
                || of_the_hurt
                || super::structure::line_by_place(&doc, c);
            // `one of the biggest barrages`, `одна из крупнейших атак`: a
            // rank among attacks, not a count.
            let word_one = c.n.value == 1
                && c.n.last == c.n.first + 1
                && doc.tokens[c.n.first].kind == Kind::Word;
            let ranked = word_one && ranked(&doc, c.n.last);
            c.item.is_some_and(|item| item.counts_harm(c.event)) && counts_one && !ranked
        })
        .collect();
    build(&doc, &mut dater, &cands, &keep)
}

/// Running totals and the place named with each figure.
fn place_and_time(doc: &Doc<'_>, dater: &mut Dater<'_, '_>, cands: &mut [Cand]) {
    let t = &doc.tokens;
    // The sentence last read: its index, the spans of time it names, and
    // the places it names.
    type Read = (usize, Spans, Option<usize>, Frame, Vec<(usize, Arc<str>)>);
    let mut cache: Option<Read> = None;
    let mut frames = Frames::new(doc);
    for c in cands.iter_mut() {
        let s = c.sentence;
        if cache.as_ref().is_none_or(|(cs, ..)| *cs != s) {
            let end = doc.range(s).end;
            let places = doc
                .place_names(s)
                .filter(|&(k, ..)| LEXICON.side_word(&t[k]).is_none())
                .map(|(k, e, _)| {
                    let e = if e < end && LEXICON.is(&t[e], class::REGION) {
                        e + 1
                    } else {
                        e
                    };
                    (k, doc.text(k, e).into())
                })
                .collect();
            let spans = Spans::of(doc, s);
            // Where a night the sentence names starts: one night's figure
            // wins over a span in the same sentence.
            let night = if spans.is_empty() {
                None
            } else {
                dater.first_night(s)
            };
            let frame = frames.read(&spans, dater, s);
            cache = Some((s, spans, night, frame, places));
        }
        let (_, spans, night, frame, places) = cache.as_ref().expect("filled above");
        c.cumulative = match frame {
            Frame::Unsaid => frames.carried(doc, dater, s, c.lead) == Frame::Span,
            _ => spans.cover(
                doc,
                c.n.first,
                *night,
                c.item.is_some_and(|i| i.class() == ItemClass::Person),
            ),
        };
        let at = c.n.first;
        c.location = c
            .location
            .take()
            .or_else(|| nearest(places, at, 2).map(|(_, p)| p.clone()));
    }
}

/// Whether the words after a `one` ending before token `k` rank it among
/// others by a superlative: a word of `of`, then one at most before the
/// superlative (`of the biggest`, `из крупнейших`).
fn ranked(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.tokens;
    let Some((after, _)) = LEXICON.partitives.match_at(t, k, t.len()) else {
        return false;
    };
    (after..t.len().min(after + 2)).any(|j| LEXICON.is(&t[j], class::SUPERLATIVE))
}

/// What a sentence says of the time its figures count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// A span (`in October`, `over the past week`) and no night.
    Span,
    /// A night or a day.
    Time,
    /// Nothing: its figures are of the time said before them.
    Unsaid,
}

/// Each sentence's frame, read once.
struct Frames(Vec<Option<Frame>>);

impl Frames {
    fn new(doc: &Doc<'_>) -> Self {
        Frames(vec![None; doc.sentences.len()])
    }

    /// Sentence `s`'s frame, its spans read already.
    fn read(&mut self, spans: &Spans, dater: &mut Dater<'_, '_>, s: usize) -> Frame {
        *self.0[s].get_or_insert_with(|| {
            if !spans.is_empty() && !dater.names_night(s) {
                Frame::Span
            } else if !spans.is_empty() || spans.counts_from_event() || dater.names_time(s) {
                Frame::Time
            } else {
                Frame::Unsaid
            }
        })
    }

    /// Sentence `s`'s frame, its spans read only if it has none yet.
    fn of(&mut self, doc: &Doc<'_>, dater: &mut Dater<'_, '_>, s: usize) -> Frame {
        match self.0[s] {
            Some(frame) => frame,
            None => self.read(&Spans::of(doc, s), dater, s),
        }
    }

    /// The frame a sentence that says none takes, as its date is taken:
    /// its list's lead's; else the nearer of the two sentences before it
    /// in its paragraph that says one (`In October Russia launched 2,023
    /// drones. Of these, 1,185 were shot down`); else the title's span,
    /// where the opening names no night.
    fn carried(
        &mut self,
        doc: &Doc<'_>,
        dater: &mut Dater<'_, '_>,
        s: usize,
        lead: Option<usize>,
    ) -> Frame {
        if let Some(l) = lead.filter(|&l| l != s) {
            let f = self.of(doc, dater, l);
            if f != Frame::Unsaid {
                return f;
            }
        }
        let paragraph = doc.sentences[s].paragraph;
        for p in (s.saturating_sub(2)..s).rev() {
            if doc.sentences[p].paragraph != paragraph {
                break;
            }
            let f = self.of(doc, dater, p);
            if f != Frame::Unsaid {
                return f;
            }
        }
        // The title's span, where the opening names no night: a lead's
        // span is as often background (`since August`).
        if s == 0 || self.of(doc, dater, 0) != Frame::Span {
            return Frame::Unsaid;
        }
        if dater.opening().any(|p| dater.names_night(p)) {
            return Frame::Time;
        }
        Frame::Span
    }
}

/// Turn candidates into figure records.
fn build(doc: &Doc<'_>, dater: &mut Dater<'_, '_>, cands: &[Cand], keep: &[bool]) -> Vec<Figure> {
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
            // People or things: a toll, which may be of the day.
            let toll = item.class() != ItemClass::Weapon;
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
                sentence: Excerpt::around(&article.text, sentence.span.clone(), start..end),
                sentence_start: sentence.span.start,
                sentence_end: sentence.span.end,
                weapon: c.weapon.map(Arc::from),
                subset_of: c.subset_of.and_then(|j| index[j]),
                cumulative: c.cumulative,
                // A running total is of no one night.
                date: (!c.cumulative)
                    .then(|| match c.lead {
                        // A line of a list is of its lead's time, unless
                        // it names its own.
                        Some(l) if !dater.names_time(c.sentence) => {
                            dater.date(l, doc.sentences[l].span.start, toll)
                        }
                        _ => dater.date(c.sentence, start, toll),
                    })
                    .flatten(),
                language: article.language,
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

/// The most tokens from a count's phrase to the colon that closes the
/// list it opens.
const LIST_TO_COLON: usize = 12;

/// `Жестокие удары ... — почти 500 ударных беспилотников`: a count that
/// a dash or colon sets after words of attack details the attack; so does
/// one that opens the sentence with the attack told after its colon or
/// dash (`33 «Шахида»: Россия атаковала ...`).
fn details_attack(doc: &Doc<'_>, c: &Cand) -> bool {
    let t = &doc.tokens;
    let range = doc.range(c.sentence);
    let start = range.start;
    let attack = |k: usize| {
        LEXICON.is(&t[k], class::ATTACK)
            || LEXICON
                .events
                .match_at(t, k, range.end)
                .is_some_and(|(_, e)| e.attacks())
    };
    // A noun in quotes (`«Шахида»`) ends past its closing quote, which
    // the noun's phrase leaves out.
    let end = if c.np_end < range.end && t[c.np_end].is_quote() {
        c.np_end + 1
    } else {
        c.np_end
    };
    // `50 ракет і майже 300 дронів: ... удару Росії`: the colon or dash
    // may close a verbless phrase the count opens (a list of weapons).
    let colon = || {
        (end..range.end.min(end + LIST_TO_COLON))
            .take_while(|&k| {
                chunks::details(doc, k)
                    || !doc.boundary(k)
                        && LEXICON.events.match_at(t, k, range.end).is_none()
                        && LEXICON.speech.match_at(t, k, range.end).is_none()
            })
            .find(|&k| chunks::details(doc, k))
    };
    let leads =
        c.n.hedge == start && colon().is_some_and(|colon| (colon + 1..range.end).any(attack));
    leads
        || c.n.hedge > start + 1
            && chunks::details(doc, c.n.hedge - 1)
            && (start..c.n.hedge - 1).any(attack)
}
