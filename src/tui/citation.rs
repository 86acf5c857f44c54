//! A figure as a line to cite it by: the value with its hedge, what it
//! counts and whose attack, who claims it and through whom, the outlet, the
//! night, the link, and the sentence it was read from, in quotes:
//!
//! `≥17 people injured in a Russian attack, Ukrainian side (Syniehubov),
//! Eastern Front Daily, 2025-06-12, https://… — "At least 17 people were
//! injured, …"`

use crate::model::{Article, Claimant, Event, Figure, Item, Side};
use crate::safe::is_unsafe;
use crate::tui::ui::hedged;

/// The citation of `f` (as the analyst has it), read in `article`, whose
/// whole sentence is `sentence`.
pub fn citation(f: &Figure, article: &Article, sentence: &str) -> String {
    let what = [
        hedged(f.value, f.qualifier),
        item(f.item, f.value).to_string(),
        event(f.event).to_string(),
        attacker(f.attacker).to_string(),
    ];
    let what: Vec<&str> = what
        .iter()
        .map(|s| s.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    let claimant = match f.source.as_deref().map(line).filter(|s| !s.is_empty()) {
        Some(source) => format!("{} ({source})", side(f.claimant)),
        None => side(f.claimant).to_string(),
    };
    let mut parts = vec![what.join(" "), claimant];
    parts.extend(
        article
            .source
            .as_deref()
            .map(line)
            .filter(|s| !s.is_empty()),
    );
    parts.extend(f.date.or(article.date).map(|d| d.to_string()));
    parts.extend(article.url.as_deref().map(line).filter(|s| !s.is_empty()));
    let sentence = line(sentence);
    let mut out = parts.join(", ");
    if !sentence.is_empty() {
        out.push_str(&format!(" — \"{sentence}\""));
    }
    out
}

/// Untrusted text as one line: runs of white space as one space, control
/// and direction-changing characters dropped.
fn line(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| !is_unsafe(c))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What is counted, singular for one.
fn item(i: Item, value: u64) -> &'static str {
    let one = value == 1;
    match (i, one) {
        (Item::Drone, true) => "drone",
        (Item::Drone, false) => "drones",
        (Item::Missile, true) => "missile",
        (Item::Missile, false) => "missiles",
        (Item::DroneOrMissile, true) => "drone or missile",
        (Item::DroneOrMissile, false) => "drones and missiles",
        (Item::Person, true) => "person",
        (Item::Person, false) => "people",
        (Item::Child, true) => "child",
        (Item::Child, false) => "children",
        (Item::Building, true) => "building",
        (Item::Building, false) => "buildings",
        (Item::Home, true) => "home",
        (Item::Home, false) => "homes",
        (Item::Facility, true) => "facility",
        (Item::Facility, false) => "facilities",
        (Item::Village, true) => "village",
        (Item::Village, false) => "villages",
        (Item::Soldier, true) => "soldier",
        (Item::Soldier, false) => "soldiers",
        (Item::Prisoner, true) => "prisoner",
        (Item::Prisoner, false) => "prisoners",
        (Item::Firefighter, true) => "firefighter",
        (Item::Firefighter, false) => "firefighters",
        (Item::Country, true) => "country",
        (Item::Country, false) => "countries",
        (Item::Other, _) => "",
    }
}

fn event(e: Event) -> &'static str {
    match e {
        Event::Launched => "launched",
        Event::Intercepted => "intercepted",
        Event::NotReached => "lost before reaching a target",
        Event::Hit => "hit",
        Event::Killed => "killed",
        Event::Injured => "injured",
        Event::Damaged => "damaged",
        Event::Affected => "affected",
        Event::Captured => "captured",
        Event::Exchanged => "exchanged",
        Event::Other => "",
    }
}

fn attacker(s: Option<Side>) -> &'static str {
    match s {
        Some(Side::Ru) => "in a Russian attack",
        Some(Side::Ua) => "in a Ukrainian attack",
        None => "",
    }
}

fn side(c: Claimant) -> &'static str {
    match c {
        Claimant::Ua => "Ukrainian side",
        Claimant::Ru => "Russian side",
        Claimant::Other => "third party",
        Claimant::Unknown => "unattributed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_line_breaks_do_not_reach_the_clipboard() {
        assert_eq!(line("a\u{1b}]52;c;x\u{7}\n b\u{202e}c"), "a]52;c;x bc");
    }
}
