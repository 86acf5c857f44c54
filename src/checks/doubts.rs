//! Doubts as kept: one list ordered by figure, the figures each involves shared.

use std::sync::Arc;

use super::message::Why;
use super::typical::Typical;
use super::{DoubtKind, Found};
use crate::store::FigureId;

/// One reason to doubt a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Doubt {
    pub kind: DoubtKind,
    /// The other figures involved, shared by the figures of a night that
    /// name the same ones.
    related: Option<Arc<[FigureId]>>,
    pub(super) why: Why,
}

impl Doubt {
    /// The other figures a doubt involves.
    pub fn related(&self) -> &[FigureId] {
        self.related.as_deref().unwrap_or_default()
    }
}

/// Every figure's doubts, in one list ordered by figure: a corpus can hold
/// a doubt for most of a million figures, and a list per figure would cost
/// more than the doubts themselves.
#[derive(Debug, Clone, Default)]
pub struct Doubts {
    list: Vec<Doubt>,
    /// Where each figure's doubts start in `list`, and where the last ends.
    starts: Vec<u32>,
    /// Figures beyond the store's (added by hand), in order: the `i`th has
    /// the place after the store's figures and `i` others.
    extra: Vec<FigureId>,
    /// What the corpus usually says for each matter, which each figure is
    /// held against.
    typical: Typical,
}

impl Doubts {
    /// The doubts about figure `id`; none for a figure not yet checked.
    pub fn of(&self, id: FigureId) -> &[Doubt] {
        let place = match (id as usize).checked_sub(self.len()) {
            None => Some(id as usize),
            Some(_) => self.extra.binary_search(&id).ok().map(|i| self.len() + i),
        };
        match place.map(|p| (self.starts.get(p), self.starts.get(p + 1))) {
            Some((Some(&a), Some(&b))) => &self.list[a as usize..b as usize],
            _ => &[],
        }
    }

    /// How many of the store's figures were checked.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1 + self.extra.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(super) fn typical(&self) -> &Typical {
        &self.typical
    }
}

/// Makes each doubt's list of related figures, sharing one equal to a
/// list made just before: figures of one night mostly name the same others.
#[derive(Debug, Default)]
pub(super) struct Sharer {
    recent: [Option<Arc<[FigureId]>>; 4],
}

impl Sharer {
    pub fn doubt(&mut self, kind: DoubtKind, why: Why, ids: Vec<FigureId>) -> Doubt {
        let related = if ids.is_empty() {
            None
        } else if let Some(same) = self.recent.iter().flatten().find(|r| r[..] == ids[..]) {
            Some(same.clone())
        } else {
            let made: Arc<[FigureId]> = ids.into();
            self.recent.rotate_right(1);
            self.recent[0] = Some(made.clone());
            Some(made)
        };
        Doubt { kind, related, why }
    }
}

/// Files doubts as the checks find them, then groups them by figure.
pub(super) struct Filer {
    /// How many figures the store holds, and the ones beyond it.
    store: usize,
    extra: Vec<FigureId>,
    list: Vec<Doubt>,
    /// Each doubt's figure, as its place.
    owner: Vec<u32>,
    /// A bit per kind a figure already has: it keeps the first of each.
    seen: Vec<u16>,
    count: Vec<u32>,
    sharer: Sharer,
}

impl Filer {
    pub fn new(store: usize, extra: &[FigureId]) -> Filer {
        let n = store + extra.len();
        // Room for two doubts a figure is set aside at once: growing copies
        // the list, while room never written costs no memory.
        Filer {
            store,
            extra: extra.to_vec(),
            list: Vec::with_capacity(2 * n),
            owner: Vec::with_capacity(2 * n),
            seen: vec![0; n],
            count: vec![0; n],
            sharer: Sharer::default(),
        }
    }

    fn place(&self, id: FigureId) -> Option<usize> {
        if (id as usize) < self.store {
            return Some(id as usize);
        }
        let i = self.extra.binary_search(&id).ok()?;
        Some(self.store + i)
    }

    pub fn file(&mut self, found: Vec<Found>) {
        for (id, kind, why, ids) in found {
            let Some(p) = self.place(id) else { continue };
            let bit = 1 << kind as u16;
            if self.seen[p] & bit != 0 {
                continue;
            }
            self.seen[p] |= bit;
            self.count[p] += 1;
            self.owner.push(p as u32);
            self.list.push(self.sharer.doubt(kind, why, ids));
        }
    }

    pub fn finish(self, typical: Typical) -> Doubts {
        let Filer {
            store,
            extra,
            mut list,
            owner,
            mut count,
            ..
        } = self;
        // Grouped by figure in place, in filing order within each: `owner`
        // becomes each doubt's place, and the list is permuted cycle by cycle.
        let mut starts = Vec::with_capacity(count.len() + 1);
        let mut next = 0u32;
        for c in count.iter_mut() {
            starts.push(next);
            next += std::mem::replace(c, next);
        }
        starts.push(next);
        let mut place = owner;
        for p in place.iter_mut() {
            let at = &mut count[*p as usize];
            *p = *at;
            *at += 1;
        }
        for i in 0..place.len() {
            while place[i] as usize != i {
                let j = place[i] as usize;
                list.swap(i, j);
                place.swap(i, j);
            }
        }
        debug_assert_eq!(starts.len(), store + extra.len() + 1);
        Doubts {
            list,
            starts,
            extra,
            typical,
        }
    }
}
