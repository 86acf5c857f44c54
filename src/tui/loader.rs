//! The background loader: reads the inputs a few files at a time, extracts
//! each article and sends them to the UI in small batches, so the first
//! articles can be read while the rest load.
//!
//! Folders are walked here rather than by `corpus::load` so that progress
//! can be reported file by file; each group of files still goes through
//! `corpus::load`, which does the reading and parsing.

use std::collections::HashSet;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};
use std::thread::{self, JoinHandle};

use super::action::{Action, Handover, LoadEvent, Prepared};
use crate::corpus;
use crate::extract::extract_guarded;
use crate::model::{Article, Figure};
use crate::store::Store;

/// Files read per call of `corpus::load`: few at first, so the first
/// articles show at once, then enough to keep every core busy.
const FIRST_READ: usize = 16;
const FILES_PER_READ: usize = 512;
/// Articles sent per batch.
const PER_BATCH: usize = 8;
/// Load `paths` (the sample corpus when empty) on a thread of its own,
/// sending [`Action::Load`] events; it stops early when the UI has gone.
/// Once done, it works out the doubts and the corpus's claims over the
/// store the UI sends back on `stores`.
pub fn spawn(
    paths: Vec<PathBuf>,
    tx: Sender<Action>,
    stores: Receiver<Arc<Store>>,
) -> JoinHandle<()> {
    thread::Builder::new()
        .name("counterclaim-loader".into())
        .spawn(move || {
            let mut loader = Loader {
                tx,
                read: 0,
                ids: HashSet::new(),
            };
            if loader.run(&paths).is_err() || loader.send(LoadEvent::Done).is_err() {
                return;
            }
            // The work over the whole corpus, here rather than on the UI
            // thread; only its findings go over. The store is let go of
            // before they do, so the UI has it to itself again.
            let Ok(store) = stores.recv() else {
                return;
            };
            let prepared = Prepared::of(&store);
            drop(store);
            let _ = loader.send(LoadEvent::Checked(Handover::new(prepared)));
        })
        .expect("cannot start the loader thread")
}

struct Loader {
    tx: Sender<Action>,
    read: usize,
    ids: HashSet<String>,
}

/// The UI has quit; stop loading.
struct Gone;

impl Loader {
    fn send(&self, event: LoadEvent) -> Result<(), Gone> {
        self.tx.send(Action::Load(event)).map_err(|_| Gone)
    }

    fn run(&mut self, paths: &[PathBuf]) -> Result<(), Gone> {
        if paths.is_empty() {
            return self.articles(corpus::sample(), Vec::new());
        }
        for path in paths {
            if path.as_os_str() != "-" && path.is_dir() {
                let (files, warnings) = corpus::article_files(path);
                let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
                if !warnings.is_empty() {
                    self.send(LoadEvent::Warnings(warnings))?;
                }
                self.send(LoadEvent::Files(files.len()))?;
                let first = files.len().min(FIRST_READ);
                self.files(&files[..first])?;
                for chunk in files[first..].chunks(FILES_PER_READ) {
                    self.files(chunk)?;
                }
            } else {
                self.files(std::slice::from_ref(path))?;
            }
        }
        Ok(())
    }

    fn files(&mut self, paths: &[PathBuf]) -> Result<(), Gone> {
        let loaded = corpus::load(paths);
        let warnings = loaded.warnings.iter().map(ToString::to_string).collect();
        self.articles(loaded.articles, warnings)
    }

    /// Make ids unique across groups (as `corpus` does within one), then
    /// extract and send.
    fn articles(&mut self, articles: Vec<Article>, mut warnings: Vec<String>) -> Result<(), Gone> {
        let mut articles = articles;
        for a in &mut articles {
            if self.ids.contains(&a.id) {
                let mut n = 2;
                while self.ids.contains(&format!("{}~{n}", a.id)) {
                    n += 1;
                }
                let renamed = format!("{}~{n}", a.id);
                warnings.push(format!(
                    "{}: duplicate id {:?}; renamed {renamed:?}",
                    a.origin, a.id
                ));
                a.id = renamed;
            }
            self.ids.insert(a.id.clone());
        }
        self.read += articles.len();
        self.send(LoadEvent::Read(self.read))?;
        // Extraction on every core; batches still go out in reading order.
        use rayon::prelude::*;
        let extracted: Vec<(Article, Result<Vec<Figure>, String>)> = articles
            .into_par_iter()
            .map(|a| {
                // One article that trips the engine must not end the load.
                let figures =
                    extract_guarded(&a).map_err(|fault| format!("{fault}; shown without figures"));
                (a, figures)
            })
            .collect();
        let mut batch = Vec::with_capacity(PER_BATCH);
        for (a, figures) in extracted {
            let figures = figures.unwrap_or_else(|warning| {
                warnings.push(warning);
                Vec::new()
            });
            batch.push((a, figures));
            if batch.len() == PER_BATCH {
                self.send(LoadEvent::Batch(std::mem::take(&mut batch)))?;
            }
        }
        if !batch.is_empty() {
            self.send(LoadEvent::Batch(batch))?;
        }
        if !warnings.is_empty() {
            self.send(LoadEvent::Warnings(warnings))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::App;
    use crate::tui::keymap::Keymap;
    use crate::tui::theme::Theme;
    use std::sync::mpsc;

    /// A FIFO among the articles would hang the loader on its first read.
    #[cfg(unix)]
    #[test]
    fn a_fifo_among_the_articles_is_skipped() {
        let dir = std::env::temp_dir().join(format!("counterclaim-fifo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.txt"), "Russia launched 90 drones at Kyiv.\n").unwrap();
        let fifo = dir.join("pipe.txt");
        let _ = std::fs::remove_file(&fifo);
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let (tx, rx) = mpsc::channel();
        let (_stores, from_app) = mpsc::channel();
        let _loader = spawn(vec![dir.clone(), fifo.clone()], tx, from_app);
        let mut warnings = Vec::new();
        let mut read = 0;
        loop {
            let event = rx.recv_timeout(std::time::Duration::from_secs(20));
            match event.expect("the loader does not hang") {
                Action::Load(LoadEvent::Warnings(w)) => warnings.extend(w),
                Action::Load(LoadEvent::Read(n)) => read = n,
                Action::Load(LoadEvent::Done) => break,
                _ => {}
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(read, 1);
        let fifo_warnings = warnings.iter().filter(|w| w.contains("(a FIFO); skipped"));
        assert_eq!(fifo_warnings.count(), 2, "{warnings:?}");
    }

    #[test]
    fn doubts_are_worked_out_over_the_apps_own_store() {
        let (tx, rx) = mpsc::channel();
        let (stores, from_app) = mpsc::channel();
        let mut app = App::loading(Keymap::default(), Theme::plain());
        app.checker = Some(stores);
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles");
        let loader = spawn(vec![dir], tx, from_app);
        let mut store_before = None;
        for action in rx.iter() {
            let checked = matches!(action, Action::Load(LoadEvent::Checked(_)));
            if checked {
                store_before = Some(Arc::as_ptr(&app.store));
            }
            app.apply(action);
            if checked {
                break;
            }
        }
        loader.join().expect("the loader ends");
        assert!(app.loading.done && !app.checking);
        assert_eq!(
            store_before,
            Some(Arc::as_ptr(&app.store)),
            "the doubts go into the app's store, not a copy of it"
        );
        assert_eq!(Arc::strong_count(&app.store), 1);
        let expected = crate::checks::run(&app.store);
        let mut doubted = 0;
        for id in 0..app.store.figures().len() as u32 {
            let kinds =
                |list: &[crate::checks::Doubt]| list.iter().map(|d| d.kind).collect::<Vec<_>>();
            assert_eq!(
                kinds(app.store.doubts(id)),
                kinds(expected.of(id)),
                "figure {id}"
            );
            doubted += usize::from(!expected.of(id).is_empty());
        }
        assert!(doubted > 0, "the sample has doubts");
    }
}
