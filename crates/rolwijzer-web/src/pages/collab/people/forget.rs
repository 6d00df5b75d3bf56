//! Forgetting a person (AVG art. 17), for the collaboration's owners: a page that says
//! what happens and asks for a reason and a confirmation, then the store rewrites the
//! current division and every stored revision (see `Store::forget_person`).
//!
//! Only owners: forgetting rewrites history, which an editor's ordinary changes never
//! do, and it cannot be undone.

use crate::http::access::Member;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::{CollabForm, field};
use crate::ui::nav::CollabNav;
use crate::ui::render::{page, page_with_status};
use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{Actor, ForgetRequest, Via};
use std::collections::BTreeMap;

/// Longest reason kept in the privacy log.
const MAX_REASON: usize = 500;

#[derive(Template)]
#[template(path = "collab/people/forget.html")]
struct ForgetPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    id: String,
    name: String,
    reason: String,
    errors: BTreeMap<String, String>,
}

fn build(
    ctx: &Ctx,
    l: &crate::http::access::Loaded,
    slug: &str,
    id: &str,
) -> AppResult<ForgetPage> {
    let name = super::super::name_in(&l.doc().people, id, |p| (&p.id, &p.name))
        .ok_or(AppError::NotFound)?;
    Ok(ForgetPage {
        title: ctx.ta("forget-title", &Args::new().with("name", name.clone())),
        nav: Some(CollabNav::new(ctx, l, "/people")),
        slug: slug.to_owned(),
        id: id.to_owned(),
        name,
        reason: String::new(),
        errors: BTreeMap::new(),
        ctx: ctx.clone(),
    })
}

/// GET /c/{slug}/people/{kind}/{id}/forget: what forgetting does, with the form.
pub(crate) async fn confirm(
    ctx: Ctx,
    Member(l): Member,
    Path((slug, kind, id)): Path<(String, String, String)>,
) -> AppResult<Response> {
    if kind != "person" {
        return Err(AppError::NotFound);
    }
    page(&ctx, &build(&ctx, &l, &slug, &id)?)
}

/// POST /c/{slug}/people/{kind}/{id}/forget: forgets the person, with the reason,
/// once the owner confirmed.
pub(crate) async fn forget(
    Path((_, kind, id)): Path<(String, String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let (state, ctx, l, slug, pairs) = (&form.state, &form.ctx, &form.l, &form.slug, &form.pairs);
    if kind != "person" {
        return Err(AppError::NotFound);
    }
    let mut p = build(ctx, l, slug, &id)?;
    p.reason = field(pairs, "reason").unwrap_or("").trim().to_owned();
    if p.reason.is_empty() {
        p.errors
            .insert("reason".to_owned(), ctx.t("forget-error-reason"));
    } else if p.reason.chars().count() > MAX_REASON {
        p.errors.insert(
            "reason".to_owned(),
            ctx.ta(
                "forget-error-reason-long",
                &Args::new().count("max", MAX_REASON),
            ),
        );
    }
    if field(pairs, "confirm") != Some("yes") {
        p.errors
            .insert("confirm".to_owned(), ctx.t("forget-error-confirm"));
    }
    if !p.errors.is_empty() {
        return page_with_status(ctx, &p, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let user = ctx.require_user()?;
    let word = ctx.t("privacy-forgotten-word");
    let summary = |label: &str| {
        ctx.ta(
            "privacy-forgotten-summary",
            &Args::new().with("label", label.to_owned()),
        )
    };
    let req = ForgetRequest {
        collaboration: l.collab.id,
        person: &id,
        word: &word,
        reason: &p.reason,
        summary: &summary,
        by: Actor {
            user: Some(user.id),
            via: Via::Web,
        },
    };
    let done = state
        .store
        .forget_person(req)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&format!("/c/{slug}/people?saved=1#person-{}", done.id)).into_response())
}
