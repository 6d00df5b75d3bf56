//! `analyse(document, today) -> Report`: every rule of the chapter in one pure
//! function. The command line, the web app and every export show this report; nothing
//! else re-implements a rule.
//!
//! One file per family of finding codes (the code's letter): `ids` (D), `raci` (R,
//! I), `coverage` (C, A), `continuity` (K), `organisation` (O), `money` (F),
//! `evaluation` (E), `hours` (H). The shared index, the tasks as they hold today, the
//! rotation and the views that judge nothing have files of their own.

mod continuity;
mod coverage;
mod evaluation;
mod hours;
mod ids;
mod index;
mod money;
mod next;
mod organisation;
mod raci;
mod report;
mod rotation;
mod tasks;
mod views;

pub use evaluation::EVALUATION_NOTICE_MONTHS;
pub use hours::MAX_TASKS_PER_PERSON;
pub use next::{NextStep, next_step};
pub use organisation::HANDOVER_NOTICE_DAYS;
pub use raci::{AccountableProblem, accountable_problem};
pub use report::{
    ChecklistRow, ContactCard, Coverage, DepartureRow, EvaluationStatus, HandoverPoint,
    HandoverView, Holding, ItemStatus, PartyHoldings, PartyLoad, PersonDepartureRow, PersonLoad,
    Recognition, Report, RotationCalendar, RotationPeriod, Summary, TaskView, Workload,
};
pub use views::{WORKING_WEEKS_PER_YEAR, holdings};

use crate::document::Document;
use crate::findings::{Finding, Severity};
use crate::values::Date;
use index::Index;

/// Analyses a document as it stands on `today`.
pub fn analyse(doc: &Document, today: Date) -> Report {
    let ix = Index::new(doc);
    let rot = rotation::rotation_state(doc, today);
    let holder = rotation::current_holder(doc, &ix, rot.as_ref());
    let tasks = tasks::task_views(doc, &ix, &rotation::rotating_tasks(doc), holder.as_ref());

    let mut f: Vec<Finding> = Vec::new();
    ids::check(doc, &ix, &mut f);
    raci::check(&ix, &tasks, &mut f);
    let coverage = coverage::check(doc, &tasks, &mut f);
    let departure = continuity::check(doc, &ix, &tasks, &mut f);
    let departure_people = continuity::person_departure_table(doc, &ix, &tasks);
    organisation::check(doc, &ix, &tasks, rot.as_ref(), today, &mut f);
    let reserve_months = money::check(doc, &mut f);
    let (evaluation_due, evaluation_status) = evaluation::check(doc, today, &mut f);
    let workload = hours::check(doc, &ix, &tasks, &mut f);
    organisation::check_capacity(doc, &tasks, &workload, &mut f);
    // The contribution per municipality: F004, F005 (and O001 with a budget).
    let contributions = crate::money::contributions(doc, &workload, &mut f);
    raci::check_informed(&ix, &tasks, &mut f);

    // Deterministic order: severity, code, subject, then message values. The order
    // the families run in does not matter.
    f.sort_by(|a, b| {
        (a.severity, a.code, &a.subject)
            .cmp(&(b.severity, b.code, &b.subject))
            .then_with(|| format!("{:?}", a.args).cmp(&format!("{:?}", b.args)))
    });
    f.dedup();
    let summary = Summary {
        errors: f.iter().filter(|x| x.severity == Severity::Error).count(),
        warnings: f.iter().filter(|x| x.severity == Severity::Warning).count(),
        advice: f.iter().filter(|x| x.severity == Severity::Advice).count(),
    };

    Report {
        today,
        findings: f,
        summary,
        checklist: views::checklist(doc, &ix, &tasks),
        rotation: rotation::rotation_calendar(doc, rot.as_ref(), &ix),
        handover: rotation::handover(doc, rot.as_ref(), &tasks, today),
        contact: views::contact_card(doc, &ix, &tasks),
        recognition: views::recognition(doc, &ix, &tasks, &workload),
        contributions,
        tasks,
        workload,
        departure,
        departure_people,
        reserve_months,
        evaluation_due,
        evaluation_status,
        coverage,
    }
}
