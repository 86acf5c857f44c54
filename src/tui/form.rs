//! The correction form's state: a figure's value, qualifier, item, event,
//! attacker, claimant, source, night and running total, edited field by field, and what saving it
//! records (a [`Correction`] with only the fields that changed, or a whole
//! new [`Figure`] for one the engine missed). Drawn by `form_view`.

use chrono::{Days, NaiveDate};

use crate::model::{Claimant, Event, Figure, Item, Qualifier, Side};
use crate::review::Correction;
use crate::store::FigureId;

use super::ui::hedged;

/// Every qualifier, item, event, attacker and claimant, in the order ←/→
/// cycles them (SPEC.md's order). `listed_*` in the tests keep these in
/// step with the model's enums.
pub const QUALIFIERS: [Qualifier; 4] = [
    Qualifier::Exact,
    Qualifier::AtLeast,
    Qualifier::AtMost,
    Qualifier::Approx,
];
pub const ITEMS: [Item; 14] = [
    Item::Drone,
    Item::Missile,
    Item::DroneOrMissile,
    Item::Person,
    Item::Child,
    Item::Building,
    Item::Home,
    Item::Facility,
    Item::Village,
    Item::Soldier,
    Item::Prisoner,
    Item::Firefighter,
    Item::Country,
    Item::Other,
];
pub const EVENTS: [Event; 11] = [
    Event::Launched,
    Event::Intercepted,
    Event::NotReached,
    Event::Hit,
    Event::Killed,
    Event::Injured,
    Event::Damaged,
    Event::Affected,
    Event::Captured,
    Event::Exchanged,
    Event::Other,
];
pub const ATTACKERS: [Option<Side>; 3] = [Some(Side::Ru), Some(Side::Ua), None];
pub const CLAIMANTS: [Claimant; 4] = [
    Claimant::Ru,
    Claimant::Ua,
    Claimant::Other,
    Claimant::Unknown,
];

/// A field of the form, in the order Tab and ↑/↓ visit them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Value,
    Qualifier,
    Item,
    Event,
    Attacker,
    Claimant,
    /// Who is quoted, as written.
    Source,
    /// The night or day it is about.
    Night,
    /// Whether it is a running total.
    Total,
    Note,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Value,
        Field::Qualifier,
        Field::Item,
        Field::Event,
        Field::Attacker,
        Field::Claimant,
        Field::Source,
        Field::Night,
        Field::Total,
        Field::Note,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Field::Value => "value",
            Field::Qualifier => "qualifier",
            Field::Item => "item",
            Field::Event => "event",
            Field::Attacker => "attacker",
            Field::Claimant => "claimant",
            Field::Source => "source",
            Field::Night => "night",
            Field::Total => "total",
            Field::Note => "note",
        }
    }

    /// Whether ←/→ cycles a list of values here.
    pub fn is_choice(self) -> bool {
        !matches!(
            self,
            Field::Value | Field::Source | Field::Night | Field::Note
        )
    }

    fn step(self, delta: isize) -> Field {
        let n = Field::ALL.len() as isize;
        let i = Field::ALL.iter().position(|&f| f == self).unwrap_or(0) as isize;
        Field::ALL[(i + delta).rem_euclid(n) as usize]
    }
}

/// What the form is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A figure on screen (the engine's, or one added earlier).
    Figure(FigureId),
    /// A number in the text of article (store index) `article` that is not
    /// a figure yet: saving adds it.
    New { article: usize },
}

/// The correction form.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionForm {
    pub target: Target,
    /// The figure as it stood when the form opened (earlier corrections
    /// applied); for a new figure, the one saving would add unchanged.
    pub before: Figure,
    /// The value as typed: digits only.
    pub value: String,
    pub qualifier: Qualifier,
    pub item: Item,
    pub event: Event,
    pub attacker: Option<Side>,
    pub claimant: Claimant,
    /// As typed; empty for none.
    pub source: String,
    /// As typed, `2025-06-11`; empty for none.
    pub night: String,
    /// The article's day, where ←/→ on an empty night starts.
    pub day: Option<NaiveDate>,
    pub cumulative: bool,
    pub note: String,
    pub field: Field,
    /// Letters typed on a choice field, matched against the value names.
    typed: String,
    /// Why the last Enter did not save.
    pub error: Option<String>,
}

impl CorrectionForm {
    pub fn new(target: Target, before: Figure) -> CorrectionForm {
        CorrectionForm {
            target,
            value: before.value.to_string(),
            qualifier: before.qualifier,
            item: before.item,
            event: before.event,
            attacker: before.attacker,
            claimant: before.claimant,
            source: before.source.as_deref().unwrap_or_default().to_string(),
            night: before.date.map(|d| d.to_string()).unwrap_or_default(),
            day: None,
            cumulative: before.cumulative,
            before,
            note: String::new(),
            field: Field::Value,
            typed: String::new(),
            error: None,
        }
    }

    pub fn is_new(&self) -> bool {
        matches!(self.target, Target::New { .. })
    }

    /// A typed character: a digit of the value, a letter of the note, or
    /// on a choice field the start of a value's name (`mi` → missile).
    pub fn input(&mut self, c: char) {
        self.error = None;
        match self.field {
            Field::Value => {
                if c.is_ascii_digit() && self.value.len() < 19 {
                    if self.value == "0" {
                        self.value.clear();
                    }
                    self.value.push(c);
                }
            }
            Field::Note => self.note.push(c),
            Field::Source => self.source.push(c),
            Field::Night => {
                if (c.is_ascii_digit() || c == '-') && self.night.len() < 10 {
                    self.night.push(c);
                }
            }
            field => {
                self.typed.push(c.to_ascii_lowercase());
                if !self.choose(field) {
                    // Start over from this letter: typing is a fresh pick.
                    self.typed = c.to_ascii_lowercase().to_string();
                    if !self.choose(field) {
                        self.typed.clear();
                    }
                }
            }
        }
    }

    /// Pasted text, typed into the value, source, night or note; false on
    /// a choice field, where a paste would pick at random.
    pub fn paste(&mut self, text: &str) -> bool {
        if self.field.is_choice() {
            return false;
        }
        text.chars().for_each(|c| self.input(c));
        true
    }

    pub fn backspace(&mut self) {
        self.error = None;
        match self.field {
            Field::Value => {
                self.value.pop();
            }
            Field::Note => {
                self.note.pop();
            }
            Field::Source => {
                self.source.pop();
            }
            Field::Night => {
                self.night.pop();
            }
            _ => {
                self.typed.pop();
            }
        }
    }

    /// The next (`delta` 1) or previous (-1) field.
    pub fn move_field(&mut self, delta: isize) {
        self.field = self.field.step(delta);
        self.typed.clear();
    }

    /// ←/→: the previous or next value of a choice field; on the value, one
    /// less or more.
    pub fn cycle(&mut self, delta: isize) {
        self.error = None;
        self.typed.clear();
        fn next<T: Copy + PartialEq>(list: &[T], cur: T, delta: isize) -> T {
            let n = list.len() as isize;
            let i = list.iter().position(|&x| x == cur).unwrap_or(0) as isize;
            list[(i + delta).rem_euclid(n) as usize]
        }
        match self.field {
            Field::Value => {
                let v: u64 = self.value.parse().unwrap_or(0);
                self.value = v.saturating_add_signed(delta as i64).to_string();
            }
            Field::Qualifier => self.qualifier = next(&QUALIFIERS, self.qualifier, delta),
            Field::Item => self.item = next(&ITEMS, self.item, delta),
            Field::Event => self.event = next(&EVENTS, self.event, delta),
            Field::Attacker => self.attacker = next(&ATTACKERS, self.attacker, delta),
            Field::Claimant => self.claimant = next(&CLAIMANTS, self.claimant, delta),
            Field::Total => self.set_total(!self.cumulative),
            // A day later or earlier; from the article's day when empty, and
            // nothing where there is none.
            Field::Night => {
                let Some(day) = parse_night(&self.night)
                    .ok()
                    .flatten()
                    .or(self.before.date)
                    .or(self.day)
                else {
                    return;
                };
                let moved = if delta > 0 {
                    day.checked_add_days(Days::new(1))
                } else {
                    day.checked_sub_days(Days::new(1))
                };
                if let Some(d) = moved {
                    self.night = d.to_string();
                }
            }
            Field::Source | Field::Note => {}
        }
    }

    /// A running total is about no one night (SPEC.md): saying it is one
    /// takes the night away.
    fn set_total(&mut self, total: bool) {
        self.cumulative = total;
        if total {
            self.night.clear();
        }
    }

    /// Pick the first value of `field` whose name starts with what was
    /// typed; false when none does.
    fn choose(&mut self, field: Field) -> bool {
        let t = self.typed.as_str();
        let hit = |name: String| name.starts_with(t);
        match field {
            Field::Qualifier => {
                pick(&QUALIFIERS, |q| hit(q.to_string())).map(|q| self.qualifier = q)
            }
            Field::Item => pick(&ITEMS, |i| hit(i.to_string())).map(|i| self.item = i),
            Field::Event => pick(&EVENTS, |e| hit(e.to_string())).map(|e| self.event = e),
            Field::Attacker => {
                pick(&ATTACKERS, |a| hit(attacker_name(a).to_string())).map(|a| self.attacker = a)
            }
            Field::Claimant => pick(&CLAIMANTS, |c| hit(c.to_string())).map(|c| self.claimant = c),
            // A running total is about no one night: it takes the night away.
            Field::Total => pick(&[true, false], |t| hit(yes_no(t).into())).map(|t| {
                self.cumulative = t;
                if t {
                    self.night.clear();
                }
            }),
            Field::Value | Field::Source | Field::Night | Field::Note => None,
        }
        .is_some()
    }

    /// The field's value as shown.
    pub fn shown(&self, field: Field) -> String {
        match field {
            Field::Value => self.value.clone(),
            Field::Qualifier => self.qualifier.to_string(),
            Field::Item => self.item.to_string(),
            Field::Event => self.event.to_string(),
            Field::Attacker => attacker_name(self.attacker).to_string(),
            Field::Claimant => self.claimant.to_string(),
            Field::Source => self.source.clone(),
            Field::Night => self.night.clone(),
            Field::Total => yes_no(self.cumulative).into(),
            Field::Note => self.note.clone(),
        }
    }

    /// The field's value when the form opened.
    pub fn was(&self, field: Field) -> String {
        let b = &self.before;
        match field {
            Field::Value => b.value.to_string(),
            Field::Qualifier => b.qualifier.to_string(),
            Field::Item => b.item.to_string(),
            Field::Event => b.event.to_string(),
            Field::Attacker => attacker_name(b.attacker).to_string(),
            Field::Claimant => b.claimant.to_string(),
            Field::Source => b.source.as_deref().unwrap_or_default().to_string(),
            Field::Night => b.date.map(|d| d.to_string()).unwrap_or_default(),
            Field::Total => yes_no(b.cumulative).into(),
            Field::Note => String::new(),
        }
    }

    /// Whether a field differs from when the form opened.
    pub fn changed(&self, field: Field) -> bool {
        field != Field::Note && self.shown(field) != self.was(field)
    }

    fn value(&self) -> Result<u64, String> {
        if self.value.is_empty() {
            return Err("type a value".into());
        }
        self.value
            .parse()
            .map_err(|_| format!("{} is too large a value", self.value))
    }

    fn source(&self) -> Option<String> {
        Some(self.source.trim().to_string()).filter(|s| !s.is_empty())
    }

    fn night(&self) -> Result<Option<NaiveDate>, String> {
        parse_night(&self.night)
    }

    /// What saving records for an existing figure: only the fields that
    /// changed. Empty when nothing did.
    pub fn correction(&self) -> Result<Correction, String> {
        let value = self.value()?;
        let (source, night) = (self.source(), self.night()?);
        let b = &self.before;
        Ok(Correction {
            source: (source.as_deref() != b.source.as_deref()).then_some(source),
            date: (night != b.date).then_some(night),
            cumulative: (self.cumulative != b.cumulative).then_some(self.cumulative),
            value: (value != b.value).then_some(value),
            qualifier: (self.qualifier != b.qualifier).then_some(self.qualifier),
            item: (self.item != b.item).then_some(self.item),
            event: (self.event != b.event).then_some(self.event),
            attacker: (self.attacker != b.attacker).then_some(self.attacker),
            claimant: (self.claimant != b.claimant).then_some(self.claimant),
        })
    }

    /// The figure saving adds, for a new one.
    pub fn figure(&self) -> Result<Figure, String> {
        let mut f = self.before.clone();
        f.value = self.value()?;
        f.qualifier = self.qualifier;
        f.item = self.item;
        f.event = self.event;
        f.attacker = self.attacker;
        f.claimant = self.claimant;
        f.source = self.source().map(Into::into);
        f.date = self.night()?;
        f.cumulative = self.cumulative;
        f.rule = "added by hand".into();
        f.confidence = 1.0;
        Ok(f)
    }

    /// `value 100 → 120 · item drone → missile`, for the form's last lines.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = Field::ALL
            .into_iter()
            .filter(|&f| self.changed(f))
            .map(|f| format!("{} {} → {}", f.label(), self.was(f), self.shown(f)))
            .collect();
        parts.join(" · ")
    }

    /// `≥17 person injured`: the form's figure as it stands.
    pub fn describe(&self) -> String {
        format!(
            "{} {} {}",
            hedged(self.value.parse().unwrap_or(0), self.qualifier),
            self.item,
            self.event
        )
    }
}

/// `ru`, `ua`, or `none` for no attacker.
pub fn attacker_name(a: Option<Side>) -> &'static str {
    match a {
        Some(Side::Ru) => "ru",
        Some(Side::Ua) => "ua",
        None => "none",
    }
}

fn pick<T: Copy>(list: &[T], ok: impl Fn(T) -> bool) -> Option<T> {
    list.iter().copied().find(|&x| ok(x))
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// A night as typed: empty for none, else `2025-06-11`.
fn parse_night(s: &str) -> Result<Option<NaiveDate>, String> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("night: {s} is not a date like 2025-06-11 (empty for none)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn form() -> CorrectionForm {
        let a = Article::from_text(
            "a",
            "Russia launched 100 drones overnight, Ukraine's air force said.",
        );
        let f = crate::extract::extract(&a).remove(0);
        CorrectionForm::new(Target::Figure(0), f)
    }

    /// Each variant of the model's enums is in the lists ←/→ cycles: a
    /// variant added to the model fails to compile here until it is listed.
    #[test]
    fn listed_values_cover_the_model() {
        for q in QUALIFIERS {
            match q {
                Qualifier::Exact | Qualifier::AtLeast | Qualifier::AtMost | Qualifier::Approx => {}
            }
        }
        let item_index = |i: Item| match i {
            Item::Drone
            | Item::Missile
            | Item::DroneOrMissile
            | Item::Person
            | Item::Child
            | Item::Building
            | Item::Home
            | Item::Facility
            | Item::Village
            | Item::Soldier
            | Item::Prisoner
            | Item::Firefighter
            | Item::Country
            | Item::Other => ITEMS.iter().position(|&x| x == i),
        };
        assert!(ITEMS.iter().all(|&i| item_index(i).is_some()));
        let event_index = |e: Event| match e {
            Event::Launched
            | Event::Intercepted
            | Event::NotReached
            | Event::Hit
            | Event::Killed
            | Event::Injured
            | Event::Damaged
            | Event::Affected
            | Event::Captured
            | Event::Exchanged
            | Event::Other => EVENTS.iter().position(|&x| x == e),
        };
        assert!(EVENTS.iter().all(|&e| event_index(e).is_some()));
        let claimant_index = |c: Claimant| match c {
            Claimant::Ru | Claimant::Ua | Claimant::Other | Claimant::Unknown => {
                CLAIMANTS.iter().position(|&x| x == c)
            }
        };
        assert!(CLAIMANTS.iter().all(|&c| claimant_index(c).is_some()));
    }

    #[test]
    fn only_changed_fields_are_saved() {
        let mut f = form();
        assert!(f.correction().unwrap().is_empty());
        for _ in 0..3 {
            f.backspace();
        }
        for c in "120".chars() {
            f.input(c);
        }
        f.move_field(3);
        assert_eq!(f.field, Field::Event);
        f.move_field(2);
        f.cycle(1);
        let c = f.correction().unwrap();
        assert_eq!(c.value, Some(120));
        assert_eq!(c.claimant, Some(Claimant::Other));
        assert_eq!(
            (c.item, c.event, c.attacker, c.qualifier),
            (None, None, None, None)
        );
        assert_eq!(f.summary(), "value 100 → 120 · claimant ua → other");
    }

    #[test]
    fn letters_pick_a_value_by_name() {
        let mut f = form();
        f.move_field(2);
        f.input('m');
        assert_eq!(f.item, Item::Missile);
        f.input('i');
        assert_eq!(f.item, Item::Missile);
        f.input('p');
        // "mip" matches nothing: a fresh pick from "p".
        assert_eq!(f.item, Item::Person);
        f.move_field(2);
        f.input('n');
        assert_eq!(f.attacker, None);
        f.move_field(-4);
        f.backspace();
        f.backspace();
        f.backspace();
        assert!(f.correction().is_err());
    }
}
