//! Signs that a sentence was garbled on its way: broken hyphenation, or a
//! name one or two letters away from one the engine knows.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lexicon::NAMES;

static BROKEN_HYPHEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\w+ \-\w+|\w+\- \w+").expect("valid regex"));
static CAPITALISED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}\p{Ll}{4,}\b").expect("valid regex"));

/// Signs that the sentence was garbled on its way: broken hyphenation, or
/// a name one or two letters away from one the engine knows.
pub(super) fn garbled(sentence: &str) -> Option<String> {
    if let Some(m) = BROKEN_HYPHEN.find(sentence) {
        let around = &sentence[m.start()..m.end()];
        return Some(format!(
            "Broken hyphenation (“{around}”) suggests a garbled text."
        ));
    }
    // Names repeat across sentences: judge each once per thread.
    thread_local! {
        static WORDS: std::cell::RefCell<HashMap<String, Option<String>>> = Default::default();
    }
    WORDS.with_borrow_mut(|words| {
        CAPITALISED.find_iter(sentence).find_map(|m| {
            if let Some(known) = words.get(m.as_str()) {
                return known.clone();
            }
            let why = misspelt(m.as_str());
            words.insert(m.as_str().to_string(), why.clone());
            why
        })
    })
}

/// Whether a capitalised word is a known misspelling, or one or two letters
/// away from a name the engine knows. A word the engine's tables know
/// (`Geran`, a drone, beside `German`) is spelt right, and so is a name
/// with an ending added (`Crimean`).
fn misspelt(original: &str) -> Option<String> {
    let word = original.to_lowercase();
    // A misspelling the tables list as one.
    let listed = match NAMES.iter().find(|(n, _)| *n == word) {
        Some((_, false)) => return None,
        Some((_, true)) => true,
        None if known(&word) => return None,
        None => false,
    };
    let first = word.chars().next();
    let len = word.chars().count();
    let near = NAMES.iter().find(|(name, variant)| {
        let n = name.chars().count();
        let usable = !variant
            && n >= 5
            && !name.contains(' ')
            && n.abs_diff(len) <= 2
            && name.chars().next() == first
            && !word.starts_with(name.as_str());
        let d = || strsim::levenshtein(&word, name);
        // Spelt another way out of Cyrillic (`Mykolayiv`, `Ignat`,
        // `Vorobyev`), not garbled.
        let usable = usable && folded(&word) != folded(name);
        usable && if len <= 6 { d() == 1 } else { d() <= 2 }
    });
    match near {
        Some((name, _)) => Some(format!(
            "“{original}” looks like a misspelling of “{name}”: the text may be garbled."
        )),
        None => listed.then(|| format!("“{original}” looks misspelt: the text may be garbled.")),
    }
}

/// A name with the letters that transliterations of one Cyrillic letter
/// choose between made one: г as h or g, и and й as y, i or j, ё as e or o.
fn folded(word: &str) -> String {
    let letters: String = word
        .chars()
        .map(|c| match c {
            'g' => 'h',
            'y' | 'j' => 'i',
            'e' => 'o',
            _ => c,
        })
        .collect();
    // `-ayiv` and `-aiv` alike.
    letters.replace("ii", "i")
}

/// Whether a word is in the engine's vocabulary.
fn known(word: &str) -> bool {
    use crate::extract::lexicon::{LEXICON, UNKNOWN};
    use crate::extract::text::Kind;
    LEXICON.look_up(word, Kind::Word, false).2 != UNKNOWN
}
