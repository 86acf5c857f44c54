//! Running code that may panic on odd input (a third-party parser, the
//! engine on one article), without the panic's noise.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Whether a panic on this thread is expected and caught, so not printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`; a panic in it (a fault of a third-party parser on a file it
/// cannot read, or of the engine on one article) comes back as `Err` with
/// its message, and is not printed over the analyst's screen. Panics
/// elsewhere print as before.
pub(crate) fn caught<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let before = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                before(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result.map_err(|e| {
        e.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_comes_back_as_its_message() {
        assert_eq!(caught(|| 7), Ok(7));
        let text = "a—b".to_string();
        let got = caught(|| text[..2].len());
        assert!(got.unwrap_err().contains("char boundary"));
    }
}
