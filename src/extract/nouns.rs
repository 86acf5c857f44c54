//! What a number counts: the noun phrase after it (`63 of the 137 Russian
//! drones`), a partitive's noun, or the group it is picked from (`among
//! the injured`).

use super::candidate::{Cand, Found, Partitive, Via};
use super::chunks;
use super::doc::Doc;
use super::lexicon::{LEXICON, Place, class};
use super::numbers::Number;
use super::text::Kind;
use crate::model::{Claimant, Event, Item, ItemClass, Side};

/// Read the noun phrase after a number: modifiers, the counted noun, a
/// partitive (`of the 137 drones`) and any `launched by Russia`.
pub(super) fn noun_phrase(doc: &Doc<'_>, n: Number, sentence: usize) -> Cand {
    let t = &doc.tokens;
    let end = doc.sentences[sentence].tokens.end;
    let mut c = Cand {
        np_end: n.after,
        n,
        sentence,
        item: None,
        item_rule: "",
        weapon: None,
        np_side: None,
        partitive: Partitive::None,
        subset_marked: false,
        entry: None,
        event_at: None,
        event: Event::Other,
        subset_of: None,
        lead: None,
        attacker: None,
        attacker_rule: "",
        claimant: Claimant::Unknown,
        claimant_rule: "",
        source: None,
        location: None,
        cumulative: false,
    };
    let start = c.n.after;
    // `Серед них — троє дітей`: a dash after the word of parts.
    let h = if c.n.hedge > 1 && chunks::dash(doc, c.n.hedge - 1) {
        c.n.hedge - 1
    } else {
        c.n.hedge
    };
    // `серед 23 поранених – дитина`: a number right after `among` is the
    // whole the parts are taken from.
    let among = h > 0 && LEXICON.among.match_at(t, h - 1, h).is_some();
    c.subset_marked = !among
        && (h > 0 && LEXICON.is(&t[h - 1], class::SUBSET)
            // `в том числе двое детей`: a phrase of several words.
            || LEXICON
                .words
                .match_ending(t, h.saturating_sub(4), h)
                .is_some_and(|(_, classes)| classes & class::SUBSET != 0))
        || (h > 1 && LEXICON.is(&t[h - 1], class::ANAPHOR) && LEXICON.is(&t[h - 2], class::SUBSET))
        || (h > 1
            && LEXICON.is(&t[h - 1], class::ANAPHOR)
            && LEXICON
                .partitives
                .match_ending(t, h.saturating_sub(3), h - 1)
                .is_some());
    // `ten injuries`, `14 dead`, `a dozen more bodies`: the noun is the
    // event.
    let noun_at = if start + 1 < end && matches!(t[start].key, "more" | "other" | "additional") {
        start + 1
    } else {
        start
    };
    // `392 civilian deaths`: a word for people before the noun says whose.
    let people = LEXICON
        .items
        .match_at(t, noun_at, end)
        .filter(|(_, e)| e.item.class() == ItemClass::Person);
    let (noun_at, people) = match people {
        Some((j, e)) if j < end => (j, Some(e.item)),
        _ => (noun_at, None),
    };
    if let Some((j, e)) = LEXICON.events.match_at(t, noun_at, end)
        && e.place == Place::Noun
        && (people.is_none() || e.person.is_some())
    {
        c.entry = Some((*e, Via::Noun));
        c.event_at = Some((noun_at, j));
        c.np_end = j;
        if e.person.is_some() {
            c.item = Some(people.unwrap_or(Item::Person));
            c.item_rule = "noun";
        } else if let Some((item, weapon, side, e)) = head(doc, j, end) {
            // `26 попаданий дронов`: the hits of what the genitive names.
            c.item = Some(item);
            c.item_rule = "noun";
            c.weapon = weapon;
            c.np_side = side;
            c.np_end = e;
        }
        return c;
    }
    // Partitives: `of the 137 drones`, `out of 18`.
    // A tally's slash is one too: `102/127 ракет`.
    let of = LEXICON
        .partitives
        .match_at(t, start, end)
        .map(|(e, _)| e - 1)
        .or_else(|| {
            (c.n.last == start
                && super::numbers::tally(t, (doc.range(c.sentence).start, c.n.first), end))
            .then_some(start)
        });
    if let Some(of) = of {
        let k = of + 1;
        if k < end && (LEXICON.is(&t[k], class::PRONOUN) || LEXICON.is(&t[k], class::ANAPHOR)) {
            c.partitive = Partitive::Anaphor;
            c.np_end = k + 1;
            predicate_noun(&mut c, doc, k + 1, end);
            return c;
        }
        let mut j = k;
        loop {
            if j < end
                && matches!(
                    t[j].key,
                    "the" | "its" | "their" | "these" | "those" | "all" | "our"
                )
            {
                j += 1;
            } else if j + 1 < end && t[j].kind == Kind::Word && t[j + 1].kind == Kind::Poss {
                // `24 of Russia's 38 Shahed drones`: whose the total is.
                j += 2;
            } else {
                break;
            }
        }
        // `38 of over 45`: the total's hedge comes before its number.
        if let Some((h, _)) = LEXICON.qualifiers.match_at(t, j, end) {
            j = h;
        }
        if j < end && LEXICON.is_number(&t[j]) {
            c.partitive = Partitive::Total(j);
            return c;
        }
        // `three of the wounded`, `six of the dead`, `четверо з
        // поранених` (no article to say the word is a noun; `один з
        // поранених` is one of them told of, not a count, and `20 из
        // ликвидированных беспилотников` a part of weapons): people, and
        // what happened to them.
        if let Some((e, entry)) = LEXICON.events.match_at(t, j, end)
            && entry.person.is_some()
            && (j > k || !t[j].key.is_ascii() && !c.n.is_one && head(doc, e, end).is_none())
        {
            c.item = Some(Item::Person);
            c.item_rule = "partitive";
            c.partitive = Partitive::Group;
            c.entry = Some((*entry, Via::Noun));
            c.event_at = Some((j, e));
            c.np_end = e;
            predicate_noun(&mut c, doc, e, end);
            return c;
        }
        if let Some((item, weapon, side, e)) = head(doc, j, end) {
            // `One of the missiles landed`: one missile.
            c.n.is_one = false;
            c.partitive = Partitive::Head(item, weapon, side);
            c.item = Some(item);
            c.item_rule = "partitive";
            c.weapon = weapon;
            c.np_side = side;
            c.np_end = e;
        }
        return c;
    }
    // `14 assaults`, `3 bridges`: a plural noun the lexicon does not know
    // still says what is counted, so nothing is borrowed from elsewhere;
    // so too past a side's adjective (`два російські винищувачі`), which
    // leaves the number's own noun to come.
    let own = if start + 1 < end
        && t[start].kind == Kind::Word
        && LEXICON.side_word(&t[start]).is_some()
        && LEXICON.items.match_at(t, start, end).is_none()
    {
        start + 1
    } else {
        start
    };
    let unknown_plural = own < end && {
        let w = &t[own];
        w.kind == Kind::Word
            && !w.upper
            && w.key.len() > 3
            && w.key.ends_with('s')
            && !w.key.ends_with("ss")
            && !LEXICON.is(w, class::STOP | class::AUX | class::BOUNDARY | class::SKIP)
            && LEXICON.events.match_at(t, own, end).is_none()
            && LEXICON.speech.match_at(t, own, end).is_none()
            && LEXICON.items.match_at(t, own, end).is_none()
    };
    // `47 боеприпасов`, `у 5 районах`: a Cyrillic word no table knows,
    // plural by its ending (genitive, locative or instrumental), with no
    // noun of the tables just after it, is the number's own noun, as a
    // plural `s` tells in English. An adjective's ending (`п’ять
    // крилатих`, a noun left out) or a singular (`дев’ятьом допомогу`, an
    // object of its own) tells nothing.
    // `40 officers were injured`, `троє водіїв загинули`: a verb, past its
    // auxiliaries, that befalls only people.
    let befalls_people = |from: usize| {
        let mut k = from;
        while k < end && LEXICON.is(&t[k], class::AUX) {
            k += 1;
        }
        LEXICON.events.match_at(t, k, end).is_some_and(|(_, e)| {
            matches!(e.place, Place::Any | Place::Post)
                && e.person.is_some()
                && e.weapon.is_none()
                && e.thing.is_none()
        })
    };
    let unknown_cyrillic = own < end && {
        let w = &t[own];
        let cyrillic = |ch: char| ('\u{0400}'..='\u{04ff}').contains(&ch);
        w.kind == Kind::Word
            && !w.upper
            && w.key.chars().count() > 4
            && w.key.chars().all(cyrillic)
            // `40 поліцейських дістали травм`: an adjective's ending too,
            // where the verb after it befalls only people.
            // After a side's adjective, a word no table knows is the
            // noun it qualifies, whatever its ending.
            && (LEXICON.plural_noun_ending(w.key) || befalls_people(own + 1) || own > start)
            && !LEXICON.is(w, class::STOP | class::AUX | class::BOUNDARY | class::SKIP)
            && (own..(own + 3).min(end)).all(|q| {
                (LEXICON.events.match_at(t, q, end).is_none() || q > own && befalls_people(q))
                    && LEXICON.speech.match_at(t, q, end).is_none()
                    && LEXICON.items.match_at(t, q, end).is_none()
            })
    };
    let unknown_plural = unknown_plural || unknown_cyrillic;
    // `з них 539 – дрони`: a dash for the verb to be, before the noun.
    let dashed = start + 1 < end
        && chunks::dash(doc, start)
        && LEXICON.items.match_at(t, start + 1, end).is_some();
    let start = if dashed { start + 1 } else { start };
    // `58 out of 59 (drones)`, `Almost 60 [Shaheds]`: a noun in brackets,
    // as a quotation's editor supplies it.
    let bracketed = start + 1 < end
        && [('(', ')'), ('[', ']')].iter().any(|&(open, close)| {
            t[start].is_punct(open)
                && head(doc, start + 1, end).is_some_and(|(.., e)| e < end && t[e].is_punct(close))
        });
    let start = if bracketed { start + 1 } else { start };
    if let Some((item, weapon, side, e)) = head(doc, start, end) {
        c.item = Some(item);
        c.item_rule = "noun";
        c.weapon = weapon;
        c.np_side = side;
        c.np_end = if bracketed { e + 1 } else { e };
        let e = c.np_end;
        // A participle before the noun says what happened to it.
        // In English, a participle before the noun is read only with a
        // participle's ending (`-ed`, `-en`, `-wn`): `launch` of `multiple
        // launch rocket system shells` is no verb of them (nor, so, are
        // `hit` or `struck`).
        let participle_form = |k: usize| {
            !t[k].key.is_ascii() || ["ed", "en", "wn"].iter().any(|x| t[k].key.ends_with(x))
        };
        let participle = (start..e)
            .filter(|&k| t[k].space_before && participle_form(k))
            .find_map(|k| {
                LEXICON
                    .events
                    .match_at(t, k, e)
                    .filter(|(_, en)| {
                        en.place == Place::Any && en.for_class(item.class()).is_some()
                    })
                    .map(|(x, en)| (k, x, *en))
            });
        if let Some((k, x, entry)) = participle {
            c.entry = Some((entry, Via::Noun));
            c.event_at = Some((k, x));
        }
        // `89 безпілотників зі 113`, `24 drones out of 52`: the total after
        // the noun counts the same things, past the quote that closes a
        // name (`30 «Шахедів» із 31`).
        // So does one in brackets (`six drones (out of a total of 12)`).
        let quote = e < end && t[e].is_quote() && !t[e].space_before;
        let bracket = e + 1 < end
            && t[e].is_punct('(')
            && LEXICON.partitives.match_at(t, e + 1, end).is_some();
        let e = if quote || bracket { e + 1 } else { e };
        if let Some((p, _)) = LEXICON.partitives.match_at(t, e, end) {
            let p = LEXICON.qualifiers.match_at(t, p, end).map_or(p, |(h, _)| h);
            // Not `152 БПЛА з шести напрямків`: from so many directions
            // or regions, no total.
            let places = p + 1 < end && LEXICON.is(&t[p + 1], class::REGION);
            if p < end && LEXICON.is_number(&t[p]) && !places {
                c.partitive = Partitive::Total(p);
            } else if let Some((x, _)) = LEXICON
                .words
                .match_at(t, p, end)
                .filter(|(_, classes)| **classes & class::ANAPHOR != 0)
                // Not `40 missiles of this type`: the verb, or the
                // clause's end, follows.
                .filter(|&(x, _)| {
                    let v = if x < end && LEXICON.is(&t[x], class::AUX) {
                        x + 1
                    } else {
                        x
                    };
                    v >= end
                        || t[v].kind == Kind::Punct
                        || LEXICON.events.match_at(t, v, end).is_some()
                })
            {
                // `126 дронов из них уничтожены`, `126 дронов из общего
                // числа`: a part of the total told before, the noun
                // phrase going on past it to its verb.
                c.partitive = Partitive::Anaphor;
                c.np_end = x;
            }
        }
        // `Three children are among them`: a part of the figure before.
        let mut k = e;
        while k < end && LEXICON.is(&t[k], class::AUX) {
            k += 1;
        }
        // `Three children are among seven people killed`: what befell the
        // count that follows befell the part (which keeps its own noun, so
        // is no partitive of it).
        if k + 1 < end && t[k].is("among") && c.entry.is_none() {
            let p = if t[k + 1].is("the") { k + 2 } else { k + 1 };
            let count = LEXICON.qualifiers.match_at(t, p, end).map_or(p, |(h, _)| h);
            let mut p = count;
            while p < end && LEXICON.is_number(&t[p]) {
                p += 1;
            }
            // `among the 28 wounded`: the word of what befell them may be
            // the count's noun.
            if p > count
                && let x = head(doc, p, end).map_or(p, |(.., x)| x)
                && let Some((y, entry)) = LEXICON.events.match_at(t, x, end)
                && entry.person.is_some()
                && entry.place != Place::Pre
            {
                c.entry = Some((*entry, Via::Noun));
                c.event_at = Some((x, y));
            }
        }
        // `Fourteen people were wounded, two children among them`: so is
        // one with no verb.
        if k + 1 < end
            && t[k].is("among")
            && (matches!(t[k + 1].key, "them" | "those" | "these") || k > e && t[k + 1].is("the"))
        {
            c.partitive = Partitive::Anaphor;
            // `3 children were among the dead`: what befell the group is
            // what befell the part, whether or not its count was told.
            if k + 2 < end
                && let Some((x, entry)) = LEXICON.events.match_at(t, k + 2, end)
                && entry.person.is_some()
            {
                c.entry = Some((*entry, Via::Noun));
                c.event_at = Some((k + 2, x));
            }
        }
    } else if unknown_plural {
        // A noun the tables do not know, whose verb befalls only people,
        // counts people; not the enemy's troops (`1 080 окупантів
        // убитими`), soldiers whose count is of another kind.
        if befalls_people(own + 1) && !LEXICON.is(&t[own], class::ENEMY) {
            c.item = Some(Item::Person);
            c.item_rule = "noun";
            c.np_end = own + 1;
            return c;
        }
        c.item = Some(Item::Other);
        c.item_rule = "noun";
        c.np_end = own + 1;
    }
    c
}

/// `two of them were children`, `two of them children`: the noun after a
/// partitive names what the part counts.
fn predicate_noun(c: &mut Cand, doc: &Doc<'_>, from: usize, end: usize) {
    let t = &doc.tokens;
    let mut j = from;
    // `двоє з них – діти`: a dash may stand for the verb.
    while j < end && (LEXICON.is(&t[j], class::AUX) || chunks::dash(doc, j)) {
        j += 1;
    }
    // `two of the dead were young children`: the noun with its modifiers.
    // Not past a verb of what befell them (`Сім із них збили військові`),
    // whose subject it is.
    let verb = j < end && LEXICON.events.match_at(t, j, end).is_some();
    let noun_next = !verb && (j > from || j < end && !LEXICON.is(&t[j], class::STOP));
    if noun_next && let Some((item, weapon, _, e)) = head(doc, j, end) {
        // `7 из них военные сбили`: a noun with no link word before a verb
        // that cannot say what befell it is the verb's subject.
        if j == from
            && LEXICON
                .events
                .match_at(t, e, end)
                .is_some_and(|(_, entry)| entry.for_class(item.class()).is_none())
        {
            return;
        }
        c.item = Some(item);
        c.item_rule = "predicate";
        c.weapon = weapon;
        c.np_end = e;
    }
}

/// The counted noun starting at or after `start`, skipping up to four
/// modifiers: its item, weapon, the side it names, and the token after it.
pub(super) fn head(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
) -> Option<(Item, Option<&'static str>, Option<Side>, usize)> {
    let t = &doc.tokens;
    let mut j = start;
    let mut mods = 0;
    let mut side = None;
    let mut found: Option<(Item, Option<&'static str>, usize)> = None;
    // Whether a participle stood among the modifiers.
    let mut participle = false;
    // `по Украине`: a preposition of place before a place's name, not
    // before what is counted (`injured in drone attacks`).
    let place_phrase = |m: usize| {
        LEXICON.is(&t[m], class::PLACE_PREP)
            && m + 1 < end
            && LEXICON.places.match_at(t, m + 1, end).is_some()
    };
    while j < end && mods <= 4 {
        if let Some((e, entry)) = LEXICON.items.match_at(t, j, end) {
            // `53 мешканці села`, `жителей села`: a place after the noun
            // says whose, as a genitive does; it is no later head.
            if found.is_some() && entry.item == Item::Village {
                break;
            }
            // `четыре беспилотника военные сбили`: where a noun's
            // dependants follow it, a noun of another kind right after
            // weapons (people, most often) opens the clause's subject;
            // English puts the head last (`drone attack victims`).
            // So does a noun of another kind after people (`п'ятеро
            // мешканців будинку`, `жителей дома`): whose home they are.
            if doc.article.language.home().is_some()
                && found.is_some_and(|f| match f.0.class() {
                    ItemClass::Weapon => entry.item.class() != ItemClass::Weapon,
                    ItemClass::Person => entry.item.class() == ItemClass::Thing,
                    ItemClass::Thing => false,
                })
            {
                break;
            }
            let weapon = entry.weapon.or(found.and_then(|f| f.1));
            // `1,474 missile strikes`, `45 drone attacks`: strikes by a
            // weapon count the weapon's blows; not `one of the worst drone
            // attacks`, which ranks one attack among others.
            let blows = LEXICON.is(&t[j], class::ATTACK)
                && !(start..j).any(|x| LEXICON.is(&t[x], class::SUPERLATIVE));
            let item = match found {
                Some((f, ..)) if f.class() == ItemClass::Weapon && blows => f,
                _ => entry.item,
            };
            j = e;
            // `Shahed-136/131-type`: the model's numbers run on.
            while j + 1 < end
                && (t[j].is_punct('-') && !t[j].space_before || t[j].is_punct('/'))
                && t[j + 1].kind == Kind::Num
            {
                j += 2;
            }
            found = Some((item, weapon, j));
            // `Shahed-type attack drones`, `Iskander-M ballistic missiles`:
            // a later noun is the head, the model stays.
            continue;
        }
        let tok = &t[j];
        // `"up to 30" drones`: quotes around the number; `28 thousand
        // Russian "Shaheeds"`: around the noun; `13 'kamikaze' drones`:
        // single ones around a word before it.
        let quote = tok.is_any_quote();
        let quoted_noun = || {
            found.is_none()
                && quote
                && j + 1 < end
                && LEXICON.items.match_at(t, j + 1, end).is_some()
        };
        if tok.is_punct('-') || j == start && quote || quoted_noun() {
            j += 1;
            continue;
        }
        // `31 of 40 missiles, drones downed`: two nouns of weapons side by
        // side, as headlines write them, count both.
        if tok.is_punct(',')
            && let Some((fi, _, _)) = found
            && fi.class() == ItemClass::Weapon
            && let Some((e, entry)) = LEXICON.items.match_at(t, j + 1, end)
            && entry.item.class() == ItemClass::Weapon
            && entry.item != fi
            // `242 дрони, балістичних ракет - 13`: a noun a dash pairs
            // with its own count is the next member.
            && (e >= end
                || t[e].kind != Kind::Num && !t[e].is_punct(',') && !super::chunks::copula(doc, e))
        {
            found = Some((Item::DroneOrMissile, None, e));
            j = e;
            continue;
        }
        if LEXICON.joins(tok) && j + 1 < end {
            // `drones and missiles` is one total; `cruise and ballistic
            // missiles` one noun; `drones and 20 missiles` two figures.
            if let Some((e, entry)) = LEXICON.items.match_at(t, j + 1, end) {
                if let Some(f) = found {
                    // `545 беспилотников и ракету`: one missile besides.
                    if LEXICON.singular_ending(t[e - 1].key) {
                        break;
                    }
                    let both = f.0.class() == ItemClass::Weapon
                        && entry.item.class() == ItemClass::Weapon
                        && f.0 != entry.item;
                    if both {
                        found = Some((Item::DroneOrMissile, None, e));
                    } else if f.0 == entry.item {
                        // `attack UAVs and decoy drones`: one noun, twice.
                        found = Some((f.0, f.1, e));
                    } else {
                        break;
                    }
                    j = e;
                    continue;
                }
                // `cruise and ballistic missiles`: a joiner between
                // modifiers, never at the phrase's start (`kills three and
                // targets Moscow`).
                if mods == 0 {
                    break;
                }
                j += 1;
                continue;
            }
            if found.is_none()
                && mods > 0
                && t[j + 1].kind == Kind::Word
                && !LEXICON.is(&t[j + 1], class::STOP)
            {
                j += 1;
                continue;
            }
            break;
        }
        // `дронів-камікадзе`: a word glued to the noun by a hyphen is of it.
        if let Some((fi, fw, e)) = found
            && e + 1 == j
            && t[e].is_punct('-')
            && !t[e].space_before
            && tok.kind == Kind::Word
            && !tok.space_before
        {
            found = Some((fi, fw, j + 1));
            j += 1;
            continue;
        }
        // `дронів-камікадзе "шахед"`: a model's name in quotes after the
        // noun is of the phrase.
        if let Some((fi, fw, _)) = found
            && tok.is_quote()
            && let Some((e, entry)) = LEXICON.items.match_at(t, j + 1, end)
            && entry.item.class() == fi.class()
            && e < end
            && t[e].is_quote()
        {
            found = Some((fi, entry.weapon.or(fw), e + 1));
            j = e + 1;
            continue;
        }
        if found.is_some() {
            // `Shahed-type attack drones`: modifiers after a model name lead
            // to the noun that heads the phrase; so does `-type` after any
            // noun (`aircraft-type UAVs`).
            let typed = LEXICON.kinds.match_at(t, j, end).is_some();
            // `БпЛА типу "Shahed-131/136"`: the model may stand in quotes.
            let later = (j..(j + 3).min(end))
                .take_while(|&m| {
                    t[m].kind == Kind::Word || t[m].is_punct('-') || typed && t[m].is_quote()
                })
                .find(|&m| LEXICON.items.match_at(t, m, end).is_some());
            match later {
                Some(m)
                    if (typed || found.is_some_and(|f| f.1.is_some()))
                        && (j..m).all(|x| {
                            typed && t[x].is_quote()
                                || !LEXICON.is(&t[x], class::STOP | class::BOUNDARY)
                                    && (LEXICON.events.match_at(t, x, end).is_none()
                                        || LEXICON.is(&t[x], class::ATTACK))
                        }) =>
                {
                    j = m;
                    continue;
                }
                _ => break,
            }
        }
        if tok.kind == Kind::Poss {
            j += 1;
            continue;
        }
        // `surface-to-air`: words glued by hyphens are one modifier.
        let glued = j > start && t[j - 1].is_punct('-') && !tok.space_before;
        // `127 cruise, ballistic, and guided missiles`: modifiers in a list;
        // not after a word that stands for the noun (`100 others, children
        // among them`).
        if tok.is_punct(',')
            && found.is_none()
            && mods > 0
            && !LEXICON.is(&t[j - 1], class::AUX)
            && t.get(j + 1).is_some_and(|n| n.kind == Kind::Word)
        {
            j += 1;
            continue;
        }
        // `3 збиті дрони`, `1 300 запущенных по Украине дронах`: a
        // participle before the noun qualifies it.
        let noun_follows = || {
            tok.space_before
                && !t
                    .get(j + 1)
                    .is_some_and(|n| n.is_punct('-') && !n.space_before)
                && (j + 1..(j + 5).min(end))
                    // Not past what caused it (`14 постраждалих унаслідок
                    // атаки дронів`): the weapons there did the harm.
                    .take_while(|&m| {
                        t[m].kind == Kind::Word
                            && (!LEXICON.is(&t[m], class::STOP) || place_phrase(m))
                            && !LEXICON.numbers.has_word(t[m].key)
                            && LEXICON.causes.match_at(t, m, end).is_none()
                    })
                    .any(|m| LEXICON.items.match_at(t, m, end).is_some())
        };
        // `запущенных по Украине дронах`: the participle's own phrase of
        // place stands inside the noun phrase.
        let participle_place = participle && found.is_none() && place_phrase(j);
        let event = !glued
            && LEXICON
                .events
                .match_at(t, j, end)
                .is_some_and(|(_, e)| e.place != Place::With)
            && !LEXICON.is(tok, class::ATTACK);
        let modifier = found.is_none() && noun_follows();
        if tok.kind != Kind::Word
            || (!glued && !participle_place && LEXICON.is(tok, class::STOP | class::BOUNDARY))
            || event && !modifier
        {
            break;
        }
        // `летевших на Москву`, `запущенных по Украине`: the place a
        // participle's phrase names is the target, not whose they are.
        let placed = j > start && LEXICON.is(&t[j - 1], class::PLACE_PREP);
        if let Some(s) = LEXICON.side_word(tok).filter(|_| !placed) {
            side = Some(s);
        }
        // `15 летевших на Москву беспилотников`: a modifier whose phrase of
        // place leads on to the noun acts as a participle, whatever its verb.
        participle |= !glued
            && (LEXICON.events.match_at(t, j, end).is_some()
                || modifier && j + 1 < end && place_phrase(j + 1));
        mods += 1;
        j += 1;
    }
    let (item, weapon, e) = found?;
    // `беспилотники ВСУ`, `ракеты России`: a side's name right after the
    // weapons, as a genitive, owns them. An adjective there starts the
    // clause's subject (`дрони російська сторона нарахувала`), English
    // puts a side there only so (`drones Ukraine shot down`), and people
    // of a side are not its attack (`жителей Украины`).
    if side.is_none()
        && item.class() == ItemClass::Weapon
        && e < end
        && t[e].upper
        && doc.article.language.home().is_some()
        && !LEXICON.is(&t[e], class::BODY)
    {
        side = LEXICON.side_word(&t[e]);
    }
    // `drones launched by Russia`, `missiles fired by Russian forces`.
    let k = LEXICON.events.match_at(t, e, end).map_or(e, |(x, _)| x);
    if k + 1 < end && t[k].is("by") {
        let agent = t[k + 1..(k + 4).min(end)]
            .iter()
            .take_while(|x| !LEXICON.is(x, class::BOUNDARY))
            .find_map(|x| LEXICON.side_word(x));
        side = agent.or(side);
    }
    Some((item, weapon, side, e))
}

/// `Among the injured are two children`, `Among the freed servicemen were
/// 22`: the group a number is picked from, as an item and as an event.
pub(super) fn among(
    doc: &Doc<'_>,
    c: &Cand,
    start: usize,
) -> Option<(Option<Item>, Option<Found>)> {
    let t = &doc.tokens;
    // `Із ракет знешкоджено всі п'ять`, `Of the missiles, five ...`: a
    // partitive that opens the sentence names the group too.
    let mut j = (c.n.hedge.saturating_sub(8).max(start)..c.n.hedge)
        .rev()
        .find_map(|k| {
            if t[k].is("among") {
                return Some(k + 1);
            }
            (k == start)
                .then(|| LEXICON.partitives.match_at(t, k, c.n.hedge))
                .flatten()
                .map(|(e, _)| e)
        })?;
    while j < c.n.hedge && LEXICON.is(&t[j], class::SKIP) {
        j += 1;
    }
    // `Among those who died is one child`: the group a relative clause
    // names.
    if j + 1 < c.n.hedge
        && LEXICON.is(&t[j], class::ANAPHOR)
        && LEXICON.is(&t[j + 1], class::RELATIVE)
    {
        j += 2;
        while j < c.n.hedge && LEXICON.is(&t[j], class::AUX) {
            j += 1;
        }
    }
    let rest = (j..c.n.hedge).all(|k| !doc.boundary(k) && t[k].kind != Kind::Num);
    if !rest {
        return None;
    }
    let event = LEXICON
        .events
        .match_at(t, j, c.n.hedge)
        .filter(|(_, e)| e.person.is_some())
        .map(|(e, entry)| (*entry, Via::Noun, j, e, None));
    let item = head(doc, j, c.n.hedge).map(|(item, ..)| item);
    Some((item, event))
}

/// The most tokens the subject of a verb of including is read back.
const WHOLE_REACH: usize = 16;

/// `Those killed in the strike on Saturday included five children`: a
/// count of people after a verb of including is part of the whole its
/// subject names, and what befell the whole befell it. The subject reads
/// back to the clause's start, past phrases of place and time, but not
/// past another count.
pub(super) fn included_in(doc: &Doc<'_>, c: &Cand, start: usize) -> Option<Found> {
    let t = &doc.tokens;
    if c.item.is_some_and(|i| i.class() != ItemClass::Person) {
        return None;
    }
    let mut v = c.n.hedge;
    while v > start && LEXICON.is(&t[v - 1], class::SKIP) {
        v -= 1;
    }
    let verb = (v.saturating_sub(2).max(start)..v).find(|&q| {
        LEXICON
            .wholes
            .match_at(t, q, v)
            .is_some_and(|(e, _)| e == v)
    })?;
    let mut from = verb;
    while from > start
        && verb - from < WHOLE_REACH
        && !doc.boundary(from - 1)
        && t[from - 1].kind != Kind::Num
    {
        from -= 1;
    }
    (from..verb).find_map(|k| {
        LEXICON
            .events
            .match_at(t, k, verb)
            .filter(|(_, entry)| entry.person.is_some())
            .map(|(e, entry)| (*entry, Via::Noun, k, e, None))
    })
}

/// Whether the words from token `after` name places that a number before
/// them counts: `з трьох напрямків`, `over 16 regions`, `16 settlements`,
/// past a word or two that say which (`три российских региона`, `five
/// Russian regions`).
pub(super) fn places_after(doc: &Doc<'_>, after: usize, end: usize) -> bool {
    let t = &doc.tokens;
    (after..(after + 3).min(end))
        .take_while(|&k| t[k].kind == Kind::Word && !LEXICON.is(&t[k], class::STOP))
        .find_map(|k| {
            if LEXICON.is(&t[k], class::REGION) {
                return Some(true);
            }
            let (_, entry) = LEXICON.items.match_at(t, k, end)?;
            Some(entry.item == Item::Village)
        })
        .unwrap_or(false)
}

/// Whether a count at token `after` (past its number) counts attacks
/// (`754 атаки`, `235 артилерійських ударів`, `10 ударів КАБ`, `28
/// airstrikes`): the word right after the number, or after one adjective
/// no table knows, is a noun of attacks and no weapon's.
pub(super) fn attacks_after(doc: &Doc<'_>, after: usize, end: usize) -> bool {
    let t = &doc.tokens;
    // In English a word of attacks before a weapon's noun is its modifier
    // (`17 attack UAVs`); in Ukrainian and Russian the weapon after it
    // says whose strikes they were (`10 ударів КАБ`).
    let modifier = doc.article.language.home().is_none();
    let attack = |k: usize| {
        let both = class::ATTACK | class::WITH;
        k < end
            && t[k].kind == Kind::Word
            && t[k].classes & both == both
            && LEXICON.items.match_at(t, k, end).is_none()
            && !(modifier && LEXICON.items.match_at(t, k + 1, end).is_some())
    };
    // One word before the noun, of no class and no phrase the tables
    // know (`артилерійських`), may be its adjective; not `постраждалих
    // унаслідок удару`, whose count is of people.
    let adjective = |k: usize| {
        k < end
            && t[k].kind == Kind::Word
            && t[k].classes == 0
            && LEXICON.items.match_at(t, k, end).is_none()
            && LEXICON.events.match_at(t, k, end).is_none()
            && LEXICON.causes.match_at(t, k, end).is_none()
    };
    attack(after) || adjective(after) && attack(after + 1)
}

/// Whether the number at token `k` counts places (`по 12 районам`,
/// `16 settlements`): part of a phrase of place, no count of weapons.
pub(super) fn counts_places_at(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    doc.tokens[k].kind == Kind::Num && places_after(doc, k + 1, end)
}
