//! Continuity rules: K001 (no backup), K002 (backup is the only Responsible), K003
//! (one party on a critical task), K004 (a party's leaving orphans tasks), K005 (fewer
//! than two repository admins), K006 (no documented process); and the departure
//! table K004 is read from.

use super::index::{Index, dedup_people};
use super::report::{DepartureRow, PersonDepartureRow, TaskView};
use crate::catalogue::{Arrangement, TaskId};
use crate::document::{Document, Person};
use crate::findings::{
    Arg, Code, Finding, Severity, Subject, TaskLabel, party_subject, task_subject,
};
use crate::values::Id;
use std::collections::{BTreeSet, HashMap};

/// K001–K006; returns the departure table.
pub(super) fn check(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
    f: &mut Vec<Finding>,
) -> Vec<DepartureRow> {
    check_tasks(doc, ix, tasks, f);
    let departure = departure_table(doc, ix, tasks);
    for row in &departure {
        let orphaned = row.orphaned();
        if !orphaned.is_empty() {
            let labels: Vec<TaskLabel> = orphaned
                .iter()
                .filter_map(|k| tasks.iter().find(|t| &t.key == k).map(|t| t.label.clone()))
                .collect();
            f.push(
                Finding::new(Code::K004, party_subject(row.party.as_str()))
                    .arg("party", Arg::Text(row.name.clone()))
                    .arg("count", Arg::Count(labels.len()))
                    .arg("tasks", Arg::Tasks(labels)),
            );
        }
    }
    departure
}

fn check_tasks(doc: &Document, ix: &Index<'_>, tasks: &[TaskView], f: &mut Vec<Finding>) {
    for t in tasks {
        let s = task_subject(&t.key);
        if t.critical && !t.responsible.is_empty() {
            if t.backup.is_empty() {
                f.push(Finding::new(Code::K001, s.clone()).arg("task", Arg::Task(t.label.clone())));
            }
            // K002: the only Responsible is also the backup: nobody takes over.
            let r_people: Vec<&Person> = dedup_people(
                t.responsible
                    .iter()
                    .flat_map(|r| ix.people_of(r.as_str()).iter().copied())
                    .collect(),
            );
            if let [only] = r_people.as_slice() {
                if t.backup.iter().any(|b| b == &only.id) {
                    f.push(
                        Finding::new(
                            Code::K002,
                            Subject {
                                person: Some(only.id.to_string()),
                                ..s.clone()
                            },
                        )
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("person", Arg::Text(only.name.to_string())),
                    );
                }
            }
            // K003: all hands on this task come from one party.
            let mut parties: BTreeSet<&str> = BTreeSet::new();
            for id in t.responsible.iter().chain(&t.accountable).chain(&t.backup) {
                parties.extend(ix.parties_of(id.as_str()));
            }
            if parties.len() == 1 {
                if let Some(p) = parties.first() {
                    f.push(
                        Finding::new(
                            Code::K003,
                            Subject {
                                party: Some((*p).to_owned()),
                                ..s.clone()
                            },
                        )
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("party", Arg::Text(ix.name(p))),
                    );
                }
            }
        }
        // K006: a process makes a task transferable; essential when it changes hands.
        if t.process.is_none() && !t.responsible.is_empty() {
            let reason = if t.rotating {
                "rotating"
            } else if t.arrangement == Arrangement::External {
                "external"
            } else {
                "other"
            };
            let mut k = Finding::new(Code::K006, s.clone())
                .arg("task", Arg::Task(t.label.clone()))
                .arg("reason", Arg::Keyword(reason));
            if reason != "other" {
                k.severity = Severity::Warning;
            }
            f.push(k);
        }
    }
    let admins = doc.people.iter().filter(|p| p.repository_admin).count();
    if admins < 2 {
        f.push(
            Finding::new(Code::K005, task_subject(TaskId::RepositoryAdmin.id()))
                .arg("count", Arg::Count(admins)),
        );
    }
}

/// What each person's leaving would orphan: a task loses its Responsible (or
/// Accountable) when that person is the only one named for it, by name rather than
/// through their party or a group, and no one else is backup. Linear: one pass over
/// the tasks.
pub(super) fn person_departure_table(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
) -> Vec<PersonDepartureRow> {
    // The one person named in `ids`, when every id names that same person.
    fn sole_person<'t>(ix: &Index<'_>, ids: &'t [Id]) -> Option<&'t str> {
        let first = ids.first()?;
        (ix.person(first.as_str()).is_some() && ids.iter().all(|i| i == first))
            .then_some(first.as_str())
    }
    let mut lose_r: HashMap<&str, Vec<String>> = HashMap::new();
    let mut lose_a: HashMap<&str, Vec<String>> = HashMap::new();
    for t in tasks {
        let covered = |x: &str| t.backup.iter().any(|b| b.as_str() != x);
        if let Some(x) = sole_person(ix, &t.responsible).filter(|x| !covered(x)) {
            lose_r.entry(x).or_default().push(t.key.clone());
        }
        if let Some(x) = sole_person(ix, &t.accountable).filter(|x| !covered(x)) {
            lose_a.entry(x).or_default().push(t.key.clone());
        }
    }
    // In document order, as the other tables; a person named twice (D002) once.
    let mut seen = BTreeSet::new();
    doc.people
        .iter()
        .filter(|p| seen.insert(p.id.as_str()))
        .filter_map(|p| {
            let id = p.id.as_str();
            let (r, a) = (lose_r.remove(id), lose_a.remove(id));
            (r.is_some() || a.is_some()).then(|| PersonDepartureRow {
                person: p.id.clone(),
                name: p.name.to_string(),
                party: p.party.clone(),
                lose_responsible: r.unwrap_or_default(),
                lose_accountable: a.unwrap_or_default(),
            })
        })
        .collect()
}

fn departure_table(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Vec<DepartureRow> {
    let rotation_parties: BTreeSet<&str> = doc
        .rotation
        .as_ref()
        .map(|r| r.order.iter().map(Id::as_str).collect())
        .unwrap_or_default();
    // The one party every holder in `ids` belongs to, if there is exactly one: only
    // that party's leaving can take all of them away.
    let sole_party = |ids: &[Id]| -> Option<&str> {
        let mut only: Option<&str> = None;
        for id in ids {
            let ps = ix.parties_of(id.as_str());
            if ps.len() != 1 {
                return None;
            }
            let p = *ps.first()?;
            match only {
                Some(o) if o != p => return None,
                _ => only = Some(p),
            }
        }
        only
    };
    let mut lose_r: HashMap<&str, Vec<String>> = HashMap::new();
    let mut lose_a: HashMap<&str, Vec<String>> = HashMap::new();
    for t in tasks {
        let backup_parties: BTreeSet<&str> = t
            .backup
            .iter()
            .flat_map(|b| ix.parties_of(b.as_str()).iter().copied())
            .collect();
        let covered = |x: &str| backup_parties.iter().any(|p| *p != x);
        // A rotating task passes to the next party, unless nobody else is in turn.
        let rotates_on = |x: &str| t.rotating && rotation_parties.iter().any(|p| *p != x);
        if let Some(x) = sole_party(&t.responsible) {
            if !covered(x) && !rotates_on(x) {
                lose_r.entry(x).or_default().push(t.key.clone());
            }
        }
        if let Some(x) = sole_party(&t.accountable) {
            // The chapter's backup is "someone who can take over at departure": a
            // backup from another party covers the Accountable too.
            if !covered(x) && !rotates_on(x) {
                lose_a.entry(x).or_default().push(t.key.clone());
            }
        }
    }
    doc.parties
        .iter()
        .map(|party| DepartureRow {
            party: party.id.clone(),
            name: party.name.to_string(),
            lose_responsible: lose_r.get(party.id.as_str()).cloned().unwrap_or_default(),
            lose_accountable: lose_a.get(party.id.as_str()).cloned().unwrap_or_default(),
        })
        .collect()
}
