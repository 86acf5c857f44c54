//! The language an article is written in, and the names it goes by.

use serde::{Deserialize, Serialize};

/// Whether `text` holds Cyrillic letters: a vector search for their
/// UTF-8 lead bytes, so English text is ruled out at the cost of a scan.
pub fn has_cyrillic(text: &str) -> bool {
    memchr::memchr3(0xd0, 0xd1, 0xd2, text.as_bytes()).is_some()
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
