//! Automatic doubts: the figures that deserve a second look, and why.
//!
//! Each doubt has a machine-readable kind and a sentence an analyst can
//! read. Checks look within an article (parts and totals), across the
//! articles about the same night (disagreements), and across the corpus
//! (values far from the rest for their matter).

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::extract::lexicon::NAMES;
use crate::model::{Claimant, Event, Figure, Item, Qualifier};
use crate::store::{FigureId, Matter, Store};

/// What kind of doubt a figure carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DoubtKind {
    /// Shot down plus not reached is more than was launched.
    ExceedsLaunched,
    /// Parts do not add up to the total they are given with.
    PartsMismatch,
    /// A part is larger than the total it belongs to.
    PartExceedsTotal,
    /// Other articles or sources give another value for the same night.
    ConflictingValues,
    /// A hedged figure that an exact one for the same night contradicts.
    HedgeConflict,
    /// Nobody is named as giving the figure.
    Unattributed,
    /// What is counted, or what happened, comes from another phrase.
    Inferred,
    /// Far from every other value the corpus has for its matter.
    Outlier,
    /// A running total smaller than one night's figure.
    TotalBelowNight,
    /// The text around it looks garbled.
    Garbled,
}

impl DoubtKind {
    pub const ALL: [DoubtKind; 10] = [
        DoubtKind::ExceedsLaunched,
        DoubtKind::PartsMismatch,
        DoubtKind::PartExceedsTotal,
        DoubtKind::ConflictingValues,
        DoubtKind::HedgeConflict,
        DoubtKind::Unattributed,
        DoubtKind::Inferred,
        DoubtKind::Outlier,
        DoubtKind::TotalBelowNight,
        DoubtKind::Garbled,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DoubtKind::ExceedsLaunched => "exceeds_launched",
            DoubtKind::PartsMismatch => "parts_mismatch",
            DoubtKind::PartExceedsTotal => "part_exceeds_total",
            DoubtKind::ConflictingValues => "conflicting_values",
            DoubtKind::HedgeConflict => "hedge_conflict",
            DoubtKind::Unattributed => "unattributed",
            DoubtKind::Inferred => "inferred",
            DoubtKind::Outlier => "outlier",
            DoubtKind::TotalBelowNight => "total_below_night",
            DoubtKind::Garbled => "garbled",
        }
    }
}

/// One reason to doubt a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Doubt {
    pub kind: DoubtKind,
    /// The other figures involved: a range of [`Doubts::related`].
    related: Range<u32>,
    why: Why,
}

/// Every figure's doubts, in one list ordered by figure, with the figures
/// each doubt involves in another: a corpus can hold a doubt for most of
/// a million figures, and a list per figure would cost more than the
/// doubts themselves.
#[derive(Debug, Clone, Default)]
pub struct Doubts {
    list: Vec<Doubt>,
    /// Where each figure's doubts start in `list`, and where the last ends.
    starts: Vec<u32>,
    related: Vec<FigureId>,
}

impl Doubts {
    /// The doubts about figure `id`; none for a figure not yet checked.
    pub fn of(&self, id: FigureId) -> &[Doubt] {
        let id = id as usize;
        match (self.starts.get(id), self.starts.get(id + 1)) {
            (Some(&a), Some(&b)) => &self.list[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The other figures a doubt involves.
    pub fn related(&self, d: &Doubt) -> &[FigureId] {
        self.related
            .get(d.related.start as usize..d.related.end as usize)
            .unwrap_or_default()
    }

    /// How many figures were checked.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a doubt's message says, kept as small as it can be: a corpus can
/// hold a doubt for most of a million figures, and only a few are read.
#[derive(Debug, Clone, PartialEq)]
enum Why {
    Text(Box<str>),
    Fixed(&'static str),
    /// What is counted or what happened was taken from elsewhere: the
    /// message is worked out again from the figure when read.
    Inferred,
    /// Other values for the same night: `total` of them, the first of
    /// `related` named, spreading from `lo` to `hi`.
    Spread {
        total: u32,
        lo: u64,
        hi: u64,
    },
    /// A hedged value `total` others contradict, the first of `related`
    /// named.
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
    /// The sentence an analyst reads: why figure `id` of `store` is in doubt.
    pub fn message(&self, store: &Store, id: FigureId) -> String {
        let describe = |total: u32| -> String {
            let mut named: Vec<String> = store
                .related(self)
                .iter()
                .take(NAMED)
                .map(|&b| {
                    let fb = store.figure(b);
                    format!(
                        "{}{} ({}, {})",
                        hedge(fb.qualifier),
                        fb.value,
                        side_name(fb.claimant),
                        store.article(store.owner(b)).id
                    )
                })
                .collect();
            if total as usize > NAMED {
                named.push(format!("and {} more", total as usize - NAMED));
            }
            named.join("; ")
        };
        match &self.why {
            Why::Text(s) => s.to_string(),
            Why::Fixed(s) => s.to_string(),
            Why::Inferred => inferred(store.figure(id)).unwrap_or_default(),
            Why::Spread { total, lo, hi } => format!(
                "For the same night others give {}: a spread of {lo} to {hi}.",
                describe(*total)
            ),
            Why::Clash { total } => {
                let f = store.figure(id);
                format!(
                    "{}{} cannot square with {} for the same night.",
                    hedge(f.qualifier),
                    f.value,
                    describe(*total)
                )
            }
        }
    }

    /// The doubt as JSON: kind, message and the figures involved.
    pub fn to_json(&self, store: &Store, id: FigureId) -> serde_json::Value {
        serde_json::json!({
            "kind": self.kind,
            "message": self.message(store, id),
            "related": store.related(self),
        })
    }
}

/// One doubt found by a check, before it is filed under its figure.
type Found = (FigureId, DoubtKind, Why, Vec<FigureId>);

/// Run `check` on every item of `items` on every core, handing what each
/// finds to `file` in the items' order. Items go `per_slice` at a time, so
/// what is found waits for filing a slice's worth, not a corpus's: an
/// article yields a few doubts, a night covered by hundreds of reports
/// yields hundreds.
fn on_all<T: Sync>(
    items: &[T],
    per_slice: usize,
    check: impl Fn(&T, &mut Add<'_>) + Sync,
    file: &mut impl FnMut(Vec<Found>),
) {
    use rayon::prelude::*;
    for slice in items.chunks(per_slice) {
        file(
            slice
                .par_iter()
                .with_min_len(per_slice / 64)
                .flat_map_iter(|item| {
                    let mut found = Vec::new();
                    check(item, &mut |id, kind, message, related| {
                        found.push((id, kind, message, related))
                    });
                    found
                })
                .collect(),
        );
    }
}

/// Every figure's doubts, indexed like the store's figures.
pub fn run(store: &Store) -> Doubts {
    let articles: Vec<usize> = (0..store.articles().len()).collect();
    let dates: Vec<_> = store.dates().collect();
    let matters: Vec<_> = store.matters().collect();
    let n = store.figures().len();
    // Doubts as filed, and whose each is; a figure keeps the first doubt
    // of each kind (`seen` holds a bit per kind). Room for two doubts a
    // figure, and a few figures named by each, is set aside at once:
    // growing copies the lists, while room never written costs no memory.
    let mut list: Vec<Doubt> = Vec::with_capacity(2 * n);
    let mut owner: Vec<FigureId> = Vec::with_capacity(2 * n);
    let mut related: Vec<FigureId> = Vec::with_capacity(8 * n);
    let mut seen: Vec<u16> = vec![0; n];
    let mut count: Vec<u32> = vec![0; n];
    // Figures of one night mostly name the same others: a list equal to
    // one filed just before is shared, not copied.
    let mut recent: [Range<u32>; 4] = Default::default();
    let mut file = |found: Vec<Found>| {
        for (id, kind, why, ids) in found {
            let bit = 1 << kind as u16;
            if seen[id as usize] & bit != 0 {
                continue;
            }
            seen[id as usize] |= bit;
            count[id as usize] += 1;
            let same = recent
                .iter()
                .find(|r| !ids.is_empty() && related[r.start as usize..r.end as usize] == ids[..]);
            let range = match same {
                Some(r) => r.clone(),
                None => {
                    let at = related.len() as u32;
                    related.extend(ids);
                    recent.rotate_right(1);
                    recent[0] = at..related.len() as u32;
                    recent[0].clone()
                }
            };
            owner.push(id);
            list.push(Doubt {
                kind,
                related: range,
                why,
            });
        }
    };
    // Checks run in parallel; their findings are filed in a fixed order,
    // one check at a time, so which doubt a figure keeps does not depend
    // on the number of cores.
    let within = |&a: &usize, add: &mut Add<'_>| within_article(store, a, add);
    on_all(&articles, 4096, within, &mut file);
    let night = |&date: &NaiveDate, add: &mut Add<'_>| same_night(store, date, add);
    on_all(&dates, 16, night, &mut file);
    let outlying =
        |(m, ids): &(&Matter, &Vec<FigureId>), add: &mut Add<'_>| outliers(store, m, ids, add);
    on_all(&matters, 16, outlying, &mut file);
    let each = |&a: &usize, add: &mut Add<'_>| each_figure(store, a, add);
    on_all(&articles, 4096, each, &mut file);
    drop(seen);
    // Grouped by figure in place, in filing order within each: `owner`
    // becomes each doubt's place, and the list is permuted cycle by cycle.
    let mut starts = Vec::with_capacity(n + 1);
    let mut next = 0u32;
    for c in count.iter_mut() {
        starts.push(next);
        next += std::mem::replace(c, next);
    }
    starts.push(next);
    let mut place = owner;
    for p in place.iter_mut() {
        let at = &mut count[*p as usize];
        *p = *at;
        *at += 1;
    }
    for i in 0..place.len() {
        while place[i] as usize != i {
            let j = place[i] as usize;
            list.swap(i, j);
            place.swap(i, j);
        }
    }
    Doubts {
        list,
        starts,
        related,
    }
}

/// Checks of each figure on its own: unattributed, inferred, garbled.
fn each_figure(store: &Store, a: usize, add: &mut Add<'_>) {
    // Sentences repeat across a figure's neighbours: judge each once.
    let mut sentences: HashMap<usize, Option<String>> = HashMap::new();
    for id in store.article_figures(a) {
        let f = store.figure(id);
        if f.claimant == Claimant::Unknown {
            add(
                id,
                DoubtKind::Unattributed,
                Why::Fixed("Nobody is named as giving this figure."),
                vec![],
            );
        }
        if inferred(f).is_some() {
            add(id, DoubtKind::Inferred, Why::Inferred, vec![]);
        }
        let why = sentences
            .entry(f.sentence_start)
            .or_insert_with(|| garbled(&f.sentence))
            .clone();
        if let Some(why) = why {
            add(id, DoubtKind::Garbled, why.into(), vec![]);
        }
    }
}

type Add<'a> = dyn FnMut(FigureId, DoubtKind, Why, Vec<FigureId>) + 'a;

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

/// Checks within one article: launches against interceptions, parts
/// against totals.
fn within_article(store: &Store, a: usize, add: &mut Add<'_>) {
    let ids: Vec<FigureId> = store.article_figures(a).collect();
    let fig = |id: FigureId| store.figure(id);
    // Interceptions and losses against launches, as one source gives them:
    // a governor's count for a region and a ministry's for the country
    // measure different things.
    type Key<'s> = (Claimant, Option<&'s str>, Matter);
    let mut groups: HashMap<Key<'_>, Vec<FigureId>> = HashMap::new();
    for &id in &ids {
        let f = fig(id);
        if !f.cumulative
            && f.subset_of.is_none_or(|p| {
                store
                    .figure_in(a, p)
                    .is_some_and(|p| fig(p).event != f.event)
            })
        {
            groups
                .entry((f.claimant, f.source.as_deref(), Matter::of(f)))
                .or_default()
                .push(id);
        }
    }
    let max = |key: Key<'_>| {
        groups
            .get(&key)
            .and_then(|ids| ids.iter().max_by_key(|&&i| fig(i).value).copied())
    };
    for (&(c, src, m), launched) in groups
        .iter()
        .filter(|((_, _, m), _)| m.event == Event::Launched)
    {
        let Some(&l) = launched.iter().max_by_key(|&&i| fig(i).value) else {
            continue;
        };
        let down = max((
            c,
            src,
            Matter {
                event: Event::Intercepted,
                ..m
            },
        ));
        let lost = max((
            c,
            src,
            Matter {
                event: Event::NotReached,
                ..m
            },
        ));
        let sum = down.map_or(0, |i| fig(i).value) + lost.map_or(0, |i| fig(i).value);
        if sum > fig(l).value && (down.is_some() || lost.is_some()) {
            let msg = format!(
                "Shot down ({}) plus not reached ({}) is {sum}, more than the {} launched.",
                down.map_or(0, |i| fig(i).value),
                lost.map_or(0, |i| fig(i).value),
                fig(l).value
            );
            for id in [down, lost].into_iter().flatten() {
                add(id, DoubtKind::ExceedsLaunched, msg.clone().into(), vec![l]);
            }
        }
    }
    // A total of drones and missiles against its drones and missiles.
    for &t in &ids {
        let total = fig(t);
        if total.item != Item::DroneOrMissile || total.cumulative {
            continue;
        }
        let part = |item: Item| {
            ids.iter().copied().find(|&i| {
                let f = fig(i);
                f.item == item
                    && f.event == total.event
                    && f.claimant == total.claimant
                    && !f.cumulative
                    && f.subset_of.is_none()
            })
        };
        if let (Some(d), Some(m)) = (part(Item::Drone), part(Item::Missile)) {
            let sum = fig(d).value + fig(m).value;
            if sum != total.value && total.qualifier == Qualifier::Exact {
                let msg = format!(
                    "{} drones and {} missiles make {sum}, not the {} given as the total.",
                    fig(d).value,
                    fig(m).value,
                    total.value
                );
                add(t, DoubtKind::PartsMismatch, msg.clone().into(), vec![d, m]);
                add(d, DoubtKind::PartsMismatch, msg.clone().into(), vec![t]);
                add(m, DoubtKind::PartsMismatch, msg.into(), vec![t]);
            }
        }
    }
    // Parts marked as parts of a total (`including 60 Shaheds`).
    let mut children: HashMap<FigureId, Vec<FigureId>> = HashMap::new();
    for &id in &ids {
        if let Some(p) = fig(id).subset_of.and_then(|p| store.figure_in(a, p)) {
            children.entry(p).or_default().push(id);
            if fig(id).value > fig(p).value && fig(p).qualifier != Qualifier::AtLeast {
                let msg = format!(
                    "{} is given as part of {}, yet it is larger.",
                    fig(id).value,
                    fig(p).value
                );
                add(id, DoubtKind::PartExceedsTotal, msg.into(), vec![p]);
            }
        }
    }
    for (p, kids) in children {
        let same: Vec<FigureId> = kids
            .into_iter()
            .filter(|&k| fig(k).event == fig(p).event)
            .collect();
        let sum: u64 = same.iter().map(|&k| fig(k).value).sum();
        if same.len() > 1 && sum > fig(p).value && fig(p).qualifier == Qualifier::Exact {
            let msg = format!(
                "Its parts add up to {sum}, more than the total of {}.",
                fig(p).value
            );
            add(p, DoubtKind::PartsMismatch, msg.into(), same);
        }
    }
    // A running total below a single night's figure in the same article.
    for &c in &ids {
        let total = fig(c);
        if !total.cumulative {
            continue;
        }
        let bigger = ids.iter().copied().find(|&i| {
            let f = fig(i);
            !f.cumulative && Matter::of(f) == Matter::of(total) && f.value > total.value
        });
        if let Some(b) = bigger {
            let msg = format!(
                "A running total of {} is smaller than the {} given for a single night.",
                total.value,
                fig(b).value
            );
            add(c, DoubtKind::TotalBelowNight, msg.into(), vec![b]);
        }
    }
}

/// What the same-night check reads of a figure, side by side with the
/// rest of its group: a night that hundreds of reports cover is read over
/// and over, and scattered figures would cost a cache miss each time.
struct Brief<'s> {
    id: FigureId,
    value: u64,
    qualifier: Qualifier,
    owner: usize,
    location: Option<&'s str>,
    source: Option<&'s str>,
}

impl<'s> Brief<'s> {
    fn of(store: &'s Store, id: FigureId) -> Brief<'s> {
        let f = store.figure(id);
        Brief {
            id,
            value: f.value,
            qualifier: f.qualifier,
            owner: store.owner(id),
            location: f.location.as_deref(),
            source: f.source.as_deref(),
        }
    }

    fn exact(&self) -> bool {
        self.qualifier == Qualifier::Exact
    }

    /// Whether `b` may be held against this figure: another value, from
    /// another article or the same source contradicting itself, and not
    /// about another place.
    fn comparable(&self, b: &Brief<'_>) -> bool {
        b.id != self.id
            && b.value != self.value
            && !matches!((self.location, b.location), (Some(x), Some(y)) if x != y)
            && (self.owner != b.owner || self.source == b.source && self.source.is_some())
    }

    fn compatible(&self, b: &Brief<'_>) -> bool {
        crate::model::compatible(self.value, self.qualifier, b.value, b.qualifier)
    }
}

/// The same matter on the same night, told differently by different
/// articles or sources.
fn same_night(store: &Store, date: NaiveDate, add: &mut Add<'_>) {
    let mut groups: HashMap<Matter, Vec<FigureId>> = HashMap::new();
    for &id in store.by_date(date) {
        let f = store.figure(id);
        if !f.cumulative && f.subset_of.is_none() {
            groups.entry(Matter::of(f)).or_default().push(id);
        }
    }
    for ids in groups.values().filter(|ids| ids.len() > 1) {
        let briefs: Vec<Brief<'_>> = ids.iter().map(|&i| Brief::of(store, i)).collect();
        // What the whole group says, once: exact values sorted and
        // counted, so each figure's count of clashes costs a lookup,
        // not a pass over the night.
        let mut exact: Vec<u64> = briefs
            .iter()
            .filter(|b| b.exact())
            .map(|b| b.value)
            .collect();
        exact.sort_unstable();
        // Hedged figures' ranges, their ends sorted: a range clashes with
        // those that start above its top or end below its bottom.
        let ranges: Vec<(f64, f64)> = briefs
            .iter()
            .filter(|b| !b.exact())
            .map(|b| crate::model::bounds(b.value, b.qualifier))
            .collect();
        let mut starts: Vec<f64> = ranges.iter().map(|r| r.0).collect();
        let mut ends: Vec<f64> = ranges.iter().map(|r| r.1).collect();
        starts.sort_by(f64::total_cmp);
        ends.sort_by(f64::total_cmp);
        let hedged_outside = |lo: f64, hi: f64| {
            starts.len() - starts.partition_point(|&s| s <= hi) + ends.partition_point(|&e| e < lo)
        };
        let (lo_all, hi_all) = (exact.first().copied(), exact.last().copied());
        // Examples are taken from the first figures of the night only, so
        // a figure's search ends early; exact and hedged apart, since an
        // exact figure clashes only with hedged ones.
        const WINDOW: usize = 513;
        const KEPT: usize = 16;
        let window = &briefs[..briefs.len().min(WINDOW)];
        let (exact_window, hedged_window): (Vec<&Brief<'_>>, Vec<&Brief<'_>>) =
            window.iter().partition(|b| b.exact());
        for fa in &briefs {
            let examples = |among: &mut dyn Iterator<Item = &Brief<'_>>, clash: bool| {
                among
                    .filter(|b| fa.comparable(b) && (!clash || !fa.compatible(b)))
                    .take(KEPT)
                    .map(|b| b.id)
                    .collect::<Vec<FigureId>>()
            };
            let (exact_ex, hedged_ex) = if fa.exact() {
                (
                    examples(&mut exact_window.iter().copied(), false),
                    examples(&mut hedged_window.iter().copied(), true),
                )
            } else {
                (Vec::new(), examples(&mut window.iter(), true))
            };
            let exact_n = if fa.exact() {
                let same = exact.partition_point(|&v| v <= fa.value)
                    - exact.partition_point(|&v| v < fa.value);
                (exact.len() - same).max(exact_ex.len())
            } else {
                0
            };
            let (lo, hi) = crate::model::bounds(fa.value, fa.qualifier);
            let hedged_n = if fa.exact() {
                hedged_outside(lo, hi)
            } else {
                let outside = exact.partition_point(|&v| (v as f64) < lo)
                    + (exact.len() - exact.partition_point(|&v| (v as f64) <= hi));
                outside + hedged_outside(lo, hi)
            }
            .max(hedged_ex.len());
            if !exact_ex.is_empty() {
                let (lo, hi) = (
                    lo_all.unwrap_or(fa.value).min(fa.value),
                    hi_all.unwrap_or(fa.value).max(fa.value),
                );
                let why = Why::Spread {
                    total: exact_n as u32,
                    lo,
                    hi,
                };
                add(fa.id, DoubtKind::ConflictingValues, why, exact_ex);
            }
            if !hedged_ex.is_empty() {
                let why = Why::Clash {
                    total: hedged_n as u32,
                };
                add(fa.id, DoubtKind::HedgeConflict, why, hedged_ex);
            }
        }
    }
}

/// Values an order of magnitude away from the rest for their matter.
fn outliers(store: &Store, m: &Matter, ids: &[FigureId], add: &mut Add<'_>) {
    let nightly: Vec<FigureId> = ids
        .iter()
        .copied()
        .filter(|&i| !store.figure(i).cumulative)
        .collect();
    if nightly.len() < 8 {
        return;
    }
    let mut logs: Vec<f64> = nightly
        .iter()
        .map(|&i| (store.figure(i).value as f64).log10())
        .collect();
    logs.sort_by(f64::total_cmp);
    let median = logs[logs.len() / 2];
    let mut dev: Vec<f64> = logs.iter().map(|l| (l - median).abs()).collect();
    dev.sort_by(f64::total_cmp);
    let mad = dev[dev.len() / 2];
    let limit = (3.0 * mad).max(1.0);
    for &i in &nightly {
        let v = store.figure(i).value;
        if ((v as f64).log10() - median).abs() > limit {
            let typical = 10f64.powf(median).round();
            let msg = format!(
                "{v} is far from the {typical} typical of the {} figures for {} {} {}.",
                nightly.len(),
                m.attacker
                    .map_or("unknown", |s| if s == crate::model::Side::Ru {
                        "Russian"
                    } else {
                        "Ukrainian"
                    }),
                m.item,
                m.event
            );
            add(i, DoubtKind::Outlier, msg.into(), vec![]);
        }
    }
}

/// Why a figure's item or event was inferred rather than read, if it was.
fn inferred(f: &Figure) -> Option<String> {
    let part = |name: &str| {
        f.rule
            .split_whitespace()
            .find_map(|w| w.strip_prefix(name))
            .unwrap_or("")
    };
    let item = part("item:");
    let event = part("event:");
    let item_read = matches!(
        item,
        "noun" | "partitive" | "predicate" | "toll" | "among" | "verb"
    );
    let event_read = matches!(
        event,
        "verb-before" | "verb-after" | "noun" | "attack-with" | "toll" | "list"
    );
    match (item_read, event_read || f.event == Event::Other) {
        (true, true) => None,
        (false, true) => Some(format!(
            "What is counted ({}) is taken from elsewhere in the text.",
            f.item
        )),
        (true, false) => Some(format!(
            "What happened ({}) is taken from another figure or phrase.",
            f.event
        )),
        (false, false) => Some(format!(
            "Both what is counted ({}) and what happened ({}) are taken from elsewhere.",
            f.item, f.event
        )),
    }
}

static BROKEN_HYPHEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\w+ \-\w+|\w+\- \w+").expect("valid regex"));
static CAPITALISED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}\p{Ll}{4,}\b").expect("valid regex"));

/// Signs that the sentence was garbled on its way: broken hyphenation, or
/// a name one or two letters away from one the engine knows.
fn garbled(sentence: &str) -> Option<String> {
    if let Some(m) = BROKEN_HYPHEN.find(sentence) {
        let around = &sentence[m.start()..m.end()];
        return Some(format!(
            "Broken hyphenation (“{around}”) suggests a garbled text."
        ));
    }
    // Names repeat across sentences: judge each once per thread.
    thread_local! {
        static WORDS: std::cell::RefCell<HashMap<String, Option<String>>> = Default::default();
    }
    WORDS.with_borrow_mut(|words| {
        CAPITALISED.find_iter(sentence).find_map(|m| {
            if let Some(known) = words.get(m.as_str()) {
                return known.clone();
            }
            let why = misspelt(m.as_str());
            words.insert(m.as_str().to_string(), why.clone());
            why
        })
    })
}

/// Whether a capitalised word is a known misspelling, or one or two letters
/// away from a name the engine knows.
fn misspelt(original: &str) -> Option<String> {
    let word = original.to_lowercase();
    if NAMES.iter().any(|(n, variant)| *n == word && !variant) {
        return None;
    }
    let first = word.chars().next();
    let len = word.chars().count();
    for (name, variant) in NAMES.iter() {
        if *variant && *name == word {
            return Some(format!(
                "“{original}” looks misspelt: the text may be garbled."
            ));
        }
        let n = name.chars().count();
        if *variant
            || n < 5
            || name.contains(' ')
            || n.abs_diff(len) > 2
            || name.chars().next() != first
        {
            continue;
        }
        let d = strsim::levenshtein(&word, name);
        let close = if len <= 6 { d == 1 } else { d <= 2 };
        if close {
            return Some(format!(
                "“{original}” looks like a misspelling of “{name}”: the text may be garbled."
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_text;
    use crate::store::Store;

    fn store(texts: &[&str]) -> Store {
        Store::build(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| parse_text(&format!("a{i}"), "t", t.to_string()))
                .collect(),
        )
    }

    fn kinds(s: &Store, value: u64) -> Vec<DoubtKind> {
        let id = s
            .figures()
            .iter()
            .position(|f| f.value == value)
            .expect("figure") as FigureId;
        s.doubts(id).iter().map(|d| d.kind).collect()
    }

    #[test]
    fn interceptions_above_launches() {
        let s = store(&[
            "Ukraine's air force said Russia launched 100 drones overnight, 90 were shot down and 20 did not reach their targets.",
        ]);
        assert!(kinds(&s, 90).contains(&DoubtKind::ExceedsLaunched));
        assert!(kinds(&s, 20).contains(&DoubtKind::ExceedsLaunched));
        assert!(!kinds(&s, 100).contains(&DoubtKind::ExceedsLaunched));
    }

    #[test]
    fn parts_that_do_not_add_up() {
        let s = store(&[
            "Ukraine's air force said Russia attacked with 550 drones and missiles. Moscow deployed 530 drones and 11 missiles, the air force said.",
        ]);
        assert!(kinds(&s, 550).contains(&DoubtKind::PartsMismatch));
        let ok = store(&[
            "Ukraine's air force said Russia attacked with 550 drones and missiles. Moscow deployed 539 drones and 11 missiles, the air force said.",
        ]);
        assert!(!kinds(&ok, 550).contains(&DoubtKind::PartsMismatch));
    }

    #[test]
    fn a_part_larger_than_its_total() {
        let s =
            store(&["Ukraine's air force said Russia launched 50 drones, including 60 Shaheds."]);
        assert!(kinds(&s, 60).contains(&DoubtKind::PartExceedsTotal));
    }

    #[test]
    fn different_values_for_the_same_night() {
        let s = store(&[
            "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            "Date: 2025-06-05\n\nRussia launched 120 drones overnight, officials in Kyiv said.",
            "Date: 2025-06-05\n\nRussia launched at least 130 drones overnight, Ukraine said.",
        ]);
        let doubts = s.doubts(0);
        let conflict = doubts
            .iter()
            .find(|d| d.kind == DoubtKind::ConflictingValues)
            .expect("conflict");
        assert!(
            conflict.message(&s, 0).contains("100 to 120"),
            "{}",
            conflict.message(&s, 0)
        );
        assert!(kinds(&s, 130).contains(&DoubtKind::HedgeConflict));
    }

    #[test]
    fn a_busy_night_names_a_few_of_many_others() {
        let texts: Vec<String> = (0..40)
            .map(|i| {
                format!(
                    "Date: 2025-06-05\n\nRussia launched {} drones overnight, Ukraine's air force said.",
                    100 + i
                )
            })
            .collect();
        let s = store(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(s.figures().len(), 40);
        for id in 0..40 {
            let conflicts: Vec<&Doubt> = s
                .doubts(id)
                .iter()
                .filter(|d| d.kind == DoubtKind::ConflictingValues)
                .collect();
            assert_eq!(conflicts.len(), 1, "one doubt of a kind per figure");
            let d = conflicts[0];
            let related = s.related(d);
            assert_eq!(related.len(), 16, "figure {id}: {related:?}");
            assert!(related.iter().all(|&b| s.owner(b) != s.owner(id)));
            let message = d.message(&s, id);
            assert!(message.contains("and 36 more"), "{message}");
            assert!(message.contains("100 to 139"), "{message}");
            assert_eq!(d.to_json(&s, id)["related"], serde_json::json!(related));
        }
    }

    #[test]
    fn compatible_hedges_are_no_conflict() {
        let s = store(&[
            "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            "Date: 2025-06-05\n\nRussia launched more than 90 drones overnight, Ukraine said.",
        ]);
        assert!(!kinds(&s, 90).contains(&DoubtKind::HedgeConflict));
        assert!(!kinds(&s, 100).contains(&DoubtKind::ConflictingValues));
    }

    #[test]
    fn unattributed_and_inferred() {
        let s = store(&["Russia launched 147 drones overnight, and 97 were shot down."]);
        assert!(kinds(&s, 147).contains(&DoubtKind::Unattributed));
        assert!(kinds(&s, 97).contains(&DoubtKind::Inferred));
        assert!(!kinds(&s, 147).contains(&DoubtKind::Inferred));
    }

    #[test]
    fn far_from_the_rest() {
        let mut texts: Vec<String> = (0..9)
            .map(|i| {
                format!(
                    "Ukraine's air force said Russia launched {} drones overnight.",
                    100 + i
                )
            })
            .collect();
        texts.push("Ukraine's air force said Russia launched 9000 drones overnight.".into());
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let s = store(&refs);
        assert!(kinds(&s, 9000).contains(&DoubtKind::Outlier));
        assert!(!kinds(&s, 104).contains(&DoubtKind::Outlier));
    }

    #[test]
    fn running_total_below_a_night() {
        let s = store(&[
            "Ukraine's air force said 800 Russian drones were shot down overnight. Since the start of the war, Ukraine's air force says it has shot down 500 Russian drones.",
        ]);
        assert!(kinds(&s, 500).contains(&DoubtKind::TotalBelowNight));
    }

    #[test]
    fn garbled_text() {
        let s = store(&[
            "Ukrainian President Volodimier Zelanski said 14 people were injured.",
            "Officials said the injured were two -year -old twins and 5 people were hurt.",
        ]);
        assert!(kinds(&s, 14).contains(&DoubtKind::Garbled));
        assert!(kinds(&s, 5).contains(&DoubtKind::Garbled));
    }
}
