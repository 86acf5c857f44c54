//! A candidate: a number on its way to becoming a figure, with what the
//! rules have found of it so far.

use std::sync::Arc;

use super::doc::Doc;
use super::lexicon::{EventEntry, LEXICON, Wound, class};
use super::numbers::Number;
use super::text::Kind;
use crate::model::{Claimant, Event, Item, Side};

/// How a number's noun phrase ends: `of the 137 drones`, `of them`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Partitive {
    None,
    /// `63 of the 137 drones`: the token where the total's number starts.
    Total(usize),
    /// `40 of the drones`.
    Head(Item, Option<&'static str>, Option<Side>),
    /// `two of them`, `97 of which`.
    Anaphor,
    /// `three of the wounded`: a part of a group named by what befell it.
    Group,
}

/// How an event was found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Via {
    Noun,
    Left,
    Right,
    With,
    Toll,
    /// Shared along a list: `653 drones and 51 missiles were launched`.
    List,
    LeftFar,
    Inherited,
    /// No verb: weapons counted in a night's attack were sent (`over 400
    /// Shaheds overnight`).
    Night,
    /// No verb of what befell: weapons said to be of a kind were among
    /// those sent (`Понад 80 дронів були типу Shahed`).
    Kind,
}

impl Via {
    pub fn name(self) -> &'static str {
        match self {
            Via::Noun => "noun",
            Via::Left => "verb-before",
            Via::Right => "verb-after",
            Via::With => "attack-with",
            Via::Toll => "toll",
            Via::LeftFar => "verb-far",
            Via::List => "list",
            Via::Inherited => "inherited",
            Via::Night => "night",
            Via::Kind => "kind",
        }
    }
}

/// A number on its way to becoming a figure.
#[derive(Debug, Clone)]
pub struct Cand {
    pub n: Number,
    pub sentence: usize,
    pub item: Option<Item>,
    pub item_rule: &'static str,
    pub weapon: Option<&'static str>,
    /// Token just after the noun phrase (or the number, if it has none).
    pub np_end: usize,
    /// The side named inside the noun phrase: `Russian drones`.
    pub np_side: Option<Side>,
    pub partitive: Partitive,
    /// Introduced as a part: `including 60 Shaheds`, `among them five`.
    pub subset_marked: bool,
    pub entry: Option<(EventEntry, Via)>,
    /// Token range of the event phrase, when it is in the text.
    pub event_at: Option<(usize, usize)>,
    pub event: Event,
    /// Index (among the article's candidates) of the total this is part of.
    pub subset_of: Option<usize>,
    /// The sentence that leads the list of lines this one stands on
    /// (`The enemy attacked with:` above `- 3 Kalibr missiles`): its
    /// speaker and time are this one's.
    pub lead: Option<usize>,
    pub attacker: Option<Side>,
    pub attacker_rule: &'static str,
    pub claimant: Claimant,
    pub claimant_rule: &'static str,
    pub source: Option<Arc<str>>,
    pub location: Option<Arc<str>>,
    pub cumulative: bool,
}

/// An event found for a candidate: the table's entry, how it was found,
/// the token range of its phrase, and the item it names when the phrase
/// says what was counted (`the death toll`).
pub type Found = (EventEntry, Via, usize, usize, Option<(Item, Option<Side>)>);

impl Cand {
    pub fn has_head(&self) -> bool {
        self.item.is_some() && self.item_rule == "noun"
    }

    /// `one killed`, `kill one`: a verb about people right next to the
    /// number, or past an auxiliary (`один был ранен`).
    pub fn verb_follows(&self, doc: &Doc<'_>) -> bool {
        let t = &doc.tokens;
        // `No one was hurt`, `Not a single one was killed`: a denial, a
        // few words at most before the number, no count.
        let denied = (self.n.first.saturating_sub(DENIAL_REACH)..self.n.first)
            .rev()
            .take_while(|&x| t[x].kind == Kind::Word)
            .any(|x| {
                LEXICON
                    .wounds
                    .match_at(t, x, self.n.first)
                    .is_some_and(|(_, &w)| w == Wound::No)
            });
        if denied {
            return false;
        }
        let after = self.entry.is_some_and(|(_, v)| v == Via::Right)
            && self.event_at.is_some_and(|(k, _)| {
                k >= self.np_end && (self.np_end..k).all(|x| LEXICON.is(&t[x], class::AUX))
            });
        let before = self
            .entry
            .is_some_and(|(e, v)| v == Via::Left && e.person.is_some() && e.weapon.is_none())
            && self.event_at.is_some_and(|(_, e)| e == self.n.hedge);
        after || before
    }
}

/// The most words a denial stands before its `one`: `not a single one`.
const DENIAL_REACH: usize = 3;

/// Where the run of candidates from `first` that share its sentence ends:
/// candidates come in text order, so a sentence's are one range.
pub fn sentence_end(cands: &[Cand], first: usize) -> usize {
    let s = cands[first].sentence;
    first + cands[first..].partition_point(|c| c.sentence == s)
}
