//! Lookups over the document that every rule and view shares.

use crate::document::{Document, Group, Party, Person};
use std::collections::{BTreeSet, HashMap, HashSet};

/// What an id stands for (the first definition of an id wins).
pub(super) enum Kind<'a> {
    Person(&'a Person),
    Party(&'a Party),
    Group(&'a Group),
}

/// Lookups over the document, built once. Every id's parties and people are resolved
/// here once, so rules and views never walk a group again (an "all parties" group
/// in a division of 800 parties made that cubic).
pub(super) struct Index<'a> {
    doc: &'a Document,
    pub(super) ids: HashMap<&'a str, Kind<'a>>,
    pub(super) people_of_party: HashMap<&'a str, Vec<&'a Person>>,
    party_sets: HashMap<&'a str, BTreeSet<&'a str>>,
    people_sets: HashMap<&'a str, Vec<&'a Person>>,
    empty_parties: BTreeSet<&'a str>,
}

impl<'a> Index<'a> {
    pub(super) fn new(doc: &'a Document) -> Self {
        let mut ids = HashMap::new();
        // First definition wins; later duplicates are reported as D002.
        for p in &doc.parties {
            ids.entry(p.id.as_str()).or_insert(Kind::Party(p));
        }
        for p in &doc.people {
            ids.entry(p.id.as_str()).or_insert(Kind::Person(p));
        }
        for g in &doc.groups {
            ids.entry(g.id.as_str()).or_insert(Kind::Group(g));
        }
        let mut people_of_party: HashMap<&str, Vec<&Person>> = HashMap::new();
        for p in &doc.people {
            people_of_party.entry(p.party.as_str()).or_default().push(p);
        }
        let mut ix = Index {
            doc,
            ids,
            people_of_party,
            party_sets: HashMap::new(),
            people_sets: HashMap::new(),
            empty_parties: BTreeSet::new(),
        };
        let keys: Vec<&'a str> = ix.ids.keys().copied().collect();
        for id in keys {
            let parties = ix.resolve_parties(id);
            let people = ix.resolve_people(id);
            ix.party_sets.insert(id, parties);
            ix.people_sets.insert(id, people);
        }
        ix
    }

    /// The parties an id stands for (resolved once in `new`).
    pub(super) fn parties_of(&self, id: &str) -> &BTreeSet<&'a str> {
        self.party_sets.get(id).unwrap_or(&self.empty_parties)
    }

    /// The people an id stands for (resolved once in `new`).
    pub(super) fn people_of(&self, id: &str) -> &[&'a Person] {
        self.people_sets.get(id).map_or(&[], Vec::as_slice)
    }

    pub(super) fn person(&self, id: &str) -> Option<&'a Person> {
        match self.ids.get(id) {
            Some(Kind::Person(p)) => Some(p),
            _ => None,
        }
    }

    pub(super) fn party(&self, id: &str) -> Option<&'a Party> {
        match self.ids.get(id) {
            Some(Kind::Party(p)) => Some(p),
            _ => None,
        }
    }

    pub(super) fn is_group(&self, id: &str) -> bool {
        matches!(self.ids.get(id), Some(Kind::Group(_)))
    }

    pub(super) fn name(&self, id: &str) -> String {
        match self.ids.get(id) {
            Some(Kind::Person(p)) => p.name.to_string(),
            Some(Kind::Party(p)) => p.name.to_string(),
            Some(Kind::Group(g)) => g.name.to_string(),
            None => id.to_owned(),
        }
    }

    /// The parties an id stands for.
    fn resolve_parties(&self, id: &str) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        match self.ids.get(id) {
            Some(Kind::Person(p)) => {
                if self.party(p.party.as_str()).is_some() {
                    out.insert(p.party.as_str());
                }
            }
            Some(Kind::Party(p)) => {
                out.insert(p.id.as_str());
            }
            Some(Kind::Group(g)) => {
                if g.all_parties {
                    out.extend(self.doc.parties.iter().map(|p| p.id.as_str()));
                }
                for m in &g.members {
                    match self.ids.get(m.as_str()) {
                        Some(Kind::Person(p)) if self.party(p.party.as_str()).is_some() => {
                            out.insert(p.party.as_str());
                        }
                        Some(Kind::Party(p)) => {
                            out.insert(p.id.as_str());
                        }
                        _ => {}
                    }
                }
            }
            None => {}
        }
        out
    }

    /// The people an id stands for (a party: its contact).
    fn resolve_people(&self, id: &str) -> Vec<&'a Person> {
        let contact_of = |p: &Party| p.contact.as_ref().and_then(|c| self.person(c.as_str()));
        match self.ids.get(id) {
            Some(Kind::Person(p)) => vec![p],
            Some(Kind::Party(p)) => contact_of(p).into_iter().collect(),
            Some(Kind::Group(g)) => {
                let mut v: Vec<&Person> = Vec::new();
                if g.all_parties {
                    v.extend(self.doc.parties.iter().filter_map(contact_of));
                }
                for m in &g.members {
                    match self.ids.get(m.as_str()) {
                        Some(Kind::Person(p)) => v.push(p),
                        Some(Kind::Party(p)) => v.extend(contact_of(p)),
                        _ => {}
                    }
                }
                dedup_people(v)
            }
            None => Vec::new(),
        }
    }
}

/// Removes repeated people, keeping the first occurrence (order matters for display).
pub(super) fn dedup_people(v: Vec<&Person>) -> Vec<&Person> {
    let mut seen = HashSet::new();
    v.into_iter()
        .filter(|p| seen.insert(p.id.as_str()))
        .collect()
}
