//! Text files: an optional `Key: value` header block, then the body.

use std::ops::Range;

use super::Loaded;
use crate::model::Article;
use crate::time::parse_date;

const BOM: char = '\u{feff}';

/// The header keys a text file may use, in any case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Title,
    Source,
    Url,
    Date,
    Id,
    Language,
    /// Metadata kept as written and shown with the article: `Author`,
    /// `Tags`, or any other word-like key in a block that has a known one.
    Other,
}

/// Keys read into the article's fields, with the other names they go by.
const FIELDS: &[(&str, Key)] = &[
    ("title", Key::Title),
    ("headline", Key::Title),
    ("source", Key::Source),
    ("outlet", Key::Source),
    ("publisher", Key::Source),
    ("url", Key::Url),
    ("link", Key::Url),
    ("date", Key::Date),
    ("published", Key::Date),
    ("id", Key::Id),
    ("language", Key::Language),
    ("lang", Key::Language),
];

/// Metadata keys common enough that one of them alone makes a header.
const KNOWN_OTHER: &[&str] = &[
    "author", "authors", "byline", "by", "updated", "modified", "edited", "tags",
    "keywords", "section", "category", "categories", "channel", "summary", "description",
];

impl Key {
    /// The key a line names, and whether it is one of the known ones;
    /// `None` for text that does not look like a key (`5 killed`).
    fn parse(s: &str) -> Option<(Key, bool)> {
        if let Some(&(_, key)) = FIELDS.iter().find(|(name, _)| s.eq_ignore_ascii_case(name)) {
            return Some((key, true));
        }
        if KNOWN_OTHER.iter().any(|name| s.eq_ignore_ascii_case(name)) {
            return Some((Key::Other, true));
        }
        // A key is a name of a few words: `Date Modified`, `Автор`.
        let word_like = s.chars().next().is_some_and(char::is_alphabetic)
            && s.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
            && s.chars().count() <= 30
            && s.split_whitespace().count() <= 3;
        word_like.then_some((Key::Other, false))
    }
}

/// A header block, as byte ranges of the text so that nothing is copied
/// before we know the block is one.
#[derive(Debug, Default)]
struct Header {
    title: Option<Range<usize>>,
    source: Option<Range<usize>>,
    url: Option<Range<usize>>,
    date: Option<Range<usize>>,
    id: Option<Range<usize>>,
    language: Option<Range<usize>>,
    /// Other keys and their values, in order.
    other: Vec<(Range<usize>, Range<usize>)>,
    /// Whether a key of [`FIELDS`] or [`KNOWN_OTHER`] is among them.
    known: bool,
    /// Where the body starts: just past the blank line ending the block.
    body: usize,
}

/// Reads an article from a text file's contents.
///
/// `id` is used unless the header gives `Id:`; `origin` is recorded as is.
/// `text` keeps the whole contents, BOM and header included, so that
/// offsets match the file on disk; `zones` holds the title value (when
/// there is a header with a title) and the body. A block counts as a header
/// only if its first line, and every line up to the first blank one (or the
/// end of the file), is `Key: value` with a word-like key, one of them a
/// known one (`Title`, `Source`, `URL`, `Date`, `Id`, `Language`, `Author`,
/// `Tags`…, in any case); otherwise the whole file is the body. Keys that
/// are not fields are kept in `meta`. An unparseable `Date:` leaves `date` empty, and the
/// language is read from the text when `Language:` names none;
/// [`load`](super::load) warns about both.
#[must_use]
pub fn parse_text(id: &str, origin: &str, contents: String) -> Article {
    let (mut article, _, language) = parse(id, origin, contents);
    article.language = super::language::choose(&article, language.as_deref()).0;
    article
}

/// Like [`parse_text`], returning the `Date:` value when it does not
/// parse, and the `Language:` value, for the caller to settle the
/// language and say what was wrong; the article's language is not set.
pub(super) fn parse(
    id: &str,
    origin: &str,
    text: String,
) -> (Article, Option<String>, Option<String>) {
    let start = if text.starts_with(BOM) {
        BOM.len_utf8()
    } else {
        0
    };
    let Some(h) = parse_header(&text, start) else {
        let mut article = Article::from_text(id, text);
        // The BOM is not prose, though offsets still count it.
        article.zones[0].start = start;
        article.zones.retain(|z| !z.is_empty());
        article.origin = origin.to_string();
        return (article, None, None);
    };
    let value = |r: &Option<Range<usize>>| {
        r.as_ref()
            .filter(|r| !r.is_empty())
            .map(|r| text[r.clone()].to_string())
    };
    let date_value = value(&h.date);
    let language = value(&h.language);
    let date = date_value.as_deref().and_then(parse_date);
    let bad_date = date_value.filter(|_| date.is_none());
    let zones = h
        .title
        .iter()
        .cloned()
        .chain(std::iter::once(h.body..text.len()))
        .filter(|z| !z.is_empty())
        .collect();
    let article = Article {
        id: value(&h.id).unwrap_or_else(|| id.to_string()),
        title: value(&h.title),
        source: value(&h.source),
        url: value(&h.url),
        date,
        language: Default::default(),
        zones,
        origin: origin.to_string(),
        kind: Default::default(),
        meta: h
            .other
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (text[k.clone()].to_string(), text[v.clone()].to_string()))
            .collect(),
        text: std::sync::Arc::new(text),
    };
    (article, bad_date, language)
}

/// Reads the header block starting at `start`, or `None` when the text does
/// not open with one.
fn parse_header(text: &str, start: usize) -> Option<Header> {
    let mut header = Header::default();
    let mut pos = start;
    loop {
        if pos >= text.len() {
            // A file of header lines alone: a header with an empty body.
            if pos == start {
                return None;
            }
            header.body = text.len();
            return header.known.then_some(header);
        }
        // A line ends at `\n`, `\r\n`, or a lone `\r` (old Mac files).
        let end = text[pos..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| pos + i);
        let next = if text[end..].starts_with("\r\n") {
            end + 2
        } else {
            (end + 1).min(text.len())
        };
        let line = &text[pos..end];
        if line.trim().is_empty() {
            if pos == start {
                return None;
            }
            header.body = next;
            return header.known.then_some(header);
        }
        let (key, known, name, value) = key_value(line)?;
        let value = pos + value.start..pos + value.end;
        header.known |= known;
        let slot = match key {
            Key::Title => &mut header.title,
            Key::Source => &mut header.source,
            Key::Url => &mut header.url,
            Key::Date => &mut header.date,
            Key::Id => &mut header.id,
            Key::Language => &mut header.language,
            Key::Other => {
                header.other.push((pos + name.start..pos + name.end, value));
                pos = next;
                continue;
            }
        };
        // The first of a repeated key wins; the rest stay out of every zone.
        slot.get_or_insert(value);
        pos = next;
    }
}

/// Splits a `Key: value` line, giving the key, whether it is a known one,
/// and the byte ranges within the line of the key as written and of the
/// trimmed value.
fn key_value(line: &str) -> Option<(Key, bool, Range<usize>, Range<usize>)> {
    let colon = line.find(':')?;
    let name = line[..colon].trim();
    let (key, known) = Key::parse(name)?;
    let name_start = line[..colon].len() - line[..colon].trim_start().len();
    let raw = &line[colon + 1..];
    let start = colon + 1 + (raw.len() - raw.trim_start().len());
    let end = start + raw.trim().len();
    Some((key, known, name_start..name_start + name.len(), start..end))
}

/// Parses a text file's contents into `out`, warning about a bad date, a
/// language not understood or unclear, or a file with no prose in it.
pub(super) fn load(id: &str, origin: &str, contents: String, out: &mut Loaded) {
    let (mut article, bad_date, language) = parse(id, origin, contents);
    if let Some(date) = bad_date {
        out.warn(
            origin,
            format!("unparseable date {date:?}; date left empty"),
        );
    }
    if article.zones.is_empty() {
        out.warn(origin, "header but no article text; skipped");
        return;
    }
    super::language::settle(&mut article, language.as_deref(), origin, "", out);
    out.articles.push(article);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use chrono::NaiveDate;

    fn zone_texts(a: &Article) -> Vec<&str> {
        a.zones.iter().map(|z| &a.text[z.clone()]).collect()
    }

    #[test]
    fn header_with_every_key() {
        let src = "Title: 93 drones shot down\nSource: Kyiv Independent\n\
                   URL: https://example.com/2025/07/04/93-drones\nDate: 2025-07-04\n\
                   Id: kyiv-0704\n\nUkraine's air force said 93 drones were launched.\n";
        let a = parse_text("stem", "a.txt", src.to_string());
        assert_eq!(a.id, "kyiv-0704");
        assert_eq!(a.title.as_deref(), Some("93 drones shot down"));
        assert_eq!(a.source.as_deref(), Some("Kyiv Independent"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://example.com/2025/07/04/93-drones")
        );
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(a.origin, "a.txt");
        assert_eq!(&*a.text, src, "text is the whole file");
        assert_eq!(
            zone_texts(&a),
            [
                "93 drones shot down",
                "Ukraine's air force said 93 drones were launched.\n"
            ]
        );
        // No zone reaches into the URL or date lines.
        let url_at = src.find("https://").unwrap();
        assert!(a.zones.iter().all(|z| !z.contains(&url_at)));
    }

    #[test]
    fn other_keys_are_kept_as_metadata() {
        let src = "Title: 40 drones downed\nAuthor: Olena Koval\nSection: War\n\
                   Date: 2025-07-04\nURL: https://example.com/2025/07/04/40\n\
                   Date Modified: 2025-07-05\nАвтор: Олена\n\nRussia launched 50 drones.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title.as_deref(), Some("40 drones downed"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(a.url.as_deref(), Some("https://example.com/2025/07/04/40"));
        let meta: Vec<(&str, &str)> = a.meta.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            meta,
            [
                ("Author", "Olena Koval"),
                ("Section", "War"),
                ("Date Modified", "2025-07-05"),
                ("Автор", "Олена"),
            ]
        );
        // The URL's numbers and the other values are no prose.
        assert_eq!(zone_texts(&a), ["40 drones downed", "Russia launched 50 drones."]);

        // One common metadata key alone is a header; other names go by.
        let a = parse_text("s", "o", "Author: A. Writer\n\nBody.".to_string());
        assert_eq!(zone_texts(&a), ["Body."]);
        let a = parse_text("s", "o", "Headline: Night\nLink: https://x/1\n\nBody.".to_string());
        assert_eq!((a.title.as_deref(), a.url.as_deref()), (Some("Night"), Some("https://x/1")));
    }

    #[test]
    fn keys_in_any_case() {
        for src in [
            "title: Night attack\nsource: AFP\n\nBody.",
            "TITLE: Night attack\nSOURCE: AFP\n\nBody.",
            "Title:Night attack\nSource :  AFP  \n\nBody.",
        ] {
            let a = parse_text("s", "o", src.to_string());
            assert_eq!(a.title.as_deref(), Some("Night attack"), "{src:?}");
            assert_eq!(a.source.as_deref(), Some("AFP"), "{src:?}");
            assert_eq!(zone_texts(&a), ["Night attack", "Body."], "{src:?}");
        }
    }

    #[test]
    fn no_header() {
        let src = "Russia launched 50 drones overnight.\n\nThe air force said 40 were downed.\n";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.id, "stem");
        assert_eq!(a.title, None);
        assert_eq!(a.zones, vec![0..src.len()]);
    }

    #[test]
    fn header_like_first_line_is_body() {
        // Prose follows the first line without a blank line: not a header.
        let src = "Source: The Whistler\nRussia fired 12 missiles at Kyiv overnight.\n\nMore.\n";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.source, None);
        assert_eq!(a.zones, vec![0..src.len()]);

        // A line that is no `Key: value` anywhere in the block spoils it.
        let src = "Title: T\nAuthor: Someone\n5 killed, 12 injured\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title, None);
        assert_eq!(a.zones, vec![0..src.len()]);

        // Word-like keys with no known one among them are prose.
        let src = "Kharkiv: 7 drones\nSumy region: 4 drones\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.zones, vec![0..src.len()]);

        // A leading blank line means there is no header.
        let src = "\nTitle: T\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title, None);

        // A colon in prose does not make a key.
        let src = "Update: 5 killed in Kharkiv\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.zones, vec![0..src.len()]);
    }

    #[test]
    fn crlf() {
        let src = "Title: 12 missiles\r\nDate: Jul 4, 2025\r\n\r\nBody line.\r\nSecond.\r\n";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title.as_deref(), Some("12 missiles"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(zone_texts(&a), ["12 missiles", "Body line.\r\nSecond.\r\n"]);
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let src = "Title: 12 missiles\rDate: Jul 4, 2025\r\rBody line.\rSecond.\r";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title.as_deref(), Some("12 missiles"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(zone_texts(&a), ["12 missiles", "Body line.\rSecond.\r"]);
    }

    #[test]
    fn bom() {
        let src = "\u{feff}Title: Ten drones\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title.as_deref(), Some("Ten drones"));
        assert_eq!(a.zones[0], 10..20, "offsets count the BOM's 3 bytes");
        assert_eq!(zone_texts(&a), ["Ten drones", "Body."]);

        let src = "\u{feff}No header here.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.zones, vec![3..src.len()]);
        assert_eq!(&*a.text, src);
    }

    #[test]
    fn title_zone_is_the_title_value() {
        let src = "Source: X\nTitle:   550 drones and missiles  \nURL: u\n\nBody";
        let a = parse_text("stem", "o", src.to_string());
        let z = a.zones[0].clone();
        assert_eq!(&a.text[z], a.title.as_deref().unwrap());
        assert_eq!(a.title.as_deref(), Some("550 drones and missiles"));
    }

    #[test]
    fn header_edge_cases() {
        // Header lines alone: a title and no body.
        let a = parse_text("s", "o", "Title: Only a title\n".to_string());
        assert_eq!(zone_texts(&a), ["Only a title"]);

        // Empty values are no values.
        let a = parse_text("s", "o", "Title:\nId:  \n\nBody".to_string());
        assert_eq!((a.title.as_deref(), a.id.as_str()), (None, "s"));
        assert_eq!(zone_texts(&a).len(), 1);

        // A repeated key: the first wins.
        let a = parse_text("s", "o", "Title: A\nTitle: B\n\nBody".to_string());
        assert_eq!(a.title.as_deref(), Some("A"));
        assert_eq!(a.zones.len(), 2);

        // A whitespace-only line ends the header.
        let a = parse_text("s", "o", "Title: A\n  \t\nBody".to_string());
        assert_eq!(zone_texts(&a), ["A", "Body"]);

        // Multi-byte text keeps byte offsets.
        let a = parse_text("s", "o", "Title: Удари — 20 дронів\n\nТекст".to_string());
        assert_eq!(zone_texts(&a), ["Удари — 20 дронів", "Текст"]);
    }

    #[test]
    fn bad_date_is_reported_and_left_empty() {
        let (a, bad, _) = parse("s", "o", "Date: last Tuesday\n\nBody".to_string());
        assert_eq!(a.date, None);
        assert_eq!(bad.as_deref(), Some("last Tuesday"));
        let mut out = Loaded::default();
        load(
            "s",
            "x/a.txt",
            "Date: last Tuesday\n\nBody".to_string(),
            &mut out,
        );
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.warnings.len(), 1);
        assert!(
            out.warnings[0]
                .to_string()
                .starts_with("x/a.txt: unparseable date")
        );
    }

    #[test]
    fn language_from_the_header_else_the_text() {
        let a = parse_text("s", "o", "Language: Ukrainian\n\nBody.".to_string());
        assert_eq!(a.language, Language::Uk);
        assert_eq!(zone_texts(&a), ["Body."], "the header line is no prose");
        let a = parse_text(
            "s",
            "o",
            "language: EN\n\nСили ППО збили 40 дронів.".to_string(),
        );
        assert_eq!(a.language, Language::En, "the header wins");
        let a = parse_text(
            "s",
            "o",
            "Title: Удар\n\nСили ППО збили 40 дронів.".to_string(),
        );
        assert_eq!(a.language, Language::Uk);
        let a = parse_text("s", "o", "Силы ПВО сбили 40 дронов.".to_string());
        assert_eq!(a.language, Language::Ru);
        let a = parse_text(
            "s",
            "o",
            "Title: Night\n\nRussia launched 50 drones.".to_string(),
        );
        assert_eq!(a.language, Language::En);
    }

    #[test]
    fn a_strange_or_unclear_language_is_warned_of() {
        let mut out = Loaded::default();
        let src = "Language: Klingon\n\nСилы ПВО сбили 40 дронов.";
        load("s", "x/a.txt", src.to_string(), &mut out);
        load(
            "t",
            "x/b.txt",
            "Удар по Харкову, як та що".to_string(),
            &mut out,
        );
        let langs: Vec<_> = out.articles.iter().map(|a| a.language).collect();
        assert_eq!(langs, [Language::Ru, Language::Uk]);
        let warnings: Vec<_> = out.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "x/a.txt: unknown language \"Klingon\" (en, uk or ru); read from the text as ru",
                "x/b.txt: language unclear (neither Ukrainian і ї є ґ nor Russian ы э ъ ё); \
                 read as uk, the likelier",
            ]
        );
    }

    #[test]
    fn header_only_without_title_is_skipped() {
        let mut out = Loaded::default();
        load("s", "a.txt", "Source: X\nURL: y\n\n".to_string(), &mut out);
        assert!(out.articles.is_empty());
        assert_eq!(out.warnings.len(), 1);
    }
}
