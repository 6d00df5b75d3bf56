//! Looking things up in a document by id: one order for every caller, so the
//! analysis, the exports and the web app name the same thing the same way.

use crate::catalogue::{ItemId, TaskId};
use crate::document::{Document, Group, Party, Person};
use crate::values::{Id, MAX_ID_LEN};
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

/// The one rule for making an id from a name: lower-case ASCII letters and digits,
/// common accents folded (`Zoë` → `zoe`, `Bjørn` → `bjorn`), every other run of
/// characters one `-`, at most [`MAX_ID_LEN`] − 4 characters so a `-NN` suffix
/// still fits. Empty when the name has no letters or digits.
pub fn id_base(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else {
            match fold(c) {
                "" if !s.is_empty() && !s.ends_with('-') => s.push('-'),
                "" => {}
                f => s.push_str(f),
            }
        }
    }
    // Cut first, then trim: a cut can end on a dash.
    let s: String = s.chars().take(MAX_ID_LEN - 4).collect();
    s.trim_end_matches('-').to_owned()
}

/// The first of `base`, `base-2`, `base-3`, … that is not `taken`; `fallback` stands
/// in for an empty base.
pub fn unique_id(base: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> Id {
    let base = if base.is_empty() { fallback } else { base };
    let candidate = if taken(base) {
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|c| !taken(c))
            .unwrap_or_default()
    } else {
        base.to_owned()
    };
    // Callers pass a base from `id_base` or a fixed word, so this parses; should a
    // caller pass something else, a placeholder is better than a panic.
    Id::parse(&candidate).unwrap_or_else(|_| Id::placeholder())
}

/// ASCII for common Latin letters with accents, so that ids stay readable
/// (`Zoë` → `zoe`, `Bjørn` → `bjorn`).
fn fold(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
        'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ĳ' => "ij",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ß' => "ss",
        'š' | 'ś' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        _ => "",
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

    /// Whether an id is used by a party, person, group or custom task, or is a
    /// catalogue task or item id (a custom task may not take those either: D002).
    pub fn id_taken(&self, id: &str) -> bool {
        self.holder(id).is_some()
            || TaskId::from_id(id).is_some()
            || ItemId::from_id(id).is_some()
            || id == "custom"
            || self.assignments.iter().any(|a| a.target.key() == id)
    }

    /// A free id made from a name by [`id_base`] and [`unique_id`]: one that no
    /// party, person, group or task uses yet.
    pub fn free_id(&self, name: &str, fallback: &str) -> Id {
        unique_id(&id_base(name), fallback, |c| self.id_taken(c))
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

    #[test]
    fn ids_from_names_fold_accents_and_join_words_with_one_dash() {
        assert_eq!(super::id_base("Security officer"), "security-officer");
        assert_eq!(
            super::id_base("  Privacy & AVG-coördinatie! "),
            "privacy-avg-coordinatie"
        );
        assert_eq!(super::id_base("Zoë Bjørn Straße"), "zoe-bjorn-strasse");
        assert_eq!(
            super::id_base("Gemeente 's-Hertogenbosch"),
            "gemeente-s-hertogenbosch"
        );
        assert_eq!(super::id_base("???"), "");
    }

    #[test]
    fn ids_from_long_names_leave_room_for_a_number_and_end_on_no_dash() {
        let long = format!("{} b", "a".repeat(59));
        let base = super::id_base(&long);
        assert_eq!(base, "a".repeat(59));
        let taken = |c: &str| c == base;
        let id = super::unique_id(&base, "x", taken);
        assert_eq!(id.as_str(), format!("{base}-2"));
        assert!(id.as_str().len() <= crate::values::MAX_ID_LEN);
    }

    #[test]
    fn free_ids_are_unique_in_the_document_and_avoid_task_ids() {
        let doc = from_yaml(DOC).unwrap();
        assert_eq!(doc.free_id("P", "partij").as_str(), "p-2");
        assert_eq!(
            doc.free_id("Nieuwe partij", "partij").as_str(),
            "nieuwe-partij"
        );
        assert_eq!(doc.free_id("!!!", "partij").as_str(), "partij");
        // A catalogue task id would clash with a custom task's id (D002).
        assert_eq!(
            doc.free_id("Architecture", "taak").as_str(),
            "architecture-2"
        );
        assert_eq!(doc.free_id("Custom", "taak").as_str(), "custom-2");
    }
}
