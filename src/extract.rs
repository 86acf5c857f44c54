//! The extraction engine: reads an article and pulls out every figure.
//!
//! The work is split by concern: `text` cuts the article into tokens and
//! sentences, and `doc` holds them for the rules to read; `lexicon` holds
//! the vocabulary tables; `numbers` finds the numbers that can be figures
//! and their hedges; `assembly` decides what each counts and what happened
//! to it, carrying each as a `candidate`; `attribution` decides whose attack
//! it was and who claims it; `night` which night or day it is about.

mod assembly;
mod attribution;
mod candidate;
mod doc;
mod night;
pub mod lexicon;
mod numbers;
pub mod text;
mod vocab;

use crate::model::{Article, Figure};

/// Every figure of `article`, in text order.
pub fn extract(article: &Article) -> Vec<Figure> {
    assembly::extract(article)
}
