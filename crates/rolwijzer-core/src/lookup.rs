//! Looking things up in a document by id: one order for every caller, so the
//! analysis, the exports and the web app name the same thing the same way.

use crate::document::{Document, Group, Party, Person};

/// What an id stands for in a document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Holder<'a> {
    /// A party.
    Party(&'a Party),
    /// A person.
    Person(&'a Person),
    /// A group.
    Group(&'a Group),
}

impl<'a> Holder<'a> {
    /// The display name as written in the document.
    pub fn name(self) -> &'a str {
        match self {
            Holder::Party(p) => p.name.as_str(),
            Holder::Person(p) => p.name.as_str(),
            Holder::Group(g) => g.name.as_str(),
        }
    }
}

impl Document {
    /// The party, person or group with this id, looked up in that order: parties,
    /// then people, then groups. When an id is used twice (D002), the first kind in
    /// that order wins, as it does in the analysis.
    pub fn holder(&self, id: &str) -> Option<Holder<'_>> {
        self.parties
            .iter()
            .find(|p| p.id.as_str() == id)
            .map(Holder::Party)
            .or_else(|| {
                self.people
                    .iter()
                    .find(|p| p.id.as_str() == id)
                    .map(Holder::Person)
            })
            .or_else(|| {
                self.groups
                    .iter()
                    .find(|g| g.id.as_str() == id)
                    .map(Holder::Group)
            })
    }

    /// The display name of a party, person or group id (order as in
    /// [`Document::holder`]); the id itself when nothing has it, so a broken
    /// reference stays visible.
    pub fn name_of(&self, id: &str) -> String {
        self.holder(id)
            .map_or_else(|| id.to_owned(), |h| h.name().to_owned())
    }

    /// Whether the id stands for a group (order as in [`Document::holder`]).
    pub fn is_group(&self, id: &str) -> bool {
        matches!(self.holder(id), Some(Holder::Group(_)))
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
        assert!(doc.is_group("g"));
        assert!(!doc.is_group("x"));
    }
}
