//! Coverage rules: C001 (a required task is not assigned), C002 (a task above the
//! level is assigned) and A001 (fewer than half the required tasks are filled).

use super::report::{Coverage, TaskView};
use crate::catalogue::{AmbitionLevel, Arrangement, TaskId};
use crate::document::Document;
use crate::findings::{Arg, Code, Finding, Subject, TaskLabel, task_subject};

/// C001, C002, A001; returns how many required tasks are filled.
pub(super) fn check(doc: &Document, tasks: &[TaskView], f: &mut Vec<Finding>) -> Coverage {
    let level = doc.collaboration.ambition;
    let contribution = doc.collaboration.contribution;
    let has_task = |id: TaskId| {
        tasks
            .iter()
            .any(|t| t.task == Some(id) && !matches!(t.label, TaskLabel::Item(_)))
    };
    for id in TaskId::ALL {
        let required = id.required(level, contribution);
        if required && !has_task(id) {
            let reason = if id.info().level <= level {
                "level"
            } else {
                "contribution"
            };
            f.push(
                Finding::new(Code::C001, task_subject(id.id()))
                    .arg("task", Arg::Task(TaskLabel::Task(id)))
                    .arg("level", Arg::Level(level))
                    .arg("reason", Arg::Keyword(reason)),
            );
        }
        // Distributed collaborations need a coordinator of the whole (O007) at any
        // level, so that task is never "roles on paper" there.
        let needed_by_arrangement = id == TaskId::CollaborationCoordination
            && doc.collaboration.arrangement == Arrangement::Distributed;
        if !required && !needed_by_arrangement && has_task(id) {
            f.push(
                Finding::new(Code::C002, task_subject(id.id()))
                    .arg("task", Arg::Task(TaskLabel::Task(id)))
                    .arg("level", Arg::Level(level))
                    .arg("task_level", Arg::Level(id.info().level)),
            );
        }
    }
    let filled = |id: TaskId| {
        tasks
            .iter()
            .any(|t| t.task == Some(id) && !matches!(t.label, TaskLabel::Item(_)) && t.filled())
    };
    let required: Vec<TaskId> = TaskId::ALL
        .into_iter()
        .filter(|t| t.required(level, contribution))
        .collect();
    let filled_count = required.iter().filter(|t| filled(**t)).count();
    if filled_count * 2 < required.len() {
        let suggested = AmbitionLevel::ALL
            .into_iter()
            .filter(|l| *l < level)
            .filter(|l| {
                TaskId::ALL
                    .iter()
                    .filter(|t| t.required(*l, false))
                    .all(|t| filled(*t))
            })
            .max()
            .unwrap_or(AmbitionLevel::Sharing);
        if suggested < level {
            f.push(
                Finding::new(Code::A001, Subject::default())
                    .arg("filled", Arg::Count(filled_count))
                    .arg("required", Arg::Count(required.len()))
                    .arg("current", Arg::Level(level))
                    .arg("level", Arg::Level(suggested)),
            );
        }
    }

    Coverage {
        filled: filled_count,
        required: required.len(),
    }
}
