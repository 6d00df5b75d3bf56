//! The one way pages change a division: apply a change to the revision the user
//! started from, save it as a new revision, and on a conflict show both versions with
//! a button that re-applies the same change to the newest revision. No change is lost
//! silently.

use crate::AppState;
use crate::http::access::Loaded;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::Document;
use rolwijzer_core::diff::{diff, summary};
use rolwijzer_store::{RevisionKind, Saved};
use std::collections::BTreeMap;

/// Problems with submitted fields, by field name, already in words.
pub type FieldErrors = BTreeMap<String, String>;

/// What came of an attempt to save.
pub enum Outcome {
    /// Saved (or nothing changed): go here.
    Done(Response),
    /// The form has mistakes; nothing was saved. Show the form again with these.
    Invalid(FieldErrors),
}

/// A submitted form, kept so it can be re-applied after a conflict.
#[derive(Debug, Clone, Default)]
pub struct Submitted {
    /// Where the form was posted.
    pub action: String,
    /// Its fields, without `csrf` and `base`.
    pub fields: Vec<(String, String)>,
}

impl Submitted {
    /// Keeps a form's fields from a URL-encoded body.
    pub fn from_pairs(action: &str, pairs: &[(String, String)]) -> Self {
        Submitted {
            action: action.to_owned(),
            fields: pairs
                .iter()
                .filter(|(k, _)| k != "csrf" && k != "base")
                .cloned()
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "ui/conflict.html")]
struct ConflictPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    theirs: Vec<String>,
    theirs_by: String,
    mine: Vec<String>,
    head: i64,
    back: String,
    submitted: Submitted,
    mine_yaml: String,
}

/// Applies `change` to revision `base` of the collaboration `l` (which the route
/// table let this user edit) and saves it. `back` is where to go after a successful
/// save.
pub async fn save_change(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    base: i64,
    submitted: Submitted,
    back: &str,
    change: impl FnOnce(&mut Document) -> Result<(), FieldErrors>,
) -> AppResult<Outcome> {
    Ok(
        save_change_numbered(state, ctx, l, base, submitted, back, change)
            .await?
            .0,
    )
}

/// Like [`save_change`], and also says which revision was stored (`None` when
/// nothing changed, the form had mistakes, or there was a conflict).
pub async fn save_change_numbered(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    base: i64,
    submitted: Submitted,
    back: &str,
    change: impl FnOnce(&mut Document) -> Result<(), FieldErrors>,
) -> AppResult<(Outcome, Option<i64>)> {
    let user = ctx.require_user()?;
    let base_rev = state
        .store
        .revision(l.collab.id, base)
        .await
        .map_err(|_| AppError::BadRequest("unknown base revision".into()))?;
    let mut doc = base_rev.document.clone();
    if let Err(errors) = change(&mut doc) {
        return Ok((Outcome::Invalid(errors), None));
    }
    let changes = diff(&base_rev.document, &doc);
    if changes.is_empty() {
        return Ok((Outcome::Done(Redirect::to(back).into_response()), None));
    }
    let line = summary(&changes, ctx.lang);
    match state
        .store
        .save(
            l.collab.id,
            base,
            &doc,
            Some(user.id),
            &line,
            RevisionKind::Edit,
        )
        .await?
    {
        Saved::Stored(n) => Ok((Outcome::Done(Redirect::to(back).into_response()), Some(n))),
        Saved::Conflict { head } => {
            let head_rev = state.store.revision(l.collab.id, head).await?;
            let theirs = diff(&base_rev.document, &head_rev.document)
                .iter()
                .map(|c| c.describe(ctx.lang))
                .collect();
            let p = ConflictPage {
                title: ctx.t("conflict-title"),
                nav: Some(CollabNav::new(ctx, l, "")),
                theirs,
                theirs_by: head_rev.meta.author.unwrap_or_default(),
                mine: changes.iter().map(|c| c.describe(ctx.lang)).collect(),
                head,
                // Dropping the change leads back to where the form was, now showing
                // the newest version.
                back: back.to_owned(),
                submitted,
                mine_yaml: rolwijzer_core::parse::to_yaml(&doc),
                ctx: ctx.clone(),
            };
            let mut res = page(ctx, &p)?;
            *res.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok((Outcome::Done(res), None))
        }
    }
}
