//! The administrator's user page: all accounts, a form to add one, and one-time links
//! to set a password. There is no mail server: the administrator passes the link on
//! (by chat, phone or in person). Anyone who is not an administrator gets 404.
//!
//! A new link is shown on the answer to the form itself, not after a redirect: the
//! link is a secret and must not end up in a URL, the browser history or a log.

use crate::http::client::browser_origin;
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::Fields;
use crate::ui::forms::field;
use crate::ui::nav::CollabNav;
use crate::ui::render::page_with_status;
use crate::{AppState, SETUP_LINK_TTL};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{StoreError, User, UserId};
use std::collections::BTreeMap;

/// Longest user name accepted.
const MAX_USERNAME: usize = 64;
/// Longest display name accepted.
pub(crate) const MAX_DISPLAY_NAME: usize = 100;

/// An account as listed.
struct UserRow {
    id: UserId,
    username: String,
    display_name: String,
    is_admin: bool,
    has_password: bool,
    disabled: bool,
    is_me: bool,
}

/// A freshly made password link.
struct LinkView {
    username: String,
    url: String,
    valid_for: String,
    new_user: bool,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct AdminPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    users: Vec<UserRow>,
    username: String,
    display_name: String,
    is_admin: bool,
    errors: BTreeMap<String, String>,
    link: Option<LinkView>,
    /// What was just done to an account (disabled, enabled, refused).
    notice: Option<String>,
}

/// The signed-in administrator, or 404 for everyone else.
async fn render(
    state: &AppState,
    ctx: &Ctx,
    mut p: AdminPage,
    status: StatusCode,
) -> AppResult<Response> {
    let me = ctx.user.as_ref().map(|u| u.id);
    p.users = state
        .store
        .users()
        .await?
        .into_iter()
        .map(|u| UserRow {
            is_me: Some(u.id) == me,
            id: u.id,
            username: u.username,
            display_name: u.display_name,
            is_admin: u.is_admin,
            has_password: u.has_password,
            disabled: u.disabled,
        })
        .collect();
    let res = page_with_status(ctx, &p, status)?;
    Ok(res)
}

fn empty_page(ctx: &Ctx) -> AdminPage {
    AdminPage {
        title: ctx.t("admin-title"),
        nav: None,
        users: Vec::new(),
        username: String::new(),
        display_name: String::new(),
        is_admin: false,
        errors: BTreeMap::new(),
        link: None,
        notice: None,
        ctx: ctx.clone(),
    }
}

pub(crate) async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    render(&state, &ctx, empty_page(&ctx), StatusCode::OK).await
}

/// The address of this site: the configured public address, else the one the browser
/// used, when its Host header is sane.
pub(crate) fn origin(state: &AppState, headers: &HeaderMap) -> String {
    match &state.public_url {
        Some(url) => url.clone(),
        None => browser_origin(state, headers).unwrap_or_default(),
    }
}

async fn link_for(
    state: &AppState,
    ctx: &Ctx,
    headers: &HeaderMap,
    user: &User,
    new_user: bool,
) -> AppResult<LinkView> {
    let token = state
        .store
        .create_password_token(user.id, SETUP_LINK_TTL)
        .await?;
    Ok(LinkView {
        username: user.username.clone(),
        url: format!("{}/setup/{token}", origin(state, headers)),
        valid_for: ctx.ta(
            "admin-link-valid",
            &Args::new().count("days", (SETUP_LINK_TTL / 86_400).max(1) as usize),
        ),
        new_user,
    })
}

pub(crate) fn username_ok(s: &str) -> bool {
    let n = s.chars().count();
    (2..=MAX_USERNAME).contains(&n)
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let mut p = empty_page(&ctx);
    p.username = field(&pairs, "username").unwrap_or("").trim().to_owned();
    p.display_name = field(&pairs, "display_name")
        .unwrap_or("")
        .trim()
        .to_owned();
    p.is_admin = field(&pairs, "admin").is_some_and(|v| v == "1");
    let username = p.username.to_lowercase();
    if !username_ok(&username) {
        p.errors
            .insert("username".to_owned(), ctx.t("admin-error-username"));
    }
    if p.display_name.chars().count() > MAX_DISPLAY_NAME {
        p.errors.insert(
            "display_name".to_owned(),
            ctx.ta(
                "admin-error-display-name",
                &Args::new().count("max", MAX_DISPLAY_NAME),
            ),
        );
    }
    if p.errors.is_empty() {
        let display = if p.display_name.is_empty() {
            username.clone()
        } else {
            p.display_name.clone()
        };
        match state
            .store
            .create_user(&username, &display, None, p.is_admin)
            .await
        {
            Ok(user) => {
                p.link = Some(link_for(&state, &ctx, &headers, &user, true).await?);
                p.username.clear();
                p.display_name.clear();
                p.is_admin = false;
                return render(&state, &ctx, p, StatusCode::OK).await;
            }
            Err(StoreError::Taken(_)) => {
                p.errors
                    .insert("username".to_owned(), ctx.t("admin-error-taken"));
            }
            Err(e) => return Err(e.into()),
        }
    }
    render(&state, &ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await
}

pub(crate) async fn new_link(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
    _form: Fields,
) -> AppResult<Response> {
    let id = id.parse::<UserId>().map_err(|_| AppError::NotFound)?;
    let user = state.store.user(id).await?.ok_or(AppError::NotFound)?;
    let mut p = empty_page(&ctx);
    p.link = Some(link_for(&state, &ctx, &headers, &user, false).await?);
    render(&state, &ctx, p, StatusCode::OK).await
}

/// Disables (`true`) or enables the account of the path. Disabling ends its sessions
/// and API tokens at once (the store does both in one transaction). An administrator
/// cannot disable their own account: that would lock the last one out.
async fn switch(state: &AppState, ctx: &Ctx, id: &str, disable: bool) -> AppResult<Response> {
    let id = id.parse::<UserId>().map_err(|_| AppError::NotFound)?;
    let user = state.store.user(id).await?.ok_or(AppError::NotFound)?;
    let mut p = empty_page(ctx);
    let name = Args::new().with("username", user.username.clone());
    if disable && ctx.user.as_ref().is_some_and(|u| u.id == id) {
        p.notice = Some(ctx.t("admin-error-disable-self"));
        return render(state, ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    state.store.set_disabled(id, disable).await?;
    let text = if disable {
        "admin-disabled"
    } else {
        "admin-enabled"
    };
    p.notice = Some(ctx.ta(text, &name));
    render(state, ctx, p, StatusCode::OK).await
}

pub(crate) async fn disable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    _form: Fields,
) -> AppResult<Response> {
    switch(&state, &ctx, &id, true).await
}

pub(crate) async fn enable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    _form: Fields,
) -> AppResult<Response> {
    switch(&state, &ctx, &id, false).await
}
