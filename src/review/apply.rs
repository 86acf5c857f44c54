//! Using the review: figures with the analyst's corrections in place of the
//! engine's answers, exports of every decision, and gold records.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::{Decision, Key, Review, text_hash};
use crate::model::{Article, Figure};
use crate::store::Store;

/// An article's figures as reviewed.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// Corrected figures, without those marked not a figure, with the
    /// added ones, in text order.
    pub figures: Vec<Figure>,
    /// Keys of entries for this article that no figure matches any more.
    pub orphans: Vec<Key>,
}

/// Apply the review to one article's engine figures.
pub fn apply(review: &Review, article: &Article, engine: &[Figure]) -> Applied {
    let hash = text_hash(article);
    let night = review.article_date(&article.id, &hash);
    let mut out = Applied::default();
    let mut seen = Vec::new();
    for f in engine {
        let key = Key {
            article: article.id.clone(),
            text_hash: hash.clone(),
            start: f.start,
            end: f.end,
            value: f.value,
        };
        match review.decision(&key) {
            Some(d) if d.not_a_figure() => seen.push(key),
            Some(d) => {
                out.figures.push(dated(corrected(f, d), night));
                seen.push(key);
            }
            None => out.figures.push(dated(f.clone(), night)),
        }
    }
    for (key, d) in review.decisions().filter(|(k, _)| k.article == article.id) {
        if let Some(added) = &d.added {
            if key.text_hash == hash {
                // Added, then judged not a figure after all: left out.
                if !d.not_a_figure() {
                    out.figures.push(dated(corrected(added, d), night));
                }
                continue;
            }
        } else if seen.contains(key) {
            continue;
        }
        out.orphans.push(key.clone());
    }
    out.figures.sort_by_key(|f| f.start);
    out
}

/// `f` with the night the analyst gave its article, where it has none (a
/// running total has no night).
pub fn dated(mut f: Figure, night: Option<NaiveDate>) -> Figure {
    if f.date.is_none() && !f.cumulative {
        f.date = night;
    }
    f
}

/// A figure with a decision's corrections applied.
pub fn corrected(f: &Figure, d: &Decision) -> Figure {
    let mut f = f.clone();
    if let Some(c) = &d.correction {
        if let Some(v) = c.value {
            f.value = v;
        }
        if let Some(q) = c.qualifier {
            f.qualifier = q;
        }
        if let Some(i) = c.item {
            f.item = i;
        }
        if let Some(e) = c.event {
            f.event = e;
        }
        if let Some(a) = c.attacker {
            f.attacker = a;
        }
        if let Some(cl) = c.claimant {
            f.claimant = cl;
        }
        if let Some(s) = &c.source {
            f.source = s.as_deref().map(Into::into);
        }
        if let Some(d) = c.date {
            f.date = d;
        }
        if let Some(t) = c.cumulative {
            f.cumulative = t;
        }
    }
    f
}

/// One reviewed figure for export: the engine's answer and the analyst's.
#[derive(Debug, Clone, Serialize)]
pub struct ExportRow {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `accepted`, `flagged`, `corrected`, `added` or `not_a_figure`.
    pub decision: &'static str,
    pub reason: Option<&'static str>,
    pub note: String,
    #[serde(serialize_with = "crate::time::stamp::serialize")]
    pub time: DateTime<Utc>,
    /// The engine's figure, when it still matches one.
    pub engine: Option<Figure>,
    /// The figure as the analyst has it.
    pub reviewed: Option<Figure>,
    /// The article changed since: the entry no longer points at its text.
    pub orphaned: bool,
}

fn decision_name(d: &Decision) -> &'static str {
    if d.not_a_figure() {
        "not_a_figure"
    } else if d.added.is_some() {
        "added"
    } else if d.correction.is_some() {
        "corrected"
    } else if d.flag.is_some() {
        "flagged"
    } else {
        "accepted"
    }
}

/// Every decision in force, with the engine's answer where it still applies.
pub fn export_rows(review: &Review, store: &Store) -> Vec<ExportRow> {
    let hashes: HashMap<&str, String> = store
        .articles()
        .iter()
        .map(|a| (a.id.as_str(), text_hash(a)))
        .collect();
    let mut rows: Vec<ExportRow> = review
        .decisions()
        .map(|(key, d)| {
            let article = store.article_index(&key.article);
            let current =
                article.is_some() && hashes.get(key.article.as_str()) == Some(&key.text_hash);
            let engine = article.filter(|_| current).and_then(|a| {
                store
                    .article_figures(a)
                    .map(|i| store.figure(i))
                    .find(|f| f.start == key.start && f.end == key.end && f.value == key.value)
                    .cloned()
            });
            let base = d.added.clone().or_else(|| engine.clone());
            let night = review.article_date(&key.article, &key.text_hash);
            let reviewed = base
                .filter(|_| !d.not_a_figure())
                .map(|f| dated(corrected(&f, d), night));
            let text = base_text(store, key).unwrap_or_default();
            ExportRow {
                article: key.article.clone(),
                start: key.start,
                end: key.end,
                text,
                decision: decision_name(d),
                reason: d.flag.as_ref().map(|(r, _)| r.label()),
                note: d.note.clone(),
                time: d.time,
                orphaned: !current || (engine.is_none() && d.added.is_none()),
                engine,
                reviewed,
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.article, a.start).cmp(&(&b.article, b.start)));
    rows
}

fn base_text(store: &Store, key: &Key) -> Option<String> {
    let a = store.article(store.article_index(&key.article)?);
    a.text.get(key.start..key.end).map(str::to_string)
}

/// Accepted, corrected and added figures in the gold format of SPEC.md, so
/// a review becomes a test set for the engine.
pub fn gold_records(review: &Review, store: &Store) -> Vec<serde_json::Value> {
    export_rows(review, store)
        .into_iter()
        .filter(|r| !r.orphaned && matches!(r.decision, "accepted" | "corrected" | "added"))
        .filter_map(|r| r.reviewed)
        .map(|f| {
            serde_json::json!({
                "article": f.article, "text": f.text, "value": f.value, "qualifier": f.qualifier,
                "item": f.item, "event": f.event, "attacker": f.attacker, "claimant": f.claimant,
                "source": f.source, "date": f.date, "language": f.language,
                "cumulative": f.cumulative,
                "start": f.start, "end": f.end,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_text;
    use crate::model::{Claimant, Item};
    use crate::review::{Correction, Reason};

    #[test]
    fn corrections_exclusions_and_additions() {
        let a = parse_text("a", "a", "Russia launched 100 drones overnight, and 90 were shot down, Ukraine's air force said.".into());
        let store = Store::build(vec![a.clone()]);
        let figs: Vec<Figure> = store
            .article_figures(0)
            .map(|i| store.figure(i).clone())
            .collect();
        let mut r = Review::in_memory();
        r.correct(
            Key::of(&a, &figs[0]),
            Correction {
                value: Some(110),
                ..Default::default()
            },
            "the bulletin says 110".into(),
        );
        r.flag(Key::of(&a, &figs[1]), Reason::NotAFigure, String::new());
        let mut extra = figs[0].clone();
        extra.start = 0;
        extra.end = 6;
        extra.text = "Russia".into();
        extra.value = 1;
        extra.item = Item::Other;
        r.add(&a, extra, String::new());
        let applied = apply(&r, &a, &figs);
        let values: Vec<u64> = applied.figures.iter().map(|f| f.value).collect();
        assert_eq!(values, [1, 110]);
        assert!(applied.orphans.is_empty());

        let rows = export_rows(&r, &store);
        let names: Vec<&str> = rows.iter().map(|r| r.decision).collect();
        assert_eq!(names, ["added", "corrected", "not_a_figure"]);
        assert_eq!(rows[1].engine.as_ref().unwrap().value, 100);
        assert_eq!(rows[1].reviewed.as_ref().unwrap().value, 110);

        let gold = gold_records(&r, &store);
        assert_eq!(gold.len(), 2);
        assert_eq!(gold[1]["value"], 110);
        assert_eq!(
            gold[1]["claimant"],
            serde_json::to_value(Claimant::Ua).unwrap()
        );
    }

    #[test]
    fn an_added_figure_later_judged_not_a_figure_is_left_out() {
        let a = parse_text(
            "a",
            "a",
            "Russia launched 100 drones overnight, Ukraine's air force said.".into(),
        );
        let store = Store::build(vec![a.clone()]);
        let mut extra = store.figure(0).clone();
        (extra.start, extra.end, extra.text, extra.value) = (0, 6, "Russia".into(), 1);
        let mut r = Review::in_memory();
        r.add(&a, extra.clone(), String::new());
        r.flag(Key::of(&a, &extra), Reason::NotAFigure, String::new());
        assert_eq!(apply(&r, &a, &[store.figure(0).clone()]).figures.len(), 1);
        assert_eq!(export_rows(&r, &store)[0].decision, "not_a_figure");
        assert!(gold_records(&r, &store).is_empty());
    }

    #[test]
    fn a_changed_article_orphans_its_entries() {
        let a = parse_text(
            "a",
            "a",
            "Russia launched 100 drones overnight, Ukraine's air force said.".into(),
        );
        let figs = crate::extract::extract(&a);
        let mut r = Review::in_memory();
        r.accept(Key::of(&a, &figs[0]));
        let changed = parse_text(
            "a",
            "a",
            "Russia launched 120 drones overnight, Ukraine's air force said.".into(),
        );
        let applied = apply(&r, &changed, &crate::extract::extract(&changed));
        assert_eq!(applied.orphans.len(), 1);
        let store = Store::build(vec![changed]);
        assert!(export_rows(&r, &store)[0].orphaned);
    }
}
