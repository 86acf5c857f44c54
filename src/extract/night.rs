//! Which night or day each figure is about, from the time words in or
//! near its sentence, resolved against the article's date.

use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use regex::Regex;

use super::chunks;
use super::doc::Doc;
use super::lexicon::{LEXICON, Speaker, Speech, class};
use super::text::{Kind, Token};
use crate::model::Language;
use crate::time::phrases;

/// Dates figures by sentence, remembering what each sentence resolved to.
pub(super) struct Dater<'d, 'a> {
    doc: &'d Doc<'a>,
    published: Option<NaiveDate>,
    /// What each sentence says of time, resolved: read once.
    cache: Vec<Option<Read>>,
    /// What each sentence's phrases are, before those named from the day
    /// of writing are moved to the report's day: read once, though both
    /// the sentence and the article's opening ask.
    found: Vec<Option<Read>>,
    /// The day the article's opening says its report was made, once read.
    report: Option<Option<NaiveDate>>,
    /// Whether the article tells of today past its opening, once read.
    today: Option<bool>,
    /// Whether no sentence of the article tells of a time before the day
    /// of writing, once read ([`Dater::nightless`]).
    nightless: Option<bool>,
    /// Where the opening ends: the title and lead, and the first sentence
    /// after the title that counts, when a caption or a byline comes first.
    opening: usize,
}

/// The most sentences the opening may run to, to reach its lead.
const LEAD_REACH: usize = 6;

/// What a sentence says of time: the phrases that date an event in it, and
/// the day it says its report was made.
#[derive(Clone, Default)]
struct Read {
    events: Vec<phrases::When>,
    /// An hour on the clock a verb of speech follows (`О 14:54 у РВА
    /// повідомили, що ...`): the time of what its own sentence tells, and
    /// of nothing after it (`Близько 15:00 про це повідомило МВС`).
    hours: Vec<phrases::When>,
    /// Parts of a day alone (`вдень`, `утром`), which date a figure no
    /// other phrase does.
    parts: Vec<phrases::When>,
    reported: Option<NaiveDate>,
    /// Whether the day of the report is the time a count stood (`as of
    /// April 16`), not the day a speaker spoke.
    stamped: bool,
}

impl<'d, 'a> Dater<'d, 'a> {
    /// `lead`: the first sentence after the title with a figure in it.
    pub fn new(doc: &'d Doc<'a>, lead: Option<usize>) -> Self {
        let n = doc.sentences.len();
        let opening = lead.map_or(3, |s| (s + 1).clamp(3, LEAD_REACH)).min(n);
        Dater {
            doc,
            published: doc.article.date,
            cache: vec![None; n],
            found: vec![None; n],
            report: None,
            today: None,
            nightless: None,
            opening,
        }
    }

    /// The date of a figure at byte `at` in sentence `s`: the time phrase
    /// of the event nearest to it in its sentence; else one in the two
    /// sentences before it in its paragraph; else the article's night,
    /// from its opening (title and lead). Failing all, the day its
    /// sentence's report was made (`Kyiv said on Sunday`); the day of
    /// writing, where the first time a later clause of an attack names is
    /// today; a part of a day alone (`вдень`, `утром`) in its sentence,
    /// the two before it in its paragraph or the opening, that day; the
    /// day of writing for a `toll` (people or things, not weapons) in a
    /// Ukrainian or Russian article that names no night; or the night
    /// before the article's date: the morning's reports are of the night.
    ///
    /// A phrase that dates a report rather than an event (`said on
    /// Monday`, `as of 9:30 on April 16`), or that starts a span (`since
    /// February 2022`), dates no figure; one named from the day of writing
    /// (`overnight`) is named from the report's day when its sentence
    /// gives one. No article date, no date.
    pub fn date(&mut self, s: usize, at: usize, toll: bool) -> Option<NaiveDate> {
        let published = self.published?;
        let start = self.doc.sentences[s].span.start;
        let at = at.saturating_sub(start);
        let read = self.read(s);
        let nearest = (read.events.iter())
            .chain(&read.hours)
            .min_by_key(|w| w.distance(at));
        if let Some(w) = nearest {
            return Some(w.date);
        }
        let paragraph = self.doc.sentences[s].paragraph;
        // A sentence that names the day of its own report (`In a statement
        // on March 5, ...`) tells of nothing after it: not of a night that
        // a sentence before it names from the day of writing.
        let own = self.read(s);
        let report = own.reported.filter(|_| !own.stamped);
        let told = |w: &phrases::When| {
            report.is_none_or(|r| w.date < r || w.date == r && w.span != phrases::Span::Night)
        };
        for p in (s.saturating_sub(2)..s).rev() {
            if self.doc.sentences[p].paragraph == paragraph
                && let Some(w) = self.read(p).events.iter().find(|w| told(w))
            {
                return Some(w.date);
            }
        }
        // The opening's night (`Tuesday's attack ... the overnight attack`
        // is the night before Tuesday), else its day, unless it is
        // background (`the war Russia began on February 24, 2022`).
        let recent = published.checked_sub_days(Days::new(7))?;
        // `Smoke billows ..., Saturday, Oct. 25 (AP Photo)`, then the lead
        // `... overnight into Saturday killed four`: the lead's night.
        let opening = 0..self.opening;
        // A sentence that names the day of its own report (`CNN reported
        // on Sunday`) is nearer to its figures than a day the opening
        // names for another event; a night the opening names still dates it,
        // as does its day when the report only says when a count stood
        // (`Updated at 9:20 on November 20: the toll rose to 12`).
        let reported = report.is_some();
        for night in [true, false] {
            if reported && !night {
                break;
            }
            for p in opening.clone() {
                let found = self.read(p).events.iter().find(|w| {
                    w.date >= recent && (!night || w.span == phrases::Span::Night) && told(w)
                });
                if let Some(w) = found {
                    return Some(w.date);
                }
            }
        }
        // An opening that names no time, in an article whose first time
        // further on is today (`Сегодня вражеские беспилотники снова
        // атаковали`), reports a daytime attack.
        if !reported && self.tells_of_today(published) {
            return Some(published);
        }
        // `Вдень ворог атакував ...`, `утром`: a part of a day, in the
        // figure's sentence or the two before it, or in the opening.
        let near = (s.saturating_sub(2)..=s)
            .rev()
            .filter(|&p| self.doc.sentences[p].paragraph == paragraph);
        for p in near.chain(opening) {
            if let Some(w) = self.read(p).parts.first() {
                return Some(w.date);
            }
        }
        // A toll in a Ukrainian or Russian post that names no night
        // anywhere is the day's: such posts are the officials' own, made
        // as the day goes on, and say `вночі`, `ночью` when it was the
        // night. The English press writes the next morning, and a count
        // of weapons is the night's in any language.
        if toll && self.doc.article.language != Language::En && self.nightless() {
            return Some(published);
        }
        // The night before the report (`the ministry said on Sunday`), or
        // before the article.
        self.read(s).reported.unwrap_or(published).pred_opt()
    }

    /// Whether no sentence of the article tells of a time before the day
    /// of writing (`нічний удар`, `вчера`, `за добу`), names a night, or
    /// names the day a report was made (`Про це в неділю вранці
    /// повідомив ...`).
    fn nightless(&mut self) -> bool {
        if self.nightless.is_none() {
            let doc = self.doc;
            let earlier = |p: usize| {
                let range = doc.range(p);
                doc.may_have(p, &LEXICON.earlier)
                    && range.clone().any(|x| {
                        LEXICON
                            .earlier
                            .match_at(&doc.tokens, x, range.end)
                            .is_some()
                    })
            };
            let any = (0..doc.sentences.len())
                .any(|p| earlier(p) || self.names_night(p) || self.read(p).reported.is_some());
            self.nightless = Some(!any);
        }
        self.nightless == Some(true)
    }

    /// Whether the first time the article names past its opening for a
    /// clause that tells of an attack is the day of writing.
    fn tells_of_today(&mut self, published: NaiveDate) -> bool {
        if self.today.is_none() {
            let doc = self.doc;
            // A sentence with no word of an attack has no clause that
            // tells of one: its time words need not be read.
            let may_tell = |p: usize| doc.has_class(p, TOLD) || doc.may_have(p, &LEXICON.events);
            let first = (self.opening..doc.sentences.len())
                .filter(|&p| may_tell(p))
                .find_map(|p| {
                    let base = doc.sentences[p].span.start;
                    (self.read(p).events.iter())
                        .find(|w| tells_of_attack(doc, p, base + w.start))
                        .copied()
                });
            self.today =
                Some(first.is_some_and(|w| w.span == phrases::Span::Day && w.date == published));
        }
        self.today == Some(true)
    }

    /// The sentences of the article's opening: its title and lead.
    pub fn opening(&self) -> std::ops::Range<usize> {
        0..self.opening
    }

    /// Whether sentence `s` names the night of an event (`overnight`,
    /// `on the night of May 7`).
    pub fn names_night(&mut self, s: usize) -> bool {
        self.first_night(s).is_some()
    }

    /// Where the first phrase of sentence `s` that names a night starts,
    /// as a byte of the text, if it names one.
    pub fn first_night(&mut self, s: usize) -> Option<usize> {
        let base = self.doc.sentences[s].span.start;
        let read = self.read(s);
        (read.events.iter())
            .chain(&read.hours)
            .filter(|w| w.span == phrases::Span::Night)
            .map(|w| base + w.start)
            .min()
    }

    /// Whether sentence `s` names the time of an event.
    pub fn names_time(&mut self, s: usize) -> bool {
        let read = self.read(s);
        !read.events.is_empty() || !read.hours.is_empty()
    }

    /// What sentence `s` says of time, with the phrases named from the
    /// day of writing named from the day of the report: the sentence's, or
    /// the article's (a paper printed the day after its dateline).
    fn read(&mut self, s: usize) -> &Read {
        if self.cache[s].is_none() {
            let found = self.found(s).clone();
            let anchor = match found.reported {
                None if (found.events.iter())
                    .chain(&found.hours)
                    .chain(&found.parts)
                    .any(|w| w.relative) =>
                {
                    self.article_report()
                }
                day => day,
            };
            let read = match (anchor, self.published) {
                (Some(day), Some(published)) if day < published => {
                    let shift = Days::new((published - day).num_days().unsigned_abs());
                    let moved = |list: &[phrases::When]| {
                        list.iter()
                            .map(|w| match w.date.checked_sub_days(shift) {
                                Some(date) if w.relative => phrases::When { date, ..*w },
                                _ => *w,
                            })
                            .collect()
                    };
                    Read {
                        events: moved(&found.events),
                        hours: moved(&found.hours),
                        parts: moved(&found.parts),
                        ..found
                    }
                }
                _ => found,
            };
            self.cache[s] = Some(read);
        }
        self.cache[s].as_ref().expect("filled above")
    }

    /// The day the article's opening says its report was made, if any.
    fn article_report(&mut self) -> Option<NaiveDate> {
        if self.report.is_none() {
            let opening = 0..self.doc.sentences.len().min(3);
            let day = opening.into_iter().find_map(|p| self.found(p).reported);
            self.report = Some(day);
        }
        self.report.flatten()
    }

    /// What sentence `s`'s phrases say as they stand. Of its phrases, those
    /// that date an event are not the day a report was made, not the start
    /// of a span, not a week.
    fn found(&mut self, s: usize) -> &Read {
        if self.found[s].is_none() {
            let read = self
                .published
                .map(|published| found_in(self.doc, s, published))
                .unwrap_or_default();
            self.found[s] = Some(read);
        }
        self.found[s].as_ref().expect("filled above")
    }
}

/// The words that tell of an attack or a side in it.
const TOLD: u32 = class::ATTACK | class::SIDE_RU | class::SIDE_UA | class::ENEMY;

/// Whether the clause of sentence `s` holding byte `at` tells of an
/// attack, a side or what befell a target (`Також у середу росіяни
/// стріляли`), not of a talk or a school day (`в четверг занятия ...
/// перевели в дистанционный формат`).
fn tells_of_attack(doc: &Doc<'_>, s: usize, at: usize) -> bool {
    let range = doc.range(s);
    let t = &doc.tokens;
    let k = range.start + t[range.clone()].partition_point(|x| (x.start as usize) < at);
    let from = (range.start..k)
        .rev()
        .find(|&x| ends_clause(doc, x))
        .map_or(range.start, |x| x + 1);
    let to = (k..range.end)
        .find(|&x| ends_clause(doc, x))
        .unwrap_or(range.end);
    (from..to).any(|x| LEXICON.is(&t[x], TOLD) || LEXICON.events.match_at(t, x, to).is_some())
}

/// What sentence `s` says of time, each of its phrases placed among its
/// tokens once.
fn found_in(doc: &Doc<'_>, s: usize, published: NaiveDate) -> Read {
    let phrases = phrases_of(doc, published, s);
    let mut read = Read::default();
    if phrases.is_empty() {
        return read;
    }
    let base = doc.sentences[s].span.start;
    let range = doc.range(s);
    let tokens = &doc.tokens[range.clone()];
    // `Сегодня утром Минобороны отчиталось`: time phrases side by side
    // are read as one where they open a sentence before its speaker.
    let spans: Vec<_> = phrases
        .iter()
        .map(|w| base + w.start..base + w.end)
        .collect();
    let within_time = |k: usize| {
        let at = doc.tokens[k].start as usize;
        spans.iter().any(|p| p.contains(&at))
    };
    let past_times = |mut k: usize| {
        while k < range.end && within_time(k) {
            k += 1;
        }
        k
    };
    for w in phrases {
        let at = range.start + tokens.partition_point(|t| (t.start as usize) < base + w.start);
        let first = (at < range.end).then_some(at);
        let after = range.start + tokens.partition_point(|t| (t.start as usize) < base + w.end);
        // `Зранку 27 січня`: a word of time the phrase left out stands
        // with it.
        let timed = |k: usize| {
            within_time(k)
                || LEXICON.is(&doc.tokens[k], class::TIME)
                || crate::time::cyrillic::day_part(doc.tokens[k].key)
        };
        // `KYIV (Reuters) – On Thursday ...`: a dateline before is none
        // of the sentence; nor is a word of when next to the day (`Later
        // on Monday, the air force said`).
        let lead = |k: usize| {
            (range.start..k)
                .rev()
                .find(|&x| {
                    x > range.start && chunks::dash(doc, x) && doc.tokens[x - 1].is_punct(')')
                })
                .map_or(range.start, |x| x + 1)
        };
        let opens = first.is_some_and(|k| {
            (lead(k)..k).all(|x| timed(x) || LEXICON.is(&doc.tokens[x], class::AUX))
        }) && w.span == phrases::Span::Day;
        // An hour on the clock is when news came in (`О 14:54 ...
        // повідомили`), unless it stamps a count (`Оновлено о 9:20`).
        let said = first.is_some_and(|k| reported_at(doc, range.clone(), k))
            || reported_before(doc, after, range.end)
            || opens && speaker_says(doc, past_times(after), range.end);
        let stamp = first.is_some_and(|k| stamped(doc, range.start, k));
        if w.hour && said && !stamp {
            read.hours.push(w);
            continue;
        }
        // `Утром Минобороны сообщило, что ...`: a part of a day that says
        // when news came in dates nothing told; an attack named by it
        // (`додав подробиці про ранковий удар`) is told.
        if w.part {
            if !said || after > at + 1 {
                read.parts.push(w);
            }
            continue;
        }
        let reported = stamp || !w.hour && said;
        if reported && w.span == phrases::Span::Day && read.reported.is_none() {
            read.reported = Some(w.date);
            read.stamped = stamp;
        }
        let spans = first.is_some_and(|k| k > range.start && doc.tokens[k - 1].is("since"));
        if w.span != phrases::Span::Week && !reported && !spans {
            read.events.push(w);
        }
    }
    // `On the 26th, the emergency service reported that the attack that
    // day killed seven`: the day of the report, named again for the
    // event.
    if let Some(day) = read.reported.filter(|_| !read.stamped) {
        let lower = &doc.lower[doc.sentences[s].span.clone()];
        // The earliest, not the start of a span (`с того дня, как`).
        let found = SAME_DAY
            .captures_iter(lower)
            .find(|c| c.name("span").is_none())
            .and_then(|c| c.name("day"));
        if let Some(phrase) = found {
            read.events.push(phrases::When {
                date: day,
                span: phrases::Span::Day,
                start: phrase.start(),
                end: phrase.end(),
                relative: false,
                hour: false,
                part: false,
            });
        }
    }
    // `В пятницу, 28 апреля, около 4 часов`, `Wednesday night and Thursday
    // morning`: a day and the night before it, with no count between, are
    // that night said twice; not `overnight and another four on Saturday
    // morning`.
    let token_at =
        |byte: usize| range.start + tokens.partition_point(|t| (t.start as usize) < base + byte);
    // The numbers of a time phrase between (`в неділю, 9 березня, ... за
    // ніч`) count nothing.
    let spans: Vec<std::ops::Range<usize>> = read.events.iter().map(|w| w.start..w.end).collect();
    let timed = |byte: usize| spans.iter().any(|r| r.contains(&byte));
    let counts = |from: usize, to: usize| {
        (token_at(from)..token_at(to)).any(|k| {
            LEXICON.is_number(&doc.tokens[k]) && !timed(doc.tokens[k].start as usize - base)
        })
    };
    let nights: Vec<phrases::When> = (read.events.iter())
        .filter(|w| w.span == phrases::Span::Night)
        .copied()
        .collect();
    read.events.retain(|w| {
        w.span != phrases::Span::Day
            || !nights.iter().any(|n| {
                n.date.succ_opt() == Some(w.date) && !counts(n.end.min(w.end), n.start.max(w.start))
            })
    });
    read
}

/// The time phrases of sentence `s`, read only where its tokens say one
/// may be.
fn phrases_of(doc: &Doc<'_>, published: NaiveDate, s: usize) -> Vec<phrases::When> {
    let span = doc.sentences[s].span.clone();
    let (text, lower) = (&doc.article.text[span.clone()], &doc.lower[span]);
    match cue(doc, s) {
        Cue::Word(from) => phrases::read(published, text, lower, from),
        Cue::Maybe => phrases::all_in(published, text, lower),
        Cue::None => Vec::new(),
    }
}

/// Whether the time phrase starting at token `k` says when a report was
/// made: right after a speech verb, past at most a few words of where
/// (`said on Telegram on Friday`, `said in a statement Monday`), after
/// `as of`, or in a dateline (`MOSCOW, August 26.`).
fn reported_at(doc: &Doc<'_>, range: std::ops::Range<usize>, k: usize) -> bool {
    let t = &doc.tokens;
    let (start, end) = (range.start, range.end);
    // `MOSCOW, August 26. /TASS/.`, `Kyiv, June 5 (Reuters) –`: a
    // dateline, a place in capitals or one whose date ends at an agency
    // or a dash. `Kharkiv, June 5 was the worst night` opens no dateline.
    // `UKRAINE, KHARKIV OBLAST, Aug 19 —`: places in capitals, one by one.
    let capitals = |x: usize| {
        let word = doc.text(x, x + 1);
        word.chars().count() > 1 && word.chars().all(char::is_uppercase)
    };
    if k > start + 2
        && t[k - 1].is_punct(',')
        && (start..k).all(|x| capitals(x) || t[x].is_punct(','))
    {
        return true;
    }
    let closed = (k + 1..(k + 5).min(end))
        .any(|x| matches!(t[x].key, "(" | "/" | "–" | "—") || t[x].is_punct('-'))
        || end <= k + 5;
    if k == start + 2 && t[start].upper && t[start + 1].is_punct(',') && (capitals(start) || closed)
    {
        return true;
    }
    // `Sept. 7 (UPI) --`: a dateline with no place, a month first.
    if k == start && LEXICON.is(&t[k], class::MONTH) && closed {
        return true;
    }
    if stamped(doc, start, k) {
        return true;
    }
    // `In a statement on March 5`, `At its morning briefing on April 8`:
    // the time of a report's own noun, at most a preposition between.
    let between = |e: usize| e == k || e + 1 == k && !t[e].upper && t[e].key.chars().count() <= 3;
    if (k.saturating_sub(3).max(start)..k).any(|v| {
        LEXICON
            .speakers
            .match_at(t, v, k)
            .is_some_and(|(e, y)| matches!(y, Speaker::Report { .. }) && between(e))
    }) {
        return true;
    }
    let from = k.saturating_sub(4).max(start);
    (from..k).any(|v| {
        LEXICON.speech.match_at(t, v, k).is_some_and(|(e, sp)| {
            *sp == Speech::Verb
                && (e..k).all(|x| {
                    (!doc.boundary(x) || t[x].is_punct('('))
                        && t[x].kind != Kind::Num
                        && LEXICON.events.match_at(t, x, k).is_none()
                })
        })
    })
}

/// Whether the time phrase starting at token `k` of a sentence starting at
/// `start` gives the time a count stood: `as of 9:30 on April 16`, `as of
/// Monday`, `Станом на 08.00 неділі, 18 травня`, `Оновлено о 9:20 20
/// листопада`. A colon inside a clock time (`9:30`) ends no clause, nor a
/// comma before a date that names the day again.
fn stamped(doc: &Doc<'_>, start: usize, k: usize) -> bool {
    let t = &doc.tokens;
    let stamp = |v: usize| LEXICON.stamps.match_at(t, v, k).is_some();
    (k.saturating_sub(7).max(start)..k)
        .rev()
        .find(|&v| stamp(v) || ends_clause(doc, v))
        .is_some_and(stamp)
}

/// Whether token `v` ends a clause of time: a colon inside a clock time
/// (`9:30`) does not, nor a comma before a date that names the day again
/// (`У четвер увечері, 20 листопада, ... атакували`).
fn ends_clause(doc: &Doc<'_>, v: usize) -> bool {
    let t = &doc.tokens[v];
    doc.boundary(v) && (t.space_before || !t.is_punct(':')) && !t.is_punct(',')
}

/// Whether the time phrase ending before token `k` says when a report was
/// made because a speech verb follows it, past at most two words of when
/// (`Про це в неділю вранці повідомив`, `Ukraine on Friday claimed`):
/// where the verb comes last, the phrase before it is its time.
fn reported_before(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let t = &doc.tokens;
    (k..(k + 3).min(end))
        // Past a plain word or two only: a named subject between (`On
        // Sunday Russia said`) is `speaker_says`'s to read, where the day
        // opens the sentence.
        .take_while(|&v| {
            v == k || (!doc.boundary(v - 1) && t[v - 1].kind != Kind::Num && !t[v - 1].upper)
        })
        .any(|v| {
            !doc.boundary(v)
                && matches!(LEXICON.speech.match_at(t, v, end), Some((_, Speech::Verb)))
        })
}

/// Whether a subject and its verb of speech follow token `k` (`On
/// Thursday Russia's defence ministry said`, `В четверг Минобороны
/// России сообщило`): a day that opens such a sentence is the day its
/// report was made, as it is after the verb (`said on Thursday`).
fn speaker_says(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let t = &doc.tokens;
    // `On October 4, the ministry said`: a comma may set the day off.
    let k = if k < end && t[k].is_punct(',') {
        k + 1
    } else {
        k
    };
    (k..(k + SUBJECT_WORDS).min(end))
        .take_while(|&v| {
            v == k
                || !doc.boundary(v - 1)
                    && t[v - 1].kind != Kind::Num
                    && LEXICON.events.match_at(t, v - 1, end).is_none()
        })
        // `forces were reported to have shot down`: a passive's subject
        // is what was told of, not who told it.
        .any(|v| {
            v > k
                && !doc.boundary(v)
                && !(LEXICON.is(&t[v - 1], class::AUX) && LEXICON.is(&t[v - 1], class::STOP))
                && matches!(LEXICON.speech.match_at(t, v, end), Some((_, Speech::Verb)))
                // Who speaks opens the subject, a word at most before it:
                // not `On Tuesday explosions shook Kyiv as the mayor said`.
                && (k..(k + 2).min(v)).any(|x| LEXICON.speakers.match_at(t, x, v).is_some())
        })
}

/// The most words a subject between a day and its verb of speech may
/// hold: `Russia's defence ministry`, `the head of the regional
/// administration`.
const SUBJECT_WORDS: usize = 8;

/// The words that name again the day a sentence's report was made, in
/// lower case, and a preposition before them that starts a span instead.
/// Read only in a sentence that names its report's day: few do.
static SAME_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<span>\b(?:с|з|від|since|from)\s+)?\b(?P<day>that day|the same day|того же дня|в тот же день|в этот день|того ж дня|цього ж дня|цього дня|того дня)\b",
    )
    .expect("the same day's words compile")
});

/// What a sentence's tokens say of the time phrases in it.
enum Cue {
    /// It holds one of [`phrases::time_words`], and no time phrase starts
    /// before this byte of it.
    Word(usize),
    /// It may hold a phrase the tokens do not show: an ordinal day (`on
    /// the 14th`), a word the tokenizer joined, or text between two zones.
    Maybe,
    /// It holds none: the time rules need not read it.
    None,
}

/// Most sentences name no time: the tokens' classes say so at once, where
/// a scan of the text with the time patterns costs far more.
fn cue(doc: &Doc<'_>, s: usize) -> Cue {
    let span = &doc.sentences[s].span;
    let tokens = &doc.tokens[doc.range(s)];
    let between_zones = doc
        .article
        .zones
        .iter()
        .any(|z| z.start > span.start && z.start < span.end);
    let ordinal = |t: &Token<'_>| {
        let k = t.key.as_bytes();
        t.kind == Kind::Word
            && k.len() >= 3
            && k[k.len() - 3].is_ascii_digit()
            && matches!(&k[k.len() - 2..], b"st" | b"nd" | b"rd" | b"th")
    };
    // A phrase holds a time word or an ordinal (or a word the patterns may
    // read as one), and starts a few words before it at most.
    let cue = |i: usize| {
        let t = &tokens[i];
        (t.classes & class::TIME != 0 && (between_zones || in_phrase(tokens, i)))
            || t.classes & class::JOINED != 0
            || ordinal(t)
    };
    if doc.has_class(s, class::TIME)
        && let Some(first) = (0..tokens.len()).find(|&i| cue(i))
    {
        let from = match first.checked_sub(phrases::WORDS_BEFORE) {
            Some(k) if !between_zones => tokens[k].start as usize - span.start,
            _ => 0,
        };
        return Cue::Word(from);
    }
    if between_zones || doc.has_class(s, class::JOINED) || tokens.iter().any(ordinal) {
        Cue::Maybe
    } else {
        Cue::None
    }
}

/// Whether the time word `tokens[i]` can be part of a time phrase. Most
/// can wherever they stand; these few, common in prose that names no
/// time (`the rest of the week`, `through the morning`), only beside the
/// words the time patterns put next to them.
fn in_phrase(tokens: &[Token<'_>], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| tokens[j].key);
    let after = tokens.get(i + 1).map(|t| t.key);
    match tokens[i].key {
        // `last week`, `this week`.
        "week" => matches!(before, Some("last" | "this")),
        // `this morning`; after a weekday (`Monday morning`) the weekday
        // is the time word.
        // `this evening`, `this afternoon`: the day of writing.
        "morning" | "evening" | "afternoon" => before == Some("this"),
        // `the early hours`, `the small hours`, `the wee hours`.
        "hours" => matches!(before, Some("early" | "small" | "wee")),
        // `last night`, `the past night`, `through the night`, `night of`,
        // `in one night`.
        // `a night attack`, `a night-time strike`, `a night drone raid`:
        // the lexicon's nouns of an attack.
        "night" => {
            let attack = |k: Option<&Token<'_>>| k.is_some_and(|t| LEXICON.is(t, class::WITH));
            matches!(before, Some("last" | "the" | "past" | "one" | "single"))
                || matches!(after, Some("of" | "from" | "-"))
                || matches!(before, Some("a" | "this"))
                    && (i + 1..i + 4).any(|k| attack(tokens.get(k)))
        }
        // `a day earlier`, `the day before`, `the previous day`.
        "day" => {
            matches!(before, Some("a" | "one" | "previous"))
                || matches!(after, Some("earlier" | "before"))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::extract::text::Keys;
    use crate::model::Article;

    /// The time phrases the engine reads in each sentence of `text`, and
    /// those a scan of each sentence's text finds, which must agree: the
    /// tokens only spare the engine sentences with no time phrase. Without
    /// `zones`, the whole text is one.
    fn both(
        text: &str,
        zones: Option<Vec<std::ops::Range<usize>>>,
    ) -> Vec<(Vec<phrases::When>, Vec<phrases::When>)> {
        let published = NaiveDate::from_ymd_opt(2025, 6, 7).expect("a date");
        let article = Article {
            id: "a".into(),
            title: None,
            source: None,
            url: None,
            date: Some(published),
            language: Default::default(),
            text: Arc::new(text.to_string()),
            zones: zones.unwrap_or_else(|| std::iter::once(0..text.len()).collect()),
            origin: String::new(),
            kind: Default::default(),
            meta: Vec::new(),
        };
        let keys = Keys::of(text);
        let doc = Doc::of(&article, &keys);
        (0..doc.sentences.len())
            .map(|s| {
                let read = phrases_of(&doc, published, s);
                let scanned = phrases::all(published, &text[doc.sentences[s].span.clone()]);
                (read, scanned)
            })
            .collect()
    }

    #[test]
    fn sentences_the_tokens_rule_out_hold_no_time_phrase() {
        let text = "Air defence shot down 40 drones on the 4th. Five were hit at 3am on \
                    the 14 and the 2nd. Two more fell on the 21st. It didn't stop the \
                    U.S.Monday talks. Kyїv\u{301}Sunday saw 12 hit; the a.m.Saturday raid \
                    too. Officials gave no figure. Ukraine said on the 5 June 30 drones \
                    fell. Nothing happened here at all. Ten drones flew in, five fell early \
                    on the 4 of June and two this morning.";
        let found = both(text, None);
        assert!(found.len() >= 6, "{found:?}");
        let mut named = 0;
        for (read, scanned) in &found {
            assert_eq!(read, scanned);
            named += usize::from(!read.is_empty());
        }
        // Ordinals, joined words and plain time words are all read; the
        // sentences without any are not.
        assert!(named >= 4, "{found:?}");
    }

    #[test]
    fn text_between_zones_is_read_as_before() {
        // A sentence that runs from the title into a body that starts in
        // lower case spans the header lines between them.
        let text = "Drones over Kyiv Monday\nsome 40 drones were shot down.";
        let body = text.find("some").expect("body");
        let found = both(text, Some(vec![0..16, body..text.len()]));
        assert!(
            !found[0].1.is_empty(),
            "the header's weekday is read: {found:?}"
        );
        for (read, scanned) in &found {
            assert_eq!(read, scanned);
        }
    }

    #[test]
    fn common_time_words_are_read_only_beside_their_phrases_words() {
        let published = NaiveDate::from_ymd_opt(2025, 6, 7).expect("a date");
        let phrases = [
            "last week",
            "this week",
            "earlier this morning",
            "in the early hours",
            "the small hours",
            "the wee hours",
            "last night",
            "through the night",
            // Seven words before the month: the reach counts from `night`.
            "during night of 3 to the 4 June",
            "during night from 3 to the 4 June",
        ];
        for phrase in phrases {
            let text = format!("Ten drones were shot down {phrase}.");
            for (read, scanned) in both(&text, None) {
                assert!(!read.is_empty(), "{text:?}");
                assert_eq!(read, scanned, "{text:?}");
            }
        }
        // No phrase: the time patterns do not read these sentences at all.
        for text in [
            "Schools stay shut for the rest of the week.",
            "Crews worked through the morning and into the evening.",
            "The alert lasted for hours.",
            "Residents spent much of a night in shelters.",
        ] {
            let article = Article::from_text("a", text);
            let article = Article {
                date: Some(published),
                ..article
            };
            let keys = Keys::of(text);
            let doc = Doc::of(&article, &keys);
            assert!(matches!(cue(&doc, 0), Cue::None), "{text:?}");
            assert!(phrases::all(published, text).is_empty(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_tokens_never_rule_out_a_time_phrase(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "on", "the", "4th", "14", "2nd", "night", "of", "June", "Monday", "Mon.",
                    "early", "hours", "last", "week", "U.S.", "a.m.", "didn't", "o'Sunday",
                    "Kyїv", "Sat", "21st-century", "F16th", "drones", "40", ".", ",", "\n",
                    "today", "into", "-", "5-6", "on the 21st", "the night of the 3rd", "4", "early on the 4 of June", "in the early hours of", "the day before yesterday", "on this past", "14", "’s", "é", "Thur", "_Monday",
                    "morning", "evening", "afternoon", "this", "past", "during", "through", "throughout", "small", "wee", "before", "from", "to", "earlier", "the rest of the week", "Tuesday", "NIGHT",
                    "night of", "night from", "the night", "of June", "to the", "3",
                ]),
                0..14,
            )
        ) {
            let text = words.join(" ");
            for (read, scanned) in both(&text, None) {
                proptest::prop_assert_eq!(read, scanned, "{:?}", text);
            }
        }
    }
}
