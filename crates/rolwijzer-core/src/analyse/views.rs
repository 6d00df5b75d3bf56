//! Derived views that judge nothing: the checklist, holdings per party, the contact
//! card and the recognition overview.

use super::index::Index;
use super::report::{
    ChecklistRow, ContactCard, Holding, ItemStatus, PartyHoldings, Recognition, Report, TaskView,
    Workload,
};
use crate::catalogue::{ItemId, TaskId};
use crate::document::Document;
use crate::findings::TaskLabel;
use crate::values::Id;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Working weeks in a year, for turning hours a week into hours a year.
pub const WORKING_WEEKS_PER_YEAR: f64 = 46.0;

pub(super) fn checklist(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Vec<ChecklistRow> {
    let c = &doc.collaboration;
    ItemId::ALL
        .into_iter()
        .map(|item| {
            let own = tasks.iter().find(|t| t.label == TaskLabel::Item(item));
            let via_task = tasks
                .iter()
                .find(|t| t.task == Some(item.task()) && !matches!(t.label, TaskLabel::Item(_)));
            let covering = own.or(via_task);
            let required = item.task().required(c.ambition, c.contribution);
            let filled = covering.is_some_and(TaskView::filled);
            let status = match (filled, required) {
                (true, _) => ItemStatus::Done,
                (false, true) => ItemStatus::Missing,
                (false, false) => ItemStatus::NotNeeded,
            };
            ChecklistRow {
                item,
                group: item.group(),
                task: item.task(),
                own_assignment: own.is_some(),
                required,
                status,
                holders: covering
                    .map(|t| t.responsible.iter().map(|r| ix.name(r.as_str())).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Per party: which letters it holds on which task (R, A, C, I, B for backup).
///
/// Not part of [`Report`]: its size is parties × tasks (every party is Informed on
/// every task through an "all participants" group), so it is computed only where it
/// is shown, from the report's tasks.
pub fn holdings(doc: &Document, report: &Report) -> Vec<PartyHoldings> {
    party_holdings(doc, &Index::new(doc), &report.tasks)
}

fn party_holdings(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Vec<PartyHoldings> {
    // One pass over the tasks, adding letters to every party a holder stands for.
    let mut by_party: HashMap<&str, Vec<Holding>> = HashMap::new();
    for t in tasks {
        let mut letters: BTreeMap<&str, String> = BTreeMap::new();
        let lists: [(char, Vec<&Id>); 5] = [
            ('R', t.responsible.iter().collect()),
            ('A', t.accountable.iter().collect()),
            ('C', t.consulted.iter().collect()),
            ('I', t.informed.iter().map(|(w, _)| w).collect()),
            ('B', t.backup.iter().collect()),
        ];
        for (letter, ids) in lists {
            for id in ids {
                for p in ix.parties_of(id.as_str()) {
                    let l = letters.entry(p).or_default();
                    if !l.contains(letter) {
                        l.push(letter);
                    }
                }
            }
        }
        for (p, letters) in letters {
            by_party.entry(p).or_default().push(Holding {
                task: t.key.clone(),
                letters,
            });
        }
    }
    doc.parties
        .iter()
        .map(|party| PartyHoldings {
            party: party.id.clone(),
            name: party.name.to_string(),
            tasks: by_party.remove(party.id.as_str()).unwrap_or_default(),
        })
        .collect()
}

pub(super) fn contact_card(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
) -> Option<ContactCard> {
    let from_task = tasks
        .iter()
        .find(|t| t.task == Some(TaskId::ContactPerson) && !matches!(t.label, TaskLabel::Item(_)))
        .and_then(|t| {
            t.responsible
                .iter()
                .find_map(|r| ix.people_of(r.as_str()).first().copied())
        });
    let from_coordinator = || {
        doc.collaboration
            .coordinator
            .as_ref()
            .and_then(|c| ix.party(c.as_str()))
            .and_then(|p| p.contact.as_ref())
            .and_then(|c| ix.person(c.as_str()))
    };
    let person = from_task.or_else(from_coordinator)?;
    Some(ContactCard {
        collaboration: doc.collaboration.name.to_string(),
        person: person.id.clone(),
        name: person.name.to_string(),
        title: person.title.as_ref().map(|t| t.to_string()),
        email: person.email.as_ref().map(|t| t.to_string()),
        phone: person.phone.as_ref().map(|t| t.to_string()),
        party: ix.name(person.party.as_str()),
    })
}

pub(super) fn recognition(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
    w: &Workload,
) -> Vec<Recognition> {
    // One pass over the tasks: who (person, party) is R or A on what.
    let mut of_person: HashMap<&str, Vec<String>> = HashMap::new();
    let mut of_party: HashMap<&str, Vec<String>> = HashMap::new();
    for t in tasks {
        let mut people: BTreeSet<&str> = BTreeSet::new();
        let mut parties: BTreeSet<&str> = BTreeSet::new();
        for id in t.responsible.iter().chain(&t.accountable) {
            people.extend(ix.people_of(id.as_str()).iter().map(|p| p.id.as_str()));
            if !ix.is_group(id.as_str()) {
                parties.extend(ix.parties_of(id.as_str()).iter().copied());
            }
        }
        for p in people {
            of_person.entry(p).or_default().push(t.key.clone());
        }
        for p in parties {
            of_party.entry(p).or_default().push(t.key.clone());
        }
    }
    let mut out = Vec::new();
    // Only who holds a task or has hours is recognised.
    let mut recognise = |id: Id, name: String, is_party: bool, tasks: Vec<String>, hours: f64| {
        if !tasks.is_empty() || hours > 0.0 {
            out.push(Recognition {
                id,
                name,
                is_party,
                tasks,
                hours_per_year: hours * WORKING_WEEKS_PER_YEAR,
            });
        }
    };
    for p in &w.people {
        let held = of_person.remove(p.person.as_str()).unwrap_or_default();
        recognise(p.person.clone(), p.name.clone(), false, held, p.assigned);
    }
    for (party, load) in doc.parties.iter().zip(&w.parties) {
        let held = of_party.remove(party.id.as_str()).unwrap_or_default();
        let name = party.name.to_string();
        recognise(party.id.clone(), name, true, held, load.assigned);
    }
    out
}
