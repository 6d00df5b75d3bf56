//! A finding as pages show it, with a link to where it is fixed.

use crate::http::ctx::Ctx;
use rolwijzer_core::Finding;
use rolwijzer_core::analyse::Summary;
use rolwijzer_core::findings::FixPlace;
use rolwijzer_core::i18n::Args;

/// The text `id` with the counts of a summary's errors, warnings and advice.
pub fn summary_text(ctx: &Ctx, id: &str, s: &Summary) -> String {
    ctx.ta(
        id,
        &Args::new()
            .count("errors", s.errors)
            .count("warnings", s.warnings)
            .count("advice", s.advice),
    )
}

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

/// Where a finding can be fixed: the core says which page and field
/// ([`Finding::fix_place`]); this only spells its URL.
pub fn fix_href(slug: &str, f: &Finding) -> String {
    match f.fix_place() {
        FixPlace::Matrix => format!("/c/{slug}/matrix"),
        FixPlace::Task(task) => format!("/c/{slug}/task/{task}"),
        FixPlace::Person(person) => format!("/c/{slug}/people?open={person}#person-{person}"),
        FixPlace::Party(party) => format!("/c/{slug}/people?open={party}#party-{party}"),
        FixPlace::People => format!("/c/{slug}/people"),
        FixPlace::Settings(field) => format!("/c/{slug}/settings#field-{}", field.anchor()),
        FixPlace::Money => format!("/c/{slug}/money#budget"),
    }
}
