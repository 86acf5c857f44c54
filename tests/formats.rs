//! Telegram exports, feeds and saved pages read as the same text would be:
//! every article of `tests/formats/` gives the figures its text gives as a
//! `.txt` file, with offsets that slice to `text` in its body.

use std::path::Path;

use counterclaim::corpus::{self, parse_text};
use counterclaim::extract::extract;
use counterclaim::model::{Article, Figure, SourceKind};
use serde_json::Value;

const FORMATS: &str = "tests/formats";

/// Every article of the format fixtures, with the loader's warnings.
fn fixtures() -> Vec<Article> {
    let loaded = corpus::load(&[Path::new(FORMATS)]);
    // The gold files beside the fixtures are the only thing skipped.
    for w in &loaded.warnings {
        assert!(
            w.origin.ends_with("gold.jsonl"),
            "unexpected warning: {w}"
        );
    }
    loaded.articles
}

/// The article as a text file would hold it: its date and source in a
/// header (they date and label figures), then its text; and how far the
/// header moves every offset.
fn as_text_file(a: &Article) -> (Article, usize) {
    let mut header = String::new();
    if let Some(d) = a.date {
        header.push_str(&format!("Date: {d}\n"));
    }
    if let Some(s) = &a.source {
        header.push_str(&format!("Source: {s}\n"));
    }
    header.push_str(&format!("Language: {}\n\n", a.language.code()));
    let shift = header.len();
    let file = parse_text(&a.id, "file.txt", header + a.text.as_str());
    (file, shift)
}

/// A figure as JSON, without what is bound to where it was read from.
fn comparable(f: &Figure, shift: usize) -> Value {
    let mut v = serde_json::to_value(f).unwrap();
    let obj = v.as_object_mut().unwrap();
    for key in ["start", "end", "sentence_start", "sentence_end"] {
        let n = obj[key].as_u64().unwrap() as usize;
        obj.insert(key.into(), (n - shift).into());
    }
    v
}

#[test]
fn every_kind_of_source_is_among_the_fixtures() {
    let articles = fixtures();
    for kind in [SourceKind::Telegram, SourceKind::Feed, SourceKind::Page] {
        let n = articles.iter().filter(|a| a.kind == kind).count();
        assert!(n >= 3, "{kind:?}: {n} articles");
    }
}

#[test]
fn each_format_gives_the_figures_of_its_text_as_a_text_file() {
    let articles = fixtures();
    let mut figures = 0;
    for a in &articles {
        let got = extract(a);
        for f in &got {
            assert_eq!(
                &a.text[f.start..f.end],
                f.text.as_str(),
                "{}: offsets slice to the figure's text",
                a.id
            );
            assert!(
                a.zones.iter().any(|z| z.contains(&f.start)),
                "{}: {} is in the body",
                a.id,
                f.text.as_str()
            );
        }
        let (file, shift) = as_text_file(a);
        let want: Vec<Value> = extract(&file).iter().map(|f| comparable(f, shift)).collect();
        let got: Vec<Value> = got.iter().map(|f| comparable(f, 0)).collect();
        assert_eq!(got, want, "{} ({}) reads as its text does", a.id, a.origin);
        figures += got.len();
    }
    assert!(figures >= 30, "the fixtures hold {figures} figures");
}

/// One night's report as a post, its forward into another channel, a feed
/// item and a saved page: one claim, counted by articles and outlets.
#[test]
fn a_report_repeated_across_formats_is_one_claim() {
    let dir = tempfile::TempDir::new().unwrap();
    let text = "Russia attacked overnight with 87 drones. Air defence shot down 60 of them, \
                the air force said.";
    // One channel's `result.json` holding one message.
    let channel = |name: &str, id: u64, message: Value| {
        serde_json::json!({"name": name, "type": "public_channel", "id": id, "messages": [message]})
    };
    let export = channel(
        "Air Force of Ukraine",
        1001,
        serde_json::json!({"id": 10, "type": "message", "date": "2025-07-04T08:10:00",
            "date_unixtime": "1751605800", "from": "Air Force of Ukraine",
            "from_id": "channel1001", "text": text}),
    );
    let forward = channel(
        "News Ukraine",
        2002,
        serde_json::json!({"id": 5, "type": "message", "date": "2025-07-04T08:30:00",
            "date_unixtime": "1751607000", "from": "News Ukraine", "from_id": "channel2002",
            "forwarded_from": "Air Force of Ukraine",
            "text": [{"type": "bold", "text": "Russia attacked overnight with 87 drones."},
                     " Air defence shot down 60 of them, the air force said."]}),
    );
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire Daily</title>
<link>https://wire.example</link><description>News</description>
<item><title>Drones over Ukraine</title><link>https://wire.example/1</link>
<pubDate>Fri, 04 Jul 2025 09:00:00 +0300</pubDate><description>&lt;p&gt;{text}&lt;/p&gt;</description></item>
</channel></rss>"#
    );
    let page = format!(
        r#"<!DOCTYPE html><html><head><title>Drones over Ukraine</title>
<meta property="og:site_name" content="Kyiv Courier">
<meta property="article:published_time" content="2025-07-04T10:00:00+03:00"></head>
<body><nav><a href="/">Home</a> <a href="/war">War</a></nav>
<article><h1>Drones over Ukraine</h1><p>{text}</p>
<p>Residents of several regions heard explosions during the night, and repair crews
worked through the morning to restore power to homes in the capital.</p></article>
<footer>© 2025 Kyiv Courier</footer></body></html>"#
    );
    std::fs::write(dir.path().join("air_force.json"), export.to_string()).unwrap();
    std::fs::write(dir.path().join("news.json"), forward.to_string()).unwrap();
    std::fs::write(dir.path().join("wire.rss"), feed).unwrap();
    std::fs::write(dir.path().join("courier.html"), page).unwrap();
    let out = assert_cmd::Command::cargo_bin("counterclaim")
        .unwrap()
        .env("COUNTERCLAIM_DATA_DIR", dir.path().join("data"))
        .args(["compare", "--by", "night"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    for event in ["launched", "intercepted"] {
        let matter: Vec<&Value> = rows
            .iter()
            .filter(|r| r["item"] == "drone" && r["event"] == event)
            .collect();
        assert_eq!(matter.len(), 1, "one row for drones {event}: {rows:#?}");
        let row = matter[0];
        assert_eq!(row["scope"], "2025-07-03", "the night before the report");
        let claims: Vec<&Value> = ["ua", "ru", "other", "unknown"]
            .iter()
            .flat_map(|side| row[side].as_array().unwrap())
            .collect();
        assert_eq!(claims.len(), 1, "one claim: {row:#}");
        let claim = claims[0];
        assert_eq!(claim["mentions"], 4, "{claim:#}");
        assert_eq!(claim["articles"], 4, "{claim:#}");
        // The post and its forward are one channel's word.
        assert_eq!(claim["outlets"], 3, "{claim:#}");
    }
}
