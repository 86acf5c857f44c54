//! The claims row's mentions: Enter shows them one by one, first to last,
//! with their article and sentence, and the review keys in the claims pane
//! act on the one shown.

use super::App;
use crate::store::FigureId;

/// The mention of the selected claims row that is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub id: FigureId,
    /// Its place among the row's mentions, from 0.
    pub index: usize,
    pub count: usize,
}

impl App {
    /// Every figure the selected claims row gives, cell by cell.
    fn row_mentions(&self) -> Vec<FigureId> {
        let rows = self.claim_rows();
        rows.get(self.claim).map_or_else(Vec::new, |row| {
            row.cells()
                .iter()
                .flat_map(|cell| cell.iter().flat_map(|c| c.figures.iter().copied()))
                .collect()
        })
    }

    /// The mention Enter showed, while it is still one of the selected
    /// row's: any key but Enter and the review keys forgets it, and a
    /// review that takes the figure out of the row leaves none shown.
    pub fn mention(&self) -> Option<Mention> {
        let id = self.shown_mention?;
        let ids = self.row_mentions();
        let index = ids.iter().position(|&i| i == id)?;
        Some(Mention {
            id,
            index,
            count: ids.len(),
        })
    }

    /// Show the selected row's next mention, from the first: its article
    /// and figure are selected for the text, and the focus stays here so
    /// that the next Enter shows the next one.
    pub(super) fn show_next_mention(&mut self) {
        let ids = self.row_mentions();
        if ids.is_empty() {
            return;
        }
        let at = self.mention().map_or(0, |m| (m.index + 1) % ids.len());
        self.shown_mention = Some(ids[at]);
        // The mention's article and figure are selected for the text, but
        // the claims stay on this row: its rows are those of the mention's
        // own article, night or corpus.
        let (row, offset) = (self.claim, self.view.claims_offset.get());
        self.reveal(ids[at]);
        self.claim = row;
        self.view.claims_offset.set(offset);
        let cleared = self.message.take();
        let next = if ids.len() > 1 {
            format!(" ({}: next)", self.keymap.key("enter"))
        } else {
            String::new()
        };
        self.message = Some(format!(
            "mention {} of {}{next}{}",
            at + 1,
            ids.len(),
            cleared.map_or_else(String::new, |c| format!(" · {c}"))
        ));
    }
}
