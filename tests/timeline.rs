//! `counterclaim timeline` as a user runs it: each night's figures per
//! side in a table, CSV, JSON and an SVG chart, matters chosen by name.

use std::fs;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// Three outlets on two nights: two agree on the drones launched on the
/// night of 4 June, a third gives another number, Moscow gives its own
/// count; one report on the next night.
fn corpus() -> TempDir {
    let dir = TempDir::new().unwrap();
    let files = [
        (
            "a.txt",
            "Source: Kyiv Wire\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, of which 80 were shot down, Ukraine's air force said.",
        ),
        (
            "b.txt",
            "Source: Lviv Post\nDate: 2025-06-05\n\nRussia attacked Ukraine with 100 drones overnight, the Ukrainian air force said.",
        ),
        (
            "c.txt",
            "Source: Wire Three\nDate: 2025-06-05\n\nRussia launched 120 drones overnight, Ukraine's air force said. Russia's defence ministry said it destroyed 40 Ukrainian drones overnight.",
        ),
        (
            "d.txt",
            "Source: Kyiv Wire\nDate: 2025-06-08\n\nRussia launched 70 drones overnight, Ukraine's air force said.",
        ),
    ];
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn timeline(dir: &TempDir, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("counterclaim")
        .unwrap()
        .arg("timeline")
        .args(args)
        .arg(dir.path())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn table_has_a_row_per_night_and_matter_with_disagreement_marked() {
    let dir = corpus();
    let (code, out, _) = timeline(&dir, &["--format", "table"]);
    assert_eq!(code, 0);
    let launched: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("Russian drones launched"))
        .collect();
    assert_eq!(launched.len(), 2, "{out}");
    // The figure most outlets repeat stands for the night, marked disputed.
    assert!(launched[0].trim_start().starts_with('!'), "{out}");
    assert!(
        launched[0].contains("2025-06-04") && launched[0].contains(" 100 "),
        "{out}"
    );
    assert!(
        launched[1].contains("2025-06-07") && launched[1].contains(" 70 "),
        "{out}"
    );
    let theirs = out
        .lines()
        .find(|l| l.contains("Ukrainian drones shot down"))
        .expect(&out);
    assert!(theirs.contains("40"), "{theirs}");
    assert!(out.contains("over 2 nights"), "{out}");
}

#[test]
fn csv_and_json_carry_each_sides_value_sources_and_disagreement() {
    let dir = corpus();
    let (code, csv, _) = timeline(&dir, &["--format", "csv", "--matter", "drones_launched"]);
    assert_eq!(code, 0);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(String::from).collect();
    for col in [
        "night",
        "matter",
        "ua",
        "ua_places",
        "ru",
        "articles",
        "outlets",
        "disagree",
    ] {
        assert!(header.iter().any(|h| h == col), "{header:?}");
    }
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2, "{csv}");
    let at = |r: &csv::StringRecord, col: &str| {
        r[header.iter().position(|h| h == col).unwrap()].to_string()
    };
    assert_eq!(at(&records[0], "night"), "2025-06-04");
    assert_eq!(at(&records[0], "ua"), "100");
    assert_eq!(at(&records[0], "articles"), "3");
    assert_eq!(at(&records[0], "outlets"), "3");
    assert_eq!(at(&records[0], "disagree"), "yes");
    assert_eq!(at(&records[1], "disagree"), "");

    let (_, json, _) = timeline(&dir, &["--format", "json"]);
    let rows: Vec<Value> = serde_json::from_str(&json).unwrap();
    let theirs = rows
        .iter()
        .find(|r| r["matter"] == "ua_drones_intercepted")
        .expect(&json);
    assert_eq!(theirs["ru"], 40);
    assert_eq!(theirs["ru_qualifier"], "exact");
    assert_eq!(theirs["disagree"], false);
    assert_eq!(theirs["ua"], Value::Null);
    assert_eq!(theirs["night"], "2025-06-04");
}

#[test]
fn svg_is_a_well_formed_chart_with_a_panel_per_matter() {
    let dir = corpus();
    let out_file = dir.path().join("nights.svg");
    let out_path = out_file.to_str().unwrap();
    let (code, stdout, stderr) = timeline(&dir, &["--format", "svg", "-o", out_path]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.contains("wrote 2 nights"), "{stderr}");
    let svg = fs::read_to_string(&out_file).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .map(str::trim)
        .collect();
    for want in [
        "Russian drones launched",
        "Ukrainian drones shot down",
        "Ukrainian side",
        "Russian side",
    ] {
        assert!(texts.contains(&want), "{want} not in {texts:?}");
    }
    // Points for each side's figures: 2 nights of launches, ...
    let dots = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    assert!(dots >= 4, "{dots} points");
}

#[test]
fn nights_are_chosen_by_date_and_matters_by_name() {
    let dir = corpus();
    let (_, json, _) = timeline(
        &dir,
        &[
            "--format",
            "json",
            "--from",
            "2025-06-05",
            "--matter",
            "ru/drone/launched",
        ],
    );
    let rows: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), 1, "{json}");
    assert_eq!(rows[0]["night"], "2025-06-07");
    assert_eq!(rows[0]["ua"], 70);

    let (code, _, err) = timeline(&dir, &["--matter", "ru/drone/exploded"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown event `exploded`"), "{err}");
}

#[test]
fn an_unwritable_output_is_an_error_with_its_path() {
    let dir = corpus();
    let (code, _, err) = timeline(&dir, &["-o", "/nonexistent/dir/x.svg", "--format", "svg"]);
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/dir/x.svg"), "{err}");
}
