//! The analyst's terminal: articles, their text with every figure lit in
//! place, the figures table and each side's claims, side by side, and the
//! review: accepting, flagging, correcting and adding figures.
//!
//! ```text
//! loader thread ──Action::Load──┐
//! terminal ──event──> keymap ───┴──> Action ──> App::apply ──> App ──> ui::draw
//!                                                  │    ▲
//!                                    review.jsonl <┘    └ reviewed (overlay)
//! ```
//!
//! `app` holds the state and is the only place it changes; `ui` and one
//! file per pane draw it; `keymap` turns keys into actions; `loader` reads
//! and extracts in the background so the first articles show at once. A
//! review action is written to the review's log first (`crate::review`),
//! then `reviewed` lays the decisions over the store's figures.

pub mod action;
pub mod app;
mod articles;
pub mod bench;
mod chooser;
pub mod citation;
mod claims;
pub mod clipboard;
pub mod column_filter;
mod confirm_view;
pub mod export;
mod figures;
mod filter_line;
mod flag_dialog;
pub mod form;
mod form_view;
mod help;
mod jump_prompt;
pub mod keymap;
mod loader;
mod mention;
pub mod opener;
pub mod pick;
pub mod position;
pub mod reviewed;
pub mod session;
pub mod settings;
mod signals;
mod sources_view;
mod status;
mod summary;
mod text;
pub mod theme;
mod timeline;
mod tty;
pub mod ui;
pub mod wrap;
mod write_view;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use action::{Action, LoadEvent};
use app::App;
use keymap::Keymap;
use theme::Theme;

use crate::review::Review;

/// Open the TUI on the articles at `paths` (the sample corpus when empty),
/// with the review kept in `data_dir` (else `COUNTERCLAIM_DATA_DIR`, else
/// the platform's data folder), until the user quits or a signal ends it.
/// Warnings are printed on stderr afterwards; actions that could not be
/// saved too, and make it an error.
pub fn run(paths: Vec<PathBuf>, data_dir: Option<PathBuf>) -> anyhow::Result<()> {
    if !io::stdout().is_terminal() {
        anyhow::bail!(
            "the TUI needs a terminal; `counterclaim extract`, `compare` and `check` print to pipes"
        );
    }
    // Before anything is written: past the file-size limit a write fails
    // rather than kill the process.
    let signals = signals::Signals::catch()?;
    let (keymap, config_error) = Keymap::load();
    let mut app = App::loading(keymap, Theme::from_env());
    app.set_review(open_review(data_dir.as_deref(), &paths));
    if let Some(e) = &config_error {
        app.message = Some(e.to_string());
        app.warnings.push(format!("warning: {e}"));
    }
    let here = Review::default_dir(data_dir.as_deref());
    session::start(&mut app, here.as_deref(), &paths);
    let (tx, rx) = mpsc::channel();
    let (store_tx, store_rx) = mpsc::channel();
    app.checker = Some(store_tx);
    let loader = loader::spawn(paths.clone(), tx, store_rx);

    let mut terminal = ratatui::init();
    // Panics elsewhere than on this thread must not tear the screen down
    // under a running UI: keep their message for after exit.
    let ui_thread = std::thread::current().id();
    let stray: Arc<Mutex<Vec<String>>> = Arc::default();
    let stray_hook = stray.clone();
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == ui_thread {
            let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
            restore_hook(info);
        } else if let Ok(mut v) = stray_hook.lock() {
            v.push(info.to_string());
        }
    }));
    let _ = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, &rx, &signals);
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    // Not joined: the loader may be deep in the doubt checks, and it stops
    // at its next send now that the receiver is gone.
    drop(rx);
    drop(loader);

    session::end(&mut app, here.as_deref(), &paths);
    // One more try, then say plainly what could not be saved, with the
    // entries themselves so that nothing the analyst did is lost.
    app.review.retry();
    let mut err = io::stderr().lock();
    if let Some(signal) = signals.received() {
        let _ = writeln!(err, "counterclaim: ended by {signal}");
    }
    for w in &app.warnings {
        let _ = writeln!(err, "{}", crate::safe::clean(w));
    }
    let unsaved = app.review.unsaved();
    if unsaved > 0 {
        let place = app
            .review
            .path()
            .map_or("the review file".into(), |p| p.display().to_string());
        let _ = writeln!(
            err,
            "counterclaim: {unsaved} review actions could not be saved to {place}; \
             here they are, to append to it by hand once it can be written:"
        );
        for line in app.review.unsaved_lines() {
            let _ = writeln!(err, "{}", crate::safe::json_line(&line));
        }
    }
    if let Ok(v) = stray.lock() {
        for p in v.iter() {
            let _ = writeln!(err, "counterclaim: loader: {}", crate::safe::clean(p));
        }
    }
    result?;
    if unsaved > 0 {
        anyhow::bail!("{unsaved} review actions not saved (printed above)");
    }
    Ok(())
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    rx: &Receiver<Action>,
    signals: &signals::Signals,
) -> io::Result<()> {
    let tty = tty::Tty::open();
    let mut dirty = true;
    loop {
        // A review that cannot be saved is tried again on every turn: each
        // key press, or twice a second when idle.
        if app.tick() {
            dirty = true;
        }
        if dirty {
            terminal.draw(|f| ui::draw(f, app))?;
            dirty = false;
        }
        if app.quit || signals.received().is_some() {
            return Ok(());
        }
        let wait = if app.idle() {
            Duration::from_millis(500)
        } else {
            Duration::from_millis(25)
        };
        let ready = if tty.watched() {
            // Waited on here, a little at a time so a resize (which
            // crossterm hears of by a signal, not on the terminal) shows
            // soon; crossterm is then only asked for what is there.
            match tty.wait(wait.min(Duration::from_millis(100))) {
                tty::Input::Gone => return Ok(()),
                tty::Input::Ready | tty::Input::Quiet => event::poll(Duration::ZERO)?,
            }
        } else {
            event::poll(wait)?
        };
        if ready {
            // Take every pending event before drawing, so a held key
            // never queues up frames.
            loop {
                app.on_event(&event::read()?);
                dirty = true;
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        // The loader's news, for a bounded time so keys stay responsive.
        let start = Instant::now();
        while !app.settled() && start.elapsed() < Duration::from_millis(15) {
            match rx.try_recv() {
                Ok(action) => {
                    app.apply(action);
                    dirty = true;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    if !app.loading.done {
                        app.apply(Action::Load(LoadEvent::Done));
                    }
                    app.checking = false;
                    dirty = true;
                    break;
                }
            }
        }
    }
}

/// The review in `--data-dir`, `COUNTERCLAIM_DATA_DIR` or the platform's
/// data folder, which remembers that it is opened on `paths`; in memory,
/// with a warning, when there is no such folder.
fn open_review(data_dir: Option<&std::path::Path>, paths: &[PathBuf]) -> Review {
    match Review::default_dir(data_dir) {
        Some(dir) => {
            let mut review = Review::open(&dir);
            // `review export` without paths exports against these articles.
            if let Err(e) = crate::review::remember_corpus(&dir, paths) {
                review.warnings.push(format!(
                    "{}: cannot note which articles the review is on ({e}); name them to `review export`",
                    dir.display()
                ));
            }
            review
        }
        None => {
            let mut review = Review::in_memory();
            review.warnings.push(
                "no data folder (no home directory?): the review is kept in memory for this session only; \
                 give one with --data-dir or COUNTERCLAIM_DATA_DIR"
                    .into(),
            );
            review
        }
    }
}
