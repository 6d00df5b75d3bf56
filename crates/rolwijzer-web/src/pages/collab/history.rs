//! Every revision of a division, newest first; what changed between any two; and
//! bringing an old revision back as a new one.
//!
//! A restore is saved with [`RevisionKind::Restore`] straight through the store (not
//! through `edit::save_change`, which records an edit), so the history says what
//! happened. On a conflict nothing is saved: the page shows what the other person
//! changed and offers the same restore again on top of the newest revision. That is
//! the whole re-apply, because a restore does not depend on what it started from.

use crate::AppState;
use crate::http::access::{CollabPage, Loaded, Member};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::CollabForm;
use crate::ui::forms::base_of;
use crate::ui::nav::CollabNav;
use crate::ui::render::{page, page_with_status};
use crate::ui::save::{Saving, save_document};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{RevisionKind, RevisionMeta};
use std::collections::HashMap;

/// A revision as the history shows it.
#[derive(Debug, Clone)]
pub struct RevisionRow {
    number: i64,
    previous: Option<i64>,
    author: String,
    when: String,
    summary: String,
    kind: String,
    is_head: bool,
}

impl RevisionRow {
    fn new(ctx: &Ctx, m: &RevisionMeta, head: i64) -> Self {
        RevisionRow {
            number: m.number,
            previous: (m.number > 1).then_some(m.number - 1),
            author: m
                .author
                .clone()
                .unwrap_or_else(|| ctx.t("history-author-none")),
            when: ctx.date_time(m.created_at),
            summary: m.summary.clone(),
            kind: kind_label(ctx, m.kind),
            is_head: m.number == head,
        }
    }
}

/// The revisions as both history pages list them, with the two the compare form
/// has chosen.
struct Revisions {
    slug: String,
    rows: Vec<RevisionRow>,
    head: i64,
    can_edit: bool,
    from: i64,
    to: i64,
}

#[derive(Template)]
#[template(path = "collab/history.html")]
struct HistoryPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    list: Revisions,
}

async fn rows(state: &AppState, ctx: &Ctx, l: &Loaded) -> AppResult<Vec<RevisionRow>> {
    let visitor = l.is_visitor();
    Ok(state
        .store
        .revisions(l.collab.id)
        .await?
        .iter()
        .map(|m| {
            let mut row = RevisionRow::new(ctx, m, l.collab.head);
            if visitor {
                // Authors are accounts and summaries name people: visitors see
                // neither (issue 13), only what the comparison of public views shows.
                row.author = ctx.t("history-author-hidden");
                row.summary = ctx.t("history-summary-hidden");
            }
            row
        })
        .collect())
}

pub(crate) async fn show(req: CollabPage) -> AppResult<Response> {
    let (state, ctx, l, slug) = (req.state, req.ctx, req.l, req.slug);
    let head = l.collab.head;
    let p = HistoryPage {
        title: ctx.t("history-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/history")),
        list: Revisions {
            rows: rows(&state, &ctx, &l).await?,
            slug,
            head,
            can_edit: l.can_edit(),
            from: (head - 1).max(1),
            to: head,
        },
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

#[derive(Template)]
#[template(path = "collab/history-diff.html")]
struct DiffPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    list: Revisions,
    /// Why the comparison cannot be shown, when it cannot.
    problem: Option<String>,
    from_row: Option<RevisionRow>,
    to_row: Option<RevisionRow>,
    changes: Vec<String>,
}

fn number(q: &HashMap<String, String>, key: &str, head: i64) -> Option<i64> {
    q.get(key)
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|n| (1..=head).contains(n))
}

pub(crate) async fn diff(
    State(state): State<AppState>,
    ctx: Ctx,
    Member(l): Member,
    Path(slug): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let head = l.collab.head;
    let all = rows(&state, &ctx, &l).await?;
    let from = number(&q, "from", head);
    let to = number(&q, "to", head);
    let mut p = DiffPage {
        title: ctx.t("history-diff-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/history")),
        list: Revisions {
            slug,
            head,
            can_edit: l.can_edit(),
            from: from.unwrap_or((head - 1).max(1)),
            to: to.unwrap_or(head),
            rows: all,
        },
        problem: None,
        from_row: None,
        to_row: None,
        changes: Vec::new(),
        ctx: ctx.clone(),
    };
    let (Some(from), Some(to)) = (from, to) else {
        p.problem = Some(ctx.ta(
            "history-diff-invalid",
            &Args::new().with("head", head.to_string()),
        ));
        let res = page_with_status(&ctx, &p, StatusCode::NOT_FOUND)?;
        return Ok(res);
    };
    let old = l.revision(&state, from).await?;
    let new = l.revision(&state, to).await?;
    p.changes = rolwijzer_core::diff::diff(&old.document, &new.document)
        .iter()
        .map(|c| c.describe(ctx.lang))
        .collect();
    p.from_row = p.list.rows.iter().find(|r| r.number == from).cloned();
    p.to_row = p.list.rows.iter().find(|r| r.number == to).cloned();
    page(&ctx, &p)
}

#[derive(Template)]
#[template(path = "collab/history-conflict.html")]
struct ConflictPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    number: i64,
    head: i64,
    theirs: Vec<String>,
    theirs_by: String,
}

pub(crate) async fn restore(
    Path((_, n)): Path<(String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let (state, ctx, l, slug, pairs) = (&form.state, &form.ctx, &form.l, &form.slug, &form.pairs);
    let n = n
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=l.collab.head).contains(n))
        .ok_or(AppError::NotFound)?;
    let base = base_of(pairs)?;
    let back = format!("/c/{slug}/history");
    let old = state.store.revision(l.collab.id, n).await?;
    let prefix = ctx.ta(
        "history-restore-summary",
        &Args::new().with("number", n.to_string()),
    );
    let saving = save_document(
        state,
        ctx,
        l,
        base,
        &old.document,
        RevisionKind::Restore,
        Some(prefix),
    )
    .await?;
    match saving {
        // When the newest revision already reads like revision n there is nothing
        // to bring back.
        Saving::Unchanged | Saving::Stored { .. } => Ok(Redirect::to(&back).into_response()),
        Saving::Conflict {
            head,
            theirs,
            theirs_by,
            ..
        } => {
            let fresh = l.fresh(state).await?;
            let p = ConflictPage {
                title: ctx.t("history-conflict-title"),
                nav: Some(CollabNav::new(ctx, &fresh, "/history")),
                slug: slug.clone(),
                number: n,
                head,
                theirs,
                theirs_by,
                ctx: ctx.clone(),
            };
            let res = page_with_status(ctx, &p, StatusCode::CONFLICT)?;
            Ok(res)
        }
    }
}

/// Why a revision was made, in words.
fn kind_label(ctx: &Ctx, kind: RevisionKind) -> String {
    let id = match kind {
        RevisionKind::Create => "history-kind-create",
        RevisionKind::Edit => "history-kind-edit",
        RevisionKind::Import => "history-kind-import",
        RevisionKind::Restore => "history-kind-restore",
        RevisionKind::Merge => "history-kind-merge",
    };
    ctx.t(id)
}
