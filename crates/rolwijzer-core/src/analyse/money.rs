//! Money rules: F001 (no separate administration), F002 (reserve below three months of
//! fixed costs), F003 (fixed costs or reserve unknown); F004, F005 and, with a budget,
//! O001 come from the contribution per municipality (`crate::money`).

use crate::document::Document;
use crate::findings::{Arg, Code, Finding, Subject};

/// F001–F003; returns the reserve in months of fixed costs, when both are known.
pub(super) fn check(doc: &Document, f: &mut Vec<Finding>) -> Option<f64> {
    let c = &doc.collaboration;
    let contribution = c.contribution;
    if contribution && c.separate_administration != Some(true) {
        f.push(Finding::new(Code::F001, Subject::default()));
    }
    // Without fixed costs of its own, the budget's fixed activities give them.
    let fixed_costs = c
        .fixed_costs_per_month
        .or_else(|| crate::money::fixed_costs_per_month(doc));
    let reserve_months = match (c.reserve, fixed_costs) {
        (Some(r), Some(fc)) if fc.cents() > 0 => Some(r.cents() as f64 / fc.cents() as f64),
        _ => None,
    };
    if let (Some(m), Some(r), Some(fc)) = (reserve_months, c.reserve, fixed_costs) {
        if m < f64::from(crate::catalogue::RESERVE_MONTHS_BAND.0) {
            f.push(
                Finding::new(Code::F002, Subject::default())
                    .arg("months", Arg::Months(m))
                    .arg("reserve", Arg::Euro(r.cents()))
                    .arg("fixed", Arg::Euro(fc.cents())),
            );
        }
    }
    if contribution && (c.reserve.is_none() || fixed_costs.is_none()) {
        let missing = match (fixed_costs.is_none(), c.reserve.is_none()) {
            (true, true) => "both",
            (true, false) => "fixed",
            _ => "reserve",
        };
        f.push(Finding::new(Code::F003, Subject::default()).arg("missing", Arg::Keyword(missing)));
    }

    reserve_months
}
