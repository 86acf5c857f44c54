//! The claims pane's rows: the comparison for the article, the night or the
//! corpus, with the figures as the analyst has them, cached per scope and
//! recomputed only when the scope, the doubts or a reviewed figure change.
//!
//! The corpus is the costly one (tens of milliseconds at 10,000 articles).
//! Its rows are brought up to date from the last ones, comparing again only
//! the items and events a review action changed, and on a thread of its
//! own: until that lands, the pane shows the rows it had (the engine's, the
//! first time), marked as being updated, so a key press never waits for
//! it. Code that needs the exact rows (moving in the pane, jumping to a
//! claim, tests) waits instead.

use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use super::{App, ScopeKind, landed};
use crate::compare::{self, Row, Scope};
use crate::model::Figure;
use crate::review::Key;
use crate::store::FigureId;
use crate::tui::action::Prepared;
use crate::tui::reviewed::{Part, Snapshot};

/// Rows cached under a key.
type Cached<K> = Option<(K, Rc<Vec<Row>>)>;

/// Which store corpus rows were made from: the doubts generation (a new
/// store from the loader) and the number of figures (it grows while
/// loading).
type StoreKey = (u64, usize);

/// Claims rows per scope, each under the scope and the doubts and
/// review-effect generations it was computed for.
#[derive(Debug, Default)]
pub(super) struct ClaimsCache {
    article: Cached<(usize, u64, u64)>,
    night: Cached<(Option<Scope>, u64, u64)>,
    corpus: Option<CorpusRows>,
    /// The store's own corpus rows, to start from.
    corpus_engine: Cached<StoreKey>,
    /// The store's figures for the comparing thread.
    snapshot: Option<(StoreKey, Arc<Snapshot>)>,
    /// The corpus comparison running on another thread.
    job: Option<CorpusJob>,
}

/// The corpus rows as reviewed, with what they were computed from, so the
/// next change to the review updates them rather than starting over.
#[derive(Debug)]
struct CorpusRows {
    /// The store, and the review-effect generation.
    key: (StoreKey, u64),
    effective: BTreeMap<FigureId, Option<Figure>>,
    /// Added figures' keys: while the same, their ids are too.
    added: Vec<Key>,
    rows: Rc<Vec<Row>>,
}

/// A corpus comparison under way: what it will be rows for, and the rows
/// it updates.
#[derive(Debug)]
struct CorpusJob {
    key: (StoreKey, u64),
    effective: BTreeMap<FigureId, Option<Figure>>,
    added: Vec<Key>,
    base: Rc<Vec<Row>>,
    rx: Receiver<Part>,
}

impl App {
    /// Take in the doubts and the engine's corpus rows worked out over the
    /// whole store.
    pub fn take_prepared(&mut self, prepared: Prepared) {
        self.store_mut().set_doubts(prepared.doubts);
        self.reviewed.recheck(&self.store);
        self.doubts_gen += 1;
        let key = self.store_key();
        self.claims.borrow_mut().corpus_engine = Some((key, Rc::new(prepared.corpus)));
    }

    /// The comparison for `scope`: the store's own, unless the review
    /// changes a figure in it.
    fn compare(&self, scope: Scope) -> Vec<Row> {
        if self.reviewed.touches(scope) {
            self.reviewed.compare(&self.store, scope)
        } else {
            compare::compare(&self.store, scope)
        }
    }

    /// The claims rows for the current scope, exactly as things stand
    /// (waiting for a corpus comparison under way).
    pub fn claim_rows(&self) -> Rc<Vec<Row>> {
        self.rows_for_scope(true)
    }

    /// The corpus rows as reviewed, whatever the pane's scope, without
    /// waiting: while they are compared on their thread, the last ones
    /// (the engine's, the first time), and false.
    pub(super) fn corpus_claims_now(&self) -> (Rc<Vec<Row>>, bool) {
        let mut cache = self.claims.borrow_mut();
        let rows = self.corpus_rows(&mut cache, false);
        let key = (self.store_key(), self.effect_gen);
        let exact = cache.corpus.as_ref().is_some_and(|c| c.key == key);
        (rows, exact)
    }

    /// The claims rows to draw: in corpus scope, the last ones while newer
    /// ones are being compared (see [`App::claims_updating`]).
    pub fn claim_rows_shown(&self) -> Rc<Vec<Row>> {
        self.rows_for_scope(false)
    }

    /// The corpus rows to draw, whatever the scope: the last ones while
    /// newer ones are being compared.
    pub fn corpus_rows_shown(&self) -> Rc<Vec<Row>> {
        let mut cache = self.claims.borrow_mut();
        self.corpus_rows(&mut cache, false)
    }

    /// Whether the corpus rows shown are older than the review.
    pub fn claims_updating(&self) -> bool {
        let key = (self.store_key(), self.effect_gen);
        let cache = self.claims.borrow();
        self.scope == ScopeKind::Corpus
            && match &cache.corpus {
                Some(c) => c.key != key,
                // The first comparison as reviewed, under way.
                None => cache.job.is_some(),
            }
    }

    /// Take in a corpus comparison that has finished; true when it did (and
    /// the screen should be drawn again).
    pub(super) fn poll_claims(&self) -> bool {
        let mut cache = self.claims.borrow_mut();
        install(&mut cache, false)
    }

    /// Whether a corpus comparison is running.
    pub fn claims_busy(&self) -> bool {
        self.claims.borrow().job.is_some()
    }

    fn rows_for_scope(&self, wait: bool) -> Rc<Vec<Row>> {
        let mut cache = self.claims.borrow_mut();
        let (doubts, effect) = (self.doubts_gen, self.effect_gen);
        match self.scope {
            ScopeKind::Article => {
                let Some(a) = self.current() else {
                    return Rc::default();
                };
                let key = (a, doubts, effect);
                if cache.article.as_ref().is_none_or(|(k, _)| *k != key) {
                    cache.article = Some((key, Rc::new(self.compare(Scope::Article(a)))));
                }
                cache
                    .article
                    .as_ref()
                    .map(|(_, r)| r.clone())
                    .unwrap_or_default()
            }
            ScopeKind::Night => {
                let night = self.night_scope();
                let key = (night, doubts, effect);
                if cache.night.as_ref().is_none_or(|(k, _)| *k != key) {
                    let rows = night.map(|s| self.compare(s)).unwrap_or_default();
                    cache.night = Some((key, Rc::new(rows)));
                }
                cache
                    .night
                    .as_ref()
                    .map(|(_, r)| r.clone())
                    .unwrap_or_default()
            }
            ScopeKind::Corpus => self.corpus_rows(&mut cache, wait),
        }
    }

    /// What night scope compares: the night [`App::night`] names, or for
    /// an article with none, its own undated figures (those of two undated
    /// articles are not set against each other).
    pub fn night_scope(&self) -> Option<Scope> {
        self.night()
            .map(Scope::Night)
            .or_else(|| self.current().map(Scope::Undated))
    }

    fn store_key(&self) -> StoreKey {
        (self.doubts_gen, self.store.figures().len())
    }

    fn corpus_rows(&self, cache: &mut ClaimsCache, wait: bool) -> Rc<Vec<Row>> {
        let key = (self.store_key(), self.effect_gen);
        install(cache, wait);
        if let Some(c) = &cache.corpus
            && c.key == key
        {
            return c.rows.clone();
        }
        let added: Vec<Key> = self.reviewed.added_keys().into_iter().cloned().collect();
        // Rows of an earlier state are a base, and fit to show meanwhile,
        // while the store and the added figures' ids are the same.
        let last = cache
            .corpus
            .as_ref()
            .filter(|c| c.key.0 == key.0 && c.added == added);
        // The first comparison as reviewed shows the engine's rows
        // meanwhile, later ones the rows they update; rows of another store
        // or of other added figures are no base, and those compare here.
        let first = cache.corpus.is_none();
        if cache.job.is_some() {
            // One comparison at a time: this state's follows when it lands.
            if let Some(c) = last {
                return c.rows.clone();
            }
            if first {
                return self.engine_corpus(cache);
            }
        }
        cache.job = None;
        let (base, before, shown) = match last {
            Some(c) => (c.rows.clone(), c.effective.clone(), Some(c.rows.clone())),
            None => {
                let engine = self.engine_corpus(cache);
                let shown = first.then(|| engine.clone());
                (engine, BTreeMap::new(), shown)
            }
        };
        let effective = self.reviewed.effective().clone();
        let work = self
            .reviewed
            .corpus_work(&self.store, || self.snapshot(cache), &before);
        let rows = match (work, shown) {
            (None, _) => base,
            (Some(work), Some(shown)) if !wait => {
                let (tx, rx) = mpsc::channel();
                let spawned = std::thread::Builder::new()
                    .name("counterclaim-claims".into())
                    .spawn(move || {
                        let _ = tx.send(work.run());
                    });
                if spawned.is_ok() {
                    cache.job = Some(CorpusJob {
                        key,
                        effective,
                        added,
                        base,
                        rx,
                    });
                    return shown;
                }
                // No thread to be had: compare here, as below.
                Rc::new(self.reviewed.update_corpus(&self.store, &base, &before))
            }
            (Some(work), _) => Rc::new(work.run().merge(Rc::unwrap_or_clone(base))),
        };
        cache.corpus = Some(CorpusRows {
            key,
            effective,
            added,
            rows: rows.clone(),
        });
        rows
    }

    /// The store's own corpus rows, computed once per store.
    fn engine_corpus(&self, cache: &mut ClaimsCache) -> Rc<Vec<Row>> {
        let key = self.store_key();
        match &cache.corpus_engine {
            Some((k, rows)) if *k == key => rows.clone(),
            _ => {
                let rows = Rc::new(compare::compare(&self.store, Scope::Corpus));
                cache.corpus_engine = Some((key, rows.clone()));
                rows
            }
        }
    }

    /// The store's figures for the comparing thread: the store itself once
    /// loading is over (nothing changes it then), else a copy made once
    /// per store, so that the loader's next batch does not copy the store.
    fn snapshot(&self, cache: &mut ClaimsCache) -> Arc<Snapshot> {
        if self.settled() {
            cache.snapshot = None;
            return Arc::new(Snapshot::Shared(self.store.clone()));
        }
        let key = self.store_key();
        match &cache.snapshot {
            Some((k, s)) if *k == key => s.clone(),
            _ => {
                let s = Arc::new(Snapshot::of(&self.store));
                cache.snapshot = Some((key, s.clone()));
                s
            }
        }
    }
}

/// Take in the corpus comparison under way if it is done (or, with `wait`,
/// once it is); true when rows were taken in.
fn install(cache: &mut ClaimsCache, wait: bool) -> bool {
    let Some(job) = &cache.job else {
        return false;
    };
    let Some(part) = landed(&job.rx, wait) else {
        return false;
    };
    let Some(job) = cache.job.take() else {
        return false;
    };
    // A comparison that failed leaves the last rows, to be redone.
    let Some(part) = part else {
        return false;
    };
    // The rows updated are let go of here, so the merge takes them over
    // rather than copying them.
    cache.corpus = None;
    cache.corpus = Some(CorpusRows {
        key: job.key,
        effective: job.effective,
        added: job.added,
        rows: Rc::new(part.merge(Rc::unwrap_or_clone(job.base))),
    });
    true
}
