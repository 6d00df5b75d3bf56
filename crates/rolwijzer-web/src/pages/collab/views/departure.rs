//! What a party's leaving would orphan: `/c/{slug}/departure`.

use super::*;
use crate::http::access::Member;

/// What one party's leaving would orphan, and what it holds now.
#[derive(Debug, Clone)]
pub struct DepartureView {
    id: String,
    name: String,
    lose_responsible: Vec<TaskLink>,
    lose_accountable: Vec<TaskLink>,
    holdings: Vec<HoldingView>,
}

/// The letters a party holds on one task.
#[derive(Debug, Clone)]
pub struct HoldingView {
    task: TaskLink,
    letters: Vec<Letter>,
}

/// A RACI letter with its meaning.
#[derive(Debug, Clone)]
pub struct Letter {
    letter: char,
    title: String,
}

fn letter(ctx: &Ctx, c: char) -> Letter {
    let id = match c {
        'R' => "raci-r",
        'A' => "raci-a",
        'C' => "raci-c",
        'I' => "raci-i",
        _ => "raci-backup",
    };
    Letter {
        letter: c,
        title: ctx.t(id),
    }
}

#[derive(Template)]
#[template(path = "collab/views/departure.html")]
struct DeparturePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    rows: Vec<DepartureView>,
    at_risk: usize,
}

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let names = Names::new(&ctx, &l);
    let holdings = rolwijzer_core::analyse::holdings(l.doc(), &l.report);
    let rows: Vec<DepartureView> = holdings
        .iter()
        .map(|h| {
            let d = l.report.departure.iter().find(|d| d.party == h.party);
            DepartureView {
                id: h.party.to_string(),
                name: h.name.clone(),
                lose_responsible: d
                    .map(|d| names.tasks(&d.lose_responsible))
                    .unwrap_or_default(),
                lose_accountable: d
                    .map(|d| names.tasks(&d.lose_accountable))
                    .unwrap_or_default(),
                holdings: h
                    .tasks
                    .iter()
                    .map(|t| HoldingView {
                        task: TaskLink {
                            href: format!("/c/{slug}/task/{}", t.task),
                            name: names.task(&t.task),
                        },
                        letters: t.letters.chars().map(|c| letter(&ctx, c)).collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    let at_risk = rows
        .iter()
        .filter(|r| !r.lose_responsible.is_empty() || !r.lose_accountable.is_empty())
        .count();
    let p = DeparturePage {
        title: ctx.t("views-departure-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/departure")),
        rows,
        at_risk,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
