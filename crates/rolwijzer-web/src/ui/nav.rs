//! The header of every collaboration page: its name, the user's role and the
//! sub-navigation.

use crate::http::access::Loaded;
use crate::http::ctx::Ctx;

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
