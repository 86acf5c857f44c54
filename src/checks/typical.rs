//! What the corpus usually says for each matter, to find values an order
//! of magnitude away from it.

use rustc_hash::FxHashMap;

use crate::model::{Figure, Side};
use crate::store::{Matter, Store};

/// Each matter's usual value, from the engine's whole nightly figures. A review
/// changes a figure, not what the corpus usually says, so a figure as
/// reviewed is held against the same measure: that way one review action
/// need not read every figure of its matter again.
#[derive(Debug, Clone, Default)]
pub struct Typical(FxHashMap<Matter, Measure>);

#[derive(Debug, Clone, Copy)]
struct Measure {
    /// Median of the values' logarithms, and how far from it is too far.
    median: f64,
    limit: f64,
    /// How many figures it was taken over.
    count: usize,
}

impl Typical {
    pub fn of(store: &Store) -> Typical {
        use rayon::prelude::*;
        let matters: Vec<_> = store.matters().collect();
        Typical(
            matters
                .par_iter()
                .filter_map(|(m, ids)| {
                    let mut logs: Vec<f64> = ids
                        .iter()
                        .map(|&i| store.figure(i))
                        .filter(|f| whole(f))
                        .map(|f| (f.value as f64).log10())
                        .collect();
                    // Too few to say what is usual.
                    if logs.len() < 8 {
                        return None;
                    }
                    logs.sort_by(f64::total_cmp);
                    let median = logs[logs.len() / 2];
                    let mut dev: Vec<f64> = logs.iter().map(|l| (l - median).abs()).collect();
                    dev.sort_by(f64::total_cmp);
                    let mad = dev[dev.len() / 2];
                    let measure = Measure {
                        median,
                        limit: (3.0 * mad).max(1.0),
                        count: logs.len(),
                    };
                    Some((**m, measure))
                })
                .collect(),
        )
    }

    /// Why `f` is far from what its matter usually is, if it is.
    pub fn judge(&self, f: &Figure) -> Option<String> {
        if !whole(f) {
            return None;
        }
        let m = Matter::of(f);
        let measure = self.0.get(&m)?;
        let v = f.value;
        if ((v as f64).log10() - measure.median).abs() <= measure.limit {
            return None;
        }
        let typical = 10f64.powf(measure.median).round();
        let side = match m.attacker {
            Some(Side::Ru) => "Russian",
            Some(Side::Ua) => "Ukrainian",
            None => "unknown",
        };
        Some(format!(
            "{v} is far from the {typical} typical of the {} figures for {side} {} {}.",
            measure.count, m.item, m.event
        ))
    }
}

/// Whether a figure is one night's whole count, the kind a matter's usual
/// value is taken over: not a running total, nor a part of another figure,
/// nor the count for one place (a region's two drones beside a country's
/// six hundred are not far from what is usual, they count something else).
fn whole(f: &Figure) -> bool {
    !f.cumulative && f.subset_of.is_none() && f.location.is_none()
}
