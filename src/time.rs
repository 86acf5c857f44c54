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

use chrono::Weekday;

/// The months' English names, January first: time words, whose first
/// three letters the phrases read, and any start of three or more the jump.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekdays' English names.
pub(crate) const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];
