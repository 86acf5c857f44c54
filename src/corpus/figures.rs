//! Figures already extracted, read back from JSON Lines (what `extract
//! --format jsonl` writes), so that comparing needs no second extraction.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::Warning;
use crate::model::{Article, Figure};

/// A figure as `extract` writes it and as it is read back: the SPEC's
/// fields, and the article's outlet where that is not the article's id, so
/// that outlets are counted alike wherever the figures are compared.
#[derive(Debug, Clone, Serialize)]
pub struct Given {
    #[serde(flatten)]
    pub figure: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<Arc<str>>,
}

impl Given {
    /// The figures of `article`, as written: its outlet is worked out once
    /// and shared by them.
    pub fn all(article: &Article, figures: Vec<Figure>) -> Vec<Given> {
        let outlet = article.outlet();
        let outlet: Option<Arc<str>> = (outlet != article.id).then(|| outlet.into());
        figures
            .into_iter()
            .map(|figure| Given {
                figure,
                outlet: outlet.clone(),
            })
            .collect()
    }
}

/// What a record holds beside the figure's own fields.
#[derive(Deserialize)]
struct Beside {
    #[serde(default)]
    outlet: Option<Arc<str>>,
}

/// Every figure of `reader`, one JSON object a line, in order. A line that
/// is not a figure is a warning naming it, and reading goes on; blank
/// lines are passed over.
pub fn read_figures(origin: &str, reader: impl BufRead) -> (Vec<Given>, Vec<Warning>) {
    let mut figures = Vec::new();
    let mut warnings = Vec::new();
    let mut warn = |n: usize, message: String| {
        warnings.push(Warning {
            origin: format!("{origin}:{n}"),
            message,
        });
    };
    for (i, line) in reader.split(b'\n').enumerate() {
        let n = i + 1;
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                warn(n, format!("could not be read: {e}; reading stopped"));
                break;
            }
        };
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Figure>(line) {
            Ok(figure) => {
                let outlet = serde_json::from_slice::<Beside>(line)
                    .ok()
                    .and_then(|b| b.outlet);
                figures.push(Given { figure, outlet });
            }
            Err(e) => warn(n, format!("not a figure record ({e}); skipped")),
        }
    }
    (figures, warnings)
}

/// Figures given for articles, each article with its own, in the order of
/// `articles` and then of the first figure of each article not among
/// them. Such an article stands in by its id, language and outlet alone,
/// with no text; `stood_in` counts them. An article given no figures keeps
/// none: nothing is extracted.
pub fn file_under(articles: Vec<Article>, given: Vec<Given>) -> Filed {
    let mut by_article: HashMap<Arc<str>, Vec<Figure>> = HashMap::new();
    let known: HashSet<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    let mut stand_ins: Vec<Article> = Vec::new();
    for Given { figure, outlet } in given {
        let mine = by_article.entry(figure.article.clone()).or_default();
        if mine.is_empty() && !known.contains(&*figure.article) {
            let mut a = Article::from_text(figure.article.to_string(), String::new());
            a.language = figure.language;
            a.source = outlet.map(|o| o.to_string());
            stand_ins.push(a);
        }
        mine.push(figure);
    }
    let stood_in = stand_ins.len();
    let pairs = articles
        .into_iter()
        .chain(stand_ins)
        .map(|a| {
            let figures = by_article.remove(a.id.as_str()).unwrap_or_default();
            (a, figures)
        })
        .collect();
    Filed { pairs, stood_in }
}

/// Articles with their figures, as [`file_under`] files them.
#[derive(Debug, Default)]
pub struct Filed {
    pub pairs: Vec<(Article, Vec<Figure>)>,
    pub stood_in: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_read_in_order_and_bad_lines_named() {
        let article =
            crate::model::Article::from_text("a", "Russia launched 40 drones and 3 missiles.");
        let figures = crate::extract::extract(&article);
        assert_eq!(figures.len(), 2);
        let mut input = String::new();
        input.push_str(&serde_json::to_string(&figures[0]).unwrap());
        input.push_str("\n\n{\"id\": \"x\", \"text\": \"an article\"}\nnot json\n");
        let mut second = serde_json::to_value(&figures[1]).unwrap();
        second["outlet"] = "Kyiv Independent".into();
        input.push_str(&format!("{second}\r\n"));
        let (read, warnings) = read_figures("f.jsonl", input.as_bytes());
        let values: Vec<u64> = read.iter().map(|g| g.figure.value).collect();
        assert_eq!(values, [40, 3]);
        assert_eq!(read[0].figure, figures[0]);
        assert_eq!(read[0].outlet, None);
        assert_eq!(read[1].outlet.as_deref(), Some("Kyiv Independent"));
        let at: Vec<&str> = warnings.iter().map(|w| w.origin.as_str()).collect();
        assert_eq!(at, ["f.jsonl:3", "f.jsonl:4"]);
        assert!(warnings[0].message.contains("not a figure record"));
    }
}
