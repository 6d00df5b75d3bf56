//! The header of every collaboration page: its name (the page's H1), the user's role,
//! a few groups of pages and the pages of the current group.

use crate::http::access::Loaded;
use crate::http::ctx::Ctx;

/// One link of a collaboration's navigation.
#[derive(Debug, Clone)]
pub struct NavItem {
    /// Link.
    pub href: String,
    /// Label.
    pub label: String,
    /// `aria-current`: `page` for the current page, `true` for the group that holds
    /// it among several pages.
    pub aria_current: Option<&'static str>,
}

/// The header of every collaboration page: its name, the user's role and the
/// navigation.
#[derive(Debug, Clone)]
pub struct CollabNav {
    /// Display name, shown as the page's H1.
    pub name: String,
    /// The user's role in words, or "read only".
    pub role: String,
    /// The groups of pages; each links to its first page.
    pub groups: Vec<NavItem>,
    /// The pages of the current group (empty when the group has one page).
    pub items: Vec<NavItem>,
    /// Revision number shown.
    pub revision: i64,
}

/// Who may open a page: the route table's access, so that no link leads to a 404.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// Everyone who sees the collaboration, also an anonymous visitor of a published one.
    Anyone,
    /// Members only (`Member(View)` in the route table).
    Members,
    /// Owners and editors (`Collab(Edit)`).
    Editors,
}

/// A page of a group: its path suffix, its text id, and who may open it.
type Page = (&'static str, &'static str, Open);

/// The groups a coordinator thinks in: (text id, pages). Technical pages sit under
/// "Beheer".
const GROUPS: &[(&str, &[Page])] = &[
    (
        "nav-group-overview",
        &[
            ("", "nav-overview", Open::Anyone),
            ("/findings", "nav-findings", Open::Anyone),
        ],
    ),
    (
        "nav-group-tasks",
        &[
            ("/matrix", "nav-matrix", Open::Anyone),
            ("/checklist", "nav-checklist", Open::Anyone),
        ],
    ),
    (
        "nav-group-people",
        &[
            ("/people", "nav-people", Open::Anyone),
            ("/workload", "nav-workload", Open::Anyone),
            ("/departure", "nav-departure", Open::Anyone),
        ],
    ),
    (
        "nav-group-planning",
        &[
            ("/rotation", "nav-rotation", Open::Anyone),
            ("/evaluation", "nav-evaluation", Open::Anyone),
        ],
    ),
    ("nav-group-money", &[("/money", "nav-money", Open::Anyone)]),
    (
        "nav-group-documents",
        &[("/export", "nav-export", Open::Anyone)],
    ),
    (
        "nav-group-admin",
        &[
            ("/settings", "nav-settings", Open::Editors),
            ("/members", "nav-members", Open::Members),
            ("/history", "nav-history", Open::Anyone),
            ("/import", "nav-import", Open::Editors),
            ("/files", "nav-files", Open::Anyone),
        ],
    ),
];

impl CollabNav {
    /// The navigation for a loaded collaboration, with `current` the path suffix of
    /// this page (`""`, `"/matrix"`, …; a task page passes `"/matrix"`).
    pub fn new(ctx: &Ctx, l: &Loaded, current: &str) -> Self {
        let slug = &l.collab.slug;
        let may = |open: Open| match open {
            Open::Anyone => true,
            Open::Members => l.role.is_some(),
            Open::Editors => l.can_edit(),
        };
        let link = |suffix: &str, id: &str, aria_current: Option<&'static str>| NavItem {
            href: format!("/c/{slug}{suffix}"),
            label: ctx.t(id),
            aria_current,
        };
        let mut groups = Vec::new();
        let mut items = Vec::new();
        for (group, pages) in GROUPS {
            let open: Vec<_> = pages.iter().filter(|(_, _, o)| may(*o)).collect();
            let Some((first, _, _)) = open.first() else {
                continue;
            };
            let here = open.iter().any(|(s, _, _)| *s == current);
            let single = open.len() == 1;
            let group_current = match (here, single) {
                (true, true) => Some("page"),
                (true, false) => Some("true"),
                (false, _) => None,
            };
            groups.push(link(first, group, group_current));
            if here && !single {
                items = open
                    .iter()
                    .map(|(s, id, _)| link(s, id, (*s == current).then_some("page")))
                    .collect();
            }
        }
        let role = match l.role {
            Some(r) => ctx.t(&format!("role-{}", r.as_str())),
            None => ctx.t("role-visitor"),
        };
        CollabNav {
            name: l.collab.name.clone(),
            role,
            groups,
            items,
            revision: l.collab.head,
        }
    }
}
