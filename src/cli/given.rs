//! What the comparing commands read: the articles, or figures already
//! extracted from them (`extract --format jsonl`), so that a comparison
//! needs no second extraction.

use std::fs::File;
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};

use super::Input;
use crate::corpus::{Filed, Given, file_under, read_figures};
use crate::store::Store;

/// Articles, or the figures extracted from them.
#[derive(Debug, clap::Args)]
pub struct Sources {
    /// Figures already extracted (`extract --format jsonl`), read instead
    /// of extracting: a JSON Lines file, or - for standard input. PATHS are
    /// then optional: given, they supply the articles' text, outlets and review
    #[arg(long, value_name = "FILE")]
    pub figures: Option<PathBuf>,
    #[command(flatten)]
    pub input: Input,
}

impl Sources {
    /// The store, reviewed when `--review` asks for it; None (with a
    /// message) when nothing could be read.
    pub fn store(&self) -> io::Result<Option<Store>> {
        let Some(path) = &self.figures else {
            return self.input.store();
        };
        let review = self.review()?;
        let Some(filed) = self.filed(path)? else {
            return Ok(None);
        };
        let pairs = match &review {
            None => filed.pairs,
            Some(r) => filed
                .pairs
                .into_iter()
                .map(|(a, figures)| {
                    // An article standing in for one not given has no text
                    // to key the review by.
                    let figures = match a.text.is_empty() {
                        true => figures,
                        false => crate::review::apply(r, &a, &figures).figures,
                    };
                    (a, figures)
                })
                .collect(),
        };
        Ok(Some(Store::from_extracted(pairs)))
    }

    /// The review, when `--review` asks for it and the articles it is
    /// kept by are there.
    pub fn review(&self) -> io::Result<Option<crate::review::Review>> {
        if self.input.review && self.figures.is_some() && self.input.paths.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "--review with --figures needs the articles too (PATHS): \
                 the review is kept by their text",
            ));
        }
        self.input.review()
    }

    /// The engine's figures as extracted or as given, unreviewed and with
    /// no doubts raised yet ([`Store::refresh_doubts`]).
    pub fn engine_store(&self) -> io::Result<Option<Store>> {
        let Some(path) = &self.figures else {
            let loaded = super::load(&self.input.paths);
            if loaded.articles.is_empty() {
                return Ok(None);
            }
            let mut store = Store::default();
            store.extend(loaded.articles);
            super::warn(store.faults());
            return Ok(Some(store));
        };
        Ok(self.filed(path)?.map(|f| Store::unchecked(f.pairs)))
    }

    /// The figures at `path` filed under the articles at PATHS, if any.
    fn filed(&self, path: &Path) -> io::Result<Option<Filed>> {
        let stdin = |p: &Path| p.as_os_str() == "-";
        if stdin(path) && self.input.paths.iter().any(|p| stdin(p)) {
            eprintln!(
                "counterclaim: standard input can hold the figures or the articles, not both"
            );
            return Ok(None);
        }
        let (given, warnings) = read(path)?;
        super::warn(&warnings);
        let articles = match self.input.paths.is_empty() {
            true => Vec::new(),
            false => {
                let loaded = super::load(&self.input.paths);
                if loaded.articles.is_empty() {
                    return Ok(None);
                }
                loaded.articles
            }
        };
        if given.is_empty() && articles.is_empty() {
            eprintln!("counterclaim: {}: no figure could be read", path.display());
            return Ok(None);
        }
        let filed = file_under(articles, given);
        if filed.stood_in > 0 && !self.input.paths.is_empty() {
            eprintln!(
                "warning: {}: the figures of {} articles not among the paths are compared \
                 without their text",
                path.display(),
                filed.stood_in
            );
        }
        Ok(Some(filed))
    }
}

/// The figure records of a file, or of standard input for `-`.
fn read(path: &Path) -> io::Result<(Vec<Given>, Vec<crate::corpus::Warning>)> {
    if path.as_os_str() == "-" {
        return Ok(read_figures("stdin", io::stdin().lock()));
    }
    let file = File::open(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    Ok(read_figures(
        &path.display().to_string(),
        BufReader::new(file),
    ))
}
