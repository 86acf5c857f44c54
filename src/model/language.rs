//! The language an article is written in, and the names it goes by.

use serde::{Deserialize, Serialize};

/// Whether `text` holds Cyrillic letters: a vector search for their
/// UTF-8 lead bytes, so English text is ruled out at the cost of a scan.
pub fn has_cyrillic(text: &str) -> bool {
    memchr::memchr3(0xd0, 0xd1, 0xd2, text.as_bytes()).is_some()
}

/// `text` with its Cyrillic letters lower-cased and `ё` read as `е`, as
/// Russian text writes it either way. Every such letter is two bytes in
/// either case, so offsets hold.
pub fn cyrillic_lowered(text: String) -> String {
    let mut bytes = text.into_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        // The Cyrillic block, U+0400 to U+04FF, is the two-byte sequences
        // led by 0xD0 to 0xD3; no other byte of UTF-8 takes those values.
        let lead = bytes[i];
        if !(0xD0..=0xD3).contains(&lead) {
            i += 1;
            continue;
        }
        let c = (u32::from(lead & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
        let lower = cyrillic_lower(c);
        bytes[i] = 0xC0 | (lower >> 6) as u8;
        bytes[i + 1] = 0x80 | (lower & 0x3F) as u8;
        i += 2;
    }
    String::from_utf8(bytes).expect("two-byte letters swapped for two-byte letters")
}

/// The lower case of the Cyrillic letter `c` (U+0400 to U+04FF), where it
/// is a letter of the same block; `ё` as `е`.
fn cyrillic_lower(c: u32) -> u32 {
    match c {
        0x401 | 0x451 => 0x435,
        0x400..=0x40F => c + 0x50,
        0x410..=0x42F => c + 0x20,
        0x430..=0x45F => c,
        _ => char::from_u32(c)
            .and_then(|ch| {
                let mut lower = ch.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) if (0x400..=0x4FF).contains(&u32::from(l)) => {
                        Some(u32::from(l))
                    }
                    _ => None,
                }
            })
            .unwrap_or(c),
    }
}

/// The language of an article, and so of its figures.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    En,
    Uk,
    Ru,
}

/// The spellings a header or field may give, lower case, and what each
/// means; a region after `-` or `_` (`uk-UA`) is dropped first.
const NAMES: &[(&str, Language)] = &[
    ("en", Language::En),
    ("eng", Language::En),
    ("english", Language::En),
    ("англійська", Language::En),
    ("английский", Language::En),
    ("uk", Language::Uk),
    ("ukr", Language::Uk),
    ("ua", Language::Uk),
    ("ukrainian", Language::Uk),
    ("українська", Language::Uk),
    ("украинский", Language::Uk),
    ("ru", Language::Ru),
    ("rus", Language::Ru),
    ("russian", Language::Ru),
    ("русский", Language::Ru),
    ("російська", Language::Ru),
];

impl Language {
    /// The side whose own language it is: the side a body named with no
    /// side most likely speaks for, when nothing else tells.
    pub fn home(self) -> Option<super::Side> {
        match self {
            Language::En => None,
            Language::Uk => Some(super::Side::Ua),
            Language::Ru => Some(super::Side::Ru),
        }
    }

    /// The two-letter code: what outputs write and the filter matches.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Uk => "uk",
            Language::Ru => "ru",
        }
    }

    /// The language's English name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Uk => "Ukrainian",
            Language::Ru => "Russian",
        }
    }

    /// The language a header value or JSON field names, in any case.
    pub fn from_name(name: &str) -> Option<Language> {
        let name = name.trim().to_lowercase();
        let bare = name.split(['-', '_']).next().unwrap_or_default();
        NAMES
            .iter()
            .find_map(|&(n, language)| (n == bare).then_some(language))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_case() {
        for (name, language) in [
            ("en", Language::En),
            ("English", Language::En),
            (" UK ", Language::Uk),
            ("Українська", Language::Uk),
            ("uk-UA", Language::Uk),
            ("Russian", Language::Ru),
            ("РУССКИЙ", Language::Ru),
            ("ru_RU", Language::Ru),
        ] {
            assert_eq!(Language::from_name(name), Some(language), "{name:?}");
        }
        for name in ["fr", "", "ukrainian text", "-uk"] {
            assert_eq!(Language::from_name(name), None, "{name:?}");
        }
    }

    #[test]
    fn serialised_as_the_code() {
        for l in [Language::En, Language::Uk, Language::Ru] {
            let json = serde_json::to_value(l).unwrap();
            assert_eq!(json, serde_json::json!(l.code()));
        }
    }
}
