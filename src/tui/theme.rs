//! Colours and text attributes. With `NO_COLOR` set, every distinction
//! colour makes is also made by an attribute or a marker, so nothing is lost.

use ratatui::style::{Color, Modifier, Style};

use super::reviewed::Mark;
use crate::model::Claimant;

/// The styles of every element on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False when `NO_COLOR` is set: attributes only.
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme { color: true }
    }
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    pub fn plain() -> Theme {
        Theme { color: false }
    }

    /// A figure in the text, by who claims it.
    pub fn figure(&self, claimant: Claimant) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::UNDERLINED);
        }
        let (fg, bg) = match claimant {
            Claimant::Ua => (Color::White, Color::Blue),
            Claimant::Ru => (Color::White, Color::Red),
            Claimant::Other => (Color::Black, Color::Magenta),
            Claimant::Unknown => (Color::White, Color::DarkGray),
        };
        Style::new().fg(fg).bg(bg)
    }

    /// A claimant's name in tables: the side's colour as text colour.
    pub fn side(&self, claimant: Claimant) -> Style {
        if !self.color {
            return Style::new();
        }
        Style::new().fg(match claimant {
            Claimant::Ua => Color::LightBlue,
            Claimant::Ru => Color::LightRed,
            Claimant::Other => Color::LightMagenta,
            Claimant::Unknown => Color::Gray,
        })
    }

    /// The selected figure, on top of its side's style.
    pub fn selected_figure(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn flag_mark(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if self.color { s.fg(Color::LightRed) } else { s }
    }

    /// The sign of a review decision before a figure: `✓` green, `⚑` red,
    /// `✗` grey, `+` cyan, `✎` yellow. Without colour the signs differ.
    pub fn review_mark(&self, mark: Mark) -> Style {
        if mark == Mark::Flagged {
            return self.flag_mark();
        }
        let s = Style::new().add_modifier(Modifier::BOLD);
        if !self.color {
            return s;
        }
        s.fg(match mark {
            Mark::Accepted => Color::LightGreen,
            Mark::NotAFigure => Color::Gray,
            Mark::Added => Color::LightCyan,
            _ => Color::LightYellow,
        })
    }

    /// A figure the analyst marked not a figure: struck through and dim,
    /// in place of its side's colour.
    pub fn struck(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::CROSSED_OUT);
        if self.color {
            s.fg(Color::Gray).bg(Color::Black)
        } else {
            s.add_modifier(Modifier::DIM)
        }
    }

    /// A value the analyst corrected, in the figures table.
    pub fn corrected(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::ITALIC);
        if self.color {
            s.fg(Color::LightYellow)
        } else {
            s
        }
    }

    /// The number under the cursor when choosing one to add.
    pub fn pick(&self) -> Style {
        let s =
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED);
        if self.color {
            s.fg(Color::LightCyan)
        } else {
            s
        }
    }

    /// The other numbers that could be added.
    pub fn pickable(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    pub fn doubt_mark(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if self.color { s.fg(Color::Yellow) } else { s }
    }

    /// A search hit in the text.
    pub fn hit(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new().add_modifier(Modifier::ITALIC | Modifier::REVERSED)
        }
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Gray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The border of a pane; the focused one stands out.
    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, true) => Style::new().fg(Color::DarkGray),
            (false, false) => Style::new(),
        }
    }

    /// The selected row of a list or table.
    pub fn selected_row(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().bg(Color::Cyan).fg(Color::Black),
            (true, false) => Style::new().add_modifier(Modifier::REVERSED),
            (false, true) => Style::new().bg(Color::DarkGray).fg(Color::White),
            (false, false) => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    pub fn header(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// A row or mark that says the sides disagree.
    pub fn contested(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            s.fg(Color::LightYellow)
        } else {
            s
        }
    }

    pub fn status(&self) -> Style {
        if self.color {
            Style::new().bg(Color::DarkGray).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn key(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            s.fg(Color::LightCyan)
        } else {
            s
        }
    }

    pub fn message(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            s.fg(Color::LightYellow)
        } else {
            s
        }
    }
}
