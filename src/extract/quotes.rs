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

/// For the sentences of a document, read a paragraph at a time as they are
/// asked about: whether a quotation opened in its paragraph, at or before
/// it, is left open, and the first sentence after it in its paragraph that
/// may close one. Asked of every figure with no speaker, so a long
/// paragraph is read once, not once a figure, and a paragraph no figure
/// asks about is not read at all.
#[derive(Default)]
pub(super) struct Quoting {
    /// By sentence, once its paragraph is read: the sentence that closes
    /// the quotation it sits in, if it sits in one.
    closing: Vec<Option<Option<usize>>>,
}

impl Quoting {
    /// The sentence that closes the quotation sentence `s` sits in, if it
    /// sits in one.
    pub fn closing(&mut self, doc: &Doc<'_>, s: usize) -> Option<usize> {
        if self.closing.len() < doc.sentences.len() {
            self.closing = vec![None; doc.sentences.len()];
        }
        if self.closing[s].is_none() {
            self.read_paragraph(doc, s);
        }
        self.closing[s].flatten()
    }

    /// Read the paragraph that holds sentence `s`.
    fn read_paragraph(&mut self, doc: &Doc<'_>, s: usize) {
        let sentences = &doc.sentences;
        let paragraph = sentences[s].paragraph;
        let first = (0..s)
            .rev()
            .take_while(|&x| sentences[x].paragraph == paragraph)
            .last()
            .unwrap_or(s);
        let end = (s..sentences.len())
            .take_while(|&x| sentences[x].paragraph == paragraph)
            .last()
            .map_or(s + 1, |x| x + 1);
        let text = |x: usize| &doc.article.text[sentences[x].span.clone()];
        let marks: Vec<Quotes> = (first..end).map(|x| Quotes::of(text(x))).collect();
        let mut open = false;
        let mut closer = None;
        // Backwards for the closer after each sentence, then forwards for
        // whether one is open at it.
        let mut closers = vec![None; end - first];
        for x in (first..end).rev() {
            closers[x - first] = closer;
            if marks[x - first].closes() {
                closer = Some(x);
            }
        }
        for x in first..end {
            open |= marks[x - first].opens(text(x));
            self.closing[x] = Some(if open { closers[x - first] } else { None });
        }
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
