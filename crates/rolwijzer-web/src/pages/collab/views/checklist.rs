//! The chapter's checklist, ticked from the division: `/c/{slug}/checklist`.

use super::*;
use crate::http::access::CollabPage;

/// One line of the checklist.
#[derive(Debug, Clone)]
pub struct ChecklistLine {
    id: &'static str,
    name: String,
    /// `done`, `missing` or `not-needed` (also the CSS class).
    status: &'static str,
    status_label: String,
    symbol: &'static str,
    holders: String,
    task: TaskLink,
    own: Option<TaskLink>,
}

/// A group of the checklist.
#[derive(Debug, Clone)]
pub struct ChecklistSection {
    id: &'static str,
    name: String,
    lines: Vec<ChecklistLine>,
}

#[derive(Template)]
#[template(path = "collab/views/checklist.html")]
struct ChecklistPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    count: String,
    all_done: bool,
    level: String,
    sections: Vec<ChecklistSection>,
}

pub(crate) async fn show(req: CollabPage) -> AppResult<Response> {
    let (ctx, l, slug) = (req.ctx, req.l, req.slug);
    let rows = &l.report.checklist;
    let needed = rows.iter().filter(|r| r.required).count();
    let done = rows
        .iter()
        .filter(|r| r.required && r.status == ItemStatus::Done)
        .count();
    let sections = ChecklistGroup::ALL
        .into_iter()
        .map(|g| ChecklistSection {
            id: g.id(),
            name: ctx.t(&format!("checklist-group-{}", g.id())),
            lines: rows
                .iter()
                .filter(|r| r.group == g)
                .map(|r| {
                    let (status, symbol) = match r.status {
                        ItemStatus::Done => ("done", "✓"),
                        ItemStatus::Missing => ("missing", "✗"),
                        ItemStatus::NotNeeded => ("not-needed", "–"),
                    };
                    ChecklistLine {
                        id: r.item.id(),
                        name: ctx.t(&format!("item-{}", r.item.id())),
                        status,
                        status_label: ctx.t(&format!("views-status-{status}")),
                        symbol,
                        holders: if r.holders.is_empty() {
                            ctx.t("views-nobody")
                        } else {
                            i18n::join_list(ctx.lang, &r.holders)
                        },
                        task: TaskLink {
                            href: format!("/c/{slug}/task/{}", r.task.id()),
                            name: ctx.t(&format!("task-{}", r.task.id())),
                        },
                        own: r.own_assignment.then(|| TaskLink {
                            href: format!("/c/{slug}/task/{}", r.item.id()),
                            name: ctx.t("views-checklist-own"),
                        }),
                    }
                })
                .collect(),
        })
        .collect();
    let p = ChecklistPage {
        title: ctx.t("views-checklist-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/checklist")),
        count: ctx.ta(
            "views-checklist-count",
            &Args::new().count("done", done).count("needed", needed),
        ),
        all_done: done == needed,
        level: ctx.t(&format!("level-{}", l.doc().collaboration.ambition.id())),
        sections,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
