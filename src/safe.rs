//! Text from the world made safe to show on a terminal: no byte of an
//! article, a file name or a header may reach it as a command.
//!
//! Escape sequences in untrusted text could set the terminal's title,
//! write to the clipboard (OSC 52) or clear the screen, a line break could
//! forge a line of output of its own, and direction overrides could
//! disguise what is shown. Every human-readable output passes through
//! [`clean`]; machine formats (JSON, CSV) keep the text exact.

use std::borrow::Cow;

/// Characters that reorder or hide text without being control characters
/// (bidirectional overrides and isolates): shown as `�` so that text cannot
/// disguise itself (the "Trojan source" trick).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether `c` may not be printed as it is.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The visible sign for a control character: `␛` for ESC, `␀` for NUL, `␡`
/// for DEL, `�` for the C1 range.
pub fn placeholder(c: char) -> char {
    match c as u32 {
        n @ 0..=0x1f => char::from_u32(0x2400 + n).unwrap_or('�'),
        0x7f => '␡',
        _ => '�',
    }
}

/// One line of untrusted text made safe to print: control characters as
/// placeholders, tabs and line breaks as spaces.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if is_unsafe(c) => placeholder(c),
                c => c,
            })
            .collect(),
    )
}

/// A line of JSON made safe to print and still the same JSON: the
/// characters JSON leaves raw that a terminal acts on (DEL, the C1 range,
/// direction overrides) written as `\uXXXX` escapes. Outside strings a
/// JSON line holds none of them, so only string contents change form.
pub fn json_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Pasted text as one line to type into a prompt: line breaks and tabs as
/// spaces (a trailing line break dropped), other control characters
/// dropped, so that nothing pasted acts as a key or a command.
pub fn pasted(s: &str) -> String {
    let s = s.trim_end_matches(['\n', '\r']).replace("\r\n", "\n");
    s.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_line_prints_safe_and_reads_the_same() {
        let value = serde_json::json!({"note": "a\u{7f}b\u{9b}31m\u{202e}c\u{1b}"});
        let line = serde_json::to_string(&value).unwrap();
        assert!(line.contains('\u{9b}'), "serde_json leaves C1 raw");
        let safe = json_line(&line);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn control_characters_become_visible_signs_and_breaks_spaces() {
        assert_eq!(clean("a\u{1b}[31mb\tc"), "a␛[31mb c");
        assert_eq!(
            clean("id\u{1b}]52;c;QQ==\u{7}\nwarning: forged\r"),
            "id␛]52;c;QQ==␇ warning: forged "
        );
        assert_eq!(clean("\u{202e}txt.exe\u{9b}"), "�txt.exe�");
        assert!(matches!(clean("Kyiv, 93 drones"), Cow::Borrowed(_)));
    }

    #[test]
    fn pasted_text_is_one_line_without_control_characters() {
        assert_eq!(pasted("Kyiv\n"), "Kyiv");
        assert_eq!(pasted("a\r\nb\tc"), "a b c");
        assert_eq!(pasted("x\u{1b}[2J\u{7}y\u{202e}z"), "x[2Jyz");
    }
}
