//! The checks on small stores built for each case.

use super::*;
use crate::corpus::parse_text;
use crate::store::Store;

fn store(texts: &[&str]) -> Store {
    Store::build(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse_text(&format!("a{i}"), "t", t.to_string()))
            .collect(),
    )
}

fn kinds(s: &Store, value: u64) -> Vec<DoubtKind> {
    let id = s
        .figures()
        .iter()
        .position(|f| f.value == value)
        .expect("figure") as FigureId;
    s.doubts(id).iter().map(|d| d.kind).collect()
}

#[test]
fn interceptions_above_launches() {
    let s = store(&[
        "Ukraine's air force said Russia launched 100 drones overnight, 90 were shot down and 20 did not reach their targets.",
    ]);
    assert!(kinds(&s, 90).contains(&DoubtKind::ExceedsLaunched));
    assert!(kinds(&s, 20).contains(&DoubtKind::ExceedsLaunched));
    assert!(!kinds(&s, 100).contains(&DoubtKind::ExceedsLaunched));
}

#[test]
fn parts_that_do_not_add_up() {
    let s = store(&[
        "Ukraine's air force said Russia attacked with 550 drones and missiles. Moscow deployed 530 drones and 11 missiles, the air force said.",
    ]);
    assert!(kinds(&s, 550).contains(&DoubtKind::PartsMismatch));
    let ok = store(&[
        "Ukraine's air force said Russia attacked with 550 drones and missiles. Moscow deployed 539 drones and 11 missiles, the air force said.",
    ]);
    assert!(!kinds(&ok, 550).contains(&DoubtKind::PartsMismatch));
}

#[test]
fn a_part_larger_than_its_total() {
    let s = store(&["Ukraine's air force said Russia launched 50 drones, including 60 Shaheds."]);
    assert!(kinds(&s, 60).contains(&DoubtKind::PartExceedsTotal));
}

#[test]
fn different_values_for_the_same_night() {
    let s = store(&[
        "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
        "Date: 2025-06-05\n\nRussia launched 120 drones overnight, officials in Kyiv said.",
        "Date: 2025-06-05\n\nRussia launched at least 130 drones overnight, Ukraine said.",
    ]);
    let doubts = s.doubts(0);
    let conflict = doubts
        .iter()
        .find(|d| d.kind == DoubtKind::ConflictingValues)
        .expect("conflict");
    assert!(
        conflict.message(&s, 0).contains("100 to 120"),
        "{}",
        conflict.message(&s, 0)
    );
    assert!(kinds(&s, 130).contains(&DoubtKind::HedgeConflict));
}

#[test]
fn a_busy_night_names_a_few_of_many_others() {
    let texts: Vec<String> = (0..40)
        .map(|i| {
            format!(
                "Date: 2025-06-05\n\nRussia launched {} drones overnight, Ukraine's air force said.",
                100 + i
            )
        })
        .collect();
    let s = store(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(s.figures().len(), 40);
    for id in 0..40 {
        let conflicts: Vec<&Doubt> = s
            .doubts(id)
            .iter()
            .filter(|d| d.kind == DoubtKind::ConflictingValues)
            .collect();
        assert_eq!(conflicts.len(), 1, "one doubt of a kind per figure");
        let d = conflicts[0];
        let related = d.related();
        assert_eq!(related.len(), 16, "figure {id}: {related:?}");
        assert!(related.iter().all(|&b| s.owner(b) != s.owner(id)));
        let message = d.message(&s, id);
        assert!(message.contains("and 36 more"), "{message}");
        assert!(message.contains("100 to 139"), "{message}");
        assert_eq!(d.to_json(&s, id)["related"], serde_json::json!(related));
    }
}

#[test]
fn compatible_hedges_are_no_conflict() {
    let s = store(&[
        "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
        "Date: 2025-06-05\n\nRussia launched more than 90 drones overnight, Ukraine said.",
    ]);
    assert!(!kinds(&s, 90).contains(&DoubtKind::HedgeConflict));
    assert!(!kinds(&s, 100).contains(&DoubtKind::ConflictingValues));
}

#[test]
fn unattributed_and_inferred() {
    let s = store(&[
        "Russia launched 147 drones overnight, and 97 were shot down. About 60 of them were Shaheds.",
        "Separately, 12 drones were shot down over the sea.",
    ]);
    assert!(kinds(&s, 147).contains(&DoubtKind::Unattributed));
    // What the sentence leaves out is read from it, as every figure is.
    assert!(!kinds(&s, 97).contains(&DoubtKind::Inferred));
    // `them` of the sentence before; an attack no word of the figure's
    // sentence says whose.
    assert!(kinds(&s, 60).contains(&DoubtKind::Inferred));
    assert!(kinds(&s, 12).contains(&DoubtKind::Inferred));
    assert!(!kinds(&s, 147).contains(&DoubtKind::Inferred));
}

#[test]
fn far_from_the_rest() {
    let mut texts: Vec<String> = (0..9)
        .map(|i| {
            format!(
                "Ukraine's air force said Russia launched {} drones overnight.",
                100 + i
            )
        })
        .collect();
    texts.push("Ukraine's air force said Russia launched 9000 drones overnight.".into());
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let s = store(&refs);
    assert!(kinds(&s, 9000).contains(&DoubtKind::Outlier));
    assert!(!kinds(&s, 104).contains(&DoubtKind::Outlier));
}

#[test]
fn running_total_below_a_night() {
    let s = store(&[
        "Ukraine's air force said 800 Russian drones were shot down overnight. Since the start of the war, Ukraine's air force says it has shot down 500 Russian drones.",
    ]);
    assert!(kinds(&s, 500).contains(&DoubtKind::TotalBelowNight));
}

#[test]
fn garbled_text() {
    let s = store(&[
        "Ukrainian President Volodimier Zelanski said 14 people were injured.",
        "Officials said the injured were two -year -old twins and 5 people were hurt.",
    ]);
    assert!(kinds(&s, 14).contains(&DoubtKind::Garbled));
    assert!(kinds(&s, 5).contains(&DoubtKind::Garbled));
}

/// A store of articles each holding figures built by hand: `(value,
/// hedge, place, part of)` of drones Russia's defence ministry says it
/// shot down on one night, the article's first figure the template.
/// A figure built by hand: value, hedge, place, and what it is part of.
type Built<'a> = (u64, Qualifier, Option<&'a str>, Option<usize>);

fn built(articles: &[&[Built<'_>]]) -> Store {
    let template = store(&[
        "Date: 2025-06-05\n\nRussia's defence ministry said 11 Ukrainian drones were shot down overnight.",
    ])
    .figure(0)
    .clone();
    assert_eq!(template.qualifier, Qualifier::Exact);
    let extracted = articles
        .iter()
        .enumerate()
        .map(|(i, figures)| {
            let article = parse_text(&format!("b{i}"), "t", "Date: 2025-06-05\n\nText.".into());
            let figures = figures
                .iter()
                .enumerate()
                .map(|(k, &(value, qualifier, place, part))| Figure {
                    article: article.id.as_str().into(),
                    value,
                    qualifier,
                    location: place.map(Into::into),
                    subset_of: part,
                    start: k * 10,
                    end: k * 10 + 2,
                    ..template.clone()
                })
                .collect();
            (article, figures)
        })
        .collect();
    Store::from_extracted(extracted)
}

use crate::model::{Event, Figure, Qualifier};

const EXACT: Qualifier = Qualifier::Exact;

fn night_kinds(s: &Store) -> Vec<(u64, Option<String>, DoubtKind)> {
    (0..s.figures().len() as FigureId)
        .flat_map(|id| {
            let f = s.figure(id);
            s.doubts(id)
                .iter()
                .filter(|d| {
                    matches!(
                        d.kind,
                        DoubtKind::ConflictingValues | DoubtKind::HedgeConflict
                    )
                })
                .map(move |d| (f.value, f.location.as_deref().map(String::from), d.kind))
        })
        .collect()
}

#[test]
fn a_breakdown_by_region_is_no_conflict() {
    // "Eleven drones were destroyed: six over the Tula region, three over
    // Oryol and two over Smolensk", with the parts marked as parts and
    // without, and repeated by a second outlet.
    let parts = [
        (11, EXACT, None, None),
        (6, EXACT, Some("Tula region"), Some(0)),
        (3, EXACT, Some("Oryol"), Some(0)),
        (2, EXACT, Some("Smolensk"), Some(0)),
    ];
    let unmarked = parts.map(|(v, q, place, _)| (v, q, place, None));
    let hedged = [
        (10, Qualifier::AtLeast, None, None),
        (4, EXACT, Some("Oryol"), None),
    ];
    let s = built(&[&parts, &unmarked, &[(11, EXACT, None, None)]]);
    assert_eq!(night_kinds(&s), []);
    // A hedged total of another outlet squares with the parts of others.
    let s = built(&[&unmarked, &hedged[..1]]);
    assert_eq!(night_kinds(&s), []);
    // Parts for the same place that disagree, and totals that do, still
    // conflict; the other places and parts stay out of it.
    let s = built(&[&unmarked, &[(14, EXACT, None, None)], &hedged[1..]]);
    let mut found = night_kinds(&s);
    found.sort();
    let oryol = Some("Oryol".to_string());
    assert_eq!(
        found,
        [
            (3, oryol.clone(), DoubtKind::ConflictingValues),
            (4, oryol, DoubtKind::ConflictingValues),
            (11, None, DoubtKind::ConflictingValues),
            (14, None, DoubtKind::ConflictingValues),
        ]
    );
    // A hedged total that the exact one of another outlet contradicts.
    let s = built(&[
        &[(11, EXACT, None, None)],
        &[(20, Qualifier::AtLeast, None, None)],
    ]);
    assert!(night_kinds(&s).contains(&(20, None, DoubtKind::HedgeConflict)));
}

/// A launch for no place and what was shot down over one region: where
/// the article names that one place, the launch is about it too (as the
/// rates have it); where it names several, the launch stands apart.
#[test]
fn a_launch_for_no_place_is_about_the_attacks_one_place() {
    let with = |places: &[Option<&str>]| {
        let mut figs = vec![(50, EXACT, None, None)];
        figs.extend(places.iter().map(|&p| (60, EXACT, p, None)));
        let s = built(&[&figs]);
        let mut figures: Vec<Figure> = s.figures().to_vec();
        figures[0].event = Event::Launched;
        let s = Store::from_extracted(vec![(s.article(0).clone(), figures)]);
        kinds(&s, 60)
    };
    assert!(with(&[None]).contains(&DoubtKind::ExceedsLaunched));
    assert!(with(&[Some("Kharkiv region")]).contains(&DoubtKind::ExceedsLaunched));
    let two = [Some("Kharkiv region"), Some("Odesa region")];
    assert!(!with(&two).contains(&DoubtKind::ExceedsLaunched));
}

#[test]
fn words_the_engine_knows_are_not_misspellings() {
    let s = store(&[
        "Russia's defence ministry said 14 Geran drones were shot down over Crimean waters.",
        "Ukrainian President Volodimier Zelanski said 9 people were injured.",
    ]);
    assert!(!kinds(&s, 14).contains(&DoubtKind::Garbled));
    assert!(kinds(&s, 9).contains(&DoubtKind::Garbled));
}

#[test]
fn a_long_sentence_is_judged_whole_not_by_its_window() {
    // The broken hyphenation lies outside the window the record shows.
    let filler = "and the night was long for the people of the region ".repeat(12);
    let s = store(&[&format!(
        "Officials in Kharkiv said a drone hit a ware- house {filler}and Russia launched 42 drones."
    )]);
    let f = s.figures().iter().find(|f| f.value == 42).expect("figure");
    assert!(!f.sentence.contains("ware- house"), "{:?}", f.sentence);
    assert!(kinds(&s, 42).contains(&DoubtKind::Garbled));
}
