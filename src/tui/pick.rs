//! Adding a figure the engine missed: the numbers of an article's text that
//! are not figures yet, for a cursor to move over, and the value each one
//! reads as.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::Article;

/// The add-a-figure cursor: the candidate numbers of one article and the
/// one under the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// Store index of the article.
    pub article: usize,
    /// Byte ranges of the numbers in the text, in text order.
    pub spots: Vec<Range<usize>>,
    /// Index in `spots`.
    pub at: usize,
}

impl Pick {
    pub fn current(&self) -> Option<&Range<usize>> {
        self.spots.get(self.at)
    }
}

/// Number words the engine reads too; the rest (`a dozen`, `1.5 million`)
/// are rare enough to type into the form.
const WORDS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
    ("dozens", 24),
    ("hundreds", 200),
];

/// Digits with thousands separators or a decimal part, or a number word.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = WORDS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(
        r"(?i)\b(?:\d{{1,3}}(?:[,\u{{a0}}]\d{{3}})+|\d+(?:\.\d+)?|(?:{}))\b",
        words.join("|")
    ))
    .expect("the number pattern compiles")
});

/// The numbers in the prose of `article` (its zones, so no URL or date
/// header), and the things it names one at a time (`a woman`), that
/// overlap none of `taken` (the figures it has), in text order. A number
/// inside a thing named once (`a 7-year-old girl`) gives way to it.
pub fn candidates(article: &Article, taken: &[Range<usize>]) -> Vec<Range<usize>> {
    let meets = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let ones: Vec<Range<usize>> = crate::extract::singles(article)
        .into_iter()
        .map(|(r, _)| r)
        .filter(|r| !taken.iter().any(|t| meets(t, r)))
        .collect();
    let mut out = Vec::new();
    for zone in &article.zones {
        let Some(text) = article.text.get(zone.clone()) else {
            continue;
        };
        for m in NUMBER.find_iter(text) {
            let r = zone.start + m.start()..zone.start + m.end();
            if !taken.iter().chain(&ones).any(|t| meets(t, &r)) {
                out.push(r);
            }
        }
    }
    out.extend(ones);
    out.sort_by_key(|r| r.start);
    out
}

/// What a number reads as: `3,000` → 3000, `Fourteen` → 14, `1.5` → 1
/// (the form takes the rest); a thing named once, `a woman`, is 1.
pub fn value_of(s: &str) -> u64 {
    let lower = s.to_lowercase();
    if lower.starts_with("a ") || lower.starts_with("an ") {
        return 1;
    }
    if let Some((_, v)) = WORDS.iter().find(|(w, _)| *w == lower) {
        return *v;
    }
    let whole = s.split('.').next().unwrap_or("");
    whole
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or(0)
}

/// The sentence around `range`: from the end of the previous sentence (a
/// full stop, `!` or `?` before a space, or a line break) to the end of
/// this one. Only for an added figure's `sentence` field, so kept simple.
pub fn sentence_around(text: &str, range: &Range<usize>) -> Range<usize> {
    let bytes = text.as_bytes();
    let ends_sentence = |i: usize| {
        bytes[i] == b'\n'
            || (matches!(bytes[i], b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()))
    };
    let start = (0..range.start)
        .rev()
        .find(|&i| ends_sentence(i))
        .map_or(0, |i| i + 1);
    let end = (range.end..bytes.len())
        .find(|&i| ends_sentence(i))
        .map_or(bytes.len(), |i| if bytes[i] == b'\n' { i } else { i + 1 });
    // Trim the space the previous sentence left.
    let trimmed = text[start..end].len() - text[start..end].trim_start().len();
    start + trimmed..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_not_yet_figures() {
        let a = Article::from_text(
            "a",
            "Russia launched 100 drones and three missiles; 3,000 people and 1.5 tonnes, one said.",
        );
        let taken = vec![Range { start: 16, end: 19 }];
        let found: Vec<&str> = candidates(&a, &taken)
            .into_iter()
            .map(|r| &a.text[r])
            .collect();
        assert_eq!(found, ["three", "3,000", "1.5", "one"]);
        assert_eq!(value_of("3,000"), 3000);
        assert_eq!(value_of("Three"), 3);
        assert_eq!(value_of("1.5"), 1);
    }

    #[test]
    fn things_named_once_are_ones() {
        let a = Article::from_text(
            "a",
            "A woman was killed and a 7-year-old girl hurt; a few drones and a number of missiles hit, and a drone fell.",
        );
        let found: Vec<(&str, u64)> = candidates(&a, &[])
            .into_iter()
            .map(|r| (&a.text[r.clone()], value_of(&a.text[r])))
            .collect();
        assert_eq!(
            found,
            [("A woman", 1), ("a 7-year-old girl", 1), ("a drone", 1)]
        );
    }

    #[test]
    fn sentence_bounds() {
        let t = "First one. Then 17 were hurt, 4.5 km away.\nLast.";
        let at = t.find("17").unwrap();
        let s = sentence_around(t, &(at..at + 2));
        assert_eq!(&t[s], "Then 17 were hurt, 4.5 km away.");
    }
}
