//! Copying text out of the TUI: to the system clipboard (`arboard`) where
//! one can be reached, else through the terminal with OSC 52, which works
//! over ssh and with no display. `COUNTERCLAIM_CLIPBOARD=osc52` asks for
//! the terminal only. Tests and the benchmark keep what is copied here and
//! touch neither.

use std::cell::RefCell;
use std::fmt;
use std::io::{self, Write};
use std::rc::Rc;

use crossterm::Command;
use crossterm::clipboard::CopyToClipboard;

/// Where a copy went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    System,
    Terminal,
    /// Nowhere but [`Clipboard::last`] (tests).
    Kept,
}

impl Via {
    /// For the status bar: `copied the citation (OSC 52)`.
    pub fn label(self) -> &'static str {
        match self {
            Via::System => "system clipboard",
            Via::Terminal => "OSC 52",
            Via::Kept => "kept, not copied",
        }
    }
}

enum Route {
    /// The system's clipboard, opened on the first copy and kept open (on
    /// X11 its owner serves what was copied), else the terminal's.
    Auto(Option<arboard::Clipboard>),
    /// The terminal's: OSC 52 on standard output, or into a buffer (tests).
    Terminal(Option<Rc<RefCell<Vec<u8>>>>),
    /// Nowhere.
    Kept,
}

/// Where copied text goes, and what went last.
pub struct Clipboard {
    route: Route,
    last: Option<String>,
}

impl fmt::Debug for Clipboard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let route = match self.route {
            Route::Auto(_) => "auto",
            Route::Terminal(_) => "terminal",
            Route::Kept => "kept",
        };
        f.debug_struct("Clipboard")
            .field("route", &route)
            .field("last", &self.last)
            .finish()
    }
}

impl Clipboard {
    /// A clipboard that copies nowhere and keeps the text (tests).
    pub fn kept() -> Clipboard {
        Clipboard {
            route: Route::Kept,
            last: None,
        }
    }

    /// The terminal's only, whatever else there is.
    pub fn terminal() -> Clipboard {
        Clipboard {
            route: Route::Terminal(None),
            last: None,
        }
    }

    /// The terminal's, the bytes written into `out` rather than to the
    /// terminal (tests).
    pub fn terminal_into(out: Rc<RefCell<Vec<u8>>>) -> Clipboard {
        Clipboard {
            route: Route::Terminal(Some(out)),
            last: None,
        }
    }

    /// The clipboard for a session: the terminal's when
    /// `COUNTERCLAIM_CLIPBOARD=osc52`, over ssh, or with no display to
    /// reach; else the system's, falling back to the terminal's.
    pub fn from_env() -> Clipboard {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        let asked = var("COUNTERCLAIM_CLIPBOARD").map(|v| v.to_string_lossy().to_lowercase());
        let remote = var("SSH_CONNECTION").is_some() || var("SSH_TTY").is_some();
        let display = !cfg!(all(unix, not(target_os = "macos")))
            || var("DISPLAY").is_some()
            || var("WAYLAND_DISPLAY").is_some();
        match asked.as_deref() {
            Some("osc52" | "terminal") => Clipboard::terminal(),
            _ if remote || !display => Clipboard::terminal(),
            _ => Clipboard {
                route: Route::Auto(None),
                last: None,
            },
        }
    }

    /// What was copied last.
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }

    /// Copy `text`; where it went, or why it could not go anywhere.
    pub fn copy(&mut self, text: &str) -> Result<Via, String> {
        self.last = Some(text.to_string());
        match &mut self.route {
            Route::Kept => Ok(Via::Kept),
            Route::Terminal(Some(out)) => {
                out.borrow_mut().extend_from_slice(osc52(text).as_bytes());
                Ok(Via::Terminal)
            }
            Route::Terminal(None) => to_terminal(text),
            Route::Auto(slot) => {
                if slot.is_none() {
                    *slot = arboard::Clipboard::new().ok();
                }
                match slot.as_mut().map(|c| c.set_text(text)) {
                    Some(Ok(())) => Ok(Via::System),
                    // No clipboard to reach (or it went away): the terminal.
                    _ => {
                        *slot = None;
                        to_terminal(text)
                    }
                }
            }
        }
    }
}

/// The OSC 52 sequence that asks the terminal to put `text` on its
/// clipboard.
pub fn osc52(text: &str) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = CopyToClipboard::to_clipboard_from(text).write_ansi(&mut out);
    out
}

fn to_terminal(text: &str) -> Result<Via, String> {
    let mut out = io::stdout().lock();
    out.write_all(osc52(text).as_bytes())
        .and_then(|()| out.flush())
        .map(|()| Via::Terminal)
        .map_err(|e| format!("the terminal did not take it ({e})"))
}
