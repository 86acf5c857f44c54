//! The terminal's input, as the event loop waits on it. crossterm's own
//! wait never returns once the terminal is gone (its reader retries, for
//! ever, a read that yields nothing), which left a TUI whose terminal was
//! closed spinning a core; so the loop waits on the terminal itself, and
//! ends when it hangs up.

use std::fs::File;
use std::time::Duration;

/// What waiting on the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Something to read, or a signal (a resize) came meanwhile.
    Ready,
    /// Nothing within the wait.
    Quiet,
    /// The terminal hung up.
    Gone,
}

/// The controlling terminal, opened once to be waited on.
pub struct Tty {
    file: Option<File>,
}

impl Tty {
    /// Elsewhere than on Linux, poll(2) may not work on a terminal (macOS):
    /// there the terminal is not watched.
    pub fn open() -> Tty {
        Tty {
            file: File::open("/dev/tty")
                .ok()
                .filter(|_| cfg!(target_os = "linux")),
        }
    }

    /// Whether the terminal can be waited on here; else crossterm's wait
    /// is all there is.
    pub fn watched(&self) -> bool {
        self.file.is_some()
    }

    /// Wait up to `wait` for input on the terminal.
    #[cfg(target_os = "linux")]
    pub fn wait(&self, wait: Duration) -> Input {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let Some(file) = &self.file else {
            return Input::Ready;
        };
        let mut fds = [PollFd::new(file, PollFlags::IN)];
        let timeout = Timespec::try_from(wait).unwrap_or(Timespec {
            tv_sec: 0,
            tv_nsec: 100_000_000,
        });
        match poll(&mut fds, Some(&timeout)) {
            // Interrupted by a signal, a resize most likely: look.
            Err(_) => Input::Ready,
            Ok(_)
                if fds[0]
                    .revents()
                    .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) =>
            {
                Input::Gone
            }
            Ok(0) => Input::Quiet,
            Ok(_) => Input::Ready,
        }
    }

    #[cfg(not(target_os = "linux"))]
    pub fn wait(&self, _wait: Duration) -> Input {
        Input::Ready
    }
}
