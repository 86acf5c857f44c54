//! RSS and Atom feeds saved as files: each item an article.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::{Arc, LazyLock, Mutex};

use chrono::{DateTime, NaiveTime, Utc};
use feed_rs::model::{Content, Entry, Feed, Text};
use feed_rs::parser::Builder;
use regex::Regex;

use super::{Loaded, html};
use crate::caught::caught;
use crate::model::{Article, SourceKind};
use crate::time::parse_date;

/// Reads a feed's items into `out` as articles.
///
/// RSS 2.0, RSS 1.0 and Atom are read. Item `n` (from 1) gets the id
/// `{stem}:{n}`; its title, link, date and author are metadata, its text
/// the fullest of `content:encoded`, Atom `content` and
/// `description`/`summary`, as plain paragraphs. The feed's own title is
/// every item's source. A file that is no feed earns one warning, an item
/// without text one naming it.
pub(super) fn load(stem: &str, origin: &str, contents: &str, out: &mut Loaded) {
    let unread = Arc::new(Mutex::new(BTreeSet::new()));
    // A parser that panicked is left half-way through a document, so the
    // second reading below needs a new one.
    let parser = || {
        let unread = Arc::clone(&unread);
        Builder::new()
            .timestamp_parser(move |text| {
                let time = as_written(text);
                if time.is_none()
                    && let Ok(mut unread) = unread.lock()
                {
                    unread.insert(text.trim().to_string());
                }
                time
            })
            .build()
    };
    let xml = utf8_declared(contents.trim_start_matches('\u{feff}'));
    let parsed = caught(|| parser().parse(xml.as_bytes())).or_else(|fault| {
        // feed-rs panics on some contact fields (an address beside a
        // non-ASCII letter); the items matter more than who wrote them.
        out.warn(
            origin,
            format!("the feed's author fields could not be read ({fault}); left out"),
        );
        let xml = without_contacts(&xml);
        caught(|| parser().parse(xml.as_bytes()))
    });
    let feed = match parsed {
        Ok(Ok(feed)) => feed,
        Ok(Err(e)) => return out.warn(origin, format!("not an RSS or Atom feed: {e}; skipped")),
        Err(fault) => {
            return out.warn(
                origin,
                format!("the feed could not be read ({fault}); skipped"),
            );
        }
    };
    if feed.entries.is_empty() {
        out.warn(origin, "feed has no items; skipped");
    }
    let source = feed_title(&feed);
    for (i, entry) in feed.entries.into_iter().enumerate() {
        add_entry(entry, i + 1, stem, origin, source.as_deref(), out);
    }
    if let Ok(unread) = unread.lock() {
        for text in unread.iter() {
            out.warn(
                origin,
                format!("unparseable date {text:?}; date left empty"),
            );
        }
    }
}

/// `xml` with its RSS contact elements (`author`, `managingEditor`,
/// `webMaster`) emptied.
fn without_contacts(xml: &str) -> Cow<'_, str> {
    static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?s)(<author\b[^>]*>).*?(</author>)|(<managingEditor\b[^>]*>).*?(</managingEditor>)|(<webMaster\b[^>]*>).*?(</webMaster>)",
        )
        .unwrap()
    });
    CONTACT.replace_all(xml, "$1$3$5$2$4$6")
}

/// The feed's title, the source of each of its items.
fn feed_title(feed: &Feed) -> Option<String> {
    feed.title.as_ref().map(text_line).filter(|s| !s.is_empty())
}

/// Turns item `n` into an article, or warns why not.
fn add_entry(
    entry: Entry,
    n: usize,
    stem: &str,
    origin: &str,
    source: Option<&str>,
    out: &mut Loaded,
) {
    let title = entry
        .title
        .as_ref()
        .map(text_line)
        .filter(|s| !s.is_empty());
    let text = [
        entry.content.as_ref().and_then(content_text),
        entry.summary.as_ref().map(text_paragraphs),
    ]
    .into_iter()
    .flatten()
    .max_by_key(String::len)
    .filter(|t| !t.is_empty());
    let Some(text) = text else {
        let named = title
            .as_deref()
            .map(|t| format!(" {t:?}"))
            .unwrap_or_default();
        return out.warn(origin, format!("item {n}{named}: no text; skipped"));
    };
    let mut article = Article::from_text(format!("{stem}:{n}"), text);
    article.title = title;
    article.source = source.map(str::to_string);
    article.url = link(&entry);
    article.date = entry.published.or(entry.updated).map(|t| t.date_naive());
    article.origin = origin.to_string();
    article.kind = SourceKind::Feed;
    let authors: Vec<String> = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().or(p.email.as_deref()))
        .map(|name| {
            // RSS writes "mail@host (Name)", and the parser may keep the brackets.
            let name = name.trim();
            let bare = name.strip_prefix('(').and_then(|n| n.strip_suffix(')'));
            bare.unwrap_or(name).trim().to_string()
        })
        .filter(|name| !name.is_empty())
        .collect();
    if !authors.is_empty() {
        article.meta.push(("Author".into(), authors.join(", ")));
    }
    super::language::settle(&mut article, None, origin, &format!("item {n}: "), out);
    out.articles.push(article);
}

/// The item's own page: its `alternate` link, else its first.
fn link(entry: &Entry) -> Option<String> {
    entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|href| !href.is_empty())
}

/// Whether a media type is plain text rather than markup.
fn is_plain(media_type: &impl AsRef<str>) -> bool {
    let essence = media_type.as_ref().split(';').next().unwrap_or_default();
    essence.trim().eq_ignore_ascii_case("text/plain")
}

/// The paragraphs of an item's content, when it holds text inline.
fn content_text(content: &Content) -> Option<String> {
    let body = content.body.as_deref()?;
    Some(if is_plain(&content.content_type) {
        html::plain_paragraphs(body)
    } else {
        html::paragraphs(body)
    })
}

/// The paragraphs of a text construct, plain or HTML.
fn text_paragraphs(text: &Text) -> String {
    if is_plain(&text.content_type) {
        html::plain_paragraphs(&text.content)
    } else {
        html::paragraphs(&text.content)
    }
}

/// A title or a name as one line.
fn text_line(text: &Text) -> String {
    text_paragraphs(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A feed's time as written, in the writer's own offset.
///
/// feed-rs keeps times as UTC instants, and a Kyiv post at 00:30 +03:00
/// would fall on the day before in UTC; the article's date is the day the
/// writer wrote. So the time handed to feed-rs is the local time written,
/// labelled UTC: its date is that day. Dates without a time (and the other
/// layouts [`parse_date`] reads) count from midnight.
fn as_written(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    // Feeds write "UTC" where RFC 822 wants "+0000" or "GMT".
    let rfc822 = text
        .strip_suffix(" UTC")
        .map_or(Cow::Borrowed(text), |t| Cow::Owned(format!("{t} +0000")));
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_rfc2822(&rfc822))
        .map(|t| t.naive_local().and_utc())
        .ok()
        .or_else(|| parse_date(text).map(|d| d.and_time(NaiveTime::MIN).and_utc()))
}

/// The XML with any declared encoding replaced by UTF-8: the loader has
/// already decoded the file to UTF-8, and the parser would otherwise
/// decode it a second time by the declaration.
fn utf8_declared(xml: &str) -> Cow<'_, str> {
    let start = xml.len() - xml.trim_start().len();
    let rest = &xml[start..];
    let Some(end) = rest.starts_with("<?xml").then(|| rest.find("?>")).flatten() else {
        return Cow::Borrowed(xml);
    };
    let prolog = &rest[..end];
    let Some(at) = prolog.find("encoding") else {
        return Cow::Borrowed(xml);
    };
    let after = &prolog[at + "encoding".len()..];
    let value = after.trim_start().strip_prefix('=').map(str::trim_start);
    let Some(quote) = value
        .and_then(|v| v.chars().next())
        .filter(|q| matches!(q, '"' | '\''))
    else {
        return Cow::Borrowed(xml);
    };
    let value = &value.unwrap_or_default()[1..];
    let Some(len) = value.find(quote) else {
        return Cow::Borrowed(xml);
    };
    if value[..len].eq_ignore_ascii_case("utf-8") {
        return Cow::Borrowed(xml);
    }
    let from = start + prolog.len() - value.len() - 1;
    let to = from + 1 + len + 1;
    Cow::Owned(format!("{}\"UTF-8\"{}", &xml[..from], &xml[to..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn load_feed(src: &str) -> Loaded {
        let mut out = Loaded::default();
        load("wire", "in/wire.rss", src, &mut out);
        out
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Night &amp; Day Wire</title>
  <link>https://wire.example/</link>
  <description>News</description>
  <item>
    <title>Drones over Kyiv</title>
    <link>https://wire.example/1</link>
    <pubDate>Tue, 08 Jul 2025 00:30:00 +0300</pubDate>
    <dc:creator>Olena Petrenko</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>Russia launched <b>72</b> drones.</p><p>Air defence shot down 60.</p>]]></content:encoded>
  </item>
  <item>
    <title>Only a description</title>
    <link>https://wire.example/2</link>
    <pubDate>Mon, 07 Jul 2025 22:15:00 GMT</pubDate>
    <author>desk@wire.example (Night Desk)</author>
    <description>&lt;p&gt;Two people were injured.&lt;br&gt;One was killed.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Empty</title>
    <description>   </description>
  </item>
</channel>
</rss>"#;

    #[test]
    fn an_author_field_the_parser_trips_on_costs_the_authors_not_the_items() {
        let odd = RSS.replace("desk@wire.example (", "desk@wire.example🚀(");
        let out = load_feed(&odd);
        let ids: Vec<_> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["wire:1", "wire:2"]);
        assert!(out.articles[1].text.contains("Two people were injured."));
        let said = out.messages();
        assert!(
            said[0].starts_with("in/wire.rss: the feed's author fields could not be read ("),
            "{said:?}"
        );
        assert!(!out.articles[1].meta.iter().any(|(k, _)| k == "Author"));
    }

    #[test]
    fn rss_items_become_articles() {
        let out = load_feed(RSS);
        assert_eq!(
            out.messages(),
            ["in/wire.rss: item 3 \"Empty\": no text; skipped"]
        );
        let ids: Vec<_> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["wire:1", "wire:2"]);
        let a = &out.articles[0];
        assert_eq!(a.title.as_deref(), Some("Drones over Kyiv"));
        assert_eq!(a.source.as_deref(), Some("Night & Day Wire"));
        assert_eq!(a.url.as_deref(), Some("https://wire.example/1"));
        assert_eq!(a.kind, SourceKind::Feed);
        assert_eq!(a.origin, "in/wire.rss");
        assert_eq!(
            a.meta,
            [("Author".to_string(), "Olena Petrenko".to_string())]
        );
        // content:encoded is fuller than the description, and wins.
        assert_eq!(
            &*a.text,
            "Russia launched 72 drones.\n\nAir defence shot down 60."
        );
        assert_eq!(a.zones, vec![0..a.text.len()], "the title is metadata");

        let b = &out.articles[1];
        assert_eq!(&*b.text, "Two people were injured.\nOne was killed.");
        assert_eq!(b.meta, [("Author".to_string(), "Night Desk".to_string())]);
    }

    #[test]
    fn rfc822_dates_keep_the_local_day() {
        let out = load_feed(RSS);
        // 00:30 +03:00 on the 8th is the 7th in UTC; the writer's day counts.
        assert_eq!(out.articles[0].date, day(2025, 7, 8));
        assert_eq!(out.articles[1].date, day(2025, 7, 7));
    }

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Стрічка новин</title>
  <id>urn:feed</id>
  <updated>2025-07-08T09:00:00+03:00</updated>
  <entry>
    <title>Нічна атака</title>
    <id>urn:1</id>
    <link rel="alternate" href="https://news.example/uk/1"/>
    <link rel="enclosure" href="https://news.example/1.jpg"/>
    <published>2025-07-08T00:40:00+03:00</published>
    <updated>2025-07-08T09:00:00+03:00</updated>
    <author><name>Ірина Коваль</name></author>
    <summary>Коротко.</summary>
    <content type="html">&lt;p&gt;Сили ППО збили 40 дронів.&lt;/p&gt;&lt;p&gt;Ще 12 локаційно втрачено.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Summary only</title>
    <id>urn:2</id>
    <updated>2025-07-07T23:50:00-04:00</updated>
    <summary type="text">Russia fired 3 missiles &lt;and&gt;
      20 drones.

      Nothing else.</summary>
  </entry>
  <entry>
    <title>Summary longer</title>
    <id>urn:3</id>
    <updated>2025-07-08T12:00:00Z</updated>
    <summary type="html">&lt;p&gt;The full report: 5 people were injured in Kharkiv.&lt;/p&gt;</summary>
    <content type="html">&lt;p&gt;5 injured.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>XHTML</title>
    <id>urn:4</id>
    <updated>2025-07-08T12:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Russia launched
      <b>30</b> drones &amp; 2 missiles.</p><p>Air defence shot down 25.</p></div></content>
  </entry>
</feed>"#;

    #[test]
    fn atom_entries_become_articles() {
        let mut out = Loaded::default();
        load("stream", "stream.atom", ATOM, &mut out);
        assert_eq!(out.messages(), Vec::<String>::new());
        let a = &out.articles[0];
        assert_eq!(a.id, "stream:1");
        assert_eq!(a.title.as_deref(), Some("Нічна атака"));
        assert_eq!(a.source.as_deref(), Some("Стрічка новин"));
        assert_eq!(a.url.as_deref(), Some("https://news.example/uk/1"));
        assert_eq!(a.meta, [("Author".to_string(), "Ірина Коваль".to_string())]);
        assert_eq!(
            &*a.text,
            "Сили ППО збили 40 дронів.\n\nЩе 12 локаційно втрачено."
        );
        assert_eq!(a.language, crate::model::Language::Uk);
        // RFC 3339, the day as written, published before updated.
        assert_eq!(a.date, day(2025, 7, 8));

        let b = &out.articles[1];
        // A plain-text summary is not read as markup.
        assert_eq!(
            &*b.text,
            "Russia fired 3 missiles <and> 20 drones.\n\nNothing else."
        );
        assert_eq!(b.date, day(2025, 7, 7), "the writer's day, not UTC's");
        assert_eq!(b.url, None);

        // The fullest of content and summary is the text.
        assert_eq!(
            &*out.articles[2].text,
            "The full report: 5 people were injured in Kharkiv."
        );
        assert_eq!(
            &*out.articles[3].text,
            "Russia launched 30 drones & 2 missiles.\n\nAir defence shot down 25."
        );
    }

    #[test]
    fn rss_1_is_read() {
        let src = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x.example/"><title>RDF wire</title><link>https://x.example/</link>
    <description>d</description></channel>
  <item rdf:about="https://x.example/a"><title>A</title><link>https://x.example/a</link>
    <description>Russia launched 20 drones.</description><dc:date>2025-07-08T00:10:00+03:00</dc:date></item>
</rdf:RDF>"#;
        let out = load_feed(src);
        assert_eq!(out.messages(), Vec::<String>::new());
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.articles[0].source.as_deref(), Some("RDF wire"));
        assert_eq!(&*out.articles[0].text, "Russia launched 20 drones.");
        assert_eq!(out.articles[0].date, day(2025, 7, 8));
    }

    #[test]
    fn bad_input_warns_once() {
        for src in [
            "just some words",
            "<html><body>page</body></html>",
            "<a><b/></a>",
            "<rss version=\"2.0\"><channel><item>",
        ] {
            let out = load_feed(src);
            assert!(out.articles.is_empty(), "{src}");
            assert_eq!(out.warnings.len(), 1, "{src}: {:?}", out.warnings);
            let w = &out.warnings[0].to_string();
            assert!(
                w.starts_with("in/wire.rss: not an RSS or Atom feed: ") && w.ends_with("; skipped"),
                "{w}"
            );
        }
    }

    #[test]
    fn unparseable_dates_warn() {
        let src = r#"<rss version="2.0"><channel><title>T</title>
            <item><title>A</title><pubDate>yesterday</pubDate><description>Text 5.</description></item>
            <item><title>B</title><pubDate>Tue, 08 Jul 2025 06:00:00 UTC</pubDate><description>Text 6.</description></item>
            </channel></rss>"#;
        let out = load_feed(src);
        assert_eq!(out.articles.len(), 2);
        assert_eq!(out.articles[0].date, None);
        assert_eq!(out.articles[1].date, day(2025, 7, 8));
        assert_eq!(
            out.messages(),
            ["in/wire.rss: unparseable date \"yesterday\"; date left empty"]
        );
    }

    #[test]
    fn declared_encoding_is_made_utf8() {
        let src = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<rss version=\"2.0\"><channel>\
                   <title>Лента</title><item><title>Ночь</title>\
                   <description>Сбиты 30 беспилотников.</description></item></channel></rss>";
        let out = load_feed(src);
        assert_eq!(out.messages(), Vec::<String>::new());
        assert_eq!(out.articles[0].source.as_deref(), Some("Лента"));
        assert_eq!(&*out.articles[0].text, "Сбиты 30 беспилотников.");
        assert_eq!(
            utf8_declared("<?xml version='1.0' encoding='KOI8-R' ?><rss/>"),
            "<?xml version='1.0' encoding=\"UTF-8\" ?><rss/>"
        );
        assert_eq!(utf8_declared("<rss/>"), "<rss/>");
    }
}
