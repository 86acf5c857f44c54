//! Tokens and sentences: the article cut into the pieces the rules look at.

use std::ops::Range;

use super::vocab::UNKNOWN;

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
    /// Byte offsets, as `u32` to keep tokens small: the rules read the
    /// token list over and over. A zone past 4 GiB is not cut.
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// Lower-cased text (each char swapped for one of the same bytes, so
    /// offsets hold; see [`Keys`]), curly apostrophes straightened.
    pub key: &'a str,
    /// Whether whitespace comes before it: `Kh-101` is glued, `two -year` is not.
    pub space_before: bool,
    /// Whether a line break comes before it.
    pub newline_before: bool,
    /// Whether the first character is upper case.
    pub upper: bool,
    /// The lexicon's word classes of this token, and which tables have a
    /// phrase starting with it; filled in once by
    /// [`super::lexicon::Lexicon::look_up`] so rules need not hash the word
    /// again and again.
    pub classes: u32,
    pub starts: u32,
    /// The word's number in the lexicon's vocabulary, so phrases compare
    /// numbers rather than strings; [`UNKNOWN`] if no
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

    /// A dash that stands between words: an en or em dash, or a hyphen
    /// with a space before it (`загиблих зросла до 8, постраждалих - до
    /// 84`), not one inside a word.
    pub fn is_spaced_dash(&self) -> bool {
        self.kind == Kind::Punct
            && (matches!(self.key, "–" | "—") || self.key == "-" && self.space_before)
    }

    /// A double quotation mark of any script: `"`, `“`, `”`, `«`, `»`, `„`.
    pub fn is_quote(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.key, "\"" | "“" | "”" | "«" | "»" | "„")
    }

    /// Whether the token is a quotation mark, double or single (`'`, `‘`):
    /// single ones set off a word (`13 'kamikaze' drones`).
    pub fn is_any_quote(&self) -> bool {
        self.is_quote() || self.kind == Kind::Punct && matches!(self.key, "'" | "‘")
    }
}

/// Whether the number token at `k` is part of a time of day (`8.30`,
/// `09:00`, `9:30`): hours to 24, then two digits of minutes, glued.
pub fn clock(tokens: &[Token<'_>], k: usize) -> bool {
    let hours = |s: &str| s.len() <= 2 && s.parse::<u8>().is_ok_and(|h| h <= 24);
    let minutes = |s: &str| s.len() == 2 && s.parse::<u8>().is_ok_and(|m| m < 60);
    let num = |i: usize| tokens.get(i).filter(|t| t.kind == Kind::Num);
    let glued_colon = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|c| c.is_punct(':') && !c.space_before)
    };
    let Some(t) = num(k) else { return false };
    if let Some((h, m)) = t.key.split_once('.') {
        return hours(h) && minutes(m);
    }
    let minutes_after = num(k + 2).filter(|m| !m.space_before && minutes(m.key));
    let hours_before = k
        .checked_sub(2)
        .and_then(num)
        .filter(|_| !t.space_before && minutes(t.key));
    hours(t.key) && glued_colon(k + 1) && minutes_after.is_some()
        || glued_colon(k.wrapping_sub(1)) && hours_before.is_some_and(|h| hours(h.key))
}

/// A sentence: its byte range, its tokens and the paragraph it sits in.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Range<usize>,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

const CURLY: &str = "’";

/// Whether `c` is a letter or a digit. The chars beyond ASCII that news
/// text holds most are quotation marks, dashes and Cyrillic letters: they
/// are told apart without a look in the Unicode tables, which costs a
/// binary search a char.
#[inline]
fn alnum(c: char) -> bool {
    match c {
        '’' | '‘' | '“' | '”' | '—' | '–' | '…' | '«' | '»' | '\u{a0}' => false,
        // The Cyrillic block and its supplement are letters, but for the
        // thousands sign and the combining marks between them.
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => true,
        '\u{482}'..='\u{489}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The opening single quotation mark, which some type for an apostrophe.
const OPENING: char = '‘';

/// `text` with each [`OPENING`] between two letters made a curly
/// apostrophe, byte for byte.
fn inner_openings_curled(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let inner =
            c == OPENING && prev.is_alphabetic() && chars.peek().is_some_and(|n| n.is_alphabetic());
        out.push(if inner { '’' } else { c });
        prev = c;
    }
    out
}

/// How many curly apostrophes `text` holds.
fn curlies(text: &str) -> usize {
    memchr::memmem::find_iter(text.as_bytes(), CURLY).count()
}

/// `text` with its curly apostrophes straightened, if it has any.
fn straightened(text: &str) -> Option<String> {
    let mut at = memchr::memmem::find_iter(text.as_bytes(), CURLY).peekable();
    at.peek()?;
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for i in at {
        out.push_str(&text[done..i]);
        out.push('\'');
        done = i + CURLY.len();
    }
    out.push_str(&text[done..]);
    Some(out)
}

/// What tokens' keys are cut from: a text with its ASCII and Cyrillic
/// letters lower-cased, an emoji's variation selector made a space and an
/// opening quotation mark between letters an apostrophe, each char for one
/// of the same bytes so offsets hold; and, when it has curly apostrophes,
/// a copy with them straightened, so that `didn’t` and `didn't` are one
/// word.
pub struct Keys {
    lower: String,
    folded: Option<String>,
}

impl Keys {
    pub fn of(text: &str) -> Keys {
        let mut lower = text.to_ascii_lowercase();
        // Only Cyrillic text needs a second pass.
        if crate::model::has_cyrillic(&lower) {
            lower = crate::model::cyrillic_lowered(lower);
        }
        // An emoji's variation selector glued to a word (`▫️Уночі`, as
        // Telegram posts bullet lines) counts as a letter to a regex's `\b`:
        // made a space of the same three bytes, one char for one, the word
        // after it starts one.
        if lower.contains('\u{FE0F}') {
            lower = lower.replace('\u{FE0F}', "\u{2002}");
        }
        // `п‘яти`, `об‘єкт`: an opening quotation mark between two letters
        // is an apostrophe typed with the wrong key, and is keyed as one.
        if lower.contains(OPENING) {
            lower = inner_openings_curled(&lower);
        }
        let folded = straightened(&lower);
        Keys { lower, folded }
    }

    /// The text with its ASCII and Cyrillic letters lower-cased, byte for
    /// byte where the text's are.
    pub fn lower(&self) -> &str {
        &self.lower
    }
}

/// Byte classes, so a word's bytes cost one lookup each.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 4;
const UPPER: u8 = 8;
const ALNUM: u8 = LETTER | DIGIT;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            LETTER | UPPER
        } else if c.is_ascii_lowercase() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_whitespace() || c == 0x0b {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// How many punctuation marks glued together (`.”)`, `?!`) are tokens of
/// their own; the rest of such a run joins the last of them. No rule reads
/// further into a run, and text of punctuation alone would otherwise cost a
/// token, forty bytes, for every byte.
const GLUED: usize = 8;

/// Cut one zone of `text` into tokens, appending to `out`.
pub fn tokenize<'a>(text: &'a str, keys: &'a Keys, zone: Range<usize>, out: &mut Vec<Token<'a>>) {
    tokenize_with(text, keys, zone, out, |_, _, _| (0, 0, UNKNOWN));
}

/// [`tokenize`], with each token's classes, table bits and vocabulary
/// number from `look_up` (given its key, its kind and whether the word was
/// joined across an apostrophe, a dot or a letter beyond ASCII): the
/// lexicon's, looked up
/// while the token is at hand rather than in a second pass over them all.
#[inline(always)]
pub fn tokenize_with<'a>(
    text: &'a str,
    keys: &'a Keys,
    zone: Range<usize>,
    out: &mut Vec<Token<'a>>,
    mut look_up: impl FnMut(&str, Kind, bool) -> (u32, u32, u32),
) {
    // Offsets are `u32`: a zone stops at the last char before 4 GiB.
    let mut end = zone.end.min(u32::MAX as usize);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = &text.as_bytes()[..end];
    // Prose runs about one token to five bytes; growing the list costs more.
    out.reserve((end.saturating_sub(zone.start)) / 4);
    // Curly apostrophes seen so far: each makes the folded copy two bytes
    // shorter than the text.
    let mut curly = keys
        .folded
        .as_ref()
        .map_or(0, |_| curlies(&keys.lower[..zone.start]));
    let mut i = zone.start;
    let mut space = true;
    let mut newline = true;
    // Punctuation marks glued to the token before, in a row.
    let mut glued = 0;
    let next_is_poss = |at: usize| {
        let mut it = text[at..end].chars();
        matches!(it.next(), Some('s' | 'S')) && !it.next().is_some_and(alnum)
    };
    while let Some(&b) = bytes.get(i) {
        if b == b' ' {
            space = true;
            i += 1;
            continue;
        }
        let class = CLASS[b as usize];
        let start = i;
        let kind;
        let upper;
        let mut joined = false;
        if b.is_ascii() {
            if class & SPACE != 0 {
                space = true;
                // `\r` alone ends a line too (old Mac files).
                newline |= b == b'\n' || b == b'\r';
                i += 1;
                continue;
            }
            upper = class & UPPER != 0;
            if class & ALNUM != 0 {
                (kind, joined) = word(text, start, end, &mut i);
            } else if b == b'\'' && !space && next_is_poss(i + 1) {
                i += 2;
                kind = Kind::Poss;
            } else {
                i += 1;
                kind = Kind::Punct;
            }
        } else {
            // A char is decoded only when the byte is not ASCII.
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if c.is_whitespace() {
                space = true;
                i += len;
                continue;
            }
            let letter_or_digit = alnum(c);
            upper = letter_or_digit && c.is_uppercase();
            if letter_or_digit {
                kind = word(text, start, end, &mut i).0;
                joined = true;
            } else if c == '’' && !space && next_is_poss(i + len) {
                i += len + 1;
                kind = Kind::Poss;
            } else {
                i += len;
                kind = Kind::Punct;
            }
        }
        let key = match &keys.folded {
            Some(folded) if !bytes[start..i].is_ascii() => {
                let here = curlies(&keys.lower[start..i]);
                let key = &folded[start - 2 * curly..i - 2 * (curly + here)];
                curly += here;
                key
            }
            _ => &keys.lower[start..i],
        };
        if kind == Kind::Punct && !space {
            glued += 1;
            if glued > GLUED
                && let Some(last) = out.last_mut()
            {
                // Still within `end`, which fits.
                last.end = i as u32;
                continue;
            }
        } else {
            glued = 0;
        }
        let (mut classes, starts, word) = look_up(key, kind, joined);
        // A hyphen set off by a space is a dash, and ends a clause as one.
        if kind == Kind::Punct && space && key == "-" {
            classes |= super::lexicon::class::BOUNDARY;
        }
        out.push(Token {
            // Both within `end`, which fits.
            start: start as u32,
            end: i as u32,
            kind,
            key,
            space_before: space,
            newline_before: newline,
            upper,
            classes,
            starts,
            word,
        });
        space = false;
        newline = false;
    }
}

/// Read a word or number starting at `*i` (a letter or digit), leaving `*i`
/// just past it: letters and digits, `3,000` and `1.5`, dotted
/// abbreviations (`U.S.`) and inner apostrophes (`didn't`). Says too
/// whether the word is joined (see [`super::lexicon::class::JOINED`]).
#[inline(always)]
fn word(text: &str, start: usize, end: usize, i: &mut usize) -> (Kind, bool) {
    let bytes = &text.as_bytes()[..end];
    let mut j = *i;
    let mut joined = false;
    // A word that starts with a letter is never a number, and most do: for
    // them the digit check costs one look at the first byte.
    let mut all_digits = bytes[j].is_ascii_digit();
    loop {
        // Plain letters and digits, the bulk of any word, cost a lookup.
        if all_digits {
            j += run(&bytes[j..], |b| b.is_ascii_digit());
            all_digits = bytes
                .get(j)
                .is_none_or(|&b| CLASS[b as usize] & LETTER == 0);
        }
        if !all_digits {
            j += run(&bytes[j..], |b| CLASS[b as usize] & ALNUM != 0);
        }
        let Some(&b) = bytes.get(j) else { break };
        // `4\u{200d}5`, `9\u{200b}0`, `4\x1b[31m5`: characters no reader
        // sees do not split a number in two.
        // Only a byte past ASCII or a control byte can start a hidden
        // character: the common case looks no further.
        let may_hide = |b: u8| b >= 0x80 || b == 0x7f || b < 0x20 && !b.is_ascii_whitespace();
        let digit_after = |k: usize| match bytes.get(k) {
            Some(d) if d.is_ascii_digit() => Some(k),
            Some(&h) if may_hide(h) => {
                let past = past_hidden(text, k, end);
                bytes
                    .get(past)
                    .is_some_and(u8::is_ascii_digit)
                    .then_some(past)
            }
            _ => None,
        };
        if all_digits && CLASS[b as usize] & ALNUM == 0 && may_hide(b) {
            let past = past_hidden(text, j, end);
            let separator = matches!(bytes.get(past), Some(b',' | b'.'));
            if past > j
                && (digit_after(past).is_some() || separator && digit_after(past + 1).is_some())
            {
                joined = true;
                j = past;
                continue;
            }
        }
        if !b.is_ascii() {
            let d = text[j..].chars().next().unwrap_or(' ');
            if alnum(d) {
                all_digits = false;
                joined = true;
                j += d.len_utf8();
                continue;
            }
            if (d == '’' || d == OPENING)
                && !all_digits
                && inner_apostrophe(text, j + d.len_utf8(), end)
            {
                joined = true;
                j += d.len_utf8();
                continue;
            }
            break;
        }
        let next = bytes.get(j + 1).copied();
        if all_digits
            && (b == b',' || b == b'.')
            && j > start
            && let Some(digit) = digit_after(j + 1)
        {
            // `3,000` and `1.5` stay one token.
            joined |= digit > j + 1;
            j = digit;
        } else if !all_digits
            && b == b'.'
            && next.is_some_and(|n| n.is_ascii_alphabetic())
            && j - start == 1
        {
            // Dotted abbreviations: `U.S.`, `a.m.`.
            joined = true;
            j += 1;
            while j < end && (bytes[j].is_ascii_alphabetic() || bytes[j] == b'.') {
                j += 1;
            }
            break;
        } else if b == b'\'' && !all_digits && inner_apostrophe(text, j + 1, end) {
            joined = true;
            j += 1;
        } else {
            break;
        }
    }
    *i = j;
    (if all_digits { Kind::Num } else { Kind::Word }, joined)
}

/// Whether `c` is drawn as nothing: a format character (zero-width space
/// and joiners, soft hyphen, direction marks, byte order mark) or a control
/// character that is not a space or line break.
pub fn hidden(c: char) -> bool {
    c.is_control() && !c.is_whitespace()
        || matches!(
            c,
            '\u{ad}'
                | '\u{61c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206f}'
                | '\u{feff}'
        )
}

/// The byte just past the hidden characters from `at` (see [`hidden`]),
/// a terminal's colour codes (`ESC [ 31 m`) among them.
pub fn past_hidden(text: &str, mut at: usize, end: usize) -> usize {
    let bytes = &text.as_bytes()[..end];
    while let Some(c) = text.get(at..end).and_then(|s| s.chars().next()) {
        if c == '\u{1b}' && bytes.get(at + 1) == Some(&b'[') {
            // Parameters and intermediates, then one final byte.
            let mut k = at + 2;
            k += run(&bytes[k..], |b| (0x20..=0x3f).contains(&b));
            if !bytes.get(k).is_some_and(|b| (0x40..=0x7e).contains(b)) {
                break;
            }
            at = k + 1;
        } else if hidden(c) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// The text of a number token with its hidden characters taken out.
pub fn visible(key: &str) -> std::borrow::Cow<'_, str> {
    if key.bytes().all(|b| b.is_ascii_graphic()) {
        return key.into();
    }
    let mut out = String::with_capacity(key.len());
    let mut at = 0;
    while at < key.len() {
        let past = past_hidden(key, at, key.len());
        if past > at {
            at = past;
            continue;
        }
        let c = key[at..].chars().next().unwrap_or(' ');
        out.push(c);
        at += c.len_utf8();
    }
    out.into()
}

/// How many bytes from the start of `bytes` satisfy `f`.
#[inline]
fn run(bytes: &[u8], f: impl Fn(u8) -> bool) -> usize {
    bytes.iter().position(|&b| !f(b)).unwrap_or(bytes.len())
}

/// Whether an apostrophe whose next character is at `at` stays inside its
/// word: `didn't` does; `Russia's` ends at it, and so does a closing quote.
fn inner_apostrophe(text: &str, at: usize, end: usize) -> bool {
    let mut next = text[at..end].chars();
    let n1 = next.next();
    let n2 = next.next();
    let poss = matches!(n1, Some('s' | 'S')) && !n2.is_some_and(alnum);
    !poss && n1.is_some_and(char::is_alphabetic)
}

/// Whether token `n`, glued to the full stop after a capitalised word, is
/// that name's domain (`Цензор.НЕТ`, `Gazeta.RU`), not a sentence typed
/// with no space after its full stop (`у Харкові.ДСНС повідомила`). A
/// `match`, as [`abbreviation`] is.
fn domain(n: &Token<'_>) -> bool {
    n.kind == Kind::Word
        && !n.space_before
        && matches!(
            n.key,
            "ru" | "ua" | "com" | "net" | "org" | "info" | "нет" | "ру" | "юа" | "укр" | "рф"
        )
}

/// Whether a full stop after this word does not end a sentence. A `match`,
/// not a list: it is asked at every full stop after a word.
fn abbreviation(key: &str) -> bool {
    matches!(
        key,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "st"
            | "gen"
            | "col"
            | "lt"
            | "maj"
            | "capt"
            | "sgt"
            | "gov"
            | "sen"
            | "rep"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "no"
            | "vs"
            | "approx"
            | "incl"
            | "est"
            | "prof"
            | "rev"
            | "jr"
            | "sr"
            | "u.s"
            | "u.k"
            | "u.n"
            | "e.g"
            | "i.e"
            // Thousands, millions, billions, region, street.
            | "тис"
            | "тыс"
            | "млн"
            | "млрд"
            | "обл"
            | "вул"
            | "ул"
    )
}

/// How many lines end in `gap`: at `\n`, `\r\n` or a lone `\r`.
fn line_ends(gap: &str) -> usize {
    let b = gap.as_bytes();
    memchr::memchr_iter(b'\n', b).count()
        + memchr::memchr_iter(b'\r', b)
            .filter(|&i| b.get(i + 1) != Some(&b'\n'))
            .count()
}

const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '»'];

/// Split tokens into sentences. A line break ends a sentence unless the next
/// line starts in lower case (a hard-wrapped line); a blank line or a line
/// ending in a full stop also ends the paragraph.
pub fn sentences(tokens: &[Token<'_>], text: &str) -> Vec<Sentence> {
    // Room for sentences of a dozen tokens on average, at once.
    let mut out = Vec::with_capacity(tokens.len() / 12 + 1);
    let mut first = 0;
    let mut paragraph = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, a: usize, b: usize, paragraph: usize| {
        if a < b {
            out.push(Sentence {
                span: tokens[a].start as usize..tokens[b - 1].end as usize,
                tokens: a..b,
                paragraph,
            });
        }
    };
    while i < tokens.len() {
        let t = &tokens[i];
        // A line break before this token?
        if i > first && t.newline_before {
            let starts_lower = text[t.start as usize..]
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase());
            let gap = &text[tokens[i - 1].end as usize..t.start as usize];
            let blank = line_ends(gap) > 1;
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
        let terminal = t.kind == Kind::Punct && matches!(t.key, "." | "!" | "?" | "…");
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
                    && (abbreviation(prev.key)
                        || (prev.key.chars().count() == 1 && prev.upper)
                        || prev.upper && tokens.get(i + 1).is_some_and(domain))
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
            let line_ends = tokens.get(j).is_some_and(|n| n.newline_before);
            if !abbreviation && (next_starts && j > i || line_ends) {
                push(&mut out, first, j, paragraph);
                // A line that ends in a full stop ends the paragraph.
                if line_ends {
                    paragraph += 1;
                }
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

    #[test]
    fn cyrillic_lower_casing_agrees_with_unicode_letter_by_letter() {
        for c in ('\u{400}'..='\u{4ff}').chain(['a', 'Z', '’', 'і']) {
            let mut unicode = c.to_lowercase();
            let expected = match (c, unicode.next(), unicode.next()) {
                ('Ё' | 'ё', _, _) => 'е',
                (_, Some(l), None) if l.len_utf8() == c.len_utf8() && c.len_utf8() == 2 => l,
                _ => c,
            };
            let text = format!("x{c}y").to_ascii_lowercase();
            let expected = format!("x{expected}y").to_ascii_lowercase();
            assert_eq!(crate::model::cyrillic_lowered(text), expected, "{c:?}");
        }
    }

    fn toks(s: &str) -> Vec<String> {
        let keys = Keys::of(s);
        let mut out = Vec::new();
        tokenize(s, &keys, 0..s.len(), &mut out);
        out.iter().map(|t| t.key.to_string()).collect()
    }

    #[test]
    fn times_of_day() {
        let clocks = |s: &str| {
            let keys = Keys::of(s);
            let mut t = Vec::new();
            tokenize(s, &keys, 0..s.len(), &mut t);
            (0..t.len())
                .filter(|&k| clock(&t, k))
                .map(|k| t[k].key.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(clocks("на 8.30 сили"), ["8.30"]);
        assert_eq!(clocks("станом на 09:00 збито 40"), ["09", "00"]);
        assert_eq!(
            clocks("1.5 million, 8.300, 31.12, 45 drones"),
            Vec::<String>::new()
        );
        assert_eq!(clocks("a ratio of 10 : 30"), Vec::<String>::new());
    }

    fn sents(s: &str) -> Vec<String> {
        let keys = Keys::of(s);
        let mut out = Vec::new();
        tokenize(s, &keys, 0..s.len(), &mut out);
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
    fn curly_apostrophes_fold_wherever_they_fall() {
        assert_eq!(
            toks("‘O’Neill’s’ didn’t, won’t"),
            ["‘", "o'neill", "'s", "'", "didn't", ",", "won't"]
        );
        // A zone that starts after curly apostrophes still cuts its keys
        // from the right place.
        let s = "It’s late. They didn’t say.";
        let keys = Keys::of(s);
        let mut out = Vec::new();
        tokenize(s, &keys, 13..s.len(), &mut out);
        let keys: Vec<&str> = out.iter().map(|t| t.key).collect();
        assert_eq!(keys, ["they", "didn't", "say", "."]);
        assert_eq!(&s[out[1].start as usize..out[1].end as usize], "didn’t");
    }

    #[test]
    fn curly_apostrophes_are_straightened_and_counted() {
        for text in ["’twas kyiv’s", "didn’t’", "no curly one", "", "’"] {
            assert_eq!(
                straightened(text),
                text.contains(CURLY).then(|| text.replace(CURLY, "'")),
                "{text:?}"
            );
            assert_eq!(curlies(text), text.matches(CURLY).count(), "{text:?}");
        }
    }

    #[test]
    fn letters_and_digits_beyond_ascii_are_told_from_punctuation() {
        for c in [
            '’', '‘', '“', '”', '—', '–', '…', '«', '»', '\u{a0}', '№', '€',
        ] {
            assert_eq!(alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        // Every char of the Cyrillic blocks, told without the tables.
        for c in '\u{400}'..='\u{52f}' {
            assert_eq!(alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        for c in ['ї', 'é', 'Ж', '٣', 'ß'] {
            assert!(alnum(c), "{c:?}");
        }
    }

    #[test]
    fn a_long_run_of_punctuation_is_one_token_past_its_first_marks() {
        let run = "!?".repeat(50);
        let s = format!("Wow{run} 5 drones.");
        let keys = Keys::of(&s);
        let mut out = Vec::new();
        tokenize(&s, &keys, 0..s.len(), &mut out);
        let marks: Vec<_> = out[1..out.len() - 3].iter().collect();
        assert_eq!(marks.len(), GLUED);
        assert_eq!(marks.last().unwrap().end as usize, 3 + run.len());
        assert_eq!(
            out.iter()
                .map(|t| t.key)
                .skip(GLUED + 1)
                .collect::<Vec<_>>(),
            ["5", "drones", "."]
        );
        // Marks apart, or a few glued, stay tokens of their own.
        assert_eq!(toks("said.”) ! ! ! ! ! ! ! ! ! !").len(), 14);
    }

    #[test]
    fn hidden_characters_do_not_split_a_number() {
        for (text, key) in [
            ("4\u{200d}5 missiles", "4\u{200d}5"),
            ("9\u{200b}0 drones", "9\u{200b}0"),
            ("1\u{ad}2\u{2060}3 drones", "1\u{ad}2\u{2060}3"),
            ("4\x1b[31m5\x1b[0m drones", "4\x1b[31m5"),
            ("3,\u{feff}000 drones", "3,\u{feff}000"),
            ("3\u{200b},000 drones", "3\u{200b},000"),
        ] {
            assert_eq!(toks(text)[0], key, "{text:?}");
        }
        assert_eq!(visible("4\u{200d}5"), "45");
        assert_eq!(visible("4\x1b[31m5"), "45");
        assert_eq!(visible("1\u{ad}2\u{2060}3"), "123");
        assert_eq!(visible("3,\u{feff}000"), "3,000");
        // What is seen stays apart: a space, a letter, an unfinished code.
        assert_eq!(toks("4 5")[..2], ["4", "5"]);
        assert_eq!(toks("4\x1b[31 5")[0], "4");
    }

    #[test]
    fn tokens_stay_small() {
        // The rules read the token list over and over: every byte of a
        // token is read many times per article.
        assert!(std::mem::size_of::<Token<'_>>() <= 40);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sents("U.S. President Donald Trump spoke. Then 5 drones came."),
            ["U.S. President Donald Trump spoke.", "Then 5 drones came."]
        );
    }

    #[test]
    fn a_domain_after_a_name_ends_no_sentence_but_a_glued_sentence_does() {
        assert_eq!(
            sents("Як інформує Цензор.НЕТ, 5 дронів збито."),
            ["Як інформує Цензор.НЕТ, 5 дронів збито."]
        );
        assert_eq!(
            sents("Вибухи пролунали у Харкові.ДСНС повідомила про 5 поранених."),
            [
                "Вибухи пролунали у Харкові.",
                "ДСНС повідомила про 5 поранених."
            ]
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
    fn lone_carriage_returns_end_lines_and_paragraphs() {
        let text =
            "Russia oil depot fire\rOfficials said 200 firefighters\rwere sent.\r\rNext one.";
        assert_eq!(
            sents(text),
            [
                "Russia oil depot fire",
                "Officials said 200 firefighters\rwere sent.",
                "Next one."
            ]
        );
        let keys = Keys::of(text);
        let mut out = Vec::new();
        tokenize(text, &keys, 0..text.len(), &mut out);
        let paragraphs: Vec<usize> = sentences(&out, text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 2]);
        assert_eq!(line_ends("\r\n\r\n"), 2);
        assert_eq!(line_ends("\r\r"), 2);
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
