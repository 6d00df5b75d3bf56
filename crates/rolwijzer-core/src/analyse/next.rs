//! The single most useful next step for a coordinator, from the analysis: the overview
//! names it, so nobody has to work out what to do after the checks are clean.

use super::report::{EvaluationStatus, Report};
use crate::findings::Severity;

/// The next step, most important first: fix what is wrong, then keep the division
/// alive (evaluation), then share it (publish, print the annex).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Fix this finding first: the first error, else the first warning (index into
    /// [`Report::findings`], which is sorted most serious first).
    Fix(usize),
    /// Plan the yearly evaluation: never held, overdue, or due soon.
    PlanEvaluation(EvaluationStatus),
    /// Follow this advice (the first one), now that nothing is wrong.
    Advice(usize),
    /// Publish the division, so that participants and visitors can read it.
    Publish,
    /// Everything is in order: print the annex and attach it to the agreement.
    PrintAnnex,
}

impl NextStep {
    /// A short stable id, for texts (`next-step-…`) and tests.
    pub fn id(self) -> &'static str {
        match self {
            NextStep::Fix(_) => "fix",
            NextStep::PlanEvaluation(_) => "evaluation",
            NextStep::Advice(_) => "advice",
            NextStep::Publish => "publish",
            NextStep::PrintAnnex => "annex",
        }
    }
}

/// The next step for a division with this analysis; `published` says whether the
/// owner has already made it public (a fact of the store, not of the document).
pub fn next_step(report: &Report, published: bool) -> NextStep {
    let first = |sev: Severity| report.findings.iter().position(|f| f.severity == sev);
    if let Some(i) = first(Severity::Error).or_else(|| first(Severity::Warning)) {
        return NextStep::Fix(i);
    }
    match report.evaluation_status {
        s @ (EvaluationStatus::Never | EvaluationStatus::Overdue | EvaluationStatus::Soon) => {
            return NextStep::PlanEvaluation(s);
        }
        EvaluationStatus::Fine => {}
    }
    if let Some(i) = first(Severity::Advice) {
        return NextStep::Advice(i);
    }
    if published {
        NextStep::PrintAnnex
    } else {
        NextStep::Publish
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    const CLEAN: &str = include_str!("../../../../examples/begroting-twintig-gemeenten.yaml");
    const DELEN: &str = include_str!("../../../../examples/delen-twee-gemeenten.yaml");
    const ROTATING: &str = include_str!("../../../../examples/roulerend-licht-vier-gemeenten.yaml");

    fn step(yaml: &str, today: &str, published: bool) -> (NextStep, Report) {
        let doc = crate::parse::parse_document(yaml.as_bytes()).expect("parses");
        let r = super::super::analyse(&doc, Date::parse(today).expect("date"));
        (next_step(&r, published), r)
    }

    /// A clean division evaluated in March: publish it first, then print the annex.
    #[test]
    fn a_clean_division_is_published_then_printed() {
        let (s, r) = step(CLEAN, "2026-06-01", false);
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        assert_eq!(s, NextStep::Publish);
        assert_eq!(step(CLEAN, "2026-06-01", true).0, NextStep::PrintAnnex);
    }

    /// Near the due date, and after it, the evaluation comes before publishing.
    #[test]
    fn an_evaluation_due_soon_or_overdue_comes_next() {
        assert_eq!(
            step(CLEAN, "2027-02-20", false).0,
            NextStep::PlanEvaluation(EvaluationStatus::Soon)
        );
        let (s, r) = step(CLEAN, "2027-06-01", true);
        // Overdue is also a warning (E002): fixing it is the step, and it is the E002.
        let NextStep::Fix(i) = s else { panic!("{s:?}") };
        assert_eq!(r.findings[i].code, crate::findings::Code::E002);
    }

    /// A warning comes before advice and publishing: the first one.
    #[test]
    fn a_warning_is_fixed_first() {
        let (s, r) = step(DELEN, "2026-06-01", true);
        assert_eq!(s, NextStep::Fix(0));
        assert_eq!(r.findings[0].severity, Severity::Warning);
    }

    /// With only advice left, the first advice is the step.
    #[test]
    fn advice_comes_after_warnings() {
        let (s, r) = step(ROTATING, "2026-06-01", false);
        assert_eq!(r.summary.warnings + r.summary.errors, 0, "{:?}", r.findings);
        let NextStep::Advice(i) = s else {
            panic!("{s:?}")
        };
        assert_eq!(r.findings[i].severity, Severity::Advice);
    }

    /// Without an evaluation date the step is to plan one (E001 is only advice).
    #[test]
    fn no_evaluation_date_asks_to_plan_one() {
        let yaml = CLEAN.replace("  last_evaluation: 2026-03-01\n", "");
        let (s, _) = step(&yaml, "2026-06-01", true);
        assert_eq!(s, NextStep::PlanEvaluation(EvaluationStatus::Never));
    }
}
