//! Filters on one column of the figures table (`claimant=ru`, `value≥100`,
//! `source=air force`), as VisiData stacks them: each a value of a column,
//! read from an expression the analyst types or taken from a figure's own
//! values; all of them apply at once.

use std::fmt;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::form::{ATTACKERS, CLAIMANTS, EVENTS, ITEMS};
use crate::checks::{Doubt, DoubtKind};
use crate::model::{Claimant, Event, Figure, Item, Side};
use crate::time::jump::parse_jump;

/// How a value compares with a figure's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Less,
    AtMost,
    Equal,
    AtLeast,
    More,
}

impl Cmp {
    fn holds(self, value: u64, bound: u64) -> bool {
        match self {
            Cmp::Less => value < bound,
            Cmp::AtMost => value <= bound,
            Cmp::Equal => value == bound,
            Cmp::AtLeast => value >= bound,
            Cmp::More => value > bound,
        }
    }

    fn sign(self) -> &'static str {
        match self {
            Cmp::Less => "<",
            Cmp::AtMost => "≤",
            Cmp::Equal => "=",
            Cmp::AtLeast => "≥",
            Cmp::More => ">",
        }
    }
}

/// A filter on one column's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnFilter {
    Claimant(Claimant),
    Item(Item),
    Event(Event),
    /// None: figures that name no attacker.
    Attacker(Option<Side>),
    /// The speaker a figure names: with `whole`, that name, else any that
    /// holds `text`; any case, spacing aside.
    Source {
        text: String,
        whole: bool,
    },
    /// Where the figure's article came from, likewise.
    Outlet {
        text: String,
        whole: bool,
    },
    /// The night a figure is about.
    Night(NaiveDate),
    Value(Cmp, u64),
    /// Figures with a doubt of this kind.
    Doubt(DoubtKind),
}

impl ColumnFilter {
    /// The column's name, as typed.
    pub fn column(&self) -> &'static str {
        match self {
            ColumnFilter::Claimant(_) => "claimant",
            ColumnFilter::Item(_) => "item",
            ColumnFilter::Event(_) => "event",
            ColumnFilter::Attacker(_) => "attacker",
            ColumnFilter::Source { .. } => "source",
            ColumnFilter::Outlet { .. } => "outlet",
            ColumnFilter::Night(_) => "night",
            ColumnFilter::Value(..) => "value",
            ColumnFilter::Doubt(_) => "doubt",
        }
    }

    /// The value it keeps, as shown after the column (`≥100`, `=ru`).
    pub fn value(&self) -> String {
        match self {
            ColumnFilter::Claimant(c) => format!("={c}"),
            ColumnFilter::Item(i) => format!("={i}"),
            ColumnFilter::Event(e) => format!("={e}"),
            ColumnFilter::Attacker(a) => format!("={}", a.map_or("none".into(), |s| s.to_string())),
            ColumnFilter::Source { text, whole } | ColumnFilter::Outlet { text, whole } => {
                format!("{}{text}", if *whole { "==" } else { "=" })
            }
            ColumnFilter::Night(d) => format!("={d}"),
            ColumnFilter::Value(cmp, v) => format!("{}{v}", cmp.sign()),
            ColumnFilter::Doubt(k) => format!("={}", k.name()),
        }
    }

    /// Whether it keeps one value of its column, so that another of the
    /// same column takes its place rather than leaving nothing.
    fn one_value(&self) -> bool {
        match self {
            ColumnFilter::Source { whole, .. } | ColumnFilter::Outlet { whole, .. } => *whole,
            ColumnFilter::Value(cmp, _) => *cmp == Cmp::Equal,
            _ => true,
        }
    }

    /// Whether figure `f` (as reviewed), with these doubts, from an article
    /// of `outlet`, passes.
    pub fn matches(&self, f: &Figure, doubts: &[Doubt], outlet: &str) -> bool {
        match self {
            ColumnFilter::Claimant(c) => f.claimant == *c,
            ColumnFilter::Item(i) => f.item == *i,
            ColumnFilter::Event(e) => f.event == *e,
            ColumnFilter::Attacker(a) => f.attacker == *a,
            ColumnFilter::Source { text, whole } => f
                .source
                .as_deref()
                .is_some_and(|s| text_matches(s, text, *whole)),
            ColumnFilter::Outlet { text, whole } => text_matches(outlet, text, *whole),
            ColumnFilter::Night(d) => f.date == Some(*d),
            ColumnFilter::Value(cmp, v) => cmp.holds(f.value, *v),
            ColumnFilter::Doubt(k) => doubts.iter().any(|d| d.kind == *k),
        }
    }
}

impl fmt::Display for ColumnFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.column(), self.value())
    }
}

/// A stack of column filters: a figure passes when it passes each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns(pub Vec<ColumnFilter>);

impl Columns {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn contains(&self, f: &ColumnFilter) -> bool {
        self.0.contains(f)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, ColumnFilter> {
        self.0.iter()
    }

    /// Stack `f`; one value of a column takes the place of another.
    pub fn add(&mut self, f: ColumnFilter) {
        if f.one_value() {
            self.0
                .retain(|g| !(g.column() == f.column() && g.one_value()));
        }
        if !self.0.contains(&f) {
            self.0.push(f);
        }
    }

    /// Stack `f`, or take it away if it is stacked: a value chosen again
    /// lifts its filter. True when it was added.
    pub fn toggle(&mut self, f: ColumnFilter) -> bool {
        if self.contains(&f) {
            self.0.retain(|g| *g != f);
            false
        } else {
            self.add(f);
            true
        }
    }

    /// `claimant=ru value≥100`: what the expression prompt starts from.
    pub fn expression(&self) -> String {
        self.0
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The figure's own values, one filter each: what `,` offers.
pub fn values_of(f: &Figure, outlet: &str) -> Vec<ColumnFilter> {
    let mut out = vec![
        ColumnFilter::Claimant(f.claimant),
        ColumnFilter::Item(f.item),
        ColumnFilter::Event(f.event),
        ColumnFilter::Attacker(f.attacker),
    ];
    if let Some(s) = f.source.as_deref().map(spaced).filter(|s| !s.is_empty()) {
        out.push(ColumnFilter::Source {
            text: s,
            whole: true,
        });
    }
    out.push(ColumnFilter::Outlet {
        text: spaced(outlet),
        whole: true,
    });
    out.extend(f.date.map(ColumnFilter::Night));
    out.push(ColumnFilter::Value(Cmp::AtLeast, f.value));
    out
}

/// Where each filter of an expression starts: a column's name (or a
/// short one) and how it compares.
static TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s,])(claimant|claim|item|event|attacker|atk|source|speaker|outlet|night|date|value|doubt)\s*(==|>=|<=|=|>|<|≥|≤)",
    )
    .expect("the filter pattern is valid")
});

/// The filters of an expression (`claimant=ru item=drone value>=100`,
/// `source=air force, night=16 jun`): a column, how it compares and a
/// value, as many as typed, each one starting where a column's name does.
/// `today` reads nights as the jump does. An empty expression is none.
pub fn parse(text: &str, today: NaiveDate) -> Result<Vec<ColumnFilter>, String> {
    let starts: Vec<_> = TERM.captures_iter(text).collect();
    let Some(first) = starts.first() else {
        let t = text.trim_matches(|c: char| c.is_whitespace() || c == ',');
        return if t.is_empty() {
            Ok(Vec::new())
        } else {
            Err(format!(
                "{t:?}: expected column=value (claimant, item, event, attacker, source, outlet, night, value, doubt)"
            ))
        };
    };
    let before = text[..first.get(1).map_or(0, |m| m.start())]
        .trim_matches(|c: char| c.is_whitespace() || c == ',');
    if !before.is_empty() {
        return Err(format!("{before:?}: expected column=value"));
    }
    let mut out = Vec::new();
    for (i, c) in starts.iter().enumerate() {
        let (Some(column), Some(op), Some(whole)) = (c.get(1), c.get(2), c.get(0)) else {
            continue;
        };
        let end = starts
            .get(i + 1)
            .and_then(|n| n.get(1))
            .map_or(text.len(), |m| m.start());
        let value = text[whole.end()..end].trim_matches(|c: char| c.is_whitespace() || c == ',');
        out.push(term(
            &column.as_str().to_lowercase(),
            op.as_str(),
            value,
            today,
        )?);
    }
    Ok(out)
}

fn term(column: &str, op: &str, value: &str, today: NaiveDate) -> Result<ColumnFilter, String> {
    let typed = format!("{column}{op}{value}");
    if value.is_empty() {
        return Err(format!("{typed}: a value is missing"));
    }
    let cmp = match op {
        "<" => Cmp::Less,
        "<=" | "≤" => Cmp::AtMost,
        "=" => Cmp::Equal,
        "==" => Cmp::Equal,
        ">=" | "≥" => Cmp::AtLeast,
        _ => Cmp::More,
    };
    if column == "value" {
        let v = value
            .replace([',', '_', ' '], "")
            .parse::<u64>()
            .map_err(|_| format!("{typed}: the value is a whole number (value>=100)"))?;
        return Ok(ColumnFilter::Value(cmp, v));
    }
    if cmp != Cmp::Equal {
        return Err(format!("{typed}: only value compares with {op}"));
    }
    let lower = value.to_lowercase();
    let named = |names: Vec<String>| one_of(&lower, &names).map_err(|e| format!("{typed}: {e}"));
    Ok(match column {
        "claimant" | "claim" => ColumnFilter::Claimant(CLAIMANTS[named(names(&CLAIMANTS))?]),
        "item" => ColumnFilter::Item(ITEMS[named(names(&ITEMS))?]),
        "event" => ColumnFilter::Event(EVENTS[named(names(&EVENTS))?]),
        "attacker" | "atk" => {
            let all = ATTACKERS
                .iter()
                .map(|a| a.map_or("none".into(), |s| s.to_string()))
                .collect();
            ColumnFilter::Attacker(ATTACKERS[named(all)?])
        }
        "doubt" => {
            let all = DoubtKind::ALL
                .iter()
                .map(|k| k.name().to_string())
                .collect();
            ColumnFilter::Doubt(DoubtKind::ALL[named(all)?])
        }
        "source" | "speaker" => ColumnFilter::Source {
            text: spaced(value),
            whole: op == "==",
        },
        "outlet" => ColumnFilter::Outlet {
            text: spaced(value),
            whole: op == "==",
        },
        _ => ColumnFilter::Night(parse_jump(value, today).map_err(|e| format!("{typed}: {e}"))?),
    })
}

fn names<T: ToString>(all: &[T]) -> Vec<String> {
    all.iter().map(ToString::to_string).collect()
}

/// The index of `typed` among `names`: the name itself, or the one name
/// it begins (`intercept` is `intercepted`).
fn one_of(typed: &str, names: &[String]) -> Result<usize, String> {
    if let Some(i) = names.iter().position(|n| n == typed) {
        return Ok(i);
    }
    let begun: Vec<usize> = (0..names.len())
        .filter(|&i| names[i].starts_with(typed))
        .collect();
    match begun.as_slice() {
        [i] => Ok(*i),
        [] => Err(format!("not one of {}", names.join(", "))),
        _ => Err(format!(
            "which one: {}?",
            begun
                .iter()
                .map(|&i| names[i].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// `s` with its spaces as single spaces, trimmed.
fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `hay` is `needle` (with `whole`) or holds it, any case, spacing
/// aside. Most names are plain ASCII with single spaces, compared where
/// they are; others are folded first.
fn text_matches(hay: &str, needle: &str, whole: bool) -> bool {
    let plain = |s: &str| s.is_ascii() && !s.contains("  ") && !s.contains(['\t', '\n']);
    if plain(hay) && needle.is_ascii() {
        let (h, n) = (hay.trim().as_bytes(), needle.as_bytes());
        return if whole {
            h.eq_ignore_ascii_case(n)
        } else {
            n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
        };
    }
    let (h, n) = (spaced(hay).to_lowercase(), needle.to_lowercase());
    if whole { h == n } else { h.contains(&n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 18).unwrap()
    }

    fn p(s: &str) -> Result<Vec<ColumnFilter>, String> {
        parse(s, today())
    }

    #[test]
    fn an_expression_is_read_into_its_filters() {
        use ColumnFilter as C;
        assert_eq!(
            p("claimant=ru item=drone, event=intercept value>=100 source=Air  Force night=16 jun"),
            Ok(vec![
                C::Claimant(Claimant::Ru),
                C::Item(Item::Drone),
                C::Event(Event::Intercepted),
                C::Value(Cmp::AtLeast, 100),
                C::Source {
                    text: "Air Force".into(),
                    whole: false
                },
                C::Night(NaiveDate::from_ymd_opt(2025, 6, 16).unwrap()),
            ])
        );
        assert_eq!(p("value<10"), Ok(vec![C::Value(Cmp::Less, 10)]));
        assert_eq!(p("VALUE = 1,000"), Ok(vec![C::Value(Cmp::Equal, 1000)]));
        assert_eq!(p("atk=none"), Ok(vec![C::Attacker(None)]));
        assert_eq!(
            p("outlet==Kyiv Independent"),
            Ok(vec![C::Outlet {
                text: "Kyiv Independent".into(),
                whole: true
            }])
        );
        assert_eq!(p("  "), Ok(vec![]));
    }

    #[test]
    fn what_cannot_be_read_says_why() {
        for (s, why) in [
            ("drones", "expected column=value"),
            ("hello claimant=ru", "expected column=value"),
            ("claimant=xx", "not one of ru, ua, other, unknown"),
            ("event=in", "which one: intercepted, injured?"),
            ("value>=many", "whole number"),
            ("item>drone", "only value compares"),
            ("night=someday", "is not a month"),
            ("item=", "a value is missing"),
        ] {
            let err = p(s).expect_err(s);
            assert!(err.contains(why), "{s}: {err}");
        }
    }

    #[test]
    fn a_filter_written_out_reads_back_the_same() {
        let all = p("claimant=ua item=drone_or_missile event=not_reached attacker=ru source==the air force outlet=wire night=2025-06-01 value≤5 doubt=inferred").unwrap();
        let mut stack = Columns::default();
        for f in all.clone() {
            stack.add(f);
        }
        assert_eq!(p(&stack.expression()), Ok(all));
    }

    #[test]
    fn one_value_of_a_column_replaces_another_and_ranges_stack() {
        let mut s = Columns::default();
        s.add(ColumnFilter::Claimant(Claimant::Ru));
        s.add(ColumnFilter::Claimant(Claimant::Ua));
        s.add(ColumnFilter::Value(Cmp::AtLeast, 10));
        s.add(ColumnFilter::Value(Cmp::Less, 100));
        assert_eq!(s.expression(), "claimant=ua value≥10 value<100");
        assert!(!s.toggle(ColumnFilter::Value(Cmp::Less, 100)));
        assert_eq!(s.expression(), "claimant=ua value≥10");
    }

    #[test]
    fn names_match_any_case_and_spacing() {
        assert!(text_matches("Ukraine's Air Force", "air force", false));
        assert!(text_matches("Ukraine's  Air\tForce", "air force", false));
        assert!(!text_matches("Ukraine's Air Force", "air force", true));
        assert!(text_matches(" Повітряні Сили ", "повітряні сили", true));
        assert!(!text_matches("the governor", "air force", false));
    }
}
