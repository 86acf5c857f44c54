//! The TUI's state, and [`App::apply`], the one place it changes.
//!
//! The review keys (accept, flag, correct, add, undo) are handled in
//! `app/review.rs`; everything else is here. Nothing here draws. What drawing learns about the screen (where each pane
//! went, how far lists are scrolled) is written back through the `Cell`s of
//! [`View`], the way ratatui's `ListState` keeps a list's offset, so that a
//! click or a page key acts on what the user saw.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use chrono::NaiveDate;
use crossterm::event::{Event, KeyEvent, MouseButton, MouseEventKind};
use ratatui::layout::{Position, Rect};
use regex::Regex;

use super::action::{Action, LoadEvent};
use super::clipboard::Clipboard;
use super::column_filter::{ColumnFilter, Columns};
use super::export::WriteDialog;
use super::form::CorrectionForm;
use super::keymap::Keymap;
use super::opener::Opener;
use super::pick::Pick;
use super::reviewed::{Mark, Reviewed, is_added};
use super::settings::Settings;
use super::theme::Theme;
use super::ui::Arrangement;
use super::wrap::{Doc, Marks};
use crate::checks::{Doubt, DoubtKind};
use crate::model::{Claimant, Event as FigEvent, Figure, Item};
use crate::review::{Decision, Review};
use crate::store::{FigureId, Store};

mod accept_all;
mod claims;
mod columns;
mod elsewhere;
mod export;
mod jump;
mod mention;
mod night;
mod order;
mod paste;
mod position;
mod prompt;
mod review;
mod search;
mod sources;
mod timeline;

pub use accept_all::{Confirm, Then};
use claims::ClaimsCache;
pub use columns::Chooser;
pub use jump::today;
pub use mention::Mention;
pub use timeline::{CellList, TimelineState};
pub use order::ArticleOrder;
pub use sources::SourcesView;

/// What a worker thread sent on `rx`: None while it is still at work (with
/// `wait`, never: it is waited for), else its result, None if the thread
/// died without one.
fn landed<T>(rx: &std::sync::mpsc::Receiver<T>, wait: bool) -> Option<Option<T>> {
    use std::sync::mpsc::TryRecvError;
    if wait {
        return Some(rx.recv().ok());
    }
    match rx.try_recv() {
        Ok(result) => Some(Some(result)),
        Err(TryRecvError::Empty) => None,
        Err(TryRecvError::Disconnected) => Some(None),
    }
}

/// Most search hits kept; a pattern like `e` would otherwise hold millions.
pub const MAX_HITS: usize = 100_000;

/// The four panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Articles,
    Text,
    Figures,
    Claims,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Articles, Pane::Text, Pane::Figures, Pane::Claims];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Articles => "Articles",
            Pane::Text => "Text",
            Pane::Figures => "Figures",
            Pane::Claims => "Claims",
        }
    }

    fn index(self) -> usize {
        Pane::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }

    pub fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % 4]
    }

    pub fn prev(self) -> Pane {
        Pane::ALL[(self.index() + 3) % 4]
    }
}

/// What the claims pane compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Article,
    Night,
    Corpus,
}

impl ScopeKind {
    pub fn next(self) -> ScopeKind {
        match self {
            ScopeKind::Article => ScopeKind::Night,
            ScopeKind::Night => ScopeKind::Corpus,
            ScopeKind::Corpus => ScopeKind::Article,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ScopeKind::Article => "article",
            ScopeKind::Night => "night",
            ScopeKind::Corpus => "corpus",
        }
    }
}

/// The column the figures table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// Text order.
    Position,
    /// Largest first.
    Value,
    Item,
    Event,
    Claimant,
    Source,
    /// Most doubts first.
    Doubts,
}

impl SortKey {
    pub const ALL: [SortKey; 7] = [
        SortKey::Position,
        SortKey::Value,
        SortKey::Item,
        SortKey::Event,
        SortKey::Claimant,
        SortKey::Source,
        SortKey::Doubts,
    ];

    pub fn next(self) -> SortKey {
        let i = SortKey::ALL.iter().position(|&k| k == self).unwrap_or(0);
        SortKey::ALL[(i + 1) % SortKey::ALL.len()]
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Position => "text order",
            SortKey::Value => "value",
            SortKey::Item => "item",
            SortKey::Event => "event",
            SortKey::Claimant => "claimant",
            SortKey::Source => "source",
            SortKey::Doubts => "doubts",
        }
    }
}

/// A value of one column of the summary sheet, used as a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Claimant(Claimant),
    Item(Item),
    Event(FigEvent),
    Doubt(DoubtKind),
}

impl Facet {
    /// The filter that keeps this value.
    pub fn filter(self) -> ColumnFilter {
        match self {
            Facet::Claimant(c) => ColumnFilter::Claimant(c),
            Facet::Item(i) => ColumnFilter::Item(i),
            Facet::Event(e) => ColumnFilter::Event(e),
            Facet::Doubt(k) => ColumnFilter::Doubt(k),
        }
    }

    /// `claimant ua`, `doubt inferred`.
    pub fn label(&self) -> String {
        match self {
            Facet::Claimant(c) => format!("claimant {c}"),
            Facet::Item(i) => format!("item {i}"),
            Facet::Event(e) => format!("event {e}"),
            Facet::Doubt(k) => format!("doubt {}", k.name()),
        }
    }
}

/// What hides articles and figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Articles whose title, id, source or date holds this (any case).
    pub text: String,
    pub only_flagged: bool,
    pub only_doubted: bool,
    /// Filters on the figures' columns, stacked: from `,`, `=`, the
    /// summary sheet and the sources view.
    pub columns: Columns,
}

impl Filters {
    /// Whether a filter on figures is on (articles without such a figure hide).
    pub fn on_figures(&self) -> bool {
        self.only_flagged || self.only_doubted || !self.columns.is_empty()
    }

    pub fn any(&self) -> bool {
        self.on_figures() || !self.text.is_empty()
    }
}

/// One match of the search pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Store index of the article.
    pub article: usize,
    /// Byte range in the article text.
    pub range: Range<usize>,
}

/// A search over every article.
#[derive(Debug, Clone)]
pub struct Search {
    pub pattern: String,
    pub regex: Regex,
    /// In store order, then text order.
    pub hits: Vec<Hit>,
    /// The hit last jumped to.
    pub current: Option<usize>,
    /// More matches than [`MAX_HITS`] were found.
    pub truncated: bool,
}

/// The flag dialog's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagDialog {
    pub figure: FigureId,
    /// Index in [`crate::review::Reason::ALL`].
    pub reason: usize,
    pub note: String,
    /// Typing goes to the note rather than choosing a reason.
    pub on_note: bool,
    /// The figure already had a flag (the dialog then changes it).
    pub flagged: bool,
}

/// One row of the summary sheet: a heading (no facet) or a value's count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub facet: Option<Facet>,
    pub label: String,
    pub count: usize,
}

/// The summary sheet: figure counts by claimant, item, event and doubt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub rows: Vec<SummaryRow>,
    /// Index in `rows`; never a heading.
    pub selected: usize,
    /// Figures counted.
    pub total: usize,
}

/// An overlay or prompt over the main view.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    None,
    Help,
    /// Typing a search pattern.
    Search(String),
    /// Typing the articles filter; `before` comes back on Esc.
    Filter {
        text: String,
        before: String,
    },
    Flag(FlagDialog),
    Summary(Summary),
    /// The correction form, for a figure or a number to add.
    Correct(Box<CorrectionForm>),
    /// Choosing a number in the text to add as a figure.
    Pick(Pick),
    /// Typing the night of article `article` (store index).
    Night {
        article: usize,
        text: String,
    },
    /// The timeline of nights (its cursor is [`App::timeline`]).
    Timeline,
    /// The `w` prompt: a file name for the view's rows.
    Write(Box<WriteDialog>),
    /// A question answered `y` or not.
    Confirm(Confirm),
    /// Typing a date or night to go to.
    Jump(String),
    /// Choosing one of the selected figure's values to filter by.
    Choose(Chooser),
    /// Typing filters on the figures' columns (`claimant=ru value>=100`).
    Expression(String),
    /// Every outlet and speaker.
    Sources(SourcesView),
}

/// How far the background load has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Loading {
    pub read: usize,
    pub extracted: usize,
    pub done: bool,
    /// Files found in the folders given, when there are folders.
    pub files: usize,
}

/// Where things went on the last frame: the rows of each pane that hold
/// items (so a click maps to an item), the tabs, the overlay.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    pub articles: Option<Rect>,
    /// Screen lines per article in the list (1 or 2).
    pub article_lines: u16,
    pub text: Option<Rect>,
    pub figures: Option<Rect>,
    pub claims: Option<Rect>,
    /// The whole block of each pane, for focusing on click.
    pub blocks: [Option<Rect>; 4],
    /// Clickable tab labels, by pane.
    pub tabs: [Option<Rect>; 4],
    /// The rows of the summary sheet's list.
    pub summary: Option<Rect>,
    pub modal: Option<Rect>,
    /// The rows of the sources view's list.
    pub sources: Option<Rect>,
}

/// What drawing writes back: geometry and scroll offsets.
#[derive(Debug, Default)]
pub struct View {
    /// The whole screen, as last drawn.
    pub size: Cell<Option<Rect>>,
    pub areas: Cell<Areas>,
    pub articles_offset: Cell<usize>,
    pub figures_offset: Cell<usize>,
    pub claims_offset: Cell<usize>,
    pub summary_offset: Cell<usize>,
    pub help_offset: Cell<usize>,
    /// First night row and first matter column the timeline shows.
    pub timeline_offset: Cell<usize>,
    pub timeline_column_offset: Cell<usize>,
    /// First row of the list of a timeline cell's figures.
    pub cell_list_offset: Cell<usize>,
    pub sources_offset: Cell<usize>,
    /// First display line of the text pane.
    pub text_scroll: Cell<usize>,
    /// A byte of the article text to bring into view on the next frame.
    pub anchor: Cell<Option<usize>>,
    /// The current article laid out.
    doc: RefCell<Option<LaidOut>>,
}

/// An article laid out at a width: key (article, width, doubts and review
/// generations).
type LaidOut = ((usize, usize, u64, u64), Rc<Doc>, Rc<Marks>);

/// How many figures of an article there are, and of what kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ArticleCounts {
    /// Every figure, added ones included.
    pub figures: usize,
    pub doubted: usize,
    pub flagged: usize,
    pub reviewed: usize,
}

/// Everything the TUI knows.
#[derive(Debug)]
pub struct App {
    /// Shared with the loader while it works out the doubts over it.
    pub store: Arc<Store>,
    /// Where the loaded store goes to have its doubts worked out.
    pub checker: Option<std::sync::mpsc::Sender<Arc<Store>>>,
    /// The analyst's review, saved as it changes.
    pub review: Review,
    /// The review laid over the store's figures; rebuilt when either changes.
    pub reviewed: Reviewed,
    pub keymap: Keymap,
    pub theme: Theme,
    pub focus: Pane,
    /// The lower pane of the medium layout: Figures or Claims.
    pub lower: Pane,
    /// Store indices of the articles the filters let through, in order.
    pub visible: Vec<usize>,
    /// Position of the current article in `visible`.
    pub article: usize,
    /// The selected figure.
    pub figure: Option<FigureId>,
    /// The figures table: the current article's figures the filters let
    /// through, sorted by `sort`.
    pub rows: Vec<FigureId>,
    pub sort: SortKey,
    pub scope: ScopeKind,
    /// Selected row of the claims pane.
    pub claim: usize,
    /// The claims row's mention Enter last showed (see [`App::mention`]).
    shown_mention: Option<FigureId>,
    pub filters: Filters,
    pub search: Option<Search>,
    /// A search under way on its own thread.
    search_job: Option<search::SearchJob>,
    /// Bytes of text from which a search runs on its own thread.
    pub background_search_bytes: usize,
    pub modal: Modal,
    pub loading: Loading,
    /// Shown in the status bar until the next key.
    pub message: Option<String>,
    /// Every warning from loading and configuration, printed after exit.
    pub warnings: Vec<String>,
    pub quit: bool,
    /// Loaded, and the loader is checking doubts across articles.
    pub checking: bool,
    pub view: View,
    /// Bumped when doubts are recomputed; keys caches.
    doubts_gen: u64,
    /// Bumped when the review changes; keys the layout cache (its marks).
    review_gen: u64,
    /// Bumped when the review changes a figure (a correction, not a
    /// figure, an added one); keys the claims, which a mark leaves alone.
    effect_gen: u64,
    claims: RefCell<ClaimsCache>,
    /// The timeline's cursor, kept between openings.
    pub timeline: TimelineState,
    /// The view the `w` prompt was opened over, to go back to.
    after_write: Option<Modal>,
    /// The `:` prompt was opened over the timeline: it moves the timeline.
    jump_in_timeline: bool,
    timeline_cache: RefCell<timeline::TimelineCache>,
    /// The analyst's settings (`settings.txt`, changed by keys for the session).
    pub settings: Settings,
    /// Where `y` copies to.
    pub clipboard: Clipboard,
    /// What `b` opens links with.
    pub opener: Opener,
    /// The position saved at the last exit, waiting for its article.
    pub restore: Option<super::position::Position>,
    /// The order of the articles list.
    pub article_order: ArticleOrder,
    ranking: order::Ranking,
    /// The search hit last gone to in a sorted list: its index in the
    /// hits, its number among the hits shown, of how many.
    shown_hit: Option<(usize, usize, usize)>,
    /// The sources view's order, kept between openings.
    pub sources_sort: crate::compare::sources::SortBy,
    sources_cache: Option<sources::SourcesCache>,
}

impl App {
    /// An app over a store that is complete (tests, the benchmark).
    pub fn new(store: Store, keymap: Keymap, theme: Theme) -> App {
        let n = store.articles().len();
        let mut app = App {
            store: Arc::new(store),
            checker: None,
            review: Review::in_memory(),
            reviewed: Reviewed::default(),
            keymap,
            theme,
            focus: Pane::Articles,
            lower: Pane::Figures,
            visible: Vec::new(),
            article: 0,
            figure: None,
            rows: Vec::new(),
            sort: SortKey::Position,
            scope: ScopeKind::Article,
            claim: 0,
            shown_mention: None,
            filters: Filters::default(),
            search: None,
            search_job: None,
            background_search_bytes: search::BACKGROUND_SEARCH_BYTES,
            modal: Modal::None,
            loading: Loading {
                read: n,
                extracted: n,
                done: true,
                files: 0,
            },
            message: None,
            warnings: Vec::new(),
            quit: false,
            checking: false,
            view: View::default(),
            doubts_gen: 0,
            review_gen: 0,
            effect_gen: 0,
            claims: RefCell::default(),
            timeline: TimelineState::default(),
            after_write: None,
            jump_in_timeline: false,
            timeline_cache: RefCell::default(),
            settings: Settings::default(),
            clipboard: Clipboard::kept(),
            opener: Opener::Kept(Vec::new()),
            restore: None,
            article_order: ArticleOrder::Loaded,
            ranking: order::Ranking::default(),
            shown_hit: None,
            sources_sort: crate::compare::sources::SortBy::Figures,
            sources_cache: None,
        };
        app.recompute_visible();
        app
    }

    /// An empty app waiting for the loader.
    pub fn loading(keymap: Keymap, theme: Theme) -> App {
        let mut app = App::new(Store::default(), keymap, theme);
        app.loading = Loading::default();
        app
    }

    // ----- queries -----

    /// Store index of the current article.
    pub fn current(&self) -> Option<usize> {
        self.visible.get(self.article).copied()
    }

    /// Figure `id` as the analyst has it: corrected, or added by hand.
    pub fn fig(&self, id: FigureId) -> &Figure {
        self.reviewed.figure(&self.store, id)
    }

    /// The whole sentence of figure `f`, read from its article by offsets:
    /// the figure's record shows only a window of a long one.
    pub fn whole_sentence<'s>(&'s self, f: &'s Figure) -> &'s str {
        self.store
            .article_index(&f.article)
            .and_then(|a| {
                self.store
                    .article(a)
                    .text
                    .get(f.sentence_start..f.sentence_end)
            })
            .map_or(&f.sentence, str::trim)
    }

    /// The engine's answer for figure `id`; none for an added figure.
    pub fn engine(&self, id: FigureId) -> Option<&Figure> {
        (!is_added(id)).then(|| self.store.figure(id))
    }

    /// The analyst's decision on figure `id`.
    pub fn decision(&self, id: FigureId) -> Option<&Decision> {
        self.reviewed.decision(id)
    }

    /// The mark the review puts on figure `id`.
    pub fn mark(&self, id: FigureId) -> Option<Mark> {
        self.decision(id).map(Mark::of)
    }

    /// The checks' doubts about figure `id` as reviewed.
    pub fn doubts(&self, id: FigureId) -> &[Doubt] {
        self.reviewed.doubts(&self.store, id)
    }

    /// Store index of the article figure `id` belongs to.
    pub fn owner(&self, id: FigureId) -> usize {
        match self.reviewed.added(id) {
            Some(a) => a.article,
            None => self.store.owner(id),
        }
    }

    /// Every figure of article `a`, added ones included, in no set order.
    pub fn ids_of(&self, a: usize) -> impl Iterator<Item = FigureId> + '_ {
        self.store
            .article_figures(a)
            .chain(self.reviewed.added_in(a).iter().copied())
    }

    /// Every figure of article `a`, added ones included, in text order.
    pub fn figures_of(&self, a: usize) -> Vec<FigureId> {
        let mut ids: Vec<FigureId> = self.ids_of(a).collect();
        if !self.reviewed.added_in(a).is_empty() {
            ids.sort_by_key(|&id| (self.fig(id).start, id));
        }
        ids
    }

    /// Whether typed characters are text (a prompt, the flag note, the form).
    pub fn typing(&self) -> bool {
        match &self.modal {
            Modal::Search(_)
            | Modal::Filter { .. }
            | Modal::Correct(_)
            | Modal::Night { .. }
            | Modal::Write(_)
            | Modal::Confirm(_)
            | Modal::Jump(_)
            | Modal::Expression(_) => true,
            Modal::Flag(d) => d.on_note,
            _ => false,
        }
    }

    /// Whether the filters let figure `id` through.
    pub fn passes(&self, id: FigureId) -> bool {
        (!self.filters.only_flagged || self.decision(id).is_some_and(|d| d.flag.is_some()))
            && (!self.filters.only_doubted || !self.doubts(id).is_empty())
            && (self.filters.columns.is_empty() || {
                let outlet = self.store.outlet(self.owner(id));
                let (f, doubts) = (self.fig(id), self.doubts(id));
                self.filters
                    .columns
                    .iter()
                    .all(|c| c.matches(f, doubts, outlet))
            })
    }

    fn article_passes(&self, a: usize, needle: &str) -> bool {
        if !needle.is_empty() {
            let art = self.store.article(a);
            let date = art.date.map(|d| d.to_string()).unwrap_or_default();
            let hay = [
                art.label(),
                art.id.as_str(),
                art.source.as_deref().unwrap_or(""),
                art.url.as_deref().unwrap_or(""),
                date.as_str(),
            ];
            // Forwarded posts are found by the channel they came from too.
            let meta = art.meta.iter().map(|(_, v)| v.as_str());
            // A language's code is matched whole, `uk` or `lang:uk`, as is
            // a kind of source, `kind:feed`: as part of a word `en` would
            // match every English article.
            let code = art.language.code();
            let language = needle == code || needle.strip_prefix("lang:") == Some(code);
            let kind = needle.strip_prefix("kind:") == Some(&art.kind.name().to_lowercase());
            if !language
                && !kind
                && !hay.into_iter().chain(meta).any(|h| h.to_lowercase().contains(needle))
            {
                return false;
            }
        }
        !self.filters.on_figures() || self.ids_of(a).any(|id| self.passes(id))
    }

    /// How many figures article `a` has, doubted, flagged and reviewed.
    pub fn counts(&self, a: usize) -> ArticleCounts {
        let span = self.store.article_figures(a);
        let doubted = self
            .ids_of(a)
            .filter(|&id| !self.doubts(id).is_empty())
            .count();
        let review = self.reviewed.counts(a);
        ArticleCounts {
            figures: span.len() + review.added,
            doubted,
            flagged: review.flagged,
            reviewed: review.reviewed,
        }
    }

    /// Loading and the doubt check are over: nothing changes the store any
    /// more, so a thread may share it without its being copied.
    pub fn settled(&self) -> bool {
        self.loading.done && !self.checking
    }

    /// Nothing is under way on another thread that the screen waits for.
    pub fn idle(&self) -> bool {
        self.settled() && !self.claims_busy() && self.searching().is_none()
    }

    /// Every figure, added ones included: the progress count's total.
    pub fn total_figures(&self) -> usize {
        self.store.figures().len() + self.reviewed.added_count()
    }

    /// The search hits in article `a`.
    pub fn hits_in(&self, a: usize) -> &[Hit] {
        let Some(s) = &self.search else { return &[] };
        let lo = s.hits.partition_point(|h| h.article < a);
        let hi = s.hits.partition_point(|h| h.article <= a);
        &s.hits[lo..hi]
    }

    /// The night the claims pane shows in night scope: the selected
    /// figure's, else the article's first dated figure's, else its date.
    pub fn night(&self) -> Option<NaiveDate> {
        if let Some(d) = self.figure.and_then(|id| self.fig(id).date) {
            return Some(d);
        }
        let a = self.current()?;
        self.ids_of(a)
            .find_map(|id| self.fig(id).date)
            .or(self.store.article(a).date)
    }

    /// Where the current article's review and doubt markers go.
    fn marks(&self, a: usize) -> Marks {
        let mut marks = Marks::default();
        for id in self.ids_of(a) {
            let f = self.fig(id);
            if let Some(m) = self.mark(id) {
                marks.before.push((f.start, m.sign()));
            }
            if !self.doubts(id).is_empty() {
                marks.doubted_ends.push(f.end);
            }
        }
        marks.before.sort_unstable();
        marks.doubted_ends.sort_unstable();
        marks
    }

    /// Lines for the top of article `a`: review entries that no longer
    /// match it, so they are seen rather than silently dropped.
    fn notes(&self, a: usize) -> Vec<String> {
        let n = self.reviewed.orphans(a).len();
        if n == 0 {
            return Vec::new();
        }
        let entries = if n == 1 { "entry" } else { "entries" };
        let verb = if n == 1 { "matches" } else { "match" };
        vec![format!(
            "⚠ {n} review {entries} no longer {verb} this article (its text changed); `counterclaim review export` lists them"
        )]
    }

    /// The current article laid out `width` columns wide, from the cache
    /// when neither the article, the width nor any marker changed.
    pub fn doc(&self, width: usize) -> Option<(Rc<Doc>, Rc<Marks>)> {
        let a = self.current()?;
        let key = (a, width, self.doubts_gen, self.review_gen);
        let mut cache = self.view.doc.borrow_mut();
        if let Some((k, doc, marks)) = cache.as_ref()
            && *k == key
        {
            return Some((doc.clone(), marks.clone()));
        }
        let marks = Rc::new(self.marks(a));
        let doc = Rc::new(Doc::build(
            self.store.article(a),
            width,
            &marks,
            &self.notes(a),
        ));
        *cache = Some((key, doc.clone(), marks.clone()));
        Some((doc, marks))
    }

    /// The figure of the current article at byte `offset`, if any.
    fn figure_at(&self, offset: usize) -> Option<FigureId> {
        let a = self.current()?;
        self.ids_of(a).find(|&id| {
            let f = self.fig(id);
            f.start <= offset && offset < f.end
        })
    }

    fn page(&self, pane: Pane) -> usize {
        let areas = self.view.areas.get();
        let rect = match pane {
            Pane::Articles => areas.articles.map(|r| Rect {
                height: r.height / areas.article_lines.max(1),
                ..r
            }),
            Pane::Text => areas.text,
            Pane::Figures => areas.figures,
            Pane::Claims => areas.claims,
        };
        rect.map_or(10, |r| (r.height as usize).saturating_sub(1).max(1))
    }

    // ----- events -----

    /// A terminal event, through the keymap.
    pub fn on_event(&mut self, event: &Event) {
        let action = match event {
            Event::Key(key) => self.keymap.route(key, self.typing()),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                    col: m.column,
                    row: m.row,
                }),
                MouseEventKind::ScrollDown => Some(Action::ScrollDown {
                    col: m.column,
                    row: m.row,
                }),
                MouseEventKind::ScrollUp => Some(Action::ScrollUp {
                    col: m.column,
                    row: m.row,
                }),
                _ => None,
            },
            Event::Resize(width, height) => Some(Action::Resize {
                width: *width,
                height: *height,
            }),
            Event::Paste(text) => {
                self.paste(text);
                None
            }
            _ => None,
        };
        if let Some(action) = action {
            self.apply(action);
        }
    }

    /// A key press, through the keymap.
    pub fn on_key(&mut self, key: KeyEvent) {
        self.on_event(&Event::Key(key));
    }

    /// Change the state for `action`: the only place it changes.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Load(event) => return self.load(event),
            Action::Resize { .. } => {
                // Keep the selected figure in view at the new size.
                self.anchor_figure();
                return;
            }
            Action::Exit => {
                self.quit = true;
                return;
            }
            _ => {}
        }
        self.analyst_acts(&action);
        self.message = None;
        match self.modal {
            Modal::None => self.main(action),
            Modal::Help => self.help(action),
            Modal::Search(_) | Modal::Filter { .. } => self.prompt(action),
            Modal::Flag(_) => self.flag_dialog(action),
            Modal::Summary(_) => self.summary(action),
            Modal::Correct(_) => self.correct_form(action),
            Modal::Pick(_) => self.pick(action),
            Modal::Night { .. } => self.night_prompt(action),
            Modal::Timeline => self.timeline_keys(action),
            Modal::Write(_) => self.write_dialog(action),
            Modal::Confirm(_) => self.confirm(action),
            Modal::Jump(_) => self.jump_prompt(action),
            Modal::Choose(_) => self.chooser(action),
            Modal::Expression(_) => self.expression_prompt(action),
            Modal::Sources(_) => self.sources_view(action),
        }
    }

    fn main(&mut self, action: Action) {
        // The claims row's mention stays shown through the review keys that
        // act on it and the next Enter; anything else moves on from it.
        if !matches!(
            action,
            Action::Enter
                | Action::Accept
                | Action::NotAFigure
                | Action::Flag
                | Action::Correct
                | Action::ClearDecision
                | Action::AddFigure
                | Action::Help
        ) {
            self.shown_mention = None;
        }
        match action {
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.page_step(1),
            Action::PageUp => self.page_step(-1),
            Action::Top => self.end(false),
            Action::Bottom => self.end(true),
            Action::NextArticle => self.select_article(self.article.saturating_add(1)),
            Action::PrevArticle => self.select_article(self.article.saturating_sub(1)),
            Action::NextPane => self.set_focus(self.focus.next()),
            Action::PrevPane => self.set_focus(self.focus.prev()),
            Action::Enter => self.enter(),
            Action::Cancel => self.clear(),
            Action::Search => {
                let last = self
                    .search
                    .as_ref()
                    .map(|s| s.pattern.as_str())
                    .or(self.searching())
                    .unwrap_or_default()
                    .to_string();
                self.modal = Modal::Search(last);
            }
            Action::NextHit => self.next_hit(true),
            Action::PrevHit => self.next_hit(false),
            Action::Filter => {
                let text = self.filters.text.clone();
                self.modal = Modal::Filter {
                    before: text.clone(),
                    text,
                };
            }
            Action::Flag => self.open_flag(),
            Action::Accept => self.accept_then_advance(),
            Action::NotAFigure => self.not_a_figure(),
            Action::Correct => self.open_correct(),
            Action::AddFigure => self.open_pick(),
            Action::Undo => self.undo(true),
            Action::Redo => self.undo(false),
            Action::ClearDecision => self.clear_decision(),
            Action::DateArticle => self.open_night_prompt(),
            Action::NextUnreviewed => self.next_unreviewed(true),
            Action::PrevUnreviewed => self.next_unreviewed(false),
            Action::AcceptAll => self.ask_accept_all(),
            Action::ToggleAdvance => self.toggle_advance(),
            Action::WriteView => self.open_write(),
            Action::CopyCitation => self.copy_citation(),
            Action::OpenUrl => self.open_url(),
            Action::OnlyFlagged => {
                self.filters.only_flagged = !self.filters.only_flagged;
                self.recompute_visible();
                self.message = Some(self.filter_message("only flagged", self.filters.only_flagged));
            }
            Action::OnlyDoubted => {
                self.filters.only_doubted = !self.filters.only_doubted;
                self.recompute_visible();
                self.message = Some(self.filter_message("only doubted", self.filters.only_doubted));
            }
            // Each acts on its pane only where it is on screen; elsewhere it
            // first brings the pane up, as it is, so nothing changes unseen.
            Action::CycleScope if !self.shows(Pane::Claims) => self.bring_up(
                Pane::Claims,
                "cycle_scope",
                format!("claims for the {}", self.scope.label()),
                self.scope.next().label(),
            ),
            Action::CycleScope => {
                self.scope = self.scope.next();
                self.claim = 0;
                self.view.claims_offset.set(0);
                self.message = Some(format!("claims for the {}", self.scope.label()));
            }
            Action::Sort if !self.shows(Pane::Figures) => self.bring_up(
                Pane::Figures,
                "sort",
                format!("figures sorted by {}", self.sort.label()),
                self.sort.next().label(),
            ),
            Action::Sort => {
                self.sort = self.sort.next();
                self.refresh_rows();
                self.message = Some(format!("figures sorted by {}", self.sort.label()));
            }
            Action::Summary => self.open_summary(),
            Action::Timeline => self.open_timeline(),
            Action::Jump => self.modal = Modal::Jump(String::new()),
            Action::SortArticles => self.cycle_article_order(),
            Action::FilterByValue => self.open_chooser(),
            Action::FilterExpression => self.open_expression(),
            Action::Sources => self.open_sources(),
            Action::Help => {
                self.view.help_offset.set(0);
                self.modal = Modal::Help;
            }
            Action::Quit => self.quit = true,
            Action::Click { col, row } => self.click(col, row),
            Action::ScrollDown { col, row } => self.wheel(col, row, 1),
            Action::ScrollUp { col, row } => self.wheel(col, row, -1),
            Action::Input(_) | Action::Backspace | Action::Left | Action::Right => {}
            Action::Exit | Action::Resize { .. } | Action::Load(_) => {}
        }
    }

    fn filter_message(&self, what: &str, on: bool) -> String {
        if on {
            format!("{what}: {} articles (Esc clears)", self.visible.len())
        } else {
            format!("{what}: off")
        }
    }

    /// Show `pane`, saying what it shows (`now`) and what the key of
    /// `action` will change it to (`next`).
    fn bring_up(&mut self, pane: Pane, action: &str, now: String, next: &str) {
        self.set_focus(pane);
        self.message = Some(format!("{now} ({} again: {next})", self.keymap.key(action)));
    }

    /// Whether `pane` is on screen at the size last drawn, as things stand
    /// now (keys typed ahead of a frame count); every pane before a first
    /// frame.
    pub fn shows(&self, pane: Pane) -> bool {
        let Some(size) = self.view.size.get() else {
            return true;
        };
        match Arrangement::of(size) {
            Arrangement::Wide => true,
            Arrangement::Medium => match pane {
                Pane::Articles | Pane::Text => true,
                Pane::Claims => self.lower == Pane::Claims,
                Pane::Figures => self.lower != Pane::Claims,
            },
            Arrangement::Narrow => pane == self.focus,
            Arrangement::TooSmall => false,
        }
    }

    fn set_focus(&mut self, pane: Pane) {
        self.focus = pane;
        if matches!(pane, Pane::Figures | Pane::Claims) {
            self.lower = pane;
        }
        if pane == Pane::Text {
            self.anchor_figure();
        }
    }

    /// Move by `delta` in the focused pane.
    fn step(&mut self, delta: isize) {
        match self.focus {
            Pane::Articles => self.select_article(offset(self.article, delta)),
            Pane::Text => {
                let order = self.text_order();
                let pos = self
                    .figure
                    .and_then(|cur| order.iter().position(|&id| id == cur));
                let next = match pos {
                    Some(p) if delta > 0 => order.get(p + 1).copied(),
                    Some(p) => p.checked_sub(1).map(|p| order[p]),
                    None => order.first().copied(),
                };
                match next {
                    Some(id) => self.select_figure(Some(id)),
                    // No further figure: read on line by line.
                    None => self.scroll_text(delta),
                }
            }
            Pane::Figures => {
                let pos = self
                    .figure
                    .and_then(|f| self.rows.iter().position(|&r| r == f));
                let next = match pos {
                    Some(p) => offset(p, delta).min(self.rows.len().saturating_sub(1)),
                    None => 0,
                };
                self.select_figure(self.rows.get(next).copied());
            }
            Pane::Claims => {
                let n = self.claim_rows().len();
                self.claim = offset(self.claim, delta).min(n.saturating_sub(1));
            }
        }
    }

    fn page_step(&mut self, dir: isize) {
        let page = self.page(self.focus) as isize;
        match self.focus {
            Pane::Text => self.scroll_text(dir * page),
            _ => self.step(dir * page),
        }
    }

    fn scroll_text(&mut self, delta: isize) {
        self.view.anchor.set(None);
        let s = self.view.text_scroll.get();
        self.view.text_scroll.set(offset(s, delta));
    }

    fn end(&mut self, last: bool) {
        match self.focus {
            Pane::Articles => self.select_article(if last { usize::MAX } else { 0 }),
            Pane::Text => {
                let order = self.text_order();
                let id = if last { order.last() } else { order.first() }.copied();
                self.select_figure(id);
                // Show the top of the article (its title) or its very end.
                self.view.anchor.set(None);
                self.view
                    .text_scroll
                    .set(if last { usize::MAX / 2 } else { 0 });
            }
            Pane::Figures => {
                let id = if last {
                    self.rows.last()
                } else {
                    self.rows.first()
                }
                .copied();
                self.select_figure(id);
            }
            Pane::Claims => {
                let n = self.claim_rows().len();
                self.claim = if last { n.saturating_sub(1) } else { 0 };
            }
        }
    }

    fn enter(&mut self) {
        match self.focus {
            Pane::Articles => self.set_focus(Pane::Text),
            Pane::Text => self.set_focus(Pane::Figures),
            Pane::Figures => {
                if let Some(id) = self.figure {
                    self.go_to_figure(id);
                }
            }
            Pane::Claims => self.show_next_mention(),
        }
    }

    /// Show figure `id` in its article's text, clearing filters that hide it.
    pub fn go_to_figure(&mut self, id: FigureId) {
        self.reveal(id);
        self.set_focus(Pane::Text);
    }

    /// Select figure `id` and its article, clearing filters that hide it,
    /// without moving the focus.
    fn reveal(&mut self, id: FigureId) {
        let a = self.owner(id);
        if !self.passes(id) || self.position_of(a).is_none() {
            self.filters = Filters::default();
            self.recompute_visible();
            self.message = Some("filters cleared to show the figure".into());
        }
        if let Some(pos) = self.position_of(a) {
            self.select_article(pos);
        }
        self.select_figure(Some(id));
    }

    /// Esc in the main view: clear the search, then every filter.
    fn clear(&mut self) {
        let searching = self.search_job.take().is_some();
        if self.search.take().is_some() || searching {
            self.message = Some("search cleared".into());
        } else if self.filters.any() {
            self.filters = Filters::default();
            self.recompute_visible();
            self.message = Some("filters cleared".into());
        }
    }

    /// Make the article at `pos` in `visible` current (clamped).
    pub fn select_article(&mut self, pos: usize) {
        let pos = pos.min(self.visible.len().saturating_sub(1));
        let changed = pos != self.article;
        self.article = pos;
        if changed {
            self.figure = None;
            self.view.text_scroll.set(0);
            self.claim = 0;
            self.view.claims_offset.set(0);
            self.view.figures_offset.set(0);
        }
        self.refresh_rows();
    }

    /// Recompute the figures table, keeping the selected figure if it is
    /// still there, else selecting the first in text order.
    fn refresh_rows(&mut self) {
        let Some(a) = self.current() else {
            self.rows.clear();
            self.figure = None;
            return;
        };
        let mut rows: Vec<FigureId> = self
            .figures_of(a)
            .into_iter()
            .filter(|&id| self.passes(id))
            .collect();
        let f = |i: FigureId| self.fig(i);
        match self.sort {
            SortKey::Position => {}
            SortKey::Value => rows.sort_by_key(|&i| std::cmp::Reverse(f(i).value)),
            SortKey::Item => rows.sort_by_key(|&i| f(i).item),
            SortKey::Event => rows.sort_by_key(|&i| f(i).event),
            SortKey::Claimant => rows.sort_by_key(|&i| f(i).claimant),
            SortKey::Source => rows.sort_by_key(|&i| f(i).source.as_deref().map(str::to_lowercase)),
            SortKey::Doubts => rows.sort_by_key(|&i| std::cmp::Reverse(self.doubts(i).len())),
        }
        self.rows = rows;
        let keep = self.figure.filter(|f| self.rows.contains(f));
        if keep.is_none() {
            let first = self.text_order().first().copied();
            self.select_figure(first);
        }
    }

    /// The figures table's rows in text order.
    fn text_order(&self) -> Vec<FigureId> {
        let mut order = self.rows.clone();
        order.sort_by_key(|&id| (self.fig(id).start, id));
        order
    }

    fn select_figure(&mut self, id: Option<FigureId>) {
        self.figure = id;
        self.anchor_figure();
    }

    fn anchor_figure(&mut self) {
        if let Some(id) = self.figure {
            self.view.anchor.set(Some(self.fig(id).start));
        }
    }

    /// Recompute which articles the filters let through, keeping the
    /// current article when it still shows.
    pub fn recompute_visible(&mut self) {
        let keep = self.current();
        let needle = self.filters.text.to_lowercase();
        // In the order shown, every article ranked once.
        self.visible = match self.ranked_articles() {
            Some(order) => order
                .iter()
                .copied()
                .filter(|&a| self.article_passes(a, &needle))
                .collect(),
            None => (0..self.store.articles().len())
                .filter(|&a| self.article_passes(a, &needle))
                .collect(),
        };
        let pos = match keep {
            Some(a) => self
                .position_near(a)
                .min(self.visible.len().saturating_sub(1)),
            None => 0,
        };
        if self.current() != keep || pos != self.article {
            self.article = usize::MAX;
        }
        self.view
            .articles_offset
            .set(self.view.articles_offset.get().min(self.visible.len()));
        self.select_article(pos);
    }

    // ----- overlays -----

    fn help(&mut self, action: Action) {
        let o = self.view.help_offset.get();
        match action {
            Action::Down | Action::ScrollDown { .. } => self.view.help_offset.set(o + 1),
            Action::Up | Action::ScrollUp { .. } => self.view.help_offset.set(o.saturating_sub(1)),
            Action::PageDown => self.view.help_offset.set(o + 10),
            Action::PageUp => self.view.help_offset.set(o.saturating_sub(10)),
            Action::Top => self.view.help_offset.set(0),
            Action::Bottom => self.view.help_offset.set(usize::MAX / 2),
            Action::Help | Action::Quit | Action::Cancel | Action::Enter | Action::Click { .. } => {
                self.modal = Modal::None
            }
            _ => {}
        }
    }

    fn prompt(&mut self, action: Action) {
        let is_search = matches!(self.modal, Modal::Search(_));
        match action {
            Action::Input(c) => {
                self.edit_prompt(|t| t.push(c));
            }
            Action::Backspace => {
                self.edit_prompt(|t| {
                    t.pop();
                });
            }
            Action::Cancel | Action::Quit => {
                if let Modal::Filter { before, .. } =
                    std::mem::replace(&mut self.modal, Modal::None)
                {
                    self.filters.text = before;
                    self.recompute_visible();
                }
            }
            Action::Enter if is_search => {
                let Modal::Search(pattern) = self.modal.clone() else {
                    return;
                };
                if pattern.is_empty() {
                    self.modal = Modal::None;
                    self.search = None;
                    self.search_job = None;
                    return;
                }
                match self.run_search(&pattern) {
                    Ok(()) => {
                        if self.modal == Modal::Search(pattern) {
                            self.modal = Modal::None;
                        }
                    }
                    // Keep the prompt open so the pattern can be fixed.
                    Err(e) => self.message = Some(e),
                }
            }
            Action::Enter => {
                self.modal = Modal::None;
                self.message = Some(if self.filters.text.is_empty() {
                    "filter cleared".into()
                } else {
                    format!(
                        "{} articles match {:?} (Esc clears)",
                        self.visible.len(),
                        self.filters.text
                    )
                });
            }
            _ => {}
        }
    }

    fn edit_prompt(&mut self, edit: impl FnOnce(&mut String)) {
        match &mut self.modal {
            Modal::Search(text) => edit(text),
            Modal::Filter { text, .. } => {
                edit(text);
                // The list follows the filter as it is typed.
                self.filters.text = text.clone();
                self.recompute_visible();
            }
            _ => {}
        }
    }

    fn open_summary(&mut self) {
        let needle = self.filters.text.to_lowercase();
        // Counts under every filter but the sheet's own, as a spreadsheet's
        // column filter shows the values the other filters leave.
        let all = self.filters.columns.clone();
        let own = |c: &ColumnFilter| {
            matches!(
                c,
                ColumnFilter::Claimant(_)
                    | ColumnFilter::Item(_)
                    | ColumnFilter::Event(_)
                    | ColumnFilter::Doubt(_)
            )
        };
        self.filters.columns.0.retain(|c| !own(c));
        let mut claimants: BTreeMap<Claimant, usize> = BTreeMap::new();
        let mut items: BTreeMap<Item, usize> = BTreeMap::new();
        let mut events: BTreeMap<FigEvent, usize> = BTreeMap::new();
        let mut doubts: BTreeMap<DoubtKind, usize> = BTreeMap::new();
        let mut total = 0;
        for a in 0..self.store.articles().len() {
            if !needle.is_empty() && !self.article_passes(a, &needle) {
                continue;
            }
            for id in self.ids_of(a) {
                // What the analyst marked not a figure is not counted.
                if !self.passes(id) || !self.reviewed.counts_as_figure(id) {
                    continue;
                }
                let f = self.fig(id);
                total += 1;
                *claimants.entry(f.claimant).or_default() += 1;
                *items.entry(f.item).or_default() += 1;
                *events.entry(f.event).or_default() += 1;
                for d in self.doubts(id) {
                    *doubts.entry(d.kind).or_default() += 1;
                }
            }
        }
        self.filters.columns = all;
        let mut rows = Vec::new();
        section(&mut rows, "claimant", claimants, Facet::Claimant, |c| {
            c.to_string()
        });
        section(&mut rows, "item", items, Facet::Item, |i| i.to_string());
        section(&mut rows, "event", events, Facet::Event, |e| e.to_string());
        section(&mut rows, "doubt", doubts, Facet::Doubt, |k| {
            k.name().to_string()
        });
        let selected = rows
            .iter()
            .position(|r| {
                r.facet
                    .is_some_and(|f| self.filters.columns.contains(&f.filter()))
            })
            .or_else(|| rows.iter().position(|r| r.facet.is_some()))
            .unwrap_or(0);
        self.view.summary_offset.set(0);
        self.modal = Modal::Summary(Summary {
            rows,
            selected,
            total,
        });
    }

    fn summary(&mut self, action: Action) {
        let Modal::Summary(s) = &mut self.modal else {
            return;
        };
        let selectable: Vec<usize> = (0..s.rows.len())
            .filter(|&i| s.rows[i].facet.is_some())
            .collect();
        let pos = selectable
            .iter()
            .position(|&i| i == s.selected)
            .unwrap_or(0);
        let last = selectable.len().saturating_sub(1);
        let go = |p: usize| selectable.get(p.min(last)).copied();
        let new = match action {
            Action::Down | Action::ScrollDown { .. } => go(pos + 1),
            Action::Up | Action::ScrollUp { .. } => go(pos.saturating_sub(1)),
            Action::PageDown => go(pos + 10),
            Action::PageUp => go(pos.saturating_sub(10)),
            Action::Top => go(0),
            Action::Bottom => go(last),
            Action::Click { col, row } => {
                let area = self.view.areas.get().summary;
                match area.filter(|r| r.contains(Position { x: col, y: row })) {
                    Some(r) => {
                        let i = self.view.summary_offset.get() + (row - r.y) as usize;
                        if s.rows.get(i).is_some_and(|r| r.facet.is_some()) {
                            s.selected = i;
                            return self.summary(Action::Enter);
                        }
                        None
                    }
                    None => {
                        self.modal = Modal::None;
                        return;
                    }
                }
            }
            Action::Enter => {
                let facet = s.rows.get(s.selected).and_then(|r| r.facet);
                self.modal = Modal::None;
                let Some(facet) = facet else { return };
                // Choosing an active value again lifts its filter.
                let on = self.filters.columns.toggle(facet.filter());
                self.recompute_visible();
                self.message = Some(if on {
                    format!(
                        "only {}: {} articles (Esc clears)",
                        facet.label(),
                        self.visible.len()
                    )
                } else {
                    format!("{} filter off", facet.label())
                });
                return;
            }
            Action::Cancel | Action::Quit | Action::Summary => {
                self.modal = Modal::None;
                return;
            }
            _ => None,
        };
        if let Some(i) = new {
            s.selected = i;
        }
    }

    // ----- mouse -----

    fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        let p = Position { x: col, y: row };
        let areas = self.view.areas.get();
        Pane::ALL
            .into_iter()
            .find(|pane| areas.blocks[pane.index()].is_some_and(|r| r.contains(p)))
    }

    fn click(&mut self, col: u16, row: u16) {
        let p = Position { x: col, y: row };
        let areas = self.view.areas.get();
        if let Some(i) = areas
            .tabs
            .iter()
            .position(|t| t.is_some_and(|r| r.contains(p)))
        {
            return self.set_focus(Pane::ALL[i]);
        }
        let Some(pane) = self.pane_at(col, row) else {
            return;
        };
        self.set_focus(pane);
        let inside = |r: Option<Rect>| r.filter(|r| r.contains(p)).map(|r| (row - r.y) as usize);
        match pane {
            Pane::Articles => {
                if let Some(i) = inside(areas.articles) {
                    let i =
                        self.view.articles_offset.get() + i / areas.article_lines.max(1) as usize;
                    if i < self.visible.len() {
                        self.select_article(i);
                    }
                }
            }
            Pane::Figures => {
                if let Some(i) = inside(areas.figures) {
                    let i = self.view.figures_offset.get() + i;
                    if let Some(&id) = self.rows.get(i) {
                        self.select_figure(Some(id));
                    }
                }
            }
            Pane::Claims => {
                if let Some(i) = inside(areas.claims) {
                    let i = self.view.claims_offset.get() + i;
                    if i < self.claim_rows().len() {
                        self.claim = i;
                    }
                }
            }
            Pane::Text => {
                let Some(r) = areas.text.filter(|r| r.contains(p)) else {
                    return;
                };
                let Some((doc, marks)) = self.doc(r.width as usize) else {
                    return;
                };
                let Some(a) = self.current() else { return };
                let line = self.view.text_scroll.get() + (row - r.y) as usize;
                let byte = doc.offset_at(self.store.article(a), &marks, line, (col - r.x) as usize);
                if let Some(id) = byte.and_then(|b| self.figure_at(b)) {
                    self.figure = Some(id);
                    // It is on screen already: no scrolling.
                    self.view.anchor.set(None);
                }
            }
        }
    }

    fn wheel(&mut self, col: u16, row: u16, dir: isize) {
        match self.pane_at(col, row) {
            Some(Pane::Text) => self.scroll_text(dir * 2),
            Some(pane) => {
                let focus = std::mem::replace(&mut self.focus, pane);
                self.step(dir);
                self.focus = focus;
            }
            None => {}
        }
    }

    // ----- loading -----

    fn load(&mut self, event: LoadEvent) {
        match event {
            LoadEvent::Read(n) => self.loading.read = n,
            LoadEvent::Files(n) => self.loading.files += n,
            LoadEvent::Batch(batch) => {
                let first = self.store.articles().is_empty();
                let needle = self.filters.text.to_lowercase();
                // Articles the review speaks of: lay it over them.
                if batch.iter().any(|(a, _)| self.reviewed.wants(&a.id)) {
                    for (article, figures) in batch {
                        self.store_mut().push(article, figures);
                        self.loading.extracted += 1;
                    }
                    self.review_changed();
                    self.recompute_visible();
                } else {
                    for (article, figures) in batch {
                        self.store_mut().push(article, figures);
                        let a = self.store.articles().len() - 1;
                        if self.article_passes(a, &needle) {
                            self.visible.push(a);
                        }
                        self.loading.extracted += 1;
                    }
                    // A sorted list takes the new articles in their places.
                    if self.article_order != ArticleOrder::Loaded {
                        self.recompute_visible();
                    }
                }
                self.loading.read = self.loading.read.max(self.loading.extracted);
                self.make_room();
                if first {
                    // Doubts within the first articles, so they read right away.
                    self.refresh_doubts();
                    self.select_article(0);
                }
            }
            LoadEvent::Warnings(ws) => {
                // A problem with the review (it may not be saved) matters
                // more than one with an input: it keeps the bar.
                let review_warning = self
                    .message
                    .as_deref()
                    .is_some_and(|m| m.starts_with("review: "));
                if let Some(first) = ws.first()
                    && !review_warning
                {
                    self.message = Some(format!("warning: {first}"));
                }
                self.warnings
                    .extend(ws.into_iter().map(|w| format!("warning: {w}")));
            }
            LoadEvent::Checked(handover) => {
                // The loader worked on the same figures in the same order, so
                // its findings file under the same ids.
                if let Some(prepared) = handover.take()
                    && prepared.doubts.len() == self.store.figures().len()
                {
                    self.take_prepared(prepared);
                    self.checking = false;
                    self.recompute_visible();
                }
            }
            LoadEvent::Done => {
                self.loading.done = true;
                self.checking = true;
                // The loader works out the doubts over this very store,
                // rather than over a copy of it.
                if let Some(checker) = self.checker.take() {
                    let _ = checker.send(self.store.clone());
                }
                self.recompute_visible();
                let orphans = self.reviewed.orphan_count();
                if self.store.articles().is_empty() {
                    self.message = Some("no article could be loaded".into());
                } else if orphans > 0 {
                    let msg = format!(
                        "{orphans} review entries no longer match their article's text (each article's header says so)"
                    );
                    self.warnings.push(format!("warning: {msg}"));
                    self.message.get_or_insert(msg);
                }
            }
        }
        self.restore_position();
    }

    /// Make room in the store for what the files still to come are likely
    /// to hold, judged by those in so far, while it is small: a store that
    /// grows by doubling copies itself once it is large, and for that moment
    /// holds its figures twice.
    fn make_room(&mut self) {
        let (articles, figures) = (self.store.articles().len(), self.store.figures().len());
        if articles == 0 || self.loading.files <= articles {
            return;
        }
        let per_article = figures as f64 / articles as f64;
        // A quarter over the estimate, so a later run of busier articles
        // does not need a copy.
        let expected = (self.loading.files as f64 * per_article * 1.25) as usize;
        if expected > self.store.figure_capacity() {
            let files = self.loading.files;
            self.store_mut().reserve(files, expected);
        }
    }

    /// The store, to change: the app's own but for the moment the loader
    /// reads it, when it would be copied (the loader lets go of it before
    /// it says it is done, so that does not happen).
    fn store_mut(&mut self) -> &mut Store {
        Arc::make_mut(&mut self.store)
    }

    fn refresh_doubts(&mut self) {
        self.store_mut().refresh_doubts();
        self.reviewed.recheck(&self.store);
        self.doubts_gen += 1;
        self.refresh_rows();
    }
}

/// `17 person injured`: a figure in a message.
pub fn describe(f: &Figure) -> String {
    format!("{} {} {}", f.value, f.item, f.event)
}

fn offset(i: usize, delta: isize) -> usize {
    i.saturating_add_signed(delta)
}

fn section<K: Copy>(
    rows: &mut Vec<SummaryRow>,
    title: &str,
    counts: BTreeMap<K, usize>,
    facet: impl Fn(K) -> Facet,
    label: impl Fn(K) -> String,
) {
    if counts.is_empty() {
        return;
    }
    rows.push(SummaryRow {
        facet: None,
        label: title.to_string(),
        count: counts.values().sum(),
    });
    let mut counts: Vec<(K, usize)> = counts.into_iter().collect();
    // Most frequent first, like a frequency table.
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    for (k, n) in counts {
        rows.push(SummaryRow {
            facet: Some(facet(k)),
            label: label(k),
            count: n,
        });
    }
}
