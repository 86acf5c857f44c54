//! Quotation marks: which sentences sit inside a quotation, and where it closes.

use super::doc::Doc;

/// The quotation marks of a text, counted.
pub(super) struct Quotes {
    /// `"`
    pub straight: usize,
    /// `“`
    pub left: usize,
    /// `”`
    pub right: usize,
}

impl Quotes {
    /// Counted over bytes, not chars, with `memchr`'s vector search. In
    /// UTF-8 the bytes of `“` and `”` are never part of another char, and
    /// both start with the byte 0xE2.
    pub fn of(text: &str) -> Quotes {
        let b = text.as_bytes();
        let mut q = Quotes {
            straight: memchr::memchr_iter(b'"', b).count(),
            left: 0,
            right: 0,
        };
        for i in memchr::memchr_iter(0xE2, b) {
            match b.get(i + 1..i + 3) {
                Some([0x80, 0x9C]) => q.left += 1,
                Some([0x80, 0x9D]) => q.right += 1,
                _ => {}
            }
        }
        q
    }

    /// Whether a sentence with these marks opens a quotation it does not
    /// close.
    fn opens(&self, text: &str) -> bool {
        let opens = self.straight + self.left;
        text.starts_with(['“', '"']) && opens > self.right
            || opens > self.right + usize::from(self.straight > 0)
    }

    /// Whether a sentence with these marks may close a quotation.
    fn closes(&self) -> bool {
        self.right + self.straight > 0
    }
}

/// For every sentence of a document, read in one pass: whether a quotation
/// opened in its paragraph, at or before it, is left open, and the first
/// sentence after it in its paragraph that may close one. Asked of every
/// figure with no speaker, so a long paragraph is read once, not once a
/// figure.
pub(super) struct Quoting {
    open: Vec<bool>,
    closer: Vec<Option<usize>>,
}

impl Quoting {
    pub fn of(doc: &Doc<'_>) -> Quoting {
        let sentences = &doc.sentences;
        let marks: Vec<Quotes> = sentences
            .iter()
            .map(|s| Quotes::of(&doc.article.text[s.span.clone()]))
            .collect();
        let same = |a: usize, b: usize| sentences[a].paragraph == sentences[b].paragraph;
        let mut open = Vec::with_capacity(sentences.len());
        for (x, s) in sentences.iter().enumerate() {
            let here = marks[x].opens(&doc.article.text[s.span.clone()]);
            open.push(here || x > 0 && same(x - 1, x) && open[x - 1]);
        }
        let mut closer = vec![None; sentences.len()];
        for x in (0..sentences.len().saturating_sub(1)).rev() {
            let next = x + 1;
            if same(x, next) {
                closer[x] = if marks[next].closes() {
                    Some(next)
                } else {
                    closer[next]
                };
            }
        }
        Quoting { open, closer }
    }

    /// The sentence that closes the quotation sentence `s` sits in, if it
    /// sits in one.
    pub fn closing(&self, s: usize) -> Option<usize> {
        self.open[s].then(|| self.closer[s]).flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::Quotes;

    #[test]
    fn quotation_marks_are_counted_by_kind() {
        let q = Quotes::of("“We shot down 40,” he said, \"and 3 more\" – “then”… ’”");
        assert_eq!((q.straight, q.left, q.right), (2, 2, 3));
        let q = Quotes::of("no marks – here’s one apostrophe");
        assert_eq!((q.straight, q.left, q.right), (0, 0, 0));
        // Another char whose bytes start as theirs do is not a mark.
        let q = Quotes::of("\u{2000}");
        assert_eq!((q.straight, q.left, q.right), (0, 0, 0));
    }
}
