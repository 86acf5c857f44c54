//! Checks of each figure on its own: how far from the usual, who gives it,
//! how it was read, and whether its sentence looks garbled.

use std::collections::HashMap;

use super::garbled::garbled;
use super::message::Why;
use super::typical::Typical;
use super::{Add, DoubtKind, View};
use crate::compare::Figures;
use crate::model::{Claimant, Figure};

pub(super) fn each_figure<F: Figures + ?Sized>(
    view: &View<'_, F>,
    typical: &Typical,
    a: usize,
    add: &mut Add<'_>,
) {
    // Sentences repeat across a figure's neighbours: judge each once.
    let mut sentences: HashMap<usize, Option<String>> = HashMap::new();
    for (id, f) in view.article(a) {
        if let Some(why) = typical.judge(f) {
            add(id, DoubtKind::Outlier, why.into(), vec![]);
        }
        if f.claimant == Claimant::Unknown {
            add(
                id,
                DoubtKind::Unattributed,
                Why::Fixed("Nobody is named as giving this figure."),
                vec![],
            );
        }
        if inferred(f, view.engine(id)).is_some() {
            add(id, DoubtKind::Inferred, Why::Inferred, vec![]);
        }
        // The record shows a window of a long sentence: judge the whole.
        let text = &view.store().article(a).text;
        let sentence = text
            .get(f.sentence_start..f.sentence_end)
            .unwrap_or(&f.sentence);
        let why = sentences
            .entry(f.sentence_start)
            .or_insert_with(|| garbled(sentence))
            .clone();
        if let Some(why) = why {
            add(id, DoubtKind::Garbled, why.into(), vec![]);
        }
    }
}

/// Why what figure `f` counts, or whose attack it was, is in doubt: when
/// the engine (`engine`, its own answer) took it from outside the figure's
/// sentence or assumed it, and the analyst has not put it right since.
///
/// Readings within the sentence (a noun the list or the clause before
/// leaves out, a verb a list shares) are how the engine reads every
/// figure, and as often right.
pub(super) fn inferred(f: &Figure, engine: Option<&Figure>) -> Option<String> {
    let rule = |name: &str| {
        f.rule
            .split_whitespace()
            .find_map(|w| w.strip_prefix(name))
            .unwrap_or("")
    };
    // A correction is the analyst's own reading.
    let item =
        matches!(rule("item:"), "anaphor" | "mention") && engine.is_none_or(|e| e.item == f.item);
    let attacker = matches!(rule("attacker:"), "context" | "prior")
        && engine.is_none_or(|e| e.attacker == f.attacker);
    let whose = || match rule("attacker:") {
        "prior" => format!(
            "whose attack it was ({}) is assumed: nothing in the text says",
            side(f)
        ),
        _ => format!(
            "whose attack it was ({}) is taken from earlier sentences",
            side(f)
        ),
    };
    let what = || {
        format!(
            "what is counted ({}) is not named with the figure but before it",
            f.item
        )
    };
    let why = match (item, attacker) {
        (false, false) => return None,
        (true, false) => what(),
        (false, true) => whose(),
        (true, true) => format!("{}; {}", what(), whose()),
    };
    let mut chars = why.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    Some(format!("{}{}.", first.unwrap_or_default(), chars.as_str()))
}

fn side(f: &Figure) -> String {
    f.attacker.map_or("none".to_string(), |s| s.to_string())
}
