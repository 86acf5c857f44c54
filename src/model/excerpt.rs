//! A piece of an article's text held without a copy of it.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::{Arc, LazyLock};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most bytes of its sentence a figure's record shows, about: a
/// longer sentence is shown by a window around the figure.
pub const WINDOW: usize = 400;

/// Part of a shared text: a figure's words or its sentence. The figures of
/// an article share its text, so a million figures cost a million counted
/// references, not a million copies of their sentences.
#[derive(Clone)]
pub struct Excerpt {
    // `Arc<String>`, not `Arc<str>`: one pointer, not two, in each of
    // millions of figures.
    whole: Arc<String>,
    start: u32,
    end: u32,
}

impl Excerpt {
    /// `whole[range]`, sharing `whole`.
    ///
    /// # Panics
    /// If `range` is out of bounds or not on character boundaries, as
    /// slicing `whole` would.
    pub fn of(whole: &Arc<String>, range: Range<usize>) -> Excerpt {
        let part = &whole[range.clone()];
        match (u32::try_from(range.start), u32::try_from(range.end)) {
            (Ok(start), Ok(end)) => Excerpt {
                whole: whole.clone(),
                start,
                end,
            },
            // Offsets past 4 GiB do not fit; such a text is its own copy.
            _ => Excerpt::from(part),
        }
    }

    /// The sentence `sentence` of `whole` as a figure's record shows it: all
    /// of it when it is at most [`WINDOW`] bytes, else a window of about that
    /// size around `figure`, cut between words and marked `…` where it is
    /// cut, so that no record grows with its sentence. The whole stays in
    /// the text, at the sentence's offsets.
    pub fn around(whole: &Arc<String>, sentence: Range<usize>, figure: Range<usize>) -> Excerpt {
        if sentence.len() <= WINDOW {
            return Excerpt::of(whole, sentence);
        }
        let text = whole.as_str();
        let figure = figure.start.clamp(sentence.start, sentence.end)
            ..figure.end.clamp(sentence.start, sentence.end);
        // What one side cannot use goes to the other.
        let room = WINDOW.saturating_sub(figure.len());
        let (have_before, have_after) = (figure.start - sentence.start, sentence.end - figure.end);
        let before = (room / 2)
            .max(room.saturating_sub(have_after))
            .min(have_before);
        let after = (room - before).min(have_after);
        let mut start = text.ceil_char_boundary(figure.start - before);
        let mut end = text.floor_char_boundary(figure.end + after);
        if start > sentence.start
            && let Some(space) = text[start..figure.start].find(char::is_whitespace)
        {
            start += space;
        }
        if end < sentence.end
            && let Some(space) = text[figure.end..end].rfind(char::is_whitespace)
        {
            end = figure.end + space;
        }
        let mut shown = String::with_capacity(end - start + 2 * '…'.len_utf8());
        if start > sentence.start {
            shown.push('…');
        }
        shown.push_str(text[start..end].trim());
        if end < sentence.end {
            shown.push('…');
        }
        Excerpt::from(shown)
    }

    /// All of `whole`, or as much as offsets reach.
    fn of_whole(whole: Arc<String>) -> Excerpt {
        let end = u32::try_from(whole.len()).unwrap_or(u32::MAX);
        // A text over 4 GiB is cut to what the offsets can reach.
        let end = (0..=end)
            .rev()
            .find(|&e| whole.is_char_boundary(e as usize))
            .unwrap_or(0);
        Excerpt {
            whole,
            start: 0,
            end,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.whole[self.start as usize..self.end as usize]
    }
}

impl Deref for Excerpt {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Excerpt {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Excerpt {
    fn from(s: &str) -> Excerpt {
        Excerpt::of_whole(Arc::new(s.to_string()))
    }
}

impl From<String> for Excerpt {
    fn from(s: String) -> Excerpt {
        Excerpt::of_whole(Arc::new(s))
    }
}

impl Default for Excerpt {
    /// Empty, sharing one empty text: figures stripped for a comparison
    /// number a million, and an allocation each would cost more than
    /// they save.
    fn default() -> Excerpt {
        static EMPTY: LazyLock<Arc<String>> = LazyLock::new(Arc::default);
        Excerpt {
            whole: EMPTY.clone(),
            start: 0,
            end: 0,
        }
    }
}

impl PartialEq for Excerpt {
    fn eq(&self, other: &Excerpt) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Excerpt {}

impl PartialEq<str> for Excerpt {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Excerpt {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Excerpt {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl Hash for Excerpt {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Excerpt {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Excerpt {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Excerpt, D::Error> {
        String::deserialize(d).map(Excerpt::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_the_text_it_is_cut_from() {
        let whole = Arc::new("Russia launched 90 drones.".to_string());
        let e = Excerpt::of(&whole, 16..25);
        assert_eq!(e, "90 drones");
        assert_eq!(Arc::strong_count(&whole), 2);
        assert_eq!(serde_json::to_string(&e).unwrap(), "\"90 drones\"");
        let back: Excerpt = serde_json::from_str("\"90 drones\"").unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn a_long_sentence_is_shown_by_a_window_around_the_figure() {
        let short = Arc::new("Russia launched 90 drones.".to_string());
        let e = Excerpt::around(&short, 0..short.len(), 16..18);
        assert_eq!(e, short.as_str());
        assert_eq!(Arc::strong_count(&short), 2, "a short sentence is shared");

        let words = "Київ word ".repeat(200);
        let text = format!("{words}42 drones {words}");
        let whole = Arc::new(text.clone());
        let at = words.len();
        for figure in [at..at + 2, 0..4, text.len() - 5..text.len() - 1] {
            let e = Excerpt::around(&whole, 0..text.len(), figure.clone());
            let inner = e.trim_matches('…');
            assert!(e.len() <= WINDOW + 2 * '…'.len_utf8(), "{}", e.len());
            assert!(e.len() > WINDOW / 2, "{}", e.len());
            assert!(text.contains(inner), "a piece of the sentence");
            assert!(inner.contains(&text[figure.clone()]), "{e:?}");
            // Cut between words, and marked where cut.
            for w in inner.split(' ') {
                assert!(["Київ", "word", "42", "drones"].contains(&w), "{w:?}");
            }
            assert_eq!(e.starts_with('…'), figure.start > 0);
            assert_eq!(e.ends_with('…'), figure.end < text.len() - 1);
        }
    }

    #[test]
    fn empty_excerpts_share_one_text() {
        let (a, b) = (Excerpt::default(), Excerpt::default());
        assert_eq!(a, "");
        assert!(Arc::ptr_eq(&a.whole, &b.whole));
    }

    #[test]
    #[should_panic]
    fn a_cut_inside_a_character_panics_like_slicing() {
        let whole = Arc::new("Київ".to_string());
        let _ = Excerpt::of(&whole, 0..1);
    }
}
