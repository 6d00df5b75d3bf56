//! The newest revision of a collaboration and its analysis, kept between requests.
//!
//! Every page of a collaboration needs the head revision parsed and analysed. Both
//! depend only on (collaboration, revision number, today), and revisions never
//! change once stored, so the result can be shared until a new revision is saved or
//! the day changes. The collaboration row (which holds the head number) is still read
//! on every request, so a save by another server process is seen at once.
//!
//! Visitors see the public view of a revision (issue 13), which also depends on what
//! the owners chose to disclose; that choice is part of the key, so changing it needs
//! no invalidation.

use rolwijzer_core::privacy::Disclosure;
use rolwijzer_core::values::Text;
use rolwijzer_core::{Date, Report};
use rolwijzer_store::{CollabId, Revision};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// How many analysed revisions to keep; old ones are dropped first.
const CAPACITY: usize = 64;

/// Which view of a revision: `None` for members (the document as stored), or the
/// public view made with these switches and this function address.
pub type View = Option<(Disclosure, Option<Text>)>;

type Key = (CollabId, i64, Date, View);

/// Analysed head revisions, shared by all requests.
#[derive(Debug, Default)]
pub struct Analyses {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    map: HashMap<Key, (u64, Arc<Revision>, Arc<Report>)>,
    clock: u64,
}

impl Analyses {
    /// The cached revision and report, if present.
    pub fn get(
        &self,
        collaboration: CollabId,
        revision: i64,
        today: Date,
        view: &View,
    ) -> Option<(Arc<Revision>, Arc<Report>)> {
        // A poisoned lock only means another request panicked mid-insert; the map
        // itself is still valid, so keep using it.
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.clock += 1;
        let now = inner.clock;
        let entry = inner
            .map
            .get_mut(&(collaboration, revision, today, view.clone()))?;
        entry.0 = now;
        Some((entry.1.clone(), entry.2.clone()))
    }

    /// Keeps a revision and its report, dropping the least recently used entry when
    /// full.
    pub fn put(
        &self,
        collaboration: CollabId,
        revision: Arc<Revision>,
        report: Arc<Report>,
        today: Date,
        view: View,
    ) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.map.len() >= CAPACITY {
            if let Some(oldest) = inner
                .map
                .iter()
                .min_by_key(|(_, v)| v.0)
                .map(|(k, _)| k.clone())
            {
                inner.map.remove(&oldest);
            }
        }
        inner.clock += 1;
        let now = inner.clock;
        let number = revision.meta.number;
        inner.map.insert(
            (collaboration, number, today, view),
            (now, revision, report),
        );
    }
}
