//! Tokens and sentences: the article cut into the pieces the rules look at.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, or letters mixed with digits (`F16`, `3rd`).
    Word,
    /// Digits, with any thousands separators or decimal point (`3,000`, `1.5`).
    Num,
    /// A possessive ending: `'s` or `’s`.
    Poss,
    /// One character of punctuation.
    Punct,
}

/// One token of an article, by byte offsets into the article text.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lower-cased text (ASCII only, so offsets hold), curly apostrophes
    /// straightened only where needed.
    pub key: std::borrow::Cow<'a, str>,
    /// Whether whitespace comes before it: `Kh-101` is glued, `two -year` is not.
    pub space_before: bool,
    /// Whether a line break comes before it.
    pub newline_before: bool,
    /// Whether the first character is upper case.
    pub upper: bool,
    /// The lexicon's word classes of this token, and which tables have a
    /// phrase starting with it; filled in once by
    /// [`super::lexicon::Lexicon::annotate`] so rules need not hash the word
    /// again and again.
    pub classes: u32,
    pub starts: u32,
    /// The word's number in the lexicon's vocabulary, so phrases compare
    /// numbers rather than strings; [`super::lexicon::UNKNOWN`] if no
    /// phrase uses it.
    pub word: u32,
}

impl Token<'_> {
    pub fn is(&self, s: &str) -> bool {
        self.key == s
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.key.starts_with(c)
    }
}

/// A sentence: its byte range, its tokens and the paragraph it sits in.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Range<usize>,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Cut one zone of `text` into tokens, appending to `out`.
pub fn tokenize<'a>(text: &'a str, lower: &'a str, zone: Range<usize>, out: &mut Vec<Token<'a>>) {
    let bytes = text.as_bytes();
    // Prose runs about one token to five bytes; growing the list costs more.
    out.reserve((zone.end.saturating_sub(zone.start)) / 4);
    let mut i = zone.start;
    let mut space = true;
    let mut newline = true;
    // Decode a char only when the byte is not ASCII: most text is.
    let char_at = |i: usize| -> char {
        let b = bytes[i];
        if b.is_ascii() {
            b as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        }
    };
    while i < zone.end {
        if bytes[i] == b' ' {
            space = true;
            i += 1;
            continue;
        }
        let c = char_at(i);
        let len = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            if c == '\n' {
                newline = true;
            }
            i += len;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphanumeric() {
            let mut all_digits = true;
            while i < zone.end {
                // Plain letters and digits, the bulk of any word, need no
                // decoding and no further test.
                let b = bytes[i];
                if b.is_ascii_alphanumeric() {
                    all_digits &= b.is_ascii_digit();
                    i += 1;
                    continue;
                }
                let d = char_at(i);
                if d.is_ascii_alphanumeric() || !d.is_ascii() && d.is_alphanumeric() {
                    all_digits &= d.is_ascii_digit();
                    i += d.len_utf8();
                } else if all_digits
                    && (d == ',' || d == '.')
                    && i + 1 < zone.end
                    && bytes[i + 1].is_ascii_digit()
                    && i > start
                {
                    // `3,000` and `1.5` stay one token.
                    i += 1;
                } else if !all_digits
                    && d == '.'
                    && i + 1 < zone.end
                    && (bytes[i + 1] as char).is_ascii_alphabetic()
                    && i - start == 1
                {
                    // Dotted abbreviations: `U.S.`, `a.m.`.
                    i += 1;
                    while i < zone.end && (bytes[i].is_ascii_alphabetic() || bytes[i] == b'.') {
                        i += 1;
                    }
                    break;
                } else if is_apostrophe(d) && !all_digits {
                    // `didn't` stays one word; `'s` is its own token.
                    let rest = &text[i + d.len_utf8()..zone.end];
                    let mut next = rest.chars();
                    let n1 = next.next();
                    let n2 = next.next();
                    let poss =
                        matches!(n1, Some('s' | 'S')) && !n2.is_some_and(|c| c.is_alphanumeric());
                    if !poss && n1.is_some_and(|c| c.is_alphabetic()) {
                        i += d.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            kind = if all_digits { Kind::Num } else { Kind::Word };
        } else if is_apostrophe(c)
            && {
                let rest = &text[i + len..zone.end];
                let mut it = rest.chars();
                matches!(it.next(), Some('s' | 'S'))
                    && !it.next().is_some_and(|c| c.is_alphanumeric())
            }
            && !space
        {
            i += len + 1;
            kind = Kind::Poss;
        } else {
            i += len;
            kind = Kind::Punct;
        }
        let raw = &lower[start..i];
        // A curly apostrophe is the only character folded.
        let key = if !bytes[start..i].is_ascii() && raw.contains('’') {
            std::borrow::Cow::Owned(raw.replace('’', "'"))
        } else {
            std::borrow::Cow::Borrowed(raw)
        };
        out.push(Token {
            start,
            end: i,
            kind,
            key,
            space_before: space,
            newline_before: newline,
            upper: if c.is_ascii() {
                c.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            },
            classes: 0,
            starts: 0,
            word: super::lexicon::UNKNOWN,
        });
        space = false;
        newline = false;
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "approx", "incl", "est", "prof", "rev", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e",
];

const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '»'];

/// Split tokens into sentences. A line break ends a sentence unless the next
/// line starts in lower case (a hard-wrapped line); a blank line or a line
/// ending in a full stop also ends the paragraph.
pub fn sentences(tokens: &[Token<'_>], text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut paragraph = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, a: usize, b: usize, paragraph: usize| {
        if a < b {
            out.push(Sentence {
                span: tokens[a].start..tokens[b - 1].end,
                tokens: a..b,
                paragraph,
            });
        }
    };
    while i < tokens.len() {
        let t = &tokens[i];
        // A line break before this token?
        if i > first && t.newline_before {
            let starts_lower = text[t.start..]
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase());
            let gap = &text[tokens[i - 1].end..t.start];
            let blank = gap.matches('\n').count() > 1;
            if blank
                || !starts_lower
                || tokens[i - 1].kind == Kind::Punct && tokens[i - 1].key != ","
            {
                push(&mut out, first, i, paragraph);
                first = i;
                paragraph += 1;
                continue;
            }
        }
        let terminal = t.kind == Kind::Punct && matches!(t.key.as_ref(), "." | "!" | "?" | "…");
        if terminal {
            let mut j = i + 1;
            while j < tokens.len()
                && tokens[j].kind == Kind::Punct
                && !tokens[j].space_before
                && tokens[j]
                    .key
                    .chars()
                    .next()
                    .is_some_and(|c| CLOSERS.contains(&c) || c == '.')
            {
                j += 1;
            }
            let abbreviation = t.key == "." && i > 0 && !t.space_before && {
                let prev = &tokens[i - 1];
                prev.kind == Kind::Word
                    && (ABBREVIATIONS.contains(&prev.key.as_ref())
                        || (prev.key.chars().count() == 1 && prev.upper))
            };
            let next_starts = match tokens.get(j) {
                None => true,
                Some(n) => {
                    n.newline_before
                        || n.upper
                        || n.kind == Kind::Num
                        || (n.kind == Kind::Punct && n.key != "," && n.key != ")")
                }
            };
            if !abbreviation && next_starts && j > i {
                push(&mut out, first, j, paragraph);
                first = j;
                i = j;
                continue;
            }
            if !abbreviation && tokens.get(j).is_some_and(|n| n.newline_before) {
                push(&mut out, first, j, paragraph);
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, first, tokens.len(), paragraph);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let lower = s.to_ascii_lowercase();
        let mut out = Vec::new();
        tokenize(s, &lower, 0..s.len(), &mut out);
        out.iter().map(|t| t.key.to_string()).collect()
    }

    fn sents(s: &str) -> Vec<String> {
        let lower = s.to_ascii_lowercase();
        let mut out = Vec::new();
        tokenize(s, &lower, 0..s.len(), &mut out);
        sentences(&out, s)
            .iter()
            .map(|x| s[x.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(
            toks("about 3,000 people, 1.5 million"),
            ["about", "3,000", "people", ",", "1.5", "million"]
        );
    }

    #[test]
    fn hyphens_and_possessives_are_tokens() {
        assert_eq!(toks("Russia’s Kh-101"), ["russia", "'s", "kh", "-", "101"]);
        assert_eq!(toks("didn’t reach"), ["didn't", "reach"]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sents("U.S. President Donald Trump spoke. Then 5 drones came."),
            ["U.S. President Donald Trump spoke.", "Then 5 drones came."]
        );
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        assert_eq!(
            sents("“Nine were hurt.” The governor said so."),
            ["“Nine were hurt.”", "The governor said so."]
        );
    }

    #[test]
    fn headline_lines_and_wrapped_lines() {
        assert_eq!(
            sents("Russia oil depot fire\nOfficials said 200 firefighters\nwere sent."),
            [
                "Russia oil depot fire",
                "Officials said 200 firefighters\nwere sent."
            ]
        );
    }
}
