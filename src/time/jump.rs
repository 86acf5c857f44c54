//! Dates as an analyst types them to go somewhere (`2025-06-16`, `16 jun`,
//! `yesterday`), read against today's date, and the nearest of some nights.

use chrono::{Datelike, Days, NaiveDate};

use super::phrases::{nth, weekday_date};
use super::{MONTHS, WEEKDAYS};

/// What the error of a date that cannot be read suggests instead.
const FORMS: &str = "try 2025-06-16, 16 jun, 16.06.2025, yesterday";

/// The date `text` names, read against `today`.
///
/// Reads `2025-06-16`, `2025/06/16`, `16.06.2025`, `16.06.25`, `16 jun`,
/// `jun 16`, `16 June 2025`, `June 16, 2025`, `16th june`, `16.06`, a lone
/// day of the month (`16`), a weekday (`mon`, `friday`), `today`,
/// `yesterday`, `last night` and `3 days ago`, any case, with `night of`
/// or `on` in front. A date without a year is the latest such date not
/// after `today` (in January, `16 dec` is last December), and so is a
/// weekday or a lone day.
pub fn parse_jump(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let lower = text.trim().to_lowercase();
    let mut s = lower.as_str();
    for prefix in ["the night of ", "night of ", "the ", "on "] {
        s = s.strip_prefix(prefix).unwrap_or(s).trim_start();
    }
    if s.is_empty() {
        return Err(format!("type a date: {FORMS}"));
    }
    match s {
        "today" | "tonight" | "now" => return Ok(today),
        "yesterday" | "last night" => return back(today, 1),
        _ => {}
    }
    if let Some(n) = s
        .strip_suffix(" days ago")
        .or_else(|| s.strip_suffix(" day ago"))
        .and_then(|n| n.trim().parse::<u64>().ok())
    {
        return back(today, n);
    }
    if let Some(&(_, day)) = WEEKDAYS
        .iter()
        .find(|(name, _)| s.len() >= 3 && name.starts_with(s))
    {
        return weekday_date(today, day, None).ok_or_else(|| format!("no {s} before {today}"));
    }
    if let Some(date) = numeric(s, today)? {
        return Ok(date);
    }
    worded(s, today)
}

/// The night of `nights` nearest to `target`, the later of two as near; or
/// none when there is none.
pub fn nearest(
    nights: impl IntoIterator<Item = NaiveDate>,
    target: NaiveDate,
) -> Option<NaiveDate> {
    nights
        .into_iter()
        .min_by_key(|&d| ((d - target).num_days().abs(), d < target))
}

fn back(today: NaiveDate, days: u64) -> Result<NaiveDate, String> {
    today
        .checked_sub_days(Days::new(days))
        .ok_or_else(|| format!("{days} days before {today} is out of range"))
}

/// `2025-06-16`, `2025/06/16`, `16.06.2025`, `16.06.25`, `16.06`, `16`: none
/// when `s` is not only digits and those separators.
fn numeric(s: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))
    {
        return Ok(None);
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let num = |p: &str| {
        p.parse::<u32>()
            .map_err(|_| format!("{s:?} is not a date: {FORMS}"))
    };
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => ymd(num(y)? as i32, num(m)?, num(d)?).map(Some),
        [d, m, y] if y.len() == 4 || y.len() == 2 => {
            let y = num(y)? as i32;
            let y = if y < 100 { 2000 + y } else { y };
            ymd(y, num(m)?, num(d)?).map(Some)
        }
        [d, m] if !d.is_empty() && !m.is_empty() => yearless(num(m)?, num(d)?, today).map(Some),
        [d] if d.len() <= 2 => lone_day(num(d)?, today).map(Some),
        _ => Err(format!("{s:?} is not a date: {FORMS}")),
    }
}

/// `16 jun`, `jun 16`, `16 june 2025`, `june 16, 2025`, `16th of june`.
fn worded(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let (mut day, mut month, mut year) = (None, None, None);
    let words = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/'))
        .filter(|w| !w.is_empty() && *w != "of");
    for w in words {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let n = digits.parse::<u32>().ok();
        match n {
            Some(y) if digits.len() == 4 && year.is_none() && suffix.is_empty() => {
                year = Some(y as i32)
            }
            Some(d)
                if digits.len() <= 2
                    && day.is_none()
                    && matches!(suffix, "" | "st" | "nd" | "rd" | "th") =>
            {
                day = Some(d)
            }
            None if month.is_none() => month = Some(month_named(w)?),
            _ => return Err(format!("{s:?} is not a date: {FORMS}")),
        }
    }
    let (Some(day), Some(month)) = (day, month) else {
        return Err(format!("{s:?} is not a date: {FORMS}"));
    };
    match year {
        Some(y) => ymd(y, month, day),
        None => yearless(month, day, today),
    }
}

/// The month `word` names: a month's name or its first three letters or
/// more (`jun`, `sept`).
fn month_named(word: &str) -> Result<u32, String> {
    MONTHS
        .iter()
        .position(|m| word.len() >= 3 && m.starts_with(word))
        .map(|i| i as u32 + 1)
        .ok_or_else(|| format!("{word:?} is not a month: {FORMS}"))
}

fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate, String> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| match month_name(m) {
        Some(name) => format!("{name} {y} has no day {d}"),
        None => format!("there is no month {m}"),
    })
}

fn month_name(m: u32) -> Option<&'static str> {
    MONTHS.get((m as usize).checked_sub(1)?).copied()
}

/// The latest `d` of month `m` not after `today`: this year's, else the
/// last year's that has one (29 February, four years back at most).
fn yearless(m: u32, d: u32, today: NaiveDate) -> Result<NaiveDate, String> {
    let name = month_name(m).ok_or_else(|| format!("there is no month {m}"))?;
    (0..=8)
        .filter_map(|back| NaiveDate::from_ymd_opt(today.year() - back, m, d))
        .find(|&date| date <= today)
        .ok_or_else(|| format!("{name} has no day {d}"))
}

/// The latest day `d` of a month not after `today`.
fn lone_day(d: u32, today: NaiveDate) -> Result<NaiveDate, String> {
    if !(1..=31).contains(&d) {
        return Err(format!("no month has a day {d}: {FORMS}"));
    }
    nth(today, d).ok_or_else(|| format!("no recent month has a day {d}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// A Wednesday.
    const TODAY: (i32, u32, u32) = (2025, 6, 18);

    fn jump(s: &str) -> Result<NaiveDate, String> {
        parse_jump(s, d(TODAY.0, TODAY.1, TODAY.2))
    }

    #[test]
    fn every_form_the_prompt_names_reads_as_the_16th_of_june() {
        for s in [
            "2025-06-16",
            "2025/06/16",
            "16.06.2025",
            "16.06.25",
            "16 jun",
            "jun 16",
            "16 June 2025",
            "June 16, 2025",
            "JUN 16",
            "16th june",
            "the 16th of June",
            "16.06",
            "16",
            "night of 16 jun",
            "  on 16 June  ",
            "mon",
            "Monday",
            "2 days ago",
        ] {
            assert_eq!(jump(s), Ok(d(2025, 6, 16)), "{s}");
        }
    }

    #[test]
    fn today_and_yesterday_are_the_machines_days() {
        assert_eq!(jump("today"), Ok(d(2025, 6, 18)));
        assert_eq!(jump("yesterday"), Ok(d(2025, 6, 17)));
        assert_eq!(jump("last night"), Ok(d(2025, 6, 17)));
        assert_eq!(jump("wed"), Ok(d(2025, 6, 18)), "today's weekday is today");
        assert_eq!(jump("thursday"), Ok(d(2025, 6, 12)), "the last one");
    }

    #[test]
    fn a_date_without_a_year_is_the_latest_not_after_today() {
        assert_eq!(jump("18 jun"), Ok(d(2025, 6, 18)), "today itself");
        assert_eq!(
            jump("19 jun"),
            Ok(d(2024, 6, 19)),
            "tomorrow is last year's"
        );
        assert_eq!(jump("16 dec"), Ok(d(2024, 12, 16)));
        assert_eq!(jump("29 feb"), Ok(d(2024, 2, 29)), "the last leap year");
        assert_eq!(
            parse_jump("29 feb", d(2028, 2, 28)),
            Ok(d(2024, 2, 29)),
            "four years back"
        );
        assert_eq!(
            jump("20"),
            Ok(d(2025, 5, 20)),
            "a day to come: last month's"
        );
        assert_eq!(parse_jump("31", d(2025, 6, 18)), Ok(d(2025, 5, 31)));
        assert_eq!(
            parse_jump("31", d(2025, 5, 1)),
            Ok(d(2025, 3, 31)),
            "April has 30"
        );
    }

    #[test]
    fn a_year_given_is_kept_even_ahead_of_today() {
        assert_eq!(jump("16 jun 2026"), Ok(d(2026, 6, 16)));
        assert_eq!(jump("2024-01-02"), Ok(d(2024, 1, 2)));
    }

    #[test]
    fn what_is_not_a_date_says_why_and_what_to_type() {
        for (s, why) in [
            ("", "type a date"),
            ("soon", "\"soon\" is not a month"),
            ("16 jnu", "\"jnu\" is not a month"),
            ("2025-02-30", "february 2025 has no day 30"),
            ("2025-13-01", "there is no month 13"),
            ("31 jun", "june has no day 31"),
            ("40", "no month has a day 40"),
            ("16 jun 17", "is not a date"),
            ("1.2.3.4", "is not a date"),
            ("ma", "\"ma\" is not a month"),
        ] {
            let err = jump(s).expect_err(s);
            assert!(err.contains(why), "{s}: {err}");
        }
    }

    #[test]
    fn nearest_night_is_the_closest_and_the_later_of_two() {
        let nights = [d(2025, 6, 10), d(2025, 6, 14), d(2025, 6, 20)];
        assert_eq!(nearest(nights, d(2025, 6, 13)), Some(d(2025, 6, 14)));
        assert_eq!(
            nearest(nights, d(2025, 6, 17)),
            Some(d(2025, 6, 20)),
            "a tie"
        );
        assert_eq!(nearest(nights, d(2025, 6, 1)), Some(d(2025, 6, 10)));
        assert_eq!(nearest(nights, d(2025, 6, 14)), Some(d(2025, 6, 14)));
        assert_eq!(nearest([], d(2025, 6, 14)), None);
    }
}
