//! A sentence read as chunks: each number phrase with the noun it counts,
//! nouns, event phrases, speech, places, and the joints and boundaries
//! between them. The rules that relate figures to one another (lists,
//! colons, bullets, `name – number` pairs) read chunks, not distances
//! between tokens.

use std::ops::Range;
use std::sync::LazyLock;

use super::candidate::{Cand, Partitive};
use super::doc::Doc;
use super::lexicon::{LEXICON, class};
use super::text::Kind;

/// What a chunk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chunk {
    /// A candidate's number phrase, hedge to the end of its noun phrase
    /// (`more than 40 Russian drones`, `63 of the 137 drones`): the
    /// candidate's index.
    Count(usize),
    /// A noun of what is counted, with no number: `drones`, `the missiles`.
    Noun,
    /// A verb or nominal of what happened: `shot down`, `the destruction of`.
    Event,
    /// A speech verb or `according to`.
    Speech,
    /// A place name: `the Tula region`, `Kyiv`.
    Place,
    /// Joins the members of a list: `,` `and` `or` `;` `as well as` `plus`.
    Joint,
    /// A dash standing apart: a bullet, a `name – number` pair, or an aside.
    Dash,
    /// A colon: what follows details what precedes it.
    Colon,
    /// An opening or closing bracket.
    Open,
    Close,
    /// Ends a clause: `while`, `but`, `which`, quotation marks.
    Boundary,
    /// Any other word.
    Word,
}

/// A chunk and its tokens.
#[derive(Debug, Clone)]
pub struct Piece {
    pub chunk: Chunk,
    pub tokens: Range<usize>,
}

/// The chunks of sentence `s` from its token `from` on, where its
/// candidates are `cands[own]` (in text order). A candidate whose number
/// sits inside another's phrase (the total of `63 of the 137 drones`) has
/// no chunk of its own.
pub fn of(doc: &Doc<'_>, s: usize, from: usize, cands: &[Cand], own: Range<usize>) -> Vec<Piece> {
    let range = doc.range(s);
    let mut out = Vec::with_capacity(range.end - from);
    let mut next = own.start;
    let mut k = from;
    while k < range.end {
        while next < own.end && cands[next].n.hedge < k {
            next += 1;
        }
        if next < own.end && cands[next].n.hedge == k {
            let c = &cands[next];
            // `63 of the 137 drones`: the part's phrase runs on to the
            // end of its total's.
            let total = match c.partitive {
                Partitive::Total(tok) => (next + 1..own.end).find(|&j| cands[j].n.first == tok),
                _ => None,
            };
            let c = total.map_or(c, |j| &cands[j]);
            let end = c.np_end.max(c.n.after).min(range.end);
            out.push(Piece {
                chunk: Chunk::Count(next),
                tokens: k..end,
            });
            k = end;
            next += 1;
            continue;
        }
        let (chunk, end) = word(doc, k, range.end);
        out.push(Piece {
            chunk,
            tokens: k..end,
        });
        k = end;
        // Past the last number, what follows its phrase matters only up to
        // the first piece that cannot hang on it.
        let hangs = matches!(
            chunk,
            Chunk::Word | Chunk::Place | Chunk::Noun | Chunk::Joint | Chunk::Open | Chunk::Close
        );
        if !own.is_empty() && next == own.end && !hangs {
            break;
        }
    }
    out
}

/// Whether token `k` is a colon or a dash: what details what precedes it.
pub fn details(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens[k].is_punct(':') || dash(doc, k) && !matches!(doc.tokens[k].key, "•" | "·" | "*")
}

/// Whether token `k` is a dash or a bullet: a hyphen with a space on one
/// side at least (`Shahed-type` is one word).
pub fn dash(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.tokens;
    t[k].kind == Kind::Punct
        && match t[k].key {
            "–" | "—" | "•" | "·" | "*" => true,
            "-" => t[k].space_before || t.get(k + 1).is_none_or(|n| n.space_before),
            _ => false,
        }
}

/// Whether token `k` is a dash of its own, not a bullet: where it stands
/// between a word of what befell and a number, a verb of being, as lists
/// of a toll write it (`Загинуло – 5 людей`).
pub fn copula(doc: &Doc<'_>, k: usize) -> bool {
    dash(doc, k) && matches!(doc.tokens[k].key, "–" | "—" | "-")
}

/// The chunk that starts at token `k`, and the token after it.
fn word(doc: &Doc<'_>, k: usize, end: usize) -> (Chunk, usize) {
    let t = &doc.tokens;
    let tok = &t[k];
    if tok.kind == Kind::Punct {
        let chunk = match tok.key {
            "," | ";" | "&" => Chunk::Joint,
            ":" => Chunk::Colon,
            "(" | "[" => Chunk::Open,
            ")" | "]" => Chunk::Close,
            _ if dash(doc, k) => Chunk::Dash,
            _ if LEXICON.is(tok, class::BOUNDARY) => Chunk::Boundary,
            _ => Chunk::Word,
        };
        return (chunk, k + 1);
    }
    // Most words join nothing and start no phrase of the tables below:
    // one test of their bits says so.
    static TABLES: LazyLock<u32> = LazyLock::new(|| {
        let l = &*LEXICON;
        l.speech.start_bit()
            | l.events.start_bit()
            | l.places.start_bit()
            | l.items.start_bit()
            | l.joints.start_bit()
    });
    let l = &*LEXICON;
    if !l.may_start(tok.starts, *TABLES) {
        let chunk = if l.is(tok, class::BOUNDARY) {
            Chunk::Boundary
        } else {
            Chunk::Word
        };
        return (chunk, k + 1);
    }
    if let Some((e, _)) = l.joints.match_at(t, k, end) {
        return (Chunk::Joint, e);
    }
    if let Some((e, _)) = LEXICON.speech.match_at(t, k, end) {
        return (Chunk::Speech, e);
    }
    // `air-launched missiles`: a verb glued to a word before it by a
    // hyphen qualifies a noun; it says nothing of what befell.
    if !doc.compound_tail(k)
        && let Some((e, _)) = LEXICON.events.match_at(t, k, end)
    {
        return (Chunk::Event, e);
    }
    if let Some((e, _)) = LEXICON.places.match_at(t, k, end) {
        let e = if e < end && LEXICON.is(&t[e], class::REGION) {
            e + 1
        } else {
            e
        };
        return (Chunk::Place, e);
    }
    if let Some((e, _)) = LEXICON.items.match_at(t, k, end) {
        return (Chunk::Noun, e);
    }
    if LEXICON.is(tok, class::BOUNDARY) {
        return (Chunk::Boundary, k + 1);
    }
    (Chunk::Word, k + 1)
}
