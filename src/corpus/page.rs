//! Saved web pages: the article's main text and the page's metadata.

use super::Loaded;

/// Reads a saved page into `out` as one article.
pub(super) fn load(_stem: &str, origin: &str, _contents: &str, out: &mut Loaded) {
    out.warn(origin, "pages are not read yet; skipped");
}
