//! Opening an article's link in the browser, detached, its output never
//! on the TUI's screen. Article text is untrusted, so only an `http` or
//! `https` link is opened: a `file:`, `javascript:` or made-up scheme is
//! refused. `COUNTERCLAIM_OPENER` names a program to open links with
//! instead of the platform's (it gets the link as its one argument); tests
//! keep the links here and open nothing.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};

/// What opens links.
#[derive(Debug)]
pub enum Opener {
    /// The platform's opener (`xdg-open`, `open`, `start`), on a thread of
    /// its own: the launcher is given a moment to fail, not the UI.
    System(Option<Pending>),
    /// This program, with the link as its argument.
    Program(PathBuf),
    /// Nowhere: the links asked for, kept (tests).
    Kept(Vec<String>),
}

/// A link being handed to the platform's opener.
#[derive(Debug)]
pub struct Pending {
    url: String,
    rx: Receiver<Result<(), String>>,
}

impl Opener {
    /// `COUNTERCLAIM_OPENER`'s program when set, else the platform's.
    pub fn from_env() -> Opener {
        match std::env::var_os("COUNTERCLAIM_OPENER").filter(|v| !v.is_empty()) {
            Some(p) => Opener::Program(PathBuf::from(p)),
            None => Opener::System(None),
        }
    }

    /// Open `url` (checked already); what to say, or why it failed.
    pub fn open(&mut self, url: &str) -> Result<String, String> {
        match self {
            Opener::Kept(urls) => {
                urls.push(url.to_string());
                Ok(format!("opened {url}"))
            }
            Opener::Program(program) => open::with_detached(url, program.to_string_lossy())
                .map(|()| format!("opened {url} with {}", program.display()))
                .map_err(|e| format!("cannot open {url} with {}: {e}", program.display())),
            Opener::System(pending) => {
                let (tx, rx) = mpsc::channel();
                let link = url.to_string();
                std::thread::Builder::new()
                    .name("counterclaim-opener".into())
                    .spawn(move || {
                        let _ = tx.send(open::that_detached(&link).map_err(|e| e.to_string()));
                    })
                    .map_err(|e| format!("cannot open {url}: {e}"))?;
                *pending = Some(Pending {
                    url: url.to_string(),
                    rx,
                });
                Ok(format!("opening {url} in the browser"))
            }
        }
    }

    /// What the platform's opener made of the last link, once it has
    /// answered: a message when it failed.
    pub fn poll(&mut self) -> Option<String> {
        let Opener::System(slot) = self else {
            return None;
        };
        let answer = slot.as_ref()?.rx.try_recv();
        match answer {
            Err(mpsc::TryRecvError::Empty) => None,
            Ok(Ok(())) => {
                *slot = None;
                None
            }
            Ok(Err(e)) => {
                let url = slot.take().map(|p| p.url).unwrap_or_default();
                Some(format!("cannot open {url}: {e}"))
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                *slot = None;
                None
            }
        }
    }

    /// The links kept (tests).
    pub fn kept(&self) -> &[String] {
        match self {
            Opener::Kept(urls) => urls,
            _ => &[],
        }
    }
}

/// `url` if it is a link to open: `http` or `https`, with a host; else
/// why not.
pub fn check(url: &str) -> Result<String, String> {
    let url = url.trim();
    let shown = crate::safe::clean(url);
    let parsed = url::Url::parse(url).map_err(|e| format!("not a link to open: {shown} ({e})"))?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some_and(|h| !h.is_empty()) => {
            Ok(parsed.to_string())
        }
        scheme => Err(format!(
            "not opened: {shown} is a {scheme}: link, and only http and https links are opened"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_are_opened() {
        assert_eq!(
            check(" https://example.org/kharkiv?a=1 "),
            Ok("https://example.org/kharkiv?a=1".into())
        );
        assert!(check("HTTP://Example.org").is_ok());
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ssh://host",
            "-oProxyCommand=x",
            "example.org",
            "",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
    }
}
