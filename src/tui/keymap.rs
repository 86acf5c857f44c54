//! Keys as data: the default keymap (`keymap-default.txt`), key names, the
//! user's overrides, and the one place a key press becomes an [`Action`].
//!
//! The user file is `keymap.txt` in the folder `COUNTERCLAIM_CONFIG_DIR`
//! names, else in the platform config folder (`directories`). It holds
//! lines like the defaults; one bad line and the whole file is set aside
//! with a message naming the line, since half a keymap is worse than the
//! documented one.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// The default keymap, embedded.
pub const DEFAULT: &str = include_str!("keymap-default.txt");

/// The name of the user's keymap file in the config folder.
pub const FILE_NAME: &str = "keymap.txt";

/// Where each action is documented: which part of the help it sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Move,
    Find,
    Review,
    View,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::Move => "Moving",
            Section::Find => "Finding",
            Section::Review => "Reviewing",
            Section::View => "Views",
        }
    }
}

/// An action that keys can be bound to: its name in keymap files, and what
/// the help says about it.
#[derive(Debug)]
pub struct ActionInfo {
    pub name: &'static str,
    pub action: Action,
    pub help: &'static str,
    pub section: Section,
}

/// Every bindable action, in the order the help lists them.
pub static ACTIONS: &[ActionInfo] = &[
    info(
        "down",
        Action::Down,
        "next row; next figure in the text",
        Section::Move,
    ),
    info(
        "up",
        Action::Up,
        "previous row; previous figure in the text",
        Section::Move,
    ),
    info("top", Action::Top, "first row or figure", Section::Move),
    info(
        "bottom",
        Action::Bottom,
        "last row or figure",
        Section::Move,
    ),
    info(
        "page_down",
        Action::PageDown,
        "a page down (the text scrolls)",
        Section::Move,
    ),
    info("page_up", Action::PageUp, "a page up", Section::Move),
    info(
        "next_article",
        Action::NextArticle,
        "next article, from any pane",
        Section::Move,
    ),
    info(
        "prev_article",
        Action::PrevArticle,
        "previous article",
        Section::Move,
    ),
    info("next_pane", Action::NextPane, "next pane", Section::Move),
    info(
        "prev_pane",
        Action::PrevPane,
        "previous pane",
        Section::Move,
    ),
    info(
        "enter",
        Action::Enter,
        "open; show the figure in the text; a claim's next mention",
        Section::Move,
    ),
    info(
        "cancel",
        Action::Cancel,
        "close; clear the search and every filter",
        Section::Move,
    ),
    info(
        "search",
        Action::Search,
        "search every article (a regex; lower case ignores case)",
        Section::Find,
    ),
    info(
        "next_hit",
        Action::NextHit,
        "next search hit",
        Section::Find,
    ),
    info(
        "prev_hit",
        Action::PrevHit,
        "previous search hit",
        Section::Find,
    ),
    info(
        "filter",
        Action::Filter,
        "filter articles by title, source, id, link or date",
        Section::Find,
    ),
    info(
        "only_flagged",
        Action::OnlyFlagged,
        "show only flagged figures",
        Section::Find,
    ),
    info(
        "only_doubted",
        Action::OnlyDoubted,
        "show only doubted figures",
        Section::Find,
    ),
    info(
        "summary",
        Action::Summary,
        "summary sheet: counts by claimant, item, event, doubt",
        Section::Find,
    ),
    info(
        "timeline",
        Action::Timeline,
        "timeline: each side's figures night by night, and a chart",
        Section::View,
    ),
    info(
        "jump",
        Action::Jump,
        "go to a night: 2025-06-16, 16 jun, yesterday",
        Section::Find,
    ),
    info(
        "sort_articles",
        Action::SortArticles,
        "order the articles: date, source, doubts, unreviewed",
        Section::Find,
    ),
    info(
        "filter_value",
        Action::FilterByValue,
        "filter figures by a value of the selected one",
        Section::Find,
    ),
    info(
        "filter_expression",
        Action::FilterExpression,
        "filter figures: claimant=ru item=drone value>=100",
        Section::Find,
    ),
    info(
        "sources",
        Action::Sources,
        "every outlet and speaker: figures, nights, disagreement",
        Section::Find,
    ),
    info(
        "accept",
        Action::Accept,
        "accept the selected figure: checked and right",
        Section::Review,
    ),
    info(
        "not_a_figure",
        Action::NotAFigure,
        "mark the selected figure not a figure",
        Section::Review,
    ),
    info(
        "flag",
        Action::Flag,
        "flag the selected figure: a reason (1-8) and a note",
        Section::Review,
    ),
    info(
        "correct",
        Action::Correct,
        "correct value, qualifier, item, event, attacker, claimant",
        Section::Review,
    ),
    info(
        "add_figure",
        Action::AddFigure,
        "add a figure the engine missed: pick a number in the text",
        Section::Review,
    ),
    info(
        "undo",
        Action::Undo,
        "undo the latest review action (also after a restart)",
        Section::Review,
    ),
    info(
        "redo",
        Action::Redo,
        "redo what was undone",
        Section::Review,
    ),
    info(
        "date_article",
        Action::DateArticle,
        "give the article a night: its figures with none take it",
        Section::Review,
    ),
    info(
        "clear",
        Action::ClearDecision,
        "clear the selected figure's decision: back to not reviewed",
        Section::Review,
    ),
    info(
        "next_unreviewed",
        Action::NextUnreviewed,
        "next figure nobody has reviewed, across articles",
        Section::Review,
    ),
    info(
        "prev_unreviewed",
        Action::PrevUnreviewed,
        "previous figure nobody has reviewed",
        Section::Review,
    ),
    info(
        "cycle_scope",
        Action::CycleScope,
        "claims for the article, the night, the corpus",
        Section::Review,
    ),
    info(
        "sort",
        Action::Sort,
        "sort the figures table by the next column",
        Section::Review,
    ),
    info(
        "accept_all",
        Action::AcceptAll,
        "accept every figure of the article nobody has reviewed (y/n)",
        Section::Review,
    ),
    info(
        "accept_and_advance",
        Action::ToggleAdvance,
        "accept and advance on/off: a then goes to the next unreviewed",
        Section::Review,
    ),
    info(
        "write",
        Action::WriteView,
        "write the figures or claims shown to a .csv or .json file",
        Section::View,
    ),
    info(
        "copy_citation",
        Action::CopyCitation,
        "copy the selected figure as a citation",
        Section::View,
    ),
    info(
        "open_url",
        Action::OpenUrl,
        "open the article's link in the browser",
        Section::View,
    ),
    info("help", Action::Help, "this help", Section::View),
    info(
        "quit",
        Action::Quit,
        "quit (in an overlay: close it)",
        Section::View,
    ),
];

const fn info(
    name: &'static str,
    action: Action,
    help: &'static str,
    section: Section,
) -> ActionInfo {
    ActionInfo {
        name,
        action,
        help,
        section,
    }
}

/// A key with its modifiers, as a keymap names it. A character carries its
/// case, so `J` is `shift-j` and the shift modifier is dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Key {
        let mods = match code {
            // The character already says whether shift was down.
            KeyCode::Char(_) => mods & (KeyModifiers::CONTROL | KeyModifiers::ALT),
            KeyCode::BackTab => mods - KeyModifiers::SHIFT,
            _ => mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT),
        };
        // Terminals send ctrl-C for ctrl-shift-c and ctrl-c alike.
        let code = match code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c => c,
        };
        Key { code, mods }
    }

    /// Ctrl-C: it quits from anywhere, whatever the keymap says, so there
    /// is always a way out.
    pub fn exit() -> Key {
        Key::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
    }

    pub fn from_event(key: &KeyEvent) -> Key {
        Key::new(key.code, key.modifiers)
    }

    /// Parse a key name: `j`, `J`, `]`, `down`, `ctrl-c`, `shift-tab`, `pgdn`.
    pub fn parse(name: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = name;
        // A lone `-` is a key; `ctrl--` is ctrl and `-`.
        loop {
            let lower = rest.to_ascii_lowercase();
            let (m, len) = if lower.starts_with("ctrl-") && rest.len() > 5 {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") && rest.len() > 4 {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") && rest.len() > 6 {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            mods |= m;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (None, _) => return Err("empty key name".into()),
            (Some(c), None) => {
                if mods.contains(KeyModifiers::SHIFT) && c.is_alphabetic() {
                    mods -= KeyModifiers::SHIFT;
                    KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
                } else if mods.contains(KeyModifiers::SHIFT) {
                    return Err(format!(
                        "shift- goes with letters and named keys, not {c:?}"
                    ));
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" if mods.contains(KeyModifiers::SHIFT) => {
                    mods -= KeyModifiers::SHIFT;
                    KeyCode::BackTab
                }
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" | "ins" => KeyCode::Insert,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pgdown" | "pagedown" => KeyCode::PageDown,
                "space" => KeyCode::Char(' '),
                "comma" => KeyCode::Char(','),
                "hash" => KeyCode::Char('#'),
                f if f.starts_with('f')
                    && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
                {
                    KeyCode::F(f[1..].parse().unwrap_or(1))
                }
                _ => return Err(format!("unknown key {name:?}")),
            },
        };
        Ok(Key::new(code, mods))
    }

    /// A short label for the help and the status bar: `j`, `↓`, `C-d`, `S-Tab`.
    pub fn label(&self) -> String {
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("C-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("M-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            s.push_str("S-");
        }
        match self.code {
            KeyCode::Char(' ') => s.push_str("Space"),
            KeyCode::Char(c) => s.push(c),
            KeyCode::Up => s.push('↑'),
            KeyCode::Down => s.push('↓'),
            KeyCode::Left => s.push('←'),
            KeyCode::Right => s.push('→'),
            KeyCode::Enter => s.push_str("Enter"),
            KeyCode::Esc => s.push_str("Esc"),
            KeyCode::Tab => s.push_str("Tab"),
            KeyCode::BackTab => s.push_str("S-Tab"),
            KeyCode::Backspace => s.push_str("Bksp"),
            KeyCode::Delete => s.push_str("Del"),
            KeyCode::Insert => s.push_str("Ins"),
            KeyCode::Home => s.push_str("Home"),
            KeyCode::End => s.push_str("End"),
            KeyCode::PageUp => s.push_str("PgUp"),
            KeyCode::PageDown => s.push_str("PgDn"),
            KeyCode::F(n) => s.push_str(&format!("F{n}")),
            other => s.push_str(&format!("{other:?}")),
        }
        s
    }
}

/// A bad line in a keymap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file, as a path the user can open.
    pub file: String,
    /// 1-based; 0 when the file as a whole could not be read.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}; using the default keys", self.file, self.message)
        } else {
            write!(
                f,
                "{}, line {}: {}; using the default keys",
                self.file, self.line, self.message
            )
        }
    }
}

/// Which action each key does, and which keys each action has.
#[derive(Debug, Clone)]
pub struct Keymap {
    by_key: HashMap<Key, usize>,
    /// For each entry of [`ACTIONS`], its keys in the order given.
    keys: Vec<Vec<Key>>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        let mut map = Keymap {
            by_key: HashMap::new(),
            keys: vec![Vec::new(); ACTIONS.len()],
        };
        map.apply_lines(DEFAULT, "keymap-default.txt")
            .expect("the default keymap parses");
        map
    }
}

impl Keymap {
    /// The defaults with the lines of `text` (a user's keymap file named
    /// `file`) applied on top, or the first bad line.
    pub fn with_overrides(text: &str, file: &str) -> Result<Keymap, ConfigError> {
        let mut map = Keymap::default();
        map.apply_lines(text, file)?;
        Ok(map)
    }

    /// The user's keymap, or the defaults with the reason the user's file
    /// could not be used.
    pub fn load() -> (Keymap, Option<ConfigError>) {
        let Some(path) = config_path() else {
            return (Keymap::default(), None);
        };
        let file = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => match Keymap::with_overrides(&text, &file) {
                Ok(map) => (map, None),
                Err(e) => (Keymap::default(), Some(e)),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Keymap::default(), None),
            Err(e) => (
                Keymap::default(),
                Some(ConfigError {
                    file,
                    line: 0,
                    message: format!("cannot read: {e}"),
                }),
            ),
        }
    }

    fn apply_lines(&mut self, text: &str, file: &str) -> Result<(), ConfigError> {
        let err = |line: usize, message: String| ConfigError {
            file: file.to_string(),
            line,
            message,
        };
        let mut given: HashMap<Key, &str> = HashMap::new();
        for (n, raw) in text.lines().enumerate() {
            let n = n + 1;
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, keys)) = line.split_once('=') else {
                return Err(err(
                    n,
                    format!("expected `action = key, key`, found {line:?}"),
                ));
            };
            let name = name.trim();
            let Some(index) = ACTIONS.iter().position(|a| a.name == name) else {
                return Err(err(
                    n,
                    format!("unknown action {name:?} (the README lists them)"),
                ));
            };
            let mut parsed = Vec::new();
            // `=` and `,` can be keys: `help = =` and `x = comma`.
            let keys = keys.trim();
            let names: Vec<&str> = if keys.is_empty() {
                Vec::new()
            } else {
                keys.split(',').map(str::trim).collect()
            };
            for key_name in names {
                let key = Key::parse(key_name).map_err(|m| err(n, m))?;
                if key == Key::exit() {
                    return Err(err(
                        n,
                        format!("{key_name:?} always quits and cannot be given to {name}"),
                    ));
                }
                if let Some(other) = given.insert(key, name)
                    && other != name
                {
                    return Err(err(n, format!("{key_name:?} is already bound to {other}")));
                }
                parsed.push(key);
            }
            self.bind(index, parsed);
        }
        Ok(())
    }

    /// Give action `index` exactly `keys`, taking them from other actions.
    fn bind(&mut self, index: usize, keys: Vec<Key>) {
        for old in std::mem::take(&mut self.keys[index]) {
            self.by_key.remove(&old);
        }
        for key in &keys {
            if let Some(prev) = self.by_key.insert(*key, index) {
                self.keys[prev].retain(|k| k != key);
            }
        }
        self.keys[index] = keys;
    }

    /// The action bound to `key` in the main view.
    pub fn action(&self, key: &Key) -> Option<Action> {
        self.by_key.get(key).map(|&i| ACTIONS[i].action.clone())
    }

    /// The keys bound to the action named `name`.
    pub fn keys_of(&self, name: &str) -> &[Key] {
        ACTIONS
            .iter()
            .position(|a| a.name == name)
            .map_or(&[], |i| &self.keys[i])
    }

    /// `j/↓`: the keys of an action for the status bar and help.
    pub fn label(&self, name: &str) -> String {
        let keys = self.keys_of(name);
        if keys.is_empty() {
            return "(unbound)".into();
        }
        keys.iter().map(Key::label).collect::<Vec<_>>().join("/")
    }

    /// `j`: an action's first key, for a message that names one key.
    pub fn key(&self, name: &str) -> String {
        self.keys_of(name)
            .first()
            .map_or_else(|| "(unbound)".into(), Key::label)
    }

    /// What a key press does. `typing` is true while a prompt or note takes
    /// text, when characters are text rather than commands. Ctrl-C always
    /// exits, whatever the keymap says, so there is always a way out.
    pub fn route(&self, event: &KeyEvent, typing: bool) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let key = Key::from_event(event);
        if key == Key::exit() {
            return Some(Action::Exit);
        }
        let plain_char = match key.code {
            KeyCode::Char(c) if key.mods.is_empty() => Some(c),
            _ => None,
        };
        if typing {
            return match key.code {
                _ if plain_char.is_some() => plain_char.map(Action::Input),
                KeyCode::Backspace => Some(Action::Backspace),
                KeyCode::Enter => Some(Action::Enter),
                KeyCode::Esc => Some(Action::Cancel),
                KeyCode::Tab => Some(Action::NextPane),
                KeyCode::BackTab => Some(Action::PrevPane),
                KeyCode::Up => Some(Action::Up),
                KeyCode::Down => Some(Action::Down),
                KeyCode::Left => Some(Action::Left),
                KeyCode::Right => Some(Action::Right),
                _ => None,
            };
        }
        if let Some(action) = self.action(&key) {
            return Some(action);
        }
        match key.code {
            _ if plain_char.is_some() => plain_char.map(Action::Input),
            KeyCode::Backspace | KeyCode::Delete => Some(Action::Backspace),
            _ => None,
        }
    }
}

/// The folder of the user's configuration: `COUNTERCLAIM_CONFIG_DIR` when
/// set, else the platform's (`~/.config/counterclaim` on Linux).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("COUNTERCLAIM_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "counterclaim").map(|d| d.config_dir().to_path_buf())
}

/// The user's keymap file, whether or not it exists.
pub fn config_path() -> Option<PathBuf> {
    config_dir().map(|d| d.join(FILE_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        Key::parse(s).unwrap()
    }

    #[test]
    fn key_names() {
        assert_eq!(key("j"), Key::new(KeyCode::Char('j'), KeyModifiers::NONE));
        assert_eq!(key("J"), key("shift-j"));
        assert_eq!(
            key("ctrl-c"),
            Key::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
        );
        assert_eq!(
            key("shift-tab"),
            Key::new(KeyCode::BackTab, KeyModifiers::NONE)
        );
        assert_eq!(key("pgdn"), Key::new(KeyCode::PageDown, KeyModifiers::NONE));
        assert_eq!(key("-"), Key::new(KeyCode::Char('-'), KeyModifiers::NONE));
        assert_eq!(key("f5"), Key::new(KeyCode::F(5), KeyModifiers::NONE));
        assert!(Key::parse("ctrl-foo").is_err());
        assert!(Key::parse("").is_err());
    }

    #[test]
    fn every_action_has_a_default_key_and_no_key_two_actions() {
        let map = Keymap::default();
        for a in ACTIONS {
            assert!(!map.keys_of(a.name).is_empty(), "{} has no key", a.name);
        }
        let total: usize = map.keys.iter().map(Vec::len).sum();
        assert_eq!(total, map.by_key.len());
    }
}
