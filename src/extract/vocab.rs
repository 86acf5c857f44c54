//! The vocabulary: every word of every table, numbered.
//!
//! Every token of every article is looked up once, and most are not in any
//! table, so the lookup is the engine's hottest path. Most words of prose
//! have eight bytes or fewer: such a word is packed into a `u64` that *is*
//! the word, so it is hashed and compared as one number, not a string.

use rustc_hash::FxHashMap;

/// Words numbered in the order they were added.
#[derive(Default)]
pub struct Vocab {
    /// Words of up to eight bytes, by their packed bytes and length.
    short: FxHashMap<(u64, u8), u32>,
    long: FxHashMap<Box<str>, u32>,
}

impl Vocab {
    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of `word`, adding it if new.
    pub fn insert(&mut self, word: &str) -> u32 {
        if let Some(id) = self.get(word) {
            return id;
        }
        let id = self.len() as u32;
        match short_key(word) {
            Some(key) => self.short.insert(key, id),
            None => self.long.insert(word.into(), id),
        };
        id
    }

    /// The number of a word known to be there; a missing word is a bug in
    /// how the tables were numbered.
    pub fn id(&self, word: &str) -> u32 {
        self.get(word)
            .unwrap_or_else(|| panic!("{word:?} is not in the vocabulary"))
    }

    /// The number of `word`, if it is in the vocabulary.
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<u32> {
        match short_key(word) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }
}

/// The key of a word of up to eight bytes.
#[inline(always)]
fn short_key(word: &str) -> Option<(u64, u8)> {
    let b = word.as_bytes();
    (b.len() <= 8).then(|| (pack(b), b.len() as u8))
}

/// The bytes of a key of up to eight bytes packed little-endian into a
/// `u64`, exactly: overlapping loads put the same byte in the same place,
/// so OR-ing them loses nothing.
#[inline(always)]
fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as u64;
    match n {
        0 => 0,
        1..=3 => {
            b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
        }
        _ => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_pack_exactly() {
        for w in ["a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh"] {
            let mut buf = [0u8; 8];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            assert_eq!(pack(w.as_bytes()), u64::from_le_bytes(buf), "{w}");
        }
    }

    #[test]
    fn words_are_found_by_number_and_strangers_are_not() {
        let mut v = Vocab::default();
        let words: Vec<String> = (0..500)
            .map(|i| format!("w{i}"))
            .chain(
                [
                    "interceptions",
                    "interceptors",
                    "a",
                    "abcdefgh-one-ijklmnop",
                ]
                .map(String::from),
            )
            .collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(v.insert(w), i as u32);
        }
        assert_eq!(v.insert("w7"), 7, "adding a word twice keeps its number");
        for (i, w) in words.iter().enumerate() {
            assert_eq!(v.get(w), Some(i as u32), "{w}");
            assert_eq!(v.id(w), i as u32);
        }
        // Long keys are compared in full.
        assert_eq!(v.get("abcdefgh-two-ijklmnop"), None);
        assert_eq!(v.get("interceptionsinterceptions"), None);
        for w in ["", "b", "w500", "w-1", "intercept", "ab"] {
            assert_eq!(v.get(w), None, "{w}");
        }
    }
}
