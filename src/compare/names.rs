//! Names as written (a source, a place) told apart by what they say, case
//! and spacing aside.

use std::sync::Arc;

use rustc_hash::FxHashMap;

/// Each name's normal form, worked out once however often it is written:
/// a night of a large corpus names the same few sources and places tens of
/// thousands of times.
#[derive(Default)]
pub(super) struct Names {
    seen: FxHashMap<Arc<str>, Option<Arc<str>>>,
}

impl Names {
    /// The normal form of `name`; none for no name or a blank one.
    pub(super) fn key(&mut self, name: Option<&Arc<str>>) -> Option<Arc<str>> {
        let name = name?;
        if let Some(known) = self.seen.get(&**name) {
            return known.clone();
        }
        let key = Some(normal(name)).filter(|k| !k.is_empty()).map(Arc::from);
        self.seen.insert(name.clone(), key.clone());
        key
    }
}

/// `Ukraine's  Air Force` → `ukraine's air force`.
fn normal(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
