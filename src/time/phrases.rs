//! Time words in an article's sentences ("overnight", "on Saturday", "the night of 4-5 June") resolved to the night or day they name.

use std::cmp::Reverse;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::{Captures, Regex};

/// What a time phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Span {
    /// A calendar day.
    Day,
    /// A night from evening to morning, dated by the evening it starts.
    Night,
    /// A Monday-to-Sunday week, dated by its Monday.
    Week,
}

/// A resolved time phrase: the date it names, what kind of span, and its byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct When {
    pub date: NaiveDate,
    pub span: Span,
    /// Byte offset of the phrase in the text.
    pub start: usize,
    /// Byte offset just past the phrase.
    pub end: usize,
    /// Named from the day of writing (`overnight`, `this morning`,
    /// `yesterday`) rather than by a weekday or a date: a sentence that
    /// says on which day a report was made names it from that day.
    pub relative: bool,
    /// An hour on the clock alone (`о 14:54`): the time news came in, so
    /// a report said at it tells of that hour, not of the night before.
    pub hour: bool,
    /// A part of a day alone (`вдень`, `утром`): the day of writing's,
    /// dating a figure only where no other phrase near it, nor the
    /// article's opening, does; an article that names the day before
    /// tells of that day's morning.
    pub part: bool,
}

/// The time phrase in `text` nearest to byte offset `near` (or the first one when `near` is None), resolved against `published`.
///
/// A phrase containing `near` is at distance 0; on a tie the earlier phrase wins.
pub fn resolve(published: NaiveDate, text: &str, near: Option<usize>) -> Option<When> {
    let found = all(published, text);
    match near {
        None => found.into_iter().next(),
        Some(at) => found.into_iter().min_by_key(|w| w.distance(at)),
    }
}

/// Every time phrase in `text`, resolved, in text order and without overlaps.
pub fn all(published: NaiveDate, text: &str) -> Vec<When> {
    scan(published, text, None)
}

/// [`all`], given `lower`: `text` with its ASCII and Cyrillic letters
/// lower-cased, byte for byte where `text`'s are, as an article's tokens
/// are cut from; the Ukrainian and Russian rules read it rather than a
/// copy of their own.
pub fn all_in(published: NaiveDate, text: &str, lower: &str) -> Vec<When> {
    scan(published, text, Some(lower))
}

fn scan(published: NaiveDate, text: &str, lower: Option<&str>) -> Vec<When> {
    // Most sentences name no time at all: one cheap scan rules them out.
    if !TRIGGER.is_match(text) {
        if crate::model::has_cyrillic(text) {
            return longest(
                super::cyrillic::read(published, text, lower, 0)
                    .into_iter()
                    .map(|w| (0, w))
                    .collect(),
            );
        }
        return Vec::new();
    }
    read_from(published, text, lower, 0)
}

/// [`all_in`] for a caller that knows already that `text` holds one of the
/// [`time_words`] (as a word of its own, in any ASCII case), and that no
/// time phrase starts before byte `from`: the rules alone, read from
/// there, without the scan that rules out most sentences.
///
/// No phrase reaches further back than [`WORDS_BEFORE`] words before the
/// first time word or ordinal it holds (`early on the 4 of June`).
pub fn read(published: NaiveDate, text: &str, lower: &str, from: usize) -> Vec<When> {
    read_from(published, text, Some(lower), from)
}

fn read_from(published: NaiveDate, text: &str, lower: Option<&str>, from: usize) -> Vec<When> {
    let mut found = Vec::new();
    // One pass says which rules match at all; only those look for captures.
    let matched = RULE_SET.matches_at(text, from);
    let mut read = |order: usize, re: &Regex, rule: Rule| {
        // `captures_iter`, from `from`.
        let mut at = from;
        while let Some(caps) = re.captures_at(text, at) {
            if let Some(when) = interpret(rule, &caps, text, published) {
                found.push((order, when));
            }
            // Every rule's match holds a word: none is empty, and the next
            // search starts where this match ends.
            match caps.get(0) {
                Some(m) if m.end() > at => at = m.end(),
                _ => break,
            }
        }
    };
    for (order, (re, rule)) in RULES.iter().enumerate() {
        if matched.matched(order) {
            read(order, re, *rule);
        }
    }
    if has_morning_hour(&text[from..]) {
        for (re, rule) in SMALL_HOURS.iter() {
            read(RULES.len(), re, *rule);
        }
    }
    if crate::model::has_cyrillic(&text[from..]) {
        let after = RULES.len() + 1;
        found.extend(
            super::cyrillic::read(published, text, lower, from)
                .into_iter()
                .map(|w| (after, w)),
        );
    }
    longest(found)
}

/// The phrases found, each overlap given to the longest: "early on
/// Saturday" is a night even though "on Saturday" alone is a day. Ties go
/// to the rule listed first.
fn longest(mut found: Vec<(usize, When)>) -> Vec<When> {
    found.sort_by_key(|(order, w)| (Reverse(w.end - w.start), w.start, *order));
    let mut kept: Vec<When> = Vec::new();
    for (_, w) in found {
        if kept.iter().all(|k| k.end <= w.start || w.end <= k.start) {
            kept.push(w);
        }
    }
    kept.sort_by_key(|w| w.start);
    kept
}

impl When {
    /// How many bytes lie between the phrase and byte `at` of its text.
    pub fn distance(&self, at: usize) -> usize {
        if at < self.start {
            self.start - at
        } else {
            at.saturating_sub(self.end)
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Rule {
    /// "the night of 4-5 June": two day numbers sharing one month.
    NightRange,
    /// "4–5 June", "June 4–5" with no word for night: two days in a row
    /// are the night between them.
    DayPair,
    /// "the night of June 4 (to 5)".
    NightOfDate,
    /// "the night of the 4th".
    NightOfNth,
    /// "the night of Saturday (to Sunday)".
    NightOfWeekday,
    /// "overnight into Sunday", "early on Sunday", "in the early hours of
    /// June 5": the night that ended on the morning of the target.
    NightBefore,
    /// "Saturday night", "last Saturday night".
    WeekdayNight,
    Tonight,
    ThisMorning,
    /// "overnight", "last night", "during the night", "in the early hours".
    PlainNight,
    /// "the night before": the night before the one the article is of.
    NightBeforeLast,
    Today,
    Yesterday,
    DayBeforeYesterday,
    Week,
    /// "on Saturday", "last Saturday", "Sunday morning".
    WeekdayDay,
    /// "March 14", "14 March 2025", "Saturday, June 7".
    MonthDay,
    /// "on the 14th".
    OnTheNth,
}

const WD: &str = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b";
const MON: &str = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b";
const ORD: &str = r"(?:st|nd|rd|th)";
const SEP: &str = r"(?:\s*[-–—/]\s*|\s+(?:to|into|and)\s+)";
/// An hour from midnight to before six in the morning.
const SMALL: &str = r"(?:12|0?[1-5])(?:[:.][0-9]{2})?\s*(?:a\.\s?m\.?|am\b)";
/// The words that put an event at an hour.
const AT: &str =
    r"(?:at|around|about|after|before|until|by|shortly\s+(?:after|before)|at\s+(?:around|about))";
/// A dash between two days, never a slash or a word: `4/5` is a date.
const DASH: &str = r"\s*[-–—]\s*";
const NIGHT_OF: &str =
    r"(?:(?:on|in|during|through)\s+)?(?:the\s+)?night\s+(?:of|(?P<from>from))\s+(?:the\s+)?";
const MODIFIER: &str = r"(?:(?P<mod>this\s+past|last|this|next|past)\s+)";

/// A month-day date, optionally after a weekday and before a year; group
/// names carry the prefix `t` so two dates can share one pattern.
fn date_frag(t: &str) -> String {
    let year = format!(r"(?P<{t}_yp>\.?(?P<{t}_c>,)?\s+(?P<{t}_y>(?:19|20)[0-9]{{2}})\b)?");
    format!(
        r"(?:{WD}\.?,?\s+)?(?:(?P<{t}_m1>{MON})\.?\s+(?P<{t}_d1>[0-9]{{1,2}}){ORD}?\b|(?:the\s+)?\b(?P<{t}_d2>[0-9]{{1,2}}){ORD}?\s+(?:of\s+)?(?P<{t}_m2>{MON})){year}"
    )
}

/// The time words besides the months' and weekdays' whole names.
const OTHER_TIME_WORDS: &[&str] = &[
    "night",
    "morning",
    "evening",
    "afternoon",
    "hours",
    "today",
    "yesterday",
    "tonight",
    "overnight",
    "nighttime",
    "dawn",
    "pm",
    "day",
    "week",
    "mon",
    "tues",
    "tue",
    "wed",
    "thurs",
    "thur",
    "thu",
    "fri",
    "sat",
    "sun",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
];

/// The words the rules look for, in lower case: every time phrase holds
/// one of them or an ordinal day (`on the 4th`).
pub fn time_words() -> impl Iterator<Item = &'static str> {
    let weekdays = super::WEEKDAYS.iter().map(|(name, _)| *name);
    OTHER_TIME_WORDS
        .iter()
        .copied()
        .chain(super::MONTHS)
        .chain(weekdays)
}

/// How many words a time phrase may hold before the first of its time
/// words or ordinals: five in `early on the 4 of June`, one more to spare.
pub const WORDS_BEFORE: usize = 6;

/// Whether a text may hold a time phrase: one of [`time_words`], an
/// ordinal, or `on the` and a number.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i-u)\b(?:{})\b|[0-9](?:st|nd|rd|th)\b|\bon\s+the\s+[0-9]",
        time_words().collect::<Vec<_>>().join("|")
    ))
    .expect("trigger pattern compiles")
});

/// The time patterns. `extract::night` reads a sentence with them only
/// when its tokens may hold a phrase, and counts seven common time words
/// (`night`, `morning`, `evening`, `afternoon`, `hours`, `day`, `week`) only beside
/// the words these patterns put next to them (`in_phrase` there): a pattern
/// that puts them beside other words must say so there too, as its tests
/// check.
static RULES: LazyLock<Vec<(Regex, Rule)>> = LazyLock::new(|| {
    let date = date_frag("t");
    let other = date_frag("x");
    let wd = format!("(?P<t_wd>{WD})");
    let target = format!(r"(?:{wd}|{date})");
    let sources = [
        (
            format!(
                r"\b{NIGHT_OF}(?P<t_d2>[0-9]{{1,2}}){ORD}?{SEP}(?:the\s+)?(?P<e>[0-9]{{1,2}}){ORD}?\s+(?:of\s+)?(?P<t_m2>{MON})(?P<t_yp>\.?(?P<t_c>,)?\s+(?P<t_y>(?:19|20)[0-9]{{2}})\b)?"
            ),
            Rule::NightRange,
        ),
        (
            format!(r"\b{NIGHT_OF}{date}(?:{SEP}(?:{other}|(?:the\s+)?[0-9]{{1,2}}{ORD}?\b))?"),
            Rule::NightOfDate,
        ),
        (
            format!(
                r"\b(?:(?P<t_d2>[0-9]{{1,2}}){ORD}?{DASH}(?P<e>[0-9]{{1,2}}){ORD}?\s+(?:of\s+)?(?P<t_m2>{MON})|(?P<t_m3>{MON})\.?\s+(?P<t_d3>[0-9]{{1,2}}){ORD}?{DASH}(?P<e3>[0-9]{{1,2}}){ORD}?\b)(?P<t_yp>\.?(?P<t_c>,)?\s+(?P<t_y>(?:19|20)[0-9]{{2}})\b)?"
            ),
            Rule::DayPair,
        ),
        (
            format!(r"\b{NIGHT_OF}(?P<d>[0-9]{{1,2}}){ORD}\b(?:{SEP}(?:the\s+)?[0-9]{{1,2}}{ORD}\b)?"),
            Rule::NightOfNth,
        ),
        (
            format!(r"\b{NIGHT_OF}{wd}(?:{SEP}{WD})?"),
            Rule::NightOfWeekday,
        ),
        (
            format!(
                r"\b(?:overnight(?:\s+(?P<conn>on|from|into|to|before))?|(?:(?:during|in|on|through)\s+)?the\s+night\s+(?:into|to|before))\s+{target}(?P<same>\.?\s+night\b|{SEP}(?:{WD}|{other}|[0-9]{{1,2}}{ORD}?\b))?"
            ),
            Rule::NightBefore,
        ),
        (
            format!(
                r"\b(?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+of\s+(?:{wd}(?:\.?\s+morning\b)?|{date})"
            ),
            Rule::NightBefore,
        ),
        // `overnight attacks on Thursday`: the night that ended that day.
        (
            format!(r"\bovernight\s+(?:[a-z]+\s+){{1,2}}on\s+{target}"),
            Rule::NightBefore,
        ),
        (
            format!(
                r"\bearly\s+(?:on\s+)?(?:{wd}(?:\.?\s+morning\b|(?P<same>\.?\s+night\b))?|{date})"
            ),
            Rule::NightBefore,
        ),
        // `Between 11:00 pm Thursday and 7:00 am Friday`, `From 9 p.m. on
        // Wednesday until 5.30 a.m. on Thursday`, `between 22:00 hours on
        // Friday and 05:00 hours on Saturday`: the night between.
        (
            format!(
                r"\b(?:between|from)\s+(?:[0-9]{{1,2}}(?:[:.][0-9]{{2}})?\s*(?:p\.\s?m\.?|pm\b)|(?:1[89]|2[0-3])[:.][0-9]{{2}}\b)[^,;]{{0,30}}?\b{WD}\s+(?:and|until|till|to)\s+(?:[0-9]{{1,2}}(?:[:.][0-9]{{2}})?\s*(?:a\.\s?m\.?|am\b)|0?[0-9][:.][0-9]{{2}}\b)[^,;]{{0,20}}?\b{target}"
            ),
            Rule::NightBefore,
        ),
        // `before dawn on Thursday`: the night that ended that morning.
        (
            format!(r"\b(?:before\s+(?:dawn|daybreak)|pre-?dawn(?:\s+hours)?)\s+(?:on\s+|of\s+)?{target}"),
            Rule::NightBefore,
        ),
        (
            format!(r"\b{MODIFIER}?{wd}\.?\s+night\b(?:\s+(?:into|to)\s+(?:{WD}|{other}))?"),
            Rule::WeekdayNight,
        ),
        (r"\btonight\b".to_owned(), Rule::Tonight),
        (
            r"\b(?:(?:early|earlier)\s+)?this\s+morning\b".to_owned(),
            Rule::ThisMorning,
        ),
        (
            r"\b(?:overnight|last\s+night|before\s+dawn|(?:during|through|throughout|(?:over\s+)?the\s+course\s+of)\s+the\s+night|(?:in\s+)?the\s+(?:early|small|wee)\s+hours|in\s+(?:one|a\s+single)\s+night|(?:over\s+)?the\s+past\s+night)\b"
                .to_owned(),
            Rule::PlainNight,
        ),
        // `a nighttime drone strike on Kursk`, `the night attack`, `an
        // hours-long nighttime assault`: an attack named by the night it
        // came in is last night's.
        (
            r"\b(?:a|an|the|this)\s+(?:[a-z]+-[a-z]+\s+)?(?:nighttime|night-time|night)\s+(?:[a-z]+\s+){0,2}?(?:attack|strike|raid|barrage|assault|bombardment)s?\b"
                .to_owned(),
            Rule::PlainNight,
        ),
        (
            r"\bthe\s+night\s+before\b".to_owned(),
            Rule::NightBeforeLast,
        ),
        (
            r"\btoday\b|\b(?:earlier\s+|late\s+)?this\s+(?:afternoon|evening)\b".to_owned(),
            Rule::Today,
        ),
        (
            r"\byesterday\b|\b(?:a|one)\s+day\s+(?:earlier|before)\b|\bthe\s+(?:day\s+before|previous\s+day)\b"
                .to_owned(),
            Rule::Yesterday,
        ),
        (
            r"\bthe\s+day\s+before\s+yesterday\b".to_owned(),
            Rule::DayBeforeYesterday,
        ),
        (r"\b(?P<mod>last|this)\s+week\b".to_owned(), Rule::Week),
        (
            format!(
                r"\b(?P<on>on\s+)?{MODIFIER}?{wd}(?:\.?\s+(?P<part>morning|evening|afternoon)\b)?"
            ),
            Rule::WeekdayDay,
        ),
        (format!(r"\b(?:on\s+)?{date}"), Rule::MonthDay),
        (format!(r"\bon\s+the\s+(?P<d>[0-9]{{1,2}}){ORD}\b"), Rule::OnTheNth),
    ];
    compile(sources)
});

/// `at about 4 a.m. on April 28`, `Thursday at 3:40 a.m.`: the small hours
/// of a day are the night before it. Read apart from [`RULES`], and only
/// in a text that holds a morning hour: a rule that may start at any
/// number or day would slow every sentence's pass.
static SMALL_HOURS: LazyLock<Vec<(Regex, Rule)>> = LazyLock::new(|| {
    let wd = format!("(?P<t_wd>{WD})");
    let target = format!(r"(?:{wd}|{})", date_frag("t"));
    compile([
        (
            format!(
                r"\b(?:{AT}\s+)?{SMALL}(?:\s*\([^)]{{0,25}}\))?,?\s+(?:local\s+time\s+)?(?:on\s+)?{target}"
            ),
            Rule::NightBefore,
        ),
        (
            format!(r"\b(?:on\s+)?{target},?\s+{AT}\s+{SMALL}"),
            Rule::NightBefore,
        ),
    ])
});

/// The rules from their sources, matching without regard to case.
fn compile(sources: impl IntoIterator<Item = (String, Rule)>) -> Vec<(Regex, Rule)> {
    sources
        .into_iter()
        .map(|(src, rule)| {
            // ASCII classes keep matching on the fast DFA path: Unicode word
            // boundaries would force the slow backtracker on every sentence.
            let re = Regex::new(&format!("(?i){}", src.replace(r"\b", r"(?-u:\b)")))
                .unwrap_or_else(|e| panic!("time pattern {rule:?} must compile: {e}"));
            (re, rule)
        })
        .collect()
}

/// Whether `text` holds an hour of the morning (`4 a.m.`, `3:40am`).
fn has_morning_hour(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).filter(|&i| b[i].is_ascii_digit()).any(|i| {
        let mut j = i + 1;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        j + 1 < b.len()
            && b[j].eq_ignore_ascii_case(&b'a')
            && (b[j + 1].eq_ignore_ascii_case(&b'm') || b[j + 1] == b'.')
    })
}

/// All the rules at once, to learn in one pass which of them match.
static RULE_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(RULES.iter().map(|(re, _)| re.as_str()))
        .expect("the rules compiled one by one")
});

fn interpret(rule: Rule, c: &Captures, text: &str, published: NaiveDate) -> Option<When> {
    let whole = c.get(0)?;
    let mut range = whole.range();
    if let Some(wd) = c.name("t_wd")
        && !weekday_word_ok(wd.as_str())
    {
        return None;
    }
    let (date, span) = match rule {
        Rule::NightRange | Rule::DayPair => {
            let day = |a: &str, b: &str| c.name(a).or_else(|| c.name(b));
            let first: u32 = day("t_d2", "t_d3")?.as_str().parse().ok()?;
            let second: u32 = day("e", "e3")?.as_str().parse().ok()?;
            let mut m = month(day("t_m2", "t_m3")?.as_str())?;
            // Without the word, only a day and the next are a night:
            // `10–15 January` is a span of days.
            if matches!(rule, Rule::DayPair) && second != first + 1 && !(second == 1 && first >= 28)
            {
                return None;
            }
            let (mut year, trim) = year_of(c, published);
            trim_year(&mut range, trim);
            // "the night of 31-1 June" starts in the month before.
            if first > second {
                m = if m == 1 {
                    year = year.map(|y| y - 1);
                    12
                } else {
                    m - 1
                };
            }
            (month_day(published, m, first, year)?, Span::Night)
        }
        Rule::NightOfDate | Rule::MonthDay => {
            let (mut date, trim) = date_of(c, published)?;
            trim_year(&mut range, trim);
            let span = if matches!(rule, Rule::NightOfDate) {
                // `on the night of May 8` in a report of May 8, with no day
                // after it, is the night that ended that morning, as `в ночь
                // на 8 мая` is put into English: a night that starts on the
                // day of writing or later is not yet reported.
                let date_end = ["t_d1", "t_d2", "t_m2", "t_y"]
                    .iter()
                    .filter_map(|g| c.name(g).map(|m| m.end()))
                    .max()?;
                let of = c.name("from").is_none();
                if of && whole.end() == date_end && date >= published {
                    date = back(date, 1)?;
                }
                Span::Night
            } else {
                Span::Day
            };
            (date, span)
        }
        Rule::NightOfNth => (
            nth(published, c.name("d")?.as_str().parse().ok()?)?,
            Span::Night,
        ),
        Rule::NightOfWeekday => {
            let wd = weekday(c.name("t_wd")?.as_str())?;
            (weekday_date(published, wd, None)?, Span::Night)
        }
        Rule::NightBefore => {
            let target = match c.name("t_wd") {
                Some(wd) => weekday_date(published, weekday(wd.as_str())?, None)?,
                None => {
                    let (date, trim) = date_of(c, published)?;
                    trim_year(&mut range, trim);
                    date
                }
            };
            // "overnight Saturday into Sunday" and "overnight from Saturday"
            // name the night that starts on Saturday, not the one ending there.
            let same = c.name("same").is_some()
                || c.name("conn")
                    .is_some_and(|m| m.as_str().eq_ignore_ascii_case("from"));
            let date = if same { target } else { back(target, 1)? };
            (date, Span::Night)
        }
        Rule::WeekdayNight => {
            let wd = weekday(c.name("t_wd")?.as_str())?;
            let modifier = c.name("mod").map(|m| m.as_str());
            (weekday_date(published, wd, modifier)?, Span::Night)
        }
        // `"Tonight, our air defences shot down ..."`: in a quote of the
        // morning's report, the night just past; said by the paper, the
        // night to come.
        Rule::Tonight if quoted(&text[..whole.start()]) => (back(published, 1)?, Span::Night),
        Rule::Tonight => (published, Span::Night),
        Rule::ThisMorning | Rule::PlainNight => (back(published, 1)?, Span::Night),
        Rule::NightBeforeLast => (back(published, 2)?, Span::Night),
        Rule::Today => {
            if names_a_medium(text, whole.start(), whole.as_str()) {
                return None;
            }
            (published, Span::Day)
        }
        Rule::Yesterday => (back(published, 1)?, Span::Day),
        Rule::DayBeforeYesterday => (back(published, 2)?, Span::Day),
        Rule::Week => {
            let monday = back(
                published,
                u64::from(published.weekday().num_days_from_monday()),
            )?;
            let last = c
                .name("mod")
                .is_some_and(|m| m.as_str().eq_ignore_ascii_case("last"));
            (if last { back(monday, 7)? } else { monday }, Span::Week)
        }
        Rule::WeekdayDay => {
            let word = c.name("t_wd")?.as_str();
            let modifier = c.name("mod").map(|m| m.as_str());
            // A bare "Sun" or "Wed" is more often a newspaper or a verb than a day.
            let context = c.name("on").is_some() || modifier.is_some() || c.name("part").is_some();
            if is_abbreviation(word) && !context {
                return None;
            }
            (
                weekday_date(published, weekday(word)?, modifier)?,
                Span::Day,
            )
        }
        Rule::OnTheNth => {
            if !ordinal_is_a_date(&text[whole.end()..]) {
                return None;
            }
            (
                nth(published, c.name("d")?.as_str().parse().ok()?)?,
                Span::Day,
            )
        }
    };
    let relative = matches!(
        rule,
        Rule::Tonight
            | Rule::ThisMorning
            | Rule::PlainNight
            | Rule::Today
            | Rule::Yesterday
            | Rule::DayBeforeYesterday
            | Rule::NightBeforeLast
    );
    Some(When {
        date,
        span,
        start: range.start,
        end: range.end,
        relative,
        hour: false,
        part: false,
    })
}

pub(super) fn back(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(days))
}

fn weekday(word: &str) -> Option<Weekday> {
    let head = word.get(..3)?.to_ascii_lowercase();
    super::WEEKDAYS
        .iter()
        .find(|(name, _)| name[..3] == head)
        .map(|&(_, day)| day)
}

fn month(word: &str) -> Option<u32> {
    let head = word.get(..3)?.to_ascii_lowercase();
    let index = super::MONTHS.iter().position(|m| m[..3] == head)?;
    u32::try_from(index + 1).ok()
}

/// Full weekday names are at least six letters long; anything shorter is an abbreviation.
fn is_abbreviation(word: &str) -> bool {
    word.len() < 6
}

/// Lower-case "sat", "sun", "wed" and "mon" are ordinary words, not days.
fn weekday_word_ok(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    !(is_abbreviation(word)
        && word == lower
        && matches!(lower.as_str(), "sat" | "sun" | "wed" | "mon"))
}

/// The most recent `wd` on or before `published`; "last" skips back a week
/// when published is that weekday, "next" looks forward.
pub(super) fn weekday_date(
    published: NaiveDate,
    wd: Weekday,
    modifier: Option<&str>,
) -> Option<NaiveDate> {
    let today = published.weekday().num_days_from_monday();
    let target = wd.num_days_from_monday();
    let behind = u64::from((7 + today - target) % 7);
    let modifier = modifier.map(|m| m.to_ascii_lowercase());
    match modifier.as_deref() {
        Some("last" | "past") if behind == 0 => back(published, 7),
        Some("next") => {
            let ahead = u64::from((7 + target - today) % 7);
            published.checked_add_days(Days::new(if ahead == 0 { 7 } else { ahead }))
        }
        _ => back(published, behind),
    }
}

/// A month and day without a year belong to the published year, unless that
/// lands more than two days after publication: then the year before.
pub(super) fn month_day(
    published: NaiveDate,
    m: u32,
    d: u32,
    year: Option<i32>,
) -> Option<NaiveDate> {
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    let y = published.year();
    let limit = published
        .checked_add_days(Days::new(2))
        .unwrap_or(published);
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) if date <= limit => Some(date),
        _ => NaiveDate::from_ymd_opt(y - 1, m, d),
    }
}

/// The most recent `d`th of a month on or before `published`, skipping
/// months too short to have one.
pub(super) fn nth(published: NaiveDate, d: u32) -> Option<NaiveDate> {
    let (mut y, mut m) = (published.year(), published.month());
    for _ in 0..12 {
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            && date <= published
        {
            return Some(date);
        }
        (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    }
    None
}

/// The year of the `t` date, and the byte range of the year when it was
/// judged not to be one. Without a comma a four-digit number after a date is
/// only taken as its year when it is near the published year, since "on June
/// 5 2000 drones" is a count.
fn year_of(c: &Captures, published: NaiveDate) -> (Option<i32>, Option<Range<usize>>) {
    let (Some(part), Some(y)) = (c.name("t_yp"), c.name("t_y")) else {
        return (None, None);
    };
    let Ok(year) = y.as_str().parse::<i32>() else {
        return (None, Some(part.range()));
    };
    let py = published.year();
    if c.name("t_c").is_some() || (py - 10..=py + 1).contains(&year) {
        (Some(year), None)
    } else {
        (None, Some(part.range()))
    }
}

fn trim_year(range: &mut Range<usize>, dropped: Option<Range<usize>>) {
    if let Some(dropped) = dropped
        && dropped.end == range.end
    {
        range.end = dropped.start;
    }
}

fn date_of(c: &Captures, published: NaiveDate) -> Option<(NaiveDate, Option<Range<usize>>)> {
    let (m, d) = match (c.name("t_m1"), c.name("t_d1")) {
        (Some(m), Some(d)) => (m, d),
        _ => (c.name("t_m2")?, c.name("t_d2")?),
    };
    // `12 may have reached`: the month is written with a capital.
    if m.as_str() == "may" {
        return None;
    }
    let (year, trim) = year_of(c, published);
    let date = month_day(
        published,
        month(m.as_str())?,
        d.as_str().parse().ok()?,
        year,
    )?;
    Some((date, trim))
}

/// "Russia Today", "USA Today": a capitalised word right before "Today"
/// makes it a name.
/// Whether the end of `before` is inside a quotation: an odd number of
/// straight quotation marks, or a curly or angled one opened and not
/// closed.
fn quoted(before: &str) -> bool {
    let open = |o: char, c: char| {
        before
            .rfind(o)
            .is_some_and(|i| before.rfind(c).is_none_or(|j| j < i))
    };
    before.matches('"').count() % 2 == 1 || open('“', '”') || open('«', '»')
}

fn names_a_medium(text: &str, start: usize, phrase: &str) -> bool {
    if !phrase.starts_with('T') {
        return false;
    }
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return false;
    }
    let word = trimmed
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or_default();
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether "on the 14th" is a date judging by the word after it: "on the
/// 14th, drones..." is, "on the 14th floor" and "on the 14th Brigade" are not.
fn ordinal_is_a_date(rest: &str) -> bool {
    const NOUNS: &[&str] = &[
        "day",
        "night",
        "anniversary",
        "century",
        "floor",
        "brigade",
        "mechanized",
        "mechanised",
        "separate",
        "army",
        "regiment",
        "division",
        "corps",
        "battalion",
        "assault",
        "guards",
        "tank",
        "artillery",
        "airborne",
        "marine",
        "motorized",
        "motorised",
        "round",
        "time",
        "attempt",
        "consecutive",
        "straight",
        "package",
        "wave",
        "month",
        "week",
        "year",
    ];
    const FUNCTION_WORDS: &[&str] = &[
        "at",
        "when",
        "and",
        "in",
        "as",
        "after",
        "before",
        "while",
        "during",
        "around",
        "about",
        "the",
        "a",
        "an",
        "but",
        "or",
        "with",
        "to",
        "from",
        "that",
        "there",
        "it",
        "they",
        "he",
        "she",
        "we",
        "was",
        "were",
        "is",
        "until",
        "since",
        "for",
        "on",
        "by",
        "russia",
        "ukraine",
        "russian",
        "ukrainian",
        "officials",
        "authorities",
    ];
    let rest = rest.trim_start();
    let word: String = rest.chars().take_while(|ch| ch.is_alphabetic()).collect();
    if word.is_empty() {
        return true;
    }
    let lower = word.to_lowercase();
    if NOUNS.contains(&lower.as_str()) {
        return false;
    }
    word.chars().next().is_some_and(char::is_uppercase) || FUNCTION_WORDS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn every_weekday_and_month_the_rules_know_is_a_time_word() {
        for list in [WD, MON] {
            let words = list.trim_start_matches("(?:").trim_end_matches(r")\b");
            for w in words.split('|') {
                assert!(time_words().any(|t| t == w), "{w} is not a time word");
            }
        }
        // `Thur` was once left out of the scan that rules sentences out.
        assert_eq!(first(d(2025, 6, 7), "on Thur").0, d(2025, 6, 5));
    }

    /// The first phrase of `text`: its date, span and surface text.
    fn first(published: NaiveDate, text: &str) -> (NaiveDate, Span, String) {
        let w = resolve(published, text, None)
            .unwrap_or_else(|| panic!("no time phrase found in {text:?}"));
        (w.date, w.span, text[w.start..w.end].to_owned())
    }

    fn check(published: NaiveDate, text: &str, date: NaiveDate, span: Span, phrase: &str) {
        let got = first(published, text);
        assert_eq!(got, (date, span, phrase.to_owned()), "in {text:?}");
    }

    // 2025-06-05 is a Thursday, 2025-06-07 a Saturday, 2025-06-08 a Sunday.
    const THU: (i32, u32, u32) = (2025, 6, 5);
    const SAT: (i32, u32, u32) = (2025, 6, 7);
    const SUN: (i32, u32, u32) = (2025, 6, 8);

    fn day(t: (i32, u32, u32)) -> NaiveDate {
        d(t.0, t.1, t.2)
    }

    #[test]
    fn night_words_name_the_night_before_publication() {
        let p = day(THU);
        let n = d(2025, 6, 4);
        check(
            p,
            "Russia launched 100 drones overnight.",
            n,
            Span::Night,
            "overnight",
        );
        check(
            p,
            "Explosions were heard last night in Kyiv.",
            n,
            Span::Night,
            "last night",
        );
        check(
            p,
            "Drones struck during the night.",
            n,
            Span::Night,
            "during the night",
        );
        check(
            p,
            "Sirens sounded in the early hours.",
            n,
            Span::Night,
            "in the early hours",
        );
        check(
            p,
            "Kyiv was attacked this morning.",
            n,
            Span::Night,
            "this morning",
        );
        check(
            p,
            "Kharkiv was hit this evening.",
            p,
            Span::Day,
            "this evening",
        );
        check(
            p,
            "It began early this morning.",
            n,
            Span::Night,
            "early this morning",
        );
        check(p, "OVERNIGHT, 40 drones.", n, Span::Night, "OVERNIGHT");
    }

    #[test]
    fn hours_to_a_morning_and_before_its_dawn_are_the_night_before_it() {
        let p = day(SUN);
        for (text, phrase) in [
            (
                "Between 11:00 pm (2000 GMT) Friday and 7:00 am Saturday, 40 drones.",
                "Between 11:00 pm (2000 GMT) Friday and 7:00 am Saturday",
            ),
            (
                "From 9 p.m. on Friday until 5.30 a.m. on Saturday, missiles came.",
                "From 9 p.m. on Friday until 5.30 a.m. on Saturday",
            ),
            (
                "Drones came before dawn on Saturday.",
                "before dawn on Saturday",
            ),
        ] {
            check(p, text, d(2025, 6, 6), Span::Night, phrase);
        }
        check(
            p,
            "Drones came before dawn.",
            d(2025, 6, 7),
            Span::Night,
            "before dawn",
        );
    }

    #[test]
    fn early_on_a_weekday_is_the_night_before_it() {
        let p = day(SUN);
        check(
            p,
            "The attack came early on Saturday.",
            d(2025, 6, 6),
            Span::Night,
            "early on Saturday",
        );
        check(
            p,
            "It began early Sunday morning.",
            d(2025, 6, 7),
            Span::Night,
            "early Sunday morning",
        );
        check(
            p,
            "Drones hit early on June 8.",
            d(2025, 6, 7),
            Span::Night,
            "early on June 8",
        );
        check(
            p,
            "Blasts in the early hours of Sunday.",
            d(2025, 6, 7),
            Span::Night,
            "in the early hours of Sunday",
        );
    }

    #[test]
    fn night_into_a_weekday_is_the_evening_before() {
        let p = day(SUN);
        let sat = d(2025, 6, 7);
        check(
            p,
            "Attacks overnight into Sunday.",
            sat,
            Span::Night,
            "overnight into Sunday",
        );
        check(
            p,
            "During the night into Sunday, 50 drones.",
            sat,
            Span::Night,
            "During the night into Sunday",
        );
        check(
            p,
            "launched overnight on Sunday",
            sat,
            Span::Night,
            "overnight on Sunday",
        );
        check(
            p,
            "overnight Saturday into Sunday",
            sat,
            Span::Night,
            "overnight Saturday into Sunday",
        );
        check(
            p,
            "the night into June 8",
            sat,
            Span::Night,
            "the night into June 8",
        );
    }

    #[test]
    fn the_night_of_the_day_of_writing_is_the_night_into_it() {
        let p = d(2023, 5, 8);
        check(
            p,
            "On the night of May 8, Russia attacked",
            d(2023, 5, 7),
            Span::Night,
            "On the night of May 8",
        );
        check(
            p,
            "the night of May 8 to 9 saw",
            d(2023, 5, 8),
            Span::Night,
            "the night of May 8 to 9",
        );
    }

    #[test]
    fn the_night_of_a_date_is_that_date() {
        let p = d(2025, 6, 6);
        let n = d(2025, 6, 4);
        check(
            p,
            "on the night of June 4, drones",
            n,
            Span::Night,
            "on the night of June 4",
        );
        check(
            p,
            "the night of June 4 to 5 saw",
            n,
            Span::Night,
            "the night of June 4 to 5",
        );
        check(
            p,
            "the night of 4-5 June saw",
            n,
            Span::Night,
            "the night of 4-5 June",
        );
        check(
            p,
            "in the night from 4 to 5 June",
            n,
            Span::Night,
            "in the night from 4 to 5 June",
        );
        check(
            p,
            "the night of June 4–5, 2025",
            n,
            Span::Night,
            "the night of June 4–5",
        );
        check(
            p,
            "the night of the 4th",
            n,
            Span::Night,
            "the night of the 4th",
        );
        // Two days in a row with no word for night are the night between.
        check(
            p,
            "The night in numbers, 4–5 June",
            n,
            Span::Night,
            "4–5 June",
        );
        check(
            p,
            "strikes on June 4-5, 2025 hit",
            n,
            Span::Night,
            "June 4-5, 2025",
        );
        check(
            p,
            "from 31-1 June",
            d(2025, 5, 31),
            Span::Night,
            "31-1 June",
        );
        check(
            p,
            "the night of 31 May to 1 June",
            d(2025, 5, 31),
            Span::Night,
            "the night of 31 May to 1 June",
        );
        check(
            p,
            "the night of 31-1 June",
            d(2025, 5, 31),
            Span::Night,
            "the night of 31-1 June",
        );
        check(
            day(SUN),
            "the night of Saturday to Sunday",
            day(SAT),
            Span::Night,
            "the night of Saturday to Sunday",
        );
    }

    #[test]
    fn weekday_night_and_tonight() {
        check(
            day(SUN),
            "On Saturday night, 30 drones.",
            day(SAT),
            Span::Night,
            "Saturday night",
        );
        check(
            day(SAT),
            "Saturday night",
            day(SAT),
            Span::Night,
            "Saturday night",
        );
        check(
            day(SAT),
            "last Saturday night",
            d(2025, 5, 31),
            Span::Night,
            "last Saturday night",
        );
        check(day(SUN), "Sat. night", day(SAT), Span::Night, "Sat. night");
        check(
            day(THU),
            "Sirens are expected tonight.",
            day(THU),
            Span::Night,
            "tonight",
        );
        // Quoted from the morning's report, the night just past.
        check(
            day(THU),
            "\"Tonight, our air defences shot down 30 drones,\" it said.",
            d(2025, 6, 4),
            Span::Night,
            "Tonight",
        );
        check(
            day(THU),
            "It shot down 35 drones over the course of the night.",
            d(2025, 6, 4),
            Span::Night,
            "over the course of the night",
        );
    }

    #[test]
    fn today_and_yesterday() {
        check(
            day(THU),
            "Officials said today.",
            day(THU),
            Span::Day,
            "today",
        );
        check(
            day(THU),
            "Yesterday, 12 were hurt.",
            d(2025, 6, 4),
            Span::Day,
            "Yesterday",
        );
        check(
            day(THU),
            "the day before yesterday",
            d(2025, 6, 3),
            Span::Day,
            "the day before yesterday",
        );
        assert_eq!(resolve(day(THU), "Russia Today reported.", None), None);
    }

    #[test]
    fn weekdays_are_the_most_recent_one() {
        let p = day(SUN);
        check(
            p,
            "Officials said on Saturday.",
            day(SAT),
            Span::Day,
            "on Saturday",
        );
        check(p, "Saturday was calm.", day(SAT), Span::Day, "Saturday");
        check(p, "on saturday", day(SAT), Span::Day, "on saturday");
        check(
            p,
            "Saturday evening",
            day(SAT),
            Span::Day,
            "Saturday evening",
        );
        check(p, "Sunday morning", day(SUN), Span::Day, "Sunday morning");
        check(p, "on Monday", d(2025, 6, 2), Span::Day, "on Monday");
        check(p, "on Tues", d(2025, 6, 3), Span::Day, "on Tues");
        check(p, "On Thu.", day(THU), Span::Day, "On Thu");
        check(day(SAT), "on Saturday", day(SAT), Span::Day, "on Saturday");
        check(
            day(THU),
            "on Friday",
            d(2025, 5, 30),
            Span::Day,
            "on Friday",
        );
    }

    #[test]
    fn last_weekday_skips_today() {
        check(
            day(SAT),
            "last Saturday",
            d(2025, 5, 31),
            Span::Day,
            "last Saturday",
        );
        check(
            day(SUN),
            "last Saturday",
            day(SAT),
            Span::Day,
            "last Saturday",
        );
        check(
            day(THU),
            "last Saturday",
            d(2025, 5, 31),
            Span::Day,
            "last Saturday",
        );
    }

    #[test]
    fn abbreviations_that_are_words_are_not_days() {
        let p = day(SUN);
        assert_eq!(resolve(p, "He sat on the bench in the sun.", None), None);
        assert_eq!(resolve(p, "The Sun reported 12 drones.", None), None);
        assert_eq!(resolve(p, "They wed in May.", None), None);
        check(p, "on Sat", day(SAT), Span::Day, "on Sat");
    }

    #[test]
    fn month_days() {
        let p = day(THU);
        let m14 = d(2025, 3, 14);
        check(p, "on March 14 drones", m14, Span::Day, "on March 14");
        check(p, "March 14 saw", m14, Span::Day, "March 14");
        check(p, "14 March saw", m14, Span::Day, "14 March");
        check(p, "March 14th saw", m14, Span::Day, "March 14th");
        check(p, "the 14th of March", m14, Span::Day, "the 14th of March");
        check(p, "Sept. 14", d(2024, 9, 14), Span::Day, "Sept. 14");
        check(
            p,
            "on 14 Sept 2023",
            d(2023, 9, 14),
            Span::Day,
            "on 14 Sept 2023",
        );
        check(
            p,
            "Saturday, May 31",
            d(2025, 5, 31),
            Span::Day,
            "Saturday, May 31",
        );
        check(p, "June\u{a0}3", d(2025, 6, 3), Span::Day, "June\u{a0}3");
        check(
            d(2026, 6, 5),
            "March 14, 2025",
            m14,
            Span::Day,
            "March 14, 2025",
        );
        check(
            d(2026, 6, 5),
            "February 24, 2022",
            d(2022, 2, 24),
            Span::Day,
            "February 24, 2022",
        );
        // A four-digit count is not a year.
        check(
            p,
            "On June 3 2000 drones",
            d(2025, 6, 3),
            Span::Day,
            "On June 3",
        );
        // Two days' grace for articles dated a little before what they describe.
        check(
            d(2026, 3, 12),
            "March 14",
            d(2026, 3, 14),
            Span::Day,
            "March 14",
        );
        check(
            d(2026, 3, 11),
            "March 14",
            d(2025, 3, 14),
            Span::Day,
            "March 14",
        );
        assert_eq!(resolve(p, "February 30", None), None);
    }

    #[test]
    fn ordinal_days_of_the_month() {
        check(
            d(2025, 6, 20),
            "on the 14th, drones",
            d(2025, 6, 14),
            Span::Day,
            "on the 14th",
        );
        check(
            d(2025, 6, 5),
            "on the 14th",
            d(2025, 5, 14),
            Span::Day,
            "on the 14th",
        );
        check(
            d(2025, 3, 5),
            "on the 31st",
            d(2025, 1, 31),
            Span::Day,
            "on the 31st",
        );
        assert_eq!(resolve(d(2025, 6, 5), "on the 14th floor", None), None);
        assert_eq!(
            resolve(d(2025, 6, 5), "fighting on the 47th Brigade's flank", None),
            None
        );
    }

    #[test]
    fn weeks_are_dated_by_their_monday() {
        // 2025-06-04 is a Wednesday.
        let p = d(2025, 6, 4);
        check(
            p,
            "earlier this week",
            d(2025, 6, 2),
            Span::Week,
            "this week",
        );
        check(p, "last week", d(2025, 5, 26), Span::Week, "last week");
        check(
            d(2025, 6, 2),
            "this week",
            d(2025, 6, 2),
            Span::Week,
            "this week",
        );
        check(
            d(2025, 6, 8),
            "this week",
            d(2025, 6, 2),
            Span::Week,
            "this week",
        );
    }

    #[test]
    fn month_ends() {
        check(
            d(2025, 3, 1),
            "overnight",
            d(2025, 2, 28),
            Span::Night,
            "overnight",
        );
        check(
            d(2024, 3, 1),
            "overnight",
            d(2024, 2, 29),
            Span::Night,
            "overnight",
        );
        check(
            d(2025, 7, 1),
            "yesterday",
            d(2025, 6, 30),
            Span::Day,
            "yesterday",
        );
    }

    #[test]
    fn year_ends() {
        // 2026-01-01 is a Thursday.
        let p = d(2026, 1, 1);
        check(p, "overnight", d(2025, 12, 31), Span::Night, "overnight");
        check(p, "on Saturday", d(2025, 12, 27), Span::Day, "on Saturday");
        check(p, "last week", d(2025, 12, 22), Span::Week, "last week");
        check(
            d(2026, 1, 2),
            "December 30",
            d(2025, 12, 30),
            Span::Day,
            "December 30",
        );
        check(
            d(2026, 1, 2),
            "December 31",
            d(2025, 12, 31),
            Span::Day,
            "December 31",
        );
        check(
            d(2026, 1, 2),
            "on the 30th",
            d(2025, 12, 30),
            Span::Day,
            "on the 30th",
        );
        check(
            d(2026, 1, 2),
            "the night of 31 December to 1 January",
            d(2025, 12, 31),
            Span::Night,
            "the night of 31 December to 1 January",
        );
    }

    #[test]
    fn nearest_phrase_wins() {
        let p = day(SUN);
        let text = "On Saturday, the air force said 40 drones were shot down overnight.";
        let at = |s: &str| text.find(s).expect("present in text");
        let near_40 = resolve(p, text, Some(at("40"))).expect("a phrase");
        assert_eq!((near_40.date, near_40.span), (day(SAT), Span::Day));
        let near_down = resolve(p, text, Some(at("down"))).expect("a phrase");
        assert_eq!((near_down.date, near_down.span), (day(SAT), Span::Night));
        assert_eq!(&text[near_down.start..near_down.end], "overnight");
        let inside = resolve(p, text, Some(at("Saturday") + 2)).expect("a phrase");
        assert_eq!(&text[inside.start..inside.end], "On Saturday");
        let far = resolve(p, text, Some(usize::MAX)).expect("a phrase");
        assert_eq!(&text[far.start..far.end], "overnight");
        let first = resolve(p, text, None).expect("a phrase");
        assert_eq!(&text[first.start..first.end], "On Saturday");
    }

    #[test]
    fn all_lists_phrases_in_order() {
        let text = "Yesterday 5 were hurt; overnight 40 drones; on Saturday, June 7 more.";
        let found = all(day(SUN), text);
        let phrases: Vec<&str> = found.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(phrases, ["Yesterday", "overnight", "on Saturday, June 7"]);
    }

    #[test]
    fn no_phrase_is_none() {
        let p = day(THU);
        for text in [
            "",
            "Russia launched 137 drones.",
            "In 2025, 14 people",
            "the 14th century",
            "May we",
        ] {
            assert_eq!(resolve(p, text, None), None, "in {text:?}");
            assert_eq!(resolve(p, text, Some(3)), None, "in {text:?}");
        }
    }

    fn assert_sound(published: NaiveDate, text: &str, near: usize) {
        let found = all(published, text);
        let mut last_end = 0;
        for w in &found {
            assert!(w.start < w.end && w.start >= last_end, "{w:?} in {text:?}");
            assert!(text.get(w.start..w.end).is_some(), "{w:?} in {text:?}");
            last_end = w.end;
        }
        assert_eq!(resolve(published, text, None), found.first().copied());
        assert_eq!(
            resolve(published, text, Some(near)).is_some(),
            !found.is_empty()
        );
    }

    #[test]
    fn odd_inputs_never_panic() {
        const PIECES: &[&str] = &[
            "overnight",
            "Saturday",
            "ſaturday",
            "\u{212a}",
            "June",
            "Sept.",
            "5",
            "14th",
            "31",
            "0",
            "99",
            "2025",
            "1941",
            "the night of",
            "night",
            "4-5",
            "–",
            "to",
            "into",
            "early on",
            "on the",
            "in the early hours of",
            "last",
            "week",
            "Sun",
            "sat",
            ",",
            ".",
            " ",
            "\u{a0}",
            "\u{301}",
            "e\u{301}",
            "🚀",
            "👩\u{200d}👩\u{200d}👧",
            "١٤",
            "𝟙𝟜",
            "ß",
            "İ",
            "\n",
            "today",
            "Today",
            "tonight",
            "this morning",
            "Feb",
            "29",
            "of",
            "th",
            "\u{feff}",
        ];
        let dates = [
            NaiveDate::MIN,
            NaiveDate::MAX,
            d(2024, 2, 29),
            d(2026, 1, 1),
            d(2025, 12, 31),
        ];
        // A fixed linear congruential generator keeps failures reproducible.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(state >> 33).unwrap_or(0) % bound
        };
        for _ in 0..400 {
            let count = 1 + next(10);
            let mut text = String::new();
            for _ in 0..count {
                text.push_str(PIECES[next(PIECES.len())]);
                if next(3) == 0 {
                    text.push(' ');
                }
            }
            let published = dates[next(dates.len())];
            let near = next(text.len() + 5);
            assert_sound(published, &text, near);
        }
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,60}", near in 0usize..80, offset in 0i64..4000) {
            let published = d(2024, 2, 29)
                .checked_add_signed(chrono::TimeDelta::days(offset - 2000))
                .unwrap_or(NaiveDate::MIN);
            assert_sound(published, &text, near);
        }
    }
}
