//! Telegram Desktop exports: every text message of a channel or chat an
//! article.

use serde_json::{Map, Value};

use super::Loaded;

/// Whether a JSON object is a Telegram export: one chat's `result.json`
/// (with `messages`) or a whole account's (with `chats.list`).
pub(super) fn is_export(map: &Map<String, Value>) -> bool {
    map.get("messages").is_some_and(Value::is_array)
        || map
            .get("chats")
            .and_then(|c| c.get("list"))
            .is_some_and(Value::is_array)
}

/// Reads every text message of an export into `out`.
pub(super) fn load(_stem: &str, origin: &str, _export: Map<String, Value>, out: &mut Loaded) {
    out.warn(origin, "Telegram exports are not read yet; skipped");
}
