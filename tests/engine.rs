//! Engine cases as data: each case in `tests/cases/engine.txt` is a text and
//! the figures the engine must give for it, read independently of the engine.

use counterclaim::corpus::parse_text;
use counterclaim::extract::extract;
use counterclaim::model::{Article, Figure};

/// `value item event attacker claimant ...`, as opposed to a line of text.
static FIGURE_LINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\d+ [a-z_]+ [a-z_]+ (ru|ua|-) (ru|ua|other|unknown)( |$)").unwrap()
});

struct Case {
    name: String,
    text: String,
    expect: Vec<String>,
}

fn cases() -> Vec<Case> {
    let src = include_str!("cases/engine.txt");
    let mut out: Vec<Case> = Vec::new();
    let mut in_text = false;
    for line in src.lines() {
        if let Some(name) = line.strip_prefix("== ") {
            out.push(Case {
                name: name.to_string(),
                text: String::new(),
                expect: Vec::new(),
            });
            in_text = true;
            continue;
        }
        let Some(case) = out.last_mut() else { continue };
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            // A blank line inside a header-block case belongs to the text:
            // it ends the header, and then each paragraph.
            if in_text && case.text.starts_with("Title:") {
                case.text.push('\n');
            } else if !case.text.is_empty() {
                in_text = false;
            }
            continue;
        }
        if !case.text.is_empty() && FIGURE_LINE.is_match(line) {
            in_text = false;
            case.expect.push(line.trim().to_string());
        } else if in_text {
            case.text.push_str(line);
            case.text.push('\n');
        }
    }
    out
}

/// Render a figure in the case format, with the keys the expectation names.
fn render(f: &Figure, keys: &[&str]) -> String {
    let mut s = format!(
        "{} {} {} {} {}",
        f.value,
        f.item,
        f.event,
        f.attacker.map_or("-".to_string(), |a| a.to_string()),
        f.claimant
    );
    if f.qualifier != counterclaim::model::Qualifier::Exact {
        s.push_str(&format!(" {}", f.qualifier));
    }
    for key in keys {
        let v = match *key {
            "weapon" => f.weapon.as_deref().unwrap_or("-").to_string(),
            "subset" => f.subset_of.map_or("-".into(), |i| i.to_string()),
            "cumulative" => f.cumulative.to_string(),
            "location" => f.location.as_deref().unwrap_or("-").to_string(),
            "text" => f.text.to_string(),
            "source" => f.source.as_deref().unwrap_or("-").to_string(),
            "date" => f.date.map_or("-".into(), |d| d.to_string()),
            other => panic!("unknown key {other}"),
        };
        s.push_str(&format!(" {key}={v}"));
    }
    s
}

fn article(text: &str) -> Article {
    if text.starts_with("Title:") {
        parse_text("case", "case", text.to_string())
    } else {
        Article::from_text("case", text)
    }
}

#[test]
fn engine_cases() {
    let cases = cases();
    assert!(
        cases.len() >= 40,
        "the case file was not read: {} cases",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let figures = extract(&article(&case.text));
        let got: Vec<String> = figures
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let keys: Vec<&str> = case
                    .expect
                    .get(i)
                    .map(|e| {
                        e.split_whitespace()
                            .filter_map(|w| w.split_once('=').map(|(k, _)| k))
                            .collect()
                    })
                    .unwrap_or_default();
                render(f, &keys)
            })
            .collect();
        // Multi-word values (`text=a dozen`) are compared on their first word.
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let want: Vec<String> = case.expect.iter().map(|e| norm(e)).collect();
        let got_cmp: Vec<String> = got
            .iter()
            .zip(want.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(g, w)| match w {
                Some(w) if w.contains("text=") => {
                    let cut = |s: &str| {
                        s.split(" text=").next().unwrap_or("").to_string()
                            + " text="
                            + s.split(" text=").nth(1).unwrap_or("")
                    };
                    if cut(g) == cut(w) {
                        w.clone()
                    } else {
                        g.clone()
                    }
                }
                _ => g.clone(),
            })
            .collect();
        if got_cmp != want {
            failures.push(format!(
                "case «{}»\n  text: {}\n  want: {:#?}\n  got:  {:#?}",
                case.name,
                case.text.trim(),
                want,
                got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
