//! The one way pages change a division: apply a change to the revision the user
//! started from, save it as a new revision, and on a conflict show both versions with
//! a button that re-applies the same change to the newest revision. No change is lost
//! silently.

use crate::AppState;
use crate::http::access::Loaded;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::nav::CollabNav;
use crate::ui::render::page_with_status;
use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::Document;
use rolwijzer_core::diff::{diff, summary};
use rolwijzer_store::{RevisionKind, Saved, StoreError};
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

/// What came of saving a whole document as a new revision.
pub enum Saving {
    /// Nothing to save: the document reads as the revision it was made from.
    Unchanged,
    /// Stored as this revision, with this summary line.
    Stored {
        /// The new revision's number.
        number: i64,
        /// The line the history shows.
        line: String,
    },
    /// Someone saved first; nothing was stored.
    Conflict {
        /// The newest revision.
        head: i64,
        /// What they changed since `base`, in words.
        theirs: Vec<String>,
        /// Who saved the newest revision.
        theirs_by: String,
        /// What this save would have changed, in words.
        mine: Vec<String>,
    },
}

/// The one way a division is saved, for every page, import, restore and the API:
/// `doc` as a new revision of `kind` after `base`, its summary line `prefix` (if any)
/// followed by the changes in words. An edit that changes nothing saves nothing; an
/// import or restore from an older base still saves, to make the newest revision read
/// like `doc`.
pub async fn save_document(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    base: i64,
    doc: &Document,
    kind: RevisionKind,
    prefix: Option<String>,
) -> AppResult<Saving> {
    let user = ctx.require_user()?;
    let base_doc = base_document(state, l, base).await?;
    let changes = diff(&base_doc, doc);
    if changes.is_empty() && (kind == RevisionKind::Edit || base == l.collab.head) {
        return Ok(Saving::Unchanged);
    }
    let described = summary(&changes, ctx.lang);
    let line = match prefix {
        Some(p) => format!("{p} {described}"),
        None => described,
    };
    match state
        .store
        .save(l.collab.id, base, doc, Some(user.id), &line, kind)
        .await?
    {
        Saved::Stored(number) => Ok(Saving::Stored { number, line }),
        Saved::Conflict { head } => {
            let head_rev = state.store.revision(l.collab.id, head).await?;
            Ok(Saving::Conflict {
                head,
                theirs: diff(&base_doc, &head_rev.document)
                    .iter()
                    .map(|c| c.describe(ctx.lang))
                    .collect(),
                theirs_by: head_rev.meta.author.unwrap_or_default(),
                mine: changes.iter().map(|c| c.describe(ctx.lang)).collect(),
            })
        }
    }
}

/// The document of revision `base`, which a form or request was made from (the
/// loaded head without a second read when it is the newest).
pub async fn base_document(state: &AppState, l: &Loaded, base: i64) -> AppResult<Document> {
    if base == l.collab.head {
        return Ok(l.doc().clone());
    }
    match state.store.revision(l.collab.id, base).await {
        Ok(r) => Ok(r.document),
        Err(StoreError::NotFound) => Err(AppError::BadRequest("unknown base revision".into())),
        Err(e) => Err(e.into()),
    }
}

/// Applies `change` to revision `base` of the collaboration `l` (which the route
/// table let this user edit) and saves it. `back` is where to go after a successful
/// save. Also says which revision was stored (`None` when nothing changed, the form
/// had mistakes, or there was a conflict).
pub async fn save_change(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    base: i64,
    submitted: Submitted,
    back: &str,
    change: impl FnOnce(&mut Document) -> Result<(), FieldErrors>,
) -> AppResult<(Outcome, Option<i64>)> {
    let mut doc = base_document(state, l, base).await?;
    if let Err(errors) = change(&mut doc) {
        return Ok((Outcome::Invalid(errors), None));
    }
    let done = || Outcome::Done(Redirect::to(back).into_response());
    match save_document(state, ctx, l, base, &doc, RevisionKind::Edit, None).await? {
        Saving::Unchanged => Ok((done(), None)),
        Saving::Stored { number, .. } => Ok((done(), Some(number))),
        Saving::Conflict {
            head,
            theirs,
            theirs_by,
            mine,
        } => {
            let p = ConflictPage {
                title: ctx.t("conflict-title"),
                nav: Some(CollabNav::new(ctx, l, "")),
                theirs,
                theirs_by,
                mine,
                head,
                // Dropping the change leads back to where the form was, now showing
                // the newest version.
                back: back.to_owned(),
                submitted,
                mine_yaml: rolwijzer_core::parse::to_yaml(&doc),
                ctx: ctx.clone(),
            };
            let res = page_with_status(ctx, &p, axum::http::StatusCode::CONFLICT)?;
            Ok((Outcome::Done(res), None))
        }
    }
}
