//! The background loader: reads the inputs a few files at a time, extracts
//! each article and sends them to the UI in small batches, so the first
//! articles can be read while the rest load.
//!
//! Folders are walked here rather than by `corpus::load` so that progress
//! can be reported file by file; each group of files still goes through
//! `corpus::load`, which does the reading and parsing.

use std::collections::HashSet;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::thread::{self, JoinHandle};

use super::action::{Action, Handover, LoadEvent, Prepared};
use crate::corpus;
use crate::extract::extract;
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
pub fn spawn(paths: Vec<PathBuf>, tx: Sender<Action>) -> JoinHandle<()> {
    thread::Builder::new()
        .name("counterclaim-loader".into())
        .spawn(move || {
            let mut loader = Loader {
                tx,
                read: 0,
                ids: HashSet::new(),
                twin: Store::default(),
            };
            if loader.run(&paths).is_err() || loader.send(LoadEvent::Done).is_err() {
                return;
            }
            // The work over the whole corpus, here rather than on the UI
            // thread; only its findings go over.
            let prepared = Prepared::of(&loader.twin);
            drop(std::mem::take(&mut loader.twin));
            let _ = loader.send(LoadEvent::Checked(Handover::new(prepared)));
        })
        .expect("cannot start the loader thread")
}

struct Loader {
    tx: Sender<Action>,
    read: usize,
    ids: HashSet<String>,
    /// The articles as sent, in the same order, for checking doubts.
    twin: Store,
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
                let figures = catch_unwind(AssertUnwindSafe(|| extract(&a))).map_err(|_| {
                    format!(
                        "{}: the engine failed on this article; shown without figures",
                        a.origin
                    )
                });
                (a, figures)
            })
            .collect();
        let mut batch = Vec::with_capacity(PER_BATCH);
        for (a, figures) in extracted {
            let figures = figures.unwrap_or_else(|warning| {
                warnings.push(warning);
                Vec::new()
            });
            // The checks need the figures, not the text: the twin goes without.
            self.twin.push(a.without_text(), figures.clone());
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
