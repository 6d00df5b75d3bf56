//! Evaluation rules: E001 (no evaluation recorded), E002 (the last evaluation is older
//! than the interval); and where the evaluation stands.

use super::report::EvaluationStatus;
use crate::document::Document;
use crate::findings::{Arg, Code, Finding, Subject};
use crate::values::Date;

/// Months before the due date when an evaluation counts as "due soon" (agenda,
/// evaluation page).
pub const EVALUATION_NOTICE_MONTHS: u32 = 3;

/// E001, E002; returns the due date and the status on `today`.
pub(super) fn check(
    doc: &Document,
    today: Date,
    f: &mut Vec<Finding>,
) -> (Option<Date>, EvaluationStatus) {
    let c = &doc.collaboration;
    let last = doc.last_evaluation();
    let evaluation_due = last.map(|d| d.add_months(c.evaluation_interval()));
    match (last, evaluation_due) {
        (Some(last), Some(due)) if due < today => f.push(
            Finding::new(Code::E002, Subject::default())
                .arg("date", Arg::Date(last))
                .arg("due", Arg::Date(due))
                .arg("months", Arg::Count(c.evaluation_interval() as usize)),
        ),
        (None, _) => f.push(Finding::new(Code::E001, Subject::default())),
        _ => {}
    }
    let evaluation_status = match evaluation_due {
        None => EvaluationStatus::Never,
        Some(due) if due < today => EvaluationStatus::Overdue,
        Some(due) if due <= today.add_months(EVALUATION_NOTICE_MONTHS) => EvaluationStatus::Soon,
        Some(_) => EvaluationStatus::Fine,
    };
    (evaluation_due, evaluation_status)
}
