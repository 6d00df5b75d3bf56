//! Looking things up in a document by id: one order for every caller, so the
//! analysis, the exports and the web app name the same thing the same way.

use crate::document::{Document, Group, Party, Person};
use std::collections::HashMap;

/// What an id stands for in a document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HolderRef<'a> {
    /// A party.
    Party(&'a Party),
    /// A person.
    Person(&'a Person),
    /// A group.
    Group(&'a Group),
}

impl<'a> HolderRef<'a> {
    /// The display name as written in the document.
    pub fn name(self) -> &'a str {
        match self {
            HolderRef::Party(p) => p.name.as_str(),
            HolderRef::Person(p) => p.name.as_str(),
            HolderRef::Group(g) => g.name.as_str(),
        }
    }
}

impl Document {
    /// The party, person or group with this id, looked up in that order: parties,
    /// then people, then groups. When an id is used twice (D002), the first kind in
    /// that order wins, as it does in the analysis.
    pub fn holder(&self, id: &str) -> Option<HolderRef<'_>> {
        self.parties
            .iter()
            .find(|p| p.id.as_str() == id)
            .map(HolderRef::Party)
            .or_else(|| {
                self.people
                    .iter()
                    .find(|p| p.id.as_str() == id)
                    .map(HolderRef::Person)
            })
            .or_else(|| {
                self.groups
                    .iter()
                    .find(|g| g.id.as_str() == id)
                    .map(HolderRef::Group)
            })
    }

    /// The display name of a party, person or group id (order as in
    /// [`Document::holder`]); the id itself when nothing has it, so a broken
    /// reference stays visible.
    pub fn name_of(&self, id: &str) -> String {
        self.holder(id)
            .map_or_else(|| id.to_owned(), |h| h.name().to_owned())
    }

    /// Every id's display name, for callers that look up many ids (a scan per id
    /// would make them quadratic). Same order as [`Document::holder`]: the first
    /// definition of an id wins.
    pub fn names(&self) -> HashMap<&str, &str> {
        let mut m = HashMap::new();
        let all = self
            .parties
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str()))
            .chain(self.people.iter().map(|p| (p.id.as_str(), p.name.as_str())))
            .chain(self.groups.iter().map(|g| (g.id.as_str(), g.name.as_str())));
        for (id, name) in all {
            m.entry(id).or_insert(name);
        }
        m
    }

    /// Whether the id stands for a group (order as in [`Document::holder`]).
    pub fn is_group(&self, id: &str) -> bool {
        matches!(self.holder(id), Some(HolderRef::Group(_)))
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::from_yaml;

    /// `x` is a party, a person and a group at once (a D002 document); `p`, `m` and
    /// `g` are each one kind.
    const DOC: &str = "version: 1
collaboration: { name: Test, ambition: sharing, arrangement: coordinating, coordinator: p }
parties:
  - { id: p, name: Partij P, kind: municipality }
  - { id: x, name: Partij X, kind: municipality }
people:
  - { id: m, name: Mens M, party: p }
  - { id: x, name: Mens X, party: p }
groups:
  - { id: g, name: Groep G, members: [m] }
  - { id: x, name: Groep X, members: [m] }
";

    #[test]
    fn names_are_looked_up_parties_then_people_then_groups() {
        let doc = from_yaml(DOC).unwrap();
        assert_eq!(doc.name_of("p"), "Partij P");
        assert_eq!(doc.name_of("m"), "Mens M");
        assert_eq!(doc.name_of("g"), "Groep G");
        assert_eq!(doc.name_of("x"), "Partij X");
        assert_eq!(doc.name_of("nobody"), "nobody");
        let names = doc.names();
        for id in ["p", "m", "g", "x"] {
            assert_eq!(names.get(id).copied(), Some(doc.name_of(id).as_str()));
        }
        assert!(doc.is_group("g"));
        assert!(!doc.is_group("x"));
    }
}
