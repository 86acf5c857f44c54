//! counterclaim: figures of the air war, extracted, compared and reviewed.
//!
//! Data flows one way:
//!
//! ```text
//! files ──> corpus ──> extract ──> store ──> cli | tui
//!           (Article)  (Figure)
//! ```
//!
//! `corpus` finds and loads articles, `extract` reads figures out of them
//! following `SPEC.md`, `time` reads the days articles and sentences name,
//! `store` indexes the figures, `review` keeps the analyst's flags, and
//! `model` holds the types they share. `cli` and `tui` are the two front
//! ends over them: no engine module knows about the terminal.
#![forbid(unsafe_code)]

mod caught;

pub mod checks;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod extract;
pub mod model;
pub mod review;
pub mod safe;
pub mod sheet;
pub mod store;
pub mod synth;
pub mod time;
pub mod timeline;
pub mod tui;
