//! Where the analyst was when the TUI last ended on a corpus: the article,
//! the selected figure (by its article and span, which outlive
//! re-extraction), the panes, the claims scope and the figures sort. Kept
//! in `position.json` beside the review, one position per corpus (keyed
//! by the paths given, as `corpus.json` has them), the latest first.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::review::Corpus;
use crate::review::file;

const FILE: &str = "position.json";

/// Positions kept, for as many corpora: the oldest go.
const KEPT: usize = 32;

/// A figure as a position names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureAt {
    pub article: String,
    pub start: usize,
    pub end: usize,
}

/// Where the analyst was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The article's id.
    pub article: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<FigureAt>,
    /// The focused pane, by its title: `articles`, `text`, `figures`, `claims`.
    pub focus: String,
    /// The lower pane of the medium layout: `figures` or `claims`.
    #[serde(default)]
    pub lower: String,
    /// `article`, `night` or `corpus`.
    pub scope: String,
    /// The figures table's sort column, as its label says it.
    pub sort: String,
}

/// A position with the corpus it was on.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Kept {
    corpus: Corpus,
    #[serde(flatten)]
    position: Position,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    positions: Vec<Kept>,
}

/// The file positions are kept in, in the review's folder `dir`.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// The position last saved in `dir` for the articles at `paths`: none when
/// there is none (or the articles came from standard input, which cannot
/// be opened twice); an error, in words, when the file does not read.
pub fn load(dir: &Path, paths: &[PathBuf]) -> Result<Option<Position>, String> {
    let Some(corpus) = Corpus::of(paths) else {
        return Ok(None);
    };
    let Some(kept) = read(dir)? else {
        return Ok(None);
    };
    Ok(kept
        .positions
        .into_iter()
        .find(|k| k.corpus == corpus)
        .map(|k| k.position))
}

/// Save `position` in `dir` for the articles at `paths`, first among the
/// corpora; a file that does not read is replaced.
pub fn save(dir: &Path, paths: &[PathBuf], position: &Position) -> io::Result<()> {
    let Some(corpus) = Corpus::of(paths) else {
        return Ok(());
    };
    let mut kept = read(dir).ok().flatten().unwrap_or_default();
    kept.positions.retain(|k| k.corpus != corpus);
    kept.positions.insert(
        0,
        Kept {
            corpus,
            position: position.clone(),
        },
    );
    kept.positions.truncate(KEPT);
    file::create_dir(dir)?;
    // Written whole under a name of this process's, then renamed, so that
    // neither a crash nor another window ending at the same moment leaves
    // half a file.
    let part = dir.join(format!("{FILE}.{}.part", std::process::id()));
    let bytes = serde_json::to_vec_pretty(&kept)?;
    let saved = file::write(&part, &bytes).and_then(|()| fs::rename(&part, path(dir)));
    if saved.is_err() {
        let _ = fs::remove_file(&part);
    }
    saved
}

fn read(dir: &Path) -> Result<Option<File>, String> {
    let file = path(dir);
    match file::read(&file) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| format!("{}: not a saved position ({e})", file.display())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", file.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(article: &str) -> Position {
        Position {
            article: article.into(),
            figure: Some(FigureAt {
                article: article.into(),
                start: 3,
                end: 5,
            }),
            focus: "text".into(),
            lower: "claims".into(),
            scope: "night".into(),
            sort: "value".into(),
        }
    }

    #[test]
    fn each_corpus_has_its_own_position() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (
            vec![PathBuf::from("data")],
            vec![PathBuf::from("tests/formats")],
        );
        assert_eq!(load(dir.path(), &a), Ok(None));
        save(dir.path(), &a, &at("one")).unwrap();
        save(dir.path(), &b, &at("two")).unwrap();
        save(dir.path(), &[], &at("sample")).unwrap();
        assert_eq!(load(dir.path(), &a), Ok(Some(at("one"))));
        assert_eq!(load(dir.path(), &b), Ok(Some(at("two"))));
        assert_eq!(load(dir.path(), &[]), Ok(Some(at("sample"))));
        save(dir.path(), &a, &at("three")).unwrap();
        assert_eq!(load(dir.path(), &a), Ok(Some(at("three"))));
        // Standard input is never the same articles twice.
        let stdin = vec![PathBuf::from("-")];
        save(dir.path(), &stdin, &at("four")).unwrap();
        assert_eq!(load(dir.path(), &stdin), Ok(None));
    }

    #[test]
    fn a_broken_file_is_an_error_and_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(path(dir.path()), "{\"positions\": [").unwrap();
        let e = load(dir.path(), &[]).unwrap_err();
        assert!(e.contains("position.json: not a saved position"), "{e}");
        save(dir.path(), &[], &at("one")).unwrap();
        assert_eq!(load(dir.path(), &[]), Ok(Some(at("one"))));
    }
}
