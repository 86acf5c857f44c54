//! Which actions are in force, and what this window's undo and redo take
//! back next: its own actions, never another window's taken in meanwhile.

use super::{Action, Entry};

/// Undo and redo over a log, one entry at a time.
#[derive(Debug, Default)]
pub struct History {
    /// Per entry, where it stands.
    state: Vec<State>,
    /// What undo takes back, newest last. An entry that stopped being in
    /// force some other way stays until it comes up, and is skipped then:
    /// taking it out at once would cost a search.
    undo: Vec<usize>,
    /// What redo gives back, newest last; skipped alike once in force.
    redo: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// An action in force.
    Live,
    /// An action undone.
    Undone,
    /// An undo or a redo.
    Turn,
}

/// What an entry changed.
pub enum Step {
    /// A new action, in force.
    New,
    /// The action at this index was undone or redone.
    Turned(usize),
    /// Nothing: an undo of what is undone already, or of nothing.
    Nothing,
}

impl History {
    /// The history of `entries`, all taken as this window's, as a restart
    /// sees them; in one pass, whatever the number of undos.
    pub fn of(entries: &[Entry]) -> History {
        let mut history = History::default();
        let mut ids = std::collections::HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            ids.insert(e.id.as_str(), i);
            history.step(&e.action, |id| ids.get(id).copied(), true);
        }
        history
    }

    /// Take in the next entry's action; `find` gives the index of the
    /// entry an undo or redo names. `mine`: recorded by this window (or
    /// read at opening), so its undo and redo stacks follow it.
    pub fn step(
        &mut self,
        action: &Action,
        find: impl FnOnce(&str) -> Option<usize>,
        mine: bool,
    ) -> Step {
        let at = self.state.len();
        let (undo, of) = match action {
            Action::Undo { of } => (true, of),
            Action::Redo { of } => (false, of),
            _ => {
                self.state.push(State::Live);
                if mine {
                    self.undo.push(at);
                    self.redo.clear();
                }
                return Step::New;
            }
        };
        self.state.push(State::Turn);
        // A bare undo or redo, from logs written before they named their
        // entry, takes the latest one, as it did then.
        let target = match of {
            Some(id) => find(id),
            None if undo => self.undo_target(),
            None => self.redo_target(),
        };
        let (from, to) = if undo {
            (State::Live, State::Undone)
        } else {
            (State::Undone, State::Live)
        };
        let Some(t) = target.filter(|&t| t < at && self.state[t] == from) else {
            return Step::Nothing;
        };
        self.state[t] = to;
        if mine {
            if undo {
                self.redo.push(t);
            } else {
                self.undo.push(t);
            }
        }
        self.settle();
        Step::Turned(t)
    }

    /// Whether the entry at `i` is an action in force.
    pub fn live(&self, i: usize) -> bool {
        self.state[i] == State::Live
    }

    /// The entry the next undo takes back.
    pub fn undo_target(&self) -> Option<usize> {
        self.undo.last().copied()
    }

    /// The entry the next redo gives back.
    pub fn redo_target(&self) -> Option<usize> {
        self.redo.last().copied()
    }

    /// The entries the next undo takes back, latest first: the one
    /// [`History::undo_target`] names and those below it on the stack that
    /// `together` says were written in one step with it.
    pub fn undo_run(&self, together: impl Fn(usize, usize) -> bool) -> Vec<usize> {
        let live = self.undo.iter().rev().copied().filter(|&i| self.live(i));
        run(live, together)
    }

    /// The entries the next redo gives back, alike.
    pub fn redo_run(&self, together: impl Fn(usize, usize) -> bool) -> Vec<usize> {
        let undone = self.redo.iter().rev().copied();
        run(undone.filter(|&i| self.state[i] == State::Undone), together)
    }

    /// `count` entries of others were put in at `at`, before this window's
    /// unsaved ones: its stacks follow them. Which actions are in force is
    /// `live`'s, worked out afresh for the new order.
    pub fn insert(&mut self, at: usize, count: usize, live: History) {
        for i in self.undo.iter_mut().chain(&mut self.redo) {
            if *i >= at {
                *i += count;
            }
        }
        self.state = live.state;
        self.settle();
    }

    /// Drop the tops of the stacks that no longer apply.
    fn settle(&mut self) {
        while self.undo.last().is_some_and(|&i| !self.live(i)) {
            self.undo.pop();
        }
        while self
            .redo
            .last()
            .is_some_and(|&i| self.state[i] != State::Undone)
        {
            self.redo.pop();
        }
    }
}

/// The first of `stack` and those after it that go `together` with it.
fn run(stack: impl Iterator<Item = usize>, together: impl Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for i in stack {
        match out.first() {
            Some(&first) if !together(first, i) => break,
            _ => out.push(i),
        }
    }
    out
}
