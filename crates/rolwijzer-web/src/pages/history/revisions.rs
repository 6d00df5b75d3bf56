//! Every revision of a division, newest first; what changed between any two; and
//! bringing an old revision back as a new one.
//!
//! A restore is saved with [`RevisionKind::Restore`] straight through the store (not
//! through `edit::save_change`, which records an edit), so the history says what
//! happened. On a conflict nothing is saved: the page shows what the other person
//! changed and offers the same restore again on top of the newest revision. That is
//! the whole re-apply, because a restore does not depend on what it started from.

use super::{base_of, check_csrf, kind_label};
use crate::AppState;
use crate::access::{Loaded, Need, load};
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::pages::CollabNav;
use crate::pages::home::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use rolwijzer_core::diff::{diff, summary};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{RevisionKind, RevisionMeta, Saved, StoreError};
use std::collections::HashMap;

/// Routes of the history pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/history", get(history))
        .route("/c/{slug}/history/diff", get(diff_page))
        .route("/c/{slug}/history/{n}/restore", post(restore))
}

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

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    rows: Vec<RevisionRow>,
    head: i64,
    can_edit: bool,
    from: i64,
    to: i64,
}

async fn rows(state: &AppState, ctx: &Ctx, l: &Loaded) -> AppResult<Vec<RevisionRow>> {
    Ok(state
        .store
        .revisions(l.collab.id)
        .await?
        .iter()
        .map(|m| RevisionRow::new(ctx, m, l.collab.head))
        .collect())
}

async fn history(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let head = l.collab.head;
    let p = HistoryPage {
        title: ctx.t("history-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/history")),
        rows: rows(&state, &ctx, &l).await?,
        slug,
        head,
        can_edit: l.can_edit(),
        from: (head - 1).max(1),
        to: head,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

#[derive(Template)]
#[template(path = "history_diff.html")]
struct DiffPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    rows: Vec<RevisionRow>,
    head: i64,
    can_edit: bool,
    from: i64,
    to: i64,
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

async fn diff_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let head = l.collab.head;
    let all = rows(&state, &ctx, &l).await?;
    let from = number(&q, "from", head);
    let to = number(&q, "to", head);
    let mut p = DiffPage {
        title: ctx.t("history-diff-title"),
        nav: Some(CollabNav::new(&ctx, &l, "/history")),
        slug,
        head,
        can_edit: l.can_edit(),
        from: from.unwrap_or((head - 1).max(1)),
        to: to.unwrap_or(head),
        problem: None,
        from_row: None,
        to_row: None,
        changes: Vec::new(),
        rows: all,
        ctx: ctx.clone(),
    };
    let (Some(from), Some(to)) = (from, to) else {
        p.problem = Some(ctx.ta(
            "history-diff-invalid",
            &Args::new().with("head", head.to_string()),
        ));
        let mut res = page(&ctx, &p)?;
        *res.status_mut() = StatusCode::NOT_FOUND;
        return Ok(res);
    };
    let old = state.store.revision(l.collab.id, from).await?;
    let new = state.store.revision(l.collab.id, to).await?;
    p.changes = diff(&old.document, &new.document)
        .iter()
        .map(|c| c.describe(ctx.lang))
        .collect();
    p.from_row = p.rows.iter().find(|r| r.number == from).cloned();
    p.to_row = p.rows.iter().find(|r| r.number == to).cloned();
    page(&ctx, &p)
}

#[derive(Template)]
#[template(path = "history_conflict.html")]
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

async fn restore(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, n)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    check_csrf(&ctx, &pairs)?;
    let l = load(&state, &ctx, &slug, Need::Edit).await?;
    let user = ctx.require_user()?;
    let n = n
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=l.collab.head).contains(n))
        .ok_or(AppError::NotFound)?;
    let base = base_of(&pairs)?;
    let back = format!("/c/{slug}/history");
    let old = state.store.revision(l.collab.id, n).await?;
    let base_rev = match state.store.revision(l.collab.id, base).await {
        Ok(r) => r,
        Err(StoreError::NotFound) => return Err(AppError::BadRequest("base revision".into())),
        Err(e) => return Err(e.into()),
    };
    let changes = diff(&base_rev.document, &old.document);
    if changes.is_empty() && base == l.collab.head {
        // The newest revision already reads like revision n: nothing to bring back.
        return Ok(Redirect::to(&back).into_response());
    }
    let line = format!(
        "{} {}",
        ctx.ta(
            "history-restore-summary",
            &Args::new().with("number", n.to_string())
        ),
        summary(&changes, ctx.lang)
    );
    match state
        .store
        .save(
            l.collab.id,
            base,
            &old.document,
            Some(user.id),
            &line,
            RevisionKind::Restore,
        )
        .await?
    {
        Saved::Stored(_) => Ok(Redirect::to(&back).into_response()),
        Saved::Conflict { head } => {
            let head_rev = state.store.revision(l.collab.id, head).await?;
            let fresh = load(&state, &ctx, &slug, Need::Edit).await?;
            let p = ConflictPage {
                title: ctx.t("history-conflict-title"),
                nav: Some(CollabNav::new(&ctx, &fresh, "/history")),
                slug,
                number: n,
                head,
                theirs: diff(&base_rev.document, &head_rev.document)
                    .iter()
                    .map(|c| c.describe(ctx.lang))
                    .collect(),
                theirs_by: head_rev.meta.author.unwrap_or_default(),
                ctx: ctx.clone(),
            };
            let mut res = page(&ctx, &p)?;
            *res.status_mut() = StatusCode::CONFLICT;
            Ok(res)
        }
    }
}
