//! The vocabulary: every word of every table, numbered, and found again by
//! a hash made for the short keys of prose.
//!
//! Every token of every article is looked up once, and most are not in any
//! table, so the lookup is the engine's hottest path. A key of up to eight
//! bytes is packed into a `u64` that *is* the key, so a slot compares one
//! word, not a string; a longer key packs its first and last eight bytes
//! and is compared in full only when those agree.

/// Words numbered in the order they were added.
pub struct Vocab {
    words: Vec<Box<str>>,
    slots: Vec<Slot>,
    mask: usize,
}

/// An open-addressed slot: a packed key, its length and its number.
#[derive(Clone, Copy)]
struct Slot {
    packed: u64,
    len: u32,
    id: u32,
}

const EMPTY: u32 = u32::MAX;

impl Default for Vocab {
    fn default() -> Self {
        Vocab {
            words: Vec::new(),
            slots: vec![Self::EMPTY_SLOT; 16],
            mask: 15,
        }
    }
}

impl Vocab {
    const EMPTY_SLOT: Slot = Slot {
        packed: 0,
        len: 0,
        id: EMPTY,
    };

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The number of `word`, adding it if new.
    pub fn insert(&mut self, word: &str) -> u32 {
        if let Some(id) = self.get(word) {
            return id;
        }
        // A table a quarter full keeps probes short for the words that
        // are not there, which are most of them.
        if (self.words.len() + 1) * 4 > self.slots.len() {
            self.grow();
        }
        let id = self.words.len() as u32;
        self.words.push(word.into());
        self.place(word.as_bytes(), id);
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
        let b = word.as_bytes();
        let packed = pack(b);
        let mut i = slot_of(packed, b.len()) & self.mask;
        loop {
            let s = self.slots[i];
            if s.id == EMPTY {
                return None;
            }
            if s.packed == packed
                && s.len as usize == b.len()
                && (b.len() <= 8 || *self.words[s.id as usize] == *word)
            {
                return Some(s.id);
            }
            i = (i + 1) & self.mask;
        }
    }

    fn place(&mut self, b: &[u8], id: u32) {
        let packed = pack(b);
        let mut i = slot_of(packed, b.len()) & self.mask;
        while self.slots[i].id != EMPTY {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = Slot {
            packed,
            len: b.len() as u32,
            id,
        };
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        self.slots = vec![Self::EMPTY_SLOT; size];
        self.mask = size - 1;
        for id in 0..self.words.len() {
            let word = std::mem::take(&mut self.words[id]);
            self.place(word.as_bytes(), id as u32);
            self.words[id] = word;
        }
    }
}

/// The bytes of a key packed little-endian into a `u64`: exactly the key
/// when it has eight bytes or fewer (overlapping loads put the same byte in
/// the same place, so OR-ing them is exact); otherwise its first and last
/// eight bytes mixed.
#[inline]
fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as u64;
    match n {
        0 => 0,
        1..=3 => {
            b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
        }
        4..=8 => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
        _ => {
            let head = u64::from_le_bytes(b[..8].try_into().expect("eight bytes"));
            let tail = u64::from_le_bytes(b[n - 8..].try_into().expect("eight bytes"));
            head ^ tail.rotate_left(29)
        }
    }
}

#[inline]
fn slot_of(packed: u64, len: usize) -> usize {
    ((packed ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
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
        // Same first and last eight bytes, other middle: a long key is
        // compared in full.
        assert_eq!(v.get("abcdefgh-two-ijklmnop"), None);
        assert_eq!(v.get("interceptionsinterceptions"), None);
        for w in ["", "b", "w500", "w-1", "intercept", "ab"] {
            assert_eq!(v.get(w), None, "{w}");
        }
    }
}
