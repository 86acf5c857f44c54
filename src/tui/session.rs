//! What a session takes from outside and leaves there: the settings file,
//! the clipboard and the link opener the environment gives, and the
//! position saved at the last exit, put back at the start and saved again
//! at the end, however the TUI ends.

use std::path::{Path, PathBuf};

use super::app::App;
use super::clipboard::Clipboard;
use super::opener::Opener;
use super::position;
use super::settings::Settings;

/// Set `app` up for a session on the articles at `paths`, with the review
/// (and so the saved position) in `dir`.
pub fn start(app: &mut App, dir: Option<&Path>, paths: &[PathBuf]) {
    let (settings, problem) = Settings::load();
    app.settings = settings;
    app.clipboard = Clipboard::from_env();
    app.opener = Opener::from_env();
    if let Some(p) = problem {
        warn(app, p);
    }
    if let Some(dir) = dir {
        restore_saved(app, dir, paths);
    }
}

/// Go back to the position saved in `dir` for the articles at `paths`,
/// once its article is in; a file that does not read is a warning.
pub fn restore_saved(app: &mut App, dir: &Path, paths: &[PathBuf]) {
    match position::load(dir, paths) {
        Ok(Some(p)) => app.restore(p),
        Ok(None) => {}
        Err(e) => warn(app, format!("{e}; starting at the first article")),
    }
}

/// A problem for the status bar (unless it says something already) and,
/// after exit, stderr.
fn warn(app: &mut App, problem: String) {
    app.warnings.push(format!("warning: {problem}"));
    app.message.get_or_insert(problem);
}

/// Save where the analyst is, for the next session on the same articles.
pub fn end(app: &mut App, dir: Option<&Path>, paths: &[PathBuf]) {
    let (Some(dir), Some(here)) = (dir, app.position()) else {
        return;
    };
    if let Err(e) = position::save(dir, paths, &here) {
        app.warnings.push(format!(
            "warning: {}: the position could not be saved ({e}); the next start is at the first article",
            position::path(dir).display()
        ));
    }
}
