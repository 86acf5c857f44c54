//! Signals the TUI ends on as it does on `q`: SIGTERM, SIGHUP and SIGINT
//! leave the event loop so the terminal is restored and the review saved;
//! SIGXFSZ makes a write past the file-size limit fail rather than kill the
//! process mid-line.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGXFSZ};

const ENDING: [(i32, &str); 3] = [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGINT, "SIGINT")];

/// The signal the TUI was asked to end on, once one came.
pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    /// Catch the signals from now on. A second one ends the process at
    /// once, for a TUI that does not get back to its loop.
    pub fn catch() -> io::Result<Signals> {
        let received = Arc::new(AtomicUsize::new(0));
        let once = Arc::new(AtomicBool::new(false));
        for (signal, _) in ENDING {
            signal_hook::flag::register_conditional_shutdown(signal, 1, once.clone())?;
            signal_hook::flag::register(signal, once.clone())?;
            signal_hook::flag::register_usize(signal, received.clone(), signal as usize)?;
        }
        // A handler, even one that does nothing, turns the signal into EFBIG.
        signal_hook::flag::register(SIGXFSZ, Arc::default())?;
        Ok(Signals { received })
    }

    /// The name of the signal received, if one was.
    pub fn received(&self) -> Option<&'static str> {
        let n = self.received.load(Ordering::Relaxed);
        ENDING
            .iter()
            .find(|&&(s, _)| s as usize == n)
            .map(|&(_, name)| name)
    }
}
