//! Personal data in a document (AVG/GDPR): what an anonymous visitor may see, and
//! forgetting a person who has left.
//!
//! A division names civil servants with their e-mail addresses, phone numbers, hours,
//! titles and forge user names. The instance shows anonymous visitors only what an
//! owner switched on ([`Disclosure`], privacy by default), and every page, download
//! and export for them is made from the one [`public_document`]. [`forget_person`]
//! removes a person from a document for good; the store applies it to every stored
//! revision.

use crate::document::Document;
use crate::values::{Id, Text};

/// How far a collaboration is published: what an anonymous visitor can reach.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Nothing: to anyone but its members, the collaboration does not exist. The
    /// default for every new collaboration.
    #[default]
    NotPublished,
    /// Only the summary page (`/p/…`): the collaboration, its ambition level and
    /// arrangement, the tasks with the organisations that hold them, and how to join.
    Summary,
    /// Every page of the collaboration, read-only, with its downloads and exports.
    Full,
}

impl Level {
    /// Every level, from least to most visible.
    pub const ALL: [Level; 3] = [Level::NotPublished, Level::Summary, Level::Full];

    /// The stable id, as stored and sent in forms.
    pub fn id(self) -> &'static str {
        match self {
            Level::NotPublished => "none",
            Level::Summary => "summary",
            Level::Full => "full",
        }
    }

    /// The level with this id.
    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }

    /// Whether anonymous visitors may read the summary page.
    pub fn shows_summary(self) -> bool {
        self >= Level::Summary
    }

    /// Whether anonymous visitors may read every page, download and export.
    pub fn shows_everything(self) -> bool {
        self == Level::Full
    }
}

/// Which kinds of personal detail anonymous visitors may see. Everything is off by
/// default; an owner switches each kind on separately.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Disclosure {
    /// The names of the people (without them, a person shows as their organisation).
    pub names: bool,
    /// E-mail addresses.
    pub emails: bool,
    /// Phone numbers.
    pub phones: bool,
    /// Hours a week.
    pub hours: bool,
    /// Job titles.
    pub titles: bool,
    /// User names on the code forge.
    pub forge_usernames: bool,
    /// The name of the collaboration's public contact person (the contact of the
    /// coordinating party, or the Responsible of the contact person task) with the
    /// function address of [`Publishing::contact_address`], even when the other
    /// switches are off. Their own e-mail address stays hidden unless `emails` is on
    /// and no function address is given.
    pub contact: bool,
}

impl Disclosure {
    /// Every switch on: what members see.
    pub const ALL: Disclosure = Disclosure {
        names: true,
        emails: true,
        phones: true,
        hours: true,
        titles: true,
        forge_usernames: true,
        contact: true,
    };
}

/// What an owner chose to publish about a collaboration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Publishing {
    /// What anonymous visitors can reach.
    pub level: Level,
    /// Which personal details they see there.
    pub disclosure: Disclosure,
    /// A function address (`info@…`, not a person's own) shown as the public
    /// contact's e-mail address when [`Disclosure::contact`] is on.
    pub contact_address: Option<Text>,
}

/// The public contact person of a collaboration as [`public_document`] shows them.
#[derive(Debug, Clone, Copy)]
pub struct PublicContact<'a> {
    /// The person (the analysis' contact card names them).
    pub person: &'a Id,
    /// The function address shown as their e-mail address, if any.
    pub address: Option<&'a Text>,
}

/// The document as an anonymous visitor may see it: the personal details that
/// `d` does not switch on are removed. Without `names`, a person's name becomes the
/// name of their organisation, so the division still reads as "who does what". A
/// hidden name, e-mail address or phone number that an owner also wrote into a free
/// text (notes, processes, descriptions, how to join) is replaced there by the name
/// the visitor sees for that person, so it does not leak through the text either.
pub fn public_document(
    doc: &Document,
    contact: Option<PublicContact<'_>>,
    d: Disclosure,
) -> Document {
    let mut out = doc.clone();
    let party_name = |party: &Id| {
        doc.parties
            .iter()
            .find(|p| &p.id == party)
            .map(|p| p.name.clone())
    };
    // (hidden detail, the name shown instead) for scrubbing the free texts.
    let mut hidden: Vec<(String, Text)> = Vec::new();
    for p in &mut out.people {
        let is_contact = d.contact && contact.is_some_and(|c| c.person == &p.id);
        if !(d.names || is_contact) {
            if let Some(n) = party_name(&p.party) {
                let own = std::mem::replace(&mut p.name, n);
                hidden.push((own.to_string(), p.name.clone()));
            }
        }
        let own_email = p.email.take();
        p.email = match (is_contact, contact.and_then(|c| c.address)) {
            (true, Some(address)) => Some(address.clone()),
            _ if d.emails => own_email.clone(),
            _ => None,
        };
        if p.email != own_email {
            hidden.extend(own_email.map(|e| (e.to_string(), p.name.clone())));
        }
        if !d.phones {
            hidden.extend(p.phone.take().map(|e| (e.to_string(), p.name.clone())));
        }
        if !d.hours {
            p.hours_per_week = None;
        }
        if !d.titles {
            p.title = None;
        }
        if !d.forge_usernames {
            p.forge_username = None;
        }
    }
    if !hidden.is_empty() {
        // Longest first, so "Jan de Vries" goes before a colleague called "Jan".
        hidden.sort_by_key(|(secret, _)| std::cmp::Reverse(secret.chars().count()));
        for g in &mut out.groups {
            scrub_each(&mut g.description, &hidden);
        }
        for a in &mut out.assignments {
            for text in [&mut a.description, &mut a.process, &mut a.notes] {
                scrub_each(text, &hidden);
            }
        }
        let c = &mut out.collaboration;
        for text in [&mut c.description, &mut c.how_to_join, &mut c.website] {
            scrub_each(text, &hidden);
        }
    }
    out
}

/// The public view of `doc` as `p` publishes it; `contact` is the person the
/// analysis of `doc` names as its contact (`Report::contact`).
pub fn public_view(doc: &Document, contact: Option<&Id>, p: &Publishing) -> Document {
    let contact = contact.map(|person| PublicContact {
        person,
        address: p.contact_address.as_ref(),
    });
    public_document(doc, contact, p.disclosure)
}

/// Replaces each hidden detail in an optional text by the name shown for its person.
fn scrub_each(text: &mut Option<Text>, hidden: &[(String, Text)]) {
    for (secret, name) in hidden {
        scrub(text, std::slice::from_ref(secret), name);
    }
}

/// What [`forget_person`] did: the person's new id and neutral name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forgotten {
    /// The id that replaced the person's id everywhere in the document.
    pub id: Id,
    /// The neutral name that replaced theirs.
    pub name: Text,
}

/// Removes a person's personal data from a document: their id (often made from their
/// name) becomes `id` everywhere it is referred to, their name becomes `label`, their
/// e-mail address, phone number, title and forge user name are dropped, and their
/// name and e-mail address are replaced by `label` in every free text (notes,
/// processes, descriptions). Their place in the division, their party and their
/// hours stay, so the history still adds up. Returns `None` when the document has no
/// person with id `person`.
pub fn forget_person(doc: &mut Document, person: &str, id: &Id, label: &Text) -> Option<()> {
    let p = doc.people.iter_mut().find(|p| p.id.as_str() == person)?;
    let old_id = p.id.clone();
    let mut secrets: Vec<String> = vec![p.name.to_string()];
    secrets.extend(p.email.take().map(|e| e.to_string()));
    secrets.extend(p.phone.take().map(|e| e.to_string()));
    secrets.extend(p.forge_username.take().map(|e| e.to_string()));
    p.title = None;
    p.id = id.clone();
    p.name = label.clone();

    let swap = |v: &mut Id| {
        if *v == old_id {
            *v = id.clone();
        }
    };
    for party in &mut doc.parties {
        if let Some(c) = party.contact.as_mut() {
            swap(c);
        }
    }
    for g in &mut doc.groups {
        g.members.iter_mut().for_each(swap);
        scrub(&mut g.description, &secrets, label);
    }
    for a in &mut doc.assignments {
        for list in [
            &mut a.responsible,
            &mut a.accountable,
            &mut a.consulted,
            &mut a.backup,
        ] {
            list.iter_mut().for_each(swap);
        }
        a.informed.iter_mut().for_each(|i| swap(&mut i.who));
        for text in [&mut a.description, &mut a.process, &mut a.notes] {
            scrub(text, &secrets, label);
        }
    }
    let c = &mut doc.collaboration;
    for text in [&mut c.description, &mut c.how_to_join, &mut c.website] {
        scrub(text, &secrets, label);
    }
    Some(())
}

/// The personal details of `person` in `doc` that must not survive forgetting: their
/// name, e-mail address, phone number and forge user name, as written. Empty when the
/// document has no such person.
pub fn secrets_of(doc: &Document, person: &str) -> Vec<String> {
    let Some(p) = doc.people.iter().find(|p| p.id.as_str() == person) else {
        return Vec::new();
    };
    let mut out = vec![p.name.to_string()];
    out.extend(p.email.as_ref().map(|e| e.to_string()));
    out.extend(p.phone.as_ref().map(|e| e.to_string()));
    out.extend(p.forge_username.as_ref().map(|e| e.to_string()));
    out
}

/// Shortest secret [`scrub_everywhere`] replaces: a shorter one (a two-letter name)
/// would also hit unrelated words.
pub const MIN_SCRUBBED_CHARS: usize = 5;

/// Replaces every occurrence of the name, e-mail address or phone number among
/// `secrets` in *any* text of the document (evaluations, budget lines, custom tasks,
/// everything [`forget_person`] does not know by field) by `label`. Works on the
/// stored JSON form, so no field is missed; the forge user name is left to
/// [`forget_person`], because a short user name inside JSON could hit keys or
/// catalogue ids. Returns the document unchanged when the result would not read
/// back (a secret that is also part of the format itself).
pub fn scrub_everywhere(doc: &Document, secrets: &[String], label: &Text) -> Document {
    let json_escaped = |s: &str| {
        let q = serde_json::to_string(s).unwrap_or_default();
        q.get(1..q.len().saturating_sub(1)).unwrap_or("").to_owned()
    };
    let mut json = crate::parse::to_json(doc);
    let label = json_escaped(label.as_str());
    let mut changed = false;
    for secret in secrets.iter().take(3) {
        if secret.trim().chars().count() < MIN_SCRUBBED_CHARS {
            continue;
        }
        let s = json_escaped(secret);
        if json.contains(&s) {
            json = json.replace(&s, &label);
            changed = true;
        }
    }
    if !changed {
        return doc.clone();
    }
    crate::parse::from_json(&json).unwrap_or_else(|_| doc.clone())
}

/// The neutral id and name for the `n`th forgotten person of a document, in the
/// document's language: `oud-medewerker-3`, "oud-medewerker 3". The id is free in
/// `doc` (a `-2` suffix is added when someone already has it).
pub fn forgotten_label(doc: &Document, n: usize, word: &str) -> Forgotten {
    let label = format!("{word} {n}");
    Forgotten {
        id: doc.free_id(&label, "forgotten"),
        name: Text::new(&label).unwrap_or_else(|_| Text::placeholder()),
    }
}

/// Replaces every occurrence of a secret in an optional text by `label`.
fn scrub(text: &mut Option<Text>, secrets: &[String], label: &Text) {
    let Some(t) = text.as_ref() else {
        return;
    };
    let mut s = t.to_string();
    for secret in secrets.iter().filter(|s| !s.trim().is_empty()) {
        s = s.replace(secret.as_str(), label.as_str());
    }
    if s != t.as_str() {
        *text = Text::new(&s).ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{from_yaml, to_yaml};

    const DOC: &str = r#"version: 1
collaboration:
  name: Proef
  how_to_join: Mail Anna de Vries (anna@zwolle.example.nl) voor een demo.
  ambition: light
  arrangement: coordinating
  coordinator: zwolle
  contribution: false
parties:
  - { id: zwolle, name: Gemeente Zwolle, kind: municipality, contact: anna }
  - { id: kampen, name: Gemeente Kampen, kind: municipality }
people:
  - { id: anna, name: Anna de Vries, party: zwolle, title: Coördinator, email: anna@zwolle.example.nl, phone: "038 123", hours_per_week: 8, repository_admin: true, forge_username: annadv }
  - { id: bram, name: Bram Smit, party: kampen, email: bram@kampen.example.nl, hours_per_week: 4 }
groups:
  - { id: kern, name: Kerngroep, members: [anna, bram] }
assignments:
  - { task: contact-person, responsible: [anna], accountable: anna, informed: [{ who: anna }], backup: [bram], notes: Anna de Vries belt elke maand }
"#;

    fn doc() -> Document {
        from_yaml(DOC).unwrap()
    }

    #[test]
    fn forgetting_leaves_no_trace_of_the_person() {
        let mut d = doc();
        let f = forgotten_label(&d, 1, "oud-medewerker");
        assert_eq!(f.id.as_str(), "oud-medewerker-1");
        assert_eq!(forget_person(&mut d, "anna", &f.id, &f.name), Some(()));
        let yaml = to_yaml(&d);
        for secret in ["anna", "Anna", "038 123", "annadv", "Coördinator"] {
            assert!(!yaml.contains(secret), "{secret} still in:\n{yaml}");
        }
        // Her place in the division stays, under the new id.
        let a = &d.assignments[0];
        assert_eq!(a.responsible, vec![f.id.clone()]);
        assert_eq!(a.accountable, vec![f.id.clone()]);
        assert_eq!(a.informed[0].who, f.id);
        assert_eq!(d.groups[0].members[0], f.id);
        assert_eq!(d.parties[0].contact.as_ref(), Some(&f.id));
        assert_eq!(
            a.notes.as_ref().map(Text::as_str),
            Some("oud-medewerker 1 belt elke maand")
        );
        let p = &d.people[0];
        assert!(p.repository_admin && p.hours_per_week.is_some());
        // The document still reads back and analyses without reference errors.
        let back = from_yaml(&yaml).unwrap();
        let r = crate::analyse(&back, crate::Date::parse("2026-12-04").unwrap());
        assert!(!r.findings.iter().any(|f| f.code == crate::Code::D001));
        // Bram is untouched; an unknown person is reported.
        assert!(yaml.contains("bram@kampen.example.nl"));
        assert_eq!(forget_person(&mut d, "nobody", &f.id, &f.name), None);
    }

    #[test]
    fn scrubbing_reaches_texts_forget_person_does_not_know() {
        let mut d = doc();
        d.evaluations.push(crate::document::Evaluation {
            date: crate::Date::parse("2026-01-05").unwrap(),
            went_well: Text::new("Anna de Vries hield het overzicht").ok(),
            to_change: None,
            decisions: Text::new("Mail anna@zwolle.example.nl voortaan niet meer").ok(),
        });
        let secrets = secrets_of(&d, "anna");
        assert_eq!(secrets.len(), 4);
        let f = forgotten_label(&d, 2, "oud-medewerker");
        forget_person(&mut d, "anna", &f.id, &f.name).unwrap();
        let d = scrub_everywhere(&d, &secrets, &f.name);
        let yaml = to_yaml(&d);
        for secret in ["Anna de Vries", "anna@zwolle", "annadv"] {
            assert!(!yaml.contains(secret), "{secret} still in:\n{yaml}");
        }
        assert_eq!(
            d.evaluations[0].went_well.as_ref().map(Text::as_str),
            Some("oud-medewerker 2 hield het overzicht")
        );
        // A secret that is too short, or a person who is not there, changes nothing.
        let same = scrub_everywhere(&d, &["Kern".into()], &f.name);
        assert_eq!(same, d);
        assert!(secrets_of(&d, "nobody").is_empty());
    }

    #[test]
    fn the_public_document_shows_only_what_is_switched_on() {
        let d = doc();
        let anna = Id::parse("anna").unwrap();
        let address = Text::new("info@proef.example.nl").unwrap();
        let public = PublicContact {
            person: &anna,
            address: Some(&address),
        };
        let none = public_document(&d, Some(public), Disclosure::default());
        // The how-to-join text is the collaboration's own words, not a person's
        // record; only the people's records are checked here.
        let people: String = none.people.iter().map(|p| format!("{p:?}")).collect();
        for secret in [
            "@",
            "038 123",
            "annadv",
            "Coördinator",
            "Anna de Vries",
            "Bram",
        ] {
            assert!(!people.contains(secret), "{secret} in {people}");
        }
        assert_eq!(none.people[0].name.as_str(), "Gemeente Zwolle");

        // A hidden name and address written into a free text go too, replaced by
        // the name the visitor sees.
        assert_eq!(
            none.collaboration.how_to_join.as_ref().map(Text::as_str),
            Some("Mail Gemeente Zwolle (Gemeente Zwolle) voor een demo.")
        );
        assert_eq!(
            none.assignments[0].notes.as_ref().map(Text::as_str),
            Some("Gemeente Zwolle belt elke maand")
        );

        // The contact switch shows the one contact's name and the function address,
        // not her own address, and no one else's.
        let contact = Disclosure {
            contact: true,
            ..Disclosure::default()
        };
        let c = public_document(&d, Some(public), contact);
        assert_eq!(c.people[0].name.as_str(), "Anna de Vries");
        assert_eq!(
            c.people[0].email.as_ref().map(Text::as_str),
            Some("info@proef.example.nl")
        );
        assert!(!to_yaml(&c).contains("anna@zwolle"));
        // Without a function address the contact has no address at all.
        let bare = PublicContact {
            person: &anna,
            address: None,
        };
        assert_eq!(
            public_document(&d, Some(bare), contact).people[0].email,
            None
        );
        assert_eq!(c.people[0].phone, None);
        assert_eq!(c.people[1].email, None);
        assert_eq!(c.people[1].name.as_str(), "Gemeente Kampen");

        // Everything on, without a function address: the document as it is.
        assert_eq!(public_document(&d, Some(bare), Disclosure::ALL), d);
        assert_eq!(public_document(&d, None, Disclosure::ALL), d);
    }
}
