//! What happened to what a number counts: the verb or nominal that governs
//! it (`shot down 97`, `five people were injured`, `attacked Kyiv with 50
//! drones`, `the death toll rose to 14`).

use super::candidate::{Cand, Found, Partitive, Via};
use super::chunks;
use super::doc::Doc;
use super::lexicon::{Care, EventEntry, LEXICON, Place, Speaker, Speech, Wound, class};
use super::nouns::{among, counts_places_at, head, included_in, places_after};
use super::numbers;
use super::text::{Kind, Token};
use crate::model::{Event, Item, ItemClass};

/// Whether an event phrase says anything about what `c` counts.
fn applies(entry: &EventEntry, item: Option<Item>) -> bool {
    match item {
        Some(item) => entry.for_class(item.class()).is_some(),
        None => true,
    }
}

/// Find what happened to each candidate of one sentence.
pub(super) fn events(doc: &Doc<'_>, cands: &mut [Cand], first: usize) {
    let s = cands[first].sentence;
    let range = doc.range(s);
    for i in first..cands.len() {
        if cands[i].entry.is_some() {
            continue;
        }
        // The number before bounds the search, unless it is the digits of
        // a model's name (`самолет Су-27 и 1662 беспилотника`) or counts
        // places (`выпустил по 12 районам области 91 беспилотник`).
        let floor = (first..i)
            .rev()
            .find(|&j| {
                !(model_digits(doc, cands[j].n.first)
                    || places_after(doc, cands[j].n.after, range.end))
            })
            .map_or(range.start, |j| cands[j].np_end.max(cands[j].n.after));
        let c = &cands[i];
        let (near, far) = verb_before(doc, c, floor);
        // `Зафіксовано 10 загиблих`: a word for the dead or the hurt right
        // after a count that names nothing says what befell them, where
        // the verb before says nothing of people.
        let people_word = c.item.is_none()
            && LEXICON
                .events
                .match_at(&doc.tokens, c.n.after, range.end)
                .is_some_and(|(_, en)| en.person.is_some() && en.place != Place::Pre);
        let near = near.filter(|(entry, ..)| !people_word || entry.person.is_some());
        // `That total included three drones shot down over Lipetsk`: a
        // verb that only says a count was among others or sent says
        // nothing of what else befell it where the count's own participle
        // follows it; a verb of another fate does (`the downing of 40
        // drones launched by Russia`).
        let near = match near {
            Some((entry, ..))
                if entry.place == Place::Pre && entry.weapon == Some(Event::Launched) =>
            {
                verb_after(doc, c, range.end)
                    .filter(|&(after, _, k, ..)| {
                        k == c.np_end
                            && (after.weapon, after.person, after.thing)
                                != (entry.weapon, entry.person, entry.thing)
                    })
                    .or(near)
            }
            _ => near,
        };
        // `Кількість постраждалих від масованої атаки зросла до 10`: a
        // toll's own words say what it counts, past an attack's noun.
        let found = toll(doc, c, range.start)
            .or(near)
            .or_else(|| wounded(doc, c, range.end))
            .or_else(|| verb_after(doc, c, range.end))
            .or_else(|| relative_verb(doc, c, range.end))
            .or_else(|| added_to(doc, c, floor))
            .or_else(|| attack_with(doc, c, range.start))
            .or_else(|| verb_after_far(doc, c, range.end))
            .or(far)
            .or_else(|| verb_over_place(doc, c, floor));
        let found = found
            .or_else(|| among(doc, c, range.start).and_then(|(_, ev)| ev))
            .or_else(|| included_in(doc, c, range.start))
            .or_else(|| in_care(doc, c, range.clone()))
            .or_else(|| of_a_kind(doc, c, range.end));
        if let Some((entry, via, k, e, item)) = found {
            let c = &mut cands[i];
            c.entry = Some((entry, via));
            c.event_at = Some((k, e));
            if c.item.is_none()
                && let Some((item, side)) = item
            {
                c.item = Some(item);
                c.item_rule = "toll";
                c.np_side = c.np_side.or(side);
            }
        }
    }
}

/// `Five more suffered various injuries`, `троє отримали осколкові
/// поранення`: people a verb of suffering right after follows to a wound
/// a few words on were hurt, whatever words tell the wound.
fn wounded(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    if c.item.is_some_and(|i| i.class() != ItemClass::Person) {
        return None;
    }
    let t = &doc.tokens;
    let k = c.np_end.max(c.n.after);
    let (e, Wound::Verb) = LEXICON.wounds.match_at(t, k, end)? else {
        return None;
    };
    // `sustained no injuries`: denied, no wound; `несумісні з життям
    // травми`: a wound that killed.
    let killed = |j: usize| {
        LEXICON
            .events
            .match_at(t, j, end)
            .is_some_and(|(_, e)| e.person == Some(Event::Killed))
    };
    let j = (e..(e + WOUND_REACH).min(end))
        .take_while(|&j| (t[j].kind == Kind::Word || t[j].is_punct('-')) && !killed(j))
        .map(|j| (j, LEXICON.wounds.match_at(t, j, end).map(|(_, &w)| w)))
        .take_while(|&(_, w)| w != Some(Wound::No))
        .find_map(|(j, w)| (w == Some(Wound::Wound)).then_some(j))?;
    let item = c.item.is_none().then_some((Item::Person, None));
    Some((LEXICON.injuries(), Via::Right, k, j + 1, item))
}

/// The most words from a verb of suffering to its wound, the wound
/// included: `a blind shrapnel wound`, `осколкові поранення`.
const WOUND_REACH: usize = 5;

/// `Понад 80 дронів були типу Shahed`: weapons whose clause only says
/// what kind they were, with a verb to be, were among those sent.
fn of_a_kind(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    let t = &doc.tokens;
    c.item.filter(|it| it.class() == ItemClass::Weapon)?;
    let mut j = c.np_end;
    while j < end
        && (LEXICON.is(&t[j], class::AUX) && t[j].kind == Kind::Word || chunks::copula(doc, j))
    {
        j += 1;
    }
    if j == c.np_end || j >= end {
        return None;
    }
    let (item, .., e) = head(doc, j, end)?;
    (item.class() == ItemClass::Weapon).then(|| (LEXICON.launched(), Via::Kind, j, e, None))
}

/// `У лікарнях перебувають пʼятеро людей`, `в стационаре остаются
/// шестеро`, `доправили до лікарні трьох школярів`: people their clause
/// puts in a place of care were hurt, when no word says what befell them.
/// The place is named after a word that puts people in it, with at most
/// a few words of its name between (`в 1-ю городскую больницу`); an
/// aside of attribution (`, як повідомляє ОВА,`) is no end of the clause.
fn in_care(doc: &Doc<'_>, c: &Cand, range: std::ops::Range<usize>) -> Option<Found> {
    // A part (`one of them is in hospital`) is of people counted already.
    if c.item.is_some_and(|i| i.class() != ItemClass::Person)
        || c.partitive != Partitive::None
        || !doc.may_have(c.sentence, &LEXICON.care)
    {
        return None;
    }
    let t = &doc.tokens;
    // The clause, read no further than `CARE` tokens either way.
    let floor = c.n.hedge.saturating_sub(CARE).max(range.start);
    let ceiling = (c.np_end + CARE).min(range.end);
    let mut from = c.n.hedge;
    while from > floor {
        if let Some(open) = aside_closed_at(doc, from - 1, floor) {
            from = open;
            continue;
        }
        if doc.boundary(from - 1) {
            break;
        }
        from -= 1;
    }
    // `Четверо – на лікуванні в лікарні`: a dash right after the count
    // is a verb of being, no end of the clause.
    let mut to = c.np_end;
    if to + 1 < ceiling && chunks::copula(doc, to) {
        to += 1;
    }
    while to < ceiling && !doc.boundary(to) {
        to += 1;
    }
    if to < ceiling
        && let Some(close) = attribution_aside(doc, to, ceiling)
    {
        to = close;
        while to + 1 < ceiling && !doc.boundary(to + 1) {
            to += 1;
        }
        to = (to + 1).min(ceiling);
    }
    let into = |k: usize| {
        (k.saturating_sub(4).max(from)..k).rev().find(|&p| {
            matches!(LEXICON.care.match_at(t, p, k), Some((e, Care::Into)) if e == p + 1)
                && (p + 1..k).all(|q| !doc.boundary(q) && !t[q].is_punct('.'))
        })
    };
    let (p, e) = (from..to)
        .filter(|&k| k < c.n.hedge || k >= c.np_end)
        .find_map(|k| match LEXICON.care.match_at(t, k, to) {
            Some((e, Care::Place)) => into(k).map(|p| (p, e)),
            _ => None,
        })?;
    // `Ракета влучила в лікарню`: a place of care that a verb of hitting
    // leads to is what was hit, not where the hurt are.
    if (p.saturating_sub(2).max(from)..p).any(|q| {
        LEXICON
            .events
            .match_at(t, q, p + 1)
            .is_some_and(|(e, en)| e >= p && en.weapon == Some(Event::Hit))
    }) {
        return None;
    }
    // A clause that says another fate befell people, though not of this
    // count, says it and not the place (`в лікарні помер ...`); the place's
    // own words are no such word.
    let entry = LEXICON.injuries();
    if (from..to).any(|k| {
        !(p..e).contains(&k)
            && LEXICON
                .events
                .match_at(t, k, to)
                .is_some_and(|(_, en)| en.person.is_some_and(|x| Some(x) != entry.person))
    }) {
        return None;
    }
    let via = if p < c.n.hedge {
        Via::LeftFar
    } else {
        Via::Right
    };
    let item = c.item.is_none().then_some((Item::Person, None));
    Some((entry, via, p, e, item))
}

/// The most tokens the care rule reads either way of the count: a clause
/// of care is short, and a long one is read no further.
const CARE: usize = 24;

/// Whether token `k` is the digits of a model's name, glued by a hyphen to
/// the word before: `Су-27`, `Kh-101`.
fn model_digits(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.tokens;
    k > 1
        && t[k].kind == Kind::Num
        && !t[k].space_before
        && t[k - 1].is_punct('-')
        && !t[k - 1].space_before
        && t[k - 2].kind == Kind::Word
}

/// The verb before `c`'s number as it reads for a number counting
/// `item`: what the members of a list share when the first one's own noun
/// takes no verb (`fired 47 shells and 13 drones`).
pub(super) fn verb_before_as(doc: &Doc<'_>, c: &Cand, item: Item) -> Option<Found> {
    let mut as_item = c.clone();
    as_item.item = Some(item);
    as_item.item_rule = "noun";
    let (near, far) = verb_before(doc, &as_item, doc.range(c.sentence).start);
    near.or(far)
}

/// Where the joint that ends right before token `at` starts, of one word
/// or several (`and`, `as well as`, `а також`), past token `from`, and
/// whether it adds to what was said.
fn joint_before(doc: &Doc<'_>, from: usize, at: usize) -> Option<(usize, bool)> {
    (at.saturating_sub(3).max(from)..at).find_map(|q| {
        LEXICON
            .joints
            .match_at(&doc.tokens, q, at)
            .filter(|&(x, _)| x == at)
            .map(|(_, &also)| (q, also))
    })
}

/// A verb or nominal right before the number: `shot down 97`, `the
/// destruction of 59`, `killing three`; and, apart, one further back in the
/// clause, which counts only when nothing nearer does.
fn verb_before(doc: &Doc<'_>, c: &Cand, floor: usize) -> (Option<Found>, Option<Found>) {
    let t = &doc.tokens;
    let mut far: Option<Found> = None;
    let mut k = c.n.hedge;
    // The aside of attribution passed over, if any.
    let mut aside = 0..0;
    // The phrases of age or time passed over, if any.
    let mut ages: Vec<std::ops::Range<usize>> = Vec::new();
    let in_age = |ages: &[std::ops::Range<usize>], g: usize| ages.iter().any(|a| a.contains(&g));
    // `выпустил по 12 районам области 91 беспилотник`: a count of places
    // is part of a phrase of place, no count that stops the search.
    let places_count = |k: usize| counts_places_at(doc, k, c.n.hedge);
    // The search reaches ten words back; a hyphened name (`Tochka-U`)
    // is one word, however many tokens it is cut into.
    let mut names = 0;
    // The joint right before the number, if any (`and`, `as well as`).
    let joint = joint_before(doc, floor, c.n.hedge).map(|(q, _)| q);
    if let Some(found) = verb_over_cause(doc, c, floor) {
        return (Some(found), None);
    }
    while k > floor
        // Saturating: a glued token of a phrase of age or time (`2-3
        // часа`) is counted both as a name and in the phrase.
        && (c.n.hedge - k).saturating_sub(aside.len() + names + ages.iter().map(|a| a.len()).sum::<usize>())
            < 10
    {
        k -= 1;
        names += usize::from(doc.glued(k));
        // `had used “more than 500 means of air attack”`
        if t[k].is_any_quote() && k + 1 == c.n.hedge {
            continue;
        }
        // `Сбиты, по данным Минобороны, 40 беспилотников`.
        if aside.is_empty()
            && let Some(open) = aside_closed_at(doc, k, floor)
        {
            aside = open..k + 1;
            k = open;
            continue;
        }
        // `самолет Су-27 и 1662 беспилотника`: the digits of a model's
        // name are no count that stops the search.
        let model = model_digits(doc, k) || k + 1 < c.n.hedge && model_digits(doc, k + 1);
        // `a Tochka-U missile as well as 18 rockets`: a joint of several
        // words before the number (`as` of it ends clauses elsewhere).
        let in_joint = joint.is_some_and(|q| q <= k);
        // `чоловіки віком 37 і 68 років та три жінки`, `погибли в 5
        // часов утра трое`: an age or a time is of a phrase in the
        // clause, no count of its own; the search passes over it.
        if let Some(span) = numbers::age_or_time_at(t, k, floor, c.n.hedge)
            && span.end <= c.n.hedge
        {
            k = span.start.max(floor);
            ages.push(span);
            continue;
        }
        if !model && !places_count(k) && !in_joint && (doc.boundary(k) || t[k].kind == Kind::Num) {
            // `..., а також 146 безпілотників`: so with a joint after it.
            if far.is_none() && k + 1 == joint.unwrap_or(c.n.hedge) && t[k].is_punct(',') {
                far = verb_over_member(doc, c, k, floor);
            }
            if far.is_none() && k + 1 == c.n.hedge && chunks::copula(doc, k) {
                far = verb_over_dash(doc, c, k, floor);
            }
            break;
        }
        // `air-launched missiles`: a verb glued to a word before it
        // qualifies a noun.
        let usable = |q: usize| {
            if doc.compound_tail(q) {
                return None;
            }
            LEXICON.events.match_where(t, q, c.n.hedge, |e| {
                matches!(e.place, Place::Any | Place::Pre) && applies(e, c.item)
            })
        };
        let event = usable(k).map(|(e, entry)| {
            // `shot down or jammed 702`: the longest phrase ending here.
            let longer = (k.saturating_sub(3).max(floor)..k)
                .find_map(|q| usable(q).filter(|(e2, _)| *e2 == e).map(|(_, en)| (q, en)));
            let (k, entry) = match longer {
                Some((q, en)) => (q, en),
                None => (k, entry),
            };
            // `збила/подавила 33`, `сбито/подавлено 46`, `знищила або
            // подавила 342`: of two verbs that name one count either way,
            // the first says what it is of; not of two that say two
            // things of it (`left 22 dead and wounded 15`).
            // Nor of two that say what befell people (`убиты или ранены
            // 15`): each is its own count.
            // `о перехвате и подавлении 589 целей`: downed and jammed
            // are one count of the downed, however joined.
            let jammed = entry.weapon == Some(Event::NotReached);
            let either = |x: &Token<'_>| {
                x.is_punct('/')
                    || entry.person.is_none()
                        && (matches!(x.key, "or" | "або" | "чи" | "или" | "либо")
                            || jammed && LEXICON.joins(x))
            };
            let first = (k >= 2 && k - 1 > floor && either(&t[k - 1]))
                .then(|| {
                    (k.saturating_sub(4).max(floor)..k - 1).find_map(|q| {
                        LEXICON
                            .events
                            .match_at(t, q, k - 1)
                            .filter(|(e2, en)| {
                                *e2 == k - 1
                                    && applies(en, c.item)
                                    && (!(jammed && LEXICON.joins(&t[k - 1]))
                                        || en.weapon == Some(Event::Intercepted))
                            })
                            .map(|(_, en)| (q, en))
                    })
                })
                .flatten();
            match first {
                Some((q, en)) => (q, e, en),
                None => (k, e, entry),
            }
        });
        if event.is_none()
            && let Some((e, Speech::Verb)) = LEXICON.speech.match_at(t, k, c.n.hedge)
        {
            // `reported 728 drones`, `заявили о 728 беспилотниках`: weapons
            // a speaker counts were sent, unless the number has a verb of
            // its own.
            let gap = c.n.hedge.saturating_sub(e);
            let object = gap == 0
                || gap == 1
                    && LEXICON.is(&t[e], class::STOP | class::SKIP)
                    && !LEXICON.is(&t[e], class::THAT);
            // Nor when a verb later in the sentence may say what befell
            // them (`said 60 drones and 12 UAVs were shot down`).
            let later = || {
                let end = doc.range(c.sentence).end;
                (c.np_end..end).any(|x| LEXICON.events.match_at(t, x, end).is_some())
            };
            if far.is_none()
                && object
                && c.item.is_some_and(|i| i.class() == ItemClass::Weapon)
                && !later()
            {
                far = Some((LEXICON.launched(), Via::LeftFar, k, e, None));
            }
            break;
        }
        if let Some((start, e, entry)) = event {
            let k = start;
            // `launched in total four`, `detected a total of almost 1
            // million`: a phrase of sum between.
            // `ликвидировали в общей сложности 17`: a word of a phrase the
            // tables pass over.
            let in_sum = |g: usize| {
                t[g].is("in")
                    && t.get(g + 1)
                        .is_some_and(|n| matches!(n.key, "total" | "all"))
                    || t[g].is("of") && g > 0 && t[g - 1].is("total")
                    || (g.saturating_sub(2).max(e)..=g).any(|q| {
                        LEXICON
                            .words
                            .match_at(t, q, c.n.hedge)
                            .is_some_and(|(x, classes)| classes & class::SKIP != 0 && x > g)
                    })
            };
            // `Перехвачены были также шесть`: an auxiliary after the verb.
            let gap_ok = (e..c.n.hedge).all(|g| {
                aside.contains(&g)
                    || LEXICON.is(&t[g], class::SKIP | class::AUX)
                    || t[g].is_punct('-')
                    || t[g].is_any_quote()
                    || in_sum(g)
            });
            if gap_ok {
                // `repelled an attack by 11 drones`: the attack was repelled.
                if entry.weapon == Some(Event::Launched) && entry.place == Place::Pre {
                    let mut p = k;
                    while p > floor && LEXICON.is(&t[p - 1], class::SKIP) {
                        p -= 1;
                    }
                    if p > floor {
                        let outer = (p.saturating_sub(3).max(floor)..p).find_map(|q| {
                            LEXICON
                                .events
                                .match_at(t, q, p)
                                .filter(|(x, o)| {
                                    *x == p && o.weapon.is_some_and(|w| w != Event::Launched)
                                })
                                .map(|(_, o)| (*o, q))
                        });
                        if let Some((o, q)) = outer {
                            return (Some((o, Via::Left, q, p, None)), None);
                        }
                    }
                }
                return (Some((*entry, Via::Left, k, e, None)), None);
            }
            // A verb further back only with plain words between: not
            // `recorded at five more`.
            // `Ранения, по его словам, получили пять человек`: an aside of
            // attribution is no word between them.
            // `Fires 'Record' 75 Drones`: a word quoted whole is a word.
            let quotes = (e..c.n.hedge).filter(|&g| t[g].is_any_quote()).count();
            let plain = (e..c.n.hedge).all(|g| {
                in_age(&ages, g)
                    || t[g].is_any_quote() && quotes % 2 == 0
                    || t[g].kind == Kind::Word && !LEXICON.is(&t[g], class::STOP | class::PLACE_PREP)
                    || LEXICON.is(&t[g], class::SKIP)
                    || aside.contains(&g)
                    // `launched a record-breaking 188`: a hyphen inside a
                    // word is of the word.
                    || t[g].is_punct('-') && doc.glued(g) && !chunks::dash(doc, g)
            });
            // `Hits by missiles and 21 drones`: a nominal whose object is a list.
            // `injuring a woman and two men`: an object list after any verb.
            // A model's name is one word of the object: `a Su-27 jet and
            // 1,662 drones`.
            let joint = joint.filter(|&q| q >= e);
            // `знищили ракету Х-59 у Дніпропетровській області та 17
            // БпЛА`: where the member before was hit is no word of it.
            let object_end = joint.map_or(c.n.hedge.saturating_sub(1), |q| {
                place_before(doc, e, q).unwrap_or(q)
            });
            let object = (e..object_end).filter(|&g| {
                !model_digits(doc, g)
                    && !model_digits(doc, g + 1)
                    && !doc.glued(g)
                    && !in_age(&ages, g)
            });
            // `dozens of attack drones and six missiles`: a vague amount is
            // no word of the noun.
            let vague = |g: usize| {
                LEXICON.vague.match_at(t, g, c.n.hedge).is_some()
                    || t[g].is("of") && g > 0 && LEXICON.vague.match_at(t, g - 1, g).is_some()
            };
            // `an Iskander-M ballistic missile and 79 drones`: an article,
            // or any word the tables pass over, is no word of the noun.
            let words = object
                .clone()
                .filter(|&g| !vague(g) && !LEXICON.is(&t[g], class::SKIP) && !t[g].is_any_quote())
                .count();
            // `є жертва і 15 поранених`: with no object between, a joint
            // before a count that names what befell its people starts a
            // count of its own (not `Серед потерпілих і дев’ять жінок`).
            let own = || {
                let end = doc.range(c.sentence).end;
                LEXICON
                    .events
                    .match_at(t, c.n.after, end)
                    .is_some_and(|(_, en)| en.person.is_some())
            };
            let listed = (entry.place == Place::Pre || words <= 3)
                && (words > 0 || !own())
                && c.n.hedge > e
                && joint.is_some()
                && object.clone().all(|g| {
                    // `attack drones`, `strike drones`: a noun, or a word
                    // right before one, whatever it says alone; a model's
                    // name in quotes (`ракеты «Нептун» и 11 БпЛА`).
                    t[g].is_any_quote()
                        || (t[g].kind == Kind::Word
                            && !LEXICON.is(&t[g], class::BOUNDARY | class::PLACE_PREP)
                            && (LEXICON.events.match_at(t, g, c.n.hedge).is_none()
                                || LEXICON.items.match_at(t, g, c.n.hedge).is_some()
                                || LEXICON.items.match_at(t, g + 1, c.n.hedge).is_some()))
                });
            // A nominal governs its list outright; a verb only when the
            // number has no verb of its own after it (`were wounded`).
            if listed && entry.place == Place::Pre {
                return (Some((*entry, Via::List, k, e, None)), None);
            }
            if listed && far.is_none() {
                far = Some((*entry, Via::List, k, e, None));
            }
            // `сбили над регионами России 55 дронов`: where word order is
            // free, a phrase of place or an object may stand between the
            // verb and a number that names its own noun.
            let phrase = c.has_head()
                && c.n.hedge - e <= 6
                && (e..c.n.hedge).all(|g| {
                    in_age(&ages, g)
                        || (t[g].kind == Kind::Word || places_count(g))
                            && !LEXICON.is(&t[g], class::BOUNDARY | class::THAT)
                            && (!LEXICON.is(&t[g], class::STOP)
                            // `применила против Украины за неделю более 3100`
                            || LEXICON.is(&t[g], class::PLACE_PREP | class::EXTENT)
                            // `проти українських міст і сіл`
                            || LEXICON.joins(&t[g]) && g > e
                            || LEXICON.origins.match_at(t, g, g + 1).is_some())
                            // `Жертвами обстрела в городе стали 18`: the
                            // attack the toll is of.
                            && LEXICON
                                .events
                                .match_at(t, g, c.n.hedge)
                                .is_none_or(|(_, en)| entry.person.is_some() && en.attacks())
                            && LEXICON.speech.match_at(t, g, c.n.hedge).is_none()
                });
            if far.is_none() && e <= c.n.hedge && (plain || phrase) {
                far = Some((*entry, Via::LeftFar, k, e, None));
            }
        }
        // A noun ends the search, unless the number is the next member
        // of a list: `Hits by missiles and 21 drones`.
        // Nor does a place a preposition opens (`в городе`), a phrase of
        // where.
        if let Some((_, noun)) = LEXICON.items.match_at(t, k, k + 1)
            && joint.is_none_or(|q| q < k)
            && !(noun.item == Item::Village
                && k > floor
                && LEXICON.is(&t[k - 1], class::PLACE_PREP))
        {
            break;
        }
    }
    (None, far)
}

/// The comma that closes an aside of attribution opened by the comma
/// `open` (`, по данным Минобороны,`, `, за словами Федорова,`, `, the
/// governor said,`): a verb and the count it governs read through it. It
/// names who says so, with a phrase of speech, and holds no number, event
/// or other boundary.
fn attribution_aside(doc: &Doc<'_>, open: usize, end: usize) -> Option<usize> {
    let t = &doc.tokens;
    if !t.get(open)?.is_punct(',') {
        return None;
    }
    // `, як повідомляє ОВА,`: a word of the aside's own may open it.
    let close = (open + 1..(open + ASIDE).min(end))
        .find(|&j| doc.boundary(j) && (j > open + 1 || t[j].kind == Kind::Punct))?;
    let inside = open + 1..close;
    let speaks = inside
        .clone()
        .any(|x| LEXICON.speech.match_at(t, x, close).is_some());
    let plain = inside.clone().all(|x| {
        t[x].kind != Kind::Num
            && !LEXICON.numbers.has_word(t[x].key)
            && LEXICON.events.match_at(t, x, close).is_none()
    });
    (t[close].is_punct(',') && !inside.is_empty() && speaks && plain).then_some(close)
}

/// The most tokens an aside runs to, its commas included.
const ASIDE: usize = 12;

/// Whether no number follows a verb ending before token `e` closely
/// enough for the verb to govern it (`збито 90`).
fn governs_no_count(doc: &Doc<'_>, e: usize, end: usize) -> bool {
    (e..(e + 3).min(end)).all(|x| doc.tokens[x].kind != Kind::Num)
}

/// Whether token `j` may be a word of a subject that stands between a
/// count and its verb, short of `end`: a plain word that opens no phrase
/// of its own (no preposition, verb, weapon or clause word). People may
/// be the subject (`военные`).
fn free_subject_word(doc: &Doc<'_>, j: usize, end: usize) -> bool {
    let t = &doc.tokens;
    plain(&t[j])
        && !doc.boundary(j)
        && !LEXICON.joins(&t[j])
        && !LEXICON.is(
            &t[j],
            class::PLACE_PREP
                | class::TIME
                | class::RELATIVE
                | class::THAT
                | class::SUBSET
                | class::YEAR_PREP,
        )
        && LEXICON.events.match_at(t, j, end).is_none()
        && !head(doc, j, end).is_some_and(|(item, ..)| item.class() == ItemClass::Weapon)
}

/// Where the aside of attribution that the comma `k` closes opens, if it
/// does close one, no further back than `floor`.
fn aside_closed_at(doc: &Doc<'_>, k: usize, floor: usize) -> Option<usize> {
    let t = &doc.tokens;
    if !t[k].is_punct(',') {
        return None;
    }
    let open = (k.saturating_sub(ASIDE).max(floor)..k).rev().find(|&j| {
        doc.boundary(j) && !(t[j].kind == Kind::Word && j > 0 && t[j - 1].is_punct(','))
    })?;
    (attribution_aside(doc, open, k + 1) == Some(k)).then_some(open)
}

/// `випустила по цивільній інфраструктурі, енергетиці та житлових
/// будинках України майже 1500 дронів`: where word order is free, a
/// phrase of place, however long its list of targets, may stand between
/// a verb and a number that names its own noun. The phrase runs from a
/// preposition of place through words, commas and joints only.
fn verb_over_place(doc: &Doc<'_>, c: &Cand, floor: usize) -> Option<Found> {
    let t = &doc.tokens;
    if !c.has_head() {
        return None;
    }
    let mut p = c.n.hedge;
    let (mut prep, mut start) = (false, c.n.hedge);
    while p > floor && c.n.hedge - p < 24 {
        p -= 1;
        let x = &t[p];
        // `для ударів по`: the attack a phrase of place is aimed by.
        let attack = LEXICON.is(x, class::ATTACK)
            || LEXICON.is(x, class::STOP) && LEXICON.is(&t[p + 1], class::ATTACK);
        let inside = LEXICON.is(x, class::PLACE_PREP)
            || attack && prep
            || LEXICON.joins(x)
            || x.kind == Kind::Word
                && !LEXICON.is(x, class::THAT | class::STOP)
                && LEXICON.events.match_at(t, p, c.n.hedge).is_none()
                && LEXICON.speech.match_at(t, p, c.n.hedge).is_none()
            // `сбили над Курской областью – 126`: a dash between the
            // phrase and the number is a verb of being.
            || (x.is_punct(',') || x.is_punct('-') || chunks::copula(doc, p)) && !prep;
        if !inside {
            break;
        }
        prep |= LEXICON.is(x, class::PLACE_PREP);
        if prep {
            start = p;
        }
    }
    if !prep {
        return None;
    }
    // The verb ends where the phrase starts, a skipped word or two before.
    let mut end = start;
    while end > floor && LEXICON.is(&t[end - 1], class::SKIP | class::AUX) {
        end -= 1;
    }
    // `вдарив по Харкову 25 дронами`: an attack's "with" said by the case
    // of the number's noun.
    event_ending_at(doc, c, end, floor, true).map(|(q, entry)| (entry, Via::LeftFar, q, end, None))
}

/// `сбиты ракета «Гром-2», 17 снарядов`, `shot down a cruise missile, 17
/// rockets`: a list whose first member has no number; the verb before that
/// member is the list's. `comma` is the comma before `c`'s number.
fn verb_over_member(doc: &Doc<'_>, c: &Cand, comma: usize, floor: usize) -> Option<Found> {
    let t = &doc.tokens;
    let mut noun = false;
    let mut j = comma;
    while j > floor {
        j -= 1;
        // `бив по Україні ракетою «Циркон», 18 ракетами`: an attack's
        // "with", as the members' case says it.
        if noun
            && let Some((e, entry)) = LEXICON.events.match_at(t, j, comma)
            && (matches!(entry.place, Place::Any | Place::Pre)
                || entry.attacks() && c.item.is_some_and(|i| i.class() == ItemClass::Weapon))
            && applies(entry, c.item)
        {
            return Some((*entry, Via::List, j, e, None));
        }
        // `brought down a Su-27 aircraft, four cruise missiles`: a member
        // of another kind than the count's is a noun of the list too.
        if LEXICON.items.match_at(t, j, comma).is_some() {
            noun = true;
        }
        if !model_digits(doc, j) && !t[j].is_quote() && (doc.boundary(j) || t[j].kind == Kind::Num)
        {
            return None;
        }
    }
    None
}

/// Where a phrase of place ([`place_phrase_end`]) that ends right before
/// the joint `joint` of a list starts, when it follows a noun or a model's
/// name between `from` and it (`a missile over Kharkiv and 18 drones`,
/// `ракету Х-59 у Дніпропетровській області та 17 БпЛА`).
fn place_before(doc: &Doc<'_>, from: usize, joint: usize) -> Option<usize> {
    let t = &doc.tokens;
    let p = (joint.saturating_sub(4).max(from + 1)..joint)
        .rev()
        .find(|&g| LEXICON.is(&t[g], class::PLACE_PREP))?;
    let plain = place_phrase_end(doc, p, joint) == Some(joint);
    let after_noun = model_digits(doc, p - 1)
        || (p.saturating_sub(3).max(from)..p)
            .any(|q| LEXICON.items.match_at(t, q, p).is_some_and(|(x, _)| x == p));
    (plain && after_noun).then_some(p)
}

/// The verb or nominal that ends right at the dash before a number
/// (`Травмовано – 94`, `Серед загиблих – троє дітей`, `Сбито — 25
/// беспилотников`): what the number counts befell.
fn verb_over_dash(doc: &Doc<'_>, c: &Cand, dash: usize, floor: usize) -> Option<Found> {
    // `Среди пострадавших при обстреле Львова — пятеро детей`: past what
    // caused the harm.
    // `Серед загиблих під час атаки на Одесу — двоє дітей`: with the
    // place it fell on.
    let opens = (dash.saturating_sub(8).max(floor + 1)..dash)
        .find(|&q| {
            cause_phrase_end(doc, q, dash)
                .is_some_and(|e| e == dash || place_phrase_end(doc, e, dash) == Some(dash))
        })
        .unwrap_or(dash);
    event_ending_at(doc, c, opens, floor, false)
        .map(|(q, entry)| (entry, Via::Left, q, opens, None))
}

/// The verb or nominal right before a phrase of what caused it that ends
/// at the number (`погибли в результате ракетной атаки 23 человека`,
/// `гибель от удара России 23 человек`): word order lets the cause stand
/// between the toll and whom it counts.
fn verb_over_cause(doc: &Doc<'_>, c: &Cand, floor: usize) -> Option<Found> {
    if !c.has_head() {
        return None;
    }
    let hedge = c.n.hedge;
    let opens = (hedge.saturating_sub(8).max(floor + 1)..hedge)
        .find(|&q| cause_phrase_end(doc, q, hedge) == Some(hedge))?;
    event_ending_at(doc, c, opens, floor, false)
        .map(|(q, entry)| (entry, Via::Left, q, opens, None))
}

/// Where an event phrase that ends right at token `end` starts, at most
/// three tokens back and not before `floor`, and its entry: one that may
/// stand before a number, and reads for what `c` counts; with `with`, an
/// attack whose "with" a case ending says too.
fn event_ending_at(
    doc: &Doc<'_>,
    c: &Cand,
    end: usize,
    floor: usize,
    with: bool,
) -> Option<(usize, EventEntry)> {
    (end.saturating_sub(3).max(floor)..end).find_map(|q| {
        LEXICON
            .events
            .match_at(&doc.tokens, q, end)
            .filter(|(e, entry)| {
                *e == end
                    && (matches!(entry.place, Place::Any | Place::Pre) || with && entry.attacks())
                    && applies(entry, c.item)
            })
            .map(|(_, entry)| (q, *entry))
    })
}

/// A verb right after the noun: `five people were injured`, `25 drones did
/// not reach`, `112 drones Russia launched`.
fn verb_after(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    let t = &doc.tokens;
    if let Some(found) = weapons_damage(doc, c, end) {
        return Some(found);
    }
    // `14 ворожих «шахедів», якими ...`: the quotation mark that closes
    // one the noun phrase opened ends the phrase.
    let np_end = c.np_end
        + usize::from(
            t.get(c.np_end).is_some_and(|q| q.is_quote())
                && (c.n.after..c.np_end).filter(|&x| t[x].is_quote()).count() % 2 == 1,
        );
    let mut k = np_end;
    let mut skipped = 0;
    // Where a bracket follows a modifier after the noun.
    let mut after_genitive = None;
    // The word after a subject's word, which may go on with it.
    let mut subject_at = None;
    // Where the phrases of place and time that follow the noun end.
    let mut np_tail = np_end;
    // Whether the search went into a relative clause on the noun.
    let mut in_relative = false;
    // Where the noun's place or genitive ends (`жителей Белгородской
    // области, раненных`): a participle after a comma there qualifies the
    // noun.
    let mut placed = None;
    while k < end && skipped <= 4 {
        if let Some((e, entry)) = event_after(doc, c, k, end) {
            // `двое пострадавших скончались`: a word for people right after
            // the number names them; the verb after it says what happened.
            if k == np_end
                && c.item.is_none()
                && entry.weapon.is_none()
                && let Some(later) = (e..(e + 3).min(end))
                    // Not past another count: `two killed and six injured`.
                    .take_while(|&j| {
                        t[j].kind == Kind::Word
                            && !doc.boundary(j)
                            && !LEXICON.joins(&t[j])
                            && !LEXICON.numbers.has_word(t[j].key)
                    })
                    .find_map(|j| {
                        LEXICON
                            .events
                            .match_at(t, j, end)
                            .filter(|(_, en)| {
                                matches!(en.place, Place::Any | Place::Post)
                                    && en.person.is_some()
                                    && en.person != entry.person
                            })
                            .map(|(x, en)| (*en, Via::Right, j, x, None))
                    })
            {
                return Some(later);
            }
            // `five drones launched by Russia were shot down`: a participle
            // that qualifies the noun gives way to the clause's verb.
            // So does one whose target follows (`ten drones aimed at Moscow
            // were shot down`).
            // So does a present participle (`29 cruise missiles targeting
            // the city were shot down`).
            let qualifies = k == np_end
                && e < end
                && (matches!(t[e].key, "by" | "from" | "at" | "towards" | "toward")
                    || t[k].key.is_ascii() && t[k].key.ends_with("ing"))
                && !t[k - 1].is_punct(',');
            // The verb of a relative clause on the noun gives way too
            // (`Two Kh-59 missiles that Russia fired at Odesa were
            // destroyed`).
            if (qualifies || in_relative)
                && let Some(later) = later_verb(doc, c, e, end)
            {
                return Some(later);
            }
            // `over 150 drones launched by Kyiv destroyed`: a headline's
            // verb after the agent, with no auxiliary.
            if qualifies
                && let Some(later) = (e + 1..end)
                    .take_while(|&j| !doc.boundary(j) && t[j].kind != Kind::Num)
                    .find_map(|j| verb_at(doc, c, j, end))
            {
                return Some(later);
            }
            // `121 drones were detected and destroyed`, `17 drones were
            // detected, destroyed and suppressed`: seeing them coming gives
            // way to what became of them.
            let next = match LEXICON.joints.match_at(t, e, end) {
                Some((j, _)) => Some(j),
                None => (e + 1 < end && t[e].is_punct(',')).then_some(e + 1),
            };
            if LEXICON.is(&t[k], class::OBSERVE)
                && let Some(j) = next
                && let Some(then) = verb_at(doc, c, j, end)
            {
                return Some(then);
            }
            return Some((*entry, Via::Right, k, e, None));
        }
        // `Пятеро мирных жителей Курской области, ...`: the noun's place
        // before an aside.
        if k == np_end
            && let Some((e, _)) = LEXICON.places.match_at(t, k, end)
        {
            let e = if e < end && LEXICON.is(&t[e], class::REGION) {
                e + 1
            } else {
                e
            };
            if e < end && t[e].is_punct(',') {
                k = e;
                placed = Some(e);
            }
        }
        // `36 drones and the missile hit 22 locations`: a noun phrase with
        // no number joined on shares the verb after it.
        if k == np_end && c.item.is_some() && LEXICON.joins(&t[k]) {
            let mut j = k + 1;
            if j < end && LEXICON.is(&t[j], class::SKIP) {
                j += 1;
            }
            if let Some((.., e)) = head(doc, j, end).filter(|&(.., e)| e < end) {
                k = e;
                skipped += 1;
                continue;
            }
        }
        let w = &t[k];
        // `At least six people, among them a boy, were killed`: skip an
        // aside between commas.
        // `nine others, including a girl, were injured`: past the words
        // that stand for the noun.
        let past_noun =
            (np_end..k).all(|x| t[x].kind == Kind::Word && LEXICON.is(&t[x], class::AUX));
        // Not a participle right after the comma, which qualifies the noun
        // (`жителей Белгородской области, раненных при ударах`).
        if w.is_punct(',')
            && (past_noun
                || k > np_end && skipped == 0 && LEXICON.places.match_at(t, np_end, end).is_some())
            && !(placed == Some(k) && verb_at(doc, c, k + 1, end).is_some())
        {
            // The aside may be a relative clause: `23 people, which included
            // a child, were injured`.
            // `всі 24 безпілотники, які ворог застосував для атаки, збила`.
            let relative = k + 1 < end && LEXICON.is(&t[k + 1], class::RELATIVE);
            // `троє людей, серед яких дитина, загинули`: a part's word
            // before the relative.
            let among = !relative
                && k + 2 < end
                && LEXICON.is(&t[k + 1], class::SUBSET)
                && LEXICON.is(&t[k + 2], class::RELATIVE);
            let opening = if among { 2 } else { usize::from(relative) };
            // The verb after it is the noun's, unless it governs a count
            // of its own (`Зі 101 дрона, якого запустили окупанти, збито 90`).
            let verb = |j: usize| {
                (j + 1..(j + 4).min(end)).find_map(|x| LEXICON.events.match_at(t, x, end))
            };
            // The aside ends at a comma a verb follows, past the commas of
            // a list inside it (`126 drones, including Shahed, Gerbera and
            // others, were launched`).
            // One that says who speaks stands between them only as an
            // aside of attribution (`12 людей, за словами Федорова, були
            // поранені`).
            let close = (k + 1 + opening..(k + ASIDE).min(end))
                .take_while(|&j| t[j].is_punct(',') || !doc.boundary(j))
                .filter(|&j| {
                    t[j].is_punct(',')
                        && ((k + 1..j).all(|x| LEXICON.speech.match_at(t, x, j).is_none())
                            || attribution_aside(doc, k, end) == Some(j))
                })
                .find(|&j| verb(j).is_some_and(|(e, _)| governs_no_count(doc, e, end)));
            if let Some(j) = close {
                k = j + 1;
                skipped += 1;
                continue;
            }
        }
        // `о 92 украинских БПЛА, сбитых за ночь`: a participle after a
        // comma qualifies the noun before it, when no number follows it
        // that it would govern instead. A number with no noun of its own
        // is no such noun (`Dvorak, 21, lost`: an age).
        // So does a relative clause whose subject is that noun (`22
        // людини, які постраждали`, `people who were injured`).
        // Not a part's: the clause is its total's (`60 of the 81 drones,
        // which were fired`).
        let clause = if k + 1 < end
            && LEXICON.is(&t[k + 1], class::RELATIVE)
            && (c.n.after..k).all(|x| t[x].kind != Kind::Num)
        {
            let mut v = k + 2;
            while v < end && LEXICON.is(&t[v], class::AUX) {
                v += 1;
            }
            v
        } else {
            // `сім БПЛА, нібито збитих над морем`: past a word that puts
            // the claim at a remove.
            LEXICON
                .hearsay
                .match_at(t, k + 1, end)
                .map_or(k + 1, |(e, _)| e)
        };
        if (k == np_end || placed == Some(k))
            && c.has_head()
            && w.is_punct(',')
            && let Some(found) = verb_at(doc, c, clause, end)
            && governs_no_count(doc, found.3, end)
        {
            return Some(found);
        }
        // `214 drones were registered as “locationally lost”`.
        if matches!(
            w.key,
            "registered" | "listed" | "recorded" | "classified" | "counted"
        ) && t.get(k + 1).is_some_and(|x| x.is("as"))
        {
            k += 2;
            skipped += 1;
            continue;
        }
        // `96 it said were shot down`: a parenthetical attribution.
        if LEXICON.is(w, class::PRONOUN)
            && k + 1 < end
            && LEXICON.speech.match_at(t, k + 1, end).is_some()
        {
            k += 2;
            skipped += 2;
            continue;
        }
        // `6 unmanned aerial vehicles (UAVs) were fired`, `Four people
        // (two adults and two children) were injured`: a bracket right
        // after the noun.
        if w.is_punct('(')
            && (k == np_end || after_genitive == Some(k))
            && let Some(close) = (k + 1..(k + ASIDE).min(end)).find(|&j| t[j].is_punct(')'))
        {
            k = close + 1;
            skipped += 1;
            continue;
        }
        // `Four people — two adults and two children — were injured`: an
        // aside between dashes right after the noun, a verb after it.
        if k == np_end
            && chunks::copula(doc, k)
            && let Some(close) = (k + 1..(k + ASIDE).min(end)).find(|&j| chunks::copula(doc, j))
            && let Some(found) = (close + 1..end)
                .take_while(|&v| v == close + 1 || LEXICON.is(&t[v - 1], class::AUX))
                .find_map(|v| verb_at(doc, c, v, end))
        {
            return Some(found);
        }
        // `738 were tracked but lost from radar`: of two verbs joined, the
        // one the table knows says what happened.
        if w.kind == Kind::Word
            && w.key.ends_with("ed")
            && t.get(k + 1)
                .is_some_and(|n| matches!(n.key, "but" | "and" | "or"))
        {
            k += 2;
            skipped += 1;
            continue;
        }
        // `Наибольшее число дронов — восемь единиц — перехвачено`, `Most
        // of the drones – 53 in total – were intercepted`: a count set off
        // by dashes takes the verb after the closing one.
        if k == np_end
            && c.n.hedge > 0
            && chunks::dash(doc, c.n.hedge - 1)
            && let Some(close) = (k..(k + 3).min(end)).find(|&j| chunks::dash(doc, j))
            && (k..close).all(|j| t[j].kind == Kind::Word)
        {
            k = close + 1;
            skipped += 1;
            continue;
        }
        // `6 drones - locationally lost`, `еще 415 — «локационно
        // потеряны»`: a dash between the noun and its verb, as bulletins
        // write it, standing for the verb to be.
        if k == np_end && chunks::dash(doc, k) {
            k += 1;
            skipped += 1;
            continue;
        }
        // `20 people are known to have been injured`, `were confirmed
        // destroyed`: a verb of knowing before the one that says what
        // happened.
        if LEXICON.is(w, class::KNOWING) && k > np_end {
            k += if t.get(k + 1).is_some_and(|n| n.is("to")) {
                2
            } else {
                1
            };
            skipped += 1;
            continue;
        }
        let adverb = w.kind == Kind::Word && w.key.ends_with("ly") && !w.upper;
        let quote = w.is_quote() || w.kind == Kind::Punct && matches!(w.key, "'" | "‘" | "’");
        // `112 drones Russia launched`, `26 drones that Russia fired`.
        let after_relative = k == np_end + 1 && matches!(t[np_end].key, "that" | "which");
        // `20 беспилотников ПВО ликвидировала`: a body as the subject too.
        // `11 з них українським захисникам вдалося збити`: a side word
        // and the body it names, after a part of what was counted before.
        let may_be_subject = (k == np_end || after_relative || subject_at == Some(k))
            && (c.item.is_some() || c.partitive == Partitive::Anaphor);
        // `Два БПЛА средства ПВО сбили`: a body named in several words.
        if may_be_subject
            && let Some((e, _)) = LEXICON
                .words
                .match_at(t, k, end)
                .filter(|&(e, classes)| e > k + 1 && *classes & class::BODY != 0)
        {
            subject_at = Some(e);
            skipped += 1;
            k = e;
            continue;
        }
        // `3 безпілотники захисники з ПвК "Схід" збили`: the body's unit
        // named after it, in capitals or quotes.
        if subject_at == Some(k) && LEXICON.is(w, class::STOP) {
            let named = (k + 1..(k + 6).min(end))
                .take_while(|&j| t[j].upper || t[j].is_quote() || t[j].is_punct('-'))
                .last();
            if let Some(j) = named
                && let Some(found) = verb_at(doc, c, j + 1, end)
            {
                return Some(found);
            }
        }
        let subject =
            may_be_subject && (LEXICON.side_word(w).is_some() || LEXICON.is(w, class::BODY));
        if subject {
            subject_at = Some(k + 1);
        }
        // `Two more people who were injured`: a relative clause's verb.
        // `Two more people who were injured`, `26 drones that Russia fired`:
        // a relative clause's verb.
        let relative = k == np_end
            && matches!(w.key, "who" | "that" | "which")
            && t.get(k + 1)
                .is_some_and(|x| LEXICON.is(x, class::AUX) || LEXICON.side_word(x).is_some());
        // `Ще 13 людей за минулу добу дістали поранення`: a span of time
        // between the noun and its verb, or after the side that owns it
        // (`22 беспилотника ВСУ за сутки атаковали`).
        if (k == np_tail || subject_at == Some(k))
            && let Some(e) = super::totals::span_end(doc, k, end)
            && e < end
            && verb_at(doc, c, e, end).is_some()
        {
            skipped += e - k;
            k = e;
            np_tail = e;
            continue;
        }
        // `Ще 2 людини в Харківській області отримали поранення`, `2
        // людини в області за добу отримали`: where the noun was counted,
        // then its verb or a span of time before it. So is what caused it
        // (`троє людей унаслідок ворожого удару втратили кінцівки`).
        if k == np_tail
            && let Some(e) = cause_phrase_end(doc, k, end).or_else(|| place_phrase_end(doc, k, end))
            && (verb_at(doc, c, e, end).is_some() || super::totals::span_end(doc, e, end).is_some())
        {
            skipped += 1;
            k = e;
            np_tail = e;
            continue;
        }
        // `three others aged 23–45 were injured`, `чоловіки віком 37 і 68
        // років дістали поранення`, `женщина 1948 года рождения получила
        // ранения`: an age after the noun, however it is written, is of
        // the noun (the tables call `років`, `лет` durations: years of age
        // or of time).
        if k == np_tail
            && let Some(e) = (k..(k + 3).min(end))
                .find(|&j| LEXICON.is_number(&t[j]))
                .and_then(|j| numbers::age_or_time_at(t, j, k, end))
                .filter(|span| span.start == k)
                .map(|span| span.end)
            && (e..end)
                .find(|&v| !LEXICON.is(&t[v], class::AUX))
                .is_some_and(|v| verb_at(doc, c, v, end).is_some())
        {
            skipped += 1;
            k = e;
            np_tail = e;
            continue;
        }
        // `четыре беспилотника военные сбили`, `7 из них военные сбили`: in
        // Ukrainian and Russian the subject may stand between the object
        // and its verb, in a word or two the tables need not know.
        if k == np_tail
            && doc.article.language.home().is_some()
            && (c.item.is_some() || c.partitive == Partitive::Anaphor)
            && let Some(found) = (k + 1..(k + 3).min(end))
                .take_while(|&j| free_subject_word(doc, j - 1, end))
                .find_map(|j| verb_at(doc, c, j, end))
                // `112 из них Воздушные силы сбили`: or a body the tables
                // know, whose name is written with capitals.
                .or_else(|| {
                    let (e, speaker) = LEXICON.speakers.match_at(t, k, end)?;
                    if matches!(speaker, Speaker::Report { .. }) {
                        return None;
                    }
                    verb_at(doc, c, e, end)
                })
            && governs_no_count(doc, found.3, end)
        {
            return Some(found);
        }
        if k == np_end
            && let Some((n, bracket)) = modifiers(doc, c, k, end)
        {
            if bracket {
                after_genitive = Some(k + n);
            }
            k += n;
            skipped += n;
            placed = Some(k);
            continue;
        }
        if !(LEXICON.is(w, class::AUX) || adverb || quote || subject || relative) {
            break;
        }
        // `32 of the 44 drones Russia had launched ... were destroyed`: in
        // English an object before its subject opens a relative clause,
        // whose verb gives way to one after it; in Ukrainian and Russian
        // the order is free (`20 беспилотников ПВО ликвидировала`).
        let reduced = subject && doc.article.language.home().is_none();
        in_relative |= relative || after_relative || reduced;
        skipped += 1;
        k += 1;
    }
    None
}

/// `дві ракети пошкодили три багатоповерхівки`, `two drones destroyed a
/// warehouse`, `two drones attacked the oil refinery`: weapons that, as
/// the subject of a verb of damage or of attack right after them, damage
/// or attack a thing named after it (a word or two may qualify it), hit
/// it. Not `were destroyed`, nor `destroyed over Kursk`: no thing after.
fn weapons_damage(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    let t = &doc.tokens;
    if !c.item.is_some_and(|i| i.class() == ItemClass::Weapon) {
        return None;
    }
    let (e, entry) = LEXICON.events.match_at(t, c.np_end, end)?;
    // `two drones attacked the plant`: weapons that attack a thing hit it.
    let attacks = entry.attacks();
    if !attacks && (entry.thing.is_none() || !matches!(entry.place, Place::Any | Place::Post)) {
        return None;
    }
    let mut j = e;
    while j < end
        && (t[j].kind == Kind::Num
            || LEXICON.numbers.has_word(t[j].key)
            || matches!(t[j].key, "a" | "an" | "the"))
    {
        j += 1;
    }
    // `the oil refinery`: a word or two may qualify the thing, but not a
    // phrase of place (`destroyed near the refinery`).
    let (item, ..) = (j..(j + 3).min(end))
        .take_while(|&x| {
            t[x].kind == Kind::Word && !LEXICON.is(&t[x], class::STOP | class::PLACE_PREP)
        })
        .find_map(|x| head(doc, x, end))?;
    // `12 drones attacking the refinery were shot down`: the clause's
    // own verb says what befell them.
    if attacks && later_verb(doc, c, e, end).is_some() {
        return None;
    }
    (item.class() == ItemClass::Thing).then(|| (LEXICON.hit(), Via::Right, c.np_end, e, None))
}

/// A lower-case word that may modify a noun after it, as cases let it
/// stand: no stop word, boundary or number word.
fn plain(x: &Token<'_>) -> bool {
    x.kind == Kind::Word
        && !x.upper
        && !LEXICON.is(x, class::STOP | class::BOUNDARY)
        && !LEXICON.numbers.has_word(x.key)
}

/// An event phrase at `k` that may follow what it says happened to
/// (`were shot down`), as it reads for what `c` counts.
fn verb_at(doc: &Doc<'_>, c: &Cand, k: usize, end: usize) -> Option<Found> {
    event_after(doc, c, k, end).map(|(x, en)| (*en, Via::Right, k, x, None))
}

/// The event phrase at token `k` as it reads after the number, for what
/// `c` counts: where it ends and its entry.
fn event_after(
    doc: &Doc<'_>,
    c: &Cand,
    k: usize,
    end: usize,
) -> Option<(usize, &'static EventEntry)> {
    // `air-launched missiles`: a verb glued to a word before it qualifies
    // a noun; it says nothing of what befell.
    if doc.compound_tail(k) {
        return None;
    }
    LEXICON.events.match_where(&doc.tokens, k, end, |en| {
        matches!(en.place, Place::Any | Place::Post) && applies(en, c.item)
    })
}

/// Where a phrase of place at `k` ends, short of `end`: a preposition of
/// place and one to four words, none a number or a verb of the tables
/// (`в Харківській області`, `over the Kursk region`).
fn place_phrase_end(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    if !LEXICON.is(&doc.tokens[k], class::PLACE_PREP) {
        return None;
    }
    words_of_phrase(doc, k, end, false)
}

/// Where a phrase of what caused a toll at `k` ends, as a phrase of place
/// does: `унаслідок ворожого удару`, `as a result of the strike`. The
/// attack's noun is a word of it.
fn cause_phrase_end(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let (e, _) = LEXICON.causes.match_at(&doc.tokens, k, end)?;
    words_of_phrase(doc, e - 1, end, true)
}

/// Where the one to four words after token `k`, the last word of what
/// opens a phrase, end: none a number or a verb of the tables (but an
/// attack's noun, where `attacks`), nor all skipped.
fn words_of_phrase(doc: &Doc<'_>, k: usize, end: usize, attacks: bool) -> Option<usize> {
    let t = &doc.tokens;
    let mut j = k + 1;
    while j < end
        && j < k + 5
        && t[j].kind == Kind::Word
        && (!LEXICON.is(&t[j], class::STOP | class::BOUNDARY) || LEXICON.is(&t[j], class::SKIP))
        && !LEXICON.numbers.has_word(t[j].key)
        && LEXICON
            .events
            .match_at(t, j, end)
            .is_none_or(|(_, en)| attacks && en.attacks())
    {
        j += 1;
    }
    (j > k + 1 && (k + 1..j).any(|q| !LEXICON.is(&t[q], class::SKIP))).then_some(j)
}

/// The words at `k`, right after `c`'s noun, that modify it before its
/// verb, as cases let them stand, and whether a bracket follows them:
/// `298 БпЛА різних модифікацій атакували`, `Четверо мирних мешканців
/// регіону стали жертвами` (one word, where endings show it is one),
/// `401 БпЛА різної модифікації (переважно FPV) атакували`.
fn modifiers(doc: &Doc<'_>, c: &Cand, k: usize, end: usize) -> Option<(usize, bool)> {
    let t = &doc.tokens;
    let event = |q: usize| {
        LEXICON
            .events
            .match_at(t, q, end)
            .is_some_and(|(_, e)| matches!(e.place, Place::Any | Place::Post))
    };
    if !(k + 1 < end && plain(&t[k])) {
        return None;
    }
    let two = k + 2 < end && plain(&t[k + 1]);
    if two && event(k + 2) {
        return Some((2, false));
    }
    if c.item.is_some() && !t[k].key.is_ascii() && event(k + 1) && !event(k) {
        return Some((1, false));
    }
    (two && t[k + 2].is_punct('(')).then_some((2, true))
}

/// The verb of a relative clause whose subject is a side or a body, after
/// the noun and its modifiers: `70 ракет різних типів, які росія
/// випустила`, `26 drones, which Russia fired`; the noun is its object.
fn relative_verb(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    let t = &doc.tokens;
    c.item?;
    let mut j = c.np_end;
    while j < end && j < c.np_end + 3 && plain(&t[j]) {
        j += 1;
    }
    if j < end && t[j].is_punct(',') {
        j += 1;
    }
    if !(j + 2 < end && LEXICON.is(&t[j], class::RELATIVE | class::THAT)) {
        return None;
    }
    let mut subject = j + 1;
    // `зі 113, що їх російська сторона запустила`: a pronoun that takes
    // up the noun.
    if LEXICON.is(&t[subject], class::PERSONAL | class::PRONOUN) && subject + 2 < end {
        subject += 1;
    }
    if LEXICON.side_word(&t[subject]).is_none() && !LEXICON.is(&t[subject], class::BODY) {
        return None;
    }
    // The subject's noun (`російська армія`) or an auxiliary before the verb.
    (subject + 1..(subject + 4).min(end))
        .take_while(|&k| !doc.boundary(k) && t[k].kind == Kind::Word)
        .find_map(|k| verb_at(doc, c, k, end))
}

/// Further on in the clause, a passive or perfect verb still belongs to the
/// noun: `seven drones heading for Kyiv had been shot down`.
fn verb_after_far(doc: &Doc<'_>, c: &Cand, end: usize) -> Option<Found> {
    c.item?;
    later_verb(doc, c, c.np_end, end)
}

/// The first verb with an auxiliary from token `from` to the clause's end.
fn later_verb(doc: &Doc<'_>, c: &Cand, from: usize, end: usize) -> Option<Found> {
    let t = &doc.tokens;
    let mut k = from;
    while k + 1 < end {
        if doc.boundary(k) || t[k].kind == Kind::Num || LEXICON.speech.match_at(t, k, end).is_some()
        {
            return None;
        }
        if LEXICON.is(&t[k], class::AUX) && !LEXICON.is(&t[k], class::SKIP) || t[k].is("been") {
            let mut j = k + 1;
            while j < end && LEXICON.is(&t[j], class::AUX) {
                j += 1;
            }
            return verb_at(doc, c, j, end);
        }
        k += 1;
    }
    None
}

/// `were shot down over Odesa, along with 31 drones`, `были сбиты, а
/// также 31 беспилотник`: a count a joint that adds to what was said
/// leads takes the verb right before it, past a phrase of place, from
/// `floor`, where the count before ends. Not a participle right after
/// that count, which qualifies its noun (`20 drones launched at Kyiv, as
/// well as 3 missiles`, `20 дронов, выпущенных по Киеву, а также`).
fn added_to(doc: &Doc<'_>, c: &Cand, floor: usize) -> Option<Found> {
    let t = &doc.tokens;
    let (j, also) = joint_before(doc, floor, c.n.hedge)?;
    if !also {
        return None;
    }
    let v = if j > floor && t[j - 1].is_punct(',') {
        j - 1
    } else {
        j
    };
    let after_count = doc.range(c.sentence).start < floor;
    let from = floor + usize::from(after_count && floor < v && t[floor].is_punct(','));
    (v.saturating_sub(ASIDE).max(floor)..v)
        .filter(|&k| !(after_count && k == from))
        .find_map(|k| {
            LEXICON
                .events
                .match_where(t, k, v, |en| {
                    !matches!(en.place, Place::Noun | Place::With) && applies(en, c.item)
                })
                .filter(|&(e, _)| e == v || place_phrase_end(doc, e, v) == Some(v))
                .map(|(e, en)| (*en, Via::List, k, e, None))
        })
}

/// `attacked Kyiv with 50 drones`, `an attack with 100 drones`.
fn attack_with(doc: &Doc<'_>, c: &Cand, start: usize) -> Option<Found> {
    let t = &doc.tokens;
    // `with "up to 30" drones`
    let mut w = c.n.hedge;
    if w > start && t[w - 1].kind == Kind::Punct && matches!(t[w - 1].key, "\"" | "“") {
        w -= 1;
    }
    if w <= start {
        return None;
    }
    // `were shot down, along with 31 drones`: a joint, not an attack's
    // `with`.
    if joint_before(doc, start, w).is_some() {
        return None;
    }
    if !t[w - 1].is("with") {
        // `завдав удару 4 ракетами`, `нанес удар 4 ракетами`: a case
        // ending says "with", so the attack's noun meets the number.
        return (start..w).rev().take(3).find_map(|k| {
            LEXICON
                .events
                .match_at(t, k, w)
                .filter(|(e, en)| *e == w && en.attacks())
                .map(|(e, en)| (*en, Via::With, k, e, None))
        });
    }
    let mut k = w - 1;
    while k > start && c.n.hedge - k < 12 {
        k -= 1;
        // `attacked 16 settlements ... with three guided bombs`: a count of
        // places is part of what was attacked.
        if t[k].kind == Kind::Num && !counts_places_at(doc, k, w)
            || t[k].is_punct(';')
            || t[k].is_punct(',') && k + 2 == w
        {
            return None;
        }
        // `Russia hits Ukraine with 2 missiles`: a noun of hits (`10 hits`)
        // is a verb here too.
        let launch = LEXICON.events.match_at(t, k, c.n.hedge).filter(|(_, e)| {
            matches!(e.weapon, Some(Event::Launched | Event::Hit))
                && (matches!(e.place, Place::With | Place::Any)
                    || e.place == Place::Noun && e.weapon == Some(Event::Hit))
        });
        if let Some((e, entry)) = launch {
            // `struck the refinery with a dozen drones`: the drones were sent.
            let entry = if entry.weapon == Some(Event::Hit) {
                LEXICON.launched()
            } else {
                *entry
            };
            return Some((entry, Via::With, k, e, None));
        }
    }
    None
}

/// The most tokens back from a toll's count the count told before it
/// in the clause is looked for.
const TOLL_GAP: usize = 12;

/// `the death toll rose to 14`, `the number of injured ... to 14`, `put the
/// number of drones at 472`.
fn toll(doc: &Doc<'_>, c: &Cand, start: usize) -> Option<Found> {
    let t = &doc.tokens;
    // The lead comes before the hedge (`rose to about 14`), or the hedge
    // holds it (`зросла до 23`).
    let leads = |at: usize| {
        LEXICON
            .tolls
            .match_ending(t, at.saturating_sub(2).max(start), at)
            .is_some()
    };
    if c.n.hedge <= start || !(leads(c.n.hedge) || leads(c.n.first)) {
        return None;
    }
    // The toll of its own clause: a relative clause or an aside may come
    // between (`the toll from the strike, which hit a school, rose to
    // 14`), a semicolon may not.
    let tk = (start..c.n.hedge)
        .rev()
        .take_while(|&k| !t[k].is_punct(';'))
        .find(|&k| LEXICON.is(&t[k], class::TOLL) && !t[k].is("total"))?;
    // `The toll ... climbed to eight`: a toll with nothing named is of
    // the dead.
    let bare_toll = t[tk].is("toll");
    // `Кількість загиблих зросла до 8, постраждалих – до 84`: a count
    // told before this one in the clause leaves the words of what befell
    // people after it to this one.
    let after_count = ((tk + 1).max(c.n.hedge.saturating_sub(TOLL_GAP))..c.n.hedge)
        .rev()
        .find(|&k| t[k].kind == Kind::Num || LEXICON.numbers.has_word(t[k].key))
        .map(|k| k + 1);
    // The first word of what befell people whose phrase starts `within`.
    let person_in = |mut within: std::ops::Range<usize>| {
        within.find_map(|k| {
            LEXICON
                .events
                .match_at(t, k, c.n.hedge)
                .filter(|(_, e)| e.person.is_some())
                .map(|(e, en)| (*en, k, e))
        })
    };
    // What the toll's own words name (`число поранених`, `the number of
    // injured`) before what a word or two ahead of it does (`the death
    // toll`, `чоловік загинув, число поранених зросло до шести`); only its
    // own: not `the toll from the strike, which also wounded 30, rose to 14`.
    let person = after_count
        .and_then(|k| person_in(k..c.n.hedge))
        .or_else(|| person_in(tk + 1..(tk + 4).min(c.n.hedge)))
        .or_else(|| person_in(tk.saturating_sub(3).max(start)..c.n.hedge));
    if let Some((entry, k, e)) = person {
        return Some((entry, Via::Toll, k, e, Some((Item::Person, None))));
    }
    if bare_toll && LEXICON.partitives.match_at(t, tk + 1, c.n.hedge).is_none() {
        let entry = LEXICON.deaths();
        return Some((entry, Via::Toll, tk, tk + 1, Some((Item::Person, None))));
    }
    // `the number of drones downed ... at 34`; `the number of drones at
    // 472`: a count of weapons with no verb is of weapons sent.
    // `the number of drones`, `кількість дронів`: the counted noun right
    // after, or after `of`.
    let of = LEXICON
        .partitives
        .match_at(t, tk + 1, c.n.hedge)
        .map_or(tk + 1, |(e, _)| e);
    // `число сбитых беспилотников`, `the number of downed drones`: a
    // participle before the noun says what befell them.
    let before_noun = LEXICON
        .events
        .match_at(t, of, c.n.hedge)
        .filter(|(e, en)| en.weapon.is_some() && LEXICON.items.match_at(t, *e, c.n.hedge).is_some())
        .map(|(e, en)| (*en, of, e));
    let of = before_noun.map_or(of, |(_, _, e)| e);
    if of < c.n.hedge && (of > tk + 1 || LEXICON.items.match_at(t, of, c.n.hedge).is_some()) {
        let (item, _, side, e) = head(doc, of, c.n.hedge)?;
        if item.class() == ItemClass::Weapon {
            if let Some((entry, k, x)) = before_noun {
                return Some((entry, Via::Toll, k, x, Some((item, side))));
            }
            let verb = (e..c.n.hedge).find_map(|k| {
                LEXICON
                    .events
                    .match_at(t, k, c.n.hedge)
                    .filter(|(_, en)| en.weapon.is_some() && en.place != Place::With)
                    .map(|(x, en)| (*en, k, x))
            });
            if let Some((entry, k, x)) = verb {
                return Some((entry, Via::Toll, k, x, Some((item, side))));
            }
            return Some((
                LEXICON.launched(),
                Via::Toll,
                tk,
                tk + 1,
                Some((item, side)),
            ));
        }
    }
    None
}
