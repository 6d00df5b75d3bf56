//! A finding as pages show it, with a link to where it is fixed.

use crate::http::ctx::Ctx;
use rolwijzer_core::Finding;

/// A finding as pages show it.
#[derive(Debug, Clone)]
pub struct FindingView {
    /// Code, e.g. K001.
    pub code: &'static str,
    /// `error`, `warning` or `advice` (also the CSS class).
    pub severity: &'static str,
    /// The severity in words.
    pub severity_label: String,
    /// What was found.
    pub message: String,
    /// How to fix it.
    pub fix: String,
    /// Where to fix it.
    pub href: String,
}

impl FindingView {
    /// A finding in the page's language.
    pub fn new(ctx: &Ctx, slug: &str, f: &Finding) -> Self {
        FindingView {
            code: f.code.as_str(),
            severity: f.severity.id(),
            severity_label: ctx.t(&format!("severity-{}", f.severity.id())),
            message: f.message(ctx.lang),
            fix: f.fix(ctx.lang),
            href: fix_href(slug, f),
        }
    }
}

/// Where a finding can be fixed: the task, person, party, settings field or budget.
pub fn fix_href(slug: &str, f: &Finding) -> String {
    use rolwijzer_core::Code::*;
    let s = &f.subject;
    if let Some(person) = &s.person {
        return format!("/c/{slug}/people#person-{person}");
    }
    if let Some(task) = &s.task {
        return format!("/c/{slug}/task/{task}");
    }
    if let Some(party) = &s.party {
        return format!("/c/{slug}/people#party-{party}");
    }
    let field = match f.code {
        F001 => "separate_administration",
        F002 | F003 => "reserve",
        E001 | E002 => "last_evaluation",
        O001 => "coordinator_compensated",
        O004 => "contribution",
        O005 | A001 => "ambition",
        O009 | O008 => "coordinator",
        K005 => return format!("/c/{slug}/people"),
        F004 | F005 => return format!("/c/{slug}/money#budget"),
        D001 | D002 => return format!("/c/{slug}/people"),
        _ => "ambition",
    };
    format!("/c/{slug}/settings#field-{field}")
}
