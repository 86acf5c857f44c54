//! The vocabulary: every word of every table, numbered.
//!
//! Every token of every article is looked up once, and most are not in any
//! table, so the lookup is the engine's hottest path. Most words of prose
//! have eight bytes or fewer: such a word is packed into a `u64` that *is*
//! the word, so it is hashed and compared as one number, not a string.

use rustc_hash::FxHashMap;

/// The vocabulary number of a word no phrase uses.
pub const UNKNOWN: u32 = u32::MAX;

/// Words numbered in the order they were added.
#[derive(Default)]
pub struct Vocab {
    /// Words of up to eight bytes, by their packed bytes and length.
    short: Short,
    long: FxHashMap<Box<str>, u32>,
    /// Stems written `stem~` in the tables, by the stem, and the case
    /// endings any of them may take.
    stems: FxHashMap<Box<str>, u32>,
    /// Each ending by its place in the tables' list (the first is tried
    /// first), and the lengths in bytes the endings come in.
    endings: FxHashMap<Box<str>, usize>,
    ending_lengths: Vec<usize>,
    /// Every word, by its number.
    words: Vec<Box<str>>,
}

impl Vocab {
    pub fn len(&self) -> usize {
        self.short.len + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The case endings a word written `stem~` may take after its stem.
    /// A word a table writes whole that is also a stem's form (`сили` of
    /// `сил~`) takes the stem's number, so either spelling matches it.
    pub fn inflect(&mut self, endings: impl IntoIterator<Item = String>) {
        let mut list: Vec<Box<str>> = endings.into_iter().map(String::into_boxed_str).collect();
        list.push("".into());
        for (rank, ending) in list.into_iter().enumerate() {
            if !self.ending_lengths.contains(&ending.len()) {
                self.ending_lengths.push(ending.len());
            }
            self.endings.entry(ending).or_insert(rank);
        }
        for id in 0..self.words.len() {
            let word = self.words[id].clone();
            if word.ends_with('~') || word.is_ascii() {
                continue;
            }
            if let Some(stem) = self.find_inflected(&word) {
                match short_key(&word) {
                    Some(key) => self.short.set(key, stem),
                    None => {
                        self.long.insert(word, stem);
                    }
                }
            }
        }
    }

    /// The number of a word as an article writes it: the word itself, or,
    /// for a word beyond ASCII, with a modifier-letter apostrophe (`пʼять`)
    /// read as a plain one, or a stem of the tables with one of its endings.
    #[inline(always)]
    pub fn find(&self, word: &str) -> Option<u32> {
        match self.get(word) {
            None if !word.is_ascii() => self.find_inflected(word),
            found => found,
        }
    }

    #[inline(never)]
    fn find_inflected(&self, word: &str) -> Option<u32> {
        // The modifier letter apostrophe's three bytes, found by memchr:
        // `str::contains` on a char of more than one byte runs a two-way
        // search for every word.
        if memchr::memmem::find(word.as_bytes(), "ʼ".as_bytes()).is_some() {
            return self.find(&word.replace('ʼ', "'"));
        }
        // Of the endings the word has, the first in the tables' list whose
        // stem is known; each length of ending is looked up once.
        let mut best: Option<(usize, u32)> = None;
        for &n in &self.ending_lengths {
            let Some(cut) = word
                .len()
                .checked_sub(n)
                .filter(|&c| word.is_char_boundary(c))
            else {
                continue;
            };
            let (stem, ending) = word.split_at(cut);
            let Some(&rank) = self.endings.get(ending) else {
                continue;
            };
            if best.is_some_and(|(b, _)| b < rank) {
                continue;
            }
            // A stem is at least two letters: `ні` is no stem of `н~`.
            if stem.chars().nth(1).is_some()
                && let Some(&id) = self.stems.get(stem)
            {
                best = Some((rank, id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// Whether two words are one in different cases: the same, or one
    /// stem of at least four letters with an ending of the tables each
    /// (`Філашкін`, `Філашкіна`; `Руденя`, `Рудени`).
    pub fn same_word(&self, a: &str, b: &str) -> bool {
        a == b || self.stems_of(a).any(|s| self.stems_of(b).any(|t| s == t))
    }

    /// The stems a word may be, of four letters or more, each with an
    /// ending of the tables (the bare word among them) after it.
    fn stems_of<'w>(&self, word: &'w str) -> impl Iterator<Item = &'w str> {
        self.ending_lengths.iter().filter_map(move |&n| {
            let cut = word.len().checked_sub(n)?;
            let (stem, ending) = word.split_at_checked(cut)?;
            (self.endings.contains_key(ending) && stem.chars().nth(3).is_some()).then_some(stem)
        })
    }

    /// The number of `word`, adding it if new.
    pub fn insert(&mut self, word: &str) -> u32 {
        if let Some(id) = self.get(word) {
            return id;
        }
        let id = self.len() as u32;
        match short_key(word) {
            Some(key) => self.short.insert(key, id),
            None => {
                self.long.insert(word.into(), id);
            }
        }
        if let Some(stem) = word.strip_suffix('~') {
            self.stems.insert(stem.into(), id);
        }
        self.words.push(word.into());
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
            Some(key) => self.short.get(key),
            None => self.long.get(word).copied(),
        }
    }
}

/// The short words: an open-addressed table at most a quarter full, so a
/// lookup is a multiply, a load and a compare, and a word not there (most
/// words of prose) meets an empty slot at once.
#[derive(Default)]
struct Short {
    slots: Vec<Slot>,
    len: usize,
    /// 64 less the bits of the table's size: the hash is the top bits of a
    /// product.
    shift: u32,
}

/// A slot of [`Short`]; `len` 0 is empty, as no word is.
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u64,
    id: u32,
    len: u8,
}

impl Short {
    #[inline(always)]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline(always)]
    fn get(&self, (key, len): (u64, u8)) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = self.home(key);
        loop {
            let slot = self.slots[i];
            if slot.len == 0 {
                return None;
            }
            if slot.key == key && slot.len == len {
                return Some(slot.id);
            }
            i = (i + 1) & mask;
        }
    }

    /// Add a word known not to be there.
    /// Give a word already in a new number.
    fn set(&mut self, (key, len): (u64, u8), id: u32) {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].len != 0 {
            if self.slots[i].key == key && self.slots[i].len == len {
                self.slots[i].id = id;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, (key, len): (u64, u8), id: u32) {
        if (self.len + 1) * 4 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            let size = (old.len() * 2).max(64);
            self.slots = vec![Slot::default(); size];
            self.shift = 64 - size.trailing_zeros();
            self.len = 0;
            for s in old.into_iter().filter(|s| s.len > 0) {
                self.insert((s.key, s.len), s.id);
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].len != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = Slot { key, id, len };
        self.len += 1;
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
