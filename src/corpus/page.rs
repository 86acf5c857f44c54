//! Saved web pages: the article's main text and the page's metadata.

use std::collections::HashMap;

use dom_query::{Document, NodeId, NodeRef};
use dom_smoothie::{Config, Readability, ReadabilityError};
use serde_json::Value;

use super::{Loaded, html};
use crate::model::{Article, SourceKind};
use crate::time::parse_date;

/// The most elements a page may have: news pages have some thousands, and
/// past this one is no article but something generated, which would only
/// cost time.
const MAX_ELEMENTS: usize = 200_000;

/// The deepest elements may nest: real pages stay under a hundred or so
/// levels. Building the tree costs time that grows with the square of the
/// nesting, and the extraction's walks with nesting times size: at this
/// depth a 20 MB page still reads in seconds.
const MAX_DEPTH: usize = 500;

/// The fewest letters and digits outside links that make an article: a
/// line of prose. Fewer are a menu, a banner or an empty page.
const MIN_PROSE: usize = 40;

/// JSON-LD types that describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNews",
    "BlogPosting",
    "LiveBlogPosting",
];

/// Reads a saved page into `out` as one article.
///
/// Its text is the page's main text found by dom_smoothie (menus, footers,
/// related links, banners and scripts left out), as plain paragraphs; the
/// id is `stem`. Title, outlet, canonical URL, date and author come from
/// the page's metadata: OpenGraph and `article:` tags, `<link
/// rel=canonical>`, JSON-LD, `<time datetime>`. A page with no article
/// text, or too big or too deeply nested to read, earns one warning.
pub(super) fn load(stem: &str, origin: &str, contents: &str, out: &mut Loaded) {
    // Refused before a tree is built, which would cost the time spared.
    let shape = html::shape(contents);
    if shape.elements > MAX_ELEMENTS {
        return out.warn(
            origin,
            format!(
                "page too large to read ({} elements, at most {MAX_ELEMENTS}); skipped",
                shape.elements
            ),
        );
    }
    if shape.depth > MAX_DEPTH {
        return out.warn(
            origin,
            format!(
                "page nested too deeply to read ({} levels, at most {MAX_DEPTH}); skipped",
                shape.depth
            ),
        );
    }
    let doc = Document::from(contents);
    let found = Found::read(&doc);
    // Classes are kept, since they tell the furniture left in the content.
    let config = Config {
        keep_classes: true,
        ..Config::default()
    };
    let parsed = Readability::with_document(doc, None, Some(config)).and_then(|mut r| r.parse());
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(ReadabilityError::GrabFailed) => {
            return out.warn(origin, "no article text found; skipped");
        }
        Err(e) => return out.warn(origin, format!("cannot read the page: {e}; skipped")),
    };
    let title = clean(&parsed.title).or_else(|| found.ld.headline.clone());
    let content = Document::fragment(parsed.content);
    remove_furniture(&content);
    // When nothing looks like an article, the extraction falls back to
    // the whole page, which may be no more than a menu or a banner.
    if prose_chars(&content) < MIN_PROSE {
        return out.warn(origin, "no article text found; skipped");
    }
    let text = without_title(html::document_paragraphs(&content), title.as_deref());
    if text.is_empty() {
        return out.warn(origin, "no article text found; skipped");
    }
    let mut article = Article::from_text(stem, text);
    article.title = title;
    article.source = parsed
        .site_name
        .as_deref()
        .and_then(clean)
        .or_else(|| found.ld.publisher.clone());
    article.url = found
        .canonical
        .clone()
        .or_else(|| found.og_url.clone())
        .or_else(|| parsed.url.as_deref().and_then(clean));
    let dates: Vec<&str> = [
        parsed.published_time.as_deref(),
        found.ld.published.as_deref(),
    ]
    .into_iter()
    .flatten()
    .chain(found.times.iter().map(String::as_str))
    .collect();
    article.date = dates.iter().find_map(|d| parse_date(d));
    if let (Some(first), None) = (dates.first(), article.date) {
        out.warn(
            origin,
            format!("unparseable date {first:?}; date left empty"),
        );
    }
    article.origin = origin.to_string();
    article.kind = SourceKind::Page;
    let author = parsed
        .byline
        .as_deref()
        .and_then(clean)
        .or_else(|| found.ld.author.clone());
    if let Some(author) = author {
        article.meta.push(("Author".into(), author));
    }
    super::language::settle(&mut article, None, origin, "", out);
    out.articles.push(article);
}

/// Parts of class and id names that mark page furniture: bylines, dates,
/// view and comment counts, share bars, ads, banners, "see also" boxes.
const FURNITURE: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "author",
    "banner",
    "byline",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "counter",
    "date",
    "dateline",
    "gdpr",
    "incut",
    "meta",
    "newsletter",
    "promo",
    "related",
    "share",
    "sharing",
    "social",
    "subscribe",
    "tags",
    "timestamp",
    "views",
    "widget",
];

/// The most letters and digits an element named as furniture may hold and
/// still be taken out: furniture is short, and a long element with such a
/// name is rather the article under a site-wide class.
const FURNITURE_MAX_CHARS: usize = 200;

/// The share of a block's letters and digits inside links from which it is
/// a list of links ("read also", "subscribe"), not prose.
const LINK_SHARE: f64 = 0.9;

/// Block elements that may be all links.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "aside",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
];

/// Takes out of the extracted content what the extraction let through and
/// a reader skips, since its numbers are no figures of the article: short
/// elements named as furniture, and blocks that are all links.
fn remove_furniture(content: &Document) {
    let tally = tally(content);
    let doomed: Vec<NodeRef> = content
        .root()
        .descendants_it()
        .filter(|node| node.is_element())
        .filter(|node| {
            let (all, links) = tally.get(&node.id).copied().unwrap_or_default();
            (is_named_furniture(node) && all <= FURNITURE_MAX_CHARS)
                || (is_block(node) && all > 0 && share(links, all) >= LINK_SHARE)
        })
        .collect();
    for node in doomed {
        node.remove_from_parent();
    }
}

/// The letters and digits under each node of a fragment, all of them and
/// those inside links, summed from the leaves up in one pass, so that
/// deep nesting costs no more than the text.
fn tally(content: &Document) -> HashMap<NodeId, (usize, usize)> {
    let nodes: Vec<NodeRef> = content.root().descendants_it().collect();
    let mut tally: HashMap<NodeId, (usize, usize)> = HashMap::with_capacity(nodes.len() + 1);
    // Descendants come parents first, so backwards every child is counted
    // before its parent.
    for node in std::iter::once(&content.root()).chain(&nodes).rev() {
        let mut all = if node.is_text() {
            alphanumerics(&node.text())
        } else {
            0
        };
        let mut links = 0;
        for child in node.children_it(false) {
            let (a, l) = tally.get(&child.id).copied().unwrap_or_default();
            all += a;
            links += l;
        }
        if node.has_name("a") {
            links = all;
        }
        tally.insert(node.id, (all, links));
    }
    tally
}

/// Whether an element's class or id names it as furniture.
fn is_named_furniture(node: &NodeRef) -> bool {
    ["class", "id"]
        .iter()
        .filter_map(|a| node.attr(a))
        .any(|names| {
            names
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|part| FURNITURE.contains(&part))
        })
}

/// Whether an element is a block that may be all links.
fn is_block(node: &NodeRef) -> bool {
    node.node_name().is_some_and(|n| BLOCKS.contains(&&*n))
}

/// The share `part` is of `whole`.
#[allow(clippy::cast_precision_loss)]
fn share(part: usize, whole: usize) -> f64 {
    part as f64 / whole.max(1) as f64
}

/// How many letters and digits a text holds.
fn alphanumerics(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// The letters and digits of a fragment outside its links.
fn prose_chars(content: &Document) -> usize {
    let (all, links) = tally(content)
        .get(&content.root().id)
        .copied()
        .unwrap_or_default();
    all - links
}

/// Text with its white space collapsed, or `None` when there is none.
fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The text without a first paragraph that only repeats the title: the
/// title is metadata, not prose.
fn without_title(text: String, title: Option<&str>) -> String {
    let Some(title) = title else { return text };
    let (first, rest) = text.split_once("\n\n").unwrap_or((&text, ""));
    if clean(first).is_some_and(|f| f.to_lowercase() == title.to_lowercase()) {
        rest.to_string()
    } else {
        text
    }
}

/// Metadata the extraction crate does not give, read from the page before
/// the extraction changes it.
#[derive(Debug, Default)]
struct Found {
    /// `<link rel="canonical">`.
    canonical: Option<String>,
    /// `<meta property="og:url">`.
    og_url: Option<String>,
    /// Publication times written in the markup, likeliest first:
    /// `itemprop="datePublished"`, `<time>` inside the article, any `<time>`.
    times: Vec<String>,
    /// What JSON-LD says, for the layouts the crate passes over
    /// (`@graph`, several blocks).
    ld: LinkedData,
}

impl Found {
    fn read(doc: &Document) -> Found {
        let attr = |selector: &str, name: &str| {
            doc.select(selector)
                .iter()
                .find_map(|s| s.attr(name).as_deref().and_then(clean))
        };
        let mut times = Vec::new();
        for (selector, name) in [
            ("meta[itemprop=datePublished]", "content"),
            ("[itemprop=datePublished][datetime]", "datetime"),
            ("article time[datetime]", "datetime"),
            ("time[datetime]", "datetime"),
        ] {
            times.extend(attr(selector, name));
        }
        let ld = doc
            .select(r#"script[type="application/ld+json"]"#)
            .iter()
            .filter_map(|s| serde_json::from_str::<Value>(s.text().trim()).ok())
            .map(|v| LinkedData::read(&v))
            .fold(LinkedData::default(), LinkedData::or);
        Found {
            canonical: attr("link[rel~=canonical]", "href"),
            og_url: attr("meta[property=\"og:url\"]", "content"),
            times,
            ld,
        }
    }
}

/// The article's metadata as JSON-LD gives it.
#[derive(Debug, Default, PartialEq)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
}

impl LinkedData {
    /// The first article object in a JSON-LD value, searched without
    /// recursion through arrays and `@graph`; any object with a
    /// `datePublished` when none is typed as an article.
    fn read(value: &Value) -> LinkedData {
        let mut article = None;
        let mut dated = None;
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    let typed = match map.get("@type") {
                        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                        Some(Value::Array(ts)) => ts
                            .iter()
                            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                        _ => false,
                    };
                    if typed {
                        article = Some(map);
                        break;
                    }
                    if dated.is_none() && map.contains_key("datePublished") {
                        dated = Some(map);
                    }
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                }
                _ => {}
            }
        }
        let Some(map) = article.or(dated) else {
            return LinkedData::default();
        };
        let string = |v: Option<&Value>| v.and_then(Value::as_str).and_then(clean);
        let name = |v: Option<&Value>| match v {
            Some(Value::String(s)) => clean(s),
            Some(Value::Object(o)) => string(o.get("name")),
            Some(Value::Array(items)) => {
                let names: Vec<String> = items
                    .iter()
                    .filter_map(|i| match i {
                        Value::String(s) => clean(s),
                        Value::Object(o) => string(o.get("name")),
                        _ => None,
                    })
                    .collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        };
        LinkedData {
            headline: string(map.get("headline")).or_else(|| string(map.get("name"))),
            published: string(map.get("datePublished")),
            publisher: name(map.get("publisher")),
            author: name(map.get("author")),
        }
    }

    /// Each field from `self`, else from `other`.
    fn or(self, other: LinkedData) -> LinkedData {
        LinkedData {
            headline: self.headline.or(other.headline),
            published: self.published.or(other.published),
            publisher: self.publisher.or(other.publisher),
            author: self.author.or(other.author),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn load_page(src: &str) -> Loaded {
        let mut out = Loaded::default();
        load("night", "saved/night.html", src, &mut out);
        out
    }

    /// Prose long enough for the extraction to take it for an article.
    const BODY: &str = "<p>Russia launched 72 drones and two ballistic missiles at Ukraine \
        overnight, the air force said on Tuesday morning, adding that the attack targeted \
        the capital and several regions in the east and the south of the country.</p>\
        <p>Air defence units shot down 60 of the drones over the north, the east and the \
        centre, while another eight were lost to electronic warfare before they reached \
        their targets, according to the statement published after the all-clear.</p>\
        <p>In Kharkiv, three people were injured when debris fell on a residential street, \
        the regional governor wrote, and emergency crews worked through the morning to put \
        out fires in two private houses and a warehouse nearby.</p>";

    fn page(head: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head>\
             <body>{body}</body></html>"
        )
    }

    #[test]
    fn metadata_from_open_graph() {
        let head = r#"<title>Overnight attack | Wire</title>
            <meta property="og:title" content="Russia launches 72 drones overnight">
            <meta property="og:site_name" content="Kyiv Wire">
            <meta property="og:url" content="https://wire.example/og">
            <link rel="canonical" href="https://wire.example/news/72-drones">
            <meta property="article:published_time" content="2025-07-08T00:30:00+03:00">
            <meta name="author" content="Olena Petrenko">"#;
        let out = load_page(&page(head, &format!("<article>{BODY}</article>")));
        assert_eq!(out.messages(), Vec::<String>::new());
        let a = &out.articles[0];
        assert_eq!(a.id, "night");
        assert_eq!(a.origin, "saved/night.html");
        assert_eq!(a.kind, SourceKind::Page);
        assert_eq!(
            a.title.as_deref(),
            Some("Russia launches 72 drones overnight")
        );
        assert_eq!(a.source.as_deref(), Some("Kyiv Wire"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://wire.example/news/72-drones")
        );
        // The writer's day, not UTC's (the 7th).
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 8));
        assert_eq!(
            a.meta,
            [("Author".to_string(), "Olena Petrenko".to_string())]
        );
        assert!(
            a.text.starts_with("Russia launched 72 drones"),
            "{}",
            a.text
        );
        assert_eq!(
            a.text.matches("\n\n").count(),
            2,
            "three paragraphs: {}",
            a.text
        );
        assert_eq!(a.zones, vec![0..a.text.len()], "the title is metadata");
    }

    #[test]
    fn metadata_from_json_ld_and_time() {
        let head = r#"<title>Night</title>
            <script type="application/ld+json">{"@context": "https://schema.org",
              "@graph": [{"@type": "WebSite", "name": "Site"},
                         {"@type": "NewsArticle", "headline": "Drones over Kyiv",
                          "datePublished": "2025-07-09T01:10:00+03:00",
                          "author": [{"@type": "Person", "name": "Iryna Koval"}],
                          "publisher": {"@type": "Organization", "name": "Graph News"}}]}
            </script>"#;
        let out = load_page(&page(head, &format!("<article>{BODY}</article>")));
        let a = &out.articles[0];
        assert_eq!(a.source.as_deref(), Some("Graph News"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 9));
        assert_eq!(a.meta, [("Author".to_string(), "Iryna Koval".to_string())]);

        // Only a <time> element dates this one.
        let body = format!(
            "<article><time datetime=\"2025-07-10T00:05:00+03:00\">10 July</time>{BODY}</article>"
        );
        let out = load_page(&page("<title>T</title>", &body));
        assert_eq!(out.articles[0].date, NaiveDate::from_ymd_opt(2025, 7, 10));
        assert_eq!(out.articles[0].url, None);
    }

    #[test]
    fn boilerplate_is_left_out() {
        let body = format!(
            r##"<div id="cookie-banner" class="cookie-consent">We use 12 cookies. <button>Accept all</button></div>
            <header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li>
              <li><a href="/war">War: 1,000 days</a></li><li><a href="/live">Live</a></li></ul></nav></header>
            <main><article class="post"><h1>Russia launches 72 drones overnight</h1>
              <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a></div>
              <div class="article-info"><span class="author">Olena Petrenko</span>
                <span class="views">Views: 10 412</span></div>
              {BODY}
              <div class="see-also"><a href="/x">See also: 6 drones downed near Moscow</a></div>
              <div class="comments-count">45 comments</div></article>
            <aside class="related"><h3>Related articles</h3><ul>
              <li><a href="/a">Russia launched 550 drones in record attack</a></li>
              <li><a href="/b">Five killed in Odesa strike</a></li></ul></aside></main>
            <footer class="site-footer"><p>© 2025 Wire. 24 Main Street.</p></footer>
            <script>var views = 9000;</script>"##
        );
        let out = load_page(&page(
            "<title>Russia launches 72 drones overnight</title>",
            &body,
        ));
        assert_eq!(out.messages(), Vec::<String>::new());
        let text = &*out.articles[0].text;
        assert!(text.starts_with("Russia launched 72 drones"), "{text}");
        assert!(text.ends_with("and a warehouse nearby."), "{text}");
        for noise in [
            "cookies",
            "1,000",
            "Facebook",
            "comments",
            "550",
            "Five killed",
            "©",
            "9000",
            "launches",
        ] {
            assert!(!text.contains(noise), "{noise:?} in {text}");
        }
    }

    #[test]
    fn a_page_in_a_declared_legacy_charset() {
        let uk = "<p>Уночі росіяни запустили 72 ударні дрони, повідомили Повітряні сили. \
                  Сили протиповітряної оборони збили 60 із них над північчю та сходом.</p>";
        let ru = "<p>Ночью над регионами России были перехвачены 30 беспилотников, \
                  сообщили в Министерстве обороны. Пострадавших нет.</p>";
        for (charset, body) in [("windows-1251", uk), ("KOI8-R", ru)] {
            let src = format!(
                "<html><head><meta charset=\"{charset}\"><title>Night</title></head>\
                 <body><article>{body}</article></body></html>"
            );
            let encoding = encoding_rs::Encoding::for_label(charset.as_bytes()).unwrap();
            let (bytes, _, unmappable) = encoding.encode(&src);
            assert!(!unmappable);
            let mut out = Loaded::default();
            let contents =
                super::super::files::decode("saved/night.html", bytes.into_owned(), &mut out)
                    .unwrap();
            load("night", "saved/night.html", &contents, &mut out);
            assert_eq!(
                out.messages(),
                [format!(
                    "saved/night.html: {} text, as its markup declares, read as UTF-8: \
                     its offsets count the bytes of the text as UTF-8",
                    encoding.name()
                )]
            );
            let text = &*out.articles[0].text;
            assert_eq!(text, &html::paragraphs(body), "{charset}");
        }
    }

    #[test]
    fn a_page_without_article_text_is_skipped() {
        let title = "A headline long enough to pass for a line of prose on its own";
        for body in [
            "<nav><a href=\"/\">Home</a></nav>".to_string(),
            format!("<article><h1>{title}</h1></article>"),
            String::new(),
        ] {
            let out = load_page(&page(&format!("<title>{title}</title>"), &body));
            assert!(out.articles.is_empty(), "{body}");
            assert_eq!(
                out.messages(),
                ["saved/night.html: no article text found; skipped"],
                "{body}"
            );
        }
    }

    /// Loads a page on a thread with the small stack of a folder's
    /// worker threads, timed.
    fn load_on_small_stack(src: String) -> (Loaded, std::time::Duration) {
        let started = std::time::Instant::now();
        let out = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || load_page(&src))
            .unwrap()
            .join()
            .unwrap();
        (out, started.elapsed())
    }

    #[test]
    fn a_deeply_nested_page_is_refused_quickly() {
        let n = 100_000;
        let src = format!("{}<p>Deep 5.</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let (out, took) = load_on_small_stack(src);
        assert!(took.as_secs() < 5, "{took:?}");
        assert!(out.articles.is_empty());
        assert_eq!(
            out.messages(),
            [
                "saved/night.html: page nested too deeply to read (100000 levels, at most 500); skipped"
            ]
        );
    }

    #[test]
    fn a_page_nested_up_to_the_limit_is_read() {
        let n = MAX_DEPTH - 10;
        let src = page(
            "<title>Deep</title>",
            &format!(
                "{}<article>{BODY}</article>{}",
                "<div>".repeat(n),
                "</div>".repeat(n)
            ),
        );
        let (out, took) = load_on_small_stack(src);
        assert!(took.as_secs() < 20, "{took:?}");
        assert_eq!(out.messages(), Vec::<String>::new());
        assert!(
            out.articles[0]
                .text
                .starts_with("Russia launched 72 drones")
        );
    }

    #[test]
    fn a_large_page_finishes() {
        // About 20 MB of paragraphs.
        let src = page(
            "<title>Long</title>",
            &format!("<article>{}</article>", BODY.repeat(30_000)),
        );
        assert!(src.len() > 20_000_000);
        let started = std::time::Instant::now();
        let out = load_page(&src);
        assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
        assert_eq!(
            out.articles.len() + out.warnings.len(),
            1,
            "{:?}",
            out.warnings
        );
    }
}
