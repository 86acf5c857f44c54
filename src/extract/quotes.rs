//! Quotation marks: which sentences sit inside a quotation, and where it closes.

use super::doc::Doc;

/// The quotation marks of a text, counted.
pub(super) struct Quotes {
    /// `"`
    pub straight: usize,
    /// `“`, `«`
    pub left: usize,
    /// `”`, `»`
    pub right: usize,
}

impl Quotes {
    /// Counted over bytes, not chars, with `memchr`'s vector search. In
    /// UTF-8 the bytes of `“` and `”` are never part of another char, and
    /// both start with the byte 0xE2; so with `«` and `»` and 0xC2.
    pub fn of(text: &str) -> Quotes {
        let b = text.as_bytes();
        let mut q = Quotes {
            straight: memchr::memchr_iter(b'"', b).count(),
            left: 0,
            right: 0,
        };
        let mut low = 0;
        for i in memchr::memchr_iter(0xE2, b) {
            match b.get(i + 1..i + 3) {
                Some([0x80, 0x9C]) => q.left += 1,
                Some([0x80, 0x9D]) => q.right += 1,
                Some([0x80, 0x9E]) => low += 1,
                _ => {}
            }
        }
        // `„Укренерго“`: after a low mark, `“` closes what it opened.
        let paired = low.min(q.left);
        q.left = q.left + low - paired;
        q.right += paired;
        // `«` and `»`, the marks of Ukrainian and Russian writing, are two
        // bytes that start with 0xC2.
        for i in memchr::memchr_iter(0xC2, b) {
            match b.get(i + 1) {
                Some(0xAB) => q.left += 1,
                Some(0xBB) => q.right += 1,
                _ => {}
            }
        }
        q
    }

    /// Whether a sentence with these marks opens a quotation it does not
    /// close.
    fn opens(&self, text: &str) -> bool {
        let opens = self.straight + self.left;
        text.starts_with(['“', '"', '«']) && opens > self.right
            || opens > self.right + usize::from(self.straight > 0)
    }

    /// Whether a sentence with these marks may close a quotation.
    fn closes(&self) -> bool {
        self.right + self.straight > 0
    }
}

/// For the sentences of a document, read once when first asked about:
/// whether a quotation opened in its paragraph, at or before it, is left
/// open, and the first sentence after it that may close one: in its
/// paragraph, or, when the quotation runs on past the paragraph's end
/// (`«... / ... / ...», — написал губернатор`), in the paragraphs after.
/// Asked of every figure with no speaker; one pass over the marks of all
/// sentences, however many figures ask.
#[derive(Default)]
pub(super) struct Quoting {
    /// By sentence, once read: the sentence that closes the quotation it
    /// sits in, if it sits in one.
    closing: Option<Vec<Option<usize>>>,
}

impl Quoting {
    /// The sentence that closes the quotation sentence `s` sits in, if it
    /// sits in one.
    pub fn closing(&mut self, doc: &Doc<'_>, s: usize) -> Option<usize> {
        self.closing
            .get_or_insert_with(|| read(doc))
            .get(s)
            .copied()
            .flatten()
    }
}

/// The most paragraph breaks a quotation may run on over before it
/// closes: one left open for longer is a stray mark, not a quotation.
const RUN_ON: usize = 3;

/// The closing sentence of each sentence's quotation, if any.
fn read(doc: &Doc<'_>) -> Vec<Option<usize>> {
    let sentences = &doc.sentences;
    let n = sentences.len();
    let text = |x: usize| &doc.article.text[sentences[x].span.clone()];
    let marks: Vec<Quotes> = (0..n).map(|x| Quotes::of(text(x))).collect();
    let new_paragraph = |x: usize| x > 0 && sentences[x].paragraph != sentences[x - 1].paragraph;
    let ends_paragraph = |x: usize| x + 1 == n || new_paragraph(x + 1);
    // Whether each sentence ends inside a quotation left open, and whether
    // it closes one: marks that pair (`“”`, `«»`) counted in depth,
    // straight ones in turn, so a name in marks inside a quotation
    // (`«... подстанция «Укрэнерго». ...»`) closes nothing. A paragraph
    // that opens with a mark while a quotation runs on into it reopens the
    // one quotation (`“... / “... / “...,” he said`). Read twice: the
    // second time, a quotation that does not close within `RUN_ON`
    // paragraph breaks runs on over none.
    let mut stray = vec![false; n];
    let mut runs_on = vec![false; n];
    let mut next_close = vec![None; n];
    for pass in 0..2 {
        let (mut depth, mut straight_open) = (0usize, false);
        for x in 0..n {
            let m = &marks[x];
            let (mut left, mut straight) = (m.left, m.straight);
            if new_paragraph(x) {
                if runs_on[x - 1] && !stray[x - 1] {
                    let t = text(x);
                    if t.starts_with(['“', '«']) && left > 0 {
                        left -= 1;
                    } else if t.starts_with('"') && straight > 0 {
                        straight -= 1;
                    }
                } else {
                    depth = 0;
                    straight_open = false;
                }
            }
            depth = (depth + left).saturating_sub(m.right);
            straight_open ^= straight % 2 == 1;
            runs_on[x] = depth > 0 || straight_open;
        }
        // The first sentence after each that closes a quotation: a mark
        // that closes, and none left open after it.
        let mut closer = None;
        for x in (0..n).rev() {
            next_close[x] = closer;
            if marks[x].closes() && !runs_on[x] {
                closer = Some(x);
            }
        }
        if pass == 0 {
            for x in 0..n {
                stray[x] = ends_paragraph(x)
                    && runs_on[x]
                    && next_close[x]
                        .is_none_or(|c| sentences[c].paragraph - sentences[x].paragraph > RUN_ON);
            }
        }
    }
    // Whether the quotation that holds each sentence at its end runs on
    // past its paragraph's end.
    let mut through = vec![false; n];
    for x in (0..n).rev() {
        through[x] = runs_on[x]
            && if ends_paragraph(x) {
                !stray[x]
            } else {
                through[x + 1]
            };
    }
    let mut closing = vec![None; n];
    let mut open = false;
    for x in 0..n {
        if new_paragraph(x) {
            open = runs_on[x - 1] && !stray[x - 1];
        }
        open |= marks[x].opens(text(x));
        if open {
            // A closer in a later paragraph only for a sentence the
            // quotation still holds at its paragraph's end.
            closing[x] = next_close[x]
                .filter(|&c| sentences[c].paragraph == sentences[x].paragraph || through[x]);
        }
    }
    closing
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
        let q = Quotes::of("«Ми збили 40», – сказав він, «і ще 3»");
        assert_eq!((q.straight, q.left, q.right), (0, 2, 2));
        let q = Quotes::of("підстанція „Укренерго“ і «Нафтогаз»");
        assert_eq!((q.straight, q.left, q.right), (0, 2, 2));
        // Another char whose bytes start as theirs do is not a mark.
        let q = Quotes::of("\u{2000}");
        assert_eq!((q.straight, q.left, q.right), (0, 0, 0));
    }
}
