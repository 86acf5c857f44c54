//! The claims row's mention that Enter showed, under the claims: its
//! article, what it says and who says it, and its sentence with the
//! figure picked out, so that it can be reviewed where it is read.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use super::app::{App, Mention, Pane};
use super::text::detail;
use super::wrap::fit;
use crate::safe::clean;

/// Lines it takes at most: borders, the two lines of detail, the sentence.
const HEIGHT: u16 = 8;

pub struct MentionView<'a> {
    pub app: &'a App,
    pub mention: Mention,
}

impl MentionView<'_> {
    /// The rows of `area` it takes from the bottom, when there is room for
    /// the claims above it too.
    pub fn height(area: Rect) -> u16 {
        HEIGHT.min(area.height / 2)
    }
}

impl Widget for MentionView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, m) = (self.app, self.mention);
        let f = app.fig(m.id);
        let article = app.store.article(app.owner(m.id));
        let focused = app.focus == Pane::Claims;
        let name = article.title.as_deref().unwrap_or(&article.id);
        let title = format!(" mention {} of {} · {name} ", m.index + 1, m.count);
        let block = Block::bordered()
            .border_type(if focused {
                BorderType::Thick
            } else {
                BorderType::Plain
            })
            .border_style(app.theme.border(focused))
            .title(fit(&title, area.width.saturating_sub(2) as usize).into_owned());
        let inner = block.inner(area);
        block.render(area, buf);
        let [head, sentence] =
            Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
        detail(app, m.id, head, buf);
        let text = &article.text;
        let piece = |r: std::ops::Range<usize>| clean(text.get(r).unwrap_or_default()).into_owned();
        let line = Line::from(vec![
            Span::raw(piece(f.sentence_start..f.start)),
            Span::styled(piece(f.start..f.end), app.theme.selected_figure()),
            Span::raw(piece(f.end..f.sentence_end)),
        ]);
        Paragraph::new(line)
            .wrap(Wrap { trim: true })
            .render(sentence, buf);
    }
}
