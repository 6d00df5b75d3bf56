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

/// Above this many parties the page lists only the parties whose leaving orphans a
/// task, and what a party holds only for the party asked for: all of it for every party
/// of a national collaboration made a page of more than a megabyte.
const EVERY_PARTY_UP_TO: usize = 30;

/// `?party=ID`: the party whose holdings a large division shows.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct DepartureQuery {
    #[serde(default)]
    party: Option<String>,
}

#[derive(Template)]
#[template(path = "collab/views/departure.html")]
struct DeparturePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    rows: Vec<DepartureView>,
    /// The rows of the holdings table (all, or the party asked for).
    holding_rows: Vec<DepartureView>,
    at_risk: usize,
    /// In a large division: how many parties are left out of the first table because
    /// their leaving orphans nothing.
    safe_hidden: usize,
    /// In a large division: every party, to choose whose holdings to show.
    party_choices: Vec<(String, String, bool)>,
}

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Path(slug): Path<String>,
    Query(q): Query<DepartureQuery>,
) -> AppResult<Response> {
    let names = Names::new(&ctx, &l);
    let holdings = rolwijzer_core::analyse::holdings(l.doc(), &l.report);
    let departures: std::collections::HashMap<&str, _> = l
        .report
        .departure
        .iter()
        .map(|d| (d.party.as_str(), d))
        .collect();
    let rows: Vec<DepartureView> = holdings
        .iter()
        .map(|h| {
            let d = departures.get(h.party.as_str());
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
    let large = rows.len() > EVERY_PARTY_UP_TO;
    let asked = q.party.as_deref().unwrap_or("");
    let party_choices = if large {
        rows.iter()
            .map(|r| (r.id.clone(), r.name.clone(), r.id == asked))
            .collect()
    } else {
        Vec::new()
    };
    let (holding_rows, rows, safe_hidden) = if large {
        let holding_rows = rows.iter().filter(|r| r.id == asked).cloned().collect();
        let (risky, safe): (Vec<_>, Vec<_>) = rows
            .into_iter()
            .partition(|r| !r.lose_responsible.is_empty() || !r.lose_accountable.is_empty());
        (holding_rows, risky, safe.len())
    } else {
        (rows.clone(), rows, 0)
    };
    let p = DeparturePage {
        title: ctx.t("views-departure-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/departure")),
        slug: slug.clone(),
        rows,
        holding_rows,
        at_risk,
        safe_hidden,
        party_choices,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
