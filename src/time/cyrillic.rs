//! Time phrases of Ukrainian and Russian sentences (`у ніч на 9 липня`, `в
//! ночь на воскресенье`, `минулої ночі`, `вчера`, `12 мая`), resolved to the
//! night or day they name as [`super::phrases`] resolves English ones.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, meta};

use super::phrases::{Span, When};

/// Months in the genitive, as dates write them (`9 липня`, `12 мая`).
const MONTHS: &[(&str, u32)] = &[
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
];

/// Weekdays as `у ніч на ...`, `в ночь на ...` and `у суботу` name them.
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("понеділок", Weekday::Mon),
    ("вівторок", Weekday::Tue),
    ("середу", Weekday::Wed),
    ("четвер", Weekday::Thu),
    ("п'ятницю", Weekday::Fri),
    ("суботу", Weekday::Sat),
    ("неділю", Weekday::Sun),
    ("понедельник", Weekday::Mon),
    ("вторник", Weekday::Tue),
    ("среду", Weekday::Wed),
    ("четверг", Weekday::Thu),
    ("пятницу", Weekday::Fri),
    ("субботу", Weekday::Sat),
    ("воскресенье", Weekday::Sun),
];

/// Weekdays in the genitive, as `у ніч проти ...` and hours from a day
/// (`с 21:00 пятницы`) name them.
const WEEKDAYS_GENITIVE: &[(&str, Weekday)] = &[
    ("понеділка", Weekday::Mon),
    ("вівторка", Weekday::Tue),
    ("середи", Weekday::Wed),
    ("четверга", Weekday::Thu),
    ("п'ятниці", Weekday::Fri),
    ("суботи", Weekday::Sat),
    ("неділі", Weekday::Sun),
    ("понедельника", Weekday::Mon),
    ("вторника", Weekday::Tue),
    ("среды", Weekday::Wed),
    ("пятницы", Weekday::Fri),
    ("субботы", Weekday::Sat),
    ("воскресенья", Weekday::Sun),
];

#[derive(Debug, Clone, Copy)]
enum Rule {
    /// `у ніч на 9 липня`, `в ночь с 8 на 9 июля`: the night that ended on
    /// the morning of that day.
    NightOnDate,
    /// `у ніч на неділю`, `в ночь на воскресенье`.
    NightOnWeekday,
    /// `6–7 лютого`, `31 января – 1 февраля`: two days in a row are the
    /// night between them.
    DayPair,
    /// `минулої ночі`, `вночі`, `этой ночью`, `за ночь`, `на світанку`.
    PlainNight,
    /// `у суботу`, `в воскресенье`: the day of the week last passed, or
    /// today.
    WeekdayDay,
    Today,
    /// `вдень`, `утром`, `ранкова атака`: a part of a day no other word
    /// names, the day of writing's.
    DayPart,
    Yesterday,
    DayBeforeYesterday,
    /// `12 мая`, `9 липня 2025`.
    MonthDay,
    /// `о 3:40 21 вересня`, `28 апреля около 04:00`, `під ранок 1
    /// травня`: the night before the day whose small hours they are.
    SmallHours,
    /// `с 20.00 до 23.00 мск`, `з 18:00 до 08:00`: hours of the day of
    /// writing, or of the night before it where they run past midnight;
    /// of the day a date beside them names (`4 января с 20:00 до 23:00`),
    /// or of the night before it where they run past midnight to it (`с
    /// 23:30 до 7:00 1 декабря`).
    Hours,
    /// `с 23:00 мск 2 октября до 07:00 мск 3 октября`: hours of named
    /// days, the night that starts on the first where they run past
    /// midnight.
    HoursOfDates,
    /// `с 21:00 пятницы до 7:00 субботы`, `з 18:00 23 лютого`: hours
    /// from a named day on, the night that starts on it when they start
    /// in its evening, the night before it when in its small hours.
    HoursFrom,
    /// `о 10:30`, `около 04:00`, `между 08:00 и 11:00`, `в 4 часа утра`:
    /// an hour of the day of writing, or of the night before it when it
    /// is a small hour. An hour of the evening says nothing of which
    /// evening.
    Clock,
}

/// The hour the small hours end and the day's begin.
const DAWN: u32 = 6;

/// The hour the day's end and the evening's begin: an evening's hour
/// alone does not say whether the evening is the day of writing's or the
/// one before a morning's report.
const DUSK: u32 = 18;

/// What a sentence must hold for a rule to be read in it.
#[derive(Clone, Copy)]
enum Gate {
    /// One of [`WORDS`].
    Words,
    /// One of [`WEEKDAY_WORDS`].
    Weekdays,
    /// A month's name: the rule starts with a day's digits.
    Months,
    /// A time of day on the clock.
    Hours,
    /// A time of day on the clock, or one of [`WORDS`].
    HoursOrWords,
    /// One of [`WEEKDAY_WORDS`], or a month's name.
    WeekdaysOrMonths,
}

impl Rule {
    fn gate(self) -> Gate {
        match self {
            Rule::DayPair | Rule::MonthDay | Rule::SmallHours | Rule::HoursOfDates => Gate::Months,
            Rule::WeekdayDay => Gate::Weekdays,
            Rule::Hours => Gate::Hours,
            Rule::Clock => Gate::HoursOrWords,
            Rule::HoursFrom => Gate::WeekdaysOrMonths,
            _ => Gate::Words,
        }
    }
}

/// The stems every other word-led rule holds one of (`ніч`, `ночі`,
/// `ночью`, `сьогодні`, `сегодня`, `вчора`, `учора`, `вчера`,
/// `позавчора`, `накануне`, `днем ранее`, `доби`, `сутки`, the dawn's
/// words, the morning's of a small hour, `ранку` and `утра`, and the
/// stems of a morning's attack), in lower case; with [`DAY_PARTS`].
const WORDS: &[&str] = &[
    "ніч",
    "ноч",
    "сьогодн",
    "сегодн",
    "вчор",
    "учор",
    "вчер",
    "наканун",
    "напередодн",
    "днем ранее",
    "доби",
    "добу",
    "сутки",
    "світан",
    "рассвет",
    "під ранок",
    "под утро",
    "ранку",
    "утра",
    "ранков",
    "утренн",
];

/// The words of a part of a day said alone, in lower case, as
/// [`Rule::DayPart`] reads them.
const DAY_PARTS: &[&str] = &[
    "вдень",
    "удень",
    "днем",
    "днём",
    "вранці",
    "уранці",
    "зранку",
    "утром",
];

/// Whether a word in lower case names a part of a day (`зранку`, `утром`).
pub fn day_part(word: &str) -> bool {
    DAY_PARTS.contains(&word)
}

/// The weekdays' stems, in lower case, as [`Rule::WeekdayDay`] and
/// [`Rule::HoursFrom`] name them (`ятниц` for `п'ятниц` with any
/// apostrophe, and `пятниц`; `середи`, `среды` in the genitive).
const WEEKDAY_WORDS: &[&str] = &[
    "понеділ",
    "понедел",
    "вівтор",
    "вторник",
    "середу",
    "середи",
    "среду",
    "среды",
    "четвер",
    "ятниц",
    "субот",
    "суббот",
    "неділ",
    "воскресен",
];

/// Which rules a sentence may hold a phrase of, from one pass over it in
/// lower case for the words the rules are led by or name. Unicode word
/// boundaries (`\b`) keep the rules off the regex crate's fast engines on
/// Cyrillic text, and most sentences hold none of these words.
#[derive(Default)]
struct Gates {
    words: bool,
    weekdays: bool,
    months: bool,
}

/// [`WORDS`] with [`DAY_PARTS`], [`WEEKDAY_WORDS`] and the months, as one
/// automaton whose pattern numbers tell the three apart. A prefilter would
/// look for their first bytes, which every Cyrillic letter shares.
static GATE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let months = MONTHS.iter().map(|(m, _)| *m);
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(
            (WORDS.iter().chain(DAY_PARTS).chain(WEEKDAY_WORDS))
                .copied()
                .chain(months),
        )
        .expect("the stems build")
});

impl Gates {
    fn of(lower: &str) -> Gates {
        let mut gates = Gates::default();
        for m in GATE_WORDS.find_overlapping_iter(lower) {
            let i = m.pattern().as_usize();
            let words = WORDS.len() + DAY_PARTS.len();
            if i < words {
                gates.words = true;
            } else if i < words + WEEKDAY_WORDS.len() {
                gates.weekdays = true;
            } else {
                gates.months = true;
            }
            if gates.words && gates.weekdays && gates.months {
                break;
            }
        }
        gates
    }
}

/// A time of day on the clock.
static HOURS_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9][.:][0-5][0-9]").expect("the hours compile"));

static RULES: LazyLock<Vec<(Pattern, Rule)>> = LazyLock::new(|| {
    // `Ніч на 23 серпня` heads a post with no preposition.
    // `Минулої ночі, проти 14 грудня`: a comma may part the night from
    // its morning.
    // `Напередодні, в ніч на 13 вересня`: the day before, named by its
    // night, is that night.
    // `Этой ночью — на 20 февраля —`: so may a dash.
    // A month's name as a whole word: the rules led by a day's digits are
    // tried only where one follows them.
    let names: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    let month = format!(r"(?:{})\b", names.join("|"));
    let genitive = weekday_names(WEEKDAYS_GENITIVE);
    // `10 октября т.г.`, `10 жовтня ц.р.`: of this year, as bulletins
    // write it.
    let this_year = r"(?:т\.\s?г\.|ц\.\s?р\.|п\.\s?р\.)";
    // The dawn, or the hours before it.
    let dawn = r"(?:під\s+ранок|на\s+світанку|перед\s+світанком|до\s+світанку|под\s+утро|на\s+рассвете|перед\s+рассветом|до\s+рассвета)";
    // An hour from midnight to before six, and the words that put an
    // event at it. A small hour that says it is one (`четвертої години
    // ранку`, `4 утра`, `третьем часу ночи`); and with it, before a date,
    // the clock's (`03:40`) and a bare hour (`около 4 часов 28 апреля`),
    // which alone may be a span (`длилась около 5 часов`).
    let small_words = r"(?:(?:[0-5]|першої|другої|третьої|четвертої|п['’ʼ]ятої|час|двух|тр[её]х|четыр[её]х|пяти)\s+(?:години\s+|часов\s+|часа\s+)?(?:ночі|ранку|ночи|утра)|(?:первом|втором|третьем|четв[её]ртом|пятом)\s+часу\s+(?:ночи|утра))";
    let small = format!(
        r"(?:0?[0-5][.:][0-9]{{2}}(?-u:\b)|{small_words}|[0-5]\s+(?:годин[иі]|часов|часа)\b)"
    );
    let at = r"(?:о|об|близько|около|приблизно|примерно|в|у)";
    // An adjective between a night's word and its attack's (`нічної
    // масованої атаки`), by its ending: not a noun (`нічної тиші`).
    let adjective = r"[а-яёіїєґ]+(?:ої|ою|ий|ій|ого|ому|ую|ая|ое|ые|ие|ых|их|ой|ей|ну|ні)";
    let weekday_day = r"(?:понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)";
    let night = r"(?:(?:напередодні|накануне),?\s+)?(?:(?:(?:у|в|уві)\s+)?(?:ніч|ночь)|ночі|ночи|ночью|вночі|уночі)(?:,|\s*[—–-])?\s+(?:(?:з|с|із)\s+\S+\s+)?(?:на|проти)\s+";
    [
        (
            format!(r"\b{night}(?P<d>[0-9]{{1,2}})\s+(?P<m>{month})"),
            Rule::NightOnDate,
        ),
        // `ночью 27 октября`, `у ніч 22 лютого`, `Нічна атака 24 липня`:
        // a night named by a date with no preposition is the night that
        // ended on it, as the morning's reports name it; not a night of
        // two dates (`в ночь 31 января – 1 февраля`).
        (
            format!(r"\b(?:(?:у|в|уві)\s+(?:ніч|ночь)|ночью|вночі|уночі|(?:нічн|ночн)\p{{L}}*\s+(?:{adjective}\s+)?(?:атак|удар|обстр)\p{{L}}*),?\s+(?P<d>[0-9]{{1,2}})\s+(?P<m>{month})(?:\s+(?P<y>(?:19|20)[0-9]{{2}}))?(?P<pair>\s*[-–—]\s*[0-9])?"),
            Rule::NightOnDate,
        ),
        // `в ночь на воскресенье, 8 февраля`: the date after the weekday
        // is the same morning's.
        (
            format!(r"\b{night}(?P<wd>[\p{{L}}'’ʼ]+)(?:,?\s+[0-9]{{1,2}}\s+\p{{L}}+)?"),
            Rule::NightOnWeekday,
        ),
        (
            format!(r"(?-u:\b)(?P<d>[0-9]{{1,2}})(?:\s+(?P<m1>{month}))?\s*[-–—]\s*(?P<d2>[0-9]{{1,2}})\s+(?P<m>{month})(?:\s+(?P<y>(?:19|20)[0-9]{{2}}))?"),
            Rule::DayPair,
        ),
        (
            format!(r"\b(?:{dawn}|(?:минулої|цієї|останньої)\s+ночі|(?:сьогодні\s+)?(?:вночі|уночі)|сегодня\s+ночью|(?:за|протягом|упродовж)\s+(?:минулої\s+|минулу\s+|цю\s+|цієї\s+)?ні(?:ч|чі)|(?:прошедшей|минувшей|прошлой|этой)\s+ночью|ночью|(?:за|в\s+течение)\s+(?:прошедшую\s+|минувшую\s+|прошедшей\s+|минувшей\s+|эту\s+|этой\s+)?ноч(?:ь|и))\b"),
            Rule::PlainNight,
        ),
        // `Про нічну атаку`, `ночной удар по Белгороду`, `нічної повітряної
        // атаки`: a night attack, an adjective at most between,
        // with no date after it (`Нічна атака 6–7 лютого` has its own).
        (
            format!(r"\b(?:нічн|ночн)[а-яёіїєґ]*\s+(?:{adjective}\s+)?(?:атак|удар|обстр|напад)[а-яёіїєґ]*(?:\s+[a-zа-яёіїєґ]|\s*[^\s0-9a-zа-яёіїєґ]|\s*$)"),
            Rule::PlainNight,
        ),
        (
            r"\b(?:у|в|во)\s+(?P<wd>понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
                .to_string(),
            Rule::WeekdayDay,
        ),
        (
            r"\b(?:сьогодні|сегодня|(?:сьогоднішнього|сегодняшнего)\s+дня)\b".to_string(),
            Rule::Today,
        ),
        // `Вдень ворог атакував`, `утром`, `ранкового обстрілу`: a part of
        // a day alone is the day of writing's. One a date, a weekday or
        // another day's word names (`5 травня вранці`, `утром 5 мая`,
        // `в пятницу утром`, `вчера днем`) is dated by those; `днем` after
        // `с` or `з` (`с Днем Победы`, `з кожним днем`) and `вдень і
        // вночі` (around the clock) are no time. An evening alone says
        // nothing: the evening before a morning's paper is the night the
        // paper would name anyway.
        (
            format!(
                r"\b(?:{parts}|(?:ранков|утренн)[а-яёіїєґ]*\s+(?:{adjective}\s+)?(?:атак|удар|обстр|напад)[а-яёіїєґ]*)\b(?P<post>,?\s+(?:[0-9]{{1,2}}\s+{month}|(?:в|у|во)\s+{weekday_day}|(?:і|и|та)\s+(?:вночі|уночі|ночью)))?",
                parts = DAY_PARTS.join("|")
            ),
            Rule::DayPart,
        ),
        (r"\b(?:позавчора|позавчера)\b".to_string(), Rule::DayBeforeYesterday),
        // `Накануне`, `напередодні`, `днем ранее`: the day before the
        // day of writing, as news uses them, and what was yesterday's
        // (`вчерашний удар`); so is the past day (`за
        // минулу добу`, `за прошедшие сутки`). A bare `за сутки` may be
        // the day so far, and dates nothing.
        (
            r"\b(?:вчора|учора|вчера|(?:вчорашн|учорашн|вчерашн)[а-яёіїєґ]*|накануне|напередодні|дн[её]м\s+ранее|минулої\s+доби|минулу\s+добу|(?:минувшие|прошедшие)\s+сутки)\b"
                .to_string(),
            Rule::Yesterday,
        ),
        // `о 3:40 21 вересня`, `28 апреля около 04:00`, `под утро 5 мая`:
        // the small hours of a day are the night before it.
        (
            format!(
                r"\b(?:{at}\s+{small}|{dawn})\s+(?:\(?мск\)?\s+|(?:за\s+)?(?:київським|киевским|московским|местным|місцевим)\s+(?:часом|временем)\s+)?(?P<d>[0-9]{{1,2}})\s+(?P<m>{month})(?:\s+(?P<y>(?:19|20)[0-9]{{2}}))?"
            ),
            Rule::SmallHours,
        ),
        (
            format!(
                r"(?-u:\b)(?P<d>[0-9]{{1,2}})\s+(?P<m>{month})(?:\s+(?P<y>(?:19|20)[0-9]{{2}})\s+(?:року|года|р\.|г\.))?,?\s+(?:(?:рано\s+)?(?:вранці|утром|ночью|вночі),?\s+)?{at}\s+{small}"
            ),
            Rule::SmallHours,
        ),
        (
            format!(r"(?-u:\b)(?P<d>[0-9]{{1,2}})\s+(?P<m>{month})(?:\s+(?P<y>(?:19|20)[0-9]{{2}}))?"),
            Rule::MonthDay,
        ),
        (
            format!(
                r"\b(?:с|со|з|із|зі|від|от)\s+(?P<h1>[0-9]{{1,2}})[.:][0-9]{{2}}\s+(?:\(?мск\)?\s+)?(?P<d>[0-9]{{1,2}})\s+(?P<m>{month})(?:\s+(?P<y>(?:19|20)[0-9]{{2}}))?(?:\s+{this_year})?\s+до\s+(?P<h2>[0-9]{{1,2}})[.:][0-9]{{2}}\s+(?:\(?мск\)?\s+)?(?P<d2>[0-9]{{1,2}})\s+(?P<m2>{month})"
            ),
            Rule::HoursOfDates,
        ),
        (
            format!(
                r"\b(?:с|со|з|із|зі|від|от)\s+(?P<h1>[0-9]{{1,2}})[.:][0-9]{{2}}\s+(?:\(?мск\)?\s+)?(?:(?P<wd>{genitive})|(?P<d>[0-9]{{1,2}})\s+(?P<m>{month}))"
            ),
            Rule::HoursFrom,
        ),
        // A date inside the span (`с 23:00 30 ноября до 7:00 1 декабря`)
        // is read by the rules of dates instead.
        (
            r"\b(?:с|со|з|із|зі|від|от)\s+(?P<h1>[0-9]{1,2})[.:][0-9]{2}\s+(?:мск\s+|\(мск\)\s+)?до\s+(?P<h2>[0-9]{1,2})[.:][0-9]{2}(?:\s+(?:мск|\(мск\)))?"
                .to_string(),
            Rule::Hours,
        ),
        // `о 10:30`, and `сегодня в 4 часа утра`, `близько третьої години
        // ночі`: a small hour with no date, the night before the day of
        // writing.
        (
            format!(
                r"\b(?:{at}|між|между)\s+(?:(?P<h1>[0-9]{{1,2}})[.:][0-5][0-9](?-u:\b)|{small_words})"
            ),
            Rule::Clock,
        ),
    ]
    .into_iter()
    .map(|(src, rule)| {
        // Read over the text in lower case.
        let pattern = Pattern::new(&src)
            .unwrap_or_else(|e| panic!("time pattern {rule:?} must compile: {e}"));
        (pattern, rule)
    })
    .collect()
});

/// Every Ukrainian or Russian time phrase of `text` from byte `from`, in
/// no particular order and possibly overlapping: the caller keeps the
/// longest of each overlap. `lower`, when given, is `text` lower-cased
/// as [`crate::model::cyrillic_lowered`] and ASCII lower-casing do it.
pub fn read(published: NaiveDate, text: &str, lower: Option<&str>, from: usize) -> Vec<When> {
    let owned;
    let lower = match lower {
        Some(lower) => lower,
        None => {
            owned = crate::model::cyrillic_lowered(text.to_ascii_lowercase());
            &owned
        }
    };
    debug_assert_eq!(lower.len(), text.len(), "a lower-cased copy, byte for byte");
    let mut found = Vec::new();
    let gates = Gates::of(&lower[from..]);
    let mut hours = None;
    for (pattern, rule) in RULES.iter() {
        let open = match rule.gate() {
            Gate::Words => gates.words,
            Gate::Weekdays => gates.weekdays,
            Gate::Months => gates.months,
            Gate::Hours => *hours.get_or_insert_with(|| HOURS_WORDS.is_match(&lower[from..])),
            Gate::HoursOrWords => {
                gates.words || *hours.get_or_insert_with(|| HOURS_WORDS.is_match(&lower[from..]))
            }
            Gate::WeekdaysOrMonths => gates.weekdays || gates.months,
        };
        if !open {
            continue;
        }
        let mut caps = pattern.strict.create_captures();
        let mut at = from;
        while let Some(m) = pattern.next(lower, at, &mut caps) {
            let found_here = Found {
                text: lower,
                caps: &caps,
            };
            if let Some(w) = interpret(*rule, &found_here, published) {
                found.push(w);
            }
            if m.end <= at {
                break;
            }
            at = m.end;
        }
    }
    found
}

/// A rule's pattern twice over. Unicode word boundaries (`\b`) keep the
/// regex crate's fast engines off Cyrillic text, so the pattern with them
/// left out, which matches wherever the whole one does and more, finds
/// where a phrase may start; the whole pattern is tried there alone.
struct Pattern {
    strict: meta::Regex,
    loose: Regex,
}

impl Pattern {
    fn new(source: &str) -> Result<Self, String> {
        let strict = meta::Regex::new(source).map_err(|e| e.to_string())?;
        let loose = Regex::new(&source.replace(r"\b", "")).map_err(|e| e.to_string())?;
        Ok(Pattern { strict, loose })
    }

    /// The leftmost match at or after byte `at`, its groups in `caps`: the
    /// same match as a search of the whole pattern from `at` finds.
    fn next(&self, text: &str, mut at: usize, caps: &mut Captures) -> Option<Range<usize>> {
        while let Some(m) = self.loose.find_at(text, at) {
            let input = Input::new(text).range(m.start()..).anchored(Anchored::Yes);
            self.strict.search_captures(&input, caps);
            if let Some(whole) = caps.get_match() {
                return Some(whole.range());
            }
            at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }
}

/// A match's groups, by name, as text.
struct Found<'a> {
    text: &'a str,
    caps: &'a Captures,
}

impl<'a> Found<'a> {
    fn name(&self, group: &str) -> Option<&'a str> {
        let span = self.caps.get_group_by_name(group)?;
        Some(&self.text[span.range()])
    }

    /// The day the groups `day` and `month` name, in the year of the group
    /// `y` if there is one, else the one nearest the day of writing.
    fn day(&self, published: NaiveDate, day: &str, month_of: &str) -> Option<NaiveDate> {
        let d: u32 = self.name(day)?.parse().ok()?;
        let m = month(self.name(month_of)?)?;
        let year = self.name("y").and_then(|y| y.parse().ok());
        super::phrases::month_day(published, m, d, year)
    }
}

/// Whether the word before a part of a day names its day (`5 травня
/// вранці`, `в пятницу утром`, `вчера днем`), or makes `днем` no time
/// (`с Днем Победы`, `з кожним днем`): read from the text before it, in
/// lower case, past a comma or a dash.
fn named_before(before: &str) -> bool {
    let before =
        before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'));
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | 'ʼ')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    month(word).is_some()
        || weekday(word).is_some()
        || [
            "вчора",
            "учора",
            "вчера",
            "накануне",
            "напередодні",
            "с",
            "со",
            "з",
            "із",
            "зі",
            "каждым",
            "кожним",
            "же",
            "этим",
            "цим",
            "следующим",
            "наступним",
            "последним",
            "останнім",
        ]
        .contains(&word)
}

/// The day and month of a date (`4 января`) that ends the text `before`
/// hours, past a comma, or starts the text `after` them, and whether it
/// is the morning they run to: after them, or led by a night's
/// preposition.
fn day_beside(before: &str, after: &str) -> Option<(u32, u32, bool)> {
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    // `в ночь на 5 января с 23:00 до 7:00`: a date a night's preposition
    // leads is the morning the night ends on, as a date after the hours is.
    let named = before
        .rsplit_once(char::is_whitespace)
        .and_then(|(head, name)| {
            let mut words = head.split_whitespace().rev();
            let day = words.next()?;
            let led = words.next().is_some_and(|w| matches!(w, "на" | "проти"));
            day_of_month(day, name).map(|(d, m)| (d, m, led))
        });
    if named.is_some() {
        return named;
    }
    date_next(&mut after.split_whitespace()).map(|(d, m)| (d, m, true))
}

/// The day the text `after` hours from a day runs on to, where it names
/// an hour of a date or a weekday (`до 18:00 5 июля`, `до 18:00
/// воскресенья`).
fn hours_until(after: &str, published: NaiveDate) -> Option<(NaiveDate, u32)> {
    let mut words = after.split_whitespace();
    if words.next() != Some("до") {
        return None;
    }
    let (hour, minutes) = words.next()?.split_once([':', '.'])?;
    let hour = hour.parse().ok().filter(|_| minutes.len() >= 2)?;
    let day = match date_next(&mut words.clone()) {
        Some((d, m)) => super::phrases::month_day(published, m, d, None)?,
        None => {
            let name = words.find(|w| !matches!(*w, "мск" | "(мск)"))?;
            let wd = weekday(name.trim_end_matches([',', '.']))?;
            super::phrases::weekday_date(published, wd, None)?
        }
    };
    Some((day, hour))
}

/// What hours from one day's hour to another's are: the night of the
/// first when they run over midnight to the next morning, the first's
/// day when both are of it, else no one night or day.
fn hours_between(
    (first, from): (NaiveDate, u32),
    (last, to): (NaiveDate, u32),
) -> Option<(NaiveDate, Span)> {
    if from > to && super::phrases::back(last, 1)? == first {
        Some((first, Span::Night))
    } else if first == last {
        Some((first, Span::Day))
    } else {
        None
    }
}

/// The day and month of the date the next words name (`5 июля`), past
/// the time zone an hour may leave before it (`мск 5 июля`).
fn date_next<'a>(words: &mut impl Iterator<Item = &'a str>) -> Option<(u32, u32)> {
    let day = match words.next()? {
        "мск" | "(мск)" => words.next()?,
        day => day,
    };
    day_of_month(day, words.next()?)
}

/// The day and month of a day's digits and a month's name (`5`, `июля,`).
fn day_of_month(day: &str, name: &str) -> Option<(u32, u32)> {
    let d = day
        .parse()
        .ok()
        .filter(|_| day.bytes().all(|b| b.is_ascii_digit()))?;
    Some((d, month(name.trim_end_matches([',', '.']))?))
}

/// What hours from `from` o'clock on `day` are: the night before it when
/// they start in its small hours or run `over` midnight to it as its
/// `morning`; its night when they run over midnight from it or start in
/// its evening; else its day.
fn hours_on(day: NaiveDate, from: u32, over: bool, morning: bool) -> Option<(NaiveDate, Span)> {
    Some(if from < DAWN || over && morning {
        (super::phrases::back(day, 1)?, Span::Night)
    } else if over || from >= DUSK {
        (day, Span::Night)
    } else {
        (day, Span::Day)
    })
}

/// The month of `word`, in lower case as the rules read it.
fn month(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == word).map(|(_, n)| *n)
}

/// The weekday of `word`, in lower case, with any apostrophe.
fn weekday(word: &str) -> Option<Weekday> {
    let word = word.replace(['’', 'ʼ'], "'");
    WEEKDAYS
        .iter()
        .chain(WEEKDAYS_GENITIVE)
        .find(|(w, _)| *w == word)
        .map(|(_, d)| *d)
}

/// The names of `days` as one alternation of a pattern, an apostrophe
/// written any way.
fn weekday_names(days: &[(&str, Weekday)]) -> String {
    days.iter()
        .map(|(name, _)| name.replace('\'', "['’ʼ]"))
        .collect::<Vec<_>>()
        .join("|")
}

fn interpret(rule: Rule, c: &Found<'_>, published: NaiveDate) -> Option<When> {
    let whole = c.caps.get_match()?;
    let (date, span, relative) = match rule {
        Rule::SmallHours => {
            let day = c.day(published, "d", "m")?;
            (super::phrases::back(day, 1)?, Span::Night, false)
        }
        Rule::NightOnDate | Rule::MonthDay => {
            if c.name("pair").is_some() {
                return None;
            }
            let day = c.day(published, "d", "m")?;
            match rule {
                Rule::NightOnDate => (super::phrases::back(day, 1)?, Span::Night, false),
                _ => (day, Span::Day, false),
            }
        }
        Rule::DayPair => {
            let d: u32 = c.name("d")?.parse().ok()?;
            let m2 = month(c.name("m")?)?;
            let morning = c.day(published, "d2", "m")?;
            let night = super::phrases::back(morning, 1)?;
            // Only a day and the next: `10–15 січня` is a span of days.
            let m1 = match c.name("m1") {
                Some(m) => month(m)?,
                None => m2,
            };
            if night.day() != d || night.month() != m1 {
                return None;
            }
            (night, Span::Night, false)
        }
        Rule::NightOnWeekday => {
            let wd = weekday(c.name("wd")?)?;
            let morning = super::phrases::weekday_date(published, wd, None)?;
            (super::phrases::back(morning, 1)?, Span::Night, false)
        }
        Rule::WeekdayDay => {
            let wd = weekday(c.name("wd")?)?;
            (
                super::phrases::weekday_date(published, wd, None)?,
                Span::Day,
                false,
            )
        }
        Rule::Hours => {
            let from: u32 = c.name("h1")?.parse().ok()?;
            let to: u32 = c.name("h2")?.parse().ok()?;
            if from > 24 || to > 24 || from == to {
                return None;
            }
            // `4 января с 20:00 до 23:00`, `с 23:30 до 7:00 1 декабря`:
            // the hours of a day named beside them, a day that ends a span
            // past midnight being its morning's.
            let beside = day_beside(&c.text[..whole.start()], &c.text[whole.end()..]);
            let (day, after) = match beside {
                Some((d, m, after)) => (super::phrases::month_day(published, m, d, None)?, after),
                None => (published, true),
            };
            // `з 00:00 до 07:00`: the small hours are the night before.
            let (date, span) = hours_on(day, from, from > to, after)?;
            (date, span, beside.is_none())
        }
        Rule::Clock => {
            // `у 03.05.2024` is a date, not an hour.
            let rest = &c.text.as_bytes()[whole.end()..];
            if rest.len() > 1 && matches!(rest[0], b'.' | b':') && rest[1].is_ascii_digit() {
                return None;
            }
            // A small hour in words names no digits.
            let hour: u32 = c.name("h1").map_or(Some(0), |h| h.parse().ok())?;
            match hour {
                h if h < DAWN => (super::phrases::back(published, 1)?, Span::Night, true),
                h if h < DUSK => (published, Span::Day, true),
                _ => return None,
            }
        }
        Rule::HoursFrom => {
            let from: u32 = c.name("h1")?.parse().ok()?;
            if from > 24 {
                return None;
            }
            let day = match c.name("wd") {
                Some(wd) => super::phrases::weekday_date(published, weekday(wd)?, None)?,
                None => c.day(published, "d", "m")?,
            };
            // `с 20:00 пятницы до 7:00 субботы` is a night; `с 18:00 1 июля
            // до 18:00 5 июля` and `с 8:00 пятницы до 18:00 воскресенья`
            // span days, and are no one night or day.
            let (date, span) = match hours_until(&c.text[whole.end()..], published) {
                Some(until) => hours_between((day, from), until)?,
                None => hours_on(day, from, false, false)?,
            };
            (date, span, false)
        }
        Rule::HoursOfDates => {
            let from: u32 = c.name("h1")?.parse().ok()?;
            let to: u32 = c.name("h2")?.parse().ok()?;
            if from > 24 || to > 24 {
                return None;
            }
            let first = c.day(published, "d", "m")?;
            let last = c.day(published, "d2", "m2")?;
            let (date, span) = hours_between((first, from), (last, to))?;
            (date, span, false)
        }
        Rule::PlainNight => (super::phrases::back(published, 1)?, Span::Night, true),
        Rule::Today => (published, Span::Day, true),
        Rule::DayPart => {
            if c.name("post").is_some() || named_before(&c.text[..whole.start()]) {
                return None;
            }
            (published, Span::Day, true)
        }
        Rule::Yesterday => (super::phrases::back(published, 1)?, Span::Day, true),
        Rule::DayBeforeYesterday => (super::phrases::back(published, 2)?, Span::Day, true),
    };
    Some(When {
        date,
        span,
        start: whole.start(),
        end: whole.end(),
        relative,
        hour: matches!(rule, Rule::Clock),
        part: matches!(rule, Rule::DayPart),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn first(text: &str) -> (String, Span) {
        let published = date("2025-07-09");
        let mut found = read(published, text, None, 0);
        found.sort_by_key(|w| (std::cmp::Reverse(w.end - w.start), w.start));
        let w = found.first().expect("a phrase");
        (w.date.to_string(), w.span)
    }

    /// The phrase that starts where `from` first does in `text`, if any.
    fn starting(text: &str, from: &str) -> Option<(String, Span)> {
        let at = text.find(from)?;
        let found = read(date("2025-07-09"), text, None, 0);
        found
            .iter()
            .find(|w| w.start == at)
            .map(|w| (w.date.to_string(), w.span))
    }

    /// The phrase that starts at the first `с ` or `з ` of `text`: its
    /// hours.
    fn hours(text: &str) -> Option<(String, Span)> {
        starting(text, "с ").or_else(|| starting(text, "з "))
    }

    #[test]
    fn hours_beside_a_date_are_that_dates() {
        for (text, want) in [
            ("4 июля с 20:00 до 23:00 сбиты", ("2025-07-04", Span::Night)),
            ("6 липня, з 11:00 до 14:00 збито", ("2025-07-06", Span::Day)),
            // Past midnight to a date: the night before that morning.
            (
                "сбиты с 23:30 до 7:00 мск 8 июля",
                ("2025-07-07", Span::Night),
            ),
            // A date a night's preposition leads is that night's morning.
            (
                "в ночь на 8 июля с 23:00 до 7:00 сбиты",
                ("2025-07-07", Span::Night),
            ),
        ] {
            assert_eq!(hours(text), Some((want.0.into(), want.1)), "{text}");
        }
    }

    #[test]
    fn hours_from_a_named_day_on_are_that_day_or_its_night() {
        // 9 July 2025 is a Wednesday.
        for (text, want) in [
            (
                "с 21:00 понедельника до 7:00 вторника сбиты",
                ("2025-07-07", Span::Night),
            ),
            (
                "з 18:00 7 липня росіяни атакували",
                ("2025-07-07", Span::Night),
            ),
            ("с 8:00 вторника сбиты", ("2025-07-08", Span::Day)),
        ] {
            assert_eq!(hours(text), Some((want.0.into(), want.1)), "{text}");
        }
        // A span of days is no night.
        assert_eq!(hours("с 18:00 1 июля до 18:00 5 июля сбиты"), None);
    }

    #[test]
    fn hours_over_two_named_days_are_the_night_between() {
        assert_eq!(
            first("с 23:00 мск 2 июля до 07:00 мск 3 июля перехвачены"),
            ("2025-07-02".into(), Span::Night)
        );
        assert_eq!(
            first("з 18:00 7 липня до 08:00 8 липня збито"),
            ("2025-07-07".into(), Span::Night)
        );
        assert_eq!(
            first("с 23.00 мск 2 июля т.г. до 7.00 мск 3 июля т.г. перехвачены"),
            ("2025-07-02".into(), Span::Night)
        );
        assert_eq!(
            first("с 8:00 3 июля до 14:00 3 июля"),
            ("2025-07-03".into(), Span::Day)
        );
    }

    #[test]
    fn nights_named_by_the_morning_they_end() {
        assert_eq!(
            first("У ніч на 9 липня противник атакував"),
            ("2025-07-08".into(), Span::Night)
        );
        assert_eq!(
            first("в ночь с 8 на 9 июля"),
            ("2025-07-08".into(), Span::Night)
        );
        assert_eq!(
            first("В ночь на воскресенье"),
            ("2025-07-05".into(), Span::Night)
        );
        assert_eq!(
            first("в ночь на воскресенье, 6 июля"),
            ("2025-07-05".into(), Span::Night)
        );
        assert_eq!(
            first("вечора та ночі на 1 липня"),
            ("2025-06-30".into(), Span::Night)
        );
        assert_eq!(
            first("у ніч проти 8 липня"),
            ("2025-07-07".into(), Span::Night)
        );
        assert_eq!(first("минулої ночі"), ("2025-07-08".into(), Span::Night));
        assert_eq!(first("за цю ніч"), ("2025-07-08".into(), Span::Night));
        assert_eq!(first("за эту ночь"), ("2025-07-08".into(), Span::Night));
        assert_eq!(
            first("Уночі проти 8 липня"),
            ("2025-07-07".into(), Span::Night)
        );
        assert_eq!(
            first("Ніч на 23 червня: збито 40 дронів"),
            ("2025-06-22".into(), Span::Night)
        );
        // `проти` takes the weekday in the genitive.
        assert_eq!(
            first("у ніч проти п’ятниці"),
            ("2025-07-03".into(), Span::Night)
        );
        assert_eq!(
            first("в ніч проти четверга, 3 липня"),
            ("2025-07-02".into(), Span::Night)
        );
        // The night and its morning parted by a comma are one phrase, so
        // the morning's date is not read as a day of its own.
        assert_eq!(
            first("Минулої ночі, проти 8 липня, ворог"),
            ("2025-07-07".into(), Span::Night)
        );
    }

    #[test]
    fn a_night_named_by_a_date_alone_ended_on_it() {
        assert_eq!(
            first("ночью 27 июня перехвачены"),
            ("2025-06-26".into(), Span::Night)
        );
        assert_eq!(
            first("У ніч 22 червня ворог атакував"),
            ("2025-06-21".into(), Span::Night)
        );
        assert_eq!(
            first("Нічна атака 24 червня: ППО"),
            ("2025-06-23".into(), Span::Night)
        );
        assert_eq!(
            first("Этой ночью — на 20 июня — защитники"),
            ("2025-06-19".into(), Span::Night)
        );
        // A date alone is its day.
        assert_eq!(
            first("27 июня перехвачены"),
            ("2025-06-27".into(), Span::Day)
        );
    }

    #[test]
    fn two_days_in_a_row_are_the_night_between() {
        assert_eq!(
            first("Нічна атака 6–7 лютого"),
            ("2025-02-06".into(), Span::Night)
        );
        assert_eq!(
            first("в ночь 31 января – 1 февраля"),
            ("2025-01-31".into(), Span::Night)
        );
        assert_eq!(
            first("удары 6-7 июля 2024 года"),
            ("2024-07-06".into(), Span::Night)
        );
        // More days than two are days.
        assert_eq!(first("з 1–5 липня"), ("2025-07-05".into(), Span::Day));
        assert_eq!(first("прошедшей ночью"), ("2025-07-08".into(), Span::Night));
        // The small hours and the dawn of a day are the night before it.
        assert_eq!(
            first("під ранок 1 травня"),
            ("2025-04-30".into(), Span::Night)
        );
        assert_eq!(
            first("около 04:00 2 июля"),
            ("2025-07-01".into(), Span::Night)
        );
        assert_eq!(first("2 июля в 3.40"), ("2025-07-01".into(), Span::Night));
        assert_eq!(first("2 июля в 13.40"), ("2025-07-02".into(), Span::Day));
        assert_eq!(first("на світанку"), ("2025-07-08".into(), Span::Night));
        // Tonight, said in the morning, is the night that just ended.
        assert_eq!(first("Сегодня ночью"), ("2025-07-08".into(), Span::Night));
        assert_eq!(first("сьогодні вночі"), ("2025-07-08".into(), Span::Night));
    }

    #[test]
    fn a_part_of_a_day_alone_is_the_day_of_writing_and_weak() {
        let parts = |text: &str| -> Vec<String> {
            read(date("2025-07-09"), text, None, 0)
                .into_iter()
                .filter(|w| w.part)
                .map(|w| w.date.to_string())
                .collect()
        };
        assert_eq!(parts("Удень окупанти вдарили ракетою"), ["2025-07-09"]);
        assert_eq!(parts("Утром ВСУ атаковали Белгород"), ["2025-07-09"]);
        assert_eq!(parts("після ранкового масованого обстрілу"), ["2025-07-09"]);
        // A count after it is what befell that day.
        assert_eq!(
            parts("Утром 12 дронов сбили над Белгородом"),
            ["2025-07-09"]
        );
        // Another word names the day.
        for text in [
            "5 травня вранці",
            "вчера днем",
            "в пятницу утром",
            "утром 5 мая",
            "вранці у неділю",
        ] {
            assert!(parts(text).is_empty(), "{text}");
        }
        // Not a time of day.
        for text in [
            "поздравил с Днем Победы",
            "с каждым днем",
            "з кожним днем",
            "вдень і вночі",
            "ранкова кава",
        ] {
            assert!(parts(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn days() {
        assert_eq!(first("вчера вечером"), ("2025-07-08".into(), Span::Day));
        assert_eq!(first("сьогодні вранці"), ("2025-07-09".into(), Span::Day));
        assert_eq!(first("атака 7 июля"), ("2025-07-07".into(), Span::Day));
        // A weekday is the last one passed, or today (a Wednesday).
        assert_eq!(first("У суботу"), ("2025-07-05".into(), Span::Day));
        assert_eq!(first("в воскресенье"), ("2025-07-06".into(), Span::Day));
        assert_eq!(first("во вторник"), ("2025-07-08".into(), Span::Day));
        assert_eq!(first("в среду днем"), ("2025-07-09".into(), Span::Day));
        assert!(read(date("2025-07-09"), "у середу громади", None, 0).len() == 1);
        assert!(read(date("2025-07-09"), "7 дронів збито", None, 0).is_empty());
        // The past day is the day before; a bare `за сутки` names none.
        assert_eq!(first("за минулу добу"), ("2025-07-08".into(), Span::Day));
        assert_eq!(
            first("впродовж минулої доби"),
            ("2025-07-08".into(), Span::Day)
        );
        assert_eq!(
            first("за прошедшие сутки"),
            ("2025-07-08".into(), Span::Day)
        );
        assert!(
            read(
                date("2025-07-09"),
                "за сутки есть еще один раненый",
                None,
                0
            )
            .is_empty()
        );
    }

    #[test]
    fn a_lowered_copy_given_reads_as_one_made_here() {
        let published = date("2025-07-09");
        for text in [
            "У НІЧ НА 9 ЛИПНЯ збито 12 дронів",
            "В ночь на Воскресенье, 6 июля, сбиты 40 БПЛА",
            "Вчера с 20.00 до 23.00 МСК уничтожены 7 беспилотников",
            "У П’ЯТНИЦЮ та 6–7 ЛЮТОГО",
            "Этой ночью — на 20 февраля — Днём ранее",
        ] {
            let lower = crate::model::cyrillic_lowered(text.to_ascii_lowercase());
            let given = read(published, text, Some(&lower), 0);
            assert!(!given.is_empty(), "{text}");
            assert_eq!(given, read(published, text, None, 0), "{text}");
        }
    }

    #[test]
    fn each_gate_opens_on_its_words_alone() {
        let gates = Gates::of("збито 12 дронів над областю");
        assert!(!gates.words && !gates.weekdays && !gates.months);
        assert!(Gates::of("минулої ночі").words);
        assert!(Gates::of("у п'ятницю").weekdays);
        assert!(Gates::of("9 липня").months);
    }
}
