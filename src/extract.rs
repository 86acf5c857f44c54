//! The extraction engine: reads an article and pulls out every figure.
//!
//! The work is split by concern: `text` cuts the article into tokens and
//! sentences, and `doc` holds them for the rules to read; `lexicon` holds
//! the vocabulary tables; `numbers` finds the numbers that can be figures
//! and their hedges. Each number is then carried as a `candidate`:
//! `nouns` reads what it counts, `events` what happened to it, and
//! `structure` how the numbers of a sentence hang together (lists, parts
//! of totals, partitives, numbers whose noun is elsewhere); `attribution`
//! decides whose attack it was and who claims it, and `night` which night
//! or day it is about. `assembly` runs these in turn and makes the figure
//! records. `singles` finds what is named one at a time with no number,
//! for the analyst to add by hand.

mod assembly;
mod attribution;
mod candidate;
mod chunks;
mod doc;
mod events;
pub mod lexicon;
mod night;
mod nouns;
mod numbers;
mod parts;
mod quotes;
mod singles;
mod structure;
pub mod text;
mod totals;
mod vocab;

use crate::model::{Article, Figure};

pub use singles::singles;

/// Every figure of `article`, in text order; a very long one is read in
/// parts.
pub fn extract(article: &Article) -> Vec<Figure> {
    parts::in_parts(article, assembly::extract)
}

/// Every figure of `article`, or, where the engine fails on it, a line
/// that says so, naming the article: one odd article must not end a run
/// over thousands.
pub fn extract_guarded(article: &Article) -> Result<Vec<Figure>, String> {
    crate::caught::caught(|| extract(article)).map_err(|fault| {
        format!(
            "{}: the engine failed on this article ({fault})",
            article.origin
        )
    })
}
