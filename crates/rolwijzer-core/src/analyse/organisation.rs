//! Organisation rules: O001–O009 (the arrangement, the coordinator, the rotation and
//! who steers what).

use super::index::Index;
use super::report::{TaskView, Workload};
use super::rotation::RotationState;
use super::tasks::label_of;
use crate::catalogue::{Arrangement, TaskId};
use crate::document::{Document, Party, PartyKind};
use crate::findings::{Arg, Code, Finding, Subject, TaskLabel, party_subject, task_subject};
use crate::values::{Date, Id};
use std::collections::BTreeSet;

/// Days before a rotation hand-over when O006 starts to remind.
pub const HANDOVER_NOTICE_DAYS: i64 = 60;

/// O010: a municipality in the rotation whose people have fewer hours a week than
/// the rotating tasks ask ("niet alle gemeenten hebben gelijke capaciteit"). Only
/// parties whose hours are known, and only when the rotating tasks have hours.
pub(super) fn check_capacity(
    doc: &Document,
    tasks: &[TaskView],
    workload: &Workload,
    f: &mut Vec<Finding>,
) {
    let Some(r) = &doc.rotation else {
        return;
    };
    let asked: f64 = tasks
        .iter()
        .filter(|t| t.rotating)
        .filter_map(|t| t.hours_per_week)
        .sum();
    if asked <= 0.0 {
        return;
    }
    let in_turn: BTreeSet<&str> = r.order.iter().map(Id::as_str).collect();
    for load in workload
        .parties
        .iter()
        .filter(|l| in_turn.contains(l.party.as_str()))
    {
        if let Some(available) = load.available.filter(|a| *a < asked) {
            f.push(
                Finding::new(Code::O010, party_subject(load.party.as_str()))
                    .arg("party", Arg::Text(load.name.clone()))
                    .arg("available", Arg::Hours(available))
                    .arg("asked", Arg::Hours(asked)),
            );
        }
    }
}

/// A finding about what one party does on one task (O002, O003).
fn party_on_task(code: Code, party: &Party, t: &TaskView) -> Finding {
    let subject = Subject {
        party: Some(party.id.to_string()),
        ..task_subject(&t.key)
    };
    Finding::new(code, subject)
        .arg("party", Arg::Text(party.name.to_string()))
        .arg("task", Arg::Task(t.label.clone()))
}

pub(super) fn check(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
    rot: Option<&RotationState>,
    today: Date,
    f: &mut Vec<Finding>,
) {
    let c = &doc.collaboration;
    let coordinator = c.coordinator.as_ref().and_then(|id| ix.party(id.as_str()));
    if c.arrangement == Arrangement::Coordinating {
        match coordinator {
            // With a budget, O001 follows from the calculation (`crate::money`).
            Some(p) if doc.budget.is_none() && c.coordinator_compensated != Some(true) => f.push(
                Finding::new(Code::O001, party_subject(p.id.as_str()))
                    .arg("party", Arg::Text(p.name.to_string())),
            ),
            None if c.coordinator.is_none() => f.push(Finding::new(Code::O009, Subject::default())),
            _ => {}
        }
    }
    // O002: the penvoerder answering for money without anyone looking over its shoulder.
    if let Some(p) = coordinator {
        for t in tasks
            .iter()
            .filter(|t| t.task.is_some_and(TaskId::is_money_task))
        {
            let coord_accountable = t.accountable.iter().any(|a| {
                ix.parties_of(a.as_str())
                    .iter()
                    .any(|q| *q == p.id.as_str())
                    && !ix.is_group(a.as_str())
            });
            let group_consulted = t.consulted.iter().any(|c| ix.is_group(c.as_str()));
            if coord_accountable && !group_consulted {
                f.push(party_on_task(Code::O002, p, t));
            }
        }
    }
    // O003: the developer steering its own supplier, product or money.
    let sensitive = [
        TaskId::SupplierManagement,
        TaskId::ProductOwnership,
        TaskId::CommunityContribution,
    ];
    for dev in doc.parties.iter().filter(|p| p.develops_product) {
        let of_dev =
            |id: &Id| id == &dev.id || ix.person(id.as_str()).is_some_and(|p| p.party == dev.id);
        for t in tasks
            .iter()
            .filter(|t| t.task.is_some_and(|x| sensitive.contains(&x)))
        {
            let r = t.responsible.iter().any(of_dev);
            let a = t.accountable.iter().any(of_dev);
            let letter = match (r, a) {
                (true, true) => "A",
                (true, false) => "R",
                (false, true) => "A",
                (false, false) => continue,
            };
            f.push(party_on_task(Code::O003, dev, t).arg("letter", Arg::Text(letter.to_owned())));
        }
    }
    // O004: an external party costs money.
    if !c.contribution {
        if c.arrangement == Arrangement::External {
            f.push(
                Finding::new(Code::O004, Subject::default())
                    .arg("scope", Arg::Keyword("collaboration"))
                    .arg("task", Arg::Text(String::new())),
            );
        }
        for a in &doc.assignments {
            if a.arrangement == Some(Arrangement::External)
                && c.arrangement != Arrangement::External
            {
                f.push(
                    Finding::new(Code::O004, task_subject(a.target.key()))
                        .arg("scope", Arg::Keyword("task"))
                        .arg("task", Arg::Task(label_of(&a.target))),
                );
            }
        }
    }
    // O005
    if !c.arrangement.suits_level(c.ambition) {
        f.push(
            Finding::new(Code::O005, Subject::default())
                .arg("arrangement", Arg::Arrangement(c.arrangement))
                .arg("level", Arg::Level(c.ambition))
                .arg("suits", Arg::Levels(c.arrangement.suits().to_vec())),
        );
    }
    // O006: a hand-over is coming.
    if let (Some(r), Some(s)) = (&doc.rotation, rot) {
        let days = today.days_until(s.next_handover);
        if (0..=HANDOVER_NOTICE_DAYS).contains(&days) && !r.order.is_empty() {
            let from = if s.started {
                r.order.get(s.index)
            } else {
                None
            };
            let to_index = if s.started {
                (s.index + 1) % r.order.len()
            } else {
                0
            };
            let to = r.order.get(to_index);
            let labels: Vec<TaskLabel> = r
                .tasks
                .iter()
                .filter_map(|k| tasks.iter().find(|t| &t.key == k).map(|t| t.label.clone()))
                .collect();
            let name = |p: Option<&Id>| p.map_or_else(|| "—".to_owned(), |p| ix.name(p.as_str()));
            f.push(
                Finding::new(
                    Code::O006,
                    to.filter(|p| ix.party(p.as_str()).is_some())
                        .map_or_else(Subject::default, |p| party_subject(p.as_str())),
                )
                .arg("task", Arg::Tasks(labels))
                .arg("date", Arg::Date(s.next_handover))
                .arg("days", Arg::Count(days as usize))
                .arg("from", Arg::Text(name(from)))
                .arg("to", Arg::Text(name(to))),
            );
        }
    }
    // O007
    if c.arrangement == Arrangement::Distributed
        && !tasks
            .iter()
            .any(|t| t.task == Some(TaskId::CollaborationCoordination) && !t.responsible.is_empty())
    {
        f.push(Finding::new(
            Code::O007,
            task_subject(TaskId::CollaborationCoordination.id()),
        ));
    }
    // O008: penvoerder and rotation are for municipalities.
    if let Some(p) = coordinator {
        if p.kind != PartyKind::Municipality {
            f.push(
                Finding::new(Code::O008, party_subject(p.id.as_str()))
                    .arg("id", Arg::Text(p.id.to_string()))
                    .arg("role", Arg::Keyword("coordinator")),
            );
        }
    }
    if let Some(r) = &doc.rotation {
        for id in &r.order {
            if let Some(p) = ix.party(id.as_str()) {
                if p.kind != PartyKind::Municipality {
                    f.push(
                        Finding::new(Code::O008, party_subject(p.id.as_str()))
                            .arg("id", Arg::Text(p.id.to_string()))
                            .arg("role", Arg::Keyword("rotation")),
                    );
                }
            }
        }
    }
}
