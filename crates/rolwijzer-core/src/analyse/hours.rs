//! Hours rules: H001 (assigned hours exceed a person's hours), H002 (one person is R
//! or A on too many tasks); and the workload they are read from.

use super::index::Index;
use super::report::{PartyLoad, PersonLoad, TaskView, Workload};
use crate::catalogue::TaskId;
use crate::document::Document;
use crate::findings::{Arg, Code, Finding, TaskLabel, person_subject};
use std::collections::{BTreeSet, HashMap};

/// More R/A tasks than this on one person raises H002.
pub const MAX_TASKS_PER_PERSON: usize = 5;

/// H001, H002; returns the workload.
pub(super) fn check(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
    f: &mut Vec<Finding>,
) -> Workload {
    let workload = workload(doc, ix, tasks);
    for p in &workload.people {
        if let Some(avail) = p.available {
            if p.assigned > avail + 1e-9 {
                f.push(
                    Finding::new(Code::H001, person_subject(p.person.as_str()))
                        .arg("person", Arg::Text(p.name.clone()))
                        .arg("assigned", Arg::Hours(p.assigned))
                        .arg("available", Arg::Hours(avail)),
                );
            }
        }
        if p.tasks > MAX_TASKS_PER_PERSON {
            f.push(
                Finding::new(Code::H002, person_subject(p.person.as_str()))
                    .arg("person", Arg::Text(p.name.clone()))
                    .arg("count", Arg::Count(p.tasks)),
            );
        }
    }
    workload
}

fn workload(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Workload {
    let mut person_hours: HashMap<&str, f64> = HashMap::new();
    let mut party_direct: HashMap<&str, f64> = HashMap::new();
    let mut person_tasks: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for t in tasks {
        // A task's hours are shared equally by those Responsible; a party's share goes
        // to its contact, a group's to its members.
        if let Some(h) = t.hours_per_week {
            let n = t.responsible.len().max(1) as f64;
            for r in &t.responsible {
                let share = h / n;
                let people = ix.people_of(r.as_str());
                if people.is_empty() {
                    if let Some(p) = ix.party(r.as_str()) {
                        *party_direct.entry(p.id.as_str()).or_default() += share;
                    }
                } else {
                    let each = share / people.len() as f64;
                    for p in people {
                        *person_hours.entry(p.id.as_str()).or_default() += each;
                    }
                }
            }
        }
        for id in t.responsible.iter().chain(&t.accountable) {
            // Only direct holders count for H002: a group does not overload its members.
            let direct = ix.person(id.as_str()).map(|p| p.id.as_str()).or_else(|| {
                ix.party(id.as_str())
                    .and_then(|p| p.contact.as_ref())
                    .and_then(|c| ix.person(c.as_str()))
                    .map(|p| p.id.as_str())
            });
            if let Some(p) = direct {
                person_tasks.entry(p).or_default().insert(t.key.as_str());
            }
        }
    }
    let people: Vec<PersonLoad> = doc
        .people
        .iter()
        .map(|p| PersonLoad {
            person: p.id.clone(),
            name: p.name.to_string(),
            party: p.party.clone(),
            assigned: person_hours.get(p.id.as_str()).copied().unwrap_or(0.0),
            available: p.hours_per_week.map(|h| h.get()),
            tasks: person_tasks.get(p.id.as_str()).map_or(0, BTreeSet::len),
        })
        .collect();
    let parties = doc
        .parties
        .iter()
        .map(|party| {
            let members = ix
                .people_of_party
                .get(party.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let assigned = party_direct.get(party.id.as_str()).copied().unwrap_or(0.0)
                + members
                    .iter()
                    .map(|m| person_hours.get(m.id.as_str()).copied().unwrap_or(0.0))
                    .sum::<f64>();
            let known: Vec<f64> = members
                .iter()
                .filter_map(|m| m.hours_per_week.map(|h| h.get()))
                .collect();
            PartyLoad {
                party: party.id.clone(),
                name: party.name.to_string(),
                assigned,
                available: (!known.is_empty()).then(|| known.iter().sum()),
            }
        })
        .collect();
    let basic = [
        TaskId::ContactPerson,
        TaskId::RepositoryAdmin,
        TaskId::TechnicalMaintenance,
    ];
    let basic_hours: Option<Vec<f64>> = basic
        .iter()
        .map(|b| {
            tasks
                .iter()
                .find(|t| t.task == Some(*b) && !matches!(t.label, TaskLabel::Item(_)))
                .and_then(|t| t.hours_per_week)
        })
        .collect();
    Workload {
        people,
        parties,
        basic_tasks_hours: basic_hours.map(|v| v.iter().sum()),
    }
}
