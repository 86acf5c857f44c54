//! The analyst's review as the screen needs it: every decision tied to the
//! figure it is about, corrected figures, added figures, and counts.
//!
//! The store keeps the engine's figures and their doubts and never changes
//! for a review action (rebuilding it would mean checking every doubt again,
//! seconds on a large corpus). This overlay is rebuilt instead, from the
//! review's decisions only, so its cost grows with what the analyst did,
//! not with the corpus; the doubts as reviewed are kept as what they change
//! of the store's ([`Rechecked`]), and a change to a figure checks again
//! only its article and the figures about its night, place and matter. Figures the analyst added get ids of their own,
//! from [`ADDED`] on, so the selection, the figures table and the claims
//! treat them like any other.
//!
//! The claims compare figures as reviewed. An article's or a night's are
//! read through the review where they lie in the store ([`AsReviewed`]).
//! For the corpus, only the rows of the items and events a change touched
//! are compared again ([`Work`]), from an owned [`Snapshot`] of the store's
//! figures so the comparing can run on another thread (`app/claims.rs`
//! does): the figures go into a small store of their own, its ids mapped
//! back, and the rows are merged into those there were ([`Part`]).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::checks::{Doubt, Rechecked, View};
use crate::compare::{self, Figures, Row, Scope};
use crate::model::{Article, Event, Figure, Item};
use crate::review::{Decision, Key, Review, corrected, dated, text_hash};
use crate::store::{FigureId, Store};

/// The first id of a figure the analyst added. Store ids stay below it
/// (two billion figures), and added ids do not move while the store grows
/// during loading.
pub const ADDED: FigureId = 1 << 31;

/// Whether `id` is a figure the analyst added.
pub fn is_added(id: FigureId) -> bool {
    id >= ADDED
}

/// What the analyst decided about a figure, as one mark. A decision can
/// hold several things (a correction and a flag); the mark shows the one
/// that matters most for reading the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    NotAFigure,
    Flagged,
    Added,
    Corrected,
    Accepted,
}

impl Mark {
    pub fn of(d: &Decision) -> Mark {
        if d.not_a_figure() {
            Mark::NotAFigure
        } else if d.flag.is_some() {
            Mark::Flagged
        } else if d.added.is_some() {
            Mark::Added
        } else if d.correction.as_ref().is_some_and(|c| !c.is_empty()) {
            Mark::Corrected
        } else {
            Mark::Accepted
        }
    }

    /// What the mark means, in a message.
    pub fn label(self) -> &'static str {
        match self {
            Mark::NotAFigure => "not a figure",
            Mark::Flagged => "flagged",
            Mark::Added => "added",
            Mark::Corrected => "corrected",
            Mark::Accepted => "accepted",
        }
    }

    /// The sign drawn before the figure in the text and in the table.
    pub fn sign(self) -> &'static str {
        match self {
            Mark::NotAFigure => "✗",
            Mark::Flagged => "⚑",
            Mark::Added => "+",
            Mark::Corrected => "✎",
            Mark::Accepted => "✓",
        }
    }
}

/// A figure the analyst added.
#[derive(Debug, Clone, PartialEq)]
pub struct AddedFigure {
    /// Store index of its article.
    pub article: usize,
    /// As the analyst has it (later corrections applied).
    pub figure: Figure,
    pub key: Key,
    pub decision: Decision,
}

/// Per-article counts for the articles list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Figures with a decision (added ones included).
    pub reviewed: usize,
    /// Figures with a flag, of any reason.
    pub flagged: usize,
    /// Figures the analyst added.
    pub added: usize,
}

/// The review laid over the store.
#[derive(Debug, Default)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Reviewed {
    /// Decisions on the store's figures, by id.
    decisions: FxHashMap<FigureId, Decision>,
    /// The store's figures that a correction changes, as corrected.
    corrected: FxHashMap<FigureId, Figure>,
    /// Added figures; the one with id `ADDED + i` is `added[i]`.
    added: Vec<AddedFigure>,
    /// Added ids by article, in text order.
    added_by_article: HashMap<usize, Vec<FigureId>>,
    /// Only articles with a decision on one of their figures.
    counts: HashMap<usize, Counts>,
    /// Entries about a loaded article that no figure matches any more
    /// (the article's text changed, or the figure went away).
    orphans: HashMap<usize, Vec<Key>>,
    /// Article ids that decisions are about, loaded or not, with how many
    /// decisions: a batch of articles with none of these needs no rebuild.
    wanted: HashMap<String, usize>,
    /// What changes figures for the comparison: corrected (Some), not a
    /// figure (None), added (Some), by id. Compared across rebuilds so the
    /// claims are recomputed only when this changes.
    effective: BTreeMap<FigureId, Option<Figure>>,
    /// How many of them each article holds.
    effective_articles: HashMap<usize, usize>,
    /// How many of them are about each date (a night's claims change with
    /// them).
    effective_dates: HashMap<Option<NaiveDate>, usize>,
    /// Text hash of each article, by store index: articles do not change
    /// once loaded, and hashing them again on every action would cost.
    hashes: HashMap<usize, String>,
    reviewed: usize,
    flagged: usize,
    /// Loaded articles the analyst gave a night, by store index.
    nights: HashMap<usize, NaiveDate>,
    /// The doubts about the figures as reviewed, where they differ from
    /// the store's.
    doubts: Rechecked,
}

impl Reviewed {
    /// Lay `review` over `store` again, keeping the cached text hashes.
    /// Returns whether the figures as reviewed changed (so the comparison
    /// must be redone), as against a mark alone.
    pub fn rebuild(&mut self, store: &Store, review: &Review) -> bool {
        let changed = self.lay(store, review);
        self.recheck(store);
        changed
    }

    /// [`Reviewed::rebuild`] without working out the doubts as reviewed,
    /// for a caller that checks the figures as reviewed itself
    /// (`check --review`).
    pub fn lay(&mut self, store: &Store, review: &Review) -> bool {
        let hashes = std::mem::take(&mut self.hashes);
        let old_effective = std::mem::take(&mut self.effective);
        *self = Reviewed {
            hashes,
            ..Reviewed::default()
        };
        // In key order, so added figures get the same ids on every rebuild
        // while the set of them stays the same.
        let mut decisions: Vec<(&Key, &Decision)> = review.decisions().collect();
        decisions.sort_by(|(a, _), (b, _)| {
            (&a.article, a.start, a.end, a.value).cmp(&(&b.article, b.start, b.end, b.value))
        });
        for (key, d) in decisions {
            self.want(&key.article, true);
            let Some(a) = store.article_index(&key.article) else {
                // About an article of another corpus: not ours to show.
                continue;
            };
            let hash = self
                .hashes
                .entry(a)
                .or_insert_with(|| text_hash(store.article(a)));
            if *hash != key.text_hash {
                self.orphans.entry(a).or_default().push(key.clone());
                continue;
            }
            if let Some(added) = &d.added {
                let id = ADDED + self.added.len() as FigureId;
                let mut figure = corrected(added, d);
                figure.article = key.article.as_str().into();
                self.count(a, d, 1);
                self.counts.entry(a).or_default().added += 1;
                self.effective
                    .insert(id, (!d.not_a_figure()).then(|| figure.clone()));
                self.effect_at(a, figure.date, 1);
                self.added_by_article.entry(a).or_default().push(id);
                self.added.push(AddedFigure {
                    article: a,
                    figure,
                    key: key.clone(),
                    decision: d.clone(),
                });
                continue;
            }
            let found = store.article_figures(a).find(|&id| {
                let f = store.figure(id);
                f.start == key.start && f.end == key.end && f.value == key.value
            });
            let Some(id) = found else {
                self.orphans.entry(a).or_default().push(key.clone());
                continue;
            };
            self.decide(store, a, id, Some(d));
        }
        for ids in self.added_by_article.values_mut() {
            let added = &self.added;
            ids.sort_by_key(|&id| added[(id - ADDED) as usize].figure.start);
        }
        for (article, hash, night) in review.article_dates() {
            self.want(article, true);
            let Some(a) = store.article_index(article) else {
                continue;
            };
            let current = self
                .hashes
                .entry(a)
                .or_insert_with(|| text_hash(store.article(a)));
            if current == hash {
                self.give_night(store, a, night);
            }
        }
        self.effective != old_effective
    }

    /// Bring the overlay up to date after the decision on `key`, and no
    /// other, changed: the cost of one decision rather than of the whole
    /// review, which a key press could not afford once the analyst has
    /// made thousands. Where one change moves others (an added figure
    /// shifts the added ids after it) or ties to no figure (an article not
    /// loaded or changed, a figure gone), the overlay is rebuilt instead.
    /// Returns what [`Reviewed::rebuild`] does.
    pub fn update(&mut self, store: &Store, review: &Review, key: &Key) -> bool {
        let new = review.decision(key);
        let found = store.article_index(&key.article).and_then(|a| {
            let hash = self
                .hashes
                .entry(a)
                .or_insert_with(|| text_hash(store.article(a)));
            if *hash != key.text_hash {
                return None;
            }
            let id = store.article_figures(a).find(|&id| {
                let f = store.figure(id);
                (f.start, f.end, f.value) == (key.start, key.end, key.value)
            })?;
            Some((a, id))
        });
        let added =
            new.is_some_and(|d| d.added.is_some()) || self.added.iter().any(|x| x.key == *key);
        // A figure of an article given a night takes it whatever the
        // decision: laid again with the rest of the article.
        let Some((a, id)) = found.filter(|&(a, _)| !added && !self.nights.contains_key(&a)) else {
            return self.rebuild(store, review);
        };
        let before = self.effective.get(&id).cloned();
        if let Some(old) = self.decisions.remove(&id) {
            self.want(&key.article, false);
            self.count(a, &old, -1);
            self.corrected.remove(&id);
            if let Some(was) = self.effective.remove(&id) {
                let engine = store.figure(id).date;
                self.effect(a, engine, was.map_or(engine, |f| f.date), -1);
            }
        }
        if new.is_some() {
            self.want(&key.article, true);
        }
        self.decide(store, a, id, new);
        let effect = self.effective.get(&id) != before.as_ref();
        if effect {
            let was = before.flatten();
            self.recheck_only(store, &[(id, was.as_ref())]);
        }
        effect
    }

    /// Work out the doubts as reviewed again, after the store's doubts
    /// changed: the checks a change to any figure can change, run again.
    pub fn recheck(&mut self, store: &Store) {
        self.doubts.clear();
        let changed: Vec<FigureId> = self.effective.keys().copied().collect();
        let changed: Vec<(FigureId, Option<&Figure>)> =
            changed.into_iter().map(|id| (id, None)).collect();
        self.recheck_only(store, &changed);
    }

    /// Run again the checks that changes to these figures (each with what
    /// the review had made of it before) can change.
    fn recheck_only(&mut self, store: &Store, changed: &[(FigureId, Option<&Figure>)]) {
        let mut doubts = std::mem::take(&mut self.doubts);
        let figures = self.view(store);
        doubts.recheck(
            &View::new(&figures, &self.added_ids(), &self.changed_ids()),
            store.checked(),
            changed,
        );
        self.doubts = doubts;
    }

    /// The doubts about figure `id` as reviewed.
    pub fn doubts<'a>(&'a self, store: &'a Store, id: FigureId) -> &'a [Doubt] {
        self.doubts.of(store.checked(), id)
    }

    /// The store's figures as reviewed.
    pub fn view<'a>(&'a self, store: &'a Store) -> AsReviewed<'a> {
        AsReviewed {
            reviewed: self,
            store,
        }
    }

    /// The store's figures the review changes (a correction, a night given
    /// to their article): those whose night may have moved.
    pub fn changed_ids(&self) -> Vec<FigureId> {
        self.corrected.keys().copied().collect()
    }

    /// The ids of the figures the analyst added.
    pub fn added_ids(&self) -> Vec<FigureId> {
        (0..self.added.len() as FigureId)
            .map(|i| ADDED + i)
            .collect()
    }

    /// Date the figures of article `a` that have no night, as the review
    /// has them, with the night the analyst gave it.
    fn give_night(&mut self, store: &Store, a: usize, night: NaiveDate) {
        self.nights.insert(a, night);
        for id in store.article_figures(a).chain(self.added_in(a).to_vec()) {
            let old = match self.effective.get(&id) {
                // Not a figure: nothing to date.
                Some(None) => continue,
                Some(Some(f)) => Some(f.date),
                None => None,
            };
            let now = self.figure(store, id);
            if now.date.is_some() || now.cumulative {
                continue;
            }
            let fixed = dated(now.clone(), Some(night));
            let engine = if is_added(id) {
                None
            } else {
                store.figure(id).date
            };
            if let Some(was) = old {
                self.effect(a, engine, was, -1);
            }
            self.effect(a, engine, Some(night), 1);
            self.effective.insert(id, Some(fixed.clone()));
            match self.added.get_mut((id.wrapping_sub(ADDED)) as usize) {
                Some(x) if is_added(id) => x.figure = fixed,
                _ => {
                    self.corrected.insert(id, fixed);
                }
            }
        }
    }

    /// Count a figure the review changes, of article `a`, in (`by` 1) or
    /// out (-1): under the night the engine gave it and the night it has
    /// now, as both nights' claims change with it.
    fn effect(&mut self, a: usize, engine: Option<NaiveDate>, now: Option<NaiveDate>, by: isize) {
        self.effect_at(a, engine, by);
        if now != engine {
            tally(&mut self.effective_dates, now, by);
        }
    }

    /// Lay decision `d` on the store's figure `id` of article `a`.
    fn decide(&mut self, store: &Store, a: usize, id: FigureId, d: Option<&Decision>) {
        let Some(d) = d else { return };
        self.count(a, d, 1);
        let engine = store.figure(id);
        if d.not_a_figure() {
            self.effective.insert(id, None);
        } else if d.correction.is_some() {
            let fixed = corrected(engine, d);
            if fixed != *engine {
                self.effective.insert(id, Some(fixed.clone()));
            }
            self.corrected.insert(id, fixed);
        }
        if let Some(now) = self.effective.get(&id) {
            let now = now.as_ref().map_or(engine.date, |f| f.date);
            self.effect(a, engine.date, now, 1);
        }
        self.decisions.insert(id, d.clone());
    }

    /// Count one more (or one fewer) decision about an article id.
    fn want(&mut self, article: &str, more: bool) {
        match self.wanted.get_mut(article) {
            Some(n) if !more && *n <= 1 => {
                self.wanted.remove(article);
            }
            Some(n) => *n = if more { *n + 1 } else { *n - 1 },
            None if more => {
                self.wanted.insert(article.to_string(), 1);
            }
            None => {}
        }
    }

    /// Count decision `d` on article `a` in (`by` 1) or out (-1).
    fn count(&mut self, a: usize, d: &Decision, by: isize) {
        let flagged = usize::from(d.flag.is_some());
        let c = self.counts.entry(a).or_default();
        c.reviewed = c.reviewed.saturating_add_signed(by);
        c.flagged = c.flagged.saturating_add_signed(by * flagged as isize);
        if *c == Counts::default() {
            self.counts.remove(&a);
        }
        self.reviewed = self.reviewed.saturating_add_signed(by);
        self.flagged = self.flagged.saturating_add_signed(by * flagged as isize);
    }

    /// Count a figure the review changes for the comparison, of article
    /// `a` and about `date`, in (`by` 1) or out (-1).
    fn effect_at(&mut self, a: usize, date: Option<NaiveDate>, by: isize) {
        tally(&mut self.effective_articles, a, by);
        tally(&mut self.effective_dates, date, by);
    }

    /// Whether a decision is about an article with this id, so that a
    /// newly loaded article calls for a rebuild.
    pub fn wants(&self, article_id: &str) -> bool {
        self.wanted.contains_key(article_id)
    }

    /// The figure as the analyst has it.
    pub fn figure<'a>(&'a self, store: &'a Store, id: FigureId) -> &'a Figure {
        if is_added(id) {
            return &self.added[(id - ADDED) as usize].figure;
        }
        self.corrected.get(&id).unwrap_or_else(|| store.figure(id))
    }

    pub fn decision(&self, id: FigureId) -> Option<&Decision> {
        if is_added(id) {
            return self.added.get((id - ADDED) as usize).map(|a| &a.decision);
        }
        self.decisions.get(&id)
    }

    pub fn added(&self, id: FigureId) -> Option<&AddedFigure> {
        is_added(id).then(|| self.added.get((id - ADDED) as usize))?
    }

    /// The added figures of article `a`, in text order.
    pub fn added_in(&self, a: usize) -> &[FigureId] {
        self.added_by_article.get(&a).map_or(&[], Vec::as_slice)
    }

    pub fn counts(&self, a: usize) -> Counts {
        self.counts.get(&a).copied().unwrap_or_default()
    }

    /// Entries about article `a` that no longer match it.
    pub fn orphans(&self, a: usize) -> &[Key] {
        self.orphans.get(&a).map_or(&[], Vec::as_slice)
    }

    pub fn orphan_count(&self) -> usize {
        self.orphans.values().map(Vec::len).sum()
    }

    /// Figures with a decision, added ones included.
    pub fn reviewed(&self) -> usize {
        self.reviewed
    }

    pub fn flagged(&self) -> usize {
        self.flagged
    }

    pub fn added_count(&self) -> usize {
        self.added.len()
    }

    /// Whether the figure counts for the comparison and the summary.
    pub fn counts_as_figure(&self, id: FigureId) -> bool {
        !self.decision(id).is_some_and(Decision::not_a_figure)
    }

    /// Whether the review changes any figure of this scope; when not, the
    /// store's own comparison stands.
    pub fn touches(&self, scope: Scope) -> bool {
        match scope {
            Scope::Article(a) | Scope::Undated(a) => self.effective_articles.contains_key(&a),
            Scope::Night(d) => self.effective_dates.contains_key(&Some(d)),
            Scope::Corpus => !self.effective.is_empty(),
        }
    }

    /// The comparison for `scope` with the figures as reviewed: corrected,
    /// without those that are not figures, with the added ones, read
    /// through the review rather than copied: a night of a large corpus
    /// holds tens of thousands of figures.
    pub fn compare(&self, store: &Store, scope: Scope) -> Vec<Row> {
        let mut ids: Vec<FigureId> = match scope {
            Scope::Article(a) => store
                .article_figures(a)
                .chain(self.added_in(a).iter().copied())
                .collect(),
            Scope::Night(d) => {
                // The store's figures of the night, less those the review
                // moved to another, plus those it moved here.
                let here = |f: &Figure| f.date == Some(d);
                let moved_in = self
                    .corrected
                    .iter()
                    .filter(|&(&id, f)| here(f) && !here(store.figure(id)))
                    .map(|(&id, _)| id);
                store
                    .by_date(d)
                    .iter()
                    .copied()
                    .filter(|&id| here(self.figure(store, id)))
                    .chain(moved_in)
                    .chain(
                        (0..self.added.len())
                            .filter(|&i| here(&self.added[i].figure))
                            .map(|i| ADDED + i as FigureId),
                    )
                    .collect()
            }
            Scope::Undated(a) => store
                .article_figures(a)
                .chain(self.added_in(a).iter().copied())
                .filter(|&id| self.figure(store, id).date.is_none())
                .collect(),
            Scope::Corpus => (0..store.figures().len() as FigureId)
                .chain((0..self.added.len()).map(|i| ADDED + i as FigureId))
                .collect(),
        };
        let view = self.view(store);
        let order = |&id: &FigureId| (view.article_of(id), self.figure(store, id).start);
        if !(ids.is_sorted_by_key(order) || self.corrected.is_empty() && self.added.is_empty()) {
            // Added figures, and figures moved to this night, go among their
            // article's, in text order.
            ids.sort_by_key(order);
        }
        compare::compare_figures(&view, scope, &ids)
    }

    /// What changes figures, by id (corrected or added: the figure; not a
    /// figure: none), to tell what changed between two states.
    pub fn effective(&self) -> &BTreeMap<FigureId, Option<Figure>> {
        &self.effective
    }

    /// The keys of the added figures, in id order: while they stay the
    /// same, so do the added figures' ids.
    pub fn added_keys(&self) -> Vec<&Key> {
        self.added.iter().map(|a| &a.key).collect()
    }

    /// The corpus comparison as reviewed, brought up to date from `rows`,
    /// the comparison when the review's effect was `before` (the store's
    /// own rows and an empty map, the first time), all at once. Added
    /// figures' ids must not have moved since (see [`Reviewed::added_keys`]).
    pub fn update_corpus(
        &self,
        store: &Store,
        rows: &[Row],
        before: &BTreeMap<FigureId, Option<Figure>>,
    ) -> Vec<Row> {
        match self.corpus_work(store, || Arc::new(Snapshot::of(store)), before) {
            Some(work) => work.run().merge(rows.to_vec()),
            None => rows.to_vec(),
        }
    }

    /// What bringing the corpus comparison up to date from the state
    /// `before` takes: the items and events that changed since (only their
    /// rows are compared again) and the review's changes to figures, with
    /// a `snapshot` of the store's (asked for only when there is work), all
    /// owned so that the comparing can go to another thread. None when
    /// nothing changed.
    pub fn corpus_work(
        &self,
        store: &Store,
        snapshot: impl FnOnce() -> Arc<Snapshot>,
        before: &BTreeMap<FigureId, Option<Figure>>,
    ) -> Option<Work> {
        let mut pairs: HashSet<(Item, Event)> = HashSet::new();
        let mut touch = |f: &Figure| {
            pairs.insert((f.item, f.event));
            // Interception rates and unaccounted weapons are worked out from
            // launches, interceptions and losses together.
            if compare::derived_slot(f.item, f.event).is_some() {
                for e in compare::DERIVED_FROM {
                    pairs.insert((f.item, e));
                }
            }
        };
        let changed = before
            .iter()
            .filter(|(id, f)| self.effective.get(id) != Some(*f))
            .chain(
                self.effective
                    .iter()
                    .filter(|(id, _)| !before.contains_key(id)),
            );
        for (&id, old) in changed {
            if !is_added(id) {
                touch(store.figure(id));
            }
            if let Some(f) = old {
                touch(f);
            }
            if let Some(Some(f)) = self.effective.get(&id) {
                touch(f);
            }
        }
        if pairs.is_empty() {
            return None;
        }
        Some(Work {
            pairs,
            snapshot: snapshot(),
            overrides: self
                .effective
                .iter()
                .map(|(&id, f)| (id, f.as_ref().map(bare_figure)))
                .collect(),
            added_owner: self.added.iter().map(|a| a.article).collect(),
        })
    }
}

/// The store's figures as the review has them, for the comparison and the
/// checks.
pub struct AsReviewed<'a> {
    reviewed: &'a Reviewed,
    store: &'a Store,
}

impl Figures for AsReviewed<'_> {
    fn store(&self) -> &Store {
        self.store
    }

    fn compared(&self, id: FigureId) -> Option<&Figure> {
        match self.reviewed.effective.get(&id) {
            // Corrected, added, or not a figure.
            Some(f) => f.as_ref(),
            None if is_added(id) => None,
            None => Some(self.store.figure(id)),
        }
    }

    fn article_of(&self, id: FigureId) -> usize {
        match self.reviewed.added(id) {
            Some(a) => a.article,
            None => self.store.owner(id),
        }
    }
}

/// The store's figures as the thread that compares the corpus reads them.
#[derive(Debug)]
pub enum Snapshot {
    /// The store itself, shared: once loading is over nothing changes it,
    /// so sharing costs nothing and never forces a copy.
    Shared(Arc<Store>),
    /// While the loader still adds articles: the figures with only what
    /// the comparison reads of them, each with its article's index, and
    /// the articles without their text.
    Copied {
        articles: Vec<Article>,
        figures: Vec<(usize, Figure)>,
    },
}

impl Snapshot {
    /// A copy of what the comparison reads of `store`.
    pub fn of(store: &Store) -> Snapshot {
        Snapshot::Copied {
            articles: store.articles().iter().map(Article::without_text).collect(),
            figures: (0..store.figures().len() as FigureId)
                .map(|id| (store.owner(id), bare_figure(store.figure(id))))
                .collect(),
        }
    }

    /// Every figure with its id and its article's index, in id order.
    fn each(&self, mut visit: impl FnMut(FigureId, usize, &Figure)) {
        match self {
            Snapshot::Shared(store) => {
                for a in 0..store.articles().len() {
                    for id in store.article_figures(a) {
                        visit(id, a, store.figure(id));
                    }
                }
            }
            Snapshot::Copied { figures, .. } => {
                for (id, (owner, f)) in figures.iter().enumerate() {
                    visit(id as FigureId, *owner, f);
                }
            }
        }
    }

    /// Article `a`, without its text.
    fn article(&self, a: usize) -> Article {
        match self {
            Snapshot::Shared(store) => store.article(a).without_text(),
            Snapshot::Copied { articles, .. } => articles[a].clone(),
        }
    }
}

/// A corpus comparison to run, owned so that it can run on another thread.
#[derive(Debug)]
pub struct Work {
    /// The items and events whose rows are compared again.
    pairs: HashSet<(Item, Event)>,
    snapshot: Arc<Snapshot>,
    /// The review's changes to figures: corrected or added (the figure),
    /// not a figure (none).
    overrides: BTreeMap<FigureId, Option<Figure>>,
    /// The article of each added figure.
    added_owner: Vec<usize>,
}

impl Work {
    /// Compare the figures of the pairs as reviewed, in a store of their own
    /// (the store cannot change a figure in place), its ids mapped back to
    /// ours. The slow part.
    pub fn run(self) -> Part {
        let wanted = |f: &Figure| self.pairs.contains(&(f.item, f.event));
        // (article, start, id, figure), to push in store order.
        let mut picked: Vec<(usize, usize, FigureId, Figure)> = Vec::new();
        self.snapshot.each(|id, owner, f| {
            let f = match self.overrides.get(&id) {
                Some(None) => return,
                Some(Some(fixed)) => fixed,
                None => f,
            };
            if wanted(f) {
                picked.push((owner, f.start, id, bare_figure(f)));
            }
        });
        for (&id, f) in self.overrides.range(ADDED..) {
            if let Some(f) = f.as_ref().filter(|f| wanted(f)) {
                let owner = self.added_owner[(id - ADDED) as usize];
                picked.push((owner, f.start, id, f.clone()));
            }
        }
        picked.sort_unstable_by_key(|&(a, start, id, _)| (a, start, id));
        let mut small = Store::default();
        let mut ours = Vec::with_capacity(picked.len());
        let mut figures = Vec::new();
        let mut at = picked.first().map(|p| p.0);
        for (a, _, id, f) in picked {
            if Some(a) != at {
                if let Some(prev) = at {
                    small.push(self.snapshot.article(prev), std::mem::take(&mut figures));
                }
                at = Some(a);
            }
            figures.push(f);
            ours.push(id);
        }
        if let Some(prev) = at {
            small.push(self.snapshot.article(prev), figures);
        }
        let rows = if small.articles().is_empty() {
            Vec::new()
        } else {
            remap(compare::compare(&small, Scope::Corpus), &ours)
        };
        Part {
            pairs: self.pairs,
            rows,
        }
    }
}

/// Rows of a scope's own store with its figure ids turned into ours.
fn remap(mut rows: Vec<Row>, ours: &[FigureId]) -> Vec<Row> {
    for r in &mut rows {
        for cell in [&mut r.ua, &mut r.ru, &mut r.other, &mut r.unknown] {
            for claim in cell.iter_mut() {
                for f in &mut claim.figures {
                    *f = ours[*f as usize];
                }
            }
        }
    }
    rows
}

/// Rows compared again, for some items and events.
#[derive(Debug)]
pub struct Part {
    pairs: HashSet<(Item, Event)>,
    rows: Vec<Row>,
}

impl Part {
    /// `base` with these rows in place of its rows for the same items and
    /// events, in the comparison's order. It takes `base` over rather than
    /// copying it: across the corpus there are a row per matter and night.
    pub fn merge(self, mut base: Vec<Row>) -> Vec<Row> {
        base.retain(|r| !self.pairs.contains(&(r.matter.item, r.matter.event)));
        base.extend(self.rows);
        compare::sort_rows(&mut base);
        base
    }
}

/// A figure with only what the comparison reads of it (no text or
/// sentence: the claims pane reads those from the figure itself; the
/// source and place are shared, not copied), so that comparing the whole
/// corpus as reviewed copies numbers, not strings.
fn bare_figure(f: &Figure) -> Figure {
    Figure {
        // Empty shared strings cost no allocation.
        article: Default::default(),
        value: f.value,
        qualifier: f.qualifier,
        item: f.item,
        event: f.event,
        attacker: f.attacker,
        claimant: f.claimant,
        source: f.source.clone(),
        text: Default::default(),
        start: f.start,
        end: f.end,
        sentence: Default::default(),
        sentence_start: f.sentence_start,
        sentence_end: f.sentence_end,
        weapon: None,
        subset_of: f.subset_of,
        cumulative: f.cumulative,
        date: f.date,
        language: f.language,
        location: f.location.clone(),
        confidence: f.confidence,
        rule: Default::default(),
    }
}

/// Add `by` to the count under `k`, dropping it at zero.
fn tally<K: std::hash::Hash + Eq>(counts: &mut HashMap<K, usize>, k: K, by: isize) {
    use std::collections::hash_map::Entry;
    match counts.entry(k) {
        Entry::Occupied(mut e) => match e.get().saturating_add_signed(by) {
            0 => {
                e.remove();
            }
            n => *e.get_mut() = n,
        },
        Entry::Vacant(e) => {
            if by > 0 {
                e.insert(by.unsigned_abs());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Claimant;
    use crate::model::Side;
    use crate::review::{Correction, Reason};

    type Last = (Vec<Row>, BTreeMap<FigureId, Option<Figure>>);

    fn key(store: &Store, id: FigureId) -> Key {
        Key::of(store.article(store.owner(id)), store.figure(id))
    }

    /// The corpus rows brought up to date from the last ones (as the claims
    /// cache does) and from the store's own are the rows of comparing
    /// everything as reviewed.
    fn check(store: &Store, engine: &[Row], last: &mut Last, reviewed: &Reviewed) {
        let full = reviewed.compare(store, Scope::Corpus);
        let stepped = reviewed.update_corpus(store, &last.0, &last.1);
        assert_eq!(stepped, full);
        let fresh = reviewed.update_corpus(store, engine, &BTreeMap::new());
        assert_eq!(fresh, full);
        // Over the store itself, shared, as once loading is over.
        let shared = Arc::new(Snapshot::Shared(Arc::new(store.clone())));
        let over_store = reviewed
            .corpus_work(store, || shared, &last.1)
            .map_or_else(|| last.0.clone(), |work| work.run().merge(last.0.clone()));
        assert_eq!(over_store, full);
        *last = (stepped, reviewed.effective().clone());
    }

    proptest::proptest! {
        /// A decision changed on one figure updates the overlay to what
        /// laying the whole review again gives, whatever the actions:
        /// on the engine's figures, on one the analyst added, on an
        /// article whose text changed, on one not loaded, on a figure gone.
        #[test]
        fn one_decision_updated_is_the_whole_review_laid_again(
            ops in proptest::collection::vec((0u8..7, 0usize..7, 0u64..4), 1..30)
        ) {
            let store = Store::build(crate::corpus::sample());
            let (a0, a1) = (store.owner(0), store.owner(store.figures().len() as FigureId - 1));
            let ids = [0, 1, store.article_figures(a1).start];
            let mut keys: Vec<Key> = ids.iter().map(|&id| key(&store, id)).collect();
            keys.push(Key { text_hash: "changed".into(), ..keys[0].clone() });
            keys.push(Key { article: "not loaded".into(), ..keys[0].clone() });
            keys.push(Key { value: 1_000_001, ..keys[1].clone() });
            let mut added = store.figure(0).clone();
            (added.start, added.end, added.value) = (0, 1, 7);
            let added_key = Key::of(store.article(a0), &added);
            keys.push(added_key);
            let mut review = Review::in_memory();
            let mut stepped = Reviewed::default();
            let mut last = BTreeMap::new();
            for (op, k, x) in ops {
                let key = keys[k].clone();
                let named = match op {
                    0 => { review.accept(key.clone()); Some(key) }
                    1 => { review.flag(key.clone(), Reason::ALL[x as usize], String::new()); Some(key) }
                    2 => {
                        let c = Correction { value: Some(x), item: (x == 2).then_some(Item::Missile), ..Correction::default() };
                        review.correct(key.clone(), c, String::new());
                        Some(key)
                    }
                    3 => { review.record(crate::review::Action::Clear { key: key.clone() }); Some(key) }
                    4 => {
                        // A new figure, or one at an engine figure's place.
                        let f = if x % 2 == 0 { added.clone() } else { store.figure(1).clone() };
                        review.add(store.article(a0), f, String::new());
                        Some(if x % 2 == 0 { keys[6].clone() } else { keys[1].clone() })
                    }
                    5 => { let named = review.undo_key().cloned(); review.undo(); named }
                    _ => { let named = review.redo_key().cloned(); review.redo(); named }
                };
                let Some(named) = named else { continue };
                let effect = stepped.update(&store, &review, &named);
                let mut whole = Reviewed::default();
                whole.rebuild(&store, &review);
                proptest::prop_assert_eq!(effect, whole.effective != last);
                last = whole.effective.clone();
                // Text hashes are a cache, kept across updates.
                stepped.hashes.retain(|a, _| whole.hashes.contains_key(a));
                proptest::prop_assert_eq!(&stepped, &whole);
            }
        }
    }

    /// The sample corpus with nights that several articles report, and an
    /// article whose interceptions exceed its launches: a store with doubts
    /// of every family for the review to change.
    static CHECKED: std::sync::LazyLock<Store> = std::sync::LazyLock::new(|| {
        let mut articles = crate::corpus::sample();
        for (i, text) in [
            "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said, and 90 were shot down and 20 did not reach their targets.",
            "Date: 2025-06-05\n\nRussia launched 120 drones overnight, officials in Kyiv said.",
            "Date: 2025-06-05\n\nRussia launched at least 130 drones overnight. Ukraine said 95 were shot down.",
            "Russia launched 140 drones, officials in Kyiv said, and 60 were shot down.",
        ]
        .into_iter()
        .enumerate()
        {
            articles.push(crate::corpus::parse_text(&format!("night{i}"), "t", text.into()));
        }
        Store::build(articles)
    });

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// The doubts as reviewed, brought up to date action by action by
        /// checking again only what each can change, are those of checking
        /// every figure as reviewed.
        #[test]
        fn doubts_kept_up_to_date_are_those_of_checking_everything_again(
            ops in proptest::collection::vec((0u8..9, 0usize..10_000, 0u8..4), 1..12)
        ) {
            let store = &*CHECKED;
            let n = store.figures().len();
            // Figures of the nights several articles report, so that
            // actions meet on the same figures and groups.
            let crowded: Vec<FigureId> = (0..n as FigureId)
                .filter(|&id| store.figure(id).date.is_some_and(|d| store.by_date(d).len() > 4))
                .collect();
            let undated = (0..n as FigureId).find(|&id| store.figure(id).date.is_none() && store.figure(id).value == 140).unwrap();
            let mut review = Review::in_memory();
            let mut reviewed = Reviewed::default();
            reviewed.rebuild(store, &review);
            let claimants = [Claimant::Unknown, Claimant::Ua, Claimant::Ru, Claimant::Other];
            let items = [Item::Drone, Item::Missile, Item::Person, Item::Other];
            let events = [Event::Launched, Event::Intercepted, Event::NotReached, Event::Killed];
            for (op, pick, x) in ops {
                let id = crowded[pick % crowded.len()];
                let k = key(store, id);
                let x = x as usize;
                let correct = |c: Correction| Some((k.clone(), c));
                let named = match op {
                    0 => {
                        review.flag(k.clone(), Reason::NotAFigure, String::new());
                        Some(k)
                    }
                    1..=3 => {
                        let c = match op {
                            1 => Correction { claimant: Some(claimants[x]), ..Correction::default() },
                            2 => Correction { value: Some(50 * x as u64 + 1), item: Some(items[x]), ..Correction::default() },
                            _ => Correction { event: Some(events[x]), attacker: Some(x.is_multiple_of(2).then_some(Side::Ua)), ..Correction::default() },
                        };
                        let (k, c) = correct(c).unwrap();
                        review.correct(k.clone(), c, String::new());
                        Some(k)
                    }
                    4 => {
                        let mut f = store.figure(id).clone();
                        (f.start, f.end, f.value) = (f.start.saturating_sub(1), f.start, f.value + x as u64);
                        let k = Key::of(store.article(store.owner(id)), &f);
                        review.add(store.article(store.owner(id)), f, String::new());
                        Some(k)
                    }
                    5 => { let named = review.undo_key().cloned(); review.undo(); named }
                    // A night moved a day on, or to the undated article's.
                    7 => {
                        let d = store.figure(id).date.unwrap();
                        let date = if x < 2 { d.succ_opt() } else { Some(d) };
                        let (k, c) = correct(Correction { date: Some(date), ..Correction::default() }).unwrap();
                        let k = if x % 2 == 1 { key(store, undated) } else { k };
                        review.correct(k.clone(), c, String::new());
                        Some(k)
                    }
                    8 => {
                        let night = store.figure(id).date.filter(|_| x > 0);
                        review.date_article(store.article(store.owner(undated)), night);
                        None
                    }
                    _ => { review.accept(k.clone()); Some(k) }
                };
                // An article's night is laid with the whole review.
                match named {
                    Some(named) => reviewed.update(store, &review, &named),
                    None => reviewed.rebuild(store, &review),
                };
                let figures = reviewed.view(store);
                let full = crate::checks::check(&crate::checks::View::new(
                    &figures,
                    &reviewed.added_ids(),
                    &reviewed.changed_ids(),
                ));
                for id in (0..n as FigureId).chain(reviewed.added_ids()) {
                    proptest::prop_assert_eq!(reviewed.doubts(store, id), full.of(id), "figure {}", id);
                }
            }
        }
    }

    /// A figure corrected into another matter, then into a third, leaves
    /// the doubts of the second: the figures there no longer name it.
    #[test]
    fn a_figure_corrected_twice_leaves_the_figures_of_its_second_matter() {
        let store = &*CHECKED;
        let night0 = store.article_index("night0").expect("night0");
        let hundred = store.article_figures(night0).start;
        assert_eq!(store.figure(hundred).value, 100);
        let k = key(store, hundred);
        let mut review = Review::in_memory();
        let mut reviewed = Reviewed::default();
        let named = |reviewed: &Reviewed, id: FigureId| {
            (0..store.figures().len() as FigureId)
                .filter(|&other| {
                    reviewed
                        .doubts(store, other)
                        .iter()
                        .any(|d| d.related().contains(&id))
                })
                .count()
        };
        for event in [Event::Intercepted, Event::NotReached] {
            let c = Correction {
                event: Some(event),
                ..Correction::default()
            };
            review.correct(k.clone(), c, String::new());
            reviewed.update(store, &review, &k);
            let figures = reviewed.view(store);
            let full = crate::checks::check(&crate::checks::View::new(&figures, &[], &[]));
            let by_full = (0..store.figures().len() as FigureId)
                .filter(|&other| {
                    full.of(other)
                        .iter()
                        .any(|d| d.related().contains(&hundred))
                })
                .count();
            assert_eq!(named(&reviewed, hundred), by_full, "{event:?}");
            if event == Event::Intercepted {
                assert!(by_full > 0, "90 and 95 shot down are held against it");
            }
        }
    }

    /// A row without its claims' figure ids, and each claim's figures told
    /// by article and place instead.
    type Placed = (Row, Vec<Vec<(usize, usize)>>);

    /// Rows with each claim's figures told by article and place, so rows of
    /// two stores can be held side by side.
    fn placed(rows: Vec<Row>, at: impl Fn(FigureId) -> (usize, usize)) -> Vec<Placed> {
        rows.into_iter()
            .map(|r| {
                let places = r
                    .cells()
                    .iter()
                    .flat_map(|cell| cell.iter())
                    .map(|c| c.figures.iter().map(|&id| at(id)).collect())
                    .collect();
                (r, places)
            })
            .map(|(mut r, places)| {
                for cell in [&mut r.ua, &mut r.ru, &mut r.other, &mut r.unknown] {
                    cell.iter_mut().for_each(|c| c.figures.clear());
                }
                (r, places)
            })
            .collect()
    }

    /// An article's and a night's claims as reviewed are those of a store
    /// whose figures are the reviewed ones: corrected, without those that
    /// are not figures, with the added ones in their place.
    #[test]
    fn claims_as_reviewed_are_those_of_the_figures_as_reviewed() {
        let store = Store::build(crate::corpus::sample());
        let n = store.figures().len() as FigureId;
        let mut review = Review::in_memory();
        for id in (0..n).step_by(3) {
            match id % 4 {
                0 => review.flag(key(&store, id), Reason::NotAFigure, String::new()),
                1 => review.correct(
                    key(&store, id),
                    Correction {
                        value: Some(u64::from(id)),
                        item: Some(Item::Missile),
                        ..Correction::default()
                    },
                    String::new(),
                ),
                2 => {
                    let mut f = store.figure(id).clone();
                    (f.start, f.value) = (f.start.saturating_sub(1), f.value + 3);
                    review.add(store.article(store.owner(id)), f, String::new())
                }
                _ => review.accept(key(&store, id)),
            };
        }
        let mut reviewed = Reviewed::default();
        reviewed.rebuild(&store, &review);
        assert!(reviewed.added_count() > 3 && !reviewed.effective.is_empty());
        // The oracle: every article again, with its figures as reviewed.
        let mut oracle = Store::default();
        for a in 0..store.articles().len() {
            let mut figures: Vec<Figure> = store
                .article_figures(a)
                .chain(reviewed.added_in(a).iter().copied())
                .filter(|&id| reviewed.counts_as_figure(id))
                .map(|id| reviewed.figure(&store, id).clone())
                .collect();
            figures.sort_by_key(|f| f.start);
            oracle.push(store.article(a).clone(), figures);
        }
        let ours = |id: FigureId| {
            let a = reviewed
                .added(id)
                .map_or_else(|| store.owner(id), |x| x.article);
            (a, reviewed.figure(&store, id).start)
        };
        let theirs = |id: FigureId| (oracle.owner(id), oracle.figure(id).start);
        let mut scopes: Vec<Scope> = (0..store.articles().len()).map(Scope::Article).collect();
        scopes.extend(store.dates().map(Scope::Night));
        scopes.extend((0..store.articles().len()).map(Scope::Undated));
        scopes.push(Scope::Corpus);
        for scope in scopes {
            assert_eq!(
                placed(reviewed.compare(&store, scope), ours),
                placed(compare::compare(&oracle, scope), theirs),
                "{scope:?}"
            );
        }
    }

    #[test]
    fn updated_corpus_rows_match_a_full_comparison() {
        let store = Store::build(crate::corpus::sample());
        let engine = compare::compare(&store, Scope::Corpus);
        let mut last: Last = (engine.clone(), BTreeMap::new());
        let mut review = Review::in_memory();
        let mut reviewed = Reviewed::default();
        let n = store.figures().len() as FigureId;
        let find = |item: Item, event: Option<Event>| {
            (0..n)
                .find(|&id| {
                    let f = store.figure(id);
                    f.item == item && event.is_none_or(|e| f.event == e)
                })
                .unwrap()
        };
        let drone = find(Item::Drone, Some(Event::Intercepted));
        review.flag(key(&store, drone), Reason::NotAFigure, String::new());
        reviewed.rebuild(&store, &review);
        check(&store, &engine, &mut last, &reviewed);
        // A person count corrected into a missile launch: both pairs move.
        let person = find(Item::Person, None);
        review.correct(
            key(&store, person),
            Correction {
                value: Some(999),
                item: Some(Item::Missile),
                event: Some(Event::Launched),
                claimant: Some(Claimant::Ru),
                ..Correction::default()
            },
            String::new(),
        );
        reviewed.rebuild(&store, &review);
        check(&store, &engine, &mut last, &reviewed);
        // Then touched again in a pair the correction did not move it from.
        review.correct(
            key(&store, person),
            Correction {
                value: Some(998),
                ..Correction::default()
            },
            String::new(),
        );
        reviewed.rebuild(&store, &review);
        check(&store, &engine, &mut last, &reviewed);
        let mut added = store.figure(person).clone();
        (added.start, added.end, added.value) = (0, 1, 7);
        (added.item, added.event, added.attacker) =
            (Item::Drone, Event::NotReached, Some(Side::Ua));
        review.add(store.article(store.owner(person)), added, String::new());
        assert!(reviewed.rebuild(&store, &review));
        // An addition moves added ids: the cache starts again from the
        // store's rows, which `fresh` covers.
        last = (
            reviewed.compare(&store, Scope::Corpus),
            reviewed.effective().clone(),
        );
        check(&store, &engine, &mut last, &reviewed);
        for step in ["undo", "redo", "undo", "undo"] {
            if step == "undo" {
                review.undo();
            } else {
                review.redo();
            }
            reviewed.rebuild(&store, &review);
            if step == "undo"
                && reviewed.added_count() == 0
                && last.1.keys().any(|&id| is_added(id))
            {
                last = (
                    reviewed.compare(&store, Scope::Corpus),
                    reviewed.effective().clone(),
                );
            }
            check(&store, &engine, &mut last, &reviewed);
        }
        // A mark alone changes no figure.
        review.accept(key(&store, 0));
        assert!(!reviewed.rebuild(&store, &review));
    }
}
