//! A piece of an article's text held without a copy of it.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::{Arc, LazyLock};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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
