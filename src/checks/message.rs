//! What a doubt says: kept small, and written out only when read.

use super::Doubt;
use super::figure::inferred;
use crate::compare::Figures;
use crate::model::{Claimant, Qualifier};
use crate::store::FigureId;

/// What a doubt's message says, kept as small as it can be: a corpus can
/// hold a doubt for most of a million figures, and only a few are read.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Why {
    Text(Box<str>),
    Fixed(&'static str),
    /// What is counted or whose attack it was was not read from the
    /// figure's sentence: the message is worked out again when read.
    Inferred,
    /// Other values for the same night: `total` of them, the first of
    /// the related figures named, spreading from `lo` to `hi`.
    Spread {
        total: u32,
        lo: u64,
        hi: u64,
    },
    /// A hedged value `total` others contradict, the first of the related
    /// figures named.
    Clash {
        total: u32,
    },
}

impl From<String> for Why {
    fn from(s: String) -> Why {
        Why::Text(s.into_boxed_str())
    }
}

/// How many of the other figures a message names.
const NAMED: usize = 3;

impl Doubt {
    /// The sentence an analyst reads: why figure `id` of `figures` is in
    /// doubt.
    pub fn message(&self, figures: &impl Figures, id: FigureId) -> String {
        let store = figures.store();
        let describe = |total: u32| -> String {
            let mut named: Vec<String> = self
                .related()
                .iter()
                .filter_map(|&b| Some((b, figures.compared(b)?)))
                .take(NAMED)
                .map(|(b, fb)| {
                    format!(
                        "{}{} ({}, {})",
                        hedge(fb.qualifier),
                        fb.value,
                        side_name(fb.claimant),
                        store.article(figures.article_of(b)).id
                    )
                })
                .collect();
            if total as usize > NAMED {
                named.push(format!("and {} more", total as usize - NAMED));
            }
            named.join("; ")
        };
        let Some(f) = figures.compared(id) else {
            return String::new();
        };
        match &self.why {
            Why::Text(s) => s.to_string(),
            Why::Fixed(s) => s.to_string(),
            Why::Inferred => {
                let engine = store.figures().get(id as usize);
                inferred(f, engine).unwrap_or_default()
            }
            Why::Spread { total, lo, hi } => format!(
                "For the same night others give {}: a spread of {lo} to {hi}.",
                describe(*total)
            ),
            Why::Clash { total } => format!(
                "{}{} cannot square with {} for the same night.",
                hedge(f.qualifier),
                f.value,
                describe(*total)
            ),
        }
    }

    /// The doubt as JSON: kind, message and the figures involved.
    pub fn to_json(&self, figures: &impl Figures, id: FigureId) -> serde_json::Value {
        serde_json::json!({
            "kind": self.kind,
            "message": self.message(figures, id),
            "related": self.related(),
        })
    }
}

fn side_name(c: Claimant) -> &'static str {
    match c {
        Claimant::Ua => "the Ukrainian side",
        Claimant::Ru => "the Russian side",
        Claimant::Other => "a third party",
        Claimant::Unknown => "an unnamed source",
    }
}

fn hedge(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::AtLeast => "at least ",
        Qualifier::AtMost => "up to ",
        Qualifier::Approx => "about ",
    }
}
