//! The document the rules read: an article cut into tokens and sentences,
//! with what each sentence holds summed up so rules can pass it by.

use super::lexicon::{LEXICON, Table, class};
use super::text::{Keys, Kind, Sentence, Token, sentences, tokenize_with};
use crate::model::{Article, Side};

/// An article cut up for the rules.
pub struct Doc<'a> {
    pub article: &'a Article,
    pub tokens: Vec<Token<'a>>,
    pub sentences: Vec<Sentence>,
    /// The article's text lower-cased, byte for byte where its letters are.
    pub lower: &'a str,
    /// Each sentence's tokens' classes and table bits ORed together, so a
    /// rule that scans a sentence for a class or a table's phrases can tell
    /// at once that none is there: most sentences have none.
    masks: Vec<Mask>,
}

/// What some token of a sentence has: see [`Doc::has_class`].
#[derive(Default, Clone, Copy)]
struct Mask {
    classes: u32,
    starts: u32,
    digits: bool,
}

impl<'a> Doc<'a> {
    /// `article` cut into tokens (keyed by `keys`, made from its text) and
    /// sentences, each sentence with its mask.
    pub fn of(article: &'a Article, keys: &'a Keys) -> Doc<'a> {
        let text: &str = &article.text;
        let lexicon = &*LEXICON;
        // About a token for every five bytes of prose: room for them at once,
        // rather than the list grown and copied time and again.
        let mut tokens = Vec::with_capacity(text.len() / 4);
        for zone in &article.zones {
            if zone.start <= zone.end
                && zone.end <= text.len()
                && text.is_char_boundary(zone.start)
                && text.is_char_boundary(zone.end)
            {
                tokenize_with(
                    text,
                    keys,
                    zone.clone(),
                    &mut tokens,
                    |key, kind, joined| lexicon.look_up(key, kind, joined),
                );
            }
        }
        let sentences = sentences(&tokens, text);
        let masks = sentences
            .iter()
            .map(|s| {
                tokens[s.tokens.clone()]
                    .iter()
                    .fold(Mask::default(), |m, t| Mask {
                        classes: m.classes | t.classes,
                        starts: m.starts | t.starts,
                        digits: m.digits || t.kind == Kind::Num,
                    })
            })
            .collect();
        Doc {
            article,
            tokens,
            sentences,
            lower: keys.lower(),
            masks,
        }
    }

    pub fn text(&self, first: usize, last: usize) -> &str {
        &self.article.text[self.tokens[first].start as usize..self.tokens[last - 1].end as usize]
    }

    /// Whether token `k` names a side in an object's case (`Україну`,
    /// `Москву`): the target of what is done, never the actor.
    pub fn oblique(&self, k: usize) -> bool {
        LEXICON.oblique(&self.tokens[k], self.text(k, k + 1))
    }

    /// Whether token `k` is a piece of a hyphened name after its first
    /// (`-`, `U` of `Tochka-U`, `Україна` of `РБК-Україна`): no word of its
    /// own.
    #[inline]
    pub fn glued(&self, k: usize) -> bool {
        let t = &self.tokens;
        k > 0
            && !t[k].space_before
            && (t[k].is_punct('-') || t[k - 1].is_punct('-') && !t[k - 1].space_before)
    }

    /// Whether the word at `k` is the second half of an English compound
    /// (`air-launched`, `ground-based`), which qualifies a noun. Not in
    /// Cyrillic, where a hyphen pairs two nouns (`дітей-жертв`).
    pub fn compound_tail(&self, k: usize) -> bool {
        let t = &self.tokens;
        k < t.len() && self.glued(k) && t[k].kind == Kind::Word && t[k].key.is_ascii()
    }

    /// The token after the first `n` tokens from token `k`, a hyphened name
    /// one (`РБК-Україна`), short of `end`.
    #[inline]
    pub fn words_from(&self, k: usize, n: usize, end: usize) -> usize {
        let mut at = k;
        let mut words = 0;
        while at < end && (words < n || self.glued(at)) {
            words += usize::from(!self.glued(at));
            at += 1;
        }
        at
    }

    /// Whether token `k` ends a clause.
    pub fn boundary(&self, k: usize) -> bool {
        LEXICON.is(&self.tokens[k], class::BOUNDARY)
    }

    /// Whether some token of sentence `s` has one of `classes`.
    pub fn has_class(&self, s: usize, classes: u32) -> bool {
        self.masks[s].classes & classes != 0
    }

    /// Whether a phrase of `table` can start in sentence `s`.
    pub fn may_have<T>(&self, s: usize, table: &Table<T>) -> bool {
        table.may_start(self.masks[s].starts)
    }

    /// The place names of sentence `s` as the places table reads them, each
    /// with where it starts and ends and whose territory it is.
    pub fn place_names(&self, s: usize) -> impl Iterator<Item = (usize, usize, Side)> + '_ {
        let t = &self.tokens;
        let range = self.range(s);
        // Nothing can match in a sentence with no place.
        let mut k = if self.may_have(s, &LEXICON.places) {
            range.start
        } else {
            range.end
        };
        std::iter::from_fn(move || {
            while k < range.end {
                if let Some((e, side)) = LEXICON.places.match_at(t, k, range.end) {
                    let found = (k, e, *side);
                    k = e;
                    return Some(found);
                }
                k += 1;
            }
            None
        })
    }

    /// Whether sentence `s` may hold a number: digits or a number word.
    pub fn may_count(&self, s: usize) -> bool {
        self.masks[s].digits || self.may_have(s, &LEXICON.numbers)
    }

    /// The token range of the sentence `s`.
    pub fn range(&self, s: usize) -> std::ops::Range<usize> {
        self.sentences[s].tokens.clone()
    }
}

/// The item of `items` (in token order) nearest to token `at`, one before
/// it `before` times as far as its distance, the earlier on a tie: only the
/// last before `at` and the first after can be, so a sentence of many
/// figures is not read once a figure.
pub fn nearest<T>(items: &[(usize, T)], at: usize, before: usize) -> Option<&(usize, T)> {
    let i = items.partition_point(|(k, _)| *k < at);
    match (i.checked_sub(1).map(|j| &items[j]), items.get(i)) {
        (Some(b), Some(a)) if (at - b.0) * before > a.0 - at => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn nearest_weighs_what_comes_before() {
        let items = [(2, 'a'), (5, 'b'), (9, 'c')];
        let all = |at, before| {
            items.iter().min_by_key(|(k, _)| {
                if *k >= at {
                    *k - at
                } else {
                    (at - *k) * before
                }
            })
        };
        for before in [1, 2] {
            for at in 0..12 {
                assert_eq!(
                    nearest(&items, at, before),
                    all(at, before),
                    "{at} {before}"
                );
            }
        }
        assert_eq!(nearest::<char>(&[], 3, 1), None);
    }
}
