//! JSON and JSONL input: one object, an array of objects, or one object a line.

use serde_json::{Map, Value};

use super::Loaded;
use crate::model::Article;
use crate::time::parse_date;

/// Parses a `.json` file (or JSON on standard input) into `out`.
///
/// A single object takes `stem` as its default id; array items take
/// `{stem}:{n}`. Input that is not one JSON value but is one object a line
/// is read as JSONL, since files get misnamed.
pub(super) fn load_json(stem: &str, origin: &str, contents: &str, out: &mut Loaded) {
    let contents = contents.trim_start_matches('\u{feff}');
    let mut figures = Figures::default();
    match serde_json::from_str::<Value>(contents) {
        Ok(Value::Object(map)) if super::telegram::is_export(&map) => {
            return super::telegram::load(stem, origin, map, out);
        }
        Ok(Value::Object(map)) => {
            add_object(map, stem.to_string(), origin, "", &mut figures, out);
        }
        Ok(Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                let n = i + 1;
                let at = format!("item {n}: ");
                match item {
                    Value::Object(map) => {
                        add_object(map, format!("{stem}:{n}"), origin, &at, &mut figures, out);
                    }
                    _ => out.warn(origin, format!("{at}not a JSON object; skipped")),
                }
            }
        }
        Ok(_) => out.warn(
            origin,
            "JSON is not an object or an array of objects; skipped",
        ),
        Err(_) if looks_like_jsonl(contents) => return load_jsonl(stem, origin, contents, out),
        Err(e) if super::telegram::looks_like_export(contents) => {
            match super::telegram::salvage(contents) {
                Some((chat, read)) if read > 0 => {
                    out.warn(
                        origin,
                        format!(
                            "Telegram export cut short or broken: {e}; \
                             the {read} whole messages before it are read"
                        ),
                    );
                    return super::telegram::load(stem, origin, chat, out);
                }
                _ => out.warn(
                    origin,
                    format!("Telegram export cut short or broken: {e}; skipped"),
                ),
            }
        }
        Err(e) => out.warn(origin, format!("invalid JSON: {e}; skipped")),
    }
    figures.report(origin, out);
}

/// Parses a `.jsonl` file into `out`: one object a line, blank lines
/// allowed. A line that does not parse is skipped with a warning naming it.
pub(super) fn load_jsonl(stem: &str, origin: &str, contents: &str, out: &mut Loaded) {
    let contents = contents.trim_start_matches('\u{feff}');
    let mut figures = Figures::default();
    for (i, line) in contents.split('\n').enumerate() {
        load_line(stem, origin, i + 1, line, &mut figures, out);
    }
    figures.report(origin, out);
}

/// Line `n` of a JSON Lines input into `out`: an article, or a warning
/// naming the line; a blank line is passed over.
pub(super) fn load_line(
    stem: &str,
    origin: &str,
    n: usize,
    line: &str,
    figures: &mut Figures,
    out: &mut Loaded,
) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    let line_origin = format!("{origin}:{n}");
    match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(map)) => {
            add_object(map, format!("{stem}:{n}"), &line_origin, "", figures, out);
        }
        Ok(_) => out.warn(line_origin, "not a JSON object; line skipped"),
        Err(e) => out.warn(line_origin, format!("invalid JSON: {e}; line skipped")),
    }
}

/// Whether text that failed to parse as one JSON value is rather one object
/// a line: at least two lines, each a `{…}`.
pub(super) fn looks_like_jsonl(contents: &str) -> bool {
    let mut lines = contents.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut count = 0;
    let all = lines.all(|l| {
        count += 1;
        l.starts_with('{') && l.ends_with('}')
    });
    all && count >= 2
}

/// Objects of a figure file met in one input, so that the file earns one
/// warning rather than one a line.
#[derive(Default)]
pub(super) struct Figures {
    skipped: usize,
    objects: usize,
}

impl Figures {
    pub(super) fn report(&self, origin: &str, out: &mut Loaded) {
        if self.skipped == 0 {
            return;
        }
        let message = if self.skipped == self.objects {
            "looks like a figure file, not articles; skipped".to_string()
        } else {
            format!(
                "{} of {} objects look like figures, not articles; those skipped",
                self.skipped, self.objects
            )
        };
        out.warn(origin, message);
    }
}

/// Turns one JSON object into an article, or warns why not. `at` prefixes
/// messages to say which array item is meant.
fn add_object(
    mut map: Map<String, Value>,
    default_id: String,
    origin: &str,
    at: &str,
    figures: &mut Figures,
    out: &mut Loaded,
) {
    figures.objects += 1;
    // A gold or predicted figure (SPEC.md) has `article` and `value`, and
    // its `text` is the number's surface text, not an article.
    if map.contains_key("article") && map.contains_key("value") {
        figures.skipped += 1;
        return;
    }
    let text = match map.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return out.warn(origin, format!("{at}`text` is not a string; skipped")),
        None => return out.warn(origin, format!("{at}no `text` field; skipped")),
    };
    if text.trim().is_empty() {
        return out.warn(origin, format!("{at}empty `text`; skipped"));
    }
    let mut field = |name: &str| match map.remove(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        // Ids are sometimes numbers; the rest must be strings.
        Some(Value::Number(n)) if name == "id" => Some(n.to_string()),
        Some(_) => {
            out.warn(origin, format!("{at}`{name}` is not a string; ignored"));
            None
        }
    };
    let id = field("id").unwrap_or(default_id);
    let title = field("title");
    let source = field("source");
    let url = field("url");
    let date_value = field("date");
    let language = field("language");
    let date = date_value.as_deref().and_then(parse_date);
    if let (Some(value), None) = (&date_value, date) {
        out.warn(
            origin,
            format!("{at}unparseable date {value:?}; date left empty"),
        );
    }
    // The whole `text` is prose; the title is metadata here.
    let mut article = Article::from_text(id, text);
    article.title = title;
    article.source = source;
    article.url = url;
    article.date = date;
    article.origin = origin.to_string();
    super::language::settle(&mut article, language.as_deref(), origin, at, out);
    out.articles.push(article);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use chrono::NaiveDate;

    #[test]
    fn single_object() {
        let mut out = Loaded::default();
        let src = r#"{"title": "Night raid", "source": "AFP", "url": "https://x/1",
                      "date": "July 4, 2025", "text": "Russia launched 539 drones."}"#;
        load_json("night", "in/night.json", src, &mut out);
        assert_eq!(out.messages(), Vec::<String>::new());
        let a = &out.articles[0];
        assert_eq!(a.id, "night");
        assert_eq!(a.title.as_deref(), Some("Night raid"));
        assert_eq!(a.source.as_deref(), Some("AFP"));
        assert_eq!(a.url.as_deref(), Some("https://x/1"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(&*a.text, "Russia launched 539 drones.");
        assert_eq!(a.zones, vec![0..a.text.len()], "the title is metadata");
        assert_eq!(a.origin, "in/night.json");
    }

    #[test]
    fn array() {
        let mut out = Loaded::default();
        let src = r#"[{"text": "one"}, {"id": "b", "text": "two"}, 7, {"id": 42, "text": "three"},
                      {"title": "no text"}, {"text": 5}, {"text": "four", "date": "soon"}]"#;
        load_json("batch", "batch.json", src, &mut out);
        let ids: Vec<_> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["batch:1", "b", "42", "batch:7"]);
        assert_eq!(
            out.messages(),
            [
                "batch.json: item 3: not a JSON object; skipped",
                "batch.json: item 5: no `text` field; skipped",
                "batch.json: item 6: `text` is not a string; skipped",
                "batch.json: item 7: unparseable date \"soon\"; date left empty",
            ]
        );
    }

    #[test]
    fn language_field() {
        let mut out = Loaded::default();
        let src = r#"[{"language": "русский", "text": "Russia launched 50 drones."},
                      {"language": "xx", "text": "Сили ППО збили 40 дронів."},
                      {"language": 5, "text": "Russia launched 50 drones."},
                      {"text": "Силы ПВО сбили 40 дронов."}]"#;
        load_json("feed", "feed.json", src, &mut out);
        let langs: Vec<_> = out.articles.iter().map(|a| a.language).collect();
        assert_eq!(
            langs,
            [Language::Ru, Language::Uk, Language::En, Language::Ru]
        );
        assert_eq!(
            out.messages(),
            [
                "feed.json: item 2: unknown language \"xx\" (en, uk or ru); read from the text as uk",
                "feed.json: item 3: `language` is not a string; ignored",
            ]
        );
    }

    #[test]
    fn invalid_json() {
        let mut out = Loaded::default();
        load_json("bad", "bad.json", "{\"text\": \"unterminated", &mut out);
        assert!(out.articles.is_empty());
        assert_eq!(out.warnings.len(), 1);
        assert!(
            out.warnings[0].message.starts_with("invalid JSON"),
            "{:?}",
            out.warnings
        );

        let mut out = Loaded::default();
        load_json("n", "n.json", "42", &mut out);
        assert_eq!(out.warnings.len(), 1);
    }

    #[test]
    fn jsonl_in_a_json_file() {
        let mut out = Loaded::default();
        load_json(
            "m",
            "m.json",
            "{\"text\": \"a\"}\n{\"text\": \"b\"}\n",
            &mut out,
        );
        let ids: Vec<_> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["m:1", "m:2"]);
        assert_eq!(out.articles[1].origin, "m.json:2");
    }

    #[test]
    fn jsonl_with_a_broken_line() {
        let mut out = Loaded::default();
        let src = "{\"id\": \"a\", \"text\": \"one\"}\n\n{\"text\": \"two\"\n\
                   {\"text\": \"three\"}\r\n[1]\n";
        load_jsonl("feed", "in/feed.jsonl", src, &mut out);
        let got: Vec<_> = out
            .articles
            .iter()
            .map(|a| (a.id.as_str(), a.origin.as_str()))
            .collect();
        assert_eq!(
            got,
            [("a", "in/feed.jsonl:1"), ("feed:4", "in/feed.jsonl:4")]
        );
        assert_eq!(out.warnings.len(), 2);
        assert_eq!(out.warnings[0].origin, "in/feed.jsonl:3");
        assert!(out.warnings[0].message.starts_with("invalid JSON"));
        assert_eq!(
            out.warnings[1].to_string(),
            "in/feed.jsonl:5: not a JSON object; line skipped"
        );
    }

    #[test]
    fn figure_file_is_skipped_with_one_warning() {
        let mut out = Loaded::default();
        let src = r#"{"article": "000_x", "text": "25", "value": 25, "item": "drone"}
{"article": "000_x", "value": 130, "item": "drone"}
{"article": "001_y", "value": 3, "item": "person"}
"#;
        load_jsonl("gold", "data/gold.jsonl", src, &mut out);
        assert!(out.articles.is_empty());
        assert_eq!(
            out.messages(),
            ["data/gold.jsonl: looks like a figure file, not articles; skipped"]
        );

        let mut out = Loaded::default();
        load_json(
            "gold",
            "gold.json",
            r#"[{"article": "a", "value": 1}, {"text": "t"}]"#,
            &mut out,
        );
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.warnings.len(), 1);
    }

    #[test]
    fn jsonl_detection() {
        assert!(looks_like_jsonl("{\"a\":1}\n{\"a\":2}\n"));
        assert!(!looks_like_jsonl("{\"a\":1}\n"));
        assert!(!looks_like_jsonl("{\n  \"a\": 1\n}\n"));
    }
}
