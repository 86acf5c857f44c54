//! Dates as articles write them, read into calendar dates.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime};

/// Date-only layouts tried in order. `%B` also accepts the abbreviated month
/// name when parsing, so "July" and "Jul" both read.
const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%B %d, %Y",
    "%B %d %Y",
    "%d %B %Y",
    "%d %B, %Y",
    // Ukrainian and Russian outlets write dates this way.
    "%d.%m.%Y",
];

/// Date-and-time layouts without an offset, read as the date written.
const DATETIME_FORMATS: &[&str] = &["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"];

/// Reads a date such as `2025-07-04`, `2025-07-04T08:30:00+03:00`,
/// `July 4, 2025`, `Jul 4, 2025`, `4 July 2025`, `4 Jul 2025` or
/// `2025/07/04`.
///
/// A timestamp with an offset gives the date as written (local to the
/// writer), not the date in UTC. Returns `None` for anything else.
#[must_use]
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    // chrono lets `%d %Y` split "2025" into day 20 of year 25, so a
    // monthless "July 2025" would read as a date without this check.
    parse_any(s.trim()).filter(|d| (1000..=9999).contains(&d.year()))
}

fn parse_any(s: &str) -> Option<NaiveDate> {
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Some(date) = DATE_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
    {
        return Some(date);
    }
    if let Some(dt) = DATETIME_FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
    {
        return Some(dt.date());
    }
    DateTime::parse_from_rfc2822(s)
        .ok()
        .map(|dt| dt.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn every_listed_format() {
        let july4 = d(2025, 7, 4);
        for s in [
            "2025-07-04",
            "2025-07-04T08:30:00Z",
            "2025-07-04T08:30:00+03:00",
            "July 4, 2025",
            "Jul 4, 2025",
            "4 July 2025",
            "4 Jul 2025",
            "2025/07/04",
            "  2025-07-04  ",
        ] {
            assert_eq!(parse_date(s), july4, "{s}");
        }
    }

    #[test]
    fn offset_keeps_the_date_as_written() {
        // 01:30 in Kyiv is still the previous day in UTC.
        assert_eq!(parse_date("2025-07-04T01:30:00+03:00"), d(2025, 7, 4));
        assert_eq!(parse_date("2025-07-04T23:30:00-05:00"), d(2025, 7, 4));
    }

    #[test]
    fn extra_formats() {
        assert_eq!(parse_date("04.07.2025"), d(2025, 7, 4));
        assert_eq!(parse_date("July 04, 2025"), d(2025, 7, 4));
        assert_eq!(parse_date("july 4, 2025"), d(2025, 7, 4));
        assert_eq!(parse_date("2025-07-04 08:30:00"), d(2025, 7, 4));
        assert_eq!(parse_date("Fri, 04 Jul 2025 08:30:00 +0000"), d(2025, 7, 4));
    }

    #[test]
    fn rejects_nonsense() {
        for s in [
            "",
            "yesterday",
            "2025-13-01",
            "2025-02-30",
            "July 2025",
            "4/7/25",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }
}
