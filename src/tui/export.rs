//! Writing what a view shows to a file, CSV or JSON as the name's
//! extension says: the `w` prompt's state, where a name points, and the
//! write itself. Any view plugs in with one call: build a [`Sheet`] of
//! what it shows and hand it to [`App::offer_write`] in an [`Export`]; the
//! prompt, the overwrite question, the errors and the status message are
//! the same for every view.
//!
//! [`App::offer_write`]: super::app::App::offer_write

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::sheet::{Sheet, SheetFormat};

/// What a view offers to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    /// What a row is, in the plural, for `wrote 6 figures to …`.
    pub noun: String,
    /// What is written, for the prompt: `the 6 figures of
    /// 03_kharkiv_casualties, sorted by value`.
    pub what: String,
    /// The file name offered, in the working directory; its extension
    /// (`.csv` or `.json`) is the format offered.
    pub name: String,
    pub sheet: Sheet,
}

impl Export {
    /// `noun` rows of `sheet`, described by `what`, offered as a file
    /// named `counterclaim-<stem>.csv`, the stem made safe for a file name.
    pub fn new(noun: &str, what: impl Into<String>, stem: &str, sheet: Sheet) -> Export {
        Export {
            noun: noun.into(),
            what: what.into(),
            name: format!("counterclaim-{}.csv", file_safe(stem)),
            sheet,
        }
    }
}

/// The `w` prompt.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteDialog {
    pub export: Export,
    /// The file name as typed.
    pub name: String,
    /// Where a relative name goes: the working directory when it opened.
    pub dir: PathBuf,
    /// Why the last Enter wrote nothing.
    pub error: Option<String>,
    /// A file that is there already, to overwrite on `y`.
    pub overwrite: Option<PathBuf>,
}

impl WriteDialog {
    pub fn new(export: Export) -> WriteDialog {
        WriteDialog {
            name: export.name.clone(),
            export,
            dir: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            error: None,
            overwrite: None,
        }
    }

    /// `.csv` becomes `.json` and back; a name with neither gets `.csv`.
    pub fn switch_format(&mut self) {
        let swapped = [(".csv", ".json"), (".json", ".csv")]
            .into_iter()
            .find_map(|(from, to)| {
                let lower = self.name.to_ascii_lowercase();
                lower
                    .ends_with(from)
                    .then(|| format!("{}{to}", &self.name[..self.name.len() - from.len()]))
            });
        self.name = swapped.unwrap_or_else(|| format!("{}.csv", self.name.trim_end()));
        self.error = None;
    }

    /// Where the name points and the format its extension asks for, or
    /// what is wrong with it.
    pub fn target(&self) -> Result<(PathBuf, SheetFormat), String> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err("type a file name".into());
        }
        let Some(format) = SheetFormat::of_name(name) else {
            return Err(format!(
                "{name}: name a .csv or .json file (the extension chooses the format)"
            ));
        };
        let path = expand_home(name);
        let path = if path.is_absolute() {
            path
        } else {
            self.dir.join(path)
        };
        Ok((std::path::absolute(&path).unwrap_or(path), format))
    }
}

/// `~/x.csv` in the home folder.
fn expand_home(name: &str) -> PathBuf {
    match (name.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) if !home.is_empty() => PathBuf::from(home).join(rest),
        _ => PathBuf::from(name),
    }
}

/// Write `sheet` to `path` in `format`, the whole file or, on an error,
/// the error in words.
pub fn write_file(sheet: &Sheet, format: SheetFormat, path: &Path) -> Result<(), String> {
    if path.is_dir() {
        return Err(format!("{} is a folder: name a file", path.display()));
    }
    // Made whole in memory first: a file is never left half written by a
    // fault of ours, only by the disk's.
    let mut bytes = Vec::new();
    sheet
        .write(format, &mut bytes)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let written = std::fs::File::create(path).and_then(|mut f| {
        f.write_all(&bytes)?;
        f.flush()
    });
    written.map_err(|e: io::Error| format!("cannot write {}: {e}", path.display()))
}

/// `03_kharkiv_casualties`, `night-2025-06-12`: an id made safe for a file
/// name, any other character a `-`, and not too long.
pub fn file_safe(s: &str) -> String {
    let safe: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .take(80)
        .collect();
    let safe = safe.trim_matches(['.', '-']);
    if safe.is_empty() {
        "view".into()
    } else {
        safe.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dialog(name: &str) -> WriteDialog {
        let mut d = WriteDialog::new(Export::new("figures", "", "a", Sheet::new(["x"])));
        d.name = name.into();
        d.dir = PathBuf::from("/work");
        d
    }

    #[test]
    fn a_name_points_into_the_working_folder_and_its_extension_is_the_format() {
        assert_eq!(
            dialog("x.csv").target(),
            Ok((PathBuf::from("/work/x.csv"), SheetFormat::Csv))
        );
        assert_eq!(
            dialog("/tmp/y.JSON").target(),
            Ok((PathBuf::from("/tmp/y.JSON"), SheetFormat::Json))
        );
        assert!(
            dialog("x.txt")
                .target()
                .unwrap_err()
                .contains("name a .csv or .json file")
        );
        assert_eq!(dialog("  ").target(), Err("type a file name".into()));
    }

    #[test]
    fn tab_switches_the_format() {
        let mut d = dialog("figures.csv");
        d.switch_format();
        assert_eq!(d.name, "figures.json");
        d.switch_format();
        assert_eq!(d.name, "figures.csv");
        let mut d = dialog("figures");
        d.switch_format();
        assert_eq!(d.name, "figures.csv");
    }

    #[test]
    fn ids_are_made_safe_for_file_names() {
        assert_eq!(file_safe("03_kharkiv_casualties"), "03_kharkiv_casualties");
        assert_eq!(file_safe("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_safe("kpszsu/9202 #1"), "kpszsu-9202--1");
        assert_eq!(file_safe("///"), "view");
    }
}
