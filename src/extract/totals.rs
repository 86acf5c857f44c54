//! Running totals: figures that sum over a span of time (`since the start
//! of the war`, `in June`, `across the month of August`, `over the past
//! week`) rather than count one night.

use super::doc::Doc;
use super::lexicon::{LEXICON, class};
use super::numbers::year;
use super::text::Kind;

/// Where a sentence names a span of time.
pub(super) struct Spans {
    /// Tokens where a span starts, and whether it sums weapons only.
    at: Vec<(usize, bool)>,
    /// Whether the sentence counts from the start of an event rather
    /// than of a span (`з початку атаки`): it names its own time.
    counts_from_event: bool,
}

impl Spans {
    /// The spans of time sentence `s` names, but not those that are the
    /// term of a comparison (`the biggest attack since 2022`).
    pub fn of(doc: &Doc<'_>, s: usize) -> Spans {
        let t = &doc.tokens;
        let range = doc.range(s);
        let mut out = Spans {
            at: Vec::new(),
            counts_from_event: false,
        };
        // Nothing below can match in a sentence with no phrase of the
        // table, no month, no span word and no word that leads a year
        // (`since`).
        let table = doc.may_have(s, &LEXICON.cumulative);
        let since = doc.may_have(s, &LEXICON.since_year);
        let months = doc.has_class(s, class::MONTH);
        let periods = doc.has_class(s, class::PERIOD);
        let years = doc.has_class(s, class::YEAR_PREP);
        if !(table || since || months || periods || years) {
            return out;
        }
        // Every span starts at a word of the table, a word that leads a
        // span, `this`, `since` or, with a month named, a word that opens a
        // range of days: one test of a word's bits passes the rest.
        let ranges = if months {
            LEXICON.ranges.start_bit()
        } else {
            0
        };
        let phrase = LEXICON.cumulative.start_bit() | LEXICON.since_year.start_bit() | ranges;
        let leads = class::EXTENT | class::YEAR_PREP;
        let mut k = range.start;
        while k < range.end {
            let mut weapons_only = false;
            let tok = &t[k];
            if tok.starts & phrase == 0 && tok.classes & leads == 0 && !tok.is("this") {
                k += 1;
                continue;
            }
            // A month after a superlative is the span of a record total
            // (`a record for drone attacks in October`); any other span is
            // the term of the comparison (`the biggest attack since 2022`,
            // `in a week`), as is a month of a named year (`the biggest
            // since Moscow invaded in February 2022`).
            let (span, next) = match table
                .then(|| LEXICON.cumulative.match_at(t, k, range.end))
                .flatten()
            {
                Some((e, &weapons)) => {
                    weapons_only = weapons;
                    (Some(true), e)
                }
                None if let Some((e, span)) =
                    since.then(|| since_year(doc, k, range.end)).flatten() =>
                {
                    out.counts_from_event |= !span;
                    (span.then_some(true), e)
                }
                None if months && let Some(year) = month(doc, k, range.end) => (Some(year), k + 1),
                None if months && let Some(e) = days(doc, k, range.end) => (Some(false), e),
                None => (
                    (periods && period(doc, k, range.end) || years && t[k].is("since"))
                        .then_some(true),
                    k + 1,
                ),
            };
            if let Some(comparable) = span
                && !(comparable && compared(doc, range.start, k))
            {
                out.at.push((k, weapons_only));
            }
            k = next;
        }
        out
    }

    /// Whether a figure at token `f` sums over a span: the sentence names
    /// one and no night (`overnight ..., bringing the total since May
    /// to` counts one night), and not inside a relative clause after the
    /// figure (`wounded near Kyiv, which had come under attack every day
    /// over the past month`).
    /// `night`: the byte where the sentence's first night starts, if it
    /// names one; told in a later clause than the figure, past a span
    /// before it, that night is a part's (`минулого тижня ... 1460 бомб
    /// ..., причому понад два десятки з них – цієї ночі`).
    /// `people`: whether the figure counts people, whom a span of weapons
    /// only does not sum.
    pub fn cover(&self, doc: &Doc<'_>, f: usize, night: Option<usize>, people: bool) -> bool {
        let t = &doc.tokens;
        let later_clause = |n: usize| {
            (t[f].start as usize) < n
                && (f..t.len())
                    .take_while(|&j| (t[j].start as usize) < n)
                    .any(|j| t[j].is_punct(','))
        };
        let dates =
            night.is_some_and(|n| !(self.at.iter().any(|&(k, _)| k < f) && later_clause(n)));
        !dates
            && self.at.iter().any(|&(k, weapons_only)| {
                !(weapons_only && people)
                    && (k < f
                        || !(f..k).any(|j| {
                            t[j].is_punct(',')
                                && t.get(j + 1).is_some_and(|n| LEXICON.is(n, class::RELATIVE))
                        }))
            })
    }

    /// Whether the sentence names no span at all.
    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// Whether the sentence counts from the start of an event.
    pub fn counts_from_event(&self) -> bool {
        self.counts_from_event
    }
}

/// `з початку 2024 року`, `с начала 2025 года`, `від початку
/// повномасштабного вторгнення`: a phrase of the table with a year after
/// it, or a span's word past a few words that qualify it. The token after
/// the phrase, and whether it starts a span rather than an event (`з
/// початку атаки`).
fn since_year(doc: &Doc<'_>, k: usize, end: usize) -> Option<(usize, bool)> {
    let t = &doc.tokens;
    let (e, _) = LEXICON.since_year.match_at(t, k, end)?;
    let after = t.get(e).filter(|_| e < end)?;
    if year(after) {
        return Some((e, true));
    }
    let span = (e..end.min(e + 3))
        .take_while(|&j| t[j].kind == Kind::Word && !t[j].upper && !doc.boundary(j))
        .any(|j| LEXICON.is(&t[j], class::PERIOD));
    Some((e, span))
}

/// `in June`, `across the month of August`, `за першу половину вересня`,
/// `in October 2023`: a month with no day after it, led by a word that
/// leads a span; whether a year follows it.
fn month(doc: &Doc<'_>, k: usize, end: usize) -> Option<bool> {
    let t = &doc.tokens;
    if !LEXICON.is(&t[k], class::EXTENT) {
        return None;
    }
    let from = after_lead(doc, k, end);
    let j = (from..end.min(from + 4))
        .find(|&j| !(t[j].is("month") || LEXICON.qualifies_span(t[j].key)))?;
    // English capitalises a month (`in May`, not `may`); the Cyrillic
    // languages write it small.
    if !(LEXICON.is(&t[j], class::MONTH) && (t[j].upper || !t[j].key.is_ascii())) {
        return None;
    }
    // A day after the month names a day (`in May 5`).
    match t.get(j + 1).filter(|_| j + 1 < end) {
        Some(n) if n.kind == Kind::Num => year(n).then_some(true),
        _ => Some(false),
    }
}

/// `between 1 March and 31 May`, `from October 21 to 27`, `с 12 марта по
/// 27 апреля`: a range of days, a day or a month after the word that
/// opens it and after the word that closes it, a month named within; the
/// token after it. Not a night (`в ніч з 6 на 7 травня`), nor hours (`з
/// 20:00 до 3:00`).
fn days(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let t = &doc.tokens;
    let (open, &opens) = LEXICON.ranges.match_at(t, k, end)?;
    if !opens {
        return None;
    }
    // A day of the month or a month's name.
    let day = |j: usize| {
        LEXICON.is(&t[j], class::MONTH)
            || t[j].kind == Kind::Num
                && !super::text::clock(t, j)
                && t[j].key.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
    };
    let words = |from: usize, n: usize| {
        (from..end.min(from + n)).take_while(|&j| !doc.boundary(j) || t[j].is_punct(','))
    };
    let first = words(open, 2).find(|&j| day(j))?;
    let (close, _) = words(first + 1, 6).find_map(|j| {
        LEXICON
            .ranges
            .match_at(t, j, end)
            .filter(|&(_, &opens)| !opens)
    })?;
    let last = words(close, 2).find(|&j| day(j))?;
    let month = (first..=last).any(|j| LEXICON.is(&t[j], class::MONTH))
        || t.get(last + 1)
            .is_some_and(|n| last + 1 < end && LEXICON.is(n, class::MONTH));
    month.then_some(last + 1)
}

/// `over the past week`, `in the space of a week`, `this single week
/// alone`: a word that leads a span, a few words that qualify it, and the
/// span.
fn period(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let t = &doc.tokens;
    let leads = LEXICON.is(&t[k], class::EXTENT) || t[k].is("this");
    leads && span_head(doc, k, end).is_some_and(|j| LEXICON.is(&t[j], class::PERIOD))
}

/// `за минулу добу`, `over the past day`: a span of time at `k`, a word
/// that leads it, a few that qualify it and the word they qualify; the
/// token after it.
pub(super) fn span_end(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let t = &doc.tokens;
    let last = span_head(doc, k, end).filter(|_| LEXICON.is(&t[k], class::EXTENT))?;
    (t[last].kind == Kind::Word && !doc.boundary(last) && !LEXICON.is(&t[last], class::STOP))
        .then_some(last + 1)
}

/// The word a span led at `k` is of, past the words that lead and
/// qualify it, however many: `week` of `over the past week`, of `in the
/// space of a single week`.
fn span_head(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let from = after_lead(doc, k, end);
    (from..end).find(|&j| !LEXICON.qualifies_span(doc.tokens[j].key))
}

/// The token after the word or phrase that leads a span at `k`: `в
/// течение`, `in the course of` are phrases of the words table.
fn after_lead(doc: &Doc<'_>, k: usize, end: usize) -> usize {
    LEXICON
        .words
        .match_at(&doc.tokens, k, end)
        .filter(|(_, classes)| **classes & class::EXTENT != 0)
        .map_or(k + 1, |(e, _)| e)
}

/// Whether a span at token `k` is the term of a comparison: `the biggest
/// attack since 2022`, `a record for a single night`.
fn compared(doc: &Doc<'_>, start: usize, k: usize) -> bool {
    let t = &doc.tokens;
    (start..k)
        .rev()
        .take_while(|&j| !doc.boundary(j))
        .any(|j| LEXICON.is(&t[j], class::SUPERLATIVE))
}
