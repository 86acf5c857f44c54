//! The `w` prompt: what is to be written, the file name to write it to
//! (its extension the format), and what went wrong or whether to overwrite.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::app::App;
use super::export::WriteDialog;
use super::ui::{popup, put};

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
            (format!("File: {}█", d.name), t.message()),
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
