//! Time: dates as articles write them in their headers (`published`), and
//! time phrases in their sentences resolved to the night or day they name
//! (`phrases`, and `cyrillic` for Ukrainian and Russian ones). The engine's rule for which phrase dates a figure is
//! `extract::night`. `jump` reads a date as an analyst types it to go there.
//! `stamp` writes moments, such as a review decision's, the one way every
//! output gives them.

pub mod cyrillic;
pub mod jump;
pub mod phrases;
pub mod published;
pub mod stamp;

pub use published::parse_date;
