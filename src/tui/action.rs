//! Everything that can happen to the TUI, as one enum: keys, mouse, resizes
//! and the background loader all become an [`Action`] for `App::apply`.

use std::fmt;
use std::sync::{Arc, Mutex};

use crate::checks::Doubts;
use crate::compare::Row;
use crate::model::{Article, Figure};
use crate::store::Store;

/// One thing that happened. Keys are mapped to actions by the keymap; the
/// meaning of an action depends on the focused pane and the open overlay.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Next row, or next figure in the text.
    Down,
    /// Previous row, or previous figure in the text.
    Up,
    /// First row or figure.
    Top,
    /// Last row or figure.
    Bottom,
    PageDown,
    PageUp,
    NextArticle,
    PrevArticle,
    NextPane,
    PrevPane,
    /// Open, confirm, or jump to the selected figure or claim.
    Enter,
    /// Close an overlay or prompt; in the main view, clear search and filters.
    Cancel,
    /// Open the search prompt (a regex over every article).
    Search,
    NextHit,
    PrevHit,
    /// Edit the articles filter line.
    Filter,
    /// Flag the selected figure (opens the flag dialog).
    Flag,
    /// Mark the selected figure checked and right.
    Accept,
    /// Mark the selected figure as no figure at all (a flag with that reason).
    NotAFigure,
    /// Correct the selected figure's fields (opens the correction form).
    Correct,
    /// Choose a number in the text to add as a figure the engine missed.
    AddFigure,
    /// Take back the latest review action (it survives a restart).
    Undo,
    /// Do again the latest review action taken back.
    Redo,
    /// Back to not reviewed: the selected figure's decision taken away.
    ClearDecision,
    /// Give the current article a night.
    DateArticle,
    /// The next figure nobody has reviewed, across articles.
    NextUnreviewed,
    /// The previous figure nobody has reviewed.
    PrevUnreviewed,
    /// Accept every figure of the article nobody has reviewed (asks first).
    AcceptAll,
    /// Accept-and-advance on or off, for the session.
    ToggleAdvance,
    OnlyFlagged,
    OnlyDoubted,
    /// Article, night, corpus: the comparison's scope.
    CycleScope,
    /// Cycle the figures table's sort column.
    Sort,
    Summary,
    /// The nights side by side: each side's figures for the main matters.
    Timeline,
    /// Write the figures or claims shown to a CSV or JSON file.
    WriteView,
    /// Copy the selected figure as a citation.
    CopyCitation,
    /// Open the article's link in the browser.
    OpenUrl,
    /// Go to a date or night (a prompt).
    Jump,
    /// Cycle the articles list's order.
    SortArticles,
    /// Filter the figures by one of the selected figure's values (a chooser).
    FilterByValue,
    /// Type filters on the figures' columns (`claimant=ru value>=100`).
    FilterExpression,
    /// Every outlet and speaker, with how often others disagree with them.
    Sources,
    Help,
    /// Quit from the main view; close an overlay.
    Quit,
    /// Quit from anywhere (Ctrl-C).
    Exit,
    /// A character typed into a prompt, or a shortcut in a dialog.
    Input(char),
    /// Delete the last character of a prompt, a note or a form field.
    Backspace,
    /// ← while typing: the previous value of a form field.
    Left,
    /// → while typing: the next value of a form field.
    Right,
    /// A left click at a screen cell.
    Click {
        col: u16,
        row: u16,
    },
    ScrollUp {
        col: u16,
        row: u16,
    },
    ScrollDown {
        col: u16,
        row: u16,
    },
    Resize {
        width: u16,
        height: u16,
    },
    /// News from the background loader.
    Load(LoadEvent),
}

/// What the background loader reports.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadEvent {
    /// So many articles read from disk so far.
    Read(usize),
    /// So many more files found to read, so the store can make room for
    /// what they hold before it fills.
    Files(usize),
    /// Articles with their figures, ready for the store.
    Batch(Vec<(Article, Vec<Figure>)>),
    /// Problems with some inputs (a file that is not UTF-8, a bad JSONL line).
    Warnings(Vec<String>),
    /// Every input has been read and extracted.
    Done,
    /// What the loader worked out about all the articles once they were in,
    /// off the UI thread since it takes seconds on large corpora.
    Checked(Handover),
}

/// What is worked out over the whole corpus once every article is in: the
/// doubts about each figure, and the corpus's claims as the engine has
/// them, so the first look at them need not wait.
#[derive(Debug)]
pub struct Prepared {
    /// Every figure's doubts, by the store's figure ids.
    pub doubts: Doubts,
    pub corpus: Vec<Row>,
}

impl Prepared {
    pub fn of(store: &Store) -> Prepared {
        Prepared {
            doubts: crate::checks::run(store),
            corpus: crate::compare::compare(store, crate::compare::Scope::Corpus),
        }
    }
}

/// [`Prepared`] passed from the loader to the UI once: the first to take it
/// has it.
#[derive(Clone)]
pub struct Handover(Arc<Mutex<Option<Prepared>>>);

impl Handover {
    pub fn new(prepared: Prepared) -> Handover {
        Handover(Arc::new(Mutex::new(Some(prepared))))
    }

    pub fn take(&self) -> Option<Prepared> {
        self.0.lock().ok()?.take()
    }
}

impl PartialEq for Handover {
    fn eq(&self, other: &Handover) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Handover {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Handover(..)")
    }
}
