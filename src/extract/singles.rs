//! Things named one at a time, with no number (`a woman`, `an elderly
//! man`, `a drone`): figures of one, which the analyst can add by hand
//! where the engine took the sentence to count nothing.

use std::ops::Range;

use super::doc::Doc;
use super::lexicon::LEXICON;
use super::text::{Keys, Kind};
use crate::model::{Article, Item};

/// Tokens that may stand between the article and the noun: `an elderly`,
/// `a 7-year-old` (five: `7`, `-`, `year`, `-`, `old`).
const MODIFIERS: usize = 5;

/// Every `a`/`an` phrase of `article` that ends in a noun the engine
/// counts, with the item it names, in text order. `a few drones`, `a
/// dozen`, `a number of drones` are not ones and are left out.
pub fn singles(article: &Article) -> Vec<(Range<usize>, Item)> {
    let keys = Keys::of(&article.text);
    let doc = Doc::of(article, &keys);
    let lexicon = &*LEXICON;
    let mut out = Vec::new();
    for s in 0..doc.sentences.len() {
        let range = doc.range(s);
        for i in range.clone() {
            let vague = |k| {
                lexicon
                    .numbers
                    .match_at(&doc.tokens, k, range.end)
                    .is_some()
                    || lexicon.vague.match_at(&doc.tokens, k, range.end).is_some()
            };
            if !matches!(doc.tokens[i].key, "a" | "an") || vague(i) {
                continue;
            }
            // The modifiers, then the noun.
            let last = (i + 2 + MODIFIERS).min(range.end);
            for j in i + 1..last {
                let t = &doc.tokens[j];
                let counts = vague(j);
                let modifier = match t.kind {
                    Kind::Word | Kind::Num => t.key != "of",
                    _ => t.key == "-",
                };
                if counts || !modifier {
                    break;
                }
                if let Some((end, entry)) = lexicon.items.match_at(&doc.tokens, j, range.end) {
                    // `a man's body` counts no men.
                    if doc.tokens.get(end).is_some_and(|t| t.kind == Kind::Poss) {
                        break;
                    }
                    let span = doc.tokens[i].start as usize..doc.tokens[end - 1].end as usize;
                    out.push((span, entry.item));
                    break;
                }
            }
        }
    }
    out
}
