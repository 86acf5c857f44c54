//! The articles a review was made on, remembered beside its log so that
//! `review export` and `review gold` find them again without being told.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const FILE: &str = "corpus.json";

/// The articles a review was opened on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Corpus {
    /// The built-in sample corpus.
    Sample,
    /// Files and folders, as absolute paths.
    Paths(Vec<PathBuf>),
}

impl Corpus {
    /// The corpus `paths` name (none: the sample); None when standard input
    /// is among them, as it cannot be read a second time.
    pub fn of(paths: &[PathBuf]) -> Option<Corpus> {
        if paths.is_empty() {
            return Some(Corpus::Sample);
        }
        if paths.iter().any(|p| p.as_os_str() == "-") {
            return None;
        }
        let absolute = paths.iter().map(std::path::absolute);
        absolute.collect::<io::Result<_>>().ok().map(Corpus::Paths)
    }

    /// The paths to load, as the commands take them: none for the sample.
    pub fn paths(&self) -> &[PathBuf] {
        match self {
            Corpus::Sample => &[],
            Corpus::Paths(paths) => paths,
        }
    }
}

/// Remember in `dir` that the review there is opened on `paths`. Articles
/// that cannot be read again (standard input) make it forget the corpus
/// remembered before, so that an export never uses other articles.
pub fn remember_corpus(dir: &Path, paths: &[PathBuf]) -> io::Result<()> {
    let file = dir.join(FILE);
    match Corpus::of(paths) {
        Some(corpus) => {
            // Written whole, then renamed, so a crash never leaves half a file.
            let part = dir.join(format!("{FILE}.part"));
            super::file::write(&part, &serde_json::to_vec_pretty(&corpus)?)?;
            fs::rename(part, file)
        }
        None => match fs::remove_file(file) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        },
    }
}

/// The corpus remembered in `dir`, or why there is none to use.
pub fn recall_corpus(dir: &Path) -> Result<Corpus, String> {
    let file = dir.join(FILE);
    let bytes = super::file::read(&file).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => format!(
            "no articles are remembered for the review in {}",
            dir.display()
        ),
        _ => format!("{}: {e}", file.display()),
    })?;
    let corpus: Corpus = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{}: not a corpus ({e})", file.display()))?;
    if let Some(gone) = corpus.paths().iter().find(|p| !p.exists()) {
        return Err(format!(
            "{} (remembered for the review) is gone",
            gone.display()
        ));
    }
    Ok(corpus)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_is_recalled_as_remembered_and_standard_input_forgets_it() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let here = PathBuf::from("data/articles");
        remember_corpus(dir.path(), std::slice::from_ref(&here)).expect("remembered");
        let recalled = recall_corpus(dir.path()).expect("recalled");
        assert_eq!(recalled.paths(), [std::path::absolute(&here).unwrap()]);
        remember_corpus(dir.path(), &[]).expect("remembered");
        assert_eq!(recall_corpus(dir.path()), Ok(Corpus::Sample));
        remember_corpus(dir.path(), &["-".into()]).expect("forgotten");
        assert!(recall_corpus(dir.path()).is_err());
    }
}
