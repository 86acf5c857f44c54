//! The engine scored against hand-checked gold, the way `eval/score.py`
//! scores it: the sample corpus always, the shared seed articles when
//! `../shared` is there.

mod common;

use std::collections::HashSet;
use std::path::Path;

use counterclaim::corpus;
use counterclaim::extract::extract;
use counterclaim::model::Language;
use serde_json::Value;

use common::{CORE_EVENTS, CORE_ITEMS};

/// A gold field may list several acceptable answers.
fn options(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a
            .iter()
            .map(|x| x.as_str().map_or(x.to_string(), str::to_string))
            .collect(),
        Value::Null => vec!["null".into()],
        other => vec![other.as_str().map_or(other.to_string(), str::to_string)],
    }
}

fn core(r: &Value) -> bool {
    options(&r["item"])
        .iter()
        .any(|i| CORE_ITEMS.contains(&i.as_str()))
        && options(&r["event"])
            .iter()
            .any(|e| CORE_EVENTS.contains(&e.as_str()))
}

fn fits(g: &Value, p: &Value) -> bool {
    g["article"] == p["article"]
        && g["value"] == p["value"]
        && options(&g["item"]).contains(&options(&p["item"])[0])
        && options(&g["event"]).contains(&options(&p["event"])[0])
}

fn overlaps(a: &Value, b: &Value) -> bool {
    let n = |v: &Value, k: &str| v[k].as_u64().unwrap_or(0);
    n(a, "start") < n(b, "end") && n(b, "start") < n(a, "end")
}

struct Score {
    precision: f64,
    recall: f64,
    f1: f64,
    claimant: f64,
    attacker: f64,
    qualifier: f64,
    /// Agreement on the night (`date`) and on running totals
    /// (`cumulative`), over the matched figures whose gold gives them.
    date: f64,
    cumulative: f64,
    report: String,
}

/// Score the engine's figures for the articles in `dir` against `gold`.
fn score(dir: &Path, gold: &Path) -> Score {
    score_in(dir, gold, &[Language::En, Language::Uk, Language::Ru])
}

/// [`score`] over the articles of `dir` written in one of `languages`.
fn score_in(dir: &Path, gold: &Path, languages: &[Language]) -> Score {
    let mut loaded = corpus::load(&[dir]);
    loaded.articles.retain(|a| languages.contains(&a.language));
    let articles: HashSet<String> = loaded.articles.iter().map(|a| a.id.clone()).collect();
    let pred: Vec<Value> = loaded
        .articles
        .iter()
        .flat_map(extract)
        .map(|f| serde_json::to_value(f).unwrap())
        .filter(core)
        .collect();
    let gold: Vec<Value> = std::fs::read_to_string(gold)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|g: &Value| core(g) && articles.contains(g["article"].as_str().unwrap_or("")))
        .collect();
    // Pairs with overlapping spans first, then any that fit.
    let mut used = vec![false; pred.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for pass in 0..2 {
        for (gi, g) in gold.iter().enumerate() {
            if pairs.iter().any(|(x, _)| *x == gi) {
                continue;
            }
            if let Some(pi) = (0..pred.len()).find(|&pi| {
                !used[pi] && fits(g, &pred[pi]) && (pass == 1 || overlaps(g, &pred[pi]))
            }) {
                used[pi] = true;
                pairs.push((gi, pi));
            }
        }
    }
    let n = pairs.len() as f64;
    let agree = |field: &str| {
        pairs
            .iter()
            .filter(|(g, p)| {
                let want = options(&gold[*g][field]);
                options(&pred[*p][field]).iter().any(|v| want.contains(v))
            })
            .count() as f64
            / n.max(1.0)
    };
    // Dating is scored where the gold gives it, as `score.py` does.
    let dated = |field: &str| {
        let given: Vec<_> = pairs
            .iter()
            .filter(|(g, _)| gold[*g].get(field).is_some())
            .collect();
        let agree = given
            .iter()
            .filter(|(g, p)| {
                let want = options(&gold[*g][field]);
                options(&pred[*p][field]).iter().any(|v| want.contains(v))
            })
            .count();
        if given.is_empty() {
            1.0
        } else {
            agree as f64 / given.len() as f64
        }
    };
    let precision = n / (pred.len() as f64).max(1.0);
    let recall = n / (gold.len() as f64).max(1.0);
    let f1 = if n > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let mut report = String::new();
    for (gi, g) in gold.iter().enumerate() {
        if !pairs.iter().any(|(x, _)| *x == gi) {
            report.push_str(&format!(
                "MISSED {} {} {} {}\n",
                g["article"], g["value"], g["item"], g["event"]
            ));
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if !used[pi] {
            report.push_str(&format!(
                "EXTRA  {} {} {} {} «{}»\n",
                p["article"], p["value"], p["item"], p["event"], p["sentence"]
            ));
        }
    }
    Score {
        precision,
        recall,
        f1,
        claimant: agree("claimant"),
        attacker: agree("attacker"),
        qualifier: agree("qualifier"),
        date: dated("date"),
        cumulative: dated("cumulative"),
        report,
    }
}

/// Print `s` and hold it to `floor`: F1, claimant, attacker and qualifier,
/// then date and running totals where `floor` goes on that far.
fn hold(name: &str, s: &Score, floor: &[f64]) {
    println!(
        "{name}: precision {:.3} recall {:.3} F1 {:.3} claimant {:.3} attacker {:.3} \
         qualifier {:.3} date {:.3} cumulative {:.3}",
        s.precision, s.recall, s.f1, s.claimant, s.attacker, s.qualifier, s.date, s.cumulative
    );
    let got = [
        ("F1", s.f1),
        ("claimant", s.claimant),
        ("attacker", s.attacker),
        ("qualifier", s.qualifier),
        ("date", s.date),
        ("cumulative", s.cumulative),
    ];
    for ((field, got), floor) in got.iter().zip(floor) {
        assert!(
            got >= floor,
            "{name}: {field} {got:.3} below {floor}\n{}",
            s.report
        );
    }
}

#[test]
fn sample_corpus_matches_its_gold() {
    let s = score_in(
        Path::new("data/articles"),
        Path::new("data/gold.jsonl"),
        &[Language::En],
    );
    hold("sample corpus, English", &s, &[0.97, 0.90, 0.95, 0.97]);
}

/// The sample's Ukrainian and Russian items, written in the styles of the
/// Air Force's morning report, the regional administrations' posts, the
/// Ministry of Defence's bulletins and governors' posts.
#[test]
fn sample_corpus_in_ukrainian_and_russian_matches_its_gold() {
    let s = score_in(
        Path::new("data/articles"),
        Path::new("data/gold.jsonl"),
        &[Language::Uk, Language::Ru],
    );
    hold(
        "sample corpus, Ukrainian and Russian",
        &s,
        &[0.95, 0.93, 0.95, 0.97],
    );
}

#[test]
fn shared_seed_articles_match_their_gold() {
    let seeds = Path::new("../shared/seeds");
    let gold = Path::new("../shared/gold/seeds.jsonl");
    if !seeds.is_dir() || !gold.is_file() {
        println!("skipped: ../shared/seeds and ../shared/gold/seeds.jsonl are not here");
        return;
    }
    hold(
        "seed articles",
        &score(seeds, gold),
        &[0.97, 0.90, 0.95, 0.97],
    );
}

/// The real-article sets under `tests/real/` (see its README): `dev`, the
/// articles the rules are checked against, and `holdout`, articles whose
/// misses nobody reads. Each is held to a floor under its measured score,
/// so a change that loses real figures fails.
fn real_set(name: &str, floor: [f64; 6]) {
    let dir = Path::new("tests/real").join(name);
    hold(
        name,
        &score(&dir.join("articles"), &dir.join("gold.jsonl")),
        &floor,
    );
}

#[test]
fn real_articles_of_the_dev_set_score_above_their_floor() {
    real_set("dev", [0.97, 0.94, 0.95, 0.97, 0.88, 0.96]);
}

#[test]
fn real_articles_of_the_holdout_set_score_above_their_floor() {
    real_set("holdout", [0.93, 0.88, 0.97, 0.97, 0.66, 0.92]);
}

/// Real Ukrainian and Russian reporting, rewritten in its own language:
/// the Air Force's and the Ministry of Defence's figures where they are
/// first published.
#[test]
fn real_ukrainian_and_russian_articles_of_the_dev_set_score_above_their_floor() {
    real_set("uk-ru-dev", [0.92, 0.96, 0.97, 0.97, 0.84, 0.92]);
}

#[test]
fn real_ukrainian_and_russian_articles_of_the_holdout_set_score_above_their_floor() {
    real_set("uk-ru-holdout", [0.90, 0.79, 0.95, 0.97, 0.68, 0.83]);
}

/// Real articles in three languages written after the others, from outlets
/// and days none of them use, annotated before the engine read them.
#[test]
fn real_articles_of_the_fresh_set_score_above_their_floor() {
    real_set("fresh", [0.95, 0.92, 0.97, 0.97, 0.82, 0.93]);
}

/// A later set still, from twenty more outlets, scored first as written
/// (F1 0.825) and studied since.
#[test]
fn real_articles_of_the_fresh2_set_score_above_their_floor() {
    real_set("fresh2", [0.92, 0.92, 0.95, 0.97, 0.84, 0.94]);
}

/// Sixteen articles from sixteen more outlets, scored as unseen text.
#[test]
fn real_articles_of_the_fresh3_set_score_above_their_floor() {
    real_set("fresh3", [0.92, 0.90, 0.95, 0.97, 0.88, 0.97]);
}

/// Twenty Ukrainian and Russian articles from twenty more outlets, chosen
/// for who claims what; scored as unseen text (F1 0.864, claimant 0.763)
/// and studied since.
#[test]
fn real_ukrainian_and_russian_articles_of_the_fresh4_set_score_above_their_floor() {
    real_set("fresh4", [0.90, 0.91, 0.96, 0.97, 0.76, 0.94]);
}

/// Fifteen articles in three languages from fifteen more outlets, three
/// of them with no figure; scored as unseen text (F1 0.959, claimant
/// 0.879) and studied since.
#[test]
fn real_articles_of_the_fresh5_set_score_above_their_floor() {
    real_set("fresh5", [0.93, 0.93, 0.95, 0.97, 0.69, 0.97]);
}

/// Twenty articles in three languages from twenty more outlets, chosen
/// for where and how the speaker is named; scored as unseen text (F1
/// 0.912, claimant 0.866) and studied since.
#[test]
fn real_articles_of_the_fresh6_set_score_above_their_floor() {
    real_set("fresh6", [0.93, 0.94, 0.97, 0.97, 0.75, 0.95]);
}

/// Twenty articles, half of them agency copy in English, from twenty
/// more outlets; scored as unseen text (F1 0.930, claimant 0.943) and
/// studied since.
#[test]
fn real_articles_of_the_fresh7_set_score_above_their_floor() {
    real_set("fresh7", [0.94, 0.96, 0.95, 0.97, 0.89, 0.94]);
}

/// Twenty articles from twenty more outlets, twelve of them English live
/// pages, monitoring reports, bulletins and outlets far from the wires;
/// scored as unseen text (F1 0.956, claimant 0.770) and studied since.
#[test]
fn real_articles_of_the_fresh8_set_score_above_their_floor() {
    real_set("fresh8", [0.94, 0.84, 0.97, 0.97, 0.83, 0.93]);
}

/// Twenty Ukrainian and Russian articles from twenty more outlets; scored
/// as unseen text (F1 0.861, claimant 0.789) and studied since.
#[test]
fn real_ukrainian_and_russian_articles_of_the_fresh9_set_score_above_their_floor() {
    real_set("fresh9", [0.89, 0.94, 0.96, 0.97, 0.75, 0.83]);
}

/// Sixteen articles, ten of them English agency copy in papers far from
/// the wires; scored as unseen text (F1 0.919, claimant 0.922) and
/// studied since.
#[test]
fn real_articles_of_the_fresh10_set_score_above_their_floor() {
    real_set("fresh10", [0.92, 0.90, 0.97, 0.97, 0.87, 0.93]);
}

/// Fifteen Ukrainian and Russian articles; scored as unseen text (F1
/// 0.855, claimant 0.920) and studied since.
#[test]
fn real_ukrainian_and_russian_articles_of_the_fresh11_set_score_above_their_floor() {
    real_set("fresh11", [0.91, 0.94, 0.96, 0.97, 0.82, 0.97]);
}

/// Twenty Ukrainian and Russian articles weighted to nights that are hard
/// to date; scored as unseen text (F1 0.895, claimant 0.901) and studied
/// since.
#[test]
fn real_ukrainian_and_russian_articles_of_the_fresh12_set_score_above_their_floor() {
    real_set("fresh12", [0.94, 0.92, 0.94, 0.97, 0.86, 0.94]);
}

/// Twenty articles, twelve of them English copy in outlets far from the
/// wires; scored as unseen text (F1 0.891, claimant 0.947) and studied
/// since.
#[test]
fn real_articles_of_the_fresh13_set_score_above_their_floor() {
    real_set("fresh13", [0.89, 0.92, 0.94, 0.97, 0.83, 0.92]);
}

/// Sixteen Ukrainian and Russian articles; scored as unseen text (F1
/// 0.862, nights 0.821) and studied since.
#[test]
fn real_ukrainian_and_russian_articles_of_the_fresh14_set_score_above_their_floor() {
    real_set("fresh14", [0.90, 0.86, 0.94, 0.97, 0.90, 0.97]);
}

/// Fifteen articles in three languages, eight of them English agency
/// copy; scored as unseen text (F1 0.850) and studied since.
#[test]
fn real_articles_of_the_fresh15_set_score_above_their_floor() {
    real_set("fresh15", [0.87, 0.91, 0.93, 0.97, 0.91, 0.95]);
}

/// Ten Ukrainian articles chosen for who claims what; scored as unseen
/// text (F1 0.831) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh16_set_score_above_their_floor() {
    real_set("fresh16", [0.87, 0.97, 0.97, 0.97, 0.97, 0.97]);
}

/// Ten Russian-language articles; scored as unseen text (F1 0.911,
/// claimant 0.804) and studied since.
#[test]
fn real_russian_articles_of_the_fresh17_set_score_above_their_floor() {
    real_set("fresh17", [0.95, 0.92, 0.97, 0.97, 0.91, 0.97]);
}

/// Ten English articles from live pages, monitors and outlets far from
/// the wires; scored as unseen text (F1 0.928, claimant 0.778) and
/// studied since.
#[test]
fn real_english_articles_of_the_fresh18_set_score_above_their_floor() {
    real_set("fresh18", [0.94, 0.87, 0.97, 0.97, 0.78, 0.91]);
}

/// Ten Ukrainian articles; scored as unseen text (F1 0.957, claimant
/// 0.841) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh19_set_score_above_their_floor() {
    real_set("fresh19", [0.96, 0.93, 0.97, 0.97, 0.93, 0.97]);
}

/// Ten Russian-language articles; scored as unseen text (F1 0.848, then
/// 0.925 on the build of its session's mends) and studied since.
#[test]
fn real_russian_articles_of_the_fresh20_set_score_above_their_floor() {
    real_set("fresh20", [0.94, 0.97, 0.97, 0.97, 0.83, 0.97]);
}

/// Ten English articles whose nights are worked out from their own words;
/// scored as unseen text (F1 0.926) and studied since.
#[test]
fn real_english_articles_of_the_fresh21_set_score_above_their_floor() {
    real_set("fresh21", [0.91, 0.97, 0.95, 0.97, 0.87, 0.95]);
}

/// Ten Ukrainian articles from city and regional sites; scored as unseen
/// text (F1 0.836) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh22_set_score_above_their_floor() {
    real_set("fresh22", [0.84, 0.97, 0.97, 0.97, 0.73, 0.94]);
}

/// Ten Russian articles: governors' posts and bulletins by region; scored
/// as unseen text (F1 0.814, claimant 0.771) and studied since.
#[test]
fn real_russian_articles_of_the_fresh23_set_score_above_their_floor() {
    real_set("fresh23", [0.95, 0.94, 0.92, 0.96, 0.83, 0.90]);
}

/// Ten English articles: wire copy in small outlets, monthly tallies;
/// scored as unseen text (F1 0.871) and studied since.
#[test]
fn real_english_articles_of_the_fresh24_set_score_above_their_floor() {
    real_set("fresh24", [0.90, 0.92, 0.95, 0.97, 0.68, 0.92]);
}

/// Ten Ukrainian and Russian articles relaying the other side; scored as
/// unseen text (F1 0.909) and studied since.
#[test]
fn real_ukrainian_and_russian_articles_of_the_fresh25_set_score_above_their_floor() {
    real_set("fresh25", [0.91, 0.95, 0.97, 0.97, 0.67, 0.97]);
}

/// Ten Ukrainian articles; scored as unseen text (F1 0.903, then 0.912 on
/// the build of the moment) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh26_set_score_above_their_floor() {
    real_set("fresh26", [0.92, 0.94, 0.96, 0.97, 0.83, 0.96]);
}

/// Ten Russian articles; scored as unseen text (F1 0.870) and studied
/// since.
#[test]
fn real_russian_articles_of_the_fresh27_set_score_above_their_floor() {
    real_set("fresh27", [0.87, 0.88, 0.93, 0.97, 0.82, 0.91]);
}

/// Ten English articles, one with an outlet's `Source:` line; scored as
/// unseen text (F1 0.938, claimant 0.735) and studied since.
#[test]
fn real_english_articles_of_the_fresh28_set_score_above_their_floor() {
    real_set("fresh28", [0.92, 0.80, 0.95, 0.97, 0.96, 0.96]);
}

/// Ten Ukrainian articles: regional casualty posts, the Air Force by
/// weapon, speakers named late; scored as unseen text (F1 0.916) and
/// studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh29_set_score_above_their_floor() {
    real_set("fresh29", [0.95, 0.95, 0.95, 0.97, 0.77, 0.95]);
}

/// Ten Russian articles: governors, the Ministry of Defence by region,
/// speakers named by role; scored as unseen text (F1 0.892) and studied
/// since.
#[test]
fn real_russian_articles_of_the_fresh30_set_score_above_their_floor() {
    real_set("fresh30", [0.95, 0.95, 0.98, 0.97, 0.90, 0.98]);
}

/// Ten English articles: a live blog, timelines, ministry bulletins in
/// English, analyses; scored as unseen text (F1 0.874) and studied since.
#[test]
fn real_english_articles_of_the_fresh31_set_score_above_their_floor() {
    real_set("fresh31", [0.89, 0.89, 0.98, 0.97, 0.75, 0.91]);
}

/// Ten English articles: wire copy in small outlets with both sides'
/// figures; scored as unseen text (F1 0.923) and studied since.
#[test]
fn real_english_articles_of_the_fresh32_set_score_above_their_floor() {
    real_set("fresh32", [0.92, 0.96, 0.98, 0.97, 0.75, 0.91]);
}

/// Ten Ukrainian articles: the Air Force relayed, police and rescue posts,
/// both sides' claims; scored as unseen text (F1 0.925) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh33_set_score_above_their_floor() {
    real_set("fresh33", [0.91, 0.95, 0.98, 0.97, 0.86, 0.93]);
}

/// Ten Russian articles: federal and regional outlets, Russian-language
/// outlets abroad, both sides' claims; scored as unseen text (F1 0.964) and
/// studied since.
#[test]
fn real_russian_articles_of_the_fresh34_set_score_above_their_floor() {
    real_set("fresh34", [0.95, 0.90, 0.95, 0.95, 0.90, 0.98]);
}

/// Ten English articles: Ukrainian outlets in English, European and Asian
/// outlets, tolls that rise through the day; scored as unseen text (F1
/// 0.905) and studied since.
#[test]
fn real_english_articles_of_the_fresh35_set_score_above_their_floor() {
    real_set("fresh35", [0.92, 0.84, 0.96, 0.97, 0.74, 0.95]);
}

/// Ten English articles: wire copy on US and UK regional sites, weekly
/// tallies beside one night; scored as unseen text (F1 0.935) and studied
/// since.
#[test]
fn real_english_articles_of_the_fresh36_set_score_above_their_floor() {
    real_set("fresh36", [0.92, 0.98, 0.98, 0.97, 0.86, 0.98]);
}

/// Ten Ukrainian articles: the Air Force and ОВА heads as regional sites
/// relay them, the General Staff, a mayor, the Russian MoD's claims;
/// scored as unseen text (F1 0.897) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh37_set_score_above_their_floor() {
    real_set("fresh37", [0.89, 0.87, 0.97, 0.95, 0.82, 0.97]);
}

/// Ten Russian articles: MoD bulletins by region and by hours, governors,
/// the Moscow mayor, Ukrainian claims in Russian-language editions;
/// scored as unseen text (F1 0.966) and studied since.
#[test]
fn real_russian_articles_of_the_fresh38_set_score_above_their_floor() {
    real_set("fresh38", [0.94, 0.97, 0.97, 0.97, 0.97, 0.97]);
}

/// Ten English articles: UN and OCHA monitoring, ministries' English
/// pages, live-blog entries; scored as unseen text (F1 0.897) and studied
/// since.
#[test]
fn real_english_articles_of_the_fresh39_set_score_above_their_floor() {
    real_set("fresh39", [0.87, 0.82, 0.97, 0.97, 0.74, 0.84]);
}

/// Ten English articles: wire copy on sites in Africa, Asia, Latin America
/// and the Middle East, Russian state media in English, both sides' claims
/// of one night; scored as unseen text (F1 0.871) and studied since.
#[test]
fn real_english_articles_of_the_fresh40_set_score_above_their_floor() {
    real_set("fresh40", [0.91, 0.95, 0.95, 0.95, 0.95, 0.97]);
}

/// Ten Ukrainian articles: city and ОВА heads' tolls, the State Emergency
/// Service's and the police's counts, the President's weekly figures,
/// regional sites away from Kyiv; scored as unseen text (F1 0.839) and
/// studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh41_set_score_above_their_floor() {
    real_set("fresh41", [0.88, 0.86, 0.97, 0.95, 0.79, 0.97]);
}

/// Ten Russian articles: governors' posts on regional sites, the MoD's
/// summaries on small outlets, a Kharkiv head and the UN in Russian;
/// scored as unseen text (F1 0.877) and studied since.
#[test]
fn real_russian_articles_of_the_fresh42_set_score_above_their_floor() {
    real_set("fresh42", [0.89, 0.88, 0.97, 0.97, 0.88, 0.91]);
}

/// Ten English articles: wire copy on Australian, Irish, British regional,
/// Indian, Gulf, African and Bangladeshi sites, both sides' figures of
/// one night, tolls by city; scored as unseen text (F1 0.950) and studied
/// since.
#[test]
fn real_english_articles_of_the_fresh43_set_score_above_their_floor() {
    real_set("fresh43", [0.96, 0.97, 0.94, 0.96, 0.86, 0.97]);
}

/// Ten Ukrainian articles: ОВА heads' and mayors' posts on regional sites,
/// the Air Force's totals relayed by an oblast head, a week's border
/// summary, both days and nights; scored as unseen text (F1 0.940) and
/// studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh44_set_score_above_their_floor() {
    real_set("fresh44", [0.98, 0.93, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian articles: the MoD's bulletins relayed in Crimea and the
/// regions, Russian-language outlets in Germany, Belarus, Lithuania and
/// Ukraine, a Telegram post; scored as unseen text (F1 0.962) and studied
/// since.
#[test]
fn real_russian_articles_of_the_fresh45_set_score_above_their_floor() {
    real_set("fresh45", [0.95, 0.98, 0.96, 0.96, 0.90, 0.98]);
}

/// Ten English articles: wire copy on US local sites and in Asia and
/// Africa, a defence outlet's daily report, an exile NGO's English page,
/// a daytime strike, two nights in a row; scored as unseen text (F1
/// 0.915) and studied since.
#[test]
fn real_english_articles_of_the_fresh46_set_score_above_their_floor() {
    real_set("fresh46", [0.95, 0.89, 0.93, 0.98, 0.87, 0.89]);
}

/// Ten Ukrainian articles: the Air Force by weapon, ОВА daily casualty
/// posts with running totals, the Interior Ministry's tolls, Russia's
/// claims told from the Ukrainian side, sources named last; scored as
/// unseen text (F1 0.876) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh47_set_score_above_their_floor() {
    real_set("fresh47", [0.94, 0.95, 0.98, 0.95, 0.80, 0.93]);
}

/// Ten Russian articles: governors' posts on regional sites, the MoD's
/// lists by region, exile media, a foreign outlet's timeline of one
/// city's toll; scored as unseen text (F1 0.941) and studied since.
#[test]
fn real_russian_articles_of_the_fresh48_set_score_above_their_floor() {
    real_set("fresh48", [0.96, 0.96, 0.95, 0.98, 0.86, 0.94]);
}

/// Ten English articles: weekly round-ups beside one night's figures,
/// wire copy on regional sites in Australia, Africa, Pakistan and Greece,
/// the MoD's total since the war began; scored as unseen text (F1 0.944)
/// and studied since.
#[test]
fn real_english_articles_of_the_fresh49_set_score_above_their_floor() {
    real_set("fresh49", [0.93, 0.84, 0.98, 0.98, 0.90, 0.92]);
}

/// Ten Ukrainian articles: regional sites relaying ОВА heads, mayors, the
/// Air Force, the police and the Interior Ministry, sources named last or
/// on a closing line, nights told only as `вночі`; scored as unseen text
/// (F1 0.903) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh50_set_score_above_their_floor() {
    real_set("fresh50", [0.90, 0.84, 0.98, 0.98, 0.91, 0.98]);
}

/// Ten Russian articles: regional sites relaying governors and the MoD's
/// lists by region, the Air Force as a Russian-language outlet relays it,
/// nights told only as `этой ночью`; scored as unseen text (F1 0.957) and
/// studied since.
#[test]
fn real_russian_articles_of_the_fresh51_set_score_above_their_floor() {
    real_set("fresh51", [0.97, 0.98, 0.98, 0.98, 0.95, 0.98]);
}

/// Ten English articles: wire copy on small sites with both sides' counts
/// of one night, UN and IAEA figures, a republished live blog; scored as
/// unseen text (F1 0.912) and studied since.
#[test]
fn real_english_articles_of_the_fresh52_set_score_above_their_floor() {
    real_set("fresh52", [0.94, 0.86, 0.95, 0.96, 0.90, 0.98]);
}

/// Ten Ukrainian articles: weekly and winter totals, Zelensky's week with
/// one night inside it, Russia's claims told with `нібито`, updates out of
/// order; scored as unseen text (F1 0.936) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh53_set_score_above_their_floor() {
    real_set("fresh53", [0.94, 0.96, 0.96, 0.98, 0.83, 0.98]);
}

/// Ten Russian-language articles from outside Russia relaying both sides,
/// the Moscow mayor's counts, a list of launched and downed; scored as
/// unseen text (F1 0.949) and studied since.
#[test]
fn real_russian_articles_of_the_fresh54_set_score_above_their_floor() {
    real_set("fresh54", [0.96, 0.96, 0.98, 0.98, 0.91, 0.98]);
}

/// Ten English articles: Russian claims and Ukrainian strikes on Russia
/// as Gulf, Asian and trade outlets relay them, refinery and airfield
/// strikes; scored as unseen text (F1 0.912) and studied since.
#[test]
fn real_english_articles_of_the_fresh55_set_score_above_their_floor() {
    real_set("fresh55", [0.95, 0.95, 0.95, 0.98, 0.83, 0.98]);
}

/// Ten Ukrainian articles: regional sites relaying ОВА heads, mayors and
/// the Air Force, casualty posts with children's ages, daytime strikes and
/// nights told by the hour; scored as unseen text (F1 0.800) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh56_set_score_above_their_floor() {
    real_set("fresh56", [0.85, 0.92, 0.98, 0.98, 0.76, 0.95]);
}

/// Ten Russian articles: regional outlets relaying governors, a mayor and
/// the MoD's bulletins, daily summaries, damage to homes and cars,
/// daytime attacks; scored as unseen text (F1 0.943) and studied since.
#[test]
fn real_russian_articles_of_the_fresh57_set_score_above_their_floor() {
    real_set("fresh57", [0.92, 0.98, 0.98, 0.98, 0.74, 0.98]);
}

/// Ten English articles: regional papers and aggregators relaying AP,
/// Reuters, AFP, VOA and the BBC with both sides' claims, a UN monitoring
/// update; scored as unseen text (F1 0.953) and studied since.
#[test]
fn real_english_articles_of_the_fresh58_set_score_above_their_floor() {
    real_set("fresh58", [0.93, 0.89, 0.90, 0.98, 0.64, 0.92]);
}

/// Ten Ukrainian articles: the Air Force's morning report by weapon,
/// Zelensky's posts with month totals, Russia's claims told with
/// `буцімто` and `нібито`; scored as unseen text (F1 0.909) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh59_set_score_above_their_floor() {
    real_set("fresh59", [0.88, 0.85, 0.96, 0.98, 0.90, 0.92]);
}

/// Ten Russian-language articles from outlets abroad (Bulgaria, Belarus,
/// Kyrgyzstan, Azerbaijan, Armenia, Israel) relaying both sides, quoted
/// Telegram posts, month totals; scored as unseen text (F1 0.892) and studied since.
#[test]
fn real_russian_articles_of_the_fresh60_set_score_above_their_floor() {
    real_set("fresh60", [0.89, 0.86, 0.89, 0.98, 0.80, 0.98]);
}

/// Ten English articles: Asian, African and Caribbean outlets relaying
/// agency copy, a governor's day, Russian MoD counts, headlines with
/// counts; scored as unseen text (F1 0.939) and studied since.
#[test]
fn real_english_articles_of_the_fresh61_set_score_above_their_floor() {
    real_set("fresh61", [0.91, 0.89, 0.94, 0.96, 0.65, 0.89]);
}

/// Ten Ukrainian articles from city and oblast sites: an ОВА head's post
/// quoted whole, the Air Force's morning report and a command's count,
/// tolls from the emergency service and prosecutors, Zelensky's weekly
/// totals; scored as unseen text (F1 0.870) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh62_set_score_above_their_floor() {
    real_set("fresh62", [0.86, 0.81, 0.98, 0.98, 0.74, 0.93]);
}

/// Ten Russian-language articles: the MoD's night bulletins by region in
/// dashed lists, governors' posts, Ukrainian outlets' Russian editions
/// relaying city administrations; scored as unseen text (F1 0.936) and
/// studied since.
#[test]
fn real_russian_articles_of_the_fresh63_set_score_above_their_floor() {
    real_set("fresh63", [0.97, 0.96, 0.98, 0.98, 0.83, 0.94]);
}

/// Ten English articles from South Asian, Gulf and regional outlets
/// relaying AP, Reuters, AFP and the Guardian, with both sides' claims;
/// scored as unseen text (F1 0.918) and studied since.
#[test]
fn real_english_articles_of_the_fresh64_set_score_above_their_floor() {
    real_set("fresh64", [0.89, 0.93, 0.96, 0.98, 0.93, 0.98]);
}

/// Ten Ukrainian articles from regional sites: daytime strikes, tolls
/// rising through a day, a minister's count by region, the Air Force's
/// report; scored as unseen text (F1 0.952) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh65_set_score_above_their_floor() {
    real_set("fresh65", [0.96, 0.75, 0.98, 0.98, 0.68, 0.94]);
}

/// Ten Russian-language articles from Russian regional sites and outlets
/// in Latvia and Belarus: governors' nights, a Ukrainian head's count,
/// the MoD's counts told without a verb; scored as unseen text (F1 0.898)
/// and studied since.
#[test]
fn real_russian_articles_of_the_fresh66_set_score_above_their_floor() {
    real_set("fresh66", [0.91, 0.93, 0.98, 0.98, 0.85, 0.98]);
}

/// Ten English articles from Baltic, Balkan and other outlets and English
/// editions: tolls told across paragraphs, takeaway bullets, both sides'
/// counts; scored as unseen text (F1 0.939) and studied since.
#[test]
fn real_english_articles_of_the_fresh67_set_score_above_their_floor() {
    real_set("fresh67", [0.91, 0.93, 0.98, 0.96, 0.94, 0.98]);
}

/// Ten Ukrainian articles from regional and national sites: missile nights
/// at dawn, daytime strikes with no time named, the Air Force's report by
/// weapon, tolls with the children among them; scored as unseen text (F1 0.874) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh68_set_score_above_their_floor() {
    real_set("fresh68", [0.90, 0.93, 0.98, 0.98, 0.61, 0.95]);
}

/// Ten Russian-language articles from Russian regional sites and outlets in
/// Ukraine, Kazakhstan and elsewhere abroad: the MoD's counts by region, a dashed
/// list, a daytime count by hours, governors' tolls; scored as unseen text (F1 0.918) and studied since.
#[test]
fn real_russian_articles_of_the_fresh69_set_score_above_their_floor() {
    real_set("fresh69", [0.94, 0.88, 0.93, 0.98, 0.93, 0.98]);
}

/// Ten English articles from Asian, Caribbean, European and African outlets
/// relaying AP, AFP and the NYT, live blogs and an analysis with both
/// sides' counts; scored as unseen text (F1 0.890) and studied since.
#[test]
fn real_english_articles_of_the_fresh70_set_score_above_their_floor() {
    real_set("fresh70", [0.89, 0.95, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Ukrainian articles from national and city sites: the Russian MoD's
/// claim relayed, running totals for a week and a year, tolls in word
/// forms, a bulleted Air Force count; scored as unseen text (F1 0.909) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh71_set_score_above_their_floor() {
    real_set("fresh71", [0.92, 0.88, 0.98, 0.98, 0.93, 0.93]);
}

/// Ten Russian-language articles from Russian federal and regional sites
/// and outlets in Ukraine and Moldova: the MoD's lists by region and hour,
/// a governor's count by district, tolls updated through a day; scored as unseen text (F1 0.897) and studied since.
#[test]
fn real_russian_articles_of_the_fresh72_set_score_above_their_floor() {
    real_set("fresh72", [0.90, 0.84, 0.88, 0.96, 0.86, 0.98]);
}

/// Ten English articles from English editions, advocacy and digest sites
/// and relays of the Russian MoD: counts by region, a week's running
/// total, tolls that disagree; scored as unseen text (F1 0.863) and studied since.
#[test]
fn real_english_articles_of_the_fresh73_set_score_above_their_floor() {
    real_set("fresh73", [0.84, 0.88, 0.98, 0.98, 0.82, 0.91]);
}

/// Ten Ukrainian articles from regional and city sites, digests and an
/// institute's weekly tally: daytime strikes with no time named, a toll in
/// a quoted post, parts of a week's drones; scored as unseen text (F1
/// 0.918) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh74_set_score_above_their_floor() {
    real_set("fresh74", [0.91, 0.93, 0.98, 0.95, 0.68, 0.98]);
}

/// Ten Russian articles from Ukrainian outlets in Russian, Crimean relays
/// of the MoD and district sites: a toll that grows through the day, a
/// nuclear plant's cooling tower, a fire that was no attack; scored as
/// unseen text (F1 0.825) and studied since.
#[test]
fn real_russian_articles_of_the_fresh75_set_score_above_their_floor() {
    real_set("fresh75", [0.81, 0.95, 0.98, 0.98, 0.74, 0.98]);
}

/// Ten English articles from wire copy relayed in Nigeria, Canada, India
/// and South Africa, a live blog and local sites: parts taken `of which`,
/// two nights in one article, daytime bombs on Kharkiv; scored as unseen
/// text (F1 0.901) and studied since.
#[test]
fn real_english_articles_of_the_fresh76_set_score_above_their_floor() {
    real_set("fresh76", [0.89, 0.94, 0.98, 0.98, 0.90, 0.93]);
}

/// Ten Ukrainian articles from city and oblast sites, mayors' reports and
/// an aggregator: a posting stamp above a night strike, damage counts,
/// ATACMS on Sevastopol told from the Ukrainian side; scored as unseen
/// text (F1 0.906) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh77_set_score_above_their_floor() {
    real_set("fresh77", [0.88, 0.98, 0.98, 0.98, 0.73, 0.94]);
}

/// Ten Russian articles from Crimean and regional sites, Russian-language
/// media abroad and a Ukrainian outlet in Russian: by-region bulletins,
/// tolls of adults and minors, digits with case endings (`70-ти`);
/// scored as unseen text (F1 0.742) and studied since.
#[test]
fn real_russian_articles_of_the_fresh78_set_score_above_their_floor() {
    real_set("fresh78", [0.92, 0.95, 0.98, 0.98, 0.68, 0.98]);
}

/// Ten English articles from European papers in English, English editions
/// of Russian and Ukrainian outlets, local sites on wire copy and a
/// monthly tally: `Of these, ...`, drones disrupted electronically,
/// headlines with figures; scored as unseen text (F1 0.966) and studied
/// since.
#[test]
fn real_english_articles_of_the_fresh79_set_score_above_their_floor() {
    real_set("fresh79", [0.96, 0.89, 0.96, 0.98, 0.82, 0.96]);
}

/// Ten Ukrainian articles from regional sites and an oblast administration's own
/// posts: night and daytime missile strikes, tolls rising through a day,
/// a daily summary with bulleted strikes by guided bombs;
/// scored as unseen text (F1 0.976) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh80_set_score_above_their_floor() {
    real_set("fresh80", [0.95, 0.93, 0.98, 0.95, 0.78, 0.98]);
}

/// Ten Russian articles from regional sites, a TV channel and a Kharkiv outlet
/// in Russian: the Defence Ministry's bulletins by region (`по 2`, `по
/// одному`), governors' days, an evacuation that is no figure;
/// scored as unseen text (F1 0.943) and studied since.
#[test]
fn real_russian_articles_of_the_fresh81_set_score_above_their_floor() {
    real_set("fresh81", [0.92, 0.93, 0.95, 0.98, 0.93, 0.98]);
}

/// Ten English articles from wire copy on small sites, a live blog, a week's
/// analysis and a garbled machine translation: both sides' counts, yearly
/// running totals, counts in words;
/// scored as unseen text (F1 0.931) and studied since.
#[test]
fn real_english_articles_of_the_fresh82_set_score_above_their_floor() {
    real_set("fresh82", [0.91, 0.87, 0.95, 0.98, 0.68, 0.92]);
}

/// Ten Ukrainian articles from national and regional sites relaying the Air
/// Force: launches by weapon, kills listed after a colon (`знищила або
/// подавила 342 повітряні цілі:`), a president's post;
/// scored as unseen text (F1 0.773) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh83_set_score_above_their_floor() {
    real_set("fresh83", [0.90, 0.98, 0.89, 0.98, 0.89, 0.98]);
}

/// Ten Russian articles from regional sites, Kazakh outlets and agency copy:
/// daytime strikes, a ministry's count over a span of hours (`между 08:00
/// и 11:00`), bullets under a round-up's lead;
/// scored as unseen text (F1 0.951) and studied since.
#[test]
fn real_russian_articles_of_the_fresh84_set_score_above_their_floor() {
    real_set("fresh84", [0.93, 0.87, 0.85, 0.95, 0.87, 0.98]);
}

/// Ten English articles from African, Asian and Gulf outlets carrying agency
/// copy: digests, both sides' claims for one night, a death toll that
/// rose, parts of parts;
/// scored as unseen text (F1 0.916) and studied since.
#[test]
fn real_english_articles_of_the_fresh85_set_score_above_their_floor() {
    real_set("fresh85", [0.89, 0.93, 0.93, 0.95, 0.91, 0.98]);
}

/// Ten Ukrainian articles from city and oblast sites: daytime and evening
/// strikes, updates stamped with their hour (`Оновлено о 9:20`), tolls
/// by group, damage counts;
/// scored as unseen text (F1 0.887) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh86_set_score_above_their_floor() {
    real_set("fresh86", [0.86, 0.94, 0.98, 0.96, 0.92, 0.98]);
}

/// Ten Russian articles from regional sites: governors' posts, the Defence
/// Ministry's night bulletins with their hours (`с 23:30 до 7:00`),
/// hits counted as arrivals, a round-up in bullets;
/// scored as unseen text (F1 0.874) and studied since.
#[test]
fn real_russian_articles_of_the_fresh87_set_score_above_their_floor() {
    real_set("fresh87", [0.86, 0.95, 0.95, 0.98, 0.55, 0.98]);
}

/// Ten English articles from broadcasters and papers abroad and US local
/// sites on AP copy: both sides' tolls, `Nine out of the 15`, drones
/// `locationally lost`, weekly totals;
/// scored as unseen text (F1 0.912) and studied since.
#[test]
fn real_english_articles_of_the_fresh88_set_score_above_their_floor() {
    real_set("fresh88", [0.89, 0.90, 0.92, 0.96, 0.96, 0.98]);
}

/// Ten Ukrainian articles relaying Russian claims and the Air Force: strikes
/// on refineries, `нібито`, lists of kills by region after a dash, the
/// places drones came from;
/// scored as unseen text (F1 0.944) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh89_set_score_above_their_floor() {
    real_set("fresh89", [0.93, 0.74, 0.84, 0.98, 0.51, 0.98]);
}

/// Ten Russian articles from Russian-language media abroad (Israeli,
/// Estonian, Moldovan, exile): tolls from embassies and emergency
/// services, `ранил более сотни украинцев`, a small hour in words;
/// scored as unseen text (F1 0.917) and studied since.
#[test]
fn real_russian_articles_of_the_fresh90_set_score_above_their_floor() {
    real_set("fresh90", [0.91, 0.71, 0.86, 0.98, 0.63, 0.98]);
}

/// Ten English articles from Ukrainian and Russian outlets' English editions,
/// aggregators and blogs pasting official statements: lists by region
/// (`16 and 15 respectively`), parts of unnumbered wholes;
/// scored as unseen text (F1 0.865) and studied since.
#[test]
fn real_english_articles_of_the_fresh91_set_score_above_their_floor() {
    real_set("fresh91", [0.86, 0.83, 0.94, 0.98, 0.75, 0.98]);
}

/// Ten Ukrainian articles from city sites and relays of oblast posts: a
/// garbled toll (`зросла до 14`), a quoted post of a city's defence
/// council, `до 10 КАБів`, weekly totals after `майже`;
/// scored as unseen text (F1 0.919) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh92_set_score_above_their_floor() {
    real_set("fresh92", [0.89, 0.88, 0.98, 0.95, 0.88, 0.98]);
}

/// Ten Russian articles from regional sites relaying the Ministry of
/// Defence and governors: `по одному — над ...`, an evening count and its
/// part (`12 из них`), `почти полторы десятки`;
/// scored as unseen text (F1 0.976) and studied since.
#[test]
fn real_russian_articles_of_the_fresh93_set_score_above_their_floor() {
    real_set("fresh93", [0.95, 0.78, 0.90, 0.98, 0.85, 0.98]);
}

/// Ten English articles from outlets abroad on wire copy: a hedge over two
/// counts, `144 of the 210 aerial targets`, the ministry's count by region
/// after a dash, `intercepted or jammed`;
/// scored as unseen text (F1 0.910) and studied since.
#[test]
fn real_english_articles_of_the_fresh94_set_score_above_their_floor() {
    real_set("fresh94", [0.95, 0.96, 0.95, 0.98, 0.98, 0.98]);
}

/// Ten Ukrainian articles from regional outlets: a head's post quoted after
/// its summary, counts in words, hours of strikes, the speaker named only
/// at the end;
/// scored as unseen text (F1 0.880) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh95_set_score_above_their_floor() {
    real_set("fresh95", [0.86, 0.70, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian articles from regional portals and Ukrainian city sites in
/// Russian: `локально потеряны`, tolls with nested parts, `ещё восьми`,
/// ordinals as traps;
/// scored as unseen text (F1 0.861) and studied since.
#[test]
fn real_russian_articles_of_the_fresh96_set_score_above_their_floor() {
    real_set("fresh96", [0.86, 0.98, 0.95, 0.98, 0.58, 0.98]);
}

/// Ten English articles from broadcasters and sites abroad: `13 out of 19`,
/// a weekly total with parts, `Region (N)` lists, drones that flew
/// towards Belarus;
/// scored as unseen text (F1 0.917) and studied since.
#[test]
fn real_english_articles_of_the_fresh97_set_score_above_their_floor() {
    real_set("fresh97", [0.89, 0.93, 0.96, 0.96, 0.86, 0.91]);
}

/// Ten Ukrainian articles from city and community sites: a toll reported,
/// withdrawn and confirmed, a speaker named after the quote, `пів сотні`,
/// few figures in most;
/// scored as unseen text (F1 0.762) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh98_set_score_above_their_floor() {
    real_set("fresh98", [0.74, 0.79, 0.98, 0.98, 0.73, 0.91]);
}

/// Ten Russian articles from regional media and Ukrainian outlets in
/// Russian: hospital counts, `22 человека: 10 взрослых и 12 детей`,
/// `подтверждена гибель ... 23 человек`;
/// scored as unseen text (F1 0.814) and studied since.
#[test]
fn real_russian_articles_of_the_fresh99_set_score_above_their_floor() {
    real_set("fresh99", [0.83, 0.90, 0.92, 0.98, 0.84, 0.98]);
}

/// Ten English articles from US, Irish and aggregator sites on wire copy and
/// Russian state media: `two of the three`, `shot down or jammed`, a
/// clipped `4 killed, 19 injured` headline;
/// scored as unseen text (F1 0.936) and studied since.
#[test]
fn real_english_articles_of_the_fresh100_set_score_above_their_floor() {
    real_set("fresh100", [0.91, 0.86, 0.92, 0.98, 0.82, 0.96]);
}

/// Ten Ukrainian articles from community and regional sites: morning
/// round-ups by region, `майже півсотнею`, a count after a dash in the
/// President's post;
/// scored as unseen text (F1 0.822) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh101_set_score_above_their_floor() {
    real_set("fresh101", [0.84, 0.85, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian articles from city, sports and radio sites: `пытались
/// подлететь 69`, `один из дронов`, the ministry's count with a part of
/// its total;
/// scored as unseen text (F1 0.918) and studied since.
#[test]
fn real_russian_articles_of_the_fresh102_set_score_above_their_floor() {
    real_set("fresh102", [0.91, 0.87, 0.91, 0.98, 0.63, 0.91]);
}

/// Ten English articles from Middle East, African and UK regional outlets
/// and blogs: `seven of 11`, `None of the eight`, a table of two nights,
/// machine translation;
/// scored as unseen text (F1 0.875) and studied since.
#[test]
fn real_english_articles_of_the_fresh103_set_score_above_their_floor() {
    real_set("fresh103", [0.85, 0.94, 0.98, 0.98, 0.90, 0.98]);
}

/// Eight English articles from sites abroad on agency copy: both sides'
/// counts of one night, `35 of 53 ... 46 of 47`, a list led by an aircraft;
/// scored as unseen text (F1 0.926) and studied since.
#[test]
fn real_english_articles_of_the_fresh106_set_score_above_their_floor() {
    real_set("fresh106", [0.92, 0.87, 0.98, 0.98, 0.80, 0.98]);
}

/// Eight English articles from Asian and African sites on wire copy and
/// pasted video captions: `one Iskander and one Kinzhal ... and all 29`,
/// `69 of 73`;
/// scored as unseen text (F1 0.846) and studied since.
#[test]
fn real_english_articles_of_the_fresh109_set_score_above_their_floor() {
    real_set("fresh109", [0.90, 0.98, 0.98, 0.98, 0.59, 0.98]);
}

/// Ten Ukrainian articles from city and regional sites: a regional head's
/// post with a breakdown by sex, counts in words (`восьмеро з яких`), an
/// Air Force report relayed with its hits put among the downed;
/// scored as unseen text (F1 0.918) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh110_set_score_above_their_floor() {
    real_set("fresh110", [0.92, 0.91, 0.98, 0.98, 0.87, 0.98]);
}

/// Ten Russian articles from foreign, Ukrainian and regional outlets: `32
/// из 44`, a speaker on its own `Источник:` line, the ministry's bulletin
/// by region with `в том числе пять` inside a region's count;
/// scored as unseen text (F1 0.854) and studied since.
#[test]
fn real_russian_articles_of_the_fresh111_set_score_above_their_floor() {
    real_set("fresh111", [0.84, 0.98, 0.95, 0.98, 0.74, 0.98]);
}

/// Ten English articles from sites abroad on wire copy: `intercepting or
/// jamming 566 drones`, weekly totals after `nearly`, a garbled machine
/// rewrite of a toll;
/// scored as unseen text (F1 0.944) and studied since.
#[test]
fn real_english_articles_of_the_fresh112_set_score_above_their_floor() {
    real_set("fresh112", [0.94, 0.96, 0.94, 0.98, 0.84, 0.96]);
}

/// Ten Ukrainian articles from regional and national sites: a toll by the
/// emergency service, bullets by district, the Russian ministry's count
/// region by region, figures with no night given;
/// scored as unseen text (F1 0.922) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh113_set_score_above_their_floor() {
    real_set("fresh113", [0.90, 0.93, 0.98, 0.98, 0.51, 0.98]);
}

/// Ten Russian articles from regional, exile and Baltic outlets: bulleted
/// counts by region, numbers in brackets after a region, year and war
/// totals;
/// scored as unseen text (F1 0.966) and studied since.
#[test]
fn real_russian_articles_of_the_fresh114_set_score_above_their_floor() {
    real_set("fresh114", [0.94, 0.89, 0.98, 0.98, 0.78, 0.93]);
}

/// Ten English articles from South Asian, Philippine and aggregator sites:
/// the Russian ministry's counts with a breakdown by region, naval drones,
/// weekly and war totals;
/// scored as unseen text (F1 0.929) and studied since.
#[test]
fn real_english_articles_of_the_fresh115_set_score_above_their_floor() {
    real_set("fresh115", [0.90, 0.84, 0.89, 0.98, 0.72, 0.81]);
}

/// Ten Ukrainian articles from regional and city sites: tolls that grow
/// through the day, a post in short lines, `Збито 54 із 69 ракет`;
/// scored as unseen text (F1 0.980) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh116_set_score_above_their_floor() {
    real_set("fresh116", [0.95, 0.85, 0.98, 0.98, 0.73, 0.98]);
}

/// Three Russian articles from an agency and federal sites: the ministry's
/// count by region, a governor quoted on two injured;
/// scored as unseen text (F1 0.976) and studied since.
#[test]
fn real_russian_articles_of_the_fresh117_set_score_above_their_floor() {
    real_set("fresh117", [0.95, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten English articles from broadcasters and sites abroad on wire copy:
/// `of whom six remained in hospitals`, `21 ... out of a total of 23`,
/// key points that repeat the body;
/// scored as unseen text (F1 0.919) and studied since.
#[test]
fn real_english_articles_of_the_fresh118_set_score_above_their_floor() {
    real_set("fresh118", [0.89, 0.90, 0.98, 0.98, 0.90, 0.96]);
}

/// Ten Russian articles from regional and federal sites: a governor's
/// toll after `О последствиях ... рассказал`, `Из 42 пострадавших 29`, a
/// bulletin confirmed by the ministry;
/// scored as unseen text (F1 0.930) and studied since.
#[test]
fn real_russian_articles_of_the_fresh120_set_score_above_their_floor() {
    real_set("fresh120", [0.93, 0.93, 0.93, 0.98, 0.66, 0.95]);
}

/// Ten Russian articles from Kazakh, Belarusian, exile and district
/// outlets: a ministry bulletin with dashes, `по 11`, a speaker named after
/// the figures;
/// scored as unseen text (F1 0.865) and studied since.
#[test]
fn real_russian_articles_of_the_fresh121_set_score_above_their_floor() {
    real_set("fresh121", [0.86, 0.98, 0.98, 0.98, 0.64, 0.98]);
}

/// Ten Ukrainian articles from regional and trade sites: a regional head's
/// post with parts of parts (`6 → 4 госпіталізовано → 1 і 3`), a daily
/// list of weapons used, a speaker named two sentences on;
/// scored as unseen text (F1 0.940) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh122_set_score_above_their_floor() {
    real_set("fresh122", [0.90, 0.98, 0.98, 0.98, 0.87, 0.98]);
}

/// Ten Russian articles from regional and aggregator sites: the ministry's
/// count by region with `По два БПЛА`, a governor's toll updated in a
/// quote, drones downed on three different days;
/// scored as unseen text (F1 0.927) and studied since.
#[test]
fn real_russian_articles_of_the_fresh123_set_score_above_their_floor() {
    real_set("fresh123", [0.93, 0.90, 0.95, 0.98, 0.68, 0.98]);
}

/// Ten Ukrainian articles from city and national sites: a regional daily
/// summary, `Найменше п'ятеро`, `приблизно півтора десятка ракет`, a
/// headline label that names an attack, not a speaker;
/// scored as unseen text (F1 0.844) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh124_set_score_above_their_floor() {
    real_set("fresh124", [0.95, 0.89, 0.98, 0.98, 0.84, 0.98]);
}

/// Ten Russian-language articles from independent, Moldovan, Latvian and
/// Ukrainian outlets: `погибли семь человек, в том числе три ребенка, еще
/// 64 пострадали`, lists after a dash, `семью «шахедами»`;
/// scored as unseen text (F1 0.831) and studied since.
#[test]
fn real_russian_articles_of_the_fresh125_set_score_above_their_floor() {
    real_set("fresh125", [0.89, 0.83, 0.89, 0.98, 0.75, 0.98]);
}

/// Ten English articles from African, Asian and European sites on wire
/// copy: `a record-high 188`, drones that `strayed into Belarus`, monthly
/// totals after a colon;
/// scored as unseen text (F1 0.906) and studied since.
#[test]
fn real_english_articles_of_the_fresh126_set_score_above_their_floor() {
    real_set("fresh126", [0.90, 0.93, 0.96, 0.98, 0.68, 0.89]);
}

/// Ten Ukrainian articles from small and regional sites: `82 air targets –
/// 20 … 6 … 12`, tolls with children as parts of parts, monthly totals;
/// scored as unseen text (F1 0.906) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh127_set_score_above_their_floor() {
    real_set("fresh127", [0.92, 0.88, 0.98, 0.96, 0.86, 0.94]);
}

/// Eight Russian-language articles from Moldovan, Israeli, Belarusian and
/// regional sites: `Троим жильцам помощь оказана`, `До пяти выросло`, the
/// ministry's count by region;
/// scored as unseen text (F1 0.873) and studied since.
#[test]
fn real_russian_articles_of_the_fresh128_set_score_above_their_floor() {
    real_set("fresh128", [0.87, 0.94, 0.98, 0.98, 0.66, 0.98]);
}

/// Ten Ukrainian articles from city and district sites: `відомо про 14
/// постраждалих унаслідок атаки безпілотників`, `медики допомогли`, a
/// speaker named only as `він`;
/// scored as unseen text (F1 0.892) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh129_set_score_above_their_floor() {
    real_set("fresh129", [0.88, 0.76, 0.98, 0.98, 0.76, 0.98]);
}

/// Ten English articles from community, Gulf, African and Indian sites on
/// wire copy: `442 out of 476 drones`, the ministry's night and day counts,
/// a garbled rewrite;
/// scored as unseen text (F1 0.971) and studied since.
#[test]
fn real_english_articles_of_the_fresh130_set_score_above_their_floor() {
    real_set("fresh130", [0.95, 0.96, 0.98, 0.96, 0.78, 0.96]);
}

/// Eight Ukrainian articles from town-council, city and regional sites: a
/// council's daily bulletin, `удар, що включав понад 650 дронів`, figures
/// with no speaker;
/// scored as unseen text (F1 0.850) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh131_set_score_above_their_floor() {
    real_set("fresh131", [0.83, 0.92, 0.98, 0.98, 0.56, 0.98]);
}

/// Ten Ukrainian articles from regional papers, city portals and a city
/// council: `9 крилатих ракет і 3 безпілотники захисники з ПвК "Схід"
/// збили`, `Загинули 53 мешканці села`, tolls over two days;
/// scored as unseen text (F1 0.839) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh132_set_score_above_their_floor() {
    real_set("fresh132", [0.87, 0.98, 0.98, 0.98, 0.35, 0.98]);
}

/// Ten Russian articles from small sites, mirrors and reposts: `Один или
/// два дрона`, `от 10 до 30 дронов`, `о сбитии 71 беспилотника`, the
/// ministry's list by region with `по восемь`;
/// scored as unseen text (F1 0.889) and studied since.
#[test]
fn real_russian_articles_of_the_fresh133_set_score_above_their_floor() {
    real_set("fresh133", [0.88, 0.83, 0.90, 0.93, 0.71, 0.98]);
}

/// Ten English articles from Gulf, African, Turkish and US local sites:
/// `Fires 'Record' 75 Drones`, `74 out of 75`, tolls city by city;
/// scored as unseen text (F1 0.963) and studied since.
#[test]
fn real_english_articles_of_the_fresh134_set_score_above_their_floor() {
    real_set("fresh134", [0.94, 0.95, 0.98, 0.98, 0.98, 0.96]);
}

/// Seven Russian-language articles from émigré, occupied-area and
/// regional sites: `убив трех человек и ранив двух других`, weekly
/// tallies, `X of Y` counts;
/// scored as unseen text (F1 0.918) and studied since.
#[test]
fn real_russian_articles_of_the_fresh135_set_score_above_their_floor() {
    real_set("fresh135", [0.93, 0.84, 0.84, 0.98, 0.61, 0.91]);
}

/// Five Ukrainian articles from regional sites and aggregators: a daily
/// front report with soldier losses, a recap with no speaker, `одна`
/// killed and `ще одна` injured;
/// scored as unseen text (F1 0.727) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh136_set_score_above_their_floor() {
    real_set("fresh136", [0.70, 0.48, 0.98, 0.98, 0.60, 0.98]);
}

/// Ten Russian articles from occupied-area, federal and regional sites:
/// `По данным Рогова`, `Три БПЛА были направлены`, `один из них —
/// маленький ребенок`;
/// scored as unseen text (F1 0.921) and studied since.
#[test]
fn real_russian_articles_of_the_fresh137_set_score_above_their_floor() {
    real_set("fresh137", [0.93, 0.85, 0.91, 0.98, 0.85, 0.98]);
}

/// Ten Ukrainian articles from national and local sites: the Air Force's
/// morning report, rising tolls in timed updates, weekly totals,
/// `збити/придушити більшість цілей - 747 БПЛА`;
/// scored as unseen text (F1 0.915) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh138_set_score_above_their_floor() {
    real_set("fresh138", [0.89, 0.92, 0.98, 0.96, 0.70, 0.84]);
}

/// Ten Russian articles, most from outlets earlier sets also read: the
/// ministry's count by region in brackets, a governor's daily toll,
/// `Семнадцать раз враг применил артиллерию`;
/// scored as unseen text (F1 0.907) and studied since.
#[test]
fn real_russian_articles_of_the_fresh139_set_score_above_their_floor() {
    real_set("fresh139", [0.89, 0.98, 0.98, 0.96, 0.84, 0.93]);
}

/// Ten English articles from wire rewrites, blogs, TASS and Ukrainian
/// sites: `a score of drones`, `25 out of the 33`, `126 strike drones,
/// including Shahed, Gerbera ..., were launched`;
/// scored as unseen text (F1 0.902) and studied since.
#[test]
fn real_english_articles_of_the_fresh140_set_score_above_their_floor() {
    real_set("fresh140", [0.88, 0.94, 0.96, 0.98, 0.78, 0.96]);
}

/// Ten Russian-language articles from Kazakh, Armenian, Uzbek, Moldovan
/// and émigré sites: `украинские города атаковали российские ракеты`,
/// `подвергли Киев массированному удару`, `Более сотни ракет`;
/// scored as unseen text (F1 0.909) and studied since.
#[test]
fn real_russian_articles_of_the_fresh141_set_score_above_their_floor() {
    real_set("fresh141", [0.89, 0.96, 0.98, 0.94, 0.69, 0.98]);
}

/// Ten Ukrainian articles from city and national sites: injured listed
/// by age, `майже півсотнею безпілотників`, `шестеро дітей — троє
/// дівчаток та троє хлопчиків`;
/// scored as unseen text (F1 0.913) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh142_set_score_above_their_floor() {
    real_set("fresh142", [0.90, 0.91, 0.98, 0.98, 0.70, 0.98]);
}

/// Ten Russian articles from regional, federal and agency sites: `еще
/// пять человек спасти не удалось`, `13 раз ракетная опасность`, the
/// ministry's night count by region;
/// scored as unseen text (F1 0.923) and studied since.
#[test]
fn real_russian_articles_of_the_fresh143_set_score_above_their_floor() {
    real_set("fresh143", [0.95, 0.89, 0.92, 0.98, 0.62, 0.94]);
}

/// Ten English articles from wire copies on religious, business and
/// regional sites: `Three children are among seven people killed`,
/// `three others aged 23–45`, UN running totals;
/// scored as unseen text (F1 0.881) and studied since.
#[test]
fn real_english_articles_of_the_fresh144_set_score_above_their_floor() {
    real_set("fresh144", [0.86, 0.90, 0.90, 0.98, 0.68, 0.93]);
}

/// Ten Ukrainian articles, most from outlets earlier sets also read: the
/// Air Force's list by type after a colon, `Сил оборони`, the Russian
/// ministry's claims relayed with `нібито`;
/// scored as unseen text (F1 0.927) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh145_set_score_above_their_floor() {
    real_set("fresh145", [0.90, 0.94, 0.94, 0.96, 0.90, 0.98]);
}

/// Ten Russian articles, most from outlets earlier sets read: the
/// ministry's night count by region with `по 10 … по три`, a governor's
/// damage by district, Ukrainian claims relayed in Russian;
/// scored as unseen text (F1 0.979) and studied since.
#[test]
fn real_russian_articles_of_the_fresh146_set_score_above_their_floor() {
    real_set("fresh146", [0.95, 0.93, 0.98, 0.98, 0.91, 0.98]);
}

/// Ten Ukrainian articles from regional and national sites: ОВА heads,
/// the Air Force's count by region after a colon, launch sites listed
/// past their own names, `вдарили 13 ракетами`;
/// scored as unseen text (F1 0.952) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh147_set_score_above_their_floor() {
    real_set("fresh147", [0.93, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten English articles from syndicated wire copy and Ukrainian outlets
/// in English: `Those killed ... included five children`, `two others
/// were treated on the spot`, the ministry's list by region;
/// scored as unseen text (F1 0.959) and studied since.
#[test]
fn real_english_articles_of_the_fresh148_set_score_above_their_floor() {
    real_set("fresh148", [0.95, 0.96, 0.93, 0.96, 0.89, 0.95]);
}

/// Ten Russian articles quoting both sides: a toll rising through the
/// morning, `2 баллистическими ракетами "Искандер-М" и 138
/// беспилотниками; 114 дронов удалось обезвредить`, a governor's
/// damage by district;
/// scored as unseen text (F1 0.959) and studied since.
#[test]
fn real_russian_articles_of_the_fresh149_set_score_above_their_floor() {
    real_set("fresh149", [0.95, 0.94, 0.96, 0.94, 0.92, 0.98]);
}

/// Ten Ukrainian articles of rising tolls and round-ups across regions:
/// `у Солом'янському районі Києва загинуло 7 людей`, weekly totals told
/// three times, lists by weapon;
/// scored as unseen text (F1 0.951) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh150_set_score_above_their_floor() {
    real_set("fresh150", [0.93, 0.96, 0.96, 0.96, 0.98, 0.98]);
}

/// Ten English articles from live blogs, a UN monitoring update and wire
/// copy: `were able to stop two missiles and 60 drones, while 14 others
/// likely crashed`, verbless headings;
/// scored as unseen text (F1 0.917) and studied since.
#[test]
fn real_english_articles_of_the_fresh151_set_score_above_their_floor() {
    real_set("fresh151", [0.94, 0.91, 0.98, 0.98, 0.73, 0.93]);
}

/// Ten Russian articles from governors' and the ministry's posts on
/// regional sites: damage by settlement, birth years beside counts,
/// `Более ста`, munitions by the day;
/// scored as unseen text (F1 0.926) and studied since.
#[test]
fn real_russian_articles_of_the_fresh152_set_score_above_their_floor() {
    real_set("fresh152", [0.90, 0.90, 0.87, 0.98, 0.96, 0.98]);
}

/// Ten Ukrainian articles: the General Staff's losses as bullets, ОВА
/// heads' daily lists, an Air Force list after a colon, a spokesman
/// quoted on television;
/// scored as unseen text (F1 0.939) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh153_set_score_above_their_floor() {
    real_set("fresh153", [0.91, 0.91, 0.98, 0.98, 0.74, 0.89]);
}

/// Ten English articles from UN, NGO, agency and Ukrainian sites:
/// `Eight adults are also receiving inpatient treatment`, the ministry's
/// count against a governor's, running totals;
/// scored as unseen text (F1 0.918) and studied since.
#[test]
fn real_english_articles_of_the_fresh154_set_score_above_their_floor() {
    real_set("fresh154", [0.90, 0.89, 0.98, 0.98, 0.93, 0.95]);
}

/// Ten Russian articles from exile, federal and regional outlets:
/// `Четверо от госпитализации отказались`, the ministry's count by
/// region in brackets, a mayor's running count;
/// scored as unseen text (F1 0.935) and studied since.
#[test]
fn real_russian_articles_of_the_fresh155_set_score_above_their_floor() {
    real_set("fresh155", [0.92, 0.98, 0.98, 0.98, 0.88, 0.98]);
}

/// Ten Ukrainian articles from regional and national sites: the Russian
/// ministry's claims relayed with `нібито`, a toll rising through the
/// day, `дев'ять ударів ... дронами`;
/// scored as unseen text (F1 0.979) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh156_set_score_above_their_floor() {
    real_set("fresh156", [0.95, 0.98, 0.98, 0.98, 0.95, 0.98]);
}

/// Ten English articles from live blogs and round-ups: `three children
/// were among the 28 wounded`, `Among those who died is one child`, a
/// toll rising over the day;
/// scored as unseen text (F1 0.945) and studied since.
#[test]
fn real_english_articles_of_the_fresh157_set_score_above_their_floor() {
    real_set("fresh157", [0.94, 0.94, 0.98, 0.98, 0.77, 0.98]);
}

/// Ten Ukrainian articles from 2022, 2023 and 2026: a UN monthly
/// digest, a regional daily digest, `50 ракет і майже 300 дронів:` as a
/// headline;
/// scored as unseen text (F1 0.924) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh158_set_score_above_their_floor() {
    real_set("fresh158", [0.92, 0.90, 0.98, 0.96, 0.98, 0.98]);
}

/// Ten Russian articles from federal and Ukrainian outlets: three
/// competing tolls of one strike, `три ракеты ударили в объект`, running
/// totals since the war began;
/// scored as unseen text (F1 0.957) and studied since.
#[test]
fn real_russian_articles_of_the_fresh159_set_score_above_their_floor() {
    real_set("fresh159", [0.94, 0.98, 0.96, 0.98, 0.96, 0.98]);
}

/// Ten English articles from Indian, Gulf, African and Pacific sites:
/// `said that of the 28 cruise missiles ..., sixteen were intercepted`,
/// `27 drones out of a total of 158 aerial targets`;
/// scored as unseen text (F1 0.951) and studied since.
#[test]
fn real_english_articles_of_the_fresh160_set_score_above_their_floor() {
    real_set("fresh160", [0.95, 0.95, 0.92, 0.96, 0.92, 0.95]);
}

/// Ten Russian articles from Ukrainian outlets' Russian editions and
/// Russian regional sites: `12 wounded, of whom three died`, a headline
/// toll against the body's first count;
/// scored as unseen text (F1 0.929) and studied since.
#[test]
fn real_russian_articles_of_the_fresh161_set_score_above_their_floor() {
    real_set("fresh161", [0.90, 0.94, 0.98, 0.98, 0.79, 0.98]);
}

/// Ten Ukrainian articles: the Air Force's morning report in full (by
/// type, by launch area, hits by place), a mayor's running count, Russian
/// governors as Ukrainian outlets relay them;
/// scored as unseen text (F1 0.982) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh162_set_score_above_their_floor() {
    real_set("fresh162", [0.96, 0.98, 0.98, 0.98, 0.85, 0.98]);
}

/// Ten Russian articles: the ministry's count by region in brackets,
/// `12 российских ракет и 20 беспилотников сбить не удалось`, a
/// governor's count against an emergency service's;
/// scored as unseen text (F1 0.921) and studied since.
#[test]
fn real_russian_articles_of_the_fresh163_set_score_above_their_floor() {
    real_set("fresh163", [0.92, 0.98, 0.96, 0.96, 0.75, 0.98]);
}

/// Ten Ukrainian articles from city heads and ОВА posts: `26 із них сили
/// протиповітряної оборони знешкодили`, a toll rising with children as
/// a part, headlines that name no one;
/// scored as unseen text (F1 0.901) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh164_set_score_above_their_floor() {
    real_set("fresh164", [0.88, 0.93, 0.98, 0.98, 0.85, 0.98]);
}

/// Ten English articles from agency copy and new outlets: `59 vanish
/// from radars`, `32 of the 44 ... drones Russia had launched ... were
/// destroyed`, both sides' claims for one night;
/// scored as unseen text (F1 0.935) and studied since.
#[test]
fn real_english_articles_of_the_fresh165_set_score_above_their_floor() {
    real_set("fresh165", [0.94, 0.98, 0.96, 0.98, 0.83, 0.94]);
}

/// Ten Russian articles from regional sites and foreign services:
/// governors' daily summaries, the ministry's list by region, `около
/// полутора десятка`;
/// scored as unseen text (F1 0.951) and studied since.
#[test]
fn real_russian_articles_of_the_fresh166_set_score_above_their_floor() {
    real_set("fresh166", [0.93, 0.93, 0.93, 0.98, 0.89, 0.98]);
}

/// Ten Ukrainian articles from regional sites: an Air Force report by
/// region, ОВА daily posts, the Russian ministry's claims relayed with
/// `нібито`;
/// scored as unseen text (F1 0.950) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh167_set_score_above_their_floor() {
    real_set("fresh167", [0.94, 0.95, 0.95, 0.98, 0.98, 0.98]);
}

/// Ten Russian articles, half about attacks on Ukraine: a Moscow-region
/// round-up of three heads, an Air Force night report relayed in
/// Russian, a ministry count of 216;
/// scored as unseen text (F1 0.861) and studied since.
#[test]
fn real_russian_articles_of_the_fresh168_set_score_above_their_floor() {
    real_set("fresh168", [0.84, 0.98, 0.98, 0.98, 0.91, 0.98]);
}

/// Ten Ukrainian articles: casualty posts, governors' daily lists of
/// weapons by type, a national drone count told beside a city's;
/// scored as unseen text (F1 0.917) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh169_set_score_above_their_floor() {
    real_set("fresh169", [0.89, 0.94, 0.94, 0.98, 0.76, 0.98]);
}

/// Ten Ukrainian articles that name their source once or not at all:
/// `Збито 102/127 ракет і 99/109 ударних БпЛА`, round-ups of regions,
/// a headline count against the body's;
/// scored as unseen text (F1 0.896) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh170_set_score_above_their_floor() {
    real_set("fresh170", [0.92, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian articles that name their source once or not at all: the
/// ministry's count by region with `по четыре`, two counts of one
/// strike's injured;
/// scored as unseen text (F1 0.951) and studied since.
#[test]
fn real_russian_articles_of_the_fresh171_set_score_above_their_floor() {
    real_set("fresh171", [0.93, 0.98, 0.98, 0.98, 0.94, 0.98]);
}

/// Ten English articles from local and foreign sites carrying wire
/// copy: `liquidate 30 out of 31 enemy drones, Air Force reports`,
/// `Two drones got back to Russia`, nights told over several days;
/// scored as unseen text (F1 0.876) and studied since.
#[test]
fn real_english_articles_of_the_fresh172_set_score_above_their_floor() {
    real_set("fresh172", [0.90, 0.87, 0.94, 0.92, 0.82, 0.96]);
}

/// Ten Ukrainian articles on attacks on Russia as Ukrainian outlets
/// relay them: the ministry's lists by region, a governor's toll with
/// children as parts, refinery strikes;
/// scored as unseen text (F1 0.933) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh173_set_score_above_their_floor() {
    real_set("fresh173", [0.91, 0.93, 0.87, 0.98, 0.79, 0.98]);
}

/// Ten Russian articles from regional sites: governors' posts, `24
/// перехватили над Брянской областью, ..., один — над Курской`, counts
/// of attacks as times;
/// scored as unseen text (F1 0.966) and studied since.
#[test]
fn real_russian_articles_of_the_fresh174_set_score_above_their_floor() {
    real_set("fresh174", [0.95, 0.98, 0.94, 0.98, 0.78, 0.98]);
}

/// Ten Ukrainian articles from regional sites: emergency-service posts,
/// a source named as a heading line, an Air Force report by weapon
/// type;
/// scored as unseen text (F1 0.933) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh175_set_score_above_their_floor() {
    real_set("fresh175", [0.91, 0.87, 0.98, 0.95, 0.89, 0.98]);
}

/// Ten Russian articles from 2022 to 2026: `рашисты запустили 111
/// ударных БПЛА с направлений Брянска`, a ministry bulletin by region,
/// exile and foreign services;
/// scored as unseen text (F1 0.883) and studied since.
#[test]
fn real_russian_articles_of_the_fresh176_set_score_above_their_floor() {
    real_set("fresh176", [0.86, 0.98, 0.98, 0.98, 0.82, 0.98]);
}

/// Ten Ukrainian articles: governors' morning posts by district, a
/// round-up under a `Джерело:` line, `16 ракет із 16 ракет`;
/// scored as unseen text (F1 0.929) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh177_set_score_above_their_floor() {
    real_set("fresh177", [0.90, 0.93, 0.93, 0.95, 0.98, 0.98]);
}

/// Ten Russian articles from 2022 to 2026: tolls from a police chief
/// and a governor, a ministry bulletin by region, weekly running totals
/// beside daily ones;
/// scored as unseen text (F1 0.973) and studied since.
#[test]
fn real_russian_articles_of_the_fresh178_set_score_above_their_floor() {
    real_set("fresh178", [0.95, 0.94, 0.94, 0.98, 0.94, 0.98]);
}

/// Ten English articles from local US, Gulf, Indian and Iranian sites:
/// `Russia had launched a total of 81 drones ..., it said`, `44 out of
/// over 50`, a ministry list in brackets;
/// scored as unseen text (F1 0.971) and studied since.
#[test]
fn real_english_articles_of_the_fresh179_set_score_above_their_floor() {
    real_set("fresh179", [0.95, 0.98, 0.96, 0.98, 0.86, 0.95]);
}

/// Ten Ukrainian articles where one official gives several figures
/// after being named once: `Близько 30 дронів не було збито`, police
/// counts by town, a list of weapons;
/// scored as unseen text (F1 0.935) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh180_set_score_above_their_floor() {
    real_set("fresh180", [0.93, 0.96, 0.98, 0.98, 0.77, 0.92]);
}

/// Ten Russian articles relaying officials: governors, mayors, the
/// ministry, `по три / по два / по одному`, a toll rising from one to
/// three;
/// scored as unseen text (F1 0.989) and studied since.
#[test]
fn real_russian_articles_of_the_fresh181_set_score_above_their_floor() {
    real_set("fresh181", [0.96, 0.98, 0.91, 0.98, 0.88, 0.98]);
}

/// Ten Ukrainian short posts with figures in their headlines: a city
/// council's news item, emergency-service tolls with children as
/// parts, `Сім із них збили`;
/// scored as unseen text (F1 0.880) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh182_set_score_above_their_floor() {
    real_set("fresh182", [0.86, 0.91, 0.98, 0.98, 0.88, 0.98]);
}

/// Ten Russian articles with headlines that name no one: `Из семи ракет
/// ... ПВО сумела сбить одну`, a `Напомним` heading over the other
/// side's night;
/// scored as unseen text (F1 0.959) and studied since.
#[test]
fn real_russian_articles_of_the_fresh183_set_score_above_their_floor() {
    real_set("fresh183", [0.93, 0.94, 0.96, 0.96, 0.87, 0.98]);
}

/// Ten Ukrainian articles relaying the Air Force and a regional head:
/// `Ворог завдав трьох ракетних ударів`, `2 з 3` Kalibr missiles, a
/// weekly running total;
/// scored as unseen text (F1 0.861) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh184_set_score_above_their_floor() {
    real_set("fresh184", [0.84, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten English articles dated by weekday: `six ... drones (out of a
/// total of 12)`, both sides' claims of 61 drones, `more than 600` in
/// all;
/// scored as unseen text (F1 0.954) and studied since.
#[test]
fn real_english_articles_of_the_fresh185_set_score_above_their_floor() {
    real_set("fresh185", [0.94, 0.96, 0.98, 0.98, 0.79, 0.98]);
}

/// Ten Ukrainian articles from regional sites and ОВА posts: emergency-
/// service tolls, `майже чотирьох десятків` Shaheds, a damage post with
/// no core figure and a birth year;
/// scored as unseen text (F1 0.930) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh186_set_score_above_their_floor() {
    real_set("fresh186", [0.91, 0.98, 0.95, 0.98, 0.98, 0.98]);
}

/// Ten Russian articles: governors' daily posts, a ministry bulletin
/// of two parts, `восемь и четыре ... соответственно`, a Moscow mayor's
/// counts one at a time;
/// scored as unseen text (F1 0.925) and studied since.
#[test]
fn real_russian_articles_of_the_fresh187_set_score_above_their_floor() {
    real_set("fresh187", [0.90, 0.91, 0.95, 0.98, 0.35, 0.98]);
}

/// Ten English articles from regional and foreign sites: a Belarusian
/// copy of a ministry list, both sides' claims for one night, `about
/// 120 missiles and 90 drones`;
/// scored as unseen text (F1 0.930) and studied since.
#[test]
fn real_english_articles_of_the_fresh188_set_score_above_their_floor() {
    real_set("fresh188", [0.92, 0.90, 0.98, 0.96, 0.77, 0.93]);
}

/// Ten Ukrainian articles with both an Air Force report and a regional
/// toll: hits by location, drones that crossed into Romania, a
/// headline count against the body's;
/// scored as unseen text (F1 0.899) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh189_set_score_above_their_floor() {
    real_set("fresh189", [0.88, 0.96, 0.98, 0.96, 0.86, 0.92]);
}

/// Ten Russian articles from outlets outside Russia: Air Force reports
/// in Russian, drones that flew off to Belarus, a Sevastopol toll set
/// against the ministry's count;
/// scored as unseen text (F1 0.929) and studied since.
#[test]
fn real_russian_articles_of_the_fresh190_set_score_above_their_floor() {
    real_set("fresh190", [0.91, 0.94, 0.98, 0.98, 0.82, 0.98]);
}

/// Ten Ukrainian short posts: Air Force totals with `не дістались до
/// цілі`, `з шести напрямків`, city heads on damage and stress cases;
/// scored as unseen text (F1 0.912) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh191_set_score_above_their_floor() {
    real_set("fresh191", [0.92, 0.98, 0.98, 0.98, 0.88, 0.98]);
}

/// Ten Russian articles of ministry bulletins by region and governors'
/// posts: two nights in one text, `воздушных целей`, `по одному`;
/// scored as unseen text (F1 0.992) and studied since.
#[test]
fn real_russian_articles_of_the_fresh192_set_score_above_their_floor() {
    real_set("fresh192", [0.98, 0.96, 0.96, 0.98, 0.82, 0.98]);
}

/// Ten English articles from Ukrainian English services and wires:
/// `Ten out of ten`, `loitering ammunition`, `impacted across 15
/// locations`, a governor's daily post in TASS copy;
/// scored as unseen text (F1 0.919) and studied since.
#[test]
fn real_english_articles_of_the_fresh193_set_score_above_their_floor() {
    real_set("fresh193", [0.91, 0.98, 0.98, 0.98, 0.94, 0.98]);
}

/// Ten Ukrainian articles on governors' posts after day and night
/// strikes: tolls that rise through the day, two heads' different
/// counts, `5-ма видами ракет`;
/// scored as unseen text (F1 0.924) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh194_set_score_above_their_floor() {
    real_set("fresh194", [0.90, 0.98, 0.98, 0.98, 0.81, 0.98]);
}

/// Ten Russian articles on attacks on Moscow, Tula, Tatarstan, Saratov,
/// Ufa: `пять, затем шесть и позже еще десять`, `не выжили`, a ministry
/// list of regions;
/// scored as unseen text (F1 0.925) and studied since.
#[test]
fn real_russian_articles_of_the_fresh195_set_score_above_their_floor() {
    real_set("fresh195", [0.94, 0.93, 0.95, 0.98, 0.83, 0.98]);
}

/// Ten English articles with Russian-side figures: the ministry's
/// counts by region and sea, `fended off`, both sides' claims set side
/// by side;
/// scored as unseen text (F1 0.920) and studied since.
#[test]
fn real_english_articles_of_the_fresh196_set_score_above_their_floor() {
    real_set("fresh196", [0.91, 0.94, 0.98, 0.96, 0.98, 0.98]);
}

/// Ten Russian articles from Russian editions of Ukrainian outlets:
/// `7 долетело, 9 сбили`, `В ударе было около 430 дронов`, tolls from
/// two officials that differ;
/// scored as unseen text (F1 0.860) and studied since.
#[test]
fn real_russian_articles_of_the_fresh197_set_score_above_their_floor() {
    real_set("fresh197", [0.89, 0.95, 0.98, 0.98, 0.64, 0.98]);
}

/// Ten Ukrainian articles with numbers as words: `двоє з них – діти`,
/// Russian ministry claims relayed with `нібито`, a governor's list by
/// district;
/// scored as unseen text (F1 0.951) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh198_set_score_above_their_floor() {
    real_set("fresh198", [0.93, 0.98, 0.98, 0.95, 0.91, 0.98]);
}

/// Ten English articles of wire copy: `including three small
/// children`, `Five of the seven`, `one of those killed`, a ministry
/// count by region in words;
/// scored as unseen text (F1 0.929) and studied since.
#[test]
fn real_english_articles_of_the_fresh199_set_score_above_their_floor() {
    real_set("fresh199", [0.90, 0.98, 0.98, 0.98, 0.86, 0.98]);
}

/// Ten Russian articles from regional sites: governors' damage lists
/// (homes, cars, blocks of flats), `атаки 12 беспилотников`, a
/// Kharkiv governor's weapons list in Russian;
/// scored as unseen text (F1 0.800) and studied since.
#[test]
fn real_russian_articles_of_the_fresh200_set_score_above_their_floor() {
    real_set("fresh200", [0.78, 0.98, 0.98, 0.98, 0.75, 0.98]);
}

/// Ten Ukrainian articles of Air Force reports in full: launched by
/// type, downed or suppressed, `locationally lost`, hits by location;
/// scored as unseen text (F1 0.926) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh201_set_score_above_their_floor() {
    real_set("fresh201", [0.90, 0.96, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Ukrainian articles of 2023 and early 2024: launch sites in
/// brackets (`[Крим]`), Russian claims relayed in Ukrainian, two
/// Russian counts of one night;
/// scored as unseen text (F1 0.891) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh202_set_score_above_their_floor() {
    real_set("fresh202", [0.88, 0.76, 0.69, 0.98, 0.87, 0.98]);
}

/// Ten Russian articles of 2023 and 2024: the ministry against a
/// Telegram channel, `восемь единиц — перехвачено`, governors' damage
/// lists;
/// scored as unseen text (F1 0.897) and studied since.
#[test]
fn real_russian_articles_of_the_fresh203_set_score_above_their_floor() {
    real_set("fresh203", [0.90, 0.96, 0.94, 0.98, 0.92, 0.98]);
}

/// Ten English articles from Ukrainian English-language media: tolls
/// revised through the day, `a man of 74 and his wife of 69`, district
/// counts in brackets;
/// scored as unseen text (F1 0.867) and studied since.
#[test]
fn real_english_articles_of_the_fresh204_set_score_above_their_floor() {
    real_set("fresh204", [0.88, 0.86, 0.96, 0.98, 0.85, 0.98]);
}

/// Ten Russian articles on strikes on Ukrainian cities: tolls from two
/// officials, `ранены ... — не менее шести человек`, a count of guided
/// bombs;
/// scored as unseen text (F1 0.000: the first build stopped on one of
/// its articles) and studied since.
#[test]
fn real_russian_articles_of_the_fresh205_set_score_above_their_floor() {
    real_set("fresh205", [0.91, 0.92, 0.98, 0.94, 0.92, 0.98]);
}

/// Ten Ukrainian digests of a night: several sources in one text,
/// `Майже 80 безпілотників становили «шахеди»`, a headline with no verb;
/// scored as unseen text (F1 0.923) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh206_set_score_above_their_floor() {
    real_set("fresh206", [0.91, 0.93, 0.93, 0.95, 0.81, 0.98]);
}

/// Ten English articles on the largest attacks: `653 drones and 51
/// missiles`, `Most of the drones – 53 in total – were intercepted`,
/// running totals of two and three days;
/// scored as unseen text (F1 0.907) and studied since.
#[test]
fn real_english_articles_of_the_fresh207_set_score_above_their_floor() {
    real_set("fresh207", [0.91, 0.94, 0.98, 0.98, 0.85, 0.98]);
}

/// Ten Russian short items from agencies: bulleted ministry lists, a
/// governor's toll by sex and severity, `сбито и подавлено`;
/// scored as unseen text (F1 0.929) and studied since.
#[test]
fn real_russian_articles_of_the_fresh208_set_score_above_their_floor() {
    real_set("fresh208", [0.90, 0.98, 0.93, 0.98, 0.93, 0.98]);
}

/// Ten Ukrainian articles on Russian claims and Russian losses: `приземлила
/// понад 15`, a Belgorod governor in Ukrainian, `у повітряному просторі
/// перебувало 90 дронів`;
/// scored as unseen text (F1 0.865) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh209_set_score_above_their_floor() {
    real_set("fresh209", [0.87, 0.85, 0.94, 0.98, 0.67, 0.98]);
}

/// Ten Ukrainian articles on western and central regions: ОВА posts,
/// `майже два з половиною десятки`, a relay of the night before's count;
/// scored as unseen text (F1 0.919) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh210_set_score_above_their_floor() {
    real_set("fresh210", [0.89, 0.92, 0.98, 0.98, 0.80, 0.98]);
}

/// Ten Russian articles from outlets on both sides and beyond: a Kazakh
/// ministry's statement, a front-line summary, `19 дронов заметили`;
/// scored as unseen text (F1 0.895) and studied since.
#[test]
fn real_russian_articles_of_the_fresh211_set_score_above_their_floor() {
    real_set("fresh211", [0.87, 0.89, 0.92, 0.95, 0.80, 0.98]);
}

/// Ten English articles of 2023 and 2024 wire copy: `7 of 10` Kalibr
/// missiles, `bullets` for missiles, a live page's `What we know`;
/// scored as unseen text (F1 0.958) and studied since.
#[test]
fn real_english_articles_of_the_fresh212_set_score_above_their_floor() {
    real_set("fresh212", [0.93, 0.87, 0.95, 0.98, 0.95, 0.96]);
}

/// Ten Ukrainian articles on the south and east: governors' daily tolls
/// in words, counts of strikes, `З 17 дронів 14 знищено`;
/// scored as unseen text (F1 0.845) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh213_set_score_above_their_floor() {
    real_set("fresh213", [0.82, 0.98, 0.98, 0.98, 0.68, 0.98]);
}

/// Ten Russian articles on border regions, Crimea and occupied
/// Donetsk: shells by district, competing tolls of one collapse, a
/// shipyard strike;
/// scored as unseen text (F1 0.868) and studied since.
#[test]
fn real_russian_articles_of_the_fresh214_set_score_above_their_floor() {
    real_set("fresh214", [0.84, 0.98, 0.95, 0.98, 0.54, 0.91]);
}

/// Ten Ukrainian articles from ОВА and city posts: Air Force counts of
/// `629` targets against a record, weekly running totals, a toll given
/// three times in one text;
/// scored as unseen text (F1 0.918) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh215_set_score_above_their_floor() {
    real_set("fresh215", [0.89, 0.95, 0.98, 0.98, 0.57, 0.78]);
}

/// Ten Russian articles: ministry bulletins by region (`по восемь
/// устройств`, `Атаки отражали также над ...`), a governor's daily
/// tally, Air Force reports relayed in Russian;
/// scored as unseen text (F1 0.890) and studied since.
#[test]
fn real_russian_articles_of_the_fresh216_set_score_above_their_floor() {
    real_set("fresh216", [0.93, 0.96, 0.98, 0.95, 0.88, 0.98]);
}

/// Ten English articles of wire copy abroad: record nights against
/// earlier records, a governor who revises his own count, a briefing
/// in bullet points;
/// scored as unseen text (F1 0.923) and studied since.
#[test]
fn real_english_articles_of_the_fresh217_set_score_above_their_floor() {
    real_set("fresh217", [0.90, 0.96, 0.94, 0.94, 0.89, 0.98]);
}

/// Ten Ukrainian articles from regional sites: a toll split by district,
/// an occupation authority's claims relayed, an Air Command's count by
/// district, `Станом на 14:30`;
/// scored as unseen text (F1 0.967) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh218_set_score_above_their_floor() {
    real_set("fresh218", [0.94, 0.84, 0.86, 0.98, 0.82, 0.98]);
}

/// Ten Russian articles: regional heads on both sides, a ministry count
/// for a two-hour window, two officials' differing tolls of one strike;
/// scored as unseen text (F1 0.900) and studied since.
#[test]
fn real_russian_articles_of_the_fresh219_set_score_above_their_floor() {
    real_set("fresh219", [0.88, 0.86, 0.79, 0.98, 0.72, 0.83]);
}

/// Ten Ukrainian articles on missile and drone nights: `114 з 158`,
/// damage by district, a toll revised within the text;
/// scored as unseen text (F1 0.987) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh220_set_score_above_their_floor() {
    real_set("fresh220", [0.96, 0.98, 0.98, 0.98, 0.84, 0.98]);
}

/// Ten Russian articles from outlets in Ukraine and Russia: a toll that
/// rises through a post with a bullet summary, ministry counts by region;
/// scored as unseen text (F1 0.962) and studied since.
#[test]
fn real_russian_articles_of_the_fresh221_set_score_above_their_floor() {
    real_set("fresh221", [0.94, 0.98, 0.98, 0.96, 0.78, 0.96]);
}

/// Ten English articles from Ukrainian English services and Russian state
/// media: `Victims: 1 dead, 3 wounded`, two counts of one night set side by
/// side, a key-events list;
/// scored as unseen text (F1 0.978) and studied since.
#[test]
fn real_english_articles_of_the_fresh222_set_score_above_their_floor() {
    real_set("fresh222", [0.95, 0.98, 0.98, 0.98, 0.86, 0.96]);
}

/// Ten Russian-language articles from Ukrainian outlets: `враг` and
/// `оккупанты`, weekly totals, tolls with nested parts (`из них`);
/// scored as unseen text (F1 0.921) and studied since.
#[test]
fn real_russian_articles_of_the_fresh223_set_score_above_their_floor() {
    real_set("fresh223", [0.90, 0.83, 0.92, 0.98, 0.83, 0.98]);
}

/// Ten Ukrainian articles of city and regional heads: `серед 23
/// поранених – дитина`, parts within parts (`п'ятеро дітей (двоє з них
/// у Дніпрі)`), ages as traps;
/// scored as unseen text (F1 0.892) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh224_set_score_above_their_floor() {
    real_set("fresh224", [0.89, 0.87, 0.98, 0.98, 0.74, 0.98]);
}

/// Ten English articles from monitors and papers abroad: a live blog
/// with timestamps, a summary in `Key Points`, sanctions and money that
/// are not figures;
/// scored as unseen text (F1 0.908) and studied since.
#[test]
fn real_english_articles_of_the_fresh225_set_score_above_their_floor() {
    real_set("fresh225", [0.88, 0.94, 0.96, 0.98, 0.86, 0.98]);
}

/// Ten Ukrainian articles on day-time strikes in the west and centre:
/// tolls that rise through the text, `Такі дані оприлюднили у ОВА` as a
/// paragraph of its own;
/// scored as unseen text (F1 0.960) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh226_set_score_above_their_floor() {
    real_set("fresh226", [0.94, 0.87, 0.98, 0.95, 0.89, 0.98]);
}

/// Ten Russian articles from Moscow and Crimea: a mayor's posts one
/// drone at a time, bulletins for time windows, `над Брянской — 24, а над
/// Белгородской — 21 аппарат`;
/// scored as unseen text (F1 0.961) and studied since.
#[test]
fn real_russian_articles_of_the_fresh227_set_score_above_their_floor() {
    real_set("fresh227", [0.98, 0.90, 0.98, 0.98, 0.86, 0.98]);
}

/// Ten Ukrainian articles from national outlets: missile types in Air
/// Force reports, `збито/подавлено`, Russian ministry claims relayed by
/// region;
/// scored as unseen text (F1 0.963) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh228_set_score_above_their_floor() {
    real_set("fresh228", [0.95, 0.96, 0.98, 0.98, 0.78, 0.98]);
}

/// Ten Russian articles on refineries, airfields and border regions:
/// hospital details, `31 из них не удалось перехватить`, counts of
/// firefighters and engines;
/// scored as unseen text (F1 0.909) and studied since.
#[test]
fn real_russian_articles_of_the_fresh229_set_score_above_their_floor() {
    real_set("fresh229", [0.92, 0.94, 0.90, 0.98, 0.82, 0.98]);
}

/// Ten English articles from Ukrainian English-language media: a
/// ministry list of 13 regions, `12 over the Kursk and Lipetsk regions`
/// (each), counts of bombers that are no figures;
/// scored as unseen text (F1 0.935) and studied since.
#[test]
fn real_english_articles_of_the_fresh230_set_score_above_their_floor() {
    real_set("fresh230", [0.91, 0.94, 0.98, 0.98, 0.74, 0.74]);
}

/// Ten Ukrainian articles from the front-line regions: daily tolls,
/// counts of shellings and settlements, Russian claims relayed with
/// `нібито` and `по 8`;
/// scored as unseen text (F1 0.966) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh231_set_score_above_their_floor() {
    real_set("fresh231", [0.94, 0.98, 0.98, 0.98, 0.78, 0.94]);
}

/// Ten Russian articles from occupation heads and border governors:
/// shells and attacks counted apart from drones, a ministry list by region;
/// scored as unseen text (F1 0.971) and studied since.
#[test]
fn real_russian_articles_of_the_fresh232_set_score_above_their_floor() {
    real_set("fresh232", [0.95, 0.96, 0.90, 0.98, 0.86, 0.98]);
}

/// Ten English articles of wire copy on energy strikes: `84 of 99`,
/// Kinzhals among missiles, a prisoner exchange, a substation hit;
/// scored as unseen text (F1 0.930) and studied since.
#[test]
fn real_english_articles_of_the_fresh233_set_score_above_their_floor() {
    real_set("fresh233", [0.91, 0.93, 0.98, 0.93, 0.95, 0.98]);
}

/// Ten Ukrainian city portals: tolls that rise (`загиблих зросла до 8,
/// постраждалих – до 84`), a day's strikes listed by kind (`754 удари`),
/// live updates;
/// scored as unseen text (F1 0.905) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh234_set_score_above_their_floor() {
    real_set("fresh234", [0.94, 0.96, 0.96, 0.96, 0.86, 0.98]);
}

/// Ten Russian articles of governors' posts and ministry counts over
/// regions and seas: uncrewed boats, `сотню`, a day's count over `за
/// сутки`;
/// scored as unseen text (F1 0.887) and studied since.
#[test]
fn real_russian_articles_of_the_fresh235_set_score_above_their_floor() {
    real_set("fresh235", [0.86, 0.98, 0.98, 0.98, 0.87, 0.98]);
}

/// Ten Ukrainian relays of Air Force reports (`збито або подавлено`,
/// `локаційно втрачено`), a read-also headline, a police daily summary;
/// scored as unseen text (F1 0.915) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh236_set_score_above_their_floor() {
    real_set("fresh236", [0.90, 0.93, 0.98, 0.98, 0.60, 0.98]);
}

/// Ten Russian articles on attacks on industry and airports: stranded
/// passengers, weekly totals with daily peaks, Air Force reports
/// relayed from abroad;
/// scored as unseen text (F1 0.926) and studied since.
#[test]
fn real_russian_articles_of_the_fresh237_set_score_above_their_floor() {
    real_set("fresh237", [0.90, 0.92, 0.96, 0.92, 0.82, 0.98]);
}

/// Ten English articles from European papers and live pages: tolls
/// revised upward, a governor's post quoted as a block, counts of
/// missing and saved;
/// scored as unseen text (F1 0.939) and studied since.
#[test]
fn real_english_articles_of_the_fresh238_set_score_above_their_floor() {
    real_set("fresh238", [0.91, 0.93, 0.98, 0.96, 0.79, 0.98]);
}

/// Ten Ukrainian articles with several speakers each: the Air Force,
/// regional heads, a `Джерело:` line, `Нагадаємо` recaps, weekly totals
/// written two ways;
/// scored as unseen text (F1 0.943) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh239_set_score_above_their_floor() {
    real_set("fresh239", [0.92, 0.98, 0.98, 0.95, 0.85, 0.98]);
}

/// Ten Russian articles with several speakers each: a governor quoting
/// the ministry, a correction from 71 to 74 of 75, `от 1 до 4`, `всего
/// 17`;
/// scored as unseen text (F1 0.935) and studied since.
#[test]
fn real_russian_articles_of_the_fresh240_set_score_above_their_floor() {
    real_set("fresh240", [0.91, 0.98, 0.98, 0.96, 0.94, 0.98]);
}

/// Ten Ukrainian articles on day-time and night attacks: a post after
/// midnight about the evening before, `вдень`, `ранковий удар КАБами`;
/// scored as unseen text (F1 0.963) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh241_set_score_above_their_floor() {
    real_set("fresh241", [0.94, 0.96, 0.98, 0.98, 0.86, 0.98]);
}

/// Ten Russian articles on day-time and night attacks: `Утром
/// Минобороны сообщило`, a daily summary published the day after,
/// strikes counted by kind;
/// scored as unseen text (F1 0.931) and studied since.
#[test]
fn real_russian_articles_of_the_fresh242_set_score_above_their_floor() {
    real_set("fresh242", [0.91, 0.98, 0.98, 0.98, 0.83, 0.98]);
}

/// Ten Ukrainian posts of regional and city heads on day-time strikes:
/// tolls that rise through the day (`зросла до п‘яти`, `станом на
/// 14:30`), a figure of the emergency service above the mayor's;
/// scored as unseen text (F1 0.886) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh243_set_score_above_their_floor() {
    real_set("fresh243", [0.91, 0.88, 0.93, 0.98, 0.83, 0.98]);
}

/// Ten Russian governors' posts and ministry bulletins: injured split
/// by sex, `трех десятках` in a headline and 31 in the text, damage
/// counted by kind;
/// scored as unseen text (F1 0.962) and studied since.
#[test]
fn real_russian_articles_of_the_fresh244_set_score_above_their_floor() {
    real_set("fresh244", [0.94, 0.98, 0.98, 0.96, 0.80, 0.98]);
}

/// Ten English articles of wire copy and regional outlets: both sides'
/// counts of one night, a ministry tally by region, `drone aircraft`;
/// scored as unseen text (F1 0.935) and studied since.
#[test]
fn real_english_articles_of_the_fresh245_set_score_above_their_floor() {
    real_set("fresh245", [0.93, 0.94, 0.96, 0.98, 0.86, 0.98]);
}

/// Ten Ukrainian relays of Air Force reports: launch directions,
/// weapons by kind, `локаційно втрачено`, missiles in the air by region;
/// scored as unseen text (F1 0.901) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh246_set_score_above_their_floor() {
    real_set("fresh246", [0.89, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Eight Russian-language articles from Ukrainian outlets: rescuers
/// hurt at a fire station, a daily toll by village, both sides' counts
/// of one strike;
/// scored as unseen text (F1 0.966) and studied since.
#[test]
fn real_russian_articles_of_the_fresh247_set_score_above_their_floor() {
    real_set("fresh247", [0.94, 0.98, 0.90, 0.94, 0.83, 0.98]);
}

/// Ten Ukrainian articles with several speakers each: a mayor against
/// a governor, live updates, `Нагадаємо` recaps, Russian claims
/// relayed;
/// scored as unseen text (F1 0.928) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh248_set_score_above_their_floor() {
    real_set("fresh248", [0.90, 0.98, 0.98, 0.98, 0.80, 0.98]);
}

/// Ten Russian articles with several speakers each: a toll that rises
/// with a quoted split, `Сегодня утром Минобороны отчиталось`, a speaker
/// named in the next paragraph;
/// scored as unseen text (F1 0.944) and studied since.
#[test]
fn real_russian_articles_of_the_fresh249_set_score_above_their_floor() {
    real_set("fresh249", [0.92, 0.96, 0.98, 0.96, 0.82, 0.98]);
}

/// Ten English articles with several speakers or nights: monthly and
/// weekly totals beside one night, a monitoring mission's running
/// totals, a page dated months after its night;
/// scored as unseen text (F1 0.941) and studied since.
#[test]
fn real_english_articles_of_the_fresh250_set_score_above_their_floor() {
    real_set("fresh250", [0.92, 0.91, 0.96, 0.96, 0.76, 0.87]);
}

/// Ten Ukrainian regional posts: an outlet's aside before a report
/// that points back (`Як інформує Цензор.НЕТ, про це ...`), patients in
/// hospital, strikes counted by attack;
/// scored as unseen text (F1 0.927) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh251_set_score_above_their_floor() {
    real_set("fresh251", [0.93, 0.92, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian regional articles: a governor's count against the
/// ministry's, airport limits, damage by district, an earlier night
/// recapped;
/// scored as unseen text (F1 0.979) and studied since.
#[test]
fn real_russian_articles_of_the_fresh252_set_score_above_their_floor() {
    real_set("fresh252", [0.95, 0.95, 0.93, 0.98, 0.87, 0.98]);
}

/// Ten English articles from outlets in Asia, the Middle East, Africa
/// and Europe: a broadcaster's tolls, a ministry tally by region,
/// airports closed;
/// scored as unseen text (F1 0.901) and studied since.
#[test]
fn real_english_articles_of_the_fresh253_set_score_above_their_floor() {
    real_set("fresh253", [0.88, 0.96, 0.98, 0.98, 0.84, 0.92]);
}

/// Ten Ukrainian relays of Russian claims: the ministry's counts by
/// region beside refinery fires, explosions counted, `від 10 до 15`;
/// scored as unseen text (F1 0.927) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh254_set_score_above_their_floor() {
    real_set("fresh254", [0.90, 0.98, 0.92, 0.98, 0.69, 0.98]);
}

/// Ten Russian federal outlets on the ministry's bulletins: strikes on
/// Ukraine as Moscow tells them, totals since the war began, `почти
/// три десятка`;
/// scored as unseen text (F1 0.942) and studied since.
#[test]
fn real_russian_articles_of_the_fresh255_set_score_above_their_floor() {
    real_set("fresh255", [0.92, 0.98, 0.98, 0.98, 0.69, 0.96]);
}

/// Ten Ukrainian articles with lists and parts: tolls that rise,
/// `в тому числі` and `серед них`, damage by village, figures in
/// brackets;
/// scored as unseen text (F1 0.966) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh256_set_score_above_their_floor() {
    real_set("fresh256", [0.94, 0.93, 0.98, 0.98, 0.91, 0.98]);
}

/// Ten Russian articles with lists and parts: a toll that rises
/// (`стоил жизни трем`), `среди них двое детей`, ministry lists `по 25`;
/// scored as unseen text (F1 0.938) and studied since.
#[test]
fn real_russian_articles_of_the_fresh257_set_score_above_their_floor() {
    real_set("fresh257", [0.92, 0.86, 0.93, 0.98, 0.86, 0.98]);
}

/// Ten English articles relaying regional officials and the Russian
/// side: a quoted list of regions with its verb after the quote, daily
/// round-ups by region;
/// scored as unseen text (F1 0.935) and studied since.
#[test]
fn real_english_articles_of_the_fresh258_set_score_above_their_floor() {
    real_set("fresh258", [0.91, 0.95, 0.92, 0.98, 0.92, 0.98]);
}

/// Ten Ukrainian posts of regional heads and Air Force relays: a
/// regional head's day opened by `Зранку 27 січня`, weapons listed as
/// they struck, shellings counted;
/// scored as unseen text (F1 0.889) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh259_set_score_above_their_floor() {
    real_set("fresh259", [0.91, 0.98, 0.98, 0.98, 0.74, 0.98]);
}

/// Ten Russian ministry bulletins and governors' posts: counts over
/// hours of a day, a quoted list by region, damage over several attacks;
/// scored as unseen text (F1 0.979) and studied since.
#[test]
fn real_russian_articles_of_the_fresh260_set_score_above_their_floor() {
    real_set("fresh260", [0.95, 0.95, 0.95, 0.98, 0.87, 0.98]);
}

/// Ten English articles from outlets outside the main wires: both
/// sides' counts, `along with 31 out of 36 drones`, a ministry list by
/// region, `take out 12` in a headline;
/// scored as unseen text (F1 0.880) and studied since.
#[test]
fn real_english_articles_of_the_fresh261_set_score_above_their_floor() {
    real_set("fresh261", [0.90, 0.95, 0.93, 0.98, 0.93, 0.98]);
}

/// Ten Ukrainian articles with several speakers or nights: a record
/// recalled beside the night (`тоді було 740`), `Київ атакували 175
/// дронів`, tolls by the State Emergency Service;
/// scored as unseen text (F1 0.891) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh262_set_score_above_their_floor() {
    real_set("fresh262", [0.87, 0.96, 0.98, 0.98, 0.86, 0.98]);
}

/// Ten Russian-language articles from outlets in Ukraine and abroad
/// relaying Ukrainian figures: a headline's count before a colon,
/// updates through a day;
/// scored as unseen text (F1 0.953) and studied since.
#[test]
fn real_russian_articles_of_the_fresh263_set_score_above_their_floor() {
    real_set("fresh263", [0.93, 0.96, 0.98, 0.88, 0.72, 0.98]);
}

/// Ten Ukrainian regional posts on one night or day: casualties split
/// by sex, shellings and explosions counted, damage by village;
/// scored as unseen text (F1 0.921) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh264_set_score_above_their_floor() {
    real_set("fresh264", [0.90, 0.98, 0.98, 0.98, 0.87, 0.98]);
}

/// Ten Russian regional articles and governors' posts: a toll with
/// patients in serious condition, a ministry list by region after a
/// governor's post, airports closed;
/// scored as unseen text (F1 0.896) and studied since.
#[test]
fn real_russian_articles_of_the_fresh265_set_score_above_their_floor() {
    real_set("fresh265", [0.87, 0.98, 0.98, 0.98, 0.81, 0.95]);
}

/// Ten English reports of combined attacks: launched and downed by
/// weapon, `the night's attack comprised 297 drones`, hits by location,
/// Moscow's counter-claims;
/// scored as unseen text (F1 0.936) and studied since.
#[test]
fn real_english_articles_of_the_fresh266_set_score_above_their_floor() {
    real_set("fresh266", [0.92, 0.95, 0.92, 0.98, 0.83, 0.96]);
}

/// Ten Ukrainian relays of Air Force reports and city heads' posts:
/// launch areas, hits at locations, `7 ракетних ударів`, a rising toll;
/// scored as unseen text (F1 0.898) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh267_set_score_above_their_floor() {
    real_set("fresh267", [0.87, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian rewrites of the ministry's counts, several windows of
/// one day (`с 16:00 до 23:30`), lists by region, governors' damage;
/// scored as unseen text (F1 0.956) and studied since.
#[test]
fn real_russian_articles_of_the_fresh268_set_score_above_their_floor() {
    real_set("fresh268", [0.92, 0.98, 0.98, 0.98, 0.95, 0.96]);
}

/// Ten English reports of drone attacks on Russia: the ministry's
/// counts by region, a reworded wire story, refinery strikes, an
/// airfield claim;
/// scored as unseen text (F1 0.891) and studied since.
#[test]
fn real_english_articles_of_the_fresh269_set_score_above_their_floor() {
    real_set("fresh269", [0.87, 0.88, 0.96, 0.96, 0.88, 0.98]);
}

/// Ten Ukrainian reports on city attacks: tolls that rise (`зросла
/// до`), children among the hurt, hospital counts, cars and buildings;
/// scored as unseen text (F1 0.928) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh270_set_score_above_their_floor() {
    real_set("fresh270", [0.90, 0.95, 0.98, 0.95, 0.91, 0.98]);
}

/// Ten Russian-language round-ups of a night's attack on Ukraine:
/// the Air Force's counts, casualties by city, the Russian ministry's
/// claims beside them;
/// scored as unseen text (F1 0.985) and studied since.
#[test]
fn real_russian_articles_of_the_fresh271_set_score_above_their_floor() {
    real_set("fresh271", [0.96, 0.85, 0.98, 0.98, 0.85, 0.98]);
}

/// Ten Ukrainian articles on Russian claims and running totals: the
/// General Staff's losses list, weekly and yearly totals, strikes on
/// Russia;
/// scored as unseen text (F1 0.846) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh272_set_score_above_their_floor() {
    real_set("fresh272", [0.82, 0.94, 0.98, 0.98, 0.49, 0.73]);
}

/// Ten Russian posts on border regions and occupied territory: drones
/// on cars (`ударов украинских дронов`), attacks counted, minors among
/// the injured;
/// scored as unseen text (F1 0.915) and studied since.
#[test]
fn real_russian_articles_of_the_fresh273_set_score_above_their_floor() {
    real_set("fresh273", [0.89, 0.90, 0.83, 0.98, 0.68, 0.94]);
}

/// Ten English articles from outlets in Asia, Africa, the Middle East
/// and Canada: wire headlines (`Two killed, 15 injured`), `X of Y`
/// downed, Moscow's claims;
/// scored as unseen text (F1 0.955) and studied since.
#[test]
fn real_english_articles_of_the_fresh274_set_score_above_their_floor() {
    real_set("fresh274", [0.93, 0.98, 0.98, 0.96, 0.79, 0.92]);
}

/// Ten Ukrainian relays of regional and city administrations' casualty
/// posts: tolls that rise through a day, `пів сотні постраждалих`,
/// hospital breakdowns, daytime strikes told with no night;
/// scored as unseen text (F1 0.915) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh275_set_score_above_their_floor() {
    real_set("fresh275", [0.89, 0.98, 0.98, 0.98, 0.79, 0.98]);
}

/// Ten Russian governors' and mayors' posts beside the ministry's
/// counts: drones downed by region, injured, homes and airports;
/// scored as unseen text (F1 0.966) and studied since.
#[test]
fn real_russian_articles_of_the_fresh276_set_score_above_their_floor() {
    real_set("fresh276", [0.94, 0.93, 0.95, 0.98, 0.98, 0.98]);
}

/// Ten English articles from outlets outside the main wires: both
/// sides' claims, a ministry list by region, drones that crashed in
/// Moldova;
/// scored as unseen text (F1 0.931) and studied since.
#[test]
fn real_english_articles_of_the_fresh277_set_score_above_their_floor() {
    real_set("fresh277", [0.91, 0.94, 0.98, 0.98, 0.86, 0.92]);
}

/// Ten Ukrainian relays of the Air Force's morning report: launched,
/// downed, lost from radar, hits by location, a headline `Нічний напад
/// Російської Федерації:`;
/// scored as unseen text (F1 0.965) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh278_set_score_above_their_floor() {
    real_set("fresh278", [0.94, 0.98, 0.98, 0.98, 0.86, 0.93]);
}

/// Ten Russian ministry bulletins: by region, over windows of hours,
/// weekly tallies, a refinery struck, `по пять` per region;
/// scored as unseen text (F1 0.955) and studied since.
#[test]
fn real_russian_articles_of_the_fresh279_set_score_above_their_floor() {
    real_set("fresh279", [0.93, 0.94, 0.93, 0.98, 0.82, 0.98]);
}

/// Ten Ukrainian round-ups: the President's weekly and monthly
/// counts, records recalled beside the night (`741 засіб повітряного
/// нападу`), both sides' claims;
/// scored as unseen text (F1 0.891) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh280_set_score_above_their_floor() {
    real_set("fresh280", [0.89, 0.96, 0.98, 0.96, 0.82, 0.82]);
}

/// Ten Russian-language Ukrainian relays of regional heads: killed
/// and injured in cities, `По предварительным данным` before the
/// speaker's sentence;
/// scored as unseen text (F1 0.949) and studied since.
#[test]
fn real_russian_articles_of_the_fresh281_set_score_above_their_floor() {
    real_set("fresh281", [0.92, 0.95, 0.98, 0.95, 0.93, 0.98]);
}

/// Ten English live blogs and explainers: several nights and
/// regions, tolls that rise, monthly totals, captions;
/// scored as unseen text (F1 0.892) and studied since.
#[test]
fn real_english_articles_of_the_fresh282_set_score_above_their_floor() {
    real_set("fresh282", [0.87, 0.96, 0.92, 0.98, 0.82, 0.98]);
}

/// Ten Ukrainian city and regional heads' posts: a weapons list under
/// `ворог застосовував`, strikes counted, daytime and night tolls;
/// scored as unseen text (F1 0.860) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh283_set_score_above_their_floor() {
    real_set("fresh283", [0.89, 0.93, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian reports of strikes on Russian regions and Crimea:
/// governors' tolls, the ministry's counts, refineries and cars;
/// scored as unseen text (F1 0.927) and studied since.
#[test]
fn real_russian_articles_of_the_fresh284_set_score_above_their_floor() {
    real_set("fresh284", [0.90, 0.98, 0.90, 0.98, 0.69, 0.98]);
}

/// Ten English casualty reports from Ukrainian and Russian cities:
/// rising tolls, wounds described (`suffered various injuries`), a
/// ministry total `included three drones shot down`;
/// scored as unseen text (F1 0.917) and studied since.
#[test]
fn real_english_articles_of_the_fresh285_set_score_above_their_floor() {
    real_set("fresh285", [0.91, 0.86, 0.89, 0.98, 0.78, 0.98]);
}

/// Ten Ukrainian pieces mixing the Air Force's night with the
/// Russian ministry's claims retold, five nights in one quote,
/// `з використанням понад 450 дронів`;
/// scored as unseen text (F1 0.881) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh286_set_score_above_their_floor() {
    real_set("fresh286", [0.88, 0.98, 0.96, 0.98, 0.96, 0.98]);
}

/// Ten Russian federal outlets on the ministry's night and day counts
/// and governors' damage, several regions in one piece;
/// scored as unseen text (F1 0.982) and studied since.
#[test]
fn real_russian_articles_of_the_fresh287_set_score_above_their_floor() {
    real_set("fresh287", [0.96, 0.98, 0.98, 0.98, 0.86, 0.98]);
}

/// Ten short Ukrainian regional items: one strike, its toll and damage,
/// `до медиків звернулася одна людина`, the region's night count;
/// scored as unseen text (F1 0.901) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh288_set_score_above_their_floor() {
    real_set("fresh288", [0.90, 0.98, 0.95, 0.95, 0.74, 0.98]);
}

/// Three Russian-language articles from Moldova and an exile
/// channel: drones that fell across the border, undated posts;
/// scored as unseen text (F1 0.750) and studied since.
#[test]
fn real_russian_articles_of_the_fresh289_set_score_above_their_floor() {
    real_set("fresh289", [0.73, 0.81, 0.81, 0.98, 0.98, 0.98]);
}

/// Ten English reports of the Russian ministry's claims and
/// governors' posts: drones by region, `detected, destroyed and
/// suppressed`, casualties in Russia;
/// scored as unseen text (F1 0.924) and studied since.
#[test]
fn real_english_articles_of_the_fresh290_set_score_above_their_floor() {
    real_set("fresh290", [0.93, 0.94, 0.98, 0.94, 0.72, 0.96]);
}

/// Ten Ukrainian regional administrations' posts as regional outlets
/// relay them: Odesa, Kherson, Kharkiv, Zaporizhzhia, Sumy, one number
/// said five times;
/// scored as unseen text (F1 0.929) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh291_set_score_above_their_floor() {
    real_set("fresh291", [0.90, 0.98, 0.98, 0.98, 0.87, 0.98]);
}

/// Ten Russian governors' posts beside the ministry's bulletins:
/// Belgorod, Kursk, Crimea, Voronezh, Moscow, `в Минобороны РФ назвали`;
/// scored as unseen text (F1 0.963) and studied since.
#[test]
fn real_russian_articles_of_the_fresh292_set_score_above_their_floor() {
    real_set("fresh292", [0.96, 0.94, 0.98, 0.98, 0.88, 0.96]);
}

/// Ten English reports from outlets outside the big wires: both
/// sides' claims, a ministry list by region in prose, `while` clauses;
/// scored as unseen text (F1 0.940) and studied since.
#[test]
fn real_english_articles_of_the_fresh293_set_score_above_their_floor() {
    real_set("fresh293", [0.92, 0.94, 0.92, 0.96, 0.85, 0.94]);
}

/// Ten Ukrainian relays of the Air Force's morning report by weapon,
/// with hits by location and energy outages;
/// scored as unseen text (F1 1.000) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh294_set_score_above_their_floor() {
    real_set("fresh294", [0.98, 0.96, 0.98, 0.98, 0.94, 0.98]);
}

/// Ten Russian-language Ukrainian relays of regional heads' posts:
/// Kherson, Zaporizhzhia, Mykolaiv, Dnipro, several undated;
/// scored as unseen text (F1 0.943) and studied since.
#[test]
fn real_russian_articles_of_the_fresh295_set_score_above_their_floor() {
    real_set("fresh295", [0.92, 0.94, 0.94, 0.98, 0.82, 0.98]);
}

/// Ten Ukrainian pieces on Ukrainian strikes on Russia retold from
/// Russian officials, and daily shelling round-ups (`за добу`);
/// scored as unseen text (F1 0.848) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh296_set_score_above_their_floor() {
    real_set("fresh296", [0.82, 0.94, 0.98, 0.94, 0.94, 0.98]);
}

/// Ten Russian federal agencies' night tallies by region, with
/// governors' damage and `Накануне` for the night before;
/// scored as unseen text (F1 0.973) and studied since.
#[test]
fn real_russian_articles_of_the_fresh297_set_score_above_their_floor() {
    real_set("fresh297", [0.95, 0.98, 0.96, 0.98, 0.92, 0.98]);
}

/// Ten English round-ups with several figures from both sides in one
/// text: the Air Force, governors, the ministry by region;
/// scored as unseen text (F1 0.981) and studied since.
#[test]
fn real_english_articles_of_the_fresh298_set_score_above_their_floor() {
    real_set("fresh298", [0.96, 0.98, 0.97, 0.98, 0.96, 0.96]);
}

/// Ten Ukrainian city and community pages on a night's attack on
/// their area: injured by kind, damage lists, garbled copy;
/// scored as unseen text (F1 0.941) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh299_set_score_above_their_floor() {
    real_set("fresh299", [0.92, 0.98, 0.98, 0.98, 0.81, 0.98]);
}

/// Ten Russian regional portals on drone attacks on their region:
/// governors' tolls, evacuations and damage only;
/// scored as unseen text (F1 0.923) and studied since.
#[test]
fn real_russian_articles_of_the_fresh300_set_score_above_their_floor() {
    real_set("fresh300", [0.90, 0.98, 0.98, 0.98, 0.89, 0.98]);
}

/// Ten English wire stories on large combined attacks: weapons by
/// type, intercepted and lost, casualties and captions;
/// scored as unseen text (F1 0.916) and studied since.
#[test]
fn real_english_articles_of_the_fresh301_set_score_above_their_floor() {
    real_set("fresh301", [0.89, 0.94, 0.94, 0.94, 0.79, 0.96]);
}

/// Ten Ukrainian articles of 2022 and 2023: the first missile
/// barrages, the General Staff's tallies, early Shahed waves;
/// scored as unseen text (F1 0.862) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh302_set_score_above_their_floor() {
    real_set("fresh302", [0.84, 0.93, 0.98, 0.98, 0.91, 0.98]);
}

/// Ten Russian-language articles of 2022 to 2024 on both sides'
/// attacks, from exile media and Ukrainian outlets in Russian;
/// scored as unseen text (F1 0.991) and studied since.
#[test]
fn real_russian_articles_of_the_fresh303_set_score_above_their_floor() {
    real_set("fresh303", [0.97, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten English relays of Russian claims: the ministry's tallies by
/// region and governors' tolls in Belgorod, Kursk and Moscow;
/// scored as unseen text (F1 0.975) and studied since.
#[test]
fn real_english_articles_of_the_fresh304_set_score_above_their_floor() {
    real_set("fresh304", [0.95, 0.98, 0.94, 0.98, 0.84, 0.98]);
}

/// Ten Ukrainian reports of a night: the Air Force's figures with
/// the regional heads' casualties, `з районів Орла, Курська`;
/// scored as unseen text (F1 0.969) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh305_set_score_above_their_floor() {
    real_set("fresh305", [0.95, 0.98, 0.98, 0.98, 0.91, 0.98]);
}

/// Ten Russian-language articles from Russian and Ukrainian outlets:
/// the ministry's bulletins, governors' tallies, a mayor's live post;
/// scored as unseen text (F1 0.922) and studied since.
#[test]
fn real_russian_articles_of_the_fresh306_set_score_above_their_floor() {
    real_set("fresh306", [0.90, 0.98, 0.96, 0.98, 0.91, 0.98]);
}

/// Ten English articles on overnight attacks with casualties from
/// newspapers, broadcasters and blogs that rewrite wire copy;
/// scored as unseen text (F1 0.934) and studied since.
#[test]
fn real_english_articles_of_the_fresh307_set_score_above_their_floor() {
    real_set("fresh307", [0.91, 0.90, 0.96, 0.98, 0.77, 0.96]);
}

/// Ten Ukrainian relays of Russian claims on Ukrainian strikes on
/// Russia and Crimea, ranges per post (`від одного до п'яти`);
/// scored as unseen text (F1 0.840) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh308_set_score_above_their_floor() {
    real_set("fresh308", [0.83, 0.98, 0.98, 0.98, 0.98, 0.98]);
}

/// Ten Russian-language reports of Russian attacks on Ukrainian
/// cities: regional heads' tolls that rise, the Air Force's tallies;
/// scored as unseen text (F1 0.904) and studied since.
#[test]
fn real_russian_articles_of_the_fresh309_set_score_above_their_floor() {
    real_set("fresh309", [0.88, 0.93, 0.91, 0.98, 0.61, 0.98]);
}

/// Ten Ukrainian live blogs and round-ups of a day: several speakers
/// and nights in one text, weekly tallies;
/// scored as unseen text (F1 0.990) and studied since.
#[test]
fn real_ukrainian_articles_of_the_fresh310_set_score_above_their_floor() {
    real_set("fresh310", [0.96, 0.91, 0.98, 0.93, 0.74, 0.98]);
}

/// The fixtures of `tests/formats/`, written for the project in the shapes
/// analysts keep: Telegram exports, feeds and saved pages full of
/// boilerplate, whose numbers must give no figure.
fn format_set(name: &str, floor: [f64; 6]) {
    let dir = Path::new("tests/formats").join(name);
    hold(name, &score(&dir, &dir.join("gold.jsonl")), &floor);
}

#[test]
fn telegram_exports_score_above_their_floor() {
    format_set("telegram", [0.84, 0.95, 0.97, 0.97, 0.95, 0.95]);
}

#[test]
fn feeds_score_above_their_floor() {
    format_set("feeds", [0.90, 0.88, 0.97, 0.97, 0.95, 0.95]);
}

#[test]
fn saved_pages_score_above_their_floor() {
    format_set("pages", [0.88, 0.86, 0.97, 0.97, 0.95, 0.95]);
}
