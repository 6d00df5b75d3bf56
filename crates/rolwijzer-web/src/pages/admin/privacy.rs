//! The administrator's privacy page (`/admin/privacy`): requests of the AVG/GDPR that
//! reach the municipality rather than a collaboration's owners. Forget a person in a
//! collaboration (also one already removed from the current division, who still is in
//! older versions), download everything stored about a person or an account as JSON
//! (inzage), delete an account, and read the privacy log. Anyone who is not an
//! administrator gets 404.

use crate::AppState;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::ui::forms::{Fields, field};
use crate::ui::nav::CollabNav;
use crate::ui::render::page_with_status;
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{Actor, ForgetRequest, Via};
use std::collections::BTreeMap;

/// Longest reason kept in the privacy log.
const MAX_REASON: usize = 500;

/// One row of the privacy log, in words.
struct LogRow {
    when: String,
    action: String,
    actor: String,
    collaboration: String,
    subject: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "admin/privacy.html")]
struct PrivacyPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    /// What was just done, in words.
    done: Option<String>,
    /// Which form the errors and values belong to.
    form: &'static str,
    values: BTreeMap<String, String>,
    errors: BTreeMap<String, String>,
    log: Vec<LogRow>,
}

impl PrivacyPage {
    /// A value sent back in a form that had mistakes.
    fn value(&self, form: &str, name: &str) -> &str {
        if self.form == form {
            self.values.get(name).map_or("", String::as_str)
        } else {
            ""
        }
    }

    /// The mistake of a field of a form.
    fn error(&self, form: &str, name: &str) -> Option<&String> {
        (self.form == form).then(|| self.errors.get(name)).flatten()
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    mut p: PrivacyPage,
    status: StatusCode,
) -> AppResult<Response> {
    p.log = state
        .store
        .privacy_log(None)
        .await?
        .into_iter()
        .map(|e| LogRow {
            when: ctx.date_time(e.at),
            action: ctx.t(&format!("privacy-admin-action-{}", e.action)),
            actor: match (e.actor, e.via.as_str()) {
                (Some(a), _) => a,
                (None, "cli") => ctx.t("privacy-admin-actor-cli"),
                (None, _) => ctx.t("privacy-admin-actor-gone"),
            },
            collaboration: e.collaboration.unwrap_or_default(),
            subject: e.subject,
            reason: e.reason,
        })
        .collect();
    page_with_status(ctx, &p, status)
}

fn empty(ctx: &Ctx) -> PrivacyPage {
    PrivacyPage {
        title: ctx.t("privacy-admin-title"),
        nav: None,
        done: None,
        form: "",
        values: BTreeMap::new(),
        errors: BTreeMap::new(),
        log: Vec::new(),
        ctx: ctx.clone(),
    }
}

/// The page with the fields of `form` filled in from `pairs`, and the reason checked.
fn from_form(
    ctx: &Ctx,
    form: &'static str,
    pairs: &[(String, String)],
    names: &[&str],
) -> PrivacyPage {
    let mut p = empty(ctx);
    p.form = form;
    for name in names {
        let v = field(pairs, name).unwrap_or("").trim().to_owned();
        p.values.insert((*name).to_owned(), v);
    }
    let reason = p.value(form, "reason").to_owned();
    if reason.is_empty() {
        p.errors
            .insert("reason".to_owned(), ctx.t("forget-error-reason"));
    } else if reason.chars().count() > MAX_REASON {
        p.errors.insert(
            "reason".to_owned(),
            ctx.ta(
                "forget-error-reason-long",
                &Args::new().count("max", MAX_REASON),
            ),
        );
    }
    p
}

fn actor(ctx: &Ctx) -> Actor {
    Actor {
        user: ctx.user.as_ref().map(|u| u.id),
        via: Via::Web,
    }
}

/// GET /admin/privacy
pub(crate) async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    render(&state, &ctx, empty(&ctx), StatusCode::OK).await
}

/// POST /admin/privacy/forget: forgets a person in one collaboration.
pub(crate) async fn forget(
    State(state): State<AppState>,
    ctx: Ctx,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let mut p = from_form(
        &ctx,
        "forget",
        &pairs,
        &["collaboration", "person", "reason"],
    );
    if field(&pairs, "confirm") != Some("yes") {
        p.errors
            .insert("confirm".to_owned(), ctx.t("forget-error-confirm"));
    }
    let slug = p.value("forget", "collaboration").to_owned();
    let person = p.value("forget", "person").to_owned();
    let collab = state.store.collaboration(&slug).await?;
    if collab.is_none() {
        p.errors.insert(
            "collaboration".to_owned(),
            ctx.t("privacy-admin-error-collaboration"),
        );
    }
    let (Some(c), true) = (collab, p.errors.is_empty()) else {
        return render(&state, &ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let word = ctx.t("privacy-forgotten-word");
    let summary = |label: &str| {
        ctx.ta(
            "privacy-forgotten-summary",
            &Args::new().with("label", label.to_owned()),
        )
    };
    let reason = p.value("forget", "reason").to_owned();
    let req = ForgetRequest {
        collaboration: c.id,
        person: &person,
        word: &word,
        reason: &reason,
        summary: &summary,
        by: actor(&ctx),
    };
    match state.store.forget_person(req).await? {
        None => {
            p.errors
                .insert("person".to_owned(), ctx.t("privacy-admin-error-person"));
            render(&state, &ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Some(done) => {
            let mut p = empty(&ctx);
            p.done = Some(
                ctx.ta(
                    "privacy-admin-forgotten",
                    &Args::new()
                        .with("label", done.label)
                        .with("collaboration", slug)
                        .count("revisions", done.revisions),
                ),
            );
            render(&state, &ctx, p, StatusCode::OK).await
        }
    }
}

/// POST /admin/privacy/export: everything stored about a person (by e-mail address)
/// or an account, as a JSON download.
pub(crate) async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let mut p = from_form(&ctx, "export", &pairs, &["email", "account", "reason"]);
    let (email, account) = (
        p.value("export", "email").to_owned(),
        p.value("export", "account").to_owned(),
    );
    if email.is_empty() == account.is_empty() {
        p.errors
            .insert("email".to_owned(), ctx.t("privacy-admin-error-one"));
    }
    if !p.errors.is_empty() {
        return render(&state, &ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let reason = p.value("export", "reason").to_owned();
    let value = if email.is_empty() {
        match state
            .store
            .export_account(&account, &reason, actor(&ctx))
            .await?
        {
            Some(v) => v,
            None => {
                p.errors
                    .insert("account".to_owned(), ctx.t("privacy-admin-error-account"));
                return render(&state, &ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await;
            }
        }
    } else {
        state
            .store
            .export_person(&email, &reason, actor(&ctx))
            .await?
    };
    let body = serde_json::to_string_pretty(&value).unwrap_or_default();
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"inzage.json\""),
    );
    // Personal data: never kept by a browser or proxy cache.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// POST /admin/privacy/delete-account: deletes an account (not one's own).
pub(crate) async fn delete_account(
    State(state): State<AppState>,
    ctx: Ctx,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let mut p = from_form(&ctx, "delete", &pairs, &["account", "reason"]);
    if field(&pairs, "confirm") != Some("yes") {
        p.errors.insert(
            "confirm".to_owned(),
            ctx.t("privacy-admin-error-confirm-delete"),
        );
    }
    let login = p.value("delete", "account").to_owned();
    let user = state.store.user_by_name(&login).await?;
    match &user {
        None => {
            p.errors
                .insert("account".to_owned(), ctx.t("privacy-admin-error-account"));
        }
        Some(u) if ctx.user.as_ref().is_some_and(|me| me.id == u.id) => {
            p.errors
                .insert("account".to_owned(), ctx.t("privacy-admin-error-self"));
        }
        Some(_) => {}
    }
    let (Some(user), true) = (user, p.errors.is_empty()) else {
        return render(&state, &ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let reason = p.value("delete", "reason").to_owned();
    state
        .store
        .delete_account(user.id, &reason, actor(&ctx))
        .await?;
    let mut p = empty(&ctx);
    p.done = Some(ctx.ta(
        "privacy-admin-deleted",
        &Args::new().with("user", user.username),
    ));
    render(&state, &ctx, p, StatusCode::OK).await
}
