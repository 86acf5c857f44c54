//! Attribution: who claims each figure, and whose attack it was about.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use super::candidate::{Cand, Via};
use super::chunks;
use super::doc::{Doc, nearest};
use super::lexicon::{EventEntry, LEXICON, Place, Speaker, Speech, class};
use super::quotes::Quoting;
use super::text::{self, Kind};
use crate::model::{Claimant, Event, Item, ItemClass, Language, Side};

/// Someone the article names as giving figures.
#[derive(Debug, Clone)]
struct Speaking {
    sentence: usize,
    /// Token of the speech verb (or of `according to`).
    verb: usize,
    /// Tokens of the speaker phrase.
    first: usize,
    last: usize,
    /// Tokens covered: a speaker inside `which X claims ...,` speaks only
    /// up to the comma.
    scope_end: usize,
    claimant: Claimant,
    /// The role word when the phrase names only a role (`the ministry`).
    role: Option<String>,
    pronoun: bool,
    /// Names a report, not a party (`according to preliminary data`).
    report: bool,
    /// A name alone as a label (`Синегубов: ...`): its side is the one the
    /// article gives the name in full, or it is no speaker.
    bare: bool,
    source: Arc<str>,
}

impl Speaking {
    /// A speaker named with no verb of speech (after a dash, before a
    /// colon, after a report's noun): words `first..last` of sentence `s`,
    /// marked by token `at`, speaking to the sentence's end.
    fn named(doc: &Doc<'_>, s: usize, at: usize, (first, last): (usize, usize)) -> Speaking {
        let (claimant, role, _) = classify(doc, first, last);
        Speaking {
            sentence: s,
            verb: at,
            first,
            last,
            scope_end: doc.range(s).end,
            claimant,
            role,
            pronoun: false,
            report: false,
            bare: false,
            source: doc.text(first, last).into(),
        }
    }

    /// Whether the speaker's words close a sentence ending at token `end`
    /// (`..., сообщил Вячеслав Гладков.`, `..., the command said.`).
    fn closes(&self, end: usize) -> bool {
        self.last.max(self.verb) + 2 >= end
    }
}

/// Fill in claimant, source and attacker of every candidate.
pub(super) fn attribute(doc: &Doc<'_>, cands: &mut [Cand]) {
    let signals = Signals::new(doc);
    let speakers = find_speakers(doc, &signals);
    claimants(doc, cands, &speakers, &signals);
    attackers(doc, cands, &speakers, &signals);
    defenders(cands, &speakers);
}

/// `A total of 47 drones were intercepted`, told with no one to say it in
/// an article whose last side heard is the defender: a side counts what
/// its own defences shot down, so the count is that side's.
fn defenders(cands: &mut [Cand], speakers: &[Speaking]) {
    for i in 0..cands.len() {
        // A part speaks with its total: `an attack by 12 drones, eight of
        // which were shot down`, told by no one, is no one's.
        let total = cands[i].subset_of.map(|j| cands[j].claimant);
        let c = &mut cands[i];
        if c.claimant_rule != "none" || !c.event.defended() || total == Some(Claimant::Unknown) {
            continue;
        }
        let Some(side) = c.attacker.map(|a| Claimant::from(a.other())) else {
            continue;
        };
        let before = &speakers[..speakers.partition_point(|p| p.sentence <= c.sentence)];
        if let Some(p) = before
            .iter()
            .rev()
            .find(|p| p.claimant != Claimant::Unknown)
            .filter(|p| p.claimant == side)
        {
            c.claimant = side;
            c.source = Some(p.source.clone());
            c.claimant_rule = "defender";
        }
    }
}

/// Each sentence's [`signal`], worked out when first asked for: several
/// rules ask about the same sentences.
struct Signals<'d, 'a> {
    doc: &'d Doc<'a>,
    known: Vec<Cell<Option<Option<Side>>>>,
    /// The side of the last signal at or before each sentence, once asked.
    last: Vec<Cell<Option<Option<Side>>>>,
    /// The side of the first signal at or after each sentence, once asked.
    next: Vec<Cell<Option<Option<Side>>>>,
    /// The article's [`Signals::home`], once asked.
    home: Cell<Option<Option<Side>>>,
}

impl<'d, 'a> Signals<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Self {
        let n = doc.sentences.len();
        Signals {
            doc,
            known: vec![Cell::new(None); n],
            last: vec![Cell::new(None); n],
            next: vec![Cell::new(None); n],
            home: Cell::new(None),
        }
    }

    /// The side whose bodies a Ukrainian or Russian article speaks for when
    /// it names none (`ПВО`, `the governor`): the side its attacks fell on,
    /// told by counting the sentences whose attack words name each side
    /// (a Ukrainian outlet writing in Russian reports the attacks on
    /// Ukraine); failing that, the side whose places it names more often;
    /// failing that, the side whose language it is.
    fn home(&self) -> Option<Side> {
        if let Some(home) = self.home.get() {
            return home;
        }
        let home = self.doc.article.language.home().map(|language| {
            let attackers = (0..self.doc.sentences.len()).filter_map(|s| self.of(s));
            most(attackers)
                .map(Side::other)
                .or_else(|| self.territory())
                .unwrap_or(language)
        });
        self.home.set(Some(home));
        home
    }

    /// The side whose places the article names more often, if one does
    /// (not where weapons were sent from or flew to): a Ukrainian outlet
    /// that writes of Bryansk, Kaluga and Tula reports Russia's night.
    fn territory(&self) -> Option<Side> {
        most(
            (0..self.doc.sentences.len())
                .flat_map(|s| places(self.doc, s).into_iter().map(|(_, side)| side)),
        )
    }

    fn of(&self, s: usize) -> Option<Side> {
        if let Some(side) = self.known[s].get() {
            return side;
        }
        let side = signal(self.doc, s);
        self.known[s].set(Some(side));
        side
    }

    /// The attack sentence `s` speaks of, or the last one before it.
    fn last(&self, s: usize) -> Option<Side> {
        self.walk(&self.last, (0..=s).rev())
    }

    /// The first attack spoken of after sentence `s`.
    fn next(&self, s: usize) -> Option<Side> {
        self.walk(&self.next, s + 1..self.doc.sentences.len())
    }

    /// Walks `order` to the first signal or the first sentence whose answer
    /// is kept, then keeps the answer for every sentence walked: each
    /// sentence is read once however many figures ask.
    fn walk(
        &self,
        memo: &[Cell<Option<Option<Side>>>],
        order: impl Iterator<Item = usize>,
    ) -> Option<Side> {
        let mut walked = Vec::new();
        let mut found = None;
        for p in order {
            if let Some(side) = memo[p].get() {
                found = side;
                break;
            }
            walked.push(p);
            if let Some(side) = self.of(p) {
                found = Some(side);
                break;
            }
        }
        for p in walked {
            memo[p].set(Some(found));
        }
        found
    }
}

/// The side named more often, if one is.
fn most(sides: impl Iterator<Item = Side>) -> Option<Side> {
    let (ru, ua) = sides.fold((0, 0), |(ru, ua), side| match side {
        Side::Ru => (ru + 1, ua),
        Side::Ua => (ru, ua + 1),
    });
    match ru.cmp(&ua) {
        std::cmp::Ordering::Greater => Some(Side::Ru),
        std::cmp::Ordering::Less => Some(Side::Ua),
        std::cmp::Ordering::Equal => None,
    }
}

fn find_speakers(doc: &Doc<'_>, signals: &Signals<'_, '_>) -> Vec<Speaking> {
    let t = &doc.tokens;
    // Speakers are pushed sentence by sentence, each with the sentence at
    // hand: those of sentence `s`, if any, are the last.
    let mut out: Vec<Speaking> = Vec::new();
    for s in 0..doc.sentences.len() {
        let range = doc.range(s);
        let mut k = if doc.may_have(s, &LEXICON.speech) {
            range.start
        } else {
            range.end
        };
        while k < range.end {
            let Some((e, kind)) = LEXICON.speech.match_at(t, k, range.end) else {
                k += 1;
                continue;
            };
            // `the strike claimed two lives`: an attack whose verb's object
            // counts what happened says nothing.
            let number = |x: usize| LEXICON.is_number(&t[x]);
            // `claimed the lives of three people`: a count its phrase opens.
            let opened = LEXICON
                .events
                .match_at(t, e, range.end)
                .is_some_and(|(x, _)| x < range.end && number(x));
            let counted = e + 1 < range.end
                && (opened
                    || number(e)
                        && LEXICON
                            .events
                            .match_at(t, e + 1, range.end)
                            .is_some_and(|(_, en)| en.place == Place::Noun))
                && (range.start.max(k.saturating_sub(10))..k)
                    .rev()
                    .take_while(|&p| !doc.boundary(p))
                    .any(|p| LEXICON.is(&t[p], class::ATTACK));
            // `according to the report`, `a new report from the mission`:
            // after an article or a possessive, and words that name no one,
            // a verb's form is a noun (`the ministry reports` is a verb).
            // A past form is no noun (`Ukraine for its part said`).
            let noun = *kind == Speech::Verb
                && !t[k].key.ends_with("ed")
                && !matches!(t[k].key, "said" | "told" | "wrote")
                && noun_after(doc, range.start, k);
            // `the number of drones claimed downed`: a participle that says
            // what the weapons before it are said to have met.
            let passive = t[k].key.ends_with("ed")
                && k > range.start
                && LEXICON.items.match_at(t, k - 1, k).is_some()
                && LEXICON.events.match_at(t, e, range.end).is_some();
            if counted || noun || passive {
                k = e;
                continue;
            }
            let phrase = match kind {
                // `за його словами`, `по его данным`: a pronoun inside the
                // phrase is the speaker.
                Speech::According => match (k..e).find(|&p| LEXICON.is(&t[p], class::PERSONAL)) {
                    Some(p) => Some((p, p + 1)),
                    None => {
                        // `за уточненими даними, зазнали семеро людей`: data
                        // named inside the phrase, and no one after it, are
                        // a report of the last speaker's.
                        let report = (k..e).any(|p| {
                            matches!(
                                LEXICON.speakers.match_at(t, p, e),
                                Some((_, Speaker::Report { .. }))
                            )
                        });
                        // `По данным Рогова`: a name right after the phrase
                        // is who gave the data.
                        match phrase_after(doc, e, range.end) {
                            Some(a)
                                if report && names_nobody(doc, a) && !(a.0 == e && t[e].upper) =>
                            {
                                Some((k, e))
                            }
                            None if report => Some((k, e)),
                            after => after,
                        }
                    }
                },
                Speech::Verb => {
                    // `a statement posted on Facebook by the General Staff`:
                    // the agent speaks.
                    let agent = (e..(e + 4).min(range.end))
                        .take_while(|&j| !doc.boundary(j))
                        .find(|&j| t[j].is("by"))
                        .filter(|_| t[k].key.ends_with("ed"));
                    if let Some(by) = agent {
                        phrase_after(doc, by + 1, range.end)
                    } else if k > range.start
                        && matches!(
                            t[k - 1].key,
                            "was" | "were" | "is" | "are" | "been" | "being" | "be"
                        )
                        && !t[k].key.ends_with("ing")
                    {
                        // `This was reported by the Air Force`: the agent speaks.
                        (e < range.end && t[e].is("by"))
                            .then(|| phrase_after(doc, e + 1, range.end))
                            .flatten()
                    } else if t[k].key.ends_with("ing")
                        && !(k > range.start && LEXICON.is(&t[k - 1], class::AUX))
                        && !(k > range.start + 1 && t[k - 2].is("with"))
                        && (k == range.start || doc.boundary(k - 1))
                    {
                        // `..., reporting 93 interceptions`: the subject is the
                        // main clause's, found as a body or an earlier speaker;
                        // `with the ministry claiming` names its own.
                        None
                    } else if k > range.start + 1
                        && (LEXICON.joins(&t[k - 1])
                            && phrase_before(doc, k, range.start) == Some((k - 1, k))
                            || t[k - 1].is("but")
                            || continues_clause(doc, range.start, k)
                                && phrase_after(doc, e, range.end)
                                    .is_none_or(|a| !speaker_after(doc, a)))
                    {
                        // `у відомстві відзвітували ..., і уточнили`,
                        // `described the attack and said`, `acknowledged the
                        // attack but said`: a verb of speech joined on to a
                        // clause, with nothing else before it, speaks with
                        // its subject.
                        let last = || {
                            out.iter()
                                .rev()
                                .find(|p| p.sentence == s)
                                .map(|p| (p.first, p.last))
                        };
                        // After `but` the clause before has its own subject.
                        if t[k - 1].is("but") {
                            subject(doc, range.start, k - 1).or_else(last)
                        } else {
                            last().or_else(|| subject(doc, range.start, k - 1))
                        }
                    } else {
                        // `claimed that Russia had used`: a clause, not a speaker.
                        let after = || {
                            (e < range.end && !LEXICON.is(&t[e], class::THAT))
                                .then(|| phrase_after(doc, e, range.end))
                                .flatten()
                        };
                        match phrase_before(doc, k, range.start) {
                            // `Об этом сообщил губернатор`: where the words
                            // before the verb name nobody, a speaker right
                            // after it speaks, as free word order has it.
                            // `..., сообщили в Министерстве обороны`,
                            // `..., said the governor`: a verb that opens
                            // its clause after a comma has its speaker
                            // after it; the words before are what it says.
                            Some(p) if names_nobody(doc, p) || t[k - 1].is_punct(',') => {
                                Some(after().filter(|&a| speaker_after(doc, a)).unwrap_or(p))
                            }
                            Some(p) => Some(p),
                            None => after(),
                        }
                    }
                }
                // `Euronews reported, citing President Zelensky`: the one
                // cited gives the figure, in place of whoever relays it in
                // the same clause, where its side is named; `AFP, citing
                // local authorities` stays the agency's.
                Speech::Citing => {
                    let cited = phrase_after(doc, e, range.end)
                        .filter(|&(a, b)| classify(doc, a, b).0 != Claimant::Unknown);
                    let relays = out.last().is_some_and(|p| {
                        p.sentence == s
                            && p.verb < k
                            && (p.last.max(p.verb + 1)..k)
                                .all(|x| !doc.boundary(x) || t[x].is_punct(','))
                    });
                    if cited.is_some() && relays {
                        out.pop();
                    }
                    cited
                }
            };
            // `TASS quoted the regional governor as saying`: the one quoted
            // speaks, where the words name a side or a role.
            let phrase = match kind {
                Speech::Verb => (e..(e + 12).min(range.end))
                    .take_while(|&x| x == e || !doc.boundary(x) || t[x].is("as"))
                    .find(|&x| {
                        x > e
                            && t[x].is("as")
                            && x + 1 < range.end
                            && LEXICON.speech.match_at(t, x + 1, range.end).is_some()
                    })
                    .filter(|&x| !matches!(classify(doc, e, x), (Claimant::Unknown, None, _)))
                    .map(|x| (e, x))
                    .or(phrase),
                _ => phrase,
            };
            if let Some((first, last)) = phrase {
                let relative =
                    first > range.start && matches!(t[first - 1].key, "which" | "who" | "whom");
                let scope_end = if relative {
                    (e..range.end)
                        .find(|&j| t[j].is_punct(','))
                        .unwrap_or(range.end)
                } else {
                    range.end
                };
                // `in a statement on Monday it said`: the pronoun is the speaker.
                let pronoun = LEXICON.is(&t[last - 1], class::PERSONAL);
                let first = if pronoun { last - 1 } else { first };
                let (claimant, role, report) = classify(doc, first, last);
                out.push(Speaking {
                    sentence: s,
                    verb: k,
                    first,
                    last,
                    scope_end,
                    claimant,
                    role,
                    pronoun,
                    report,
                    bare: false,
                    source: doc.text(first, last).into(),
                });
            }
            k = e;
        }
        // `Россия заявила о 337 дронах, Украина — о 79`: a second speaker
        // whose verb a dash stands for, as the first speaker's clause is
        // echoed.
        if let Some(p) = out.last().filter(|p| p.sentence == s && p.last <= p.verb)
            && let Some((after, _)) = LEXICON.speech.match_at(t, p.verb, range.end)
            && after < range.end
        {
            // What stands after the dash echoes what stands after the
            // verb (`о`, `про`), or is the count itself.
            let echoes = |x: usize| {
                x < range.end
                    && (t[x].key == t[after].key
                        || t[x].kind == Kind::Num
                        || LEXICON.numbers.has_word(t[x].key))
            };
            let mut k = p.verb + 1;
            while let Some(comma) = (k..range.end).find(|&x| t[x].is_punct(',')) {
                let dash = (comma + 2..(comma + 6).min(range.end))
                    .find(|&x| chunks::copula(doc, x))
                    .filter(|&d| {
                        (comma + 1..d).all(|x| {
                            t[x].kind == Kind::Word && LEXICON.events.match_at(t, x, d).is_none()
                        }) && LEXICON.speakers.match_at(t, comma + 1, d).is_some()
                            && echoes(d + 1)
                    });
                if let Some(d) = dash {
                    let q = Speaking::named(doc, s, d, (comma + 1, d));
                    if q.claimant != Claimant::Unknown {
                        out.push(q);
                    }
                }
                k = comma + 1;
            }
        }
        // `такие данные содержит утренняя сводка губернатора Вячеслава
        // Гладкова`: a report named with its giver after it, in the
        // genitive, names a speaker with no verb of speech.
        if out.last().is_none_or(|p| p.sentence != s) && doc.may_have(s, &LEXICON.speakers) {
            let given = (range.start..range.end).find_map(|k| {
                let (e, x) = LEXICON.speakers.match_at(t, k, range.end)?;
                let (last, y) = (matches!(x, Speaker::Report { .. }) && e < range.end)
                    .then(|| LEXICON.speakers.match_at(t, e, range.end))
                    .flatten()?;
                (!matches!(y, Speaker::Report { .. }) && t[e].space_before).then_some((k, e, last))
            });
            if let Some((report, first, _)) = given
                && let Some((_, last)) = phrase_after(doc, first, range.end)
            {
                let p = Speaking::named(doc, s, report, (first, last));
                if p.claimant != Claimant::Unknown || p.role.is_some() {
                    out.push(p);
                }
            }
        }
        // `Death toll rises to 9 – KCMA`: a headline's source after a dash;
        // `..., - МЗС про ракетний удар РФ`: and what it speaks of.
        let topic = |from: usize| {
            (from..range.end).find(|&k| LEXICON.topics.match_at(t, k, range.end).is_some())
        };
        let dash = (range.end.saturating_sub(5).max(range.start)..range.end)
            .rev()
            .find(|&k| t[k].is_spaced_dash())
            .or_else(|| {
                (range.end.saturating_sub(10).max(range.start)..range.end)
                    .rev()
                    .find(|&k| {
                        t[k].is_spaced_dash()
                            && topic(k + 1).is_some_and(|q| (k + 2..k + 5).contains(&q))
                    })
            });
        let end = dash.and_then(|d| topic(d + 1)).unwrap_or(range.end);
        // `Кривой Рог: 75 пострадавших – Вилкул`: a headline's source may be
        // a name alone, one or two words in capitals, whose side is the
        // one the article gives it in full.
        let name_only = |dash: usize| {
            s == 0
                && doc.article.title.is_some()
                && end > dash + 1
                && end <= dash + 3
                && (dash + 1..end).all(|k| t[k].kind == Kind::Word && t[k].upper)
        };
        if let Some(dash) = dash
            && dash + 1 < end
            && out.last().is_none_or(|p| p.sentence != s)
            // `45 — сбили над Крымом`: a clause after the dash, not a name.
            && !(dash + 1..end).any(|k| LEXICON.events.match_at(t, k, end).is_some())
            // `4 — у Смоленській`: a place the count is paired with.
            && !LEXICON.is(&t[dash + 1], class::PLACE_PREP)
            // `Курська область – РФ`, `із Курської обл. - РФ`,
            // `(Приморсько-Ахтарськ – рф)`: a dash that glosses a region
            // or a place in brackets with its country.
            && !(((range.start..dash).rev().find(|&k| !t[k].is_punct('.'))
                .is_some_and(|k| LEXICON.is(&t[k], class::REGION))
                || t.get(dash + 2).is_some_and(|n| n.is_punct(')')))
                && LEXICON.side_word(&t[dash + 1]).is_some())
            // `Усе це — історична частина Львова`: a place alone names
            // no one.
            && ((dash + 1..end).any(|k| LEXICON.speakers.match_at(t, k, end).is_some())
                || name_only(dash))
        {
            let (claimant, role, report) = classify(doc, dash + 1, end);
            if (claimant != Claimant::Unknown || role.is_some()) && !report {
                out.push(Speaking::named(doc, s, dash, (dash + 1, end)));
            } else if claimant == Claimant::Unknown && role.is_none() && !report && name_only(dash)
            {
                out.push(Speaking {
                    bare: true,
                    ..Speaking::named(doc, s, dash, (dash + 1, end))
                });
            }
        }
        // `Air Force: 71 of 90 drones downed`, `Vyacheslav Gladkov: the
        // situation in the region`: a label that names who speaks.
        // `Олег Синєгубов – про обстановку ...`: a dash before what the
        // words are about ends the label as a colon does.
        let about = |k: usize| {
            chunks::dash(doc, k)
                && k + 1 < range.end
                && LEXICON.topics.match_at(t, k + 1, range.end).is_some()
        };
        if let Some(colon) = (range.start..(range.start + 10).min(range.end))
            .find(|&k| t[k].is_punct(':') || about(k))
            && colon > range.start
            && out.last().is_none_or(|p| p.sentence != s)
        {
            // `Source: the Air Force Commander, writing on Telegram`: the
            // label says the speaker follows.
            let source_line = colon == range.start + 1 && source_line(doc, s);
            let (first, last) = if source_line {
                match phrase_after(doc, colon + 1, range.end) {
                    Some(p) => p,
                    None => (colon, colon),
                }
            } else if LEXICON.is(&t[range.start], class::LABEL)
                && range.start + 2 < colon
                && t[range.start + 1].is("from")
            {
                // `Quote from Kyrylenko: "..."`: the one quoted.
                (range.start + 2, colon)
            } else {
                (range.start, colon)
            };
            let (claimant, role, report) = classify(doc, first, last);
            // A label names a speaker, not a topic with a place in it
            // (`Russia-Ukraine war: key events`).
            let sides = |c| (first..last).any(|k| LEXICON.is(&t[k], c));
            // Nor one that names an attack (`Удар РФ по селу: ...`).
            let topic = sides(class::SIDE_RU) && sides(class::SIDE_UA) || sides(class::ATTACK);
            // Nor a clause that counts (`Russia launched 101 drones: two
            // killed`).
            let clause = (first..last).any(|k| t[k].kind == Kind::Num);
            // A speaker before anything happens in the label, ending it or
            // followed by a name, a word of grammar or another speaker's
            // word: not a side's word for a topic (`Ukraine war situation
            // update: ...`, `Российский дрон атаковал центр Херсона: ...`).
            // A report's noun names no one.
            let heads = |e: usize| {
                e >= last
                    || t[e].upper
                    || t[e].kind != Kind::Word
                    || LEXICON.is(&t[e], class::STOP)
                    || LEXICON.speakers.match_at(t, e, last).is_some()
            };
            let speaker = (first..last)
                .take_while(|&k| LEXICON.events.match_at(t, k, last).is_none())
                .any(|k| {
                    LEXICON
                        .speakers
                        .match_at(t, k, last)
                        .is_some_and(|(e, y)| !matches!(y, Speaker::Report { .. }) && heads(e))
                });
            let names = source_line || !topic && !clause && speaker;
            // `Синегубов: за сутки ...`: a name alone, its side found
            // where the article names it in full (below).
            // So is a name before what it speaks of (`Сергій Лисак про
            // наслідки атаки: ...`, `Zelensky on the night: ...`).
            let name = (first..last)
                .take_while(|&k| t[k].upper && t[k].kind == Kind::Word)
                .count();
            let name_end = first + name;
            let bare_name = !source_line
                && !clause
                && (1..=2).contains(&name)
                && (name_end == last || LEXICON.is(&t[name_end], class::STOP))
                && !LEXICON.is(&t[first], class::LABEL);
            let named = names && (claimant != Claimant::Unknown || role.is_some());
            if first < last && (named || bare_name) && !report {
                let words = if named {
                    (first, last)
                } else {
                    (first, name_end)
                };
                out.push(Speaking {
                    bare: !named,
                    ..Speaking::named(doc, s, colon, words)
                });
            }
        }
    }
    resolve_roles(doc, &mut out, signals);
    // A name alone as a label is the speaker the article names in full
    // with a side (`... глава Харьковской ОВА Олег Синегубов`), spelt the
    // same, capital and all, in any case (`голови ОВА Вадима Філашкіна`);
    // or no one.
    let sides: Vec<Option<Claimant>> = out
        .iter()
        .map(|p| {
            let name = p.source.split_whitespace().last().unwrap_or("");
            p.bare
                .then(|| {
                    out.iter().find(|q| {
                        !q.bare
                            && q.claimant != Claimant::Unknown
                            && (q.source.split(|c: char| !c.is_alphanumeric()).any(|w| w == name)
                                // A surname declined: only the last word,
                                // so `Іванов` is not `Іван Синєгубов`.
                                || q.source
                                    .split(|c: char| !c.is_alphanumeric())
                                    .rfind(|w| !w.is_empty())
                                    .is_some_and(|w| LEXICON.same_word(w, name)))
                    })
                })
                .flatten()
                .map(|q| q.claimant)
        })
        .collect();
    let mut sides = sides.into_iter();
    out.retain_mut(|p| match (sides.next().flatten(), p.bare) {
        (Some(c), true) => {
            p.claimant = c;
            true
        }
        (None, true) => false,
        _ => true,
    });
    out
}

/// The speaker phrase before a speech verb: back to the clause start, with
/// one appositive (`Sargi Lisak, head of the region, said`).
fn phrase_before(doc: &Doc<'_>, verb: usize, start: usize) -> Option<(usize, usize)> {
    let t = &doc.tokens;
    // A dash stops it too: `KYIV (AP) - The governor said` names the
    // governor, not the agency of the dateline.
    let stop = |k: usize| {
        (doc.boundary(k) && !t[k].is_punct('(') && !t[k].is_punct(')'))
            || t[k].is("that")
            || t[k].kind == Kind::Num
            || t[k].is_punct('-') && t[k].space_before
    };
    let mut last = verb;
    // Adverbs before the verb belong to neither: `also said`, `later
    // reported`, `Там также уточнили`.
    while last > start
        && (matches!(
            t[last - 1].key,
            "also" | "later" | "earlier" | "then" | "previously" | "has" | "have" | "had"
        ) || last >= start + 2
            && t[last - 2].kind == Kind::Word
            && LEXICON.is(&t[last - 1], class::SKIP)
            && LEXICON.is(&t[last - 1], class::AUX))
    {
        last -= 1;
    }
    // Where a phrase ending at `end` starts, at most `most` words back.
    let back = |end: usize, most: usize| {
        let mut b = end;
        while b > start && !stop(b - 1) && end - b < most {
            b -= 1;
        }
        b
    };
    let mut first = back(last, 10);
    // `Минобороны 4 октября сообщило`: a date between the speaker and
    // the verb is no count; the speaker is before it.
    if first + 1 == last
        && first > start + 1
        && LEXICON.is(&t[first], class::MONTH)
        && t[first - 1].kind == Kind::Num
        && !stop(first - 2)
    {
        last = first - 1;
        first = back(last, 10);
    }
    // `Russian-installed officials in the partly occupied Ukrainian
    // regions of Kherson and Luhansk said`, `The Office of the UN High
    // Commissioner ... has recorded`: ten words back may stop inside a
    // phrase after the speaker's head, at a preposition, an article or
    // another word that starts no name; the speaker is its subject.
    if first > start && !stop(first - 1) && LEXICON.is(&t[first], class::STOP) {
        first = back(first, 6);
    }
    // `UN rights experts who monitor abuses in Ukraine said`: a relative
    // clause on the speaker is no speaker; the noun before it is.
    if first > start + 1
        && t[first - 1].is("who")
        && !t[first - 2].is_punct(',')
        && !stop(first - 2)
    {
        let relative = first - 1;
        return Some((back(relative, 6), relative));
    }
    // A count before the speaker is the subject's (`five people said`);
    // a time of day is not (`At 15.00 the emergency service reports`).
    // Nor is a date's day (`4 жовтня Міноборони повідомило`, `On October
    // 4 the ministry said`): the speaker follows its month.
    if first > start && t[first - 1].kind == Kind::Num && !super::text::clock(t, first - 1) {
        let day = t[first - 1]
            .key
            .parse::<u32>()
            .is_ok_and(|d| (1..=31).contains(&d));
        let month = |k: usize| day && k < last && LEXICON.is(&t[k], class::MONTH);
        // `6 квітня в Україні оголосили`: a place is no speaker.
        if month(first) && first + 1 < last && !LEXICON.is(&t[first + 1], class::PLACE_PREP) {
            first += 1;
        } else if !(first >= start + 2 && month(first - 2)) {
            return None;
        }
    }
    // `..., and claimed that`: a conjunction is no speaker; the clause's
    // subject is the speaker before it.
    while first < last && matches!(t[first].key, "and" | "but" | "or" | "while") {
        first += 1;
    }
    // `Також повідомлено`, `Также сообщается`: a word that goes on with
    // the sentence before is no speaker.
    // (`а также рассказали`: the adverbs passed over before the verb may
    // be the continuation's own last word.)
    if let Some((e, _)) = LEXICON.continuations.match_at(t, first, verb) {
        first = e.min(last);
    }
    if first == last {
        // `..., head of the region, said`: the verb follows a comma.
        if last > start && t[last - 1].is_punct(',') {
            let mut seg_end = last - 1;
            // `Ukraine's navy, however, said`: a connective between commas.
            if seg_end >= start + 2
                && matches!(
                    t[seg_end - 1].key,
                    "however"
                        | "meanwhile"
                        | "though"
                        | "too"
                        | "also"
                        | "instead"
                        | "separately"
                        | "later"
                )
                && t[seg_end - 2].is_punct(',')
            {
                seg_end -= 2;
            }
            let mut a = seg_end;
            let relative_stop = |k: usize| stop(k) && !(t[k].kind == Kind::Num);
            while a > start && !relative_stop(a - 1) && seg_end - a < 12 {
                a -= 1;
            }
            if a == seg_end {
                return None;
            }
            // `Vladimir Zelensky, whose term expired in May 2024, claimed`: the
            // aside is not the speaker; the name before it is. The words
            // that end a clause (`who`, `where`) stopped the walk just after.
            let relative = |k: usize| LEXICON.is(&t[k], class::RELATIVE);
            if a > start && relative(a - 1) {
                a -= 1;
            }
            if relative(a) && a > start + 1 && t[a - 1].is_punct(',') {
                let b = back(a - 1, 6);
                return (b < a - 1).then_some((b, a - 1));
            }
            // `Пресслужба прокуратури в середу, 10 грудня, повідомила`: a
            // date set off by commas is no speaker; the words before it are.
            let dated = (a..seg_end).any(|k| LEXICON.is(&t[k], class::MONTH));
            if dated && a > start + 1 && t[a - 1].is_punct(',') {
                let b = back(a - 1, 10);
                // `Об этом в среду, 22 января, сообщил губернатор`: not
                // where the words before name no one.
                if b < a - 1 && !names_nobody(doc, (b, a - 1)) {
                    return Some((b, a - 1));
                }
            }
            // `15 were injured, among them three children, said the
            // governor`: a clause with a count is what is said, not who
            // says it; the speaker follows the verb.
            // Nor is one with a verb of what happened (`, що їх російська
            // сторона запустила, повідомили`).
            let said = (a..seg_end).any(|k| {
                t[k].kind == Kind::Num
                    || LEXICON.numbers.has_word(t[k].key)
                    || LEXICON
                        .events
                        .match_at(t, k, seg_end)
                        .is_some_and(|(_, e)| e.place == Place::Any)
            });
            if said {
                return None;
            }
            // And the name before it: `Sargi Lisak, head of ..., said`.
            if a > start + 1 && t[a - 1].is_punct(',') {
                let b = back(a - 1, 5);
                if b < a - 1 && t[b].upper {
                    return Some((b, seg_end));
                }
            }
            return Some((a, seg_end));
        }
        return None;
    }
    // Leading time phrases are not the speaker: `By evening the State
    // Emergency Service`, `On Saturday the ministry`.
    if matches!(
        t[first].key,
        "by" | "on"
            | "in"
            | "at"
            | "after"
            | "during"
            | "early"
            | "late"
            | "later"
            | "earlier"
            | "overnight"
    ) && let Some(d) =
        (first + 1..(first + 5).min(last)).find(|&k| matches!(t[k].key, "the" | "a" | "an"))
    {
        first = d;
    }
    // `Действия Украины в Минобороны РФ назвали ...`: a speaker after a
    // preposition of place, right before the verb, is where it was said,
    // and so who said it; the words before it are what was spoken of.
    // Not where a speaker opens the phrase (`Зеленський у США заявив`) or
    // a name follows the body (`Посол России в США Анатолий Антонов
    // заявил`). English puts no speaker there: `officials in Ukraine said`.
    let ends_phrase = |e: usize| {
        (e..last).all(|j| LEXICON.side_word(&t[j]).is_some() || t[j].kind == Kind::Punct)
    };
    if doc.article.language != Language::En
        && LEXICON.topics.match_at(t, first, last).is_none()
        && LEXICON.speakers.match_at(t, first, last).is_none()
        && let Some(k) = (first + 1..last).find(|&k| {
            LEXICON.is(&t[k], class::PLACE_PREP)
                && LEXICON
                    .speakers
                    .match_at(t, k + 1, last)
                    .is_some_and(|(e, _)| ends_phrase(e))
        })
        && !(first..k).any(|j| {
            LEXICON
                .speakers
                .match_at(t, j, k)
                .is_some_and(|(_, sp)| !matches!(sp, Speaker::Side(_)))
        })
    {
        first = k + 1;
    }
    Some((first, last))
}

/// The speaker a sentence opens its clause with, before token `end`: a
/// side, a third party or a role the tables know, with the names after it
/// (`Ukrainian President Volodymyr Zelenskyy`).
fn subject(doc: &Doc<'_>, start: usize, end: usize) -> Option<(usize, usize)> {
    let t = &doc.tokens;
    let (k, mut e) = (start..end).find_map(|k| {
        let (e, x) = LEXICON.speakers.match_at(t, k, end)?;
        let placed = k > start && LEXICON.is(&t[k - 1], class::PLACE_PREP);
        (!matches!(x, Speaker::Report { .. }) && !placed).then_some((k, e))
    })?;
    while e < end && (t[e].upper && t[e].kind == Kind::Word || t[e].kind == Kind::Poss) {
        e += 1;
    }
    Some((k, e))
}

/// `..., а также рассказали`: words that go on with the clause before
/// open the verb's own clause, right before it.
fn continues_clause(doc: &Doc<'_>, start: usize, verb: usize) -> bool {
    let t = &doc.tokens;
    (verb.saturating_sub(3).max(start + 1)..verb).any(|q| {
        doc.boundary(q - 1)
            && LEXICON
                .continuations
                .match_at(t, q, verb)
                .is_some_and(|(x, _)| x == verb)
    })
}

/// Whether a phrase before a speech verb names no speaker at all: no
/// side, role, or pronoun.
fn names_nobody(doc: &Doc<'_>, (first, last): (usize, usize)) -> bool {
    let t = &doc.tokens;
    // `О последствиях атаки ВСУ рассказал губернатор`: words opened by
    // what they are about are what is told, whoever they name; after
    // `Про це`, `Об этом`, the words that follow are read as ever (`Про це
    // Зеленський розповів`).
    if let Some((e, _)) = LEXICON.topics.match_at(t, first, last) {
        if e < last && LEXICON.is(&t[e], class::ANAPHOR) {
            return e + 1 >= last
                || matches!(classify(doc, e + 1, last), (Claimant::Unknown, None, _));
        }
        return true;
    }
    // A name or a pronoun is somebody; failing those, a report
    // (`Дані оприлюднили ...`) names nobody: who gave it may follow.
    // `в Телеграмі`, `on Facebook`: where it was posted is no one.
    let named = |k: usize| t[k].upper && k > first && !LEXICON.is(&t[k - 1], class::PLACE_PREP);
    !(first..last).any(|k| LEXICON.is(&t[k], class::PERSONAL | class::PRONOUN) || named(k))
        && matches!(classify(doc, first, last), (Claimant::Unknown, None, _))
}

/// Whether a phrase after a speech verb is its speaker: it starts with
/// one (after a preposition: `в Минобороны`), and holds no count or event,
/// as the clause of what was said does (`said Russian drones hit 20`).
fn speaker_after(doc: &Doc<'_>, (first, last): (usize, usize)) -> bool {
    let t = &doc.tokens;
    let mut a = first;
    if a + 1 < last && LEXICON.is(&t[a], class::PLACE_PREP) {
        a += 1;
    }
    // `официальный представитель Минобороны`, `Харківська ОВА`: a word or
    // two of what kind or of where before the name.
    let starts = LEXICON.speakers.match_at(t, a, last).is_some()
        || (a + 1..(a + 3).min(last))
            .take_while(|&k| {
                t[k - 1].kind == Kind::Word
                    && (!t[k - 1].upper || LEXICON.places.match_at(t, k - 1, k).is_some())
            })
            .any(|k| {
                LEXICON
                    .speakers
                    .match_at(t, k, last)
                    .is_some_and(|(_, x)| !matches!(x, Speaker::Report { .. }))
            })
        // `Державна служба з надзвичайних ситуацій України`: a body's
        // name in capitals that names a side or a role further on.
        || a == first
            && t[a].upper
            && t[a].kind == Kind::Word
            && LEXICON.places.match_at(t, a, last).is_none()
            && !matches!(classify(doc, a, last), (Claimant::Unknown, None, _));
    let clause = (first..last).any(|k| {
        t[k].kind == Kind::Num
            || LEXICON.numbers.has_word(t[k].key)
            || LEXICON.events.match_at(t, k, last).is_some()
    });
    starts && !clause
}

/// The speaker phrase after `according to` or an inverted `said`.
fn phrase_after(doc: &Doc<'_>, from: usize, end: usize) -> Option<(usize, usize)> {
    let t = &doc.tokens;
    let mut a = from;
    while a < end
        && (t[a].is("on") || t[a].is("in"))
        && a + 1 < end
        && t[a + 1].upper
        && LEXICON.speakers.match_at(t, a + 1, end).is_none()
    {
        // `said on Telegram the governor`: skip the channel.
        a += 2;
    }
    // `написал в телеграм-канале губернатор`: so in every language.
    while a + 1 < end
        && LEXICON.is(&t[a], class::PLACE_PREP)
        && let Some((e, _)) = LEXICON.channels.match_at(t, a + 1, end)
    {
        a = e;
    }
    // `Сообщается также, что ...`, `said also the governor`: a word the
    // tables pass over between a verb and what follows (an adverb, `has`,
    // `удалось`) is no one.
    while a < end && LEXICON.is(&t[a], class::SKIP) && LEXICON.is(&t[a], class::AUX) {
        a += 1;
    }
    let mut b = a;
    loop {
        while b < end && !doc.boundary(b) && !t[b].is_punct('.') && b - a < 16 {
            b += 1;
        }
        // `очільник Донецької ОДА (ОВА) Павло Кириленко`: a short aside in
        // brackets, the name going on after it.
        let close = (b > a && b < end && t[b].is_punct('('))
            .then(|| (b + 1..(b + 5).min(end)).find(|&x| t[x].is_punct(')')))
            .flatten()
            .filter(|&x| x + 1 < end && t[x + 1].kind == Kind::Word);
        match close {
            Some(x) => b = x + 1,
            None => break,
        }
    }
    // `написав він у телеграмі`: where the speaker posts, after the name,
    // is no word of it.
    if let Some(k) = (a + 1..b).find(|&k| {
        LEXICON.is(&t[k], class::PLACE_PREP)
            && LEXICON
                .channels
                .match_at(t, k + 1, b)
                .is_some_and(|(e, _)| e == b)
    }) {
        b = k;
    }
    if b == a {
        return None;
    }
    // `the regional governor, Ivan Fedorov`; `said Serhiy Lysak, head of
    // the regional administration.`: an appositive that ends the sentence.
    if b + 1 < end && t[b].is_punct(',') {
        let mut c = b + 1;
        while c < end && !doc.boundary(c) && !t[c].is_punct('.') && c - b <= 10 {
            c += 1;
        }
        let clause = (b + 1..c).any(|x| {
            t[x].kind == Kind::Num
                || LEXICON.numbers.has_word(t[x].key)
                || LEXICON.events.match_at(t, x, c).is_some()
        }) || t[b + 1].is("and")
            || t[b + 1].is("but");
        // `Source: Pavlo Kyrylenko, Head of ...; Oleh Syniehubov, ...`: so
        // does one that ends a speaker of a list.
        if (c >= end || t[c].is_punct('.') || t[c].is_punct(';')) && !clause {
            b = c;
        }
    }
    Some((a, b))
}

/// The side a speaker phrase names, or the role it names when it names none.
fn classify(doc: &Doc<'_>, first: usize, last: usize) -> (Claimant, Option<String>, bool) {
    let t = &doc.tokens;
    let mut role = None;
    let mut report = false;
    let mut k = first;
    while k < last {
        if let Some((e, sp)) = LEXICON.speakers.match_at(t, k, last) {
            // Short acronyms only count in capitals: `US`, not `us`.
            let acronym_ok = e > k + 1 || t[k].key.len() > 3 || t[k].upper;
            // `О последствиях атаки ВСУ губернатор ... рассказал`: a side
            // whose attack or weapons the words before it name is the
            // attacker, not who speaks.
            // Only where a speaker follows it in the phrase: `Після атаки
            // Росія заявила` is Russia speaking.
            let attacking = matches!(sp, Speaker::Side(_))
                && k > first
                && LEXICON.is(&t[k - 1], class::ATTACK)
                && (e..last).any(|j| LEXICON.speakers.match_at(t, j, last).is_some());
            if acronym_ok && !attacking {
                match sp {
                    Speaker::Side(s) => return ((*s).into(), None, false),
                    Speaker::Third => return (Claimant::Other, None, false),
                    Speaker::Role { .. } => role = Some(t[e - 1].key.to_string()),
                    Speaker::Report { .. } => report = true,
                }
            }
            k = e;
            continue;
        }
        if let Some((_, side)) = LEXICON.places.match_at(t, k, last) {
            return ((*side).into(), None, false);
        }
        // `the governor of the region bordering Ukraine`: past a role, a
        // participle opens what the role's place borders on or faces,
        // which is not the speaker's side.
        if role.is_some() && t[k].kind == Kind::Word && !t[k].upper && t[k].key.ends_with("ing") {
            break;
        }
        k += 1;
    }
    let report = report && role.is_none();
    (Claimant::Unknown, role, report)
}

/// Speakers that name no side get one: a pronoun from a side named earlier
/// in its sentence or the last speaker; a role (`the governor`) from a place
/// the sentence puts it in, or an earlier speaker with that role; a bare
/// name from an earlier, fuller mention. Failing all that, officials who
/// report an attack are taken to be the defender's.
fn resolve_roles(doc: &Doc<'_>, speakers: &mut [Speaking], signals: &Signals<'_, '_>) {
    let t = &doc.tokens;
    // A role is looked for in every speaker before it: the letters of each
    // speaker's name rule most of them out before its words are read.
    let mut letters: Vec<u64> = speakers.iter().map(|p| letters_of(&p.source)).collect();
    let thirds = Thirds::new();
    for i in 0..speakers.len() {
        if speakers[i].claimant != Claimant::Unknown || speakers[i].bare {
            continue;
        }
        let sp = &speakers[i];
        let range = doc.range(sp.sentence);
        let mut found: Option<(Claimant, Option<Arc<str>>)> = None;
        if sp.report {
            // `"By updated data, 58 of 59 were shot down," the Air Force
            // said`: the report of the one who speaks it in its sentence;
            // else of one named before it. A report with no speaker named
            // before it (`ідеться в дописі`) is of the side the attack fell
            // on.
            let s = sp.sentence;
            found = speakers[i + 1..]
                .iter()
                .take_while(|p| p.sentence == s)
                .chain(speakers[..i].iter().rev())
                .find(|p| p.claimant != Claimant::Unknown)
                .map(|p| (p.claimant, None))
                .or_else(|| {
                    // `A new report from the UN mission ... According to
                    // the report, ...`: the party whose report it is.
                    third_party_before(doc, &thirds, sp.sentence, sp.first, None)
                        .map(|name| (Claimant::Other, Some(name)))
                })
                .or_else(|| {
                    // `За попередніми даними, ...` with no one named is no
                    // one's: data have no author of their own.
                    authored(doc, sp)
                        .then(|| signals.last(sp.sentence))
                        .flatten()
                        .map(|side| (side.other().into(), None))
                });
        } else if sp.pronoun {
            // `Russia's defence ministry keeps its own tally: it said ...`
            // Only a name that opens the sentence or a clause is the
            // pronoun's: `Russia's defence ministry keeps a tally: it said`.
            let opens =
                |k: usize| k == range.start || t[k - 1].is_punct(':') || t[k - 1].is_punct(';');
            // `Russia had launched 81 drones, it said`: past the words it
            // speaks, a name they hold is none of its.
            // A name before a colon still opens the words it gives
            // (`Russia's defence ministry gave its tally: ..., it said`).
            let before = if sp.closes(range.end) {
                (range.start..sp.first)
                    .find(|&k| t[k].is_punct(':') || t[k].is_punct(';'))
                    .unwrap_or(range.start)
            } else {
                sp.first
            };
            let named = (range.start..before)
                .filter(|&k| {
                    opens(k)
                        || k > range.start && opens(k - 1) && matches!(t[k - 1].key, "the" | "a")
                })
                .find_map(|k| {
                    let placed = k > range.start && LEXICON.is(&t[k - 1], class::PLACE_PREP);
                    let (e, x) = LEXICON
                        .speakers
                        .match_at(t, k, sp.first)
                        .filter(|_| !placed)?;
                    let claimant = match x {
                        Speaker::Side(side) => Claimant::from(*side),
                        Speaker::Third => Claimant::Other,
                        Speaker::Role { .. } | Speaker::Report { .. } => return None,
                    };
                    // The whole name: `Ukraine's air force`, `Russia's defence ministry`.
                    let mut end = e;
                    while end < sp.first {
                        if t[end].kind == Kind::Poss {
                            end += 1;
                        } else if let Some((e2, Speaker::Role { .. })) =
                            LEXICON.speakers.match_at(t, end, sp.first)
                        {
                            end = e2;
                        } else {
                            break;
                        }
                    }
                    Some((claimant, Arc::<str>::from(doc.text(k, end))))
                });
            found = named.map(|(c, text)| (c, Some(text))).or_else(|| {
                speakers[..i]
                    .iter()
                    .rev()
                    .find(|p| p.claimant != Claimant::Unknown)
                    .map(|p| (p.claimant, Some(p.source.clone())))
            });
        } else {
            // `according to the ministry` after `the defence ministry
            // said`: a role the last speaker was named with is that
            // speaker. A body's role is looked up so before the places its
            // sentence names (`in regions bordering Ukraine`); a local
            // role after them, as another region's head may speak
            // (`drones struck Russia's Kursk region, the regional governor
            // said` after the Kharkiv governor).
            // Every word of the role's phrase, not only its last: `the
            // health ministry` is not the `interior ministry`.
            let phrase: Vec<&str> = (sp.first..sp.last)
                .filter(|&k| t[k].kind == Kind::Word && !LEXICON.is(&t[k], class::STOP))
                .map(|k| t[k].key)
                .collect();
            let role = sp.role.as_deref();
            let names_role = |p: &Speaking| {
                p.claimant != Claimant::Unknown
                    && role.is_some_and(|r| holds(&p.source, r))
                    && phrase.iter().all(|w| holds(&p.source, w))
            };
            let named_with = || {
                speakers[..i]
                    .iter()
                    .rev()
                    .find(|p| p.claimant != Claimant::Unknown)
                    .filter(|p| names_role(p))
                    .map(|p| (p.claimant, None))
            };
            let local = (sp.first..sp.last).any(|k| {
                matches!(
                    LEXICON.speakers.match_at(t, k, sp.last),
                    Some((_, Speaker::Role { local: true }))
                )
            });
            // `Defense ministry says Russia intercepts 155 drones`: a body
            // whose side reports its own interceptions.
            if role.is_some() {
                found = (!local)
                    .then(named_with)
                    .flatten()
                    .or_else(|| own_result(doc, sp.sentence).map(|(c, _)| (c, None)));
            }
            if found.is_none() && sp.role.is_some() {
                let placed = places(doc, sp.sentence)
                    .into_iter()
                    .find(|(k, _)| *k < sp.first || *k >= sp.last);
                found = placed.map(|(_, side)| (side.into(), None));
            }
            if found.is_none() && local {
                found = named_with();
            }
            if found.is_none() && sp.role.is_some() {
                // `when the air force said Russia had launched 810 drones`
                found = signals
                    .of(sp.sentence)
                    .map(|side| (side.other().into(), None));
            }
            // One word (a role is a token's key), compared without regard
            // to ASCII case; for a role of something (`head of the
            // mission`), the words after it too, the nearest first.
            let last = sp.source.split_whitespace().last().unwrap_or("");
            let after_role = sp
                .role
                .as_deref()
                .and_then(|role| (sp.first..sp.last).position(|k| t[k].key == role))
                .map_or(sp.last, |at| sp.first + at + 1);
            let words = (after_role..sp.last)
                .filter(|&k| t[k].kind == Kind::Word && !LEXICON.is(&t[k], class::STOP))
                .map(|k| t[k].key);
            let keys = sp
                .role
                .as_deref()
                .into_iter()
                .chain(words)
                .chain(sp.role.is_none().then_some(last));
            for key in keys {
                if found.is_some() || key.is_empty() {
                    continue;
                }
                let needed = letters_of(key);
                found = speakers[..i]
                    .iter()
                    .zip(&letters)
                    .rev()
                    .find(|(p, has)| {
                        p.claimant != Claimant::Unknown
                            && needed & !**has == 0
                            && holds(&p.source, key)
                    })
                    .map(|(p, _)| (p.claimant, None))
                    // `The mission` of the `UN monitoring mission` named
                    // before it, speaking or not.
                    .or_else(|| {
                        third_party_before(doc, &thirds, sp.sentence, sp.first, Some(key))
                            .map(|_| (Claimant::Other, None))
                    });
            }
            // `..., Air Force reports` in a headline, named in full only
            // in the text below it: the first speaker after it with its
            // role.
            if found.is_none() && sp.sentence == 0 && doc.article.title.is_some() {
                found = speakers[i + 1..]
                    .iter()
                    .find(|p| names_role(p))
                    .map(|p| (p.claimant, None));
            }
            if found.is_none() {
                let signal = signals.last(sp.sentence);
                found = signal.map(|side| (side.other().into(), None));
            }
            // A body with no side named in Ukrainian or Russian writing is,
            // failing all else, its own country's.
            if found.is_none() && sp.role.is_some() {
                found = signals.home().map(|side| (side.into(), None));
            }
        }
        if let Some((c, source)) = found {
            speakers[i].claimant = c;
            if let Some(src) = source {
                letters[i] = letters_of(&src);
                speakers[i].source = src;
            }
        }
    }
}

/// Whether a report speaker names a document someone issued (`допис`, `the
/// statement`) rather than figures with no author (`preliminary data`).
fn authored(doc: &Doc<'_>, sp: &Speaking) -> bool {
    !(sp.first..sp.last).any(|k| {
        matches!(
            LEXICON.speakers.match_at(&doc.tokens, k, sp.last),
            Some((_, Speaker::Report { authored: false }))
        )
    })
}

/// Whether the speech word at token `k` is a noun: an article or a
/// possessive stands before it, with at most two lower-case words between
/// that name no one.
fn noun_after(doc: &Doc<'_>, start: usize, k: usize) -> bool {
    let t = &doc.tokens;
    for p in (k.saturating_sub(3).max(start)..k).rev() {
        if matches!(
            t[p].key,
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        ) {
            return (p + 1..k).all(|q| LEXICON.speakers.match_at(t, q, k).is_none());
        }
        // `his condolences and said`: a joint ends the noun phrase.
        if t[p].kind != Kind::Word || t[p].upper || LEXICON.joints.match_at(t, p, k).is_some() {
            return false;
        }
    }
    false
}

/// The third parties (the UN, a monitoring mission) an article names, as
/// `(sentence, first, last)` tokens in text order: found in one pass when
/// first asked for, however many roles and reports look back for them.
type Thirds = std::cell::OnceCell<Vec<(usize, usize, usize)>>;

/// The name of the third party named last before token `before` of
/// sentence `s`: with `key`, the last name that holds that word; without,
/// one in its paragraph or the one before.
fn third_party_before(
    doc: &Doc<'_>,
    thirds: &Thirds,
    s: usize,
    before: usize,
    key: Option<&str>,
) -> Option<Arc<str>> {
    let t = &doc.tokens;
    let fits = |k: usize, e: usize| {
        let name = doc.text(k, e);
        key.is_none_or(|key| holds(name, key))
            .then(|| Arc::from(name))
    };
    // Sentence `s` itself up to `before`, where a name must end.
    let range = doc.range(s);
    let here = (range.start..before).rev().find_map(|k| {
        let (e, x) = LEXICON.speakers.match_at(t, k, before)?;
        if *x == Speaker::Third {
            fits(k, e)
        } else {
            None
        }
    });
    if here.is_some() {
        return here;
    }
    let all = thirds.get_or_init(|| {
        let mut found = Vec::new();
        for p in 0..doc.sentences.len() {
            if !doc.may_have(p, &LEXICON.speakers) {
                continue;
            }
            let range = doc.range(p);
            for k in range.clone() {
                if let Some((e, Speaker::Third)) = LEXICON.speakers.match_at(t, k, range.end) {
                    found.push((p, k, e));
                }
            }
        }
        found
    });
    // A word of the name reaches back to the article's start; a report
    // alone, to the paragraph before.
    let paragraph = doc.sentences[s].paragraph;
    all[..all.partition_point(|&(p, ..)| p < s)]
        .iter()
        .rev()
        .take_while(|&&(p, ..)| key.is_some() || doc.sentences[p].paragraph + 1 >= paragraph)
        .find_map(|&(_, k, e)| fits(k, e))
}

/// Which ASCII letters (either case) and digits a text holds, a bit
/// each: a name that lacks one of a word's letters cannot hold the word.
fn letters_of(text: &str) -> u64 {
    text.bytes().fold(0, |m, b| m | LETTER_BIT[b as usize])
}

/// Each byte's bit in [`letters_of`]; none for a byte that is not an
/// ASCII letter or digit.
static LETTER_BIT: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let c = (b as u8).to_ascii_lowercase();
        t[b] = match c {
            b'a'..=b'z' => 1 << (c - b'a'),
            b'0'..=b'9' => 1 << (26 + c - b'0'),
            _ => 0,
        };
        b += 1;
    }
    t
};

/// Whether `name` holds `word` as one of its words (runs of letters and
/// digits), in any ASCII case. Most names are ASCII, and their bytes are
/// split without decoding chars.
fn holds(name: &str, word: &str) -> bool {
    // `генерал-лейтенант`: a word of several parts is found whole.
    if word.contains(|c: char| !c.is_alphanumeric()) {
        return name.to_lowercase().contains(&word.to_lowercase());
    }
    if name.is_ascii() {
        name.as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    } else {
        // `в командовании` after `командования Воздушных сил`: one word
        // in another case.
        // Words that share no first three letters share no stem: most
        // are ruled out before one is lowered.
        let word = word.to_lowercase();
        name.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let lead = w.chars().flat_map(char::to_lowercase).take(3);
            lead.eq(word.chars().take(3)) && LEXICON.same_word(&w.to_lowercase(), &word)
        })
    }
}

/// The territory named in a sentence by a place (`In the Zaporizhzhia
/// region`, `over Belgorod`), skipping the speaker's own words.
fn sentence_place(doc: &Doc<'_>, s: usize, skip: Option<(usize, usize)>) -> Option<Side> {
    places(doc, s)
        .into_iter()
        .find(|(k, _)| skip.is_none_or(|(a, b)| *k < a || *k >= b))
        .map(|(_, side)| side)
}

/// Places named in sentence `s` with their territory: a place name, or a
/// side word after a preposition of place (`on Ukraine`, `inside Russia`).
fn places(doc: &Doc<'_>, s: usize) -> Vec<(usize, Side)> {
    let t = &doc.tokens;
    let range = doc.range(s);
    let mut out = Vec::new();
    for (k, e, side) in doc.place_names(s) {
        let is_side_word = LEXICON.side_word(&t[k]).is_some();
        let after_prep = governed(doc, range.start, k);
        let region_after = e < range.end && LEXICON.is(&t[e], class::REGION)
            || LEXICON.is(&t[e - 1], class::REGION);
        // `the enemy attacked Ukraine`: the target of an attack verb.
        let target = k > range.start
            && LEXICON
                .events
                .match_at(t, k - 1, k)
                .is_some_and(|(_, en)| matches!(en.weapon, Some(Event::Launched | Event::Hit)));
        // `Москву атаковали`: a name in an object's case.
        let after_prep = after_prep || target || doc.oblique(k);
        let possessive = e < range.end && t[e].kind == Kind::Poss;
        let launch_site = launch_site(doc, (k, e), range.clone());
        // `обстрел со стороны ВСУ`, `с украинской стороны`: who acts.
        let agent = |x: usize| LEXICON.agents.match_at(t, x, x + 1).is_some();
        // `от ракетной атаки России`: a side's name in the genitive
        // right after an attack's noun is whose attack it was.
        let owner = is_side_word
            && k > range.start
            && !t[k].key.is_ascii()
            && LEXICON.is(&t[k - 1], class::ATTACK);
        let acting = k > range.start && agent(k - 1) || e < range.end && agent(e) || owner;
        // `flew off towards Russia`: where they went, not where they fell.
        let heading = (range.start.max(k.saturating_sub(2))..k).any(|p| LEXICON.heads_to(t[p].key));
        // `5 крилатих «Онікс» ... [Крим]`: a place alone in square
        // brackets, as the Air Force's lists note where weapons were
        // launched from, is no target.
        let noted =
            k > range.start && t[k - 1].is_punct('[') && e < range.end && t[e].is_punct(']');
        if (!is_side_word || after_prep || region_after)
            && !possessive
            && !launch_site
            && !heading
            && !acting
            && !noted
        {
            out.push((k, side));
        }
    }
    out
}

/// The side a sentence names as the one who acts, beside a word that says
/// so: `обстрел со стороны ВСУ`, `с украинской стороны`, `з боку росії`.
fn agent_side(doc: &Doc<'_>, s: usize) -> Option<Side> {
    let t = &doc.tokens;
    let range = doc.range(s);
    if !doc.may_have(s, &LEXICON.agents) {
        return None;
    }
    range.clone().find_map(|k| {
        LEXICON.agents.match_at(t, k, range.end)?;
        let before = (k > range.start)
            .then(|| LEXICON.side_word(&t[k - 1]))
            .flatten();
        let after = (k + 1 < range.end)
            .then(|| LEXICON.side_word(&t[k + 1]))
            .flatten();
        before.or(after)
    })
}

/// The weapons a sentence names as what struck, with no number counting
/// them (`из-за ударов украинских дронов`, `Ukrainian drone strikes`), and
/// what may part their clause from a count's, each read once a sentence.
#[derive(Default)]
struct Struck {
    /// Where each such phrase starts and ends, and whose weapons they are.
    phrases: Vec<(usize, usize, Side)>,
    /// Where a comma or a semicolon stands.
    commas: Vec<usize>,
    /// Where a side or a verb of sending or hitting stands.
    attacks: Vec<usize>,
}

impl Struck {
    fn of(doc: &Doc<'_>, s: usize) -> Struck {
        let t = &doc.tokens;
        let range = doc.range(s);
        let mut out = Struck::default();
        for k in range.clone() {
            if t[k].is_punct(',') || t[k].is_punct(';') {
                out.commas.push(k);
            }
            let side = LEXICON.side_word(&t[k]);
            let sends = || {
                LEXICON
                    .events
                    .match_at(t, k, range.end)
                    .is_some_and(|(_, e)| matches!(e.weapon, Some(Event::Launched | Event::Hit)))
            };
            if side.is_some() || sends() {
                out.attacks.push(k);
            }
            // Not weapons a number counts, nor a place's name (`У Києві
            // ракети влучили`).
            let Some(side) = side else { continue };
            if k > range.start && t[k - 1].kind == Kind::Num
                || LEXICON.places.match_at(t, k, k + 1).is_some()
            {
                continue;
            }
            let Some((item, _, named, e)) = super::nouns::head(doc, k, range.end) else {
                continue;
            };
            // Named as what struck: after an attack's word or `by`, or
            // before an attack's word (`drone strikes`); not `brought down
            // a barrage of Ukrainian rockets`.
            let after_attack =
                k > range.start && (LEXICON.is(&t[k - 1], class::ATTACK) || t[k - 1].is("by"));
            let before_attack = e < range.end && LEXICON.is(&t[e], class::ATTACK);
            if (after_attack || before_attack)
                && item.class() == ItemClass::Weapon
                && named == Some(side)
            {
                out.phrases.push((k, e, side));
            }
        }
        out
    }

    /// Whether tokens `a..b` part two clauses: a comma where a side or an
    /// attack of its own stands too (`Ukrainian drone strikes hit a
    /// refinery, while 3 people were killed in Kharkiv`); not `погибли
    /// четыре человека, еще 12 ранены`, nor `killed when a Ukrainian drone
    /// attack hit`.
    fn apart(&self, a: usize, b: usize) -> bool {
        let any = |at: &[usize]| {
            at.get(at.partition_point(|&x| x < a))
                .is_some_and(|&x| x < b)
        };
        any(&self.commas) && any(&self.attacks)
    }

    /// The side whose struck weapons the clause of `c` names, from the
    /// nearest such phrase before it and after it: the side whose attack
    /// struck what `c` counts. None where the two disagree.
    fn side(&self, c: &Cand) -> Option<Side> {
        let at = self.phrases.partition_point(|&(k, ..)| k < c.n.first);
        let before = at
            .checked_sub(1)
            .map(|i| self.phrases[i])
            .filter(|&(_, e, _)| !self.apart(e, c.n.hedge));
        let after = (self.phrases.get(at).copied()).filter(|&(k, ..)| !self.apart(c.n.after, k));
        match (before, after) {
            (Some((.., x)), Some((.., y))) if x != y => None,
            (b, a) => b.or(a).map(|(.., side)| side),
        }
    }
}

/// The side whose territory sentence `s` names as where weapons were sent
/// from (`беспилотники, запущенные с территории Украины`, `drones launched
/// from the Kursk region`): theirs is the attack. Not a place said to be
/// held by the other side (`from occupied Donetsk`).
fn launched_from(doc: &Doc<'_>, s: usize) -> Option<Side> {
    let t = &doc.tokens;
    let start = doc.range(s).start;
    if !doc.may_have(s, &LEXICON.origins) {
        return None;
    }
    doc.place_names(s)
        .find(|&(k, e, _)| {
            let held = (k.saturating_sub(3).max(start)..k).any(|p| LEXICON.is(&t[p], class::HELD));
            !held && launch_site(doc, (k, e), doc.range(s))
        })
        .map(|(.., side)| side)
}

/// The most tokens back from a place to the word of where it was sent
/// from: a list of launch sites runs long.
const ORIGIN_REACH: usize = 40;

/// Whether the place at tokens `k..e` is where weapons were sent from:
/// `missiles fired from the Kursk region`, `drones launched from the
/// directions of Kursk, Oryol and Millerovo`.
fn launch_site(doc: &Doc<'_>, (k, e): (usize, usize), range: std::ops::Range<usize>) -> bool {
    let t = &doc.tokens;
    let start = range.start;
    // `росія з курської області випустила`, `из Курской и Брянской
    // областей выпустила`: the verb of sending right after the place, past
    // the other places of its list and their region's word.
    let glossed = k > start + 1 && t[k - 1].is_punct('(');
    let sent_after = |listed: bool| {
        let mut q = e;
        // `з районів Орла, Курська, Міллерова та Приморсько-Ахтарська
        // атакували`: names the tables do not know are of the list too.
        // An auxiliary after the place alone (`з Криму було випущено`)
        // or its gloss in brackets (`(Ростовская область) было
        // выпущено`), not after a list: `Apart from Kharkiv, Sumy and
        // Poltava were attacked` names the attacked.
        let mut listed = listed;
        while q < range.end
            && (in_place_list(doc, q, (start, range.end))
                || LEXICON.is(&t[q], class::AUX) && (glossed || !listed)
                || LEXICON.places.match_at(t, q, range.end).is_some())
        {
            listed |= t[q].is_punct(',') || LEXICON.joins(&t[q]);
            q += 1;
        }
        q < range.end
            && LEXICON
                .events
                .match_at(t, q, range.end)
                .is_some_and(|(_, e)| e.weapon == Some(Event::Launched) && e.place != Place::With)
    };
    // The word of origin that opens the list of places `at` is in, read
    // back over the words a list of places is made of, and, where `words`,
    // over any word of a place's phrase.
    let origin_before = |at: usize, walk: Walk| {
        let mut p = at;
        while p > start && at - p < ORIGIN_REACH {
            p -= 1;
            if LEXICON.origins.match_at(t, p, at).is_some() {
                return Some(p);
            }
            // A word of a place's phrase, which names no act; a gloss's
            // phrase runs past no other preposition (not `с моря на
            // Новороссийск (Краснодарский край)`).
            let word = walk != Walk::List
                && t[p].kind == Kind::Word
                && !doc.boundary(p)
                && !(walk == Walk::Gloss && LEXICON.is(&t[p], class::PLACE_PREP))
                && LEXICON.events.match_at(t, p, at).is_none()
                && LEXICON.speech.match_at(t, p, at).is_none();
            if !word && (walk == Walk::Gloss || !in_place_list(doc, p, (start, at))) {
                return None;
            }
        }
        None
    };
    // `из района Волгодонска (Ростовская область)`: a place in brackets
    // glosses the phrase before it, whose origin it shares, where its list
    // names none.
    let origin = origin_before(k, Walk::List)
        .or_else(|| glossed.then(|| origin_before(k - 1, Walk::Gloss)).flatten());
    let Some(p) = origin else {
        return false;
    };
    // `зі східного берега Азовського моря та з ... Криму`: the origin of a
    // list's later member is that of the first, whose place is a phrase.
    let p = match p
        .checked_sub(1)
        .filter(|&b| b > start && LEXICON.joins(&t[b]))
    {
        Some(joint) => origin_before(joint, Walk::Phrase).unwrap_or(p),
        None => p,
    };
    // `728 drones – from the directions of Kursk`: past a dash.
    let dash = |b: usize| chunks::dash(doc, b) || t[b].is_punct(',');
    let before = p
        .checked_sub(1)
        .filter(|&b| b >= start)
        .map(|b| if dash(b) && b > start { b - 1 } else { b });
    let sent_before = before.is_some_and(|b| {
        LEXICON
            .events
            .match_at(t, b, p)
            .is_some_and(|(_, e)| e.weapon == Some(Event::Launched))
            || LEXICON
                .items
                .match_at(t, b, p)
                .is_some_and(|(_, i)| i.item.class() == ItemClass::Weapon)
            || t[b].key.ends_with("ed")
                && LEXICON
                    .items
                    .match_at(t, b.saturating_sub(4).max(start), b)
                    .is_some()
            // `дронами-імітаторами різних типів – з напрямків`,
            // `безпілотниками інших типів із напрямків`,
            // `Безпілотники, за даними військових, летіли з`: the
            // weapons' phrase, an aside or not, then a dash or not.
            || (b.saturating_sub(8).max(start)..=b).any(|q| {
                LEXICON
                    .items
                    .match_at(t, q, p)
                    .is_some_and(|(_, i)| i.item.class() == ItemClass::Weapon)
            })
    });
    let listed = (p + 1..k).any(|j| t[j].is_punct(',') || LEXICON.joins(&t[j]));
    sent_before || sent_after(listed)
}

/// How far back [`launch_site`] reads for the word of origin a place's
/// list opens with: over the list's words only; over any word of a place's
/// phrase too; or, for a gloss in brackets, over the plain words of the
/// phrase it glosses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Walk {
    List,
    Phrase,
    Gloss,
}

/// Whether token `p` is a word a list of places ending before token `k`
/// is made of: a name, a joint, a region's word, a preposition of place.
fn in_place_list(doc: &Doc<'_>, p: usize, (start, k): (usize, usize)) -> bool {
    let t = &doc.tokens;
    let x = &t[p];
    // `Міллерово, Приморсько-Ахтарськ — РФ`: a dash glosses the place.
    x.is_punct(',')
        || chunks::dash(doc, p)
        // `Приморсько-Ахтарськ`: a hyphen inside a name.
        || x.is_punct('-')
        // `Брянськ (РФ) та Гвардійське (тимчасово окупований Крим)`.
        || x.is_punct('(')
        || x.is_punct(')')
        || LEXICON.joins(x)
        // `а також`: a joint of more than one word.
        || (p.saturating_sub(2).max(start)..=p)
            .any(|q| LEXICON.joints.match_at(t, q, k).is_some_and(|(e, _)| e > p))
        || LEXICON.is(x, class::PLACE_PREP)
        || x.kind == Kind::Poss
        || LEXICON.side_word(x).is_some()
        || matches!(x.key, "and" | "the" | "of" | "in")
        || LEXICON.is(x, class::REGION | class::HELD)
        // `з чотирьох напрямків`, `from three directions`: how many.
        || LEXICON.is_number(x) && super::nouns::places_after(doc, p + 1, k)
        // `in southern Russia`, `the eastern regions`.
        || LEXICON.is(x, class::COMPASS)
        || x.upper && x.kind == Kind::Word
        // `з курського й орловського напрямків`: another place of the list.
        || LEXICON.places.match_at(t, p, k).is_some()
        // `з кількох напрямків: Курськ, Брянськ`: places told after a
        // colon, their number vague.
        || x.is_punct(':')
        || LEXICON.vague.match_at(t, p, k).is_some()
}

/// A side's claim and the source that makes it.
type Claim = (Claimant, Arc<str>);

/// The speakers of sentence `s`: speakers come in sentence order, so a
/// sentence's are a slice.
fn said_in(speakers: &[Speaking], s: usize) -> &[Speaking] {
    &speakers[speakers.partition_point(|p| p.sentence < s)
        ..speakers.partition_point(|p| p.sentence <= s)]
}

/// What one sentence gives, worked out once for all its figures: they
/// come in sentence order, so the last sentence asked is all there is to
/// keep.
struct Once<T>(Option<(usize, T)>);

impl<T: Clone> Once<T> {
    fn get(&mut self, s: usize, make: impl FnOnce() -> T) -> T {
        match &self.0 {
            Some((at, v)) if *at == s => v.clone(),
            _ => {
                let v = make();
                self.0 = Some((s, v.clone()));
                v
            }
        }
    }
}

fn claimants(doc: &Doc<'_>, cands: &mut [Cand], speakers: &[Speaking], signals: &Signals<'_, '_>) {
    let mut last_by_sentence: Vec<Option<(Claimant, Option<Arc<str>>)>> =
        vec![None; doc.sentences.len()];
    // The sentences given a claim by a figure, in order.
    let mut claimed: Vec<usize> = Vec::new();
    // The body a sentence names as acting, what the lead of a list's
    // lines gives them, and a speaker after the sentence.
    let mut bodies: Once<Option<Claim>> = Once(None);
    let mut leads: Once<Option<Claim>> = Once(None);
    let mut after: Once<Option<&Speaking>> = Once(None);
    // Where the first verb of speech with no one to say it ends in a
    // sentence, read once a sentence however many figures it holds.
    let mut impersonal: Once<Option<usize>> = Once(None);
    let mut quoting = Quoting::default();
    // A post that opens `Vyacheslav Gladkov: ...` is his throughout; so
    // is the body of an article whose source line names him (`Source:
    // ...`), though not its headline.
    let labelled_by = |at: &dyn Fn(usize) -> bool| {
        speakers
            .iter()
            .find(|p| {
                at(p.sentence)
                    && doc.tokens[p.verb].is_punct(':')
                    && matches!(p.claimant, Claimant::Ru | Claimant::Ua)
            })
            .map(|p| (p.claimant, p.source.clone()))
    };
    let author = labelled_by(&|s| s <= 1);
    let sourced = labelled_by(&|s| source_line(doc, s)).or_else(|| sign_off(doc, cands));
    debug_assert!(speakers.is_sorted_by_key(|p| p.sentence));
    debug_assert!(cands.is_sorted_by_key(|c| c.sentence));
    // The sentences that count something: a date or a time counts nothing,
    // nor a bare `one` (`No one was hurt`).
    let mut counting = vec![false; doc.sentences.len()];
    for c in cands.iter() {
        counting[c.sentence] |= !c.n.is_one || c.has_head();
    }
    for c in cands.iter_mut() {
        let s = c.sentence;
        let at = c.n.first;
        let here = said_in(speakers, s);
        let before = here
            .iter()
            .rev()
            .find(|p| p.verb < at && p.last <= at && at < p.scope_end);
        let chosen = before.or_else(|| here.iter().find(|p| p.first > at || p.verb > at));
        // `По предварительным данным, погиб один человек. Об этом
        // рассказал глава ОВА`: data with no author are the report of the
        // one a later sentence names as its source.
        let chosen = match chosen {
            Some(p) if p.report && p.claimant == Claimant::Unknown && !authored(doc, p) => after
                .get(s, || {
                    forward_speaker(doc, s, speakers, &counting, &mut quoting)
                })
                .or(chosen),
            _ => chosen,
        };
        // The line of a list speaks with its lead's speaker, or the body
        // that acts in it.
        let led = |leads: &mut Once<Option<Claim>>| {
            let l = c.lead?;
            leads.get(l, || {
                said_in(speakers, l)
                    .last()
                    .map(|p| (p.claimant, p.source.clone()))
                    .or_else(|| body(doc, l, signals))
            })
        };
        if let Some(p) = chosen {
            c.claimant = p.claimant;
            c.source = Some(p.source.clone());
            c.claimant_rule = "speaker";
        } else if let Some((claimant, source)) = led(&mut leads) {
            c.claimant = claimant;
            c.source = Some(source);
            c.claimant_rule = "lead";
        } else if let Some(p) = after.get(s, || {
            forward_speaker(doc, s, speakers, &counting, &mut quoting)
        }) {
            c.claimant = p.claimant;
            c.source = Some(p.source.clone());
            c.claimant_rule = "speaker-after";
        } else if let Some((claimant, source)) = bodies.get(s, || body(doc, s, signals)) {
            c.claimant = claimant;
            c.source = Some(source);
            c.claimant_rule = "body";
        } else {
            // A sentence that goes on with the report of one before it:
            // in its paragraph, or anywhere before a labelled block
            // (`Quote: ...`, `Details: ...`), which keeps its lead's speaker.
            let paragraph = doc.sentences[s].paragraph;
            let block = labelled(doc, s);
            // `The enemy launched 104 drones`: a sentence that speaks of
            // the enemy goes on in the voice of a side, the last one heard.
            let voiced = doc.has_class(s, class::ENEMY);
            let claim_of = |x: usize| {
                last_by_sentence[x].clone().or_else(|| {
                    said_in(speakers, x)
                        .last()
                        .map(|p| (p.claimant, Some(p.source.clone())))
                })
            };
            // The nearest sentence before with a claim of its own: a
            // figure's or a speaker's.
            // The current sentence may be last already: one step more.
            let by_figure = claimed.iter().rev().copied().find(|&x| x < s);
            let by_speaker = speakers[..speakers.partition_point(|p| p.sentence < s)]
                .last()
                .map(|p| p.sentence);
            // In Ukrainian or Russian writing, a report of its own side's
            // goes on through the article, as relayed bulletins run.
            let home = signals.home().map(Claimant::from);
            // `Кроме того, ...`, `In addition, ...`: a sentence that says
            // it goes on with the one before reaches into the paragraph
            // before.
            let range = doc.range(s);
            let opens = s > 0
                && doc.sentences[s - 1].paragraph != paragraph
                && doc.article.language.home().is_some();
            let goes_on = LEXICON
                .continuations
                .match_at(&doc.tokens, range.start, range.end)
                .is_some();
            // `Раніше повідомлялося про трьох загиблих`: a report that
            // says no one gave it goes on with no one's.
            let unsaid = impersonal
                .get(s, || {
                    (range.start..range.end).find_map(|k| {
                        LEXICON
                            .impersonal
                            .match_at(&doc.tokens, k, range.end)
                            .map(|(e, _)| e)
                    })
                })
                .is_some_and(|e| e <= at);
            // `Нагадаємо, ...`: a paragraph that recalls what was told
            // before, in the outlet's voice, keeps no speaker from before it.
            let recap = recalls(doc, paragraph);
            let carried = by_figure
                .max(by_speaker)
                .filter(|_| !unsaid)
                .filter(|&x| !recap || doc.sentences[x].paragraph == paragraph)
                .and_then(|x| {
                    let near = block
                        || doc.sentences[x].paragraph == paragraph
                        || (goes_on || opens) && doc.sentences[x].paragraph + 1 == paragraph
                        || voiced;
                    (near || home.is_some())
                        .then(|| claim_of(x))
                        .flatten()
                        .filter(|(claimant, _)| near || Some(*claimant) == home)
                })
                .filter(|(claimant, _)| *claimant != Claimant::Unknown);
            match carried {
                Some((claimant, source)) => {
                    c.claimant = claimant;
                    c.source = source;
                    c.claimant_rule = "previous-sentence";
                }
                _ if (author.is_some() || sourced.is_some() && s > 0) && !unsaid && !recap => {
                    let (claimant, source) = author.clone().or(sourced.clone()).expect("checked");
                    c.claimant = claimant;
                    c.source = Some(source);
                    c.claimant_rule = "author";
                }
                _ => match opening_source(doc, s, speakers, home, by_figure.or(by_speaker)) {
                    Some(p) => {
                        c.claimant = p.claimant;
                        c.source = Some(p.source.clone());
                        c.claimant_rule = "lead-source";
                    }
                    None => {
                        c.claimant = Claimant::Unknown;
                        c.claimant_rule = "none";
                    }
                },
            }
        }
        if c.claimant_rule != "previous-sentence" && c.claimant_rule != "none" {
            last_by_sentence[s] = Some((c.claimant, c.source.clone()));
            if claimed.last() != Some(&s) {
                claimed.push(s);
            }
        }
    }
}

/// Whether paragraph `p` opens with words that recall what was told
/// before (`Нагадаємо,`, `Напомним, что`), or follows a line of those
/// words alone, as a heading (`Напомним` over the paragraph).
fn recalls(doc: &Doc<'_>, p: usize) -> bool {
    // Whether paragraph `p` opens with a recap's words, and whether they
    // are all its first sentence holds.
    let opens = |p: usize| {
        let first = doc.sentences.partition_point(|x| x.paragraph < p);
        (first < doc.sentences.len() && doc.sentences[first].paragraph == p)
            .then(|| {
                let range = doc.range(first);
                LEXICON
                    .recaps
                    .match_at(&doc.tokens, range.start, range.end)
                    .map(|(e, _)| (e..range.end).all(|k| doc.tokens[k].kind != Kind::Word))
            })
            .flatten()
    };
    opens(p).is_some() || p > 0 && opens(p - 1) == Some(true)
}

/// Whether the side word at token `k` owns the weapons named right after
/// it, before `end`: `Ukrainian drones`, `російські ракети`.
fn owns_weapons(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    LEXICON
        .items
        .match_at(&doc.tokens, k + 1, end)
        .is_some_and(|(_, it)| it.item.class() == ItemClass::Weapon)
}

/// Whether sentence `s` opens with a label of its report's source and a
/// colon (`Source: ...`, `Джерело: ...`).
fn source_line(doc: &Doc<'_>, s: usize) -> bool {
    let t = &doc.tokens;
    let range = doc.range(s);
    LEXICON
        .sources
        .match_at(t, range.start, range.end)
        .is_some_and(|(e, _)| e < range.end && t[e].is_punct(':'))
}

/// The side and name of a line that signs the article off with its
/// source and nothing else (`Департамент комунікації МВС, за матеріалами
/// ДСНС України`): its last paragraph, one short line with no stop at its
/// end and no bullet before it (no sentence, no related link) that counts
/// nothing and tells nothing, naming a side's body.
fn sign_off(doc: &Doc<'_>, cands: &[Cand]) -> Option<(Claimant, Arc<str>)> {
    let s = doc.sentences.len().checked_sub(1)?;
    let t = &doc.tokens;
    let range = doc.range(s);
    let alone = s > 0 && doc.sentences[s - 1].paragraph != doc.sentences[s].paragraph;
    // Not a credit (`Фото: Офіс Президента`).
    let line = !range.is_empty()
        && t[range.end - 1].kind != Kind::Punct
        && t[range.start].kind != Kind::Punct
        && !(range.start..range.end).any(|k| t[k].is_punct(':'));
    let short = line && range.len() <= 12;
    let counts = cands.last().is_some_and(|c| c.sentence == s);
    let tells = (range.start..range.end).any(|k| {
        t[k].kind == Kind::Num
            || LEXICON.events.match_at(t, k, range.end).is_some()
            || LEXICON
                .speech
                .match_at(t, k, range.end)
                .is_some_and(|(_, sp)| *sp == Speech::Verb)
    });
    if !alone || !short || counts || tells {
        return None;
    }
    let body = (range.start..range.end).any(|k| {
        LEXICON
            .speakers
            .match_at(t, k, range.end)
            .is_some_and(|(_, sp)| !matches!(sp, Speaker::Report { .. }))
    });
    match classify(doc, range.start, range.end) {
        (claimant @ (Claimant::Ru | Claimant::Ua), None, false) if body => {
            Some((claimant, doc.text(range.start, range.end).into()))
        }
        _ => None,
    }
}

/// Whether sentence `s` opens with the label of a block and a colon
/// (`Quote:`, `Details:`): a block that keeps the speaker of its lead.
fn labelled(doc: &Doc<'_>, s: usize) -> bool {
    let t = &doc.tokens;
    let range = doc.range(s);
    range.len() > 1 && LEXICON.is(&t[range.start], class::LABEL) && t[range.start + 1].is_punct(':')
}

/// `Зі 101 дрона ... збито 90. Як повідомляють Повітряні сили, ...`:
/// in Ukrainian or Russian writing, a lead that names no one and has no
/// claim before it is the report of the home side's speaker whom the next
/// sentence opens by (`Як повідомляють`, `За даними`, `Как следует из
/// сводки`), as relayed bulletins run; not the headline.
fn opening_source<'s>(
    doc: &Doc<'_>,
    s: usize,
    speakers: &'s [Speaking],
    home: Option<Claimant>,
    before: Option<usize>,
) -> Option<&'s Speaking> {
    let home = home?;
    let next = s + 1;
    // A headline that names no one is no one's.
    if s == 0 || before.is_some() || next >= doc.sentences.len() {
        return None;
    }
    let range = doc.range(next);
    said_in(speakers, next).iter().find(|p| {
        let opens = p.first.min(p.verb) < range.start + 4;
        (opens || p.closes(range.end)) && p.claimant == home
    })
}

/// A speaker met after the sentence that still covers it: the end of a
/// quotation that runs over several sentences (`“... 43 were injured. ...,”
/// Tkachenko wrote`), `This was reported by the Air Force` right after, or
/// a report paragraph that points back past paragraphs of counts no one
/// is named for (`Такі дані оприлюднили у Полтавській ОВА.`).
fn forward_speaker<'s>(
    doc: &Doc<'_>,
    s: usize,
    speakers: &'s [Speaking],
    counting: &[bool],
    quoting: &mut Quoting,
) -> Option<&'s Speaking> {
    let t = &doc.tokens;
    // Inside a quotation: the sentence that closes it names the speaker.
    if let Some(x) = quoting.closing(doc, s) {
        return said_in(speakers, x).first();
    }
    // `This was reported by ...`, `That is what a statement posted by the
    // General Staff shows`: the next sentence says, of this one's figures
    // and with none of its own, who gave them.
    // The report may come a sentence later, past one that says more of the
    // attack and counts nothing (`Launches came from Bryansk and Oryol.`).
    let paragraph = doc.sentences[s].paragraph;
    // Whether a paragraph that counts, with no speaker of its own, was
    // passed over on the way.
    let mut crossed = false;
    // A paragraph of one sentence.
    let own_paragraph = |x: usize| {
        doc.sentences[x - 1].paragraph != doc.sentences[x].paragraph
            && doc
                .sentences
                .get(x + 1)
                .is_none_or(|y| y.paragraph != doc.sentences[x].paragraph)
    };
    // Not from a headline, which names no one.
    let headline = s == 0 && doc.article.title.is_some();
    // `Пошуково-рятувальна операція триває. Ці дані оприлюднили ДСНС`: a
    // report that opens by pointing back, or with a report's noun, may
    // follow a sentence of the next paragraph that counts nothing.
    // A report's noun at token `k` of sentence `x` (`Дані оприлюднили`).
    let report_noun = |x: usize, k: usize| {
        matches!(
            LEXICON.speakers.match_at(t, k, doc.range(x).end),
            Some((_, Speaker::Report { .. }))
        )
    };
    let report_at = |x: usize| {
        let r = doc.range(x);
        r.start < r.end && LEXICON.is(&t[r.start], class::ANAPHOR) || report_noun(x, r.start)
    };
    for next in s + 1..(s + 8).min(doc.sentences.len()) {
        // `... 131 БПЛА. До того ж ворог випустив чотири ракети. Про це
        // поінформували в Повітряних силах`: a report that closes its
        // paragraph covers the sentences before it there, counts and all,
        // and so does one that opens the next paragraph and counts nothing
        // (`Повідомив про це мер Києва`).
        // `Такі дані оприлюднили у Полтавській ОВА.` as a paragraph of its
        // own, after paragraphs of counts no one is named for: a report
        // that points back covers them all.
        if doc.sentences[next].paragraph != paragraph
            && (counting.get(next) == Some(&true)
                || doc.sentences[next - 1].paragraph == doc.sentences[next].paragraph
                    && !(report_at(next) && counting.get(next - 1) != Some(&true)))
        {
            if !headline && said_in(speakers, next).is_empty() && counting.get(next) == Some(&true)
            {
                crossed = true;
                continue;
            }
            break;
        }
        if crossed && !(own_paragraph(next) && counting.get(next) != Some(&true)) {
            if said_in(speakers, next).is_empty() {
                continue;
            }
            break;
        }
        let first = past_relay(doc, next);
        // `This was reported by`, `Об этом сообщили в`, `Про це повідомили`.
        // `Дані оприлюднили Повітряні сили`, `РБК-Україна передає це з
        // посиланням на`: the data, or a word for this one's report near
        // the start.
        let points_back = |k: usize| LEXICON.is(&t[k], class::ANAPHOR | class::PERSONAL);
        let range = doc.range(next);
        let report = report_noun(next, first);
        // `Про наслідки удару розповів ...`: opened by what it is about.
        let about = LEXICON.topics.match_at(t, first, range.end).is_some();
        // `Source: Pavlo Kyrylenko, ...` under a lead.
        let source = source_line(doc, next);
        // A personal pronoun after the verb is the subject of what is said
        // (`Russia says it has shot down`), not this one's report.
        let back = doc
            .has_class(next, class::ANAPHOR | class::PERSONAL)
            .then(|| (first..doc.words_from(first, 4, range.end)).find(|&k| points_back(k)))
            .flatten();
        // Past a paragraph, only a report that names or points back to
        // what it reports (`Такі дані`, `Про це`).
        let refers = |verb: usize| {
            report
                || (about || source) && !crossed
                || back.is_some_and(|k| k < verb || LEXICON.is(&t[k], class::ANAPHOR))
        };
        if report || about || source || back.is_some() {
            let named = said_in(speakers, next).iter().find(|p| {
                p.verb >= first
                    && refers(p.verb)
                    && (t[p.verb].key.ends_with("ed") || p.claimant != Claimant::Unknown)
            });
            if named.is_some() {
                return named;
            }
        }
        // `... air defences destroyed 12, while three struck a university.
        // No one was hurt, the southern command said.`: a side's speaker
        // who closes the next sentence of the paragraph, one that counts
        // nothing, reports the figures before too.
        // `Еще 110 человек были ранены. ... 63 пострадавших — в состоянии
        // средней тяжести, сообщил губернатор`: so does one whose verb of
        // speech closes the paragraph's last sentence, counts and all; not
        // `according to` a local head, whose words are of the place named.
        let last = doc
            .sentences
            .get(next + 1)
            .is_none_or(|x| x.paragraph != paragraph);
        let counts = counting.get(next) == Some(&true);
        if doc.sentences[next].paragraph == paragraph && (last || !counts) {
            let closing = said_in(speakers, next).iter().find(|p| {
                p.closes(range.end)
                    && p.verb > first
                    && matches!(p.claimant, Claimant::Ua | Claimant::Ru)
                    && (!counts
                        || !p.report
                            && !(range.start..p.verb).any(|k| t[k].is_quote())
                            && matches!(
                                LEXICON.speech.match_at(t, p.verb, range.end),
                                Some((_, Speech::Verb))
                            ))
            });
            if closing.is_some() {
                return closing;
            }
        }
        // A sentence with a speaker of its own speaks for itself; one that
        // names only a report (`По предварительным данным, ...`) names no
        // one to speak for the sentences before it.
        if said_in(speakers, next).iter().any(|p| !p.report) {
            break;
        }
    }
    None
}

/// Where sentence `s` starts past an outlet's aside that opens it (`Як
/// інформує Цензор.НЕТ, про це повідомляє ...`, `As reported by Reuters,
/// ...`): a word that opens a clause, a verb of speech right after it and
/// a comma soon after, with no number between. A quotation mark ends the
/// search: a comma past it is inside a quote, not the aside's.
fn past_relay(doc: &Doc<'_>, s: usize) -> usize {
    let t = &doc.tokens;
    let range = doc.range(s);
    let opens = range.start + 1 < range.end
        && LEXICON.is(&t[range.start], class::BOUNDARY)
        && matches!(
            LEXICON.speech.match_at(t, range.start + 1, range.end),
            Some((_, Speech::Verb))
        );
    if !opens {
        return range.start;
    }
    (range.start + 2..(range.start + RELAY).min(range.end))
        .take_while(|&k| t[k].kind != Kind::Num && !t[k].is_quote())
        .find(|&k| t[k].is_punct(','))
        .map_or(range.start, |k| k + 1)
}

/// The most tokens an outlet's aside that opens a sentence runs to.
const RELAY: usize = 8;

/// A body that speaks for its side by acting: `the Ukrainian air force
/// managing to shoot down 97`, `Russian air defences intercepted 12`,
/// `Ukraine downs 8 drones`; with no side named, the defender's (`the air
/// force counted 151 Russian drones`, `Air defence forces destroyed 32
/// Shaheds` after a sentence on Russia's attack).
fn body(doc: &Doc<'_>, s: usize, signals: &Signals<'_, '_>) -> Option<(Claimant, Arc<str>)> {
    if let Some(found) = own_result(doc, s) {
        return Some(found);
    }
    let t = &doc.tokens;
    let range = doc.range(s);
    if !doc.may_have(s, &LEXICON.words) {
        return None;
    }
    let mut unnamed = None;
    for k in range.clone() {
        if let Some((e, _)) = LEXICON
            .words
            .match_at(t, k, range.end)
            .filter(|(_, c)| **c & class::BODY != 0)
        {
            // `Air defence forces destroyed`, `the air force said`,
            // `During the night, air defence systems intercepted`: a body at
            // the start of its clause.
            // `Станом на 09:00 сили ППО знешкодили`: after the time of day;
            // `В Волоконовском районе система ПВО сбила`: the subject of
            // the verb that shoots down.
            if unnamed.is_none()
                && (k == range.start
                    || doc.boundary(k - 1)
                    || text::clock(t, k - 1)
                    || shoots_down(doc, e, range.end))
            {
                unnamed = Some((k, e));
            } else if unnamed.is_none() && k > range.start && t[k - 1].is("the") {
                unnamed = Some((k - 1, e));
            }
            // A side word just before: `Ukraine's air force`, `the Russian military`.
            let from = k.saturating_sub(3).max(range.start);
            for j in (from..k).rev() {
                if let Some(side) = LEXICON.side_word(&t[j]) {
                    let first = if j > range.start && t[j - 1].is("the") {
                        j - 1
                    } else {
                        j
                    };
                    return Some((side.into(), doc.text(first, e).into()));
                }
                // `70 дронов ВСУ были уничтожены средствами ПВО`: a side
                // before the verb is the subject's, not the body's.
                if doc.boundary(j) || LEXICON.events.match_at(t, j, range.end).is_some() {
                    break;
                }
            }
            // Or a genitive after: `Повітряні сили Збройних сил України`,
            // `силы ПВО России`.
            let to = (e + 4).min(range.end);
            for j in e..to {
                if let Some(side) = LEXICON.side_word(&t[j]) {
                    return Some((side.into(), doc.text(k, j + 1).into()));
                }
                if doc.boundary(j)
                    || t[j].kind != Kind::Word
                    || LEXICON.events.match_at(t, j, range.end).is_some()
                {
                    break;
                }
            }
        }
    }
    let (a, b) = unnamed?;
    // The attack the sentence speaks of, or the last one before it; in a
    // title, the first after it.
    let side = signals.last(s).or_else(|| signals.next(s))?;
    Some((side.other().into(), doc.text(a, b).into()))
}

/// Whether the verb at `k` (or one word on) says its subject shot weapons
/// down or turned them away: `сбила`, `знешкодила`, `intercepted`.
fn shoots_down(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    // `ПВО за ночь сбила`: past a span of time.
    let k = super::totals::span_end(doc, k, end).unwrap_or(k);
    (k..(k + 2).min(end))
        .take_while(|&v| !doc.boundary(v))
        .any(|v| {
            LEXICON
                .events
                .match_at(&doc.tokens, v, end)
                .is_some_and(|(_, e)| subject_defends(e))
        })
}

/// Whether an event phrase has the defender for its subject, standing
/// before what it governs: `Russian air defences intercepted 12`.
fn subject_defends(e: &EventEntry) -> bool {
    e.defends() && matches!(e.place, Place::Any | Place::Pre)
}

/// `Ukraine downs 8 drones`, `Russian air defences intercepted 12`: a
/// side that reports its own interceptions, named as the subject of the
/// verb (the words from the clause's start to it), with the subject as
/// the source.
fn own_result(doc: &Doc<'_>, s: usize) -> Option<(Claimant, Arc<str>)> {
    let t = &doc.tokens;
    let range = doc.range(s);
    if !doc.has_class(s, class::SIDE_RU | class::SIDE_UA) {
        return None;
    }
    let mut start = range.start;
    // The clause start before an opening dash: `сили ЗСУ — авіація,
    // зенітники і РЕБ — знешкодили` names its subject before the aside.
    let mut aside: Option<(usize, usize)> = None;
    // Where the subject's words end: at the aside's first dash.
    let mut cut = None;
    for v in range.clone() {
        if chunks::copula(doc, v) {
            match aside.take() {
                Some((before, dash)) => (start, cut) = (before, Some(dash)),
                None => {
                    aside = Some((start, v));
                    start = v + 1;
                }
            }
            continue;
        }
        if doc.boundary(v) || LEXICON.speech.match_at(t, v, range.end).is_some() {
            (start, cut) = (v + 1, None);
            continue;
        }
        let Some((_, entry)) = LEXICON.events.match_at(t, v, range.end) else {
            continue;
        };
        if !subject_defends(entry) || v == start {
            continue;
        }
        // A passive (`were shot down`) has the weapons for its subject.
        let mut first = start;
        while first < v
            && (matches!(t[first].key, "the" | "and" | "but" | "also" | "meanwhile")
                || chunks::dash(doc, first))
        {
            first += 1;
        }
        let subject = first..v;
        // A subject that counts (`по одному украинскому дрону`, in digits
        // or in words) is the weapons, not a side that acts.
        let counts = |k: usize| {
            t[k].kind == Kind::Num && !text::clock(t, k) || LEXICON.numbers.has_word(t[k].key)
        };
        if LEXICON.is(&t[v - 1], class::AUX) || subject.clone().any(counts) {
            continue;
        }
        // `the number of Ukrainian drones downed`: a side that owns weapons
        // in the subject makes them the subject, not the side; so does one
        // that owns an attack (`A massive Russian strike ... destroyed`).
        let attack = |k: usize| (k + 1..(k + 3).min(v)).any(|j| LEXICON.is(&t[j], class::ATTACK));
        let side = subject.clone().find_map(|k| {
            let placed = k > range.start && LEXICON.is(&t[k - 1], class::PLACE_PREP);
            LEXICON
                .side_word(&t[k])
                .filter(|_| !placed && !owns_weapons(doc, k, v) && !attack(k))
        });
        if let Some(side) = side {
            // `На 8.30 сили ЗСУ`: the time before the subject is not its name.
            // An aside that opens the clause leaves the subject whole.
            let mut last = cut.filter(|&c| c > first).unwrap_or(v);
            if let Some(k) = subject
                .clone()
                .rev()
                .find(|&k| text::clock(t, k) && k + 1 < last)
            {
                first = k + 1;
            }
            while last > first + 1
                && (LEXICON.is(&t[last - 1], class::SKIP | class::AUX)
                    || chunks::dash(doc, last - 1))
            {
                last -= 1;
            }
            return Some((side.into(), doc.text(first, last).into()));
        }
    }
    None
}

fn attackers(doc: &Doc<'_>, cands: &mut [Cand], speakers: &[Speaking], signals: &Signals<'_, '_>) {
    // The side earlier text said was attacking: the last figure whose
    // attacker was plain, unless a later sentence's attack words (before the
    // current one) say otherwise. Those sentences are read only when a
    // figure falls back on this.
    let mut discourse: Option<Side> = None;
    // The first sentence whose attack words are not yet taken into account.
    let mut unread = 0;
    // The places of the sentence, outside its speakers' words.
    let mut placed: Once<Rc<[(usize, Side)]>> = Once(None);
    let mut struck: Once<Rc<Struck>> = Once(None);
    // The side an agent word of the sentence names, read once a sentence:
    // a list of a thousand counts asks a thousand times.
    let mut agent: Once<Option<Side>> = Once(None);
    let mut same = Same::default();
    for i in 0..cands.len() {
        let s = cands[i].sentence;
        let c = &cands[i];
        let class = c.item.map(Item::class);
        let mut found: Option<(Side, &'static str)> = c.np_side.map(|s| (s, "modifier"));
        if found.is_none() {
            found = actor(doc, c, speakers).map(|side| (side, "actor"));
        }
        if found.is_none() && class == Some(ItemClass::Weapon) {
            // The same weapons named with a side elsewhere in the sentence:
            // the drones shot down are the drones launched.
            if same.sentence != Some(s) {
                same = Same::of(cands, s);
            }
            found = same
                .first()
                .and_then(|j| cands[j].attacker.or(cands[j].np_side))
                .map(|side| (side, "same-sentence"));
        }
        if found.is_none() {
            found = agent
                .get(s, || agent_side(doc, s))
                .map(|side| (side, "agent"));
        }
        if found.is_none() && class.is_some_and(|c| c != ItemClass::Weapon) {
            let struck = struck.get(s, || Rc::new(Struck::of(doc, s)));
            found = struck.side(c).map(|side| (side, "weapons"));
        }
        if found.is_none() && class == Some(ItemClass::Weapon) {
            found = launched_from(doc, s).map(|side| (side, "origin"));
        }
        if found.is_none() {
            let placed = placed.get(s, || {
                let mut found = places(doc, s);
                found.retain(|(k, _)| {
                    !said_in(speakers, s)
                        .iter()
                        .any(|p| *k >= p.first && *k < p.last)
                });
                found.into()
            });
            let near = nearest(&placed, c.n.first, 1);
            found = near.map(|(_, territory)| (territory.other(), "place"));
        }
        if found.is_none() {
            found = signals.of(s).map(|side| (side, "attack-words"));
        }
        // A side that claims to have brought weapons down was not their
        // attacker, wherever they fell and whatever else the sentence
        // says of attacks (`перехвачены в районе Херсона`, in the Russian
        // ministry's bulletin), unless the weapons' own words say so.
        let defended = c.event.defended().then(|| side_of(c.claimant)).flatten();
        if found.is_some_and(|(side, rule)| {
            defended == Some(side) && !matches!(rule, "modifier" | "actor")
        }) {
            found = None;
        }
        if found.is_none() {
            // Each side's officials report the other side's attacks.
            found = match c.claimant {
                Claimant::Ua => Some((Side::Ru, "claimant")),
                Claimant::Ru => Some((Side::Ua, "claimant")),
                _ => None,
            };
        }
        if found.is_none() {
            if let Some(side) = (unread..s).rev().find_map(|p| signals.of(p)) {
                discourse = Some(side);
            }
            unread = s;
            found = discourse.map(|side| (side, "context"));
        }
        let c = &mut cands[i];
        let core = c.item.is_some_and(Item::is_core) && c.event.is_core();
        match found {
            Some((side, rule))
                if core || rule == "modifier" || rule == "actor" || c.event != Event::Other =>
            {
                c.attacker = Some(side);
                c.attacker_rule = rule;
            }
            None if core => {
                // Most reporting is of Russia's attacks on Ukraine.
                c.attacker = Some(Side::Ru);
                c.attacker_rule = "prior";
            }
            _ => {
                c.attacker = None;
                c.attacker_rule = "none";
            }
        }
        if matches!(c.attacker_rule, "modifier" | "actor" | "agent" | "place") {
            discourse = c.attacker;
            unread = s;
        }
        if same.sentence == Some(s)
            && matches!(c.attacker_rule, "modifier" | "actor")
            && c.item.is_some_and(|it| it.class() == ItemClass::Weapon)
        {
            same.said.get_or_insert(i);
        }
    }
}

/// A sentence's weapons whose side is known, kept as the figures are
/// read rather than searched for each: the first named with a side, and
/// the first whose side its own words gave. Figures come in sentence
/// order, so the sentence's are a slice.
#[derive(Default)]
struct Same {
    sentence: Option<usize>,
    named: Option<usize>,
    said: Option<usize>,
}

impl Same {
    fn of(cands: &[Cand], s: usize) -> Same {
        let from = cands.partition_point(|o| o.sentence < s);
        let weapon = |o: &Cand| o.item.is_some_and(|it| it.class() == ItemClass::Weapon);
        let sentence = || cands[from..].iter().take_while(|o| o.sentence == s);
        let named = sentence()
            .position(|o| o.np_side.is_some() && weapon(o))
            .map(|p| from + p);
        // Figures read before this one whose verb's actor was found.
        let said = sentence()
            .position(|o| o.attacker_rule == "actor" && weapon(o))
            .map(|p| from + p);
        Same {
            sentence: Some(s),
            named,
            said,
        }
    }

    fn first(&self) -> Option<usize> {
        match (self.named, self.said) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// The side whose attack a sentence speaks of: `Russian drone strikes`,
/// `Russia's attack`, drones `over Belgorod`.
fn signal(doc: &Doc<'_>, s: usize) -> Option<Side> {
    let t = &doc.tokens;
    let range = doc.range(s);
    let actors = doc.has_class(s, class::ATTACK | class::SIDE_RU | class::SIDE_UA);
    if !actors && !doc.may_have(s, &LEXICON.items) {
        return None;
    }
    // The words below act only on an attack or a side.
    let words = if actors {
        range.clone()
    } else {
        range.end..range.end
    };
    for k in words {
        // `an attack on Kyiv`, `strikes against Ukraine`, `атака на
        // Брянську область`, `удар по Києву`.
        if LEXICON.is(&t[k], class::ATTACK)
            && k + 1 < range.end
            && (matches!(t[k + 1].key, "on" | "against")
                || LEXICON.is(&t[k + 1], class::PLACE_PREP))
        {
            let target = (k + 2..(k + 5).min(range.end))
                .find_map(|j| LEXICON.places.match_at(t, j, range.end).map(|(_, s)| *s));
            if let Some(territory) = target {
                return Some(territory.other());
            }
        }
        // `при атаке ВСУ`, `удар ЗСУ`: a side's forces in the
        // genitive right after an attack are whose attack it was. Not a
        // territory (`обстрел Киева`, `атака на Україну`): it was attacked.
        // Not an adjective of the attacked (`обстрелы украинских городов`).
        if LEXICON.is(&t[k], class::ATTACK)
            && k + 1 < range.end
            && t[k + 1].upper
            && !t[k + 1].key.is_ascii()
            && !doc.oblique(k + 1)
            && LEXICON.places.match_at(t, k + 1, range.end).is_none()
            && let Some(side) = LEXICON.side_word(&t[k + 1])
        {
            return Some(side);
        }
        if let Some(side) = LEXICON.side_word(&t[k]) {
            // `российские оккупанты нанесли несколько волн ракетных
            // ударов`: the side the enemy's word names is the one that
            // attacks, however far its attack's noun.
            if k + 1 < range.end && LEXICON.is(&t[k + 1], class::ENEMY) && !doc.oblique(k) {
                return Some(side);
            }
            // `Russia attacked`, `Russia had fired`, `Russia hit Kyiv`.
            let mut j = k + 1;
            while j < range.end
                && j - k <= 3
                && (LEXICON.is(&t[j], class::AUX) || t[j].key.ends_with("ly"))
            {
                j += 1;
            }
            let placed = k > range.start && LEXICON.is(&t[k - 1], class::PLACE_PREP);
            // `по территории Украины удар`, `в жилых кварталах Киева`: a
            // side a place's noun governs, or a noun a preposition of
            // place opens.
            let region = k > range.start && LEXICON.is(&t[k - 1], class::REGION)
                || (k.saturating_sub(3).max(range.start)..k)
                    .rev()
                    .take_while(|&j| {
                        t[j].kind == Kind::Word
                            && !t[j].upper
                            && !LEXICON.is(&t[j], class::ATTACK)
                            && LEXICON.events.match_at(t, j, k).is_none()
                    })
                    .any(|j| {
                        j + 1 < k && j > range.start && LEXICON.is(&t[j - 1], class::PLACE_PREP)
                    });
            // `атакувала Україну безпілотниками`: the object of an attack
            // is its target, not its actor.
            let target = k > range.start
                && LEXICON
                    .events
                    .match_at(t, k - 1, k)
                    .is_some_and(|(_, e)| matches!(e.weapon, Some(Event::Launched | Event::Hit)));
            if target || doc.oblique(k) {
                continue;
            }
            // `Повітряні сили ЗСУ виявили 127 ракет`: who sees them coming
            // did not send them.
            // `Российская армия атаковала`, `Russian troops attacked`: the
            // side's forces named by one word before the verb.
            let sent = |j: usize| {
                LEXICON
                    .events
                    .match_at(t, j, range.end)
                    .filter(|(_, e)| matches!(e.weapon, Some(Event::Launched | Event::Hit)))
            };
            let forces = j + 1 < range.end
                && t[j].kind == Kind::Word
                && !t[j].upper
                && !LEXICON.is(&t[j], class::STOP | class::REGION)
                && LEXICON.items.match_at(t, j, j + 1).is_none()
                && sent(j).is_none();
            let j = if forces { j + 1 } else { j };
            if !placed
                && !region
                && !LEXICON.is(&t[j.min(range.end - 1)], class::OBSERVE)
                && let Some((e, _)) = sent(j)
            {
                // `Kyiv hit by Russian drones`: a headline's passive, whose
                // side was struck.
                let passive = t[e - 1].is("by")
                    || e < range.end && t[e].is("by")
                    || object_of_plural(doc, range.start, k, j);
                return Some(if passive { side.other() } else { side });
            }
            let to = (k + 5).min(range.end);
            let mut j = k + 1;
            // `Киев подвергся удару`: the side that suffers the attack, as
            // is a country a preposition or a place's noun places (`завдав
            // по Україні удару`, `в регіонах України вздовж маршруту
            // безпілотників`), not a side's adjective (`in a Russian
            // attack`), nor a subject whose verb followed (`У Харківській
            // області Росія завдала удару`).
            let mut target =
                (placed || region) && t[k].upper && LEXICON.places.match_at(t, k, k + 1).is_some();
            // `украинские города атаковали российские ракеты`: a side's
            // adjective on a noun of places names the attacked.
            target |= k + 1 < range.end
                && (LEXICON.is(&t[k + 1], class::REGION)
                    || LEXICON
                        .items
                        .match_at(t, k + 1, range.end)
                        .is_some_and(|(_, e)| e.item == Item::Village));
            while j < to {
                if LEXICON.is(&t[j], class::ATTACK) {
                    return Some(if target { side.other() } else { side });
                }
                target |= LEXICON.undergoes(t[j].key);
                // `Ukraine downs 18 drones`: the side that shoots down is
                // the one attacked.
                if LEXICON
                    .events
                    .match_at(t, j, range.end)
                    .is_some_and(|(_, e)| e.defends())
                {
                    break;
                }
                // `по украинской столице 31 дрон`: a count opens another
                // phrase, whose weapons the side word does not own.
                if doc.boundary(j)
                    || LEXICON.is(&t[j], class::STOP) && !t[j].is("the")
                    || t[j].kind == Kind::Num
                {
                    break;
                }
                j += 1;
            }
        }
    }
    // Weapons say whose attack it was only through a place the sentence
    // names: with none, there is nothing to look for.
    if !doc.may_have(s, &LEXICON.places) {
        return None;
    }
    let weapons = range.clone().any(|k| {
        LEXICON
            .items
            .match_at(t, k, range.end)
            .is_some_and(|(_, e)| e.item.class() == ItemClass::Weapon)
    });
    if weapons {
        return sentence_place(doc, s, None).map(Side::other);
    }
    None
}

/// Whose attack it was, from the side that acted in the figure's verb:
/// `Russia launched 147`, `Ukrainian forces had launched 46`, `Moscow said
/// it shot 126` (the attack was the other side's), `Russia hit Kyiv with
/// drones, killing three` (the subject of the clause acts, not its object),
/// `Russia downs a drone over Belgorod, injuring two` (the drone's side
/// hurt them), `The enemy attacked with 16 drones` (the side opposite to
/// whoever says so).
fn actor(doc: &Doc<'_>, c: &Cand, speakers: &[Speaking]) -> Option<Side> {
    let t = &doc.tokens;
    let (v, _) = c.event_at?;
    let via = c.entry?.1;
    if !matches!(
        via,
        Via::Left | Via::With | Via::LeftFar | Via::List | Via::Inherited
    ) || v >= c.n.first
    {
        return None;
    }
    let range = doc.range(c.sentence);
    // What a side did: attacked, or shot down or tracked the other's
    // weapons (`it recorded 96 means of air attack`).
    let acted = |verb: usize, side: Side| {
        // A side that reports weapons counted the other's (`reported 479
        // drones`).
        let defends = LEXICON.is(&t[verb], class::OBSERVE)
            || LEXICON.speech.match_at(t, verb, range.end).is_some()
            || LEXICON
                .events
                .match_at(t, verb, range.end)
                .is_some_and(|(_, e)| e.defends());
        if defends { side.other() } else { side }
    };
    let enemy = |k: usize| {
        LEXICON
            .is(&t[k], class::ENEMY)
            .then(|| side_of(c.claimant).map(Side::other))
            .flatten()
    };
    let here = said_in(speakers, c.sentence);
    // Back from the verb to where its clause starts, noting the side
    // named first in it.
    let mut named: Option<(usize, Side)> = None;
    let mut k = v;
    let mut start = range.start;
    while k > range.start {
        k -= 1;
        let tok = &t[k];
        let quote = tok.kind == Kind::Punct && matches!(tok.key, "\"" | "“" | "”");
        // `Data ... show that the occupiers launched`: the clause of what
        // was said starts after `that`.
        let that = LEXICON.is(tok, class::THAT) && k + 1 < v;
        if doc.boundary(k) && !tok.is_punct(',') && !quote || tok.kind == Kind::Num || that {
            start = k + 1;
            break;
        }
        if let Some(p) = here.iter().find(|p| p.verb == k) {
            // `the ministry claimed to have shot down`: the speaker acted;
            // `Gladkov said the region had come under attack`: it did not.
            let between = LEXICON.speech.match_at(t, k, v).map_or(k + 1, |(e, _)| e);
            // Only a defender reports its own interceptions this way; `It
            // recorded hits by 11 missiles` was done to the speaker.
            let own = c.event.defended();
            let subjectless = t[between..v]
                .iter()
                .all(|x| LEXICON.is(x, class::SKIP) || x.is("that"));
            if subjectless && own {
                return side_of(p.claimant).map(Side::other);
            }
            start = between;
            break;
        }
        if LEXICON.is(tok, class::PRONOUN) {
            let p = here.iter().rev().find(|p| p.verb < k)?;
            return side_of(p.claimant).map(|side| acted(v, side));
        }
        if let Some(side) = LEXICON.side_word(tok).or_else(|| enemy(k)) {
            // `over Russia`, `the shelling of Kyiv`, `Україну атакували`:
            // a target, not an actor.
            let placed = governed(doc, range.start, k)
                || doc.oblique(k)
                || object_of_plural(doc, range.start, k, v)
                || k >= range.start + 2
                    && t[k - 1].is("of")
                    && LEXICON.is(&t[k - 2], class::ATTACK);
            // `the number of Ukrainian drones downed ... was 2,954`: a side
            // that owns the weapons a count without a noun counts is the
            // attacker, whatever befell them; not `українські
            // дрони-перехоплювачі збили 150 цілей`, which act.
            if !c.has_head() && owns_weapons(doc, k, v) && !placed {
                return Some(side);
            }
            if !placed {
                named = Some((k, side));
            }
        }
        if tok.is_punct(',') && !t[k + 1..v].iter().all(|x| LEXICON.is(x, class::SKIP)) {
            // A comma closes the subject unless it sits right before the
            // verb, or a participle (`, killing three`) hangs on the clause
            // before it.
            let participle = t[v].key.ends_with("ing") && t[v - 1].is_punct(',');
            if !participle || k + 1 != v {
                start = k + 1;
                break;
            }
        }
    }
    // The clause's subject stands before its first verb; a side named
    // after it is the object (`hit Ukraine's capital`).
    let main = (start..v)
        .find(|&x| LEXICON.events.match_at(t, x, range.end).is_some())
        .unwrap_or(v);
    named
        .filter(|&(k, _)| k < main)
        .map(|(_, side)| acted(main, side))
}

/// `Київ атакували 175 дронів`: a place's name, one, that opens its
/// clause before a verb in the plural is no subject of it but its object.
/// Not one a noun governs (`Вооруженные силы Украины атаковали`).
fn object_of_plural(doc: &Doc<'_>, start: usize, k: usize, verb: usize) -> bool {
    let t = &doc.tokens;
    let opens = k == start
        || t[k - 1].kind == Kind::Punct
        || LEXICON.is(&t[k - 1], class::TIME | class::SKIP)
        || LEXICON.joins(&t[k - 1]);
    opens && LEXICON.places.match_at(t, k, k + 1).is_some() && LEXICON.plural_past(t[verb].key)
}

/// Whether a preposition of place governs the name at token `k`: `over
/// Russia`, `in the southern Kherson region`; not `Over March Russia
/// launched`, where a time stands between.
fn governed(doc: &Doc<'_>, start: usize, k: usize) -> bool {
    let t = &doc.tokens;
    // `у Шевченківському районі Києва`: a district's name before its
    // region word is of the phrase.
    (k.saturating_sub(3).max(start)..k)
        .rev()
        .take_while(|&p| {
            p + 1 == k
                || t[p + 1].kind == Kind::Word
                    && (!t[p + 1].upper || LEXICON.is(&t[p + 2], class::REGION))
        })
        // `over the month Russia launched`: the preposition leads a time.
        .take_while(|&p| !LEXICON.is(&t[p + 1], class::PERIOD | class::TIME))
        .any(|p| LEXICON.is(&t[p], class::PLACE_PREP))
}

fn side_of(c: Claimant) -> Option<Side> {
    match c {
        Claimant::Ru => Some(Side::Ru),
        Claimant::Ua => Some(Side::Ua),
        _ => None,
    }
}
