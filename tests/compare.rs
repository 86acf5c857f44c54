//! `compare` as an analyst reads it: derived shares that are shares of one
//! attack as one source tells it, claims that keep their places and say
//! how they were counted, the corpus as a table of nights, and undated
//! articles kept apart.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use counterclaim::checks::DoubtKind;
use counterclaim::compare::{By, Night, Row, Scope, compare, compare_all};
use counterclaim::corpus::{self, parse_text};
use counterclaim::model::{Claimant, Event, Figure, Item, Side};
use counterclaim::store::{Matter, Store};
use proptest::prelude::*;
use serde_json::{Value, json};

// ----- building stores from figures -----

/// One figure as a test writes it.
#[derive(Debug, Clone)]
struct Fig {
    value: u64,
    item: Item,
    event: Event,
    attacker: Side,
    claimant: Claimant,
    source: Option<&'static str>,
    date: Option<&'static str>,
    location: Option<&'static str>,
}

/// `value` Russian drones `event`, claimed by Ukraine's air force on the
/// night of 1 June, nowhere in particular.
fn fig(value: u64, event: Event) -> Fig {
    Fig {
        value,
        item: Item::Drone,
        event,
        attacker: Side::Ru,
        claimant: Claimant::Ua,
        source: Some("the air force"),
        date: Some("2025-06-01"),
        location: None,
    }
}

fn figure(article: &str, at: usize, f: &Fig) -> Figure {
    serde_json::from_value(json!({
        "article": article,
        "value": f.value,
        "qualifier": "exact",
        "item": f.item,
        "event": f.event,
        "attacker": f.attacker,
        "claimant": f.claimant,
        "source": f.source,
        "text": f.value.to_string(),
        "start": at,
        "end": at + 1,
        "sentence": f.value.to_string(),
        "sentence_start": at,
        "sentence_end": at + 1,
        "date": f.date,
        "location": f.location,
    }))
    .unwrap()
}

/// Articles `(id, outlet, figures)`, in store order.
fn store(articles: &[(&str, &str, Vec<Fig>)]) -> Store {
    let mut s = Store::default();
    for (id, outlet, figs) in articles {
        let text = format!("Source: {outlet}\n\n{}", "x".repeat(figs.len() + 1));
        let figures = figs.iter().enumerate().map(|(i, f)| figure(id, i, f));
        s.push(parse_text(id, id, text), figures.collect());
    }
    s
}

fn rows_of(s: &Store, matter: Matter) -> Vec<Row> {
    [By::Article, By::Night, By::Corpus]
        .into_iter()
        .flat_map(|by| compare_all(s, by))
        .filter(|r| r.matter == matter)
        .collect()
}

fn ru_drones(event: Event) -> Matter {
    Matter {
        attacker: Some(Side::Ru),
        item: Item::Drone,
        event,
    }
}

/// Every interception rate, as `(value, "down of launched")`, by scope.
fn rates(s: &Store) -> Vec<(f64, String)> {
    rows_of(s, ru_drones(Event::Intercepted))
        .iter()
        .flat_map(|r| &r.derived)
        .filter(|d| d.kind == "interception_rate")
        .map(|d| (d.value, d.text()))
        .collect()
}

// ----- derived figures -----

/// No share above all, none of all where some got through, and each
/// derived figure worked out from figures of one group: the same article,
/// side, source (case and spacing aside), night, attacker and item.
fn check_derived(s: &Store, rows: &[Row]) -> Result<usize, TestCaseError> {
    let normal = |x: Option<&str>| {
        x.map(|x| {
            x.split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let mut checked = 0;
    for r in rows {
        for d in &r.derived {
            checked += 1;
            // The place of the launch it is worked out from.
            let launch = s.figures().iter().find(|f| {
                *f.article == *d.article
                    && f.event == Event::Launched
                    && f.value == d.launched
                    && f.claimant == d.claimant
                    && f.date == d.date
                    && normal(f.source.as_deref()) == normal(d.source.as_deref())
            });
            let place = launch.and_then(|f| normal(f.location.as_deref()));
            let group = |event: Event| {
                let place = place.clone();
                s.figures().iter().filter(move |f| {
                    *f.article == *d.article
                        && f.claimant == d.claimant
                        && normal(f.source.as_deref()) == normal(d.source.as_deref())
                        // The launch's place; or where one of the two names
                        // none, the attack's one place.
                        && (place.is_none()
                            || f.location.is_none()
                            || normal(f.location.as_deref()) == place)
                        && f.date == d.date
                        && f.attacker == r.matter.attacker
                        && f.item == r.matter.item
                        && f.event == event
                        && !f.cumulative
                })
            };
            let gives = |event: Event, value: u64| group(event).any(|f| f.value == value);
            let (down, lost) = (d.down.unwrap_or(0), d.lost.unwrap_or(0));
            prop_assert!(gives(Event::Launched, d.launched), "{d:?} in {r:?}");
            if let Some(down) = d.down {
                prop_assert!(gives(Event::Intercepted, down), "{d:?}");
            }
            if let Some(lost) = d.lost {
                prop_assert!(gives(Event::NotReached, lost), "{d:?}");
            }
            prop_assert!(down + lost <= d.launched, "parts above the whole: {d:?}");
            if d.kind == "interception_rate" {
                prop_assert!(d.value <= 100.0, "{d:?}");
                let some_hit = group(Event::Hit).any(|f| f.value > 0);
                prop_assert!(
                    !(some_hit && d.value >= 100.0),
                    "all shot down, yet some hit: {d:?}"
                );
            }
        }
    }
    Ok(checked)
}

fn any_fig() -> impl Strategy<Value = Fig> {
    let events = [
        Event::Launched,
        Event::Intercepted,
        Event::NotReached,
        Event::Hit,
    ];
    let sources = [
        Some("the air force"),
        Some("The  Air   Force"),
        Some("Gladkov"),
        None,
    ];
    (
        0u64..60,
        proptest::sample::select(vec![Item::Drone, Item::Missile]),
        proptest::sample::select(events.to_vec()),
        proptest::sample::select(vec![Side::Ru, Side::Ua]),
        proptest::sample::select(vec![Claimant::Ua, Claimant::Ru]),
        proptest::sample::select(sources.to_vec()),
        proptest::sample::select(vec![Some("2025-06-01"), Some("2025-06-02"), None]),
        proptest::sample::select(vec![Some("Kharkiv"), Some("kharkiv "), Some("Odesa"), None]),
    )
        .prop_map(
            |(value, item, event, attacker, claimant, source, date, location)| Fig {
                value,
                item,
                event,
                attacker,
                claimant,
                source,
                date,
                location,
            },
        )
}

proptest! {
    #[test]
    fn derived_shares_are_shares_of_one_attack(
        articles in proptest::collection::vec(proptest::collection::vec(any_fig(), 0..12), 1..4)
    ) {
        let named: Vec<(String, Vec<Fig>)> = articles
            .into_iter()
            .enumerate()
            .map(|(i, figs)| (format!("a{i}"), figs))
            .collect();
        let s = store(
            &named
                .iter()
                .map(|(id, figs)| (id.as_str(), "Wire", figs.clone()))
                .collect::<Vec<_>>(),
        );
        let mut s = s;
        s.refresh_doubts();
        for by in [By::Article, By::Night, By::Corpus] {
            let rows: Vec<Row> = compare_all(&s, by).collect();
            check_derived(&s, &rows)?;
            // Where the checks find the parts above the launch, no share of
            // it is worked out: a doubt, not a rate.
            for id in 0..s.figures().len() as u32 {
                for doubt in s.doubts(id).iter().filter(|d| d.kind == DoubtKind::ExceedsLaunched) {
                    for &l in doubt.related() {
                        let launch = s.figure(l);
                        prop_assert!(
                            !rows.iter().flat_map(|r| &r.derived).any(|d| *d.article == *launch.article
                                && d.launched == launch.value
                                && d.claimant == launch.claimant
                                && d.date == launch.date),
                            "a share of {launch:?}, whose parts exceed it"
                        );
                    }
                }
            }
        }
    }
}

/// Every corpus at hand: the sample, the seeds, and every `articles`
/// folder under `tests/`.
fn corpora() -> Vec<(String, Store)> {
    let mut out = vec![("data/articles".to_string(), Store::build(corpus::sample()))];
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let seeds = seeds.as_path();
    if seeds.is_dir() {
        out.push((
            seeds.display().to_string(),
            Store::build(corpus::load(&[seeds]).articles),
        ));
    } else {
        eprintln!("skipping the seeds: {} is absent", seeds.display());
    }
    let mut dirs = Vec::new();
    find_articles(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
        &mut dirs,
    );
    for dir in dirs {
        let loaded = corpus::load(&[&dir]).articles;
        out.push((dir.display().to_string(), Store::build(loaded)));
    }
    out
}

fn find_articles(dir: PathBuf, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut subdirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    subdirs.sort();
    for d in subdirs {
        if d.file_name().is_some_and(|n| n == "articles") {
            out.push(d);
        } else {
            find_articles(d, out);
        }
    }
}

#[test]
fn no_share_above_all_in_any_corpus() {
    let corpora = corpora();
    assert!(
        corpora.len() >= 3,
        "the sample and the corpora under tests/"
    );
    for (name, s) in &corpora {
        for by in [By::Article, By::Night, By::Corpus] {
            let rows: Vec<Row> = compare_all(s, by).collect();
            let checked = check_derived(s, &rows).unwrap_or_else(|e| panic!("{name}: {e}"));
            eprintln!("{name} by {by:?}: {checked} derived figures");
            if name == "data/articles" {
                assert!(checked > 0, "{name} {by:?}: no derived figure to check");
            }
        }
    }
}

#[test]
fn sources_apart_give_no_share() {
    // A governor's launches and the ministry's interceptions: 57 of 50 is
    // no rate, nor is anything across nights or sides.
    let gladkov = Fig {
        source: Some("Gladkov"),
        ..fig(50, Event::Launched)
    };
    let ministry = Fig {
        source: Some("Russia's defence ministry"),
        ..fig(57, Event::Intercepted)
    };
    let next_night = Fig {
        date: Some("2025-06-02"),
        ..fig(40, Event::Intercepted)
    };
    let other_side = Fig {
        claimant: Claimant::Ru,
        ..fig(30, Event::Intercepted)
    };
    let s = store(&[("a", "Wire", vec![gladkov, ministry, next_night, other_side])]);
    assert_eq!(rates(&s), []);
}

#[test]
fn one_source_written_two_ways_gives_its_share() {
    let shouting = Fig {
        source: Some("The  Air Force"),
        ..fig(80, Event::Intercepted)
    };
    let s = store(&[("a", "Wire", vec![fig(100, Event::Launched), shouting])]);
    let shown: Vec<(f64, String)> = rates(&s);
    // Once per scope: the article, its night and the corpus.
    assert_eq!(shown, vec![(80.0, "80 of 100".to_string()); 3]);
}

/// 40 launched and 40 shot down, as the air force tells it, and `hits`.
fn all_down_and(hits: Fig) -> Store {
    let told = vec![fig(40, Event::Launched), fig(40, Event::Intercepted), hits];
    store(&[("a", "Wire", told)])
}

#[test]
fn all_shot_down_is_no_share_where_some_hit() {
    assert_eq!(rates(&all_down_and(fig(2, Event::Hit))), []);
    // Another source's hits are another account.
    let elsewhere = Fig {
        source: Some("the mayor"),
        ..fig(2, Event::Hit)
    };
    let s = all_down_and(elsewhere);
    assert!(!rates(&s).is_empty());
    assert!(rates(&s).iter().all(|(v, _)| *v == 100.0));
}

#[test]
fn all_shot_down_is_no_share_where_some_hit_at_places_the_attack_does_not_name() {
    // A launch with no place, hits at a place written two ways: no one
    // place is the attack's, yet some got through.
    let at = |place: &'static str| Fig {
        location: Some(place),
        ..fig(1, Event::Hit)
    };
    let told = vec![
        fig(10, Event::Launched),
        fig(10, Event::Intercepted),
        at("Одессе"),
        at("Одессой"),
    ];
    assert_eq!(rates(&store(&[("a", "Wire", told)])), []);
}

#[test]
fn nearly_all_never_reads_as_all() {
    let s = store(&[(
        "a",
        "Wire",
        vec![fig(2500, Event::Launched), fig(2499, Event::Intercepted)],
    )]);
    assert!(rates(&s).iter().all(|(v, _)| *v == 99.9), "{:?}", rates(&s));
}

// ----- claims keep their multiplicity -----

fn injured(value: u64, place: &'static str) -> Fig {
    Fig {
        item: Item::Person,
        event: Event::Injured,
        attacker: Side::Ua,
        claimant: Claimant::Ru,
        source: Some("the governor"),
        location: Some(place),
        ..fig(value, Event::Injured)
    }
}

fn people_injured() -> Matter {
    Matter {
        attacker: Some(Side::Ua),
        item: Item::Person,
        event: Event::Injured,
    }
}

#[test]
fn the_same_value_for_two_places_is_two_claims_that_add_up() {
    let s = store(&[(
        "a",
        "Wire",
        vec![injured(3, "Kursk"), injured(3, "Bryansk")],
    )]);
    let row = &compare(&s, Scope::Article(0))[0];
    assert_eq!(row.matter, people_injured());
    let places: Vec<Option<&str>> = row.ru.iter().map(|c| c.place.as_deref()).collect();
    assert_eq!(places, [Some("kursk"), Some("bryansk")]);
    assert!(row.ru.iter().all(|c| c.counted().is_empty()));
    assert!(!row.disagrees(), "two places are parts, not rivals");
    assert!(!row.contested());
}

#[test]
fn a_repeat_is_one_claim_that_says_how_it_was_counted() {
    let s = store(&[
        (
            "a",
            "Wire One",
            vec![injured(3, "Kursk"), injured(3, "Kursk")],
        ),
        (
            "b",
            "Wire Two",
            vec![Fig {
                source: Some("Governor Alexander Khinshtein"),
                ..injured(3, " kursk ")
            }],
        ),
        (
            "c",
            "Wire Two",
            vec![injured(5, "Kursk"), injured(3, "Bryansk")],
        ),
    ]);
    let rows: Vec<Row> = compare_all(&s, By::Night).collect();
    let row = rows.iter().find(|r| r.matter == people_injured()).unwrap();
    let kursk3 = row
        .ru
        .iter()
        .find(|c| c.value == 3 && c.place.as_deref() == Some("kursk"))
        .unwrap();
    assert_eq!(
        (kursk3.figures.len(), kursk3.articles, kursk3.outlets),
        (3, 2, 2)
    );
    // Two ways of naming who said it: counted, not split.
    assert_eq!(kursk3.counted(), "×3: 2 articles, 2 outlets, 2 sources");
    assert_eq!(row.ru.len(), 3, "3 and 5 in Kursk, 3 in Bryansk");
    // 3 and 5 for Kursk cannot both be true.
    assert!(row.disagrees());
}

// ----- the corpus as a table of nights; undated articles apart -----

#[test]
fn corpus_rows_are_a_matters_nights_in_order() {
    let undated = Fig {
        date: None,
        ..fig(70, Event::Launched)
    };
    let later = Fig {
        date: Some("2025-06-02"),
        ..fig(90, Event::Launched)
    };
    let s = store(&[
        ("a", "Wire", vec![later, fig(100, Event::Launched)]),
        ("b", "Wire", vec![fig(110, Event::Launched), undated]),
    ]);
    let rows = compare(&s, Scope::Corpus);
    let nights: Vec<(String, Vec<u64>)> = rows
        .iter()
        .map(|r| {
            assert_eq!(r.matter, ru_drones(Event::Launched));
            let night = r.night.as_ref().expect("a corpus row's night").to_string();
            (night, r.ua.iter().map(|c| c.value).collect())
        })
        .collect();
    assert_eq!(
        nights,
        [
            ("2025-06-01".to_string(), vec![100, 110]),
            ("2025-06-02".to_string(), vec![90]),
            ("undated · b".to_string(), vec![70]),
        ]
    );
    assert_eq!(rows[2].night, Some(Night::Undated("b".into())));
}

#[test]
fn undated_articles_are_nights_of_their_own() {
    let undated = |value| Fig {
        date: None,
        ..fig(value, Event::Launched)
    };
    let s = store(&[
        ("a", "Wire", vec![undated(100)]),
        ("b", "Wire", vec![undated(120), fig(90, Event::Launched)]),
    ]);
    let rows: Vec<Row> = compare_all(&s, By::Night).collect();
    let scopes: Vec<(&str, Vec<u64>)> = rows
        .iter()
        .map(|r| (r.scope.as_str(), r.ua.iter().map(|c| c.value).collect()))
        .collect();
    assert_eq!(
        scopes,
        [
            ("2025-06-01", vec![90]),
            ("undated · a", vec![100]),
            ("undated · b", vec![120]),
        ]
    );
    assert!(rows.iter().all(|r| !r.disagrees()));
}

// ----- through the binary -----

fn counterclaim(args: &[&str]) -> String {
    let out = Command::cargo_bin("counterclaim")
        .unwrap()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn json_claims_carry_place_and_counts_and_corpus_rows_their_night() {
    let rows: Vec<Value> =
        serde_json::from_str(&counterclaim(&["compare", "--by", "corpus", "-f", "json"])).unwrap();
    assert!(!rows.is_empty());
    let mut placed = 0;
    for r in &rows {
        let night = &r["night"];
        // A running total is about no night: one row across the corpus.
        assert_eq!(night.is_null(), r["cumulative"] == true, "{r}");
        for cell in ["ua", "ru", "other", "unknown"] {
            for c in r[cell].as_array().unwrap() {
                for field in ["location", "mentions", "articles", "outlets"] {
                    assert!(c.get(field).is_some(), "{field} in {c}");
                }
                placed += usize::from(c["location"].is_string());
            }
        }
    }
    assert!(placed > 0, "no claim names a place");
}

#[test]
fn the_corpus_table_has_a_night_column() {
    let table = counterclaim(&["compare", "--by", "corpus", "-f", "table"]);
    let header = table.lines().next().unwrap();
    assert!(
        header.contains("night") && !header.contains("scope"),
        "{header}"
    );
    assert!(table.contains("2025-06-16"), "{table}");
}

#[test]
fn the_table_shows_no_share_above_all() {
    let table = counterclaim(&["compare", "-f", "table"]);
    let shares: Vec<f64> = table
        .split_whitespace()
        .filter_map(|w| w.strip_suffix('%')?.parse().ok())
        .collect();
    assert!(!shares.is_empty(), "{table}");
    assert!(shares.iter().all(|&p| p <= 100.0), "{shares:?}");
}

/// Rates never mix places: two places launched are two attacks; a figure
/// for no place joins an attack's one place.
#[test]
fn shares_stay_within_a_place() {
    let at = |value, event, place| Fig {
        location: Some(place),
        ..fig(value, event)
    };
    let s = store(&[
        (
            "two",
            "Wire",
            vec![
                at(20, Event::Launched, "Kharkiv"),
                at(18, Event::Intercepted, "Kharkiv"),
                at(50, Event::Launched, "Odesa"),
                at(10, Event::Intercepted, "Odesa"),
            ],
        ),
        (
            "one",
            "Wire",
            vec![
                at(539, Event::Launched, "Kursk region"),
                fig(268, Event::Intercepted),
            ],
        ),
    ]);
    let mut got: Vec<String> = rates(&s).into_iter().map(|(_, t)| t).collect();
    got.sort();
    got.dedup();
    assert_eq!(got, ["10 of 50", "18 of 20", "268 of 539"]);
}

/// `--format csv` has a row for each of the JSON's, the same matters in
/// the same order, each side's claims in words.
#[test]
fn csv_rows_are_the_json_rows_in_words() {
    let json: Vec<Value> =
        serde_json::from_str(&counterclaim(&["compare", "--by", "night", "-f", "json"])).unwrap();
    let csv = counterclaim(&["compare", "--by", "night", "-f", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "contested",
            "scope",
            "night",
            "matter",
            "ukrainian",
            "russian",
            "third_party",
            "unattributed",
            "derived"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), json.len());
    for (r, j) in rows.iter().zip(&json) {
        assert_eq!(r[1], j["scope"], "{r:?}");
        assert_eq!(&r[0] == "yes", j["contested"] == true, "{r:?}");
        assert!(r[3].contains(j["item"].as_str().unwrap()), "{r:?}");
        let ua = j["ua"].as_array().unwrap();
        assert_eq!(r[4].is_empty(), ua.is_empty(), "{r:?}");
        if let Some(first) = ua.first() {
            assert!(r[4].contains(&first["value"].to_string()), "{r:?}");
        }
    }
    assert!(
        csv.contains("yes,2025-06-16,,ru drone launched,\"440 (the air force) ×2: 2 articles"),
        "{csv}"
    );
}
