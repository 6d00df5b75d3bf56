//! The invitation link (`/invite/{token}`): someone without an account chooses a
//! display name, a login name and a password and lands in the collaboration; someone
//! signed in accepts with a button. Nobody becomes a member without doing either. A
//! used, revoked or expired link says which it is (410); an unknown one is 404.

use crate::AppState;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::pages::admin::users::{MAX_DISPLAY_NAME, username_ok};
use crate::pages::auth::{MIN_PASSWORD_CHARS, SESSION_TTL, is_token, session_cookie};
use crate::ui::forms::{Fields, field};
use crate::ui::nav::CollabNav;
use crate::ui::render::page_with_status;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{InvitationLink, InvitationState, NewAccount};
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "invite.html")]
struct InvitePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    token: String,
    /// Why the link does not work, or `None` while it does.
    dead: Option<String>,
    /// Who invites whom to what, in words.
    intro: String,
    /// What the role may do.
    role_explained: String,
    display_name: String,
    username: String,
    /// Problems with the new-account form, by field.
    errors: BTreeMap<String, String>,
}

/// The link's invitation, when the token has the shape of one.
async fn lookup(state: &AppState, token: &str) -> AppResult<Option<InvitationLink>> {
    if !is_token(token) {
        return Ok(None);
    }
    Ok(state.store.invitation_by_token(token).await?)
}

/// The page for `link` (pending or not), with the form fields given.
async fn render(
    state: &AppState,
    ctx: &Ctx,
    token: String,
    link: Option<InvitationLink>,
    form: (String, String, BTreeMap<String, String>),
) -> AppResult<Response> {
    let (display_name, username, errors) = form;
    let mut p = InvitePage {
        title: ctx.t("invite-page-title"),
        nav: None,
        token,
        dead: None,
        intro: String::new(),
        role_explained: String::new(),
        display_name,
        username,
        errors,
        ctx: ctx.clone(),
    };
    let status = match link.as_ref().map(|l| l.state) {
        None => {
            p.dead = Some(ctx.t("invite-unknown"));
            StatusCode::NOT_FOUND
        }
        Some(InvitationState::Expired) => {
            p.dead = Some(ctx.t("invite-expired"));
            StatusCode::GONE
        }
        Some(InvitationState::Revoked) => {
            p.dead = Some(ctx.t("invite-revoked"));
            StatusCode::GONE
        }
        Some(InvitationState::Used) => {
            p.dead = Some(ctx.t("invite-used"));
            StatusCode::GONE
        }
        Some(InvitationState::Pending) if p.errors.is_empty() => StatusCode::OK,
        Some(InvitationState::Pending) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    if let Some(l) = link.filter(|l| l.state == InvitationState::Pending) {
        let name = state
            .store
            .collaboration(&l.slug)
            .await?
            .map_or(l.slug.clone(), |c| c.name);
        let role = l.invitation.role.as_str();
        p.intro = ctx.ta(
            "invite-page-intro",
            &Args::new()
                .with("collaboration", name)
                .with("role", ctx.t(&format!("role-{role}")))
                .with(
                    "by",
                    l.invitation
                        .invited_by
                        .unwrap_or_else(|| ctx.t("invite-someone")),
                ),
        );
        p.role_explained = ctx.t(&format!("members-role-{role}-explained"));
    }
    page_with_status(ctx, &p, status)
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let link = lookup(&state, &token).await?;
    render(&state, &ctx, token, link, Default::default()).await
}

/// Makes an account with a pending link, signs it in and opens the collaboration.
pub(crate) async fn create_account(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    if ctx.user.is_some() {
        // Signed in: accept with the account you have (the page offers the button).
        return Ok(Redirect::to(&format!("/invite/{token}")).into_response());
    }
    let link = lookup(&state, &token).await?;
    if link.as_ref().map(|l| l.state) != Some(InvitationState::Pending) {
        return render(&state, &ctx, token, link, Default::default()).await;
    }
    let display_name = field(&pairs, "display_name")
        .unwrap_or("")
        .trim()
        .to_owned();
    let username = field(&pairs, "username").unwrap_or("").trim().to_owned();
    let password = field(&pairs, "password").unwrap_or("");
    let repeat = field(&pairs, "repeat").unwrap_or("");
    let mut errors = BTreeMap::new();
    if display_name.is_empty() {
        errors.insert("display_name".to_owned(), ctx.t("invite-error-name-empty"));
    } else if display_name.chars().count() > MAX_DISPLAY_NAME {
        errors.insert(
            "display_name".to_owned(),
            ctx.ta(
                "admin-error-display-name",
                &Args::new().count("max", MAX_DISPLAY_NAME),
            ),
        );
    }
    if !username_ok(&username.to_lowercase()) {
        errors.insert("username".to_owned(), ctx.t("admin-error-username"));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        errors.insert(
            "password".to_owned(),
            ctx.ta(
                "setup-too-short",
                &Args::new().count("min", MIN_PASSWORD_CHARS),
            ),
        );
    } else if password != repeat {
        errors.insert("password".to_owned(), ctx.t("setup-mismatch"));
    }
    if errors.is_empty() {
        match state
            .store
            .accept_invitation_as_new_user(&token, &username, &display_name, password)
            .await?
        {
            NewAccount::Made { user, slug } => {
                let session = state.store.create_session(user.id, SESSION_TTL).await?;
                let mut res = Redirect::to(&format!("/c/{slug}")).into_response();
                res.headers_mut().append(
                    header::SET_COOKIE,
                    session_cookie(&state, &session, SESSION_TTL),
                );
                return Ok(res);
            }
            NewAccount::NameTaken => {
                errors.insert("username".to_owned(), ctx.t("invite-error-taken"));
            }
            NewAccount::Gone => {
                // Used, revoked or expired while the form was filled in.
                let link = lookup(&state, &token).await?;
                return render(&state, &ctx, token, link, Default::default()).await;
            }
        }
    }
    render(&state, &ctx, token, link, (display_name, username, errors)).await
}

/// A signed-in account accepts a pending link and opens the collaboration.
pub(crate) async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    _form: Fields,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    if !is_token(&token) {
        return Err(AppError::NotFound);
    }
    match state.store.accept_invitation(&token, user.id).await? {
        Some(slug) => Ok(Redirect::to(&format!("/c/{slug}")).into_response()),
        None => {
            let link = lookup(&state, &token).await?;
            render(&state, &ctx, token, link, Default::default()).await
        }
    }
}
