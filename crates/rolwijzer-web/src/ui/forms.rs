//! The one form layer. A form arrives as [`Fields`]: its pairs, in order (a field may
//! come more than once), accepted only with the session's form token, so no handler
//! checks the token by hand. [`Pairs`] reads them; `base` is the revision the form
//! was made from.

use crate::AppState;
use crate::http::access::{CollabPage, Loaded};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::render::page_with_status;
use crate::ui::save::{FieldErrors, Outcome, Submitted, save_change};
use askama::Template;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rolwijzer_core::Document;

/// A submitted URL-encoded form whose form token matched the session's.
#[derive(Debug, Clone, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl FromRequest<AppState> for Fields {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let ctx = Ctx::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let req = Request::from_parts(parts, body);
        // The body limit and a malformed body answer as axum's Form does (413, 400).
        let axum::Form(pairs) = axum::Form::<Vec<(String, String)>>::from_request(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        check_token(&ctx, &pairs).map_err(IntoResponse::into_response)?;
        Ok(Fields(pairs))
    }
}

/// A form posted to one of a collaboration's pages, with all such a handler needs:
/// the collaboration the route table checked, the route's `{slug}`, and the fields
/// (accepted only with the session's form token, as [`Fields`]).
pub struct CollabForm {
    /// The app.
    pub state: AppState,
    /// The request's context.
    pub ctx: Ctx,
    /// The collaboration, loaded and checked by the route table.
    pub l: Loaded,
    /// The `{slug}` of the route.
    pub slug: String,
    /// The submitted fields, in order.
    pub pairs: Vec<(String, String)>,
}

impl FromRequest<AppState> for CollabForm {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (page, Fields(pairs)) = <(CollabPage, Fields)>::from_request(req, state).await?;
        Ok(CollabForm {
            state: page.state,
            ctx: page.ctx,
            l: page.l,
            slug: page.slug,
            pairs,
        })
    }
}

impl CollabForm {
    /// The fields, to read.
    pub fn fields(&self) -> Pairs<'_> {
        Pairs(&self.pairs)
    }

    /// The revision the form was started from (400 without one).
    pub fn base(&self) -> AppResult<i64> {
        base_of(&self.pairs)
    }

    /// Applies `change` to revision `base` and saves it (see [`save_change`]); the
    /// form was posted to `action`, and a save leads to `back`.
    pub async fn save(
        &self,
        base: i64,
        action: &str,
        back: &str,
        change: impl FnOnce(&mut Document) -> Result<(), FieldErrors>,
    ) -> AppResult<(Outcome, Option<i64>)> {
        let submitted = Submitted::from_pairs(action, &self.pairs);
        save_change(
            &self.state,
            &self.ctx,
            &self.l,
            base,
            submitted,
            back,
            change,
        )
        .await
    }

    /// Like [`CollabForm::save`], and when the form has mistakes shows the page
    /// `again` makes of the newest version with them (422).
    pub async fn save_or_show<P: Template>(
        &self,
        base: i64,
        action: &str,
        back: &str,
        change: impl FnOnce(&mut Document) -> Result<(), FieldErrors>,
        again: impl FnOnce(&Loaded, FieldErrors) -> AppResult<P>,
    ) -> AppResult<Response> {
        match self.save(base, action, back, change).await?.0 {
            Outcome::Done(res) => Ok(res),
            Outcome::Invalid(errors) => {
                let l = self.l.fresh(&self.state).await?;
                let p = again(&l, errors)?;
                page_with_status(&self.ctx, &p, StatusCode::UNPROCESSABLE_ENTITY)
            }
        }
    }
}

/// Checks the form token among submitted pairs (also for multipart forms).
pub fn check_token(ctx: &Ctx, pairs: &[(String, String)]) -> AppResult<()> {
    ctx.check_csrf(Pairs(pairs).get("csrf"))
}

/// A submitted form as raw pairs (a field may come more than once).
#[derive(Debug, Clone, Copy)]
pub struct Pairs<'a>(pub &'a [(String, String)]);

impl<'a> Pairs<'a> {
    /// The first value of a field, or "".
    pub fn get(&self, name: &str) -> &'a str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value of a field, in order.
    pub fn all(&self, name: &str) -> Vec<&'a str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Whether a checkbox was ticked (sent at all, with any value but "").
    pub fn ticked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }

    /// The `base` revision the form was made from.
    pub fn base(&self) -> Option<i64> {
        self.get("base").trim().parse().ok()
    }
}

/// The value of a field, if it was sent.
pub fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The revision a form was started from (hidden field `base`).
pub fn base_of(pairs: &[(String, String)]) -> AppResult<i64> {
    Pairs(pairs)
        .base()
        .filter(|b| *b >= 1)
        .ok_or_else(|| AppError::BadRequest("base revision".into()))
}

/// A web address that is safe to put in a link (http or https only), else `None`.
pub fn safe_url(s: &str) -> Option<String> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| t.to_owned())
}
