//! The `w` prompt: what is to be written, the file name to write it to
//! (its extension the format), and what went wrong or whether to overwrite.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::app::App;
use super::export::WriteDialog;
use super::ui::{popup, put};
use super::wrap::width;
use crate::safe::clean;

pub struct WriteView<'a> {
    pub app: &'a App,
    pub dialog: &'a WriteDialog,
}

impl Widget for WriteView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let d = self.dialog;
        let inner = popup(app, area, buf, 76, 10, "Write to a file");
        let w = inner.width.saturating_sub(2) as usize;
        let x = inner.x + 1;
        let mut lines: Vec<(String, Style)> = vec![
            (format!("Writes {}", d.export.what), t.heading()),
            (String::new(), Style::new()),
            (field("File: ", &d.name, w), t.message()),
            (format!("in {}", d.dir.display()), t.dim()),
            (String::new(), Style::new()),
        ];
        let (said, hint) = match (&d.overwrite, &d.error) {
            (Some(_), _) => (
                Some("that file is there already: overwrite it? y/n".to_string()),
                "y overwrite · any other key: keep it and change the name",
            ),
            (None, Some(e)) => (Some(e.clone()), "Enter write · Tab csv/json · Esc cancel"),
            (None, None) => (
                Some("the extension chooses the format: .csv or .json".into()),
                "Enter write · Tab csv/json · Esc cancel",
            ),
        };
        let style = if d.overwrite.is_some() || d.error.is_some() {
            t.message()
        } else {
            t.dim()
        };
        lines.push((said.unwrap_or_default(), style));
        lines.push((String::new(), Style::new()));
        lines.push((hint.to_string(), t.dim()));
        for (i, (s, style)) in lines.iter().enumerate().take(inner.height as usize) {
            put(buf, x, inner.y + i as u16, s, w, *style);
        }
    }
}

/// `File: name█`, and when that is wider than `w`, `File: …end of name█`:
/// the end, where typing goes, always shows.
fn field(label: &str, text: &str, w: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let text = clean(text);
    let whole = format!("{label}{text}█");
    if width(&whole) <= w {
        return whole;
    }
    let room = w.saturating_sub(width(label) + 2);
    let mut used = 0;
    let tail: Vec<&str> = text
        .graphemes(true)
        .rev()
        .take_while(|g| {
            used += width(g);
            used <= room
        })
        .collect();
    let tail: String = tail.into_iter().rev().collect();
    format!("{label}…{tail}█")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_shows_its_end() {
        assert_eq!(field("File: ", "a.csv", 20), "File: a.csv█");
        let long = "/home/analyst/notes/counterclaim-figures-03_kharkiv_casualties.csv";
        let shown = field("File: ", long, 30);
        assert_eq!(shown, "File: …kharkiv_casualties.csv█");
        assert_eq!(width(&shown), 30);
    }
}
