//! Numbers that can be figures: digits, number words, scales and hedges, with
//! ages, durations, dates, times, money and model names set aside.

use super::lexicon::{LEXICON, NotFigure, NumWord, Side2, class};
use super::text::{Kind, Token, visible};
use crate::model::Qualifier;

/// A number in a sentence that may be a figure.
#[derive(Debug, Clone)]
pub struct Number {
    pub value: u64,
    /// Token range of the number itself (`a dozen`, `1.5 million`).
    pub first: usize,
    pub last: usize,
    pub qualifier: Qualifier,
    /// First token of the hedge before the number, or `first`.
    pub hedge: usize,
    /// Token just after the number and any hedge after it (`or more`).
    pub after: usize,
    /// The bare word `one`, which only counts when a noun follows.
    pub is_one: bool,
}

/// Every number in `tokens[range]` that is not plainly something else.
/// `vague` says whether a vague quantity (`dozens of`) may start among
/// them at all, as the sentence's table bits tell.
pub fn find(
    tokens: &[Token<'_>],
    range: std::ops::Range<usize>,
    text: &str,
    vague: bool,
) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = range.start;
    let end = range.end;
    let mut rejected_end: Option<usize> = None;
    while i < end {
        // `тисячі людей` is vague; `понад тисячі`, a hedge and one scale
        // word, is a thousand.
        if vague
            && let Some((j, _)) = LEXICON.vague.match_at(tokens, i, end)
            && !(j == i + 1
                && LEXICON
                    .numbers
                    .match_at(tokens, i, j)
                    .is_some_and(|(_, w)| w.scale().is_some())
                && hedge_before(tokens, range.start, i).is_some())
        {
            i = j;
            continue;
        }
        let parsed = match tokens[i].kind {
            Kind::Num => digits(tokens, i, end, text),
            Kind::Word => words(tokens, range.start, i, end),
            _ => None,
        };
        let Some((value, last)) = parsed else {
            i += 1;
            continue;
        };
        let last = case_ending(tokens, last, end);
        let mut n = Number {
            value,
            first: i,
            last,
            qualifier: Qualifier::Exact,
            hedge: i,
            after: last,
            // `one`, `один`: a number word of one.
            is_one: last == i + 1 && value == 1 && tokens[i].kind == Kind::Word,
        };
        i = last;
        // `every one of the 21 Shaheds`: the count is the 21.
        if n.is_one
            && n.first > range.start
            && matches!(tokens[n.first - 1].key, "every" | "each")
            && tokens.get(n.last).is_some_and(|t| t.is("of"))
        {
            continue;
        }
        // `aged 7 and 15`: a number listed with one that is not a figure
        // is of the same kind.
        // A date or a year before a comma ends a phrase of time (`between
        // December 2024 and May 2025, 986 civilians`, `As of 9:30 on April
        // 16, 57 drones`): no list of its kind.
        // `aged 22, 26, and 54`: a comma before the joint too.
        let oxford = |r: usize| {
            r + 2 == n.first && tokens[r].is_punct(',') && matches!(tokens[r + 1].key, "and" | "or")
        };
        let listed_with_rejected = rejected_end.is_some_and(|r| {
            oxford(r)
                || r + 1 == n.first
                    && match tokens[n.first - 1].key {
                        "and" | "or" | "to" => true,
                        // `aged 23–45`: a range glued by a dash.
                        "-" | "–" => {
                            !tokens[n.first - 1].space_before && !tokens[n.first].space_before
                        }
                        "," => {
                            let date = year(&tokens[r - 1])
                                || r >= 2 && LEXICON.is(&tokens[r - 2], class::MONTH);
                            !date
                        }
                        _ => false,
                    }
        });
        // `чоловіки 54 і 68 років`, `жінки 62, 83 і 84 років`, `aged 7
        // and 15`: a number listed with one that is not a figure is of its
        // kind, whichever comes first.
        // `хлопчики 12-ти, 13-ти та 15-ти років`: each with its case ending.
        let unit = past_listed(tokens, n.last, end);
        let listed_with_unit = unit > n.last
            && unit < end
            && tokens[n.first].kind == Kind::Num
            && matches!(
                LEXICON.not_figures.match_at(tokens, unit, end),
                Some((_, (NotFigure::Age | NotFigure::Duration, Side2::After)))
            );
        if value == 0
            || listed_with_rejected
            || listed_with_unit
            || !is_figure(tokens, &n, range.start, end)
        {
            // A model's number (`KN-23, five Kh-101s`) says nothing of
            // the kind of the numbers listed after it.
            // Nor do numbers a slash joins (`Shahed 136/131, 16 з яких`,
            // `04/07, 16 drones`), labels that no count lists with.
            let glued_after = |mark: char| {
                n.first >= range.start + 2
                    && !tokens[n.first].space_before
                    && tokens[n.first - 1].is_punct(mark)
                    && !tokens[n.first - 1].space_before
            };
            let model =
                glued_after('-') && tokens[n.first - 2].kind == Kind::Word || glued_after('/');
            rejected_end = (!model).then_some(n.last);
            continue;
        }
        hedge(tokens, &mut n, range.start, end);
        out.push(n);
    }
    out
}

/// The largest count read: past it a double, as JSON readers hold numbers,
/// is no longer exact.
const EXACT: u64 = 1 << 53;

/// Whether a token is a year: four digits from 1900 to 2100.
pub(super) fn year(t: &Token<'_>) -> bool {
    t.kind == Kind::Num
        && t.key.len() == 4
        && t.key
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// A digit token, with a separated group (`3 000`) or scale word after it.
fn digits(tokens: &[Token<'_>], i: usize, end: usize, text: &str) -> Option<(u64, usize)> {
    let raw = &*visible(tokens[i].key);
    let mut last = i + 1;
    let mut value: f64;
    let european = {
        let mut parts = raw.split('.');
        let head = parts.next().unwrap_or("");
        raw.contains('.')
            && !raw.contains(',')
            && (1..=3).contains(&head.len())
            && parts.all(|p| p.len() == 3)
    };
    // `12,5 тис.`: a decimal comma before a scale word.
    let decimal_comma = {
        let mut parts = raw.split(',');
        let (head, tail) = (parts.next().unwrap_or(""), parts.next());
        parts.next().is_none()
            && !head.is_empty()
            && tail.is_some_and(|t| (1..=2).contains(&t.len()))
            && next_is_scale(tokens, i + 1, end)
    };
    if decimal_comma {
        value = raw.replace(',', ".").parse().ok()?;
    } else if raw.contains(',') {
        // Thousands separators must come in groups of three.
        let mut parts = raw.split(',');
        let head = parts.next().unwrap_or("");
        if head.is_empty()
            || head.len() > 3
            || !parts.clone().all(|p| p.len() == 3 || p.contains('.'))
        {
            return None;
        }
        value = raw.replace(',', "").parse().ok()?;
    } else if european && !next_is_scale(tokens, i + 1, end) {
        value = raw.replace('.', "").parse().ok()?;
    } else {
        // Plain digits, most numbers, parse faster as an integer.
        value = match raw.parse::<u64>() {
            Ok(v) => v as f64,
            Err(_) => raw.parse().ok()?,
        };
        // `3 000`: a thin or plain space between groups of three.
        while raw.len() <= 3
            && !raw.contains('.')
            && last < end
            && tokens[last].kind == Kind::Num
            && tokens[last].key.len() == 3
            && tokens[last].key.bytes().all(|b| b.is_ascii_digit())
            && {
                let gap = &text[tokens[last - 1].end as usize..tokens[last].start as usize];
                !gap.is_empty() && gap.chars().count() == 1 && !matches!(gap, "\n" | "\r")
            }
        {
            value = value * 1000.0 + tokens[last].key.parse::<f64>().ok()?;
            last += 1;
        }
    }
    // Digits alone past a trillion are an id or a phone number, not a count.
    if value > 1e12 {
        return None;
    }
    if last < end {
        if let Some((j, s)) = LEXICON.numbers.match_at(tokens, last, end)
            && let Some(s) = s.scale()
        {
            value *= s as f64;
            last = j;
            // `12,5 тис. ракет`: an abbreviated scale keeps its dot.
            if last < end
                && tokens[last].is_punct('.')
                && !tokens[last].space_before
                && tokens[last - 1].key.chars().count() <= 4
            {
                last += 1;
            }
        } else if let Some((j, NumWord::Hundred)) = LEXICON.numbers.match_at(tokens, last, end) {
            value *= 100.0;
            last = j;
        }
    }
    if value.fract() != 0.0 || value > EXACT as f64 {
        return None;
    }
    Some((value as u64, last))
}

fn next_is_scale(tokens: &[Token<'_>], i: usize, end: usize) -> bool {
    i < end
        && matches!(
            LEXICON.numbers.match_at(tokens, i, end),
            Some((
                _,
                NumWord::Scale(_) | NumWord::OneScale(_) | NumWord::Hundred
            ))
        )
}

/// Number words: `Fourteen`, `twenty-five`, `one hundred and forty`,
/// `a dozen`, `two thousand`.
fn words(tokens: &[Token<'_>], start: usize, i: usize, end: usize) -> Option<(u64, usize)> {
    let word = |j: usize| -> Option<NumWord> {
        (j < end)
            .then(|| LEXICON.numbers.match_at(tokens, j, j + 1).map(|(_, w)| *w))
            .flatten()
    };
    match tokens[i].key {
        // `a dozen`, `a hundred`, `a thousand`; `half a dozen`.
        "a" | "an" => {
            return match word(i + 1)? {
                NumWord::Dozen => Some((12, i + 2)),
                NumWord::Hundred => Some((100, i + 2)),
                NumWord::Scale(s) | NumWord::OneScale(s) => Some((s, i + 2)),
                NumWord::Small(_) | NumWord::Half | NumWord::HalfOf => None,
            };
        }
        "half"
            if tokens.get(i + 1).is_some_and(|t| t.is("a"))
                && word(i + 2) == Some(NumWord::Dozen) =>
        {
            return Some((6, i + 3));
        }
        // `half a million`.
        "half" if tokens.get(i + 1).is_some_and(|t| t.is("a")) => {
            let s = word(i + 2)?.scale()?;
            return Some((s / 2, i + 3));
        }
        // Most words are not numbers, and their table bits say so at once.
        _ if !LEXICON.numbers.may_start(tokens[i].starts) => return None,
        // `півтори тисячі`: one and a half of a scale, and alone no count.
        _ if word(i) == Some(NumWord::Half) => {
            let s = word(i + 1)?.scale()?;
            return Some((s + s / 2, i + 2));
        }
        // `пів сотні дронів`: half of a scale, and alone no count.
        _ if word(i) == Some(NumWord::HalfOf) => {
            let s = word(i + 1)?.scale()?;
            return Some((s / 2, i + 2));
        }
        _ => {}
    }
    let mut total = 0u64;
    let mut current = 0u64;
    let mut j = i;
    let mut last = i;
    let mut any = false;
    while j < end {
        let Some(w) = word(j) else {
            // `hundred and forty`, `twenty-five`: a joiner only between parts.
            let joiner = tokens[j].is("and") && current.is_multiple_of(100) && current > 0
                || tokens[j].is_punct('-') && !tokens[j].space_before;
            if joiner && matches!(word(j + 1), Some(NumWord::Small(_))) && any {
                j += 1;
                continue;
            }
            break;
        };
        match w {
            NumWord::Small(v) => {
                let below_hundred = current % 100;
                let ok = current == 0
                    || below_hundred == 0
                    || (below_hundred >= 20 && below_hundred.is_multiple_of(10) && v < 10);
                if !ok || (any && current == 0 && total == 0) {
                    break;
                }
                current += v;
            }
            NumWord::Hundred => {
                if current == 0 && !any || current.is_multiple_of(100) && current > 0 {
                    break;
                }
                current *= 100;
            }
            NumWord::Scale(s) | NumWord::OneScale(s) => {
                // `тисяча` alone is a thousand, and so is `тысячи` after a
                // hedge (`свыше тысячи`); `thousand` alone is none.
                let alone = !any
                    && (matches!(w, NumWord::OneScale(_))
                        || j == i
                            && !tokens[i].key.is_ascii()
                            && hedge_before(tokens, start, i).is_some());
                if current == 0 && !alone {
                    break;
                }
                // A sentence of scale words must not wrap the count round.
                total = current
                    .max(1)
                    .checked_mul(s)
                    .and_then(|v| v.checked_add(total))
                    .unwrap_or(u64::MAX);
                current = 0;
            }
            NumWord::Half | NumWord::HalfOf => break,
            NumWord::Dozen => {
                if current == 0 || current >= 100 {
                    break;
                }
                current *= 12;
                j += 1;
                last = j;
                any = true;
                break;
            }
        }
        any = true;
        j += 1;
        last = j;
    }
    if !any {
        return None;
    }
    // A lone `dozen` without `a` is a count only after a hedge, as clipped
    // headlines write it (`about dozen missiles`).
    if j == i + 1 && word(i) == Some(NumWord::Dozen) {
        hedge_before(tokens, start, i)?;
    }
    // Past what can be counted, the whole run is passed over as the zero
    // no figure is, lest its tail be read as a count of its own.
    let value = total.saturating_add(current);
    let value = if value > EXACT { 0 } else { value };
    Some((value, last))
}

/// Whether `key` is a time of day with a dot: `09.00`, `23.30`.
fn clock(key: &str) -> bool {
    let Some((h, m)) = key.split_once('.') else {
        return false;
    };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    digits(h)
        && h.len() <= 2
        && m.len() == 2
        && digits(m)
        && h.parse::<u32>().is_ok_and(|h| h <= 24)
        && m.parse::<u32>().is_ok_and(|m| m <= 59)
}

/// The words of an age or a span of time whose number is at `k`, alone
/// or listed with others (`віком 37 і 68`, `37 і 68 років`, `aged 7 and
/// 15`, `сорока років`): a phrase of the noun before it, no count of its
/// own.
pub(super) fn age_or_time_at(
    tokens: &[Token<'_>],
    k: usize,
    start: usize,
    end: usize,
) -> Option<std::ops::Range<usize>> {
    if !LEXICON.is_number(&tokens[k]) {
        return None;
    }
    let mut first = k;
    while first >= start + 2 && listed_at(tokens, first - 1) && tokens[first - 2].kind == Kind::Num
    {
        first -= 2;
    }
    let last = past_listed(tokens, case_ending(tokens, k + 1, end), end);
    let unit = match LEXICON.not_figures.match_at(tokens, last, end) {
        Some((e, (NotFigure::Age | NotFigure::Duration | NotFigure::Time, Side2::After))) => {
            Some(e)
        }
        _ => None,
    };
    let from = first.saturating_sub(2).max(start);
    match LEXICON.not_figures.match_ending(tokens, from, first) {
        // `віком 37 і 68 років`: the word before, and the unit if any.
        Some((p, (NotFigure::Age, Side2::Before))) => Some(p..unit.unwrap_or(last)),
        _ => unit.map(|e| first..e),
    }
}

/// Whether token `j` lists the digits after it with those before: `37 і
/// 68`, `22, 26`, or a range glued by a dash, `23–45`.
fn listed_at(tokens: &[Token<'_>], j: usize) -> bool {
    let range = matches!(tokens[j].key, "-" | "–")
        && !tokens[j].space_before
        && tokens.get(j + 1).is_some_and(|t| !t.space_before);
    (LEXICON.joins(&tokens[j]) || tokens[j].is_punct(',') || range)
        && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Num)
}

/// Where the digits listed from token `last` on end, each with its case
/// ending (`хлопчики 12-ти, 13-ти та 15-ти років`): the token after the
/// last of them.
fn past_listed(tokens: &[Token<'_>], mut last: usize, end: usize) -> usize {
    while last + 1 < end && listed_at(tokens, last) {
        last = case_ending(tokens, last + 2, end);
    }
    last
}

/// Whether a number reads as a count rather than an age, a date, a time, a
/// sum of money, a measure, a label or a model name.
fn is_figure(tokens: &[Token<'_>], n: &Number, start: usize, end: usize) -> bool {
    let t = &tokens[n.first];
    let prev = (n.first > start).then(|| &tokens[n.first - 1]);
    let next = tokens.get(n.last).filter(|_| n.last < end);
    // Model names and ranges: `Kh-101`, `Su-34`, `0-800`, `10-15`, `4:30`, `04/07`;
    // not a tally (`102/127 ракет`).
    let whole = n.first >= start + 2 && tally(tokens, (start, n.first - 2), end);
    if n.last == n.first + 1 && (whole || tally(tokens, (start, n.first), end)) {
        return true;
    }
    if let Some(p) = prev {
        if !t.space_before && p.kind == Kind::Word {
            return false;
        }
        if !t.space_before
            && (p.is_punct('-')
                || p.is_punct('/')
                || p.is_punct(':')
                || p.is_punct('+')
                || p.is_punct('#'))
            && (n.first < start + 2 || !p.space_before)
        {
            return false;
        }
    }
    if let Some(x) = next {
        if !x.space_before
            && (x.is_punct(':') || x.is_punct('/'))
            && tokens
                .get(n.last + 1)
                .is_some_and(|y| y.kind == Kind::Num && !y.space_before)
        {
            return false;
        }
        if !x.space_before
            && x.is_punct('-')
            && tokens.get(n.last + 1).is_some_and(|y| {
                y.kind == Kind::Num || !y.space_before && LEXICON.is(y, class::ORDINAL)
            })
        {
            return false;
        }
    }
    if t.kind == Kind::Num {
        let digits = t.key.bytes().filter(u8::is_ascii_digit).count();
        if digits >= 8 && !t.key.contains(',') {
            return false;
        }
        // A time of day written with a dot, as Ukrainian and Russian
        // write it (`станом на 09.00`): no count is written so, nor a
        // decimal that no scale word follows.
        if n.last == n.first + 1 && clock(t.key) {
            return false;
        }
        // Years: `in 2024`, `2025` on its own.
        if year(t) && n.last == n.first + 1 {
            // `1982 загиблих`: a toll's word after it says it counts people.
            let counted = counted(tokens, n.last, end);
            let year_prep = prev.is_some_and(|p| LEXICON.is(p, class::YEAR_PREP | class::MONTH));
            if !counted || year_prep {
                return false;
            }
        }
        // Dates: `March 14`, `14 March`.
        // English months are capitalised (`may` is a verb too); others
        // are not, and name the day before them only (`4 января 11
        // беспилотников`: the 11 is a count).
        let month = |t: &Token<'_>| LEXICON.is(t, class::MONTH) && (t.upper || !t.key.is_ascii());
        let month_before = |t: &Token<'_>| month(t) && t.key.is_ascii();
        if n.value <= 31 && (prev.is_some_and(month_before) || next.is_some_and(month)) {
            return false;
        }
        // `Between 6 and 8 January`, `з 6 по 8 січня`, `6–8 January`: the
        // first day of a span the month closes.
        let closes = || {
            LEXICON
                .ranges
                .match_at(tokens, n.last, end)
                .is_some_and(|(e, open)| !open && e == n.last + 1)
                || listed_at(tokens, n.last)
        };
        let day = |d: &Token<'_>| {
            d.kind == Kind::Num && d.key.parse::<u32>().is_ok_and(|v| (1..=31).contains(&v))
        };
        if n.value <= 31
            && n.last + 2 < end
            && closes()
            && day(&tokens[n.last + 1])
            && month(&tokens[n.last + 2])
        {
            return false;
        }
    }
    // Ratios: `1 in 4 missiles got through`.
    if next.is_some_and(|x| x.is("in") || x.is("out"))
        && tokens
            .get(n.last + 1)
            .is_some_and(|y| y.kind == Kind::Num && n.last + 1 < end)
    {
        return false;
    }
    if n.first >= start + 2
        && tokens[n.first - 1].is("in")
        && tokens[n.first - 2].kind == Kind::Num
        && n.first - 2 >= start
    {
        let before = &tokens[n.first - 2];
        if before.key.len() <= 2 {
            return false;
        }
    }
    // Units after: `30-day`, `two -year -old`, `46%`, `5 km`, `4 a.m.`.
    let mut k = n.last;
    while k < end && tokens[k].is_punct('-') {
        k += 1;
    }
    if let Some((_, (_, Side2::After))) = LEXICON.not_figures.match_at(tokens, k, end) {
        return false;
    }
    // Units before: `$2 billion`, `aged 7`, `No. 5`.
    let from = n.first.saturating_sub(2).max(start);
    if let Some((_, (kind, Side2::Before))) =
        LEXICON.not_figures.match_ending(tokens, from, n.first)
        && *kind != NotFigure::Address
    {
        return false;
    }
    // `на вулиці Стуса, 8`, `улица Ленина 5`: a house's number after a
    // street's name, unless what it counts follows (`на улице Ленина 5
    // человек получили ранения`).
    let mut k = n.first;
    if k > start && tokens[k - 1].is_punct(',') {
        k -= 1;
    }
    let named = (k.saturating_sub(3).max(start)..k)
        .rev()
        .take_while(|&j| tokens[j].upper)
        .count();
    // `вул. Стуса, 8`: past the stop of a short form.
    let mut street = k - named;
    if street > start + 1 && tokens[street - 1].is_punct('.') {
        street -= 1;
    }
    let address = named > 0
        && street > start
        && matches!(
            LEXICON.not_figures.match_at(tokens, street - 1, street),
            Some((_, (NotFigure::Address, _)))
        );
    !address || counted(tokens, n.last, end)
}

/// Whether digits at token `k` open a tally, a part over its whole
/// (`Збито 102/127 ракет`, `30/31 drones`), not a date (`04/07`) or a
/// model (`Shahed 136/131`) or a share (`2/3`): the part no more than
/// the whole, the whole ten or more, no mark but a comma glued after, and
/// what both count named right after, or past one word.
pub(super) fn tally(tokens: &[Token<'_>], (start, k): (usize, usize), end: usize) -> bool {
    let glued = |j: usize| j < end && !tokens[j].space_before;
    let count = |j: usize| {
        (j < end && tokens[j].kind == Kind::Num && !tokens[j].key.starts_with('0'))
            .then(|| tokens[j].key.parse::<u64>().ok())
            .flatten()
    };
    let (Some(part), Some(whole)) = (count(k), count(k + 2)) else {
        return false;
    };
    // A model's name before it, or glued to it (`Kh-59/69`).
    let model = k > start
        && (!tokens[k].space_before || LEXICON.items.match_at(tokens, k - 1, end).is_some());
    tokens[k + 1].is_punct('/')
        && glued(k + 1)
        && glued(k + 2)
        && !model
        && part <= whole
        // `2/3 дронів` is a share, not a tally.
        && whole >= 10
        && !(glued(k + 3) && tokens[k + 3].kind == Kind::Punct && !tokens[k + 3].is_punct(','))
        && (counted(tokens, k + 3, end) || counted(tokens, k + 4, end))
}

/// Whether what a number counts follows it: a noun of the tables, or a
/// toll's word (`1982 загиблих`).
fn counted(tokens: &[Token<'_>], k: usize, end: usize) -> bool {
    LEXICON.items.match_at(tokens, k, end).is_some()
        || LEXICON
            .events
            .match_at(tokens, k, end)
            .is_some_and(|(_, e)| e.person.is_some() && e.weapon.is_none())
}

/// Where a number ends, taking in a case ending glued to its digits by a
/// hyphen (`70-ти пострадали`, `15-ма дронами`), as the words it stands
/// for would have it.
fn case_ending(tokens: &[Token<'_>], last: usize, end: usize) -> usize {
    let glued = |k: usize| k < end && !tokens[k].space_before;
    let ending = glued(last)
        && glued(last + 1)
        && tokens[last - 1].kind == Kind::Num
        && tokens[last].is_punct('-')
        && LEXICON
            .case_endings
            .match_at(tokens, last + 1, last + 2)
            .is_some();
    if ending { last + 2 } else { last }
}

/// The hedge around a number: `at least 6`, `100 or more`.
fn hedge(tokens: &[Token<'_>], n: &mut Number, start: usize, end: usize) {
    if let Some((p, q)) = hedge_before(tokens, start, n.first) {
        n.qualifier = q;
        n.hedge = p;
        // `До пяти выросло число сбитых`: the words of `выросло до пяти`
        // in the other order, a rise to the count, not a bound on it.
        if p + 1 == n.first && n.last < end {
            let pair = [tokens[n.last].clone(), tokens[p].clone()];
            if let Some((2, (q, Side2::Before))) = LEXICON.qualifiers.match_at(&pair, 0, 2) {
                n.qualifier = *q;
            }
        }
        if let Some(q) = gapped_rise(tokens, start, p) {
            n.qualifier = q;
        }
    }
    let mut k = n.last;
    if k < end && tokens[k].is_punct('-') && !tokens[k].space_before {
        k += 1;
    }
    if let Some((j, (q, Side2::After))) = LEXICON.qualifiers.match_at(tokens, k, end) {
        n.qualifier = *q;
        n.after = j;
    }
}

/// The most tokens back a gapped clause's hedge looks for the verb it
/// leaves out.
const GAP: usize = 12;

/// `число погибших выросло до 8, пострадавших – до 84`: a hedge right
/// after a dash, as a clause that leaves its verb out has it, reads as
/// the nearest phrase before it in the sentence that ends in the same
/// word read it (a rise to the count), no further back than [`GAP`]
/// tokens. The dash is taken as the sign of the gap; nothing else is
/// checked.
fn gapped_rise(tokens: &[Token<'_>], start: usize, p: usize) -> Option<Qualifier> {
    if !(p > start && tokens[p - 1].is_spaced_dash()) {
        return None;
    }
    (p.saturating_sub(GAP).max(start)..p - 1)
        .rev()
        .find_map(|k| match LEXICON.qualifiers.match_at(tokens, k, p - 1) {
            Some((e, (q, Side2::Before)))
                if e > k + 1 && tokens[e - 1].key == tokens[p].key && e < p - 1 =>
            {
                Some(*q)
            }
            _ => None,
        })
}

/// A hedge that ends at token `at` (`at least`, `about`), and where it
/// starts, no further back than `start`.
fn hedge_before(tokens: &[Token<'_>], start: usize, at: usize) -> Option<(usize, Qualifier)> {
    // `500 дронов и более 40 ракет`: a hedge that follows its number
    // (`и более`) may end here too; the one that leads this number is
    // the one that counts.
    // `как минимум о 40 раненых`, `щонайменше про 20`: the preposition of
    // what is told of may stand between a hedge and its number.
    let about = at > start + 1 && LEXICON.topics.match_at(tokens, at - 1, at).is_some();
    let from = at.saturating_sub(4).max(start);
    (from..at).find_map(|p| match LEXICON.qualifiers.match_at(tokens, p, at) {
        Some((e, (q, Side2::Before))) if e == at || about && e + 1 == at => Some((p, *q)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::{Keys, tokenize};

    fn nums(s: &str) -> Vec<(u64, Qualifier, String)> {
        let keys = Keys::of(s);
        let mut t = Vec::new();
        tokenize(s, &keys, 0..s.len(), &mut t);
        find(&t, 0..t.len(), s, true)
            .into_iter()
            .map(|n| {
                (
                    n.value,
                    n.qualifier,
                    s[t[n.first].start as usize..t[n.last - 1].end as usize].to_string(),
                )
            })
            .collect()
    }

    fn values(s: &str) -> Vec<u64> {
        nums(s).into_iter().map(|n| n.0).collect()
    }

    #[test]
    fn digits_with_separators_and_scales() {
        assert_eq!(values("3,000 people and 3 000 more"), [3000, 3000]);
        assert_eq!(values("1.5 million residents"), [1_500_000]);
        assert_eq!(values("1,200 drones"), [1200]);
        assert_eq!(values("12,5 тис. ракет"), [12_500]);
        assert_eq!(values("1,5 млн людей"), [1_500_000]);
        assert_eq!(values("a distance of 1.5 km"), Vec::<u64>::new());
    }

    #[test]
    fn trillions_are_read_and_nothing_wraps_round() {
        assert_eq!(values("999 trillion drones"), [999_000_000_000_000]);
        assert_eq!(values("two trillion drones"), [2_000_000_000_000]);
        assert_eq!(values("1.5 trillion drones"), [1_500_000_000_000]);
        // Past what a count can be read exactly: no figure, not a wrong one.
        assert_eq!(values("9999 trillion drones"), Vec::<u64>::new());
        assert_eq!(values("123456789012345 drones"), Vec::<u64>::new());
        let many = "nine hundred trillion ".repeat(30);
        assert_eq!(values(&format!("{many}drones")), Vec::<u64>::new());
    }

    #[test]
    fn number_words() {
        assert_eq!(values("Fourteen people"), [14]);
        assert_eq!(values("twenty-five drones"), [25]);
        assert_eq!(values("one hundred and forty missiles"), [140]);
        assert_eq!(values("two hundred thousand people"), [200_000]);
        assert_eq!(values("a dozen buildings"), [12]);
        assert_eq!(values("two dozen drones"), [24]);
        assert_eq!(nums("more than a dozen homes")[0].2, "a dozen");
    }

    #[test]
    fn vague_amounts_are_not_values() {
        assert_eq!(
            values("dozens of drones and hundreds of residents"),
            Vec::<u64>::new()
        );
        assert_eq!(values("tens of thousands of people"), Vec::<u64>::new());
    }

    #[test]
    fn hedges() {
        let q = |s: &str| nums(s)[0].1;
        assert_eq!(q("at least six people"), Qualifier::AtLeast);
        assert_eq!(q("more than 130 drones"), Qualifier::AtLeast);
        assert_eq!(q("upwards of 40 drones"), Qualifier::AtLeast);
        assert_eq!(q("up to 20 missiles"), Qualifier::AtMost);
        assert_eq!(q("nearly 90 drones"), Qualifier::AtMost);
        assert_eq!(q("almost 90 drones"), Qualifier::AtMost);
        assert_eq!(q("about 25 countries"), Qualifier::Approx);
        assert_eq!(q("roughly 25 countries"), Qualifier::Approx);
        assert_eq!(q("approximately 25 countries"), Qualifier::Approx);
        assert_eq!(q("some 200 firefighters"), Qualifier::Approx);
        assert_eq!(q("100 or more drones"), Qualifier::AtLeast);
        assert_eq!(q("147 drones"), Qualifier::Exact);
    }

    #[test]
    fn not_figures() {
        for s in [
            "a five-year-old child",
            "two -year -old children and 15 -year -old children",
            "a 30-day ceasefire",
            "the three-year war",
            "the nearly four-year-long conflict",
            "the third day",
            "on March 14, 2025",
            "on 14 March",
            "in 2024",
            "at 4:30 a.m.",
            "at 10 pm",
            "46% of drones",
            "46 percent",
            "$2 billion",
            "a Kh-101 missile and an S-300",
            "Geran-2",
            "call 0-800-500-335",
            "call 380441234567",
            "aged 7",
            "the 47th brigade",
        ] {
            assert_eq!(values(s), Vec::<u64>::new(), "{s}");
        }
    }

    #[test]
    fn ukrainian_and_russian_number_words_in_every_case() {
        for (s, v) in [
            ("двадцять п'ять дронів", 25),
            ("двадцять п’ять дронів", 25),
            ("двадцять пʼять дронів", 25),
            ("двохсот п'ятдесяти ракет", 250),
            ("тисяча двісті БпЛА", 1200),
            ("дві тисячі дронів", 2000),
            ("півтори тисячі людей", 1500),
            ("полторы тысячи человек", 1500),
            ("трьох дітей", 3),
            ("троє дітей", 3),
            ("двома ракетами", 2),
            ("сорока дронів", 40),
            ("двенадцати беспилотников", 12),
            ("Двенадцать беспилотников", 12),
            ("трёх человек", 3),
            ("1 200 БпЛА", 1200),
            ("15-ма дронами", 15),
            ("70-ти пострадавших", 70),
        ] {
            assert_eq!(values(s), [v], "{s}");
        }
    }

    #[test]
    fn ukrainian_and_russian_numbers_that_are_not_counts() {
        for s in [
            "3-й день",
            "5-го травня",
            "14-річна дівчина",
            "58-летний мужчина",
            "12 травня",
            "12 мая",
            "о 09:00",
            "тисячі людей",
            "сотни домов",
            "півтора року",
        ] {
            assert_eq!(values(s), Vec::<u64>::new(), "{s}");
        }
    }

    #[test]
    fn ukrainian_and_russian_hedges() {
        let q = |s: &str| nums(s)[0].1;
        for (s, want) in [
            ("щонайменше 6 людей", Qualifier::AtLeast),
            ("понад 40 дронів", Qualifier::AtLeast),
            ("більше ніж 40 дронів", Qualifier::AtLeast),
            ("близько 25 ракет", Qualifier::Approx),
            ("приблизно 25 ракет", Qualifier::Approx),
            ("майже 90 дронів", Qualifier::AtMost),
            ("до 20 ракет", Qualifier::AtMost),
            ("не менее 6 человек", Qualifier::AtLeast),
            ("более 130 беспилотников", Qualifier::AtLeast),
            ("свыше 130 беспилотников", Qualifier::AtLeast),
            ("около 25 ракет", Qualifier::Approx),
            ("примерно 25 ракет", Qualifier::Approx),
            ("почти 90 беспилотников", Qualifier::AtMost),
            ("до 20 ракет", Qualifier::AtMost),
            ("зросла до 14 людей", Qualifier::Exact),
        ] {
            assert_eq!(q(s), want, "{s}");
        }
    }
}
