//! The tasks as they hold today: assignments with the rotation applied.

use super::index::Index;
use super::report::TaskView;
use crate::catalogue::{Arrangement, TaskId};
use crate::document::{Assignment, Document, Target};
use crate::findings::TaskLabel;
use crate::values::Id;
use std::collections::HashSet;

pub(super) fn label_of(target: &Target) -> TaskLabel {
    match target {
        Target::Task(t) => TaskLabel::Task(*t),
        Target::Item(i) => TaskLabel::Item(*i),
        Target::Custom(c) => TaskLabel::Named(c.name.to_string()),
        Target::Unknown { id, .. } => TaskLabel::Named(id.clone()),
    }
}

pub(super) fn task_views(
    doc: &Document,
    ix: &Index<'_>,
    rotating: &[&str],
    holder: Option<&Id>,
) -> Vec<TaskView> {
    let c = &doc.collaboration;
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    let view = |a: Option<&Assignment>,
                key: &str,
                label: TaskLabel,
                task: Option<TaskId>,
                critical: bool| {
        let is_rotating = rotating.contains(&key);
        let mut responsible = a.map(|a| a.responsible.clone()).unwrap_or_default();
        let mut accountable = a.map(|a| a.accountable.clone()).unwrap_or_default();
        // The party whose turn it is holds R and A, unless the document names them.
        if is_rotating {
            if let Some(h) = holder {
                if responsible.is_empty() {
                    responsible.push(h.clone());
                }
                if accountable.is_empty() {
                    accountable.push(h.clone());
                }
            }
        }
        let arrangement = a.and_then(|a| a.arrangement).unwrap_or(if is_rotating {
            Arrangement::Rotating
        } else {
            c.arrangement
        });
        let required = match (&label, task) {
            (TaskLabel::Item(_), Some(t)) | (TaskLabel::Task(_), Some(t)) => {
                t.required(c.ambition, c.contribution)
            }
            _ => false,
        };
        TaskView {
            key: key.to_owned(),
            label,
            task,
            required,
            critical,
            rotating: is_rotating,
            arrangement,
            responsible,
            accountable,
            consulted: a.map(|a| a.consulted.clone()).unwrap_or_default(),
            informed: a
                .map(|a| {
                    a.informed
                        .iter()
                        .map(|i| (i.who.clone(), i.via.as_ref().map(|v| v.to_string())))
                        .collect()
                })
                .unwrap_or_default(),
            backup: a.map(|a| a.backup.clone()).unwrap_or_default(),
            hours_per_week: a.and_then(|a| a.hours_per_week).map(|h| h.get()),
            process: a.and_then(|a| a.process.as_ref()).map(|p| p.to_string()),
        }
    };
    let _ = ix;
    for a in &doc.assignments {
        let key = a.target.key().to_owned();
        // Unknown ids are reported as D003 and a repeated task as D002; neither is
        // judged further, so one mistake gives one finding.
        if matches!(a.target, Target::Unknown { .. }) || !seen.insert(key.clone()) {
            continue;
        }
        let task = match &a.target {
            Target::Task(t) => Some(*t),
            Target::Item(i) => Some(i.task()),
            _ => None,
        };
        out.push(view(
            Some(a),
            &key,
            label_of(&a.target),
            task,
            a.target.critical(),
        ));
    }
    // Rotating tasks without an assignment entry still exist: the rotation holds them.
    for key in rotating {
        if seen.contains(*key) {
            continue;
        }
        if let Some(t) = TaskId::from_id(key) {
            seen.insert((*key).to_owned());
            out.push(view(
                None,
                key,
                TaskLabel::Task(t),
                Some(t),
                t.info().critical,
            ));
        }
    }
    out
}
