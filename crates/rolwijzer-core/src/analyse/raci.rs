//! RACI rules: R001 (no Accountable), R002 (a group, or more than one, Accountable),
//! R003 (no Responsible) and I001 (someone Informed without a channel).

use super::index::Index;
use super::report::TaskView;
use crate::document::Document;
use crate::findings::{Arg, Code, Finding, task_subject};
use crate::values::Id;

/// Why a task's Accountable breaks the rule "exactly one person or one party".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountableProblem {
    /// Nobody is Accountable (R001).
    Missing,
    /// More than one is Accountable (R002, reason `many`).
    Many,
    /// The one Accountable is a group (R002, reason `group`).
    Group,
}

impl AccountableProblem {
    /// The finding code this problem raises.
    pub fn code(self) -> Code {
        match self {
            AccountableProblem::Missing => Code::R001,
            AccountableProblem::Many | AccountableProblem::Group => Code::R002,
        }
    }
}

/// The "exactly one A per task" rule for one task's Accountable list, as `analyse`
/// applies it (R001, R002); editors call it to refuse a second A before saving.
pub fn accountable_problem(doc: &Document, accountable: &[Id]) -> Option<AccountableProblem> {
    one_accountable(accountable, |id| doc.is_group(id))
}

/// The rule itself, over any way of telling groups apart (the analysis has an index).
fn one_accountable(
    accountable: &[Id],
    is_group: impl Fn(&str) -> bool,
) -> Option<AccountableProblem> {
    if accountable.is_empty() {
        Some(AccountableProblem::Missing)
    } else if accountable.len() > 1 {
        Some(AccountableProblem::Many)
    } else if accountable.iter().any(|a| is_group(a.as_str())) {
        Some(AccountableProblem::Group)
    } else {
        None
    }
}

/// R001, R002, R003.
pub(super) fn check(ix: &Index<'_>, tasks: &[TaskView], f: &mut Vec<Finding>) {
    for t in tasks {
        let s = task_subject(&t.key);
        match one_accountable(&t.accountable, |a| ix.is_group(a)) {
            Some(AccountableProblem::Missing) => {
                f.push(Finding::new(Code::R001, s.clone()).arg("task", Arg::Task(t.label.clone())));
            }
            Some(p) => {
                let holders: Vec<String> =
                    t.accountable.iter().map(|a| ix.name(a.as_str())).collect();
                f.push(
                    Finding::new(p.code(), s.clone())
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("holders", Arg::Text(holders.join(", ")))
                        .arg(
                            "reason",
                            Arg::Keyword(if p == AccountableProblem::Many {
                                "many"
                            } else {
                                "group"
                            }),
                        ),
                );
            }
            None => {}
        }
        if t.responsible.is_empty() {
            f.push(Finding::new(Code::R003, s).arg("task", Arg::Task(t.label.clone())));
        }
    }
}

/// I001: someone Informed has no channel.
pub(super) fn check_informed(ix: &Index<'_>, tasks: &[TaskView], f: &mut Vec<Finding>) {
    for t in tasks {
        for (who, via) in &t.informed {
            if via.is_none() {
                f.push(
                    Finding::new(Code::I001, task_subject(&t.key))
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("who", Arg::Text(ix.name(who.as_str()))),
                );
            }
        }
    }
}
