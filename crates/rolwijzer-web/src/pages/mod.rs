//! The pages. Each area has its own module with its routes; this module joins them and
//! holds what pages share (the collaboration's sub-navigation, links to fixes).

mod assets;
mod collab;
pub mod edit;
pub(crate) mod export;
mod history;
mod home;
mod matrix;
mod people;
mod views;

use crate::AppState;
use crate::access::Loaded;
use crate::ctx::Ctx;
use axum::Router;
use rolwijzer_core::Finding;
use rolwijzer_core::findings::FixPlace;

/// All routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(assets::routes())
        .merge(home::routes())
        .merge(collab::routes())
        .merge(matrix::routes())
        .merge(people::routes())
        .merge(views::routes())
        .merge(export::routes())
        .merge(history::routes())
}

/// One item of a collaboration's sub-navigation.
#[derive(Debug, Clone)]
pub struct NavItem {
    /// Link.
    pub href: String,
    /// Label.
    pub label: String,
    /// Whether this is the current page.
    pub current: bool,
}

/// The header of every collaboration page: its name, the user's role and the
/// sub-navigation.
#[derive(Debug, Clone)]
pub struct CollabNav {
    /// URL name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// The user's role in words, or "read only".
    pub role: String,
    /// The sub-navigation.
    pub items: Vec<NavItem>,
    /// Revision number shown.
    pub revision: i64,
}

/// The sub-navigation entries: (path suffix, text id, only for editors).
const NAV: &[(&str, &str, bool)] = &[
    ("", "nav-overview", false),
    ("/matrix", "nav-matrix", false),
    ("/checklist", "nav-checklist", false),
    ("/findings", "nav-findings", false),
    ("/people", "nav-people", false),
    ("/workload", "nav-workload", false),
    ("/departure", "nav-departure", false),
    ("/rotation", "nav-rotation", false),
    ("/money", "nav-money", false),
    ("/evaluation", "nav-evaluation", false),
    ("/export", "nav-export", false),
    ("/history", "nav-history", false),
    ("/members", "nav-members", false),
    ("/settings", "nav-settings", true),
    ("/import", "nav-import", true),
];

impl CollabNav {
    /// The navigation for a loaded collaboration, with `current` the path suffix of
    /// this page (`""`, `"/matrix"`, …).
    pub fn new(ctx: &Ctx, l: &Loaded, current: &str) -> Self {
        let slug = &l.collab.slug;
        let items = NAV
            .iter()
            .filter(|(_, _, edit)| !edit || l.can_edit())
            .map(|(suffix, id, _)| NavItem {
                href: format!("/c/{slug}{suffix}"),
                label: ctx.t(id),
                current: *suffix == current,
            })
            .collect();
        let role = match l.role {
            Some(r) => ctx.t(&format!("role-{}", r.as_str())),
            None => ctx.t("role-visitor"),
        };
        CollabNav {
            slug: slug.clone(),
            name: l.collab.name.clone(),
            role,
            items,
            revision: l.collab.head,
        }
    }
}

/// Where a finding can be fixed, as a URL: the core decides the page and field
/// ([`Finding::fix_place`]), this only spells it.
pub fn fix_href(slug: &str, f: &Finding) -> String {
    match f.fix_place() {
        FixPlace::Matrix => format!("/c/{slug}/matrix"),
        FixPlace::Task(task) => format!("/c/{slug}/task/{task}"),
        FixPlace::Person(person) => format!("/c/{slug}/people#person-{person}"),
        FixPlace::Party(party) => format!("/c/{slug}/people#party-{party}"),
        FixPlace::People => format!("/c/{slug}/people"),
        FixPlace::Settings(field) => format!("/c/{slug}/settings#field-{}", field.anchor()),
    }
}
