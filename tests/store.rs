//! The store, comparisons and doubts on the sample corpus: what an analyst
//! would check in `compare` and `check`.

use chrono::NaiveDate;
use counterclaim::checks::DoubtKind;
use counterclaim::compare::{By, Row, Scope, compare, compare_all};
use counterclaim::corpus::{parse_text, sample};
use counterclaim::model::{Event, Item, Side};
use counterclaim::store::{Matter, Store};

fn sample_store() -> Store {
    Store::build(sample())
}

fn matter(attacker: Side, item: Item, event: Event) -> Matter {
    Matter {
        attacker: Some(attacker),
        item,
        event,
    }
}

fn find<'a>(rows: &'a [Row], scope: &str, m: Matter, cumulative: bool) -> &'a Row {
    rows.iter()
        .find(|r| r.scope == scope && r.matter == m && r.cumulative == cumulative)
        .unwrap_or_else(|| panic!("no row {scope} {m:?}"))
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn two_outlets_on_one_night_disagree_in_one_row() {
    let s = sample_store();
    let rows: Vec<Row> = compare_all(&s, By::Night).collect();
    // Both Kyiv stories are dated 17 June: the overnight attack is the night of the 16th.
    let r = find(
        &rows,
        "2025-06-16",
        matter(Side::Ru, Item::Drone, Event::Launched),
        false,
    );
    let values: Vec<u64> = r.ua.iter().map(|c| c.value).collect();
    assert!(values.contains(&440) && values.contains(&472), "{values:?}");
    assert!(r.contested());
    // 440 is given by both outlets: one claim, two articles, two outlets.
    let c440 = r.ua.iter().find(|c| c.value == 440).unwrap();
    assert_eq!((c440.articles, c440.outlets), (2, 2));
}

#[test]
fn a_night_puts_both_sides_claims_in_one_row_kind_each() {
    let s = sample_store();
    let a = s.article_index("06_two_ministries_same_night").unwrap();
    let rows = compare(&s, Scope::Article(a));
    let ours = find(
        &rows,
        &s.article(a).id,
        matter(Side::Ru, Item::Drone, Event::Intercepted),
        false,
    );
    let theirs = find(
        &rows,
        &s.article(a).id,
        matter(Side::Ua, Item::Drone, Event::Intercepted),
        false,
    );
    assert_eq!(ours.ua[0].value, 318);
    assert_eq!(theirs.ru[0].value, 162);
    // Mirror matters are neighbours.
    let pos = |m: Matter| rows.iter().position(|r| r.matter == m).unwrap();
    let (i, j) = (pos(ours.matter), pos(theirs.matter));
    assert_eq!(i.abs_diff(j), 1, "mirror rows should be adjacent");
}

#[test]
fn third_parties_and_unattributed_figures_have_their_columns() {
    let s = sample_store();
    let rows: Vec<Row> = compare_all(&s, By::Article).collect();
    assert!(
        rows.iter().any(|r| !r.other.is_empty()),
        "no third-party cell"
    );
    assert!(
        rows.iter().any(|r| !r.unknown.is_empty()),
        "no unattributed cell"
    );
}

#[test]
fn running_totals_stay_apart_from_nights() {
    let s = sample_store();
    let rows: Vec<Row> = compare_all(&s, By::Article).collect();
    let total = find(
        &rows,
        "11_june_running_totals",
        matter(Side::Ru, Item::Drone, Event::Launched),
        true,
    );
    assert_eq!(total.other[0].value, 5438);
    assert!(!rows.iter().any(|r| {
        r.scope == "11_june_running_totals"
            && !r.cumulative
            && r.cells()
                .iter()
                .flat_map(|c| c.iter())
                .any(|c| c.value == 5438)
    }));
}

#[test]
fn derived_interception_rate_and_unaccounted() {
    let s = sample_store();
    let a = s.article_index("15_elliptical_figures").unwrap();
    let rows = compare(&s, Scope::Article(a));
    let down = find(
        &rows,
        &s.article(a).id,
        matter(Side::Ru, Item::Drone, Event::Intercepted),
        false,
    );
    let rate = down
        .derived
        .iter()
        .find(|d| d.kind == "interception_rate")
        .unwrap();
    assert_eq!((rate.text().as_str(), rate.value), ("81 of 112", 72.3));
    let launched = find(
        &rows,
        &s.article(a).id,
        matter(Side::Ru, Item::Drone, Event::Launched),
        false,
    );
    let rest = launched
        .derived
        .iter()
        .find(|d| d.kind == "unaccounted")
        .unwrap();
    assert_eq!(rest.value, 7.0);
}

#[test]
fn doubts_on_the_sample_corpus() {
    let s = sample_store();
    let kinds = |article: &str| -> Vec<DoubtKind> {
        let a = s.article_index(article).unwrap();
        s.article_figures(a)
            .flat_map(|i| s.doubts(i).iter().map(|d| d.kind))
            .collect()
    };
    assert!(kinds("07_kyiv_deadly_night_a").contains(&DoubtKind::ConflictingValues));
    assert!(kinds("09_garbled_translation").contains(&DoubtKind::Garbled));
    // What is counted, named only in the sentence before.
    assert!(kinds("14_dnipro_missile_strike").contains(&DoubtKind::Inferred));
    // What a list leaves out is read from it, as any figure is.
    assert!(!kinds("15_elliptical_figures").contains(&DoubtKind::Inferred));
    // Parts that add up raise no doubt: 539 drones and 11 missiles of 550.
    assert!(!kinds("01_kyiv_night_attack").contains(&DoubtKind::PartsMismatch));
}

#[test]
fn every_doubt_kind_can_be_raised() {
    let texts = [
        "Date: 2025-06-05\n\nUkraine's air force said Russia launched 100 drones overnight, 90 were shot down and 20 did not reach their targets.",
        "Date: 2025-06-05\n\nUkraine's air force said Russia attacked overnight with 550 drones and missiles. Moscow deployed 530 drones and 11 missiles, the air force said.",
        "Date: 2025-06-05\n\nUkraine's air force said Russia launched 50 missiles overnight, including 60 Kalibrs.",
        "Date: 2025-06-05\n\nRussia launched 120 drones overnight, officials in Kyiv said.",
        "Date: 2025-06-05\n\nRussia launched at least 130 drones overnight, Ukraine said.",
        "Date: 2025-06-05\n\nUkrainian President Volodimier Zelanski said 14 people were injured overnight.",
        "Date: 2025-06-05\n\nUkraine's air force said 800 Russian drones were shot down overnight. Since the start of the war, Ukraine's air force says it has shot down 500 Russian drones.",
        "Date: 2025-06-06\n\nThree people were killed overnight, and 97 were shot down.",
    ];
    let mut articles: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| parse_text(&format!("t{i}"), "t", t.to_string()))
        .collect();
    for i in 0..9 {
        let t = format!(
            "Date: 2025-05-{:02}\n\nUkraine's air force said Russia launched {} drones overnight.",
            i + 1,
            100 + i
        );
        articles.push(parse_text(&format!("n{i}"), "n", t));
    }
    articles.push(parse_text(
        "big",
        "big",
        "Date: 2025-05-20\n\nUkraine's air force said Russia launched 9000 drones overnight."
            .into(),
    ));
    let s = Store::build(articles);
    let raised: std::collections::BTreeSet<DoubtKind> = (0..s.figures().len() as u32)
        .flat_map(|i| s.doubts(i).iter().map(|d| d.kind))
        .collect();
    for kind in DoubtKind::ALL {
        assert!(
            raised.contains(&kind),
            "{kind:?} never raised; raised {raised:?}"
        );
    }
}

#[test]
fn dates_cross_month_and_year_ends() {
    let s = Store::build(vec![
        parse_text("mar", "mar", "Date: 2025-03-01\n\nRussia launched 100 drones overnight, Ukraine's air force said.".into()),
        parse_text("jan", "jan", "Date: 2026-01-01\n\nRussia launched 90 drones overnight, Ukraine's air force said.".into()),
        parse_text("sat", "sat", "Date: 2026-01-01\n\nOn Saturday, Russian strikes killed 3 people in Kharkiv, officials said.".into()),
        parse_text("leap", "leap", "Date: 2024-03-01\n\nRussia launched 80 drones last night, Ukraine's air force said.".into()),
        parse_text("none", "none", "Russia launched 70 drones overnight, Ukraine's air force said.".into()),
    ]);
    let date_of = |v: u64| s.figures().iter().find(|f| f.value == v).unwrap().date;
    assert_eq!(date_of(100), Some(date("2025-02-28")));
    assert_eq!(date_of(90), Some(date("2025-12-31")));
    assert_eq!(date_of(3), Some(date("2025-12-27")));
    assert_eq!(date_of(80), Some(date("2024-02-29")));
    assert_eq!(date_of(70), None);
    assert_eq!(s.by_date(date("2025-12-31")).len(), 1);
}

/// Doubts that follow the analyst's review.
mod as_reviewed {
    use counterclaim::checks::DoubtKind;
    use counterclaim::corpus::parse_text;
    use counterclaim::model::Claimant;
    use counterclaim::review::{Correction, Key, Reason, Review};
    use counterclaim::store::{FigureId, Store};
    use counterclaim::tui::reviewed::Reviewed;

    const NIGHT: &str = "Russia launched 100 drones overnight, Ukraine's air force said, and 90 were shot down and 20 did not reach their targets.\n\nSeparately, 12 people were injured in Kharkiv.";

    fn id(s: &Store, value: u64) -> FigureId {
        s.figures()
            .iter()
            .position(|f| f.value == value)
            .expect("figure") as FigureId
    }

    fn kinds(s: &Store, r: &Reviewed, value: u64) -> Vec<DoubtKind> {
        r.doubts(s, id(s, value)).iter().map(|d| d.kind).collect()
    }

    fn key(s: &Store, value: u64) -> Key {
        Key::of(s.article(0), s.figure(id(s, value)))
    }

    #[test]
    fn a_claimant_put_right_is_no_longer_unattributed() {
        let s = Store::build(vec![parse_text("a", "a", NIGHT.into())]);
        let mut review = Review::in_memory();
        let mut reviewed = Reviewed::default();
        reviewed.rebuild(&s, &review);
        assert!(kinds(&s, &reviewed, 12).contains(&DoubtKind::Unattributed));
        let ua = Correction {
            claimant: Some(Claimant::Ua),
            ..Correction::default()
        };
        review.correct(key(&s, 12), ua, String::new());
        reviewed.update(&s, &review, &key(&s, 12));
        assert!(!kinds(&s, &reviewed, 12).contains(&DoubtKind::Unattributed));
        // The engine's doubts stay as they were, beside the review's.
        assert!(
            s.doubts(id(&s, 12))
                .iter()
                .any(|d| d.kind == DoubtKind::Unattributed)
        );
        review.undo();
        reviewed.update(&s, &review, &key(&s, 12));
        assert!(kinds(&s, &reviewed, 12).contains(&DoubtKind::Unattributed));
    }

    #[test]
    fn a_figure_marked_not_a_figure_makes_no_other_exceed_the_launched() {
        let s = Store::build(vec![parse_text("a", "a", NIGHT.into())]);
        let mut review = Review::in_memory();
        let mut reviewed = Reviewed::default();
        reviewed.rebuild(&s, &review);
        assert!(kinds(&s, &reviewed, 90).contains(&DoubtKind::ExceedsLaunched));
        assert!(kinds(&s, &reviewed, 20).contains(&DoubtKind::ExceedsLaunched));
        review.flag(key(&s, 20), Reason::NotAFigure, String::new());
        reviewed.update(&s, &review, &key(&s, 20));
        assert!(!kinds(&s, &reviewed, 90).contains(&DoubtKind::ExceedsLaunched));
        assert_eq!(kinds(&s, &reviewed, 20), [], "not a figure: no doubts");
        // A corrected value is checked as corrected.
        let more = Correction {
            value: Some(95),
            ..Correction::default()
        };
        review.correct(key(&s, 100), more, String::new());
        reviewed.update(&s, &review, &key(&s, 100));
        review.flag(key(&s, 20), Reason::Other, String::new());
        reviewed.update(&s, &review, &key(&s, 20));
        assert!(kinds(&s, &reviewed, 90).contains(&DoubtKind::ExceedsLaunched));
    }
}
