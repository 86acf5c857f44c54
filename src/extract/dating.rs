//! Dating: the night or day each figure is about, from the time words in or
//! near its sentence, resolved against the article's date.

use chrono::NaiveDate;

use super::assembly::Doc;
use crate::dates;

/// Dates figures by sentence, remembering what each sentence resolved to.
pub(super) struct Dater<'d, 'a> {
    doc: &'d Doc<'a>,
    published: Option<NaiveDate>,
    /// Every time phrase of each sentence, found once.
    cache: Vec<Option<Vec<dates::When>>>,
}

impl<'d, 'a> Dater<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        Dater {
            doc,
            published: doc.article.date,
            cache: vec![None; doc.sentences.len()],
        }
    }

    /// The date of a figure at byte `at` in sentence `s`: the time phrase
    /// nearest to it in its sentence; else one in the two sentences before
    /// it in its paragraph; else one in the article's opening (title and
    /// lead); else the article's date. No article date, no date.
    pub fn date(&mut self, s: usize, at: usize) -> Option<NaiveDate> {
        let published = self.published?;
        let start = self.doc.sentences[s].span.start;
        let at = at - start;
        let nearest = self
            .phrases(s)
            .iter()
            .min_by_key(|w| {
                if at < w.start {
                    w.start - at
                } else {
                    at.saturating_sub(w.end)
                }
            })
            .map(|w| w.date);
        if nearest.is_some() {
            return nearest;
        }
        let paragraph = self.doc.sentences[s].paragraph;
        for p in (s.saturating_sub(2)..s).rev() {
            if self.doc.sentences[p].paragraph == paragraph
                && let Some(d) = self.sentence(p)
            {
                return Some(d);
            }
        }
        for p in 0..self.doc.sentences.len().min(3) {
            if let Some(d) = self.sentence(p) {
                return Some(d);
            }
        }
        Some(published)
    }

    /// The first time phrase of sentence `s`, resolved.
    fn sentence(&mut self, s: usize) -> Option<NaiveDate> {
        self.phrases(s).first().map(|w| w.date)
    }

    fn phrases(&mut self, s: usize) -> &[dates::When] {
        let (doc, published) = (self.doc, self.published);
        self.cache[s].get_or_insert_with(|| match published {
            Some(p) => dates::all(p, &doc.article.text[doc.sentences[s].span.clone()]),
            None => Vec::new(),
        })
    }
}
