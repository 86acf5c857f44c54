//! Telegram Desktop exports: every text message of a channel or chat an article.
//!
//! Two shapes are read: one chat's `result.json` ("Export chat history": an
//! object with `name`, `type`, `id` and `messages`) and a whole account's
//! (its chats in `chats.list`, and those it left in `left_chats.list`).
//!
//! Each message of `type` `message` with text becomes an article. Service
//! messages (a pin, a title change) and messages with no text (a photo
//! without a caption, a sticker) are passed over without a word. A photo
//! or file with a caption is an article, since the export keeps the caption
//! in `text`.
//!
//! - **Id**: `<channel>/<message id>`. `<channel>` is the chat's `username`
//!   when the export gives one (without a leading `@` or `t.me/`), else its
//!   numeric `id`, else a slug of its `name` (lower case, other characters
//!   than letters and digits made `-`), else the file stem.
//! - **Text**: `text` as a string, or its parts joined in order (plain
//!   strings and the `text` of each entity: bold, link, hashtag…); when
//!   `text` is empty, the parts of `text_entities`. Offsets point into the
//!   text so joined, and all of it is prose: the title, its first line,
//!   is part of it and is not read twice.
//! - **Source** is the chat's name; **URL** `https://t.me/<username>/<id>`
//!   when the username is known.
//! - **Date**: the local date of `date` as the export writes it, else the
//!   UTC date of `date_unixtime`. The time goes to the metadata (`Posted`),
//!   with `Edited`, `Forwarded from`, `From` (when it is not the chat),
//!   `Author` (a post's signature) and `Media` (a photo, a video…).
//! - **Language** is read from the text.
//!
//! A message that cannot be read (not an object, a `text` of the wrong
//! kind, no id) is warned of by its id, or by its place in the list when
//! it has none (and, in a whole account's export, by its chat), and the
//! rest load. An export that is not valid JSON, most often one cut short,
//! is skipped with a warning that says so.

use chrono::{DateTime, NaiveDateTime};
use serde_json::{Map, Value};

use super::Loaded;
use crate::model::{Article, FORWARDED_FROM, SourceKind};

/// Whether a JSON object is a Telegram export: one chat's `result.json`
/// (with `messages`) or a whole account's (with `chats.list`).
pub(super) fn is_export(map: &Map<String, Value>) -> bool {
    map.get("messages").is_some_and(Value::is_array)
        || map
            .get("chats")
            .and_then(|c| c.get("list"))
            .is_some_and(Value::is_array)
}

/// Whether text that is not valid JSON opens like an export, so that the
/// warning can say the export was cut short rather than just "invalid".
pub(super) fn looks_like_export(contents: &str) -> bool {
    let head = &contents[..contents.floor_char_boundary(4096)];
    head.contains("\"messages\"") || head.contains("\"personal_information\"")
}

/// What can be read of a one-chat export cut short (a download or a copy
/// that stopped): the chat's fields before `messages`, and every message
/// that is whole; `None` when not even those are there.
pub(super) fn salvage(contents: &str) -> Option<(Map<String, Value>, usize)> {
    let key = contents.find("\"messages\"")?;
    // The chat's own fields come first in an export: close them as an object.
    let head = contents[..key].trim_end().trim_end_matches(',');
    let mut chat: Map<String, Value> = serde_json::from_str(&format!("{head}}}")).ok()?;
    let rest = &contents[key + "\"messages\"".len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start().strip_prefix('[')?;
    let mut messages = Vec::new();
    let mut at = 0;
    loop {
        // One whole message at a time, linear in the file: each is parsed
        // once and the stream stops at the first that is cut.
        let mut stream = serde_json::Deserializer::from_str(&rest[at..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(message)) => {
                messages.push(message);
                at += stream.byte_offset();
            }
            _ => break,
        }
        let tail = rest[at..].trim_start();
        match tail.strip_prefix(',') {
            Some(next) => at = rest.len() - next.len(),
            None => break,
        }
    }
    let read = messages.len();
    chat.insert("messages".into(), Value::Array(messages));
    Some((chat, read))
}

/// Reads every text message of an export into `out`. `stem` names the
/// channel when the export gives neither a username, an id nor a name.
pub(super) fn load(stem: &str, origin: &str, mut export: Map<String, Value>, out: &mut Loaded) {
    if export.contains_key("messages") {
        return load_chat(stem, origin, export, false, out);
    }
    for key in ["chats", "left_chats"] {
        let list = match export.remove(key) {
            Some(Value::Object(mut section)) => section.remove("list"),
            _ => None,
        };
        let Some(list) = list else { continue };
        let Value::Array(chats) = list else {
            out.warn(origin, format!("`{key}.list` is not a list; skipped"));
            continue;
        };
        for (i, chat) in chats.into_iter().enumerate() {
            match chat {
                Value::Object(chat) => load_chat(stem, origin, chat, true, out),
                _ => out.warn(
                    origin,
                    format!("{key} #{}: not a JSON object; skipped", i + 1),
                ),
            }
        }
    }
}

/// What every article of one chat shares.
struct Chat {
    /// The first part of every id.
    channel: String,
    name: Option<String>,
    username: Option<String>,
    /// Prefixes warnings in a whole account's export, where the chat
    /// must be named too.
    at: String,
}

/// Reads one chat's messages into `out`; `in_account` when it is one of
/// many in a whole account's export.
fn load_chat(
    stem: &str,
    origin: &str,
    mut chat: Map<String, Value>,
    in_account: bool,
    out: &mut Loaded,
) {
    let name = match chat.get("name") {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        _ => None,
    };
    let username = match chat.get("username") {
        Some(Value::String(s)) => username(s),
        _ => None,
    };
    let id = chat.get("id").and_then(integer);
    let channel = username
        .clone()
        .or(id)
        .or_else(|| name.as_deref().map(slug).filter(|s| !s.is_empty()))
        .unwrap_or_else(|| stem.to_string());
    let at = if in_account {
        format!("chat {channel}: ")
    } else {
        String::new()
    };
    let messages = match chat.remove("messages") {
        Some(Value::Array(messages)) => messages,
        _ => return out.warn(origin, format!("{at}no `messages` list; chat skipped")),
    };
    let chat = Chat {
        channel,
        name,
        username,
        at,
    };
    for (i, message) in messages.into_iter().enumerate() {
        match message {
            Value::Object(message) => load_message(&chat, i + 1, origin, message, out),
            _ => out.warn(
                origin,
                format!("{}message #{}: not a JSON object; skipped", chat.at, i + 1),
            ),
        }
    }
}

/// An id as a whole number, written as a number or as a string of
/// digits (as some tools rewrite them); anything else is no id, since ids
/// go into links.
fn integer(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .map(|i| i.to_string())
            .or_else(|| n.as_u64().map(|u| u.to_string())),
        Value::String(s) => {
            let s = s.trim();
            let digits = s.strip_prefix('-').unwrap_or(s);
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.to_string())
        }
        _ => None,
    }
}

/// A username as the export may write it (`@kpszsu`, `t.me/kpszsu`), or
/// `None` when it is not one, so that no URL is made from it.
fn username(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s.strip_prefix("https://").unwrap_or(s);
    let s = s.strip_prefix("t.me/").unwrap_or(s);
    let s = s.strip_prefix('@').unwrap_or(s);
    let valid = !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    valid.then(|| s.to_string())
}

/// A name as an id part: letters and digits in lower case, each run of
/// anything else one `-`.
fn slug(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Turns one message into an article, passes it over when it has no
/// text, or warns why not. `place` is its place in the list, 1-based.
fn load_message(
    chat: &Chat,
    place: usize,
    origin: &str,
    mut message: Map<String, Value>,
    out: &mut Loaded,
) {
    let id = message.get("id").and_then(integer);
    let at = match &id {
        Some(id) => format!("{}message {id}: ", chat.at),
        None => format!("{}message #{place}: ", chat.at),
    };
    match message.get("type") {
        None | Some(Value::Null) => {}
        Some(Value::String(t)) if t == "message" => {}
        // Service messages, and kinds newer than this reader.
        Some(Value::String(_)) => return,
        Some(_) => return out.warn(origin, format!("{at}`type` is not a string; skipped")),
    }
    let Some(text) = message_text(&mut message, origin, &at, out) else {
        return;
    };
    let Some(id) = id else {
        return out.warn(origin, format!("{at}no message `id`; skipped"));
    };

    let mut meta = Vec::new();
    let date = match posted(&message, "date", "date_unixtime") {
        Ok(Some((date, time))) => {
            meta.push(("Posted".to_string(), time));
            Some(date)
        }
        Ok(None) => None,
        Err(value) => {
            out.warn(
                origin,
                format!("{at}unparseable date {value}; date left empty"),
            );
            None
        }
    };
    if let Ok(Some((_, time))) = posted(&message, "edited", "edited_unixtime") {
        meta.push(("Edited".to_string(), time));
    }
    // A channel's own posts are "from" the channel: no news in that.
    if let Some(from) = string(&message, "from").filter(|f| Some(f) != chat.name.as_ref()) {
        meta.push(("From".to_string(), from));
    }
    if let Some(author) = string(&message, "author") {
        meta.push(("Author".to_string(), author));
    }
    if let Some(forwarded) = string(&message, "forwarded_from") {
        meta.push((FORWARDED_FROM.to_string(), forwarded));
    }
    if let Some(media) = media(&message) {
        meta.push(("Media".to_string(), media));
    }

    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    let mut article = Article::from_text(format!("{}/{id}", chat.channel), text);
    article.title = title;
    article.source = chat.name.clone();
    article.url = chat
        .username
        .as_ref()
        .map(|u| format!("https://t.me/{u}/{id}"));
    article.date = date;
    article.origin = origin.to_string();
    article.kind = SourceKind::Telegram;
    article.meta = meta;
    super::language::settle(&mut article, None, origin, &at, out);
    out.articles.push(article);
}

/// The message's text, or `None` when it has none worth reading: from
/// `text`, else from `text_entities`, warning of parts left out and of a
/// `text` of the wrong kind.
fn message_text(
    message: &mut Map<String, Value>,
    origin: &str,
    at: &str,
    out: &mut Loaded,
) -> Option<String> {
    let mut odd = false;
    let mut wrong_kind = false;
    let mut text = match message.remove("text") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s,
        Some(Value::Array(parts)) => join(parts, &mut odd),
        Some(_) => {
            wrong_kind = true;
            String::new()
        }
    };
    if text.trim().is_empty() {
        text = match message.remove("text_entities") {
            Some(Value::Array(parts)) => join(parts, &mut odd),
            _ => String::new(),
        };
    }
    let empty = text.trim().is_empty();
    if wrong_kind {
        let done = if empty {
            "skipped"
        } else {
            "read from `text_entities`"
        };
        out.warn(
            origin,
            format!("{at}`text` is neither a string nor a list of parts; {done}"),
        );
    }
    if odd && !empty {
        out.warn(
            origin,
            format!("{at}parts of `text` that hold no text left out"),
        );
    }
    (!empty).then_some(text)
}

/// Joins a message's text parts: plain strings, and entities
/// (`{"type": "bold", "text": "…"}`) by their `text`. `odd` is set when a
/// part is neither.
fn join(parts: Vec<Value>, odd: &mut bool) -> String {
    let mut text = String::new();
    for part in parts {
        match part {
            Value::String(s) => text.push_str(&s),
            Value::Object(entity) => match entity.get("text") {
                Some(Value::String(s)) => text.push_str(s),
                _ => *odd = true,
            },
            _ => *odd = true,
        }
    }
    text
}

/// A string field, trimmed, or `None` when it is missing, empty or of
/// another kind (a deleted account's `from` is `null`).
fn string(message: &Map<String, Value>, key: &str) -> Option<String> {
    match message.get(key) {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        _ => None,
    }
}

/// The date and the time as shown of a moment given as local time in
/// `local` (`2025-07-04T08:15:00`) or, failing that, as seconds in `unix`
/// (a string or a number; shown as UTC). `Err` holds the value of `local`
/// when neither can be read but `local` is there.
fn posted(
    message: &Map<String, Value>,
    local: &str,
    unix: &str,
) -> Result<Option<(chrono::NaiveDate, String)>, String> {
    let local_value = message.get(local).filter(|v| !v.is_null());
    if let Some(t) = local_value.and_then(Value::as_str).and_then(local_time) {
        return Ok(Some((t.date(), t.format("%Y-%m-%d %H:%M").to_string())));
    }
    let seconds = match message.get(unix) {
        Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
        Some(Value::Number(n)) => n.as_i64(),
        _ => None,
    };
    if let Some(t) = seconds.and_then(|s| DateTime::from_timestamp(s, 0)) {
        let t = t.naive_utc();
        return Ok(Some((t.date(), t.format("%Y-%m-%d %H:%M UTC").to_string())));
    }
    match local_value {
        Some(v) => Err(v.to_string()),
        None => Ok(None),
    }
}

/// Local time as the export writes it, with or without seconds; an
/// offset, when one is given, is dropped, since the local time is what
/// the reader of the channel saw.
fn local_time(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .or_else(|| {
            DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|t| t.naive_local())
        })
}

/// What media the message carries: its `media_type` (`video_file`,
/// `sticker`…), or `photo` or `file` when only those fields say so.
fn media(message: &Map<String, Value>) -> Option<String> {
    string(message, "media_type").or_else(|| {
        ["photo", "file"]
            .into_iter()
            .find(|k| message.get(*k).is_some_and(|v| !v.is_null()))
            .map(str::to_string)
    })
}

#[cfg(test)]
mod tests {
    use super::super::json::load_json;
    use super::*;
    use crate::model::Language;
    use chrono::NaiveDate;

    fn read(src: &str) -> Loaded {
        let mut out = Loaded::default();
        load_json("result", "export/result.json", src, &mut out);
        out
    }

    fn meta(a: &Article) -> Vec<(&str, &str)> {
        a.meta
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    /// One channel's export holding `messages` (a JSON list's insides).
    fn channel(messages: &str) -> String {
        format!(
            r#"{{"name": "Air Force", "type": "public_channel", "id": 1380246547,
                "username": "@kpszsu", "messages": [{messages}]}}"#
        )
    }

    #[test]
    fn string_text() {
        let out = read(&channel(
            r#"{"id": 101, "type": "message", "date": "2025-07-04T08:15:00",
                "date_unixtime": "1751606100", "from": "Air Force", "from_id": "channel1380246547",
                "text": "Уночі ворог атакував 52 дронами.\nЗбито 40."}"#,
        ));
        assert_eq!(out.messages(), Vec::<String>::new());
        assert_eq!(out.ids(), ["kpszsu/101"]);
        let a = &out.articles[0];
        assert_eq!(&*a.text, "Уночі ворог атакував 52 дронами.\nЗбито 40.");
        assert_eq!(a.title.as_deref(), Some("Уночі ворог атакував 52 дронами."));
        assert_eq!(
            a.zones,
            vec![0..a.text.len()],
            "the title is read once, as text"
        );
        assert_eq!(a.source.as_deref(), Some("Air Force"));
        assert_eq!(a.url.as_deref(), Some("https://t.me/kpszsu/101"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(a.kind, SourceKind::Telegram);
        assert_eq!(a.language, Language::Uk);
        assert_eq!(a.origin, "export/result.json");
        assert_eq!(meta(a), [("Posted", "2025-07-04 08:15")]);
    }

    #[test]
    fn entity_parts_joined_so_offsets_slice() {
        let out = read(&channel(
            r##"{"id": 7, "type": "message", "date": "2025-07-04T08:15:00",
                "text": [{"type": "bold", "text": "⚡️ У ніч на 4 липня"}, "\nЗбито ",
                         {"type": "bold", "text": "17"}, " 🛩 ракет, ",
                         {"type": "hashtag", "text": "#ППО"}, " ",
                         {"type": "text_link", "text": "деталі", "href": "https://example.com/a"},
                         " ", {"type": "custom_emoji", "text": "🇺🇦", "document_id": "x.webp"}],
                "text_entities": [{"type": "plain", "text": "stale"}]}"##,
        ));
        assert_eq!(out.messages(), Vec::<String>::new());
        let a = &out.articles[0];
        let want = "⚡️ У ніч на 4 липня\nЗбито 17 🛩 ракет, #ППО деталі 🇺🇦";
        assert_eq!(&*a.text, want);
        assert_eq!(a.title.as_deref(), Some("⚡️ У ніч на 4 липня"));
        let at = a.text.find("17").unwrap();
        assert_eq!(&a.text[at..at + 2], "17");
        assert_eq!(&a.text[a.zones[0].clone()], want);
    }

    #[test]
    fn text_entities_when_text_is_empty() {
        let out = read(&channel(
            r#"{"id": 8, "type": "message", "date": "2025-07-04T08:15:00", "text": "",
                "text_entities": [{"type": "plain", "text": "Russia launched "},
                                  {"type": "bold", "text": "52"}, {"type": "plain", "text": " drones."}]},
               {"id": 9, "type": "message", "date": "2025-07-04T08:16:00", "text": [],
                "text_entities": [{"type": "plain", "text": "Nine."}]}"#,
        ));
        assert_eq!(out.messages(), Vec::<String>::new());
        assert_eq!(out.ids(), ["kpszsu/8", "kpszsu/9"]);
        assert_eq!(&*out.articles[0].text, "Russia launched 52 drones.");
        assert_eq!(&*out.articles[1].text, "Nine.");
    }

    #[test]
    fn service_empty_and_media_only_pass_quietly() {
        let out = read(&channel(
            r#"{"id": 1, "type": "service", "date": "2025-07-04T08:00:00", "actor": "Air Force",
                "actor_id": "channel1380246547", "action": "pin_message", "message_id": 3,
                "text": "", "text_entities": []},
               {"id": 2, "type": "message", "date": "2025-07-04T08:01:00", "photo": "photos/photo_2.jpg",
                "width": 1280, "height": 720, "text": "", "text_entities": []},
               {"id": 3, "type": "message", "date": "2025-07-04T08:02:00", "text": "  \n "},
               {"id": 4, "type": "message", "date": "2025-07-04T08:03:00", "media_type": "sticker",
                "sticker_emoji": "👍", "file": "stickers/s.webp", "text": []},
               {"id": 5, "type": "message", "date": "2025-07-04T08:04:00"},
               {"id": 6, "type": "unsupported", "text": "Update the app."},
               {"id": 7, "type": "message", "date": "2025-07-04T08:05:00",
                "photo": "photos/photo_7.jpg", "width": 1280, "height": 720,
                "text": "Наслідки атаки на Київ."}"#,
        ));
        assert_eq!(out.messages(), Vec::<String>::new());
        assert_eq!(
            out.ids(),
            ["kpszsu/7"],
            "a photo with a caption is an article"
        );
        assert_eq!(
            meta(&out.articles[0]),
            [("Posted", "2025-07-04 08:05"), ("Media", "photo")]
        );
    }

    #[test]
    fn edited_forwarded_and_author_are_kept() {
        let out = read(&channel(
            r#"{"id": 11, "type": "message", "date": "2025-07-04T08:15:00",
                "edited": "2025-07-04T09:02:30", "edited_unixtime": "1751608950",
                "from": "Air Force", "forwarded_from": "Kyiv City Military Administration",
                "author": "Duty officer", "text": "Fourteen people were injured."},
               {"id": 12, "type": "message", "date": "2025-07-04T08:20:00",
                "edited_unixtime": 1751611200, "from": "Ihor", "forwarded_from": null,
                "text": "Twelve."}"#,
        ));
        assert_eq!(out.messages(), Vec::<String>::new());
        assert_eq!(
            meta(&out.articles[0]),
            [
                ("Posted", "2025-07-04 08:15"),
                ("Edited", "2025-07-04 09:02"),
                ("Author", "Duty officer"),
                ("Forwarded from", "Kyiv City Military Administration"),
            ]
        );
        assert_eq!(
            meta(&out.articles[1]),
            [
                ("Posted", "2025-07-04 08:20"),
                ("Edited", "2025-07-04 06:40 UTC"),
                ("From", "Ihor"),
            ]
        );
    }

    #[test]
    fn channel_from_username_id_name_or_stem() {
        let msg = r#"{"id": 5, "type": "message", "date": "2025-07-04T08:15:00", "text": "Five."}"#;
        let out = read(&format!(
            r#"{{"name": "Air Force", "id": 1380246547, "username": "https://t.me/kpszsu",
                 "messages": [{msg}]}}"#
        ));
        assert_eq!(out.ids(), ["kpszsu/5"]);
        assert_eq!(
            out.articles[0].url.as_deref(),
            Some("https://t.me/kpszsu/5")
        );

        let out = read(&format!(
            r#"{{"name": "Air Force", "type": "public_channel", "id": 1380246547, "messages": [{msg}]}}"#
        ));
        assert_eq!(out.ids(), ["1380246547/5"]);
        assert_eq!(out.articles[0].url, None, "no username, no link");
        assert_eq!(out.articles[0].source.as_deref(), Some("Air Force"));

        let out = read(&format!(
            r#"{{"name": "Повітряні сили ЗС України!", "id": null, "username": "no such/name",
                 "messages": [{msg}]}}"#
        ));
        assert_eq!(out.ids(), ["повітряні-сили-зс-україни/5"]);
        assert_eq!(out.articles[0].url, None);

        let out = read(&format!(r#"{{"id": "-100123", "messages": [{msg}]}}"#));
        assert_eq!(out.ids(), ["-100123/5"]);
        let out = read(&format!(r#"{{"name": "…", "messages": [{msg}]}}"#));
        assert_eq!(out.ids(), ["result/5"]);
    }

    #[test]
    fn unix_time_alone_is_utc() {
        let out = read(&channel(
            r#"{"id": 1, "type": "message", "date_unixtime": "1751581800", "text": "One."},
               {"id": 2, "type": "message", "date_unixtime": 1751606100, "text": "Two."},
               {"id": 3, "type": "message", "date": "2025-07-04T01:30:00",
                "date_unixtime": "1751581800", "text": "Three."}"#,
        ));
        assert_eq!(out.messages(), Vec::<String>::new());
        let dates: Vec<_> = out.articles.iter().map(|a| a.date).collect();
        assert_eq!(
            dates,
            [
                NaiveDate::from_ymd_opt(2025, 7, 3),
                NaiveDate::from_ymd_opt(2025, 7, 4),
                NaiveDate::from_ymd_opt(2025, 7, 4),
            ],
            "the local date wins when both are given"
        );
        assert_eq!(meta(&out.articles[0]), [("Posted", "2025-07-03 22:30 UTC")]);
        assert_eq!(meta(&out.articles[2]), [("Posted", "2025-07-04 01:30")]);
    }

    #[test]
    fn whole_account_export() {
        let out = read(
            r#"{"about": "Here is the data you requested.",
                "personal_information": {"user_id": 1, "first_name": "A"},
                "chats": {"about": "chats", "list": [
                  {"name": "Kyiv Post", "type": "public_channel", "id": 111, "username": "KyivPost",
                   "messages": [{"id": 1, "type": "message", "date": "2025-07-04T08:00:00",
                                 "from": "Kyiv Post", "text": "Russia fired 11 missiles."}]},
                  {"name": "Friends", "type": "private_group", "id": 222},
                  "junk",
                  {"name": "Saved", "type": "saved_messages", "id": 333,
                   "messages": [{"id": 9, "type": "message", "date": "2025-07-05T10:00:00",
                                 "from": "Me", "text": "Note: 5 drones."},
                                {"id": 10, "type": "message", "text": 5}]}]},
                "left_chats": {"about": "left", "list": [
                  {"name": "Old channel", "type": "public_channel", "id": 444,
                   "messages": [{"id": 3, "type": "message", "date": "2024-01-01T00:00:00",
                                 "text": "Old news."}]}]}}"#,
        );
        assert_eq!(out.ids(), ["KyivPost/1", "333/9", "444/3"]);
        assert_eq!(out.articles[1].source.as_deref(), Some("Saved"));
        assert_eq!(
            meta(&out.articles[1]),
            [("Posted", "2025-07-05 10:00"), ("From", "Me")]
        );
        assert_eq!(
            out.messages(),
            [
                "export/result.json: chat 222: no `messages` list; chat skipped",
                "export/result.json: chats #3: not a JSON object; skipped",
                "export/result.json: chat 333: message 10: \
                 `text` is neither a string nor a list of parts; skipped",
            ]
        );
    }

    #[test]
    fn a_bad_message_is_warned_and_the_rest_load() {
        let out = read(&channel(
            r#"{"id": 1, "type": "message", "date": "2025-07-04T08:00:00", "text": "First."},
               42,
               {"id": 1234, "type": "message", "date": "2025-07-04T08:01:00", "text": {"a": 1}},
               {"id": 1235, "type": "message", "date": "2025-07-04T08:02:00", "text": 7,
                "text_entities": [{"type": "plain", "text": "From entities."}]},
               {"id": 1236, "type": "message", "date": "yesterday", "text": "Undated."},
               {"type": "message", "date": "2025-07-04T08:03:00", "text": "No id."},
               {"id": 1237, "type": "message", "date": "2025-07-04T08:04:00",
                "text": ["Part ", 5, null, ["nested"], {"type": "bold"}, {"type": "bold", "text": "two."}]},
               {"id": 1238, "type": 3, "text": "Odd type."},
               {"id": 1239, "type": "message", "date": "2025-07-04T08:05:00", "text": "Last."}"#,
        ));
        assert_eq!(
            out.ids(),
            [
                "kpszsu/1",
                "kpszsu/1235",
                "kpszsu/1236",
                "kpszsu/1237",
                "kpszsu/1239"
            ]
        );
        assert_eq!(&*out.articles[1].text, "From entities.");
        assert_eq!(out.articles[2].date, None);
        assert_eq!(&*out.articles[3].text, "Part two.");
        assert_eq!(
            out.messages(),
            [
                "export/result.json: message #2: not a JSON object; skipped",
                "export/result.json: message 1234: \
                 `text` is neither a string nor a list of parts; skipped",
                "export/result.json: message 1235: \
                 `text` is neither a string nor a list of parts; read from `text_entities`",
                "export/result.json: message 1236: unparseable date \"yesterday\"; date left empty",
                "export/result.json: message #6: no message `id`; skipped",
                "export/result.json: message 1237: parts of `text` that hold no text left out",
                "export/result.json: message 1238: `type` is not a string; skipped",
            ]
        );
    }

    #[test]
    fn odd_shapes_do_not_panic() {
        let odd = [
            r#"{"messages": []}"#,
            r#"{"messages": [null, [], [[1]], true, "text", 1e308]}"#,
            r#"{"name": 5, "id": 1.5, "username": ["x"], "messages": [{"id": "77", "text": "Seventy-seven."}]}"#,
            r#"{"messages": [{"id": -1, "type": null, "date": 20250704, "date_unixtime": "-99999999999999999",
                              "edited": [], "edited_unixtime": 1e300, "from": null, "author": 3,
                              "forwarded_from": {}, "media_type": null, "photo": null, "text": "x"}]}"#,
            r#"{"messages": [{"id": {}, "text": "x"}, {"id": [], "text": null, "text_entities": "x"},
                             {"id": 2, "text": null, "text_entities": [null, 1, {"text": {}}]}]}"#,
            r#"{"messages": [{"id": 3, "date_unixtime": "9999999999999", "text": "Far future."}]}"#,
            r#"{"chats": {"list": []}}"#,
            r#"{"chats": {"list": [null, 1, {"messages": null}, {"messages": {}}]}, "left_chats": 4}"#,
            r#"{"chats": {"list": [{}]}, "left_chats": {"list": "no"}}"#,
        ];
        for src in odd {
            let out = read(src);
            for a in &out.articles {
                assert!(a.text.get(a.zones[0].clone()).is_some(), "{src}");
            }
        }
        let out = read(odd[2]);
        assert_eq!(out.ids(), ["result/77"]);
        let out = read(odd[3]);
        assert_eq!(out.ids(), ["result/-1"]);
        assert_eq!(
            out.messages(),
            ["export/result.json: message -1: unparseable date 20250704; date left empty"]
        );
    }

    #[test]
    fn export_cut_short() {
        let full = channel(
            r#"{"id": 1, "type": "message", "date": "2025-07-04T08:00:00", "text": "One."}"#,
        );
        let out = read(&full[..full.len() - 10]);
        assert!(out.articles.is_empty());
        assert_eq!(out.warnings.len(), 1);
        assert_eq!(out.warnings[0].origin, "export/result.json");
        assert!(
            out.warnings[0]
                .message
                .starts_with("Telegram export cut short or broken: "),
            "{:?}",
            out.warnings
        );
    }

    #[test]
    fn an_export_cut_short_keeps_its_whole_messages() {
        let full = channel(
            r#"{"id": 1, "type": "message", "date": "2025-07-04T08:00:00", "text": "Збито 40 дронів і ракет."},
               {"id": 2, "type": "message", "date": "2025-07-04T09:00:00", "text": "Збито 50 дронів і ракет."},
               {"id": 3, "type": "message", "date": "2025-07-04T10:00:00", "text": "Збито 60."}"#,
        );
        let cut = full.find("Збито 60").unwrap();
        let out = read(&full[..cut]);
        assert_eq!(out.ids(), ["kpszsu/1", "kpszsu/2"]);
        assert_eq!(out.articles[1].source.as_deref(), Some("Air Force"));
        assert_eq!(out.warnings.len(), 1);
        assert!(
            out.warnings[0].message.ends_with("the 2 whole messages before it are read"),
            "{:?}",
            out.warnings
        );
    }

    #[test]
    fn a_large_export_loads_every_message() {
        let one = r#"{"id": N, "type": "message", "date": "2025-07-04T08:00:00",
                      "text": [{"type": "bold", "text": "Збито "}, "N дронів."]}"#;
        let list: Vec<String> = (1..=20_000)
            .map(|n| one.replace('N', &n.to_string()))
            .collect();
        let out = read(&channel(&list.join(",")));
        assert_eq!(out.articles.len(), 20_000);
        assert_eq!(out.articles[19_999].id, "kpszsu/20000");
        assert_eq!(&*out.articles[19_999].text, "Збито 20000 дронів.");
    }
}
