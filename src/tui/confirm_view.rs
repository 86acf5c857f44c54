//! A question to answer `y`, or any other key for no, with what it acts on.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::app::{App, Confirm};
use super::ui::{popup, put};

pub struct ConfirmView<'a> {
    pub app: &'a App,
    pub confirm: &'a Confirm,
}

impl Widget for ConfirmView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let c = self.confirm;
        let h = c.detail.len() as u16 + 6;
        let inner = popup(app, area, buf, 76, h, &c.title);
        let w = inner.width.saturating_sub(2) as usize;
        let x = inner.x + 1;
        let mut lines: Vec<(&str, Style)> = vec![(&c.question, t.message()), ("", Style::new())];
        lines.extend(c.detail.iter().map(|l| (l.as_str(), Style::new())));
        lines.push(("", Style::new()));
        lines.push(("y yes · any other key: no", t.dim()));
        for (i, (s, style)) in lines.iter().enumerate().take(inner.height as usize) {
            put(buf, x, inner.y + i as u16, s, w, *style);
        }
    }
}
