//! Taking a figure elsewhere: `y` copies it as a citation, `b` opens its
//! article's link in the browser.

use super::App;
use crate::tui::citation::citation;
use crate::tui::opener;

impl App {
    /// `y`: the selected figure as a citation, on the clipboard.
    pub(super) fn copy_citation(&mut self) {
        let Some(id) = self.figure else {
            self.message = Some(format!(
                "no figure selected to cite: {}",
                self.keymap.key("down")
            ));
            return;
        };
        let f = self.fig(id);
        let article = self.store.article(self.owner(id));
        let text = citation(f, article, self.whole_sentence(f));
        self.message = Some(match self.clipboard.copy(&text) {
            Ok(via) => format!("copied the citation ({})", via.label()),
            Err(e) => format!("could not copy the citation: {e}"),
        });
    }

    /// `b`: the current article's link, in the browser.
    pub(super) fn open_url(&mut self) {
        let Some(a) = self.current() else {
            self.message = Some("no article".into());
            return;
        };
        let article = self.store.article(a);
        let Some(url) = article.url.as_deref().filter(|u| !u.trim().is_empty()) else {
            self.message = Some(format!("{} has no link to open", article.id));
            return;
        };
        self.message = Some(
            match opener::check(url).and_then(|url| self.opener.open(&url)) {
                Ok(said) | Err(said) => said,
            },
        );
    }

    /// What the browser's opener answered, when it failed; true when that
    /// is news for the screen.
    pub(super) fn poll_opener(&mut self) -> bool {
        match self.opener.poll() {
            Some(failed) => {
                self.message = Some(failed);
                true
            }
            None => false,
        }
    }
}
