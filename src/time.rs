//! Time: dates as articles write them in their headers (`published`), and
//! time phrases in their sentences resolved to the night or day they name
//! (`phrases`). The engine's rule for which phrase dates a figure is
//! `extract::night`.

pub mod phrases;
pub mod published;

pub use published::parse_date;
