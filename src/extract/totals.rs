//! Running totals: figures that sum over a span of time (`since the start
//! of the war`, `in June`, `across the month of August`, `over the past
//! week`) rather than count one night.

use super::doc::Doc;
use super::lexicon::{LEXICON, class};
use super::text::Kind;

/// Where a sentence names a span of time, and whether it names a night.
pub(super) struct Spans {
    /// Tokens where a span starts.
    at: Vec<usize>,
    /// One night's figure wins over a span in the same sentence
    /// (`overnight ..., bringing the total since May to`).
    night: bool,
}

impl Spans {
    /// The spans of time sentence `s` names.
    pub fn of(doc: &Doc<'_>, s: usize) -> Spans {
        let t = &doc.tokens;
        let range = doc.range(s);
        let mut out = Spans {
            at: Vec::new(),
            night: false,
        };
        // Nothing below can match in a sentence with no phrase of the
        // table, no month, no span word and no word that leads a year (`since`).
        let table = doc.may_have(s, &LEXICON.cumulative);
        let months = doc.has_class(s, class::MONTH);
        let periods = doc.has_class(s, class::PERIOD);
        let years = doc.has_class(s, class::YEAR_PREP);
        if !(table || months || periods || years) {
            return out;
        }
        // Every span starts at a word of the table, a word that leads a
        // span, `this` or `since`: one test of a word's bits passes the rest.
        let phrase = LEXICON.cumulative.start_bit();
        let leads = class::EXTENT | class::YEAR_PREP;
        let mut k = range.start;
        while k < range.end {
            let tok = &t[k];
            if tok.starts & phrase == 0 && tok.classes & leads == 0 && !tok.is("this") {
                k += 1;
                continue;
            }
            if let Some((e, is_total)) = table
                .then(|| LEXICON.cumulative.match_at(t, k, range.end))
                .flatten()
            {
                if *is_total {
                    if !compared(doc, range.start, k) {
                        out.at.push(k);
                    }
                } else {
                    out.night = true;
                }
                k = e;
                continue;
            }
            let span = months && month(doc, k, range.end)
                || periods && period(doc, k, range.end)
                || years && t[k].is("since") && !compared(doc, range.start, k);
            if span {
                out.at.push(k);
            }
            k += 1;
        }
        out
    }

    /// Whether a figure at token `f` sums over a span: the sentence names
    /// one, no night, and not inside a relative clause after the figure
    /// (`wounded near Kyiv, which had come under attack every day over
    /// the past month`).
    pub fn cover(&self, doc: &Doc<'_>, f: usize) -> bool {
        let t = &doc.tokens;
        !self.night
            && self.at.iter().any(|&k| {
                k < f
                    || !(f..k).any(|j| {
                        t[j].is_punct(',')
                            && t.get(j + 1).is_some_and(|n| {
                                matches!(n.key, "which" | "who" | "where" | "when")
                            })
                    })
            })
    }
}

/// `in June`, `across the month of August`: a month with no day after it,
/// led by a word that leads a span.
fn month(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let t = &doc.tokens;
    LEXICON.is(&t[k], class::EXTENT)
        && (k + 1..end.min(k + 5))
            .find(|&j| !matches!(t[j].key, "the" | "month" | "of"))
            .is_some_and(|j| {
                LEXICON.is(&t[j], class::MONTH)
                    && t[j].upper
                    && !(j + 1 < end && t[j + 1].kind == Kind::Num)
            })
}

/// `over the past week`, `in the space of a week`, `this single week
/// alone`: a word that leads a span, a few words that qualify it, and the
/// span.
fn period(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let t = &doc.tokens;
    let leads = LEXICON.is(&t[k], class::EXTENT) || t[k].is("this");
    leads
        && (k + 1..end.min(k + 6))
            .find(|&j| {
                !matches!(
                    t[j].key,
                    "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "last"
                        | "past"
                        | "previous"
                        | "single"
                        | "entire"
                        | "whole"
                        | "same"
                        | "current"
                        | "space"
                        | "course"
                        | "of"
                )
            })
            .is_some_and(|j| LEXICON.is(&t[j], class::PERIOD))
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
