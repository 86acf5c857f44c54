//! Dating: the night or day each figure is about, from the time words in or
//! near its sentence, resolved against the article's date.

use chrono::NaiveDate;

use super::assembly::Doc;
use crate::dates;

/// Dates figures by sentence, remembering what each sentence resolved to.
pub(super) struct Dater<'d, 'a> {
    doc: &'d Doc<'a>,
    published: Option<NaiveDate>,
    cache: Vec<Option<Option<NaiveDate>>>,
}

impl<'d, 'a> Dater<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        Dater { doc, published: doc.article.date, cache: vec![None; doc.sentences.len()] }
    }

    /// The date of a figure at byte `at` in sentence `s`: the time phrase
    /// nearest to it in its sentence; else one in the two sentences before
    /// it in its paragraph; else one in the article's opening (title and
    /// lead); else the article's date. No article date, no date.
    pub fn date(&mut self, s: usize, at: usize) -> Option<NaiveDate> {
        let published = self.published?;
        let span = &self.doc.sentences[s].span;
        let text = &self.doc.article.text[span.clone()];
        if let Some(w) = dates::resolve(published, text, Some(at - span.start)) {
            return Some(w.date);
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
        let published = self.published?;
        *self.cache[s].get_or_insert_with(|| {
            let span = &self.doc.sentences[s].span;
            dates::resolve(published, &self.doc.article.text[span.clone()], None).map(|w| w.date)
        })
    }
}
