//! A finding as pages show it, with a link to the field where it is fixed.

use crate::http::access::Loaded;
use crate::http::ctx::Ctx;
use rolwijzer_core::Finding;
use rolwijzer_core::analyse::Summary;
use rolwijzer_core::document::Document;
use rolwijzer_core::findings::{FixField, FixPlace};
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
    /// How to fix it, naming the field as the page labels it.
    pub fix: String,
    /// Where to fix it: the page, the form to open and the field. For a reader, who
    /// has no forms, the place on a page they may open; `None` when that page is for
    /// editors only (settings), so no link ends on a 404.
    pub href: Option<String>,
}

impl FindingView {
    /// A finding in the page's language.
    pub fn new(ctx: &Ctx, l: &Loaded, f: &Finding) -> Self {
        FindingView {
            code: f.code.as_str(),
            severity: f.severity.id(),
            severity_label: ctx.t(&format!("severity-{}", f.severity.id())),
            message: web_message(ctx, f),
            fix: web_fix(ctx, f),
            href: reader_href(l, f, fix_href(&l.collab.slug, l.doc(), f)),
        }
    }
}

/// The fix link as the reader may follow it: editors get the field; readers, who see
/// no forms, the section (`?open=X#…` becomes `#X`) or the page, and no link to the
/// editors' settings page.
fn reader_href(l: &Loaded, f: &Finding, href: String) -> Option<String> {
    if l.can_edit() {
        return Some(href);
    }
    match f.fix_place() {
        FixPlace::Settings(_) => None,
        FixPlace::Person(_) | FixPlace::Party(_) => Some(match href.split_once("?open=") {
            Some((path, rest)) => {
                let section = rest.split(['#', '&']).next().unwrap_or_default();
                format!("{path}#{section}")
            }
            None => href,
        }),
        FixPlace::Task(_) => Some(href.split('#').next().unwrap_or_default().to_owned()),
        FixPlace::Matrix | FixPlace::People | FixPlace::Money => Some(href),
    }
}

/// What was found: the core's message, unless the web words it without the file's
/// terms (`finding-web-D001` names no field path).
pub fn web_message(ctx: &Ctx, f: &Finding) -> String {
    crate::words::finding_message(ctx.lang, f)
}

/// A code's title in the web's words (role names as the web says them), else the
/// core's.
pub fn web_title(ctx: &Ctx, code: rolwijzer_core::Code) -> String {
    let id = format!("finding-web-title-{}", code.as_str());
    if crate::ui::i18n::has_own(ctx.lang, &id) {
        ctx.t(&id)
    } else {
        code.title(ctx.lang)
    }
}

/// How to fix a finding in the web's words: the core's fix texts name document keys
/// for people who edit the file; these name the field on the page instead.
pub fn web_fix(ctx: &Ctx, f: &Finding) -> String {
    ctx.ta(
        &format!("fix-web-{}", f.code.as_str()),
        &f.fluent_args(ctx.lang),
    )
}

/// A link that opens the collapsed form `open` (the page renders it open), focuses the
/// field `field` (`autofocus`) and jumps to it.
fn opened(base: String, open: &str, field: &str) -> String {
    format!("{base}?open={open}&field={field}#{field}")
}

/// Where a finding can be fixed: the core says which page and field
/// ([`Finding::fix_place`], [`Finding::fix_field`]); this only spells the URL and
/// the field's HTML id, in matches the compiler checks for every field.
pub fn fix_href(slug: &str, doc: &Document, f: &Finding) -> String {
    let people = format!("/c/{slug}/people");
    let field = f.fix_field();
    match f.fix_place() {
        FixPlace::Matrix => format!("/c/{slug}/matrix"),
        FixPlace::Task(task) => {
            let id = match field {
                FixField::Responsible | FixField::Reference => "f-responsible",
                FixField::Accountable => "f-accountable",
                FixField::Consulted => "f-consulted",
                FixField::Informed => "f-informed",
                FixField::Backup => "f-backup",
                FixField::Process => "f-process",
                FixField::Arrangement => "f-arrangement",
                FixField::Hours => "f-hours",
                FixField::Form
                | FixField::Name
                | FixField::RepositoryAdmin
                | FixField::PartyKind
                | FixField::Setting
                | FixField::Budget => "edit",
            };
            format!("/c/{slug}/task/{task}#{id}")
        }
        FixPlace::Person(person) => {
            let name = match field {
                FixField::Reference => "party",
                FixField::Hours => "hours_per_week",
                FixField::RepositoryAdmin => "repository_admin",
                FixField::Form
                | FixField::Name
                | FixField::Responsible
                | FixField::Accountable
                | FixField::Consulted
                | FixField::Informed
                | FixField::Backup
                | FixField::Process
                | FixField::Arrangement
                | FixField::PartyKind
                | FixField::Setting
                | FixField::Budget => "name",
            };
            opened(
                people,
                &format!("person-{person}"),
                &format!("person-{person}-edit-{name}"),
            )
        }
        FixPlace::Party(party) => {
            let name = match field {
                FixField::Reference => "contact",
                FixField::PartyKind => "kind",
                FixField::Form
                | FixField::Name
                | FixField::Responsible
                | FixField::Accountable
                | FixField::Consulted
                | FixField::Informed
                | FixField::Backup
                | FixField::Process
                | FixField::Arrangement
                | FixField::RepositoryAdmin
                | FixField::Hours
                | FixField::Setting
                | FixField::Budget => "name",
            };
            opened(
                people,
                &format!("party-{party}"),
                &format!("party-{party}-edit-{name}"),
            )
        }
        // Repository rights are a person's field: open the first person who lacks them
        // (the page lists everyone; this is where the next admin is most likely).
        FixPlace::People => match field {
            FixField::RepositoryAdmin => match doc.people.iter().find(|p| !p.repository_admin) {
                Some(p) => opened(
                    people,
                    &format!("person-{}", p.id),
                    &format!("person-{}-edit-repository_admin", p.id),
                ),
                None => format!("{people}#person-new-name"),
            },
            FixField::Form
            | FixField::Reference
            | FixField::Name
            | FixField::Responsible
            | FixField::Accountable
            | FixField::Consulted
            | FixField::Informed
            | FixField::Backup
            | FixField::Process
            | FixField::Arrangement
            | FixField::Hours
            | FixField::PartyKind
            | FixField::Setting
            | FixField::Budget => format!("{people}#person-list"),
        },
        FixPlace::Settings(s) => format!("/c/{slug}/settings#field-{}", s.anchor()),
        FixPlace::Money => format!("/c/{slug}/money#budget-key"),
    }
}
