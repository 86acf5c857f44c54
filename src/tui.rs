//! The analyst's terminal: articles, their text with every figure lit in
//! place, the figures table and each side's claims, side by side.
//!
//! ```text
//! loader thread ──Action::Load──┐
//! terminal ──event──> keymap ───┴──> Action ──> App::apply ──> App ──> ui::draw
//! ```
//!
//! `app` holds the state and is the only place it changes; `ui` and one
//! file per pane draw it; `keymap` turns keys into actions; `loader` reads
//! and extracts in the background so the first articles show at once.

pub mod action;
pub mod app;
mod articles;
pub mod bench;
mod claims;
mod figures;
mod flag_dialog;
pub mod flags;
mod help;
pub mod keymap;
mod loader;
mod status;
mod summary;
mod text;
pub mod theme;
pub mod ui;
pub mod wrap;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use ratatui::DefaultTerminal;

use action::{Action, LoadEvent};
use app::App;
use keymap::Keymap;
use theme::Theme;

/// Open the TUI on the articles at `paths` (the sample corpus when empty),
/// until the user quits. Warnings are printed on stderr afterwards.
pub fn run(paths: Vec<PathBuf>, data_dir: Option<PathBuf>) -> anyhow::Result<()> {
    let _ = &data_dir;
    if !io::stdout().is_terminal() {
        anyhow::bail!(
            "the TUI needs a terminal; `counterclaim extract`, `compare` and `check` print to pipes"
        );
    }
    let (keymap, config_error) = Keymap::load();
    let mut app = App::loading(keymap, Theme::from_env());
    if let Some(e) = &config_error {
        app.message = Some(e.to_string());
        app.warnings.push(format!("warning: {e}"));
    }
    let (tx, rx) = mpsc::channel();
    let loader = loader::spawn(paths, tx);

    let mut terminal = ratatui::init();
    // Panics elsewhere than on this thread must not tear the screen down
    // under a running UI: keep their message for after exit.
    let ui_thread = std::thread::current().id();
    let stray: Arc<Mutex<Vec<String>>> = Arc::default();
    let stray_hook = stray.clone();
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == ui_thread {
            let _ = execute!(io::stdout(), DisableMouseCapture);
            restore_hook(info);
        } else if let Ok(mut v) = stray_hook.lock() {
            v.push(info.to_string());
        }
    }));
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &rx);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    // Not joined: the loader may be deep in the doubt checks, and it stops
    // at its next send now that the receiver is gone.
    drop(rx);
    drop(loader);

    let mut err = io::stderr().lock();
    for w in &app.warnings {
        let _ = writeln!(err, "{w}");
    }
    if let Ok(v) = stray.lock() {
        for p in v.iter() {
            let _ = writeln!(err, "counterclaim: loader: {p}");
        }
    }
    Ok(result?)
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    rx: &Receiver<Action>,
) -> io::Result<()> {
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|f| ui::draw(f, app))?;
            dirty = false;
        }
        if app.quit {
            return Ok(());
        }
        let wait = if app.loading.done && !app.checking {
            Duration::from_millis(500)
        } else {
            Duration::from_millis(25)
        };
        if event::poll(wait)? {
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
        while (!app.loading.done || app.checking) && start.elapsed() < Duration::from_millis(15) {
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
