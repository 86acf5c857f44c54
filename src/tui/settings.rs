//! The analyst's settings: `settings.txt` beside `keymap.txt` in the config
//! folder, a `name = value` a line. One bad line and the whole file is set
//! aside for the defaults, with a message naming the line, as the keymap
//! does: half the settings asked for is a surprise.

use std::path::PathBuf;

use super::keymap::config_dir;

/// The name of the settings file in the config folder.
pub const FILE_NAME: &str = "settings.txt";

/// What the settings file can change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settings {
    /// `a` moves on to the next figure nobody has reviewed, as `Space` does.
    pub accept_and_advance: bool,
}

/// Every setting's name, for messages.
const NAMES: [&str; 1] = ["accept_and_advance"];

impl Settings {
    /// The settings `text` (the file `file`) gives, or what is wrong with
    /// its first bad line, with the defaults that are used instead.
    pub fn parse(text: &str, file: &str) -> Result<Settings, String> {
        let mut settings = Settings::default();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |what: String| {
                format!(
                    "{file}, line {}: {what}; using the default settings ({})",
                    n + 1,
                    Settings::default().describe()
                )
            };
            let Some((name, value)) = line.split_once('=') else {
                return Err(bad(format!("expected `name = value`, found {line:?}")));
            };
            let on = match value.trim() {
                "on" => true,
                "off" => false,
                other => return Err(bad(format!("expected on or off, found {other:?}"))),
            };
            match name.trim() {
                "accept_and_advance" => settings.accept_and_advance = on,
                other => {
                    return Err(bad(format!(
                        "unknown setting {other:?} (known: {})",
                        NAMES.join(", ")
                    )));
                }
            }
        }
        Ok(settings)
    }

    /// The analyst's settings, or the defaults with the reason the file
    /// could not be used.
    pub fn load() -> (Settings, Option<String>) {
        let Some(path) = path() else {
            return (Settings::default(), None);
        };
        let file = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => match Settings::parse(&text, &file) {
                Ok(s) => (s, None),
                Err(e) => (Settings::default(), Some(e)),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "{file}: cannot read: {e}; using the default settings ({})",
                    Settings::default().describe()
                )),
            ),
        }
    }

    /// `accept_and_advance = off`: the settings as the file writes them.
    pub fn describe(&self) -> String {
        let on = |b: bool| if b { "on" } else { "off" };
        format!("accept_and_advance = {}", on(self.accept_and_advance))
    }
}

/// The settings file, whether or not it exists.
pub fn path() -> Option<PathBuf> {
    config_dir().map(|d| d.join(FILE_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_off_comments_and_blank_lines() {
        let s = Settings::parse("# mine\n\naccept_and_advance = on\n", "s.txt");
        assert_eq!(
            s,
            Ok(Settings {
                accept_and_advance: true
            })
        );
        let s = Settings::parse("accept_and_advance=off", "s.txt");
        assert_eq!(s, Ok(Settings::default()));
    }

    #[test]
    fn a_bad_line_is_named_with_the_defaults() {
        assert_eq!(
            Settings::parse("accept_and_advance = on\nadvance = on\n", "/c/settings.txt"),
            Err("/c/settings.txt, line 2: unknown setting \"advance\" (known: accept_and_advance); \
                 using the default settings (accept_and_advance = off)"
                .into())
        );
        let e = Settings::parse("accept_and_advance = yes", "s.txt").unwrap_err();
        assert!(
            e.starts_with("s.txt, line 1: expected on or off, found \"yes\""),
            "{e}"
        );
        let e = Settings::parse("accept_and_advance", "s.txt").unwrap_err();
        assert!(e.contains("expected `name = value`"), "{e}");
    }
}
