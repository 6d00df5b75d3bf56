//! The history area: revisions with diff and restore, the yearly evaluation, members
//! and access, importing and downloading the YAML, the public page and the
//! administrator's user page.

mod admin;
mod evaluation;
mod import;
mod members;
mod public;
mod revisions;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use axum::Router;
use rolwijzer_store::RevisionKind;

/// Routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(revisions::routes())
        .merge(evaluation::routes())
        .merge(members::routes())
        .merge(import::routes())
        .merge(public::routes())
        .merge(admin::routes())
}

/// The value of a form field in URL-encoded or multipart pairs.
fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Checks the form token among the pairs.
fn check_csrf(ctx: &Ctx, pairs: &[(String, String)]) -> AppResult<()> {
    ctx.check_csrf(field(pairs, "csrf").unwrap_or(""))
}

/// The revision a form was started from (hidden field `base`).
fn base_of(pairs: &[(String, String)]) -> AppResult<i64> {
    field(pairs, "base")
        .and_then(|b| b.trim().parse::<i64>().ok())
        .filter(|b| *b >= 1)
        .ok_or_else(|| AppError::BadRequest("base revision".into()))
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

/// A web address that is safe to put in a link (http or https only), else `None`.
fn safe_url(s: &str) -> Option<String> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| t.to_owned())
}
