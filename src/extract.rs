//! The extraction engine: reads an article and pulls out every figure.
//!
//! The work is split by concern: `text` cuts the article into tokens and
//! sentences, `lexicon` holds the vocabulary tables, `numbers` finds the
//! numbers that can be figures and their hedges, `assembly` decides what each
//! counts and what happened to it, and `attribution` decides whose attack it
//! was and who claims it.

mod assembly;
mod attribution;
mod dating;
pub mod lexicon;
mod numbers;
pub mod text;
mod vocab;

use crate::model::{Article, Figure};

/// Every figure of `article`, in text order.
pub fn extract(article: &Article) -> Vec<Figure> {
    assembly::extract(article)
}
