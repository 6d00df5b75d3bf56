//! The signed-in user changes their own password (`/account/password`). The current
//! password is asked first, throttled like signing in, so a session left open does
//! not give away the account. A new password ends every other session of the user
//! and every API token; the session that changed it stays signed in.

use crate::AppState;
use crate::http::client::ClientAddr;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::pages::auth::MIN_PASSWORD_CHARS;
use crate::ui::forms::{Fields, field};
use crate::ui::nav::CollabNav;
use crate::ui::render::page_with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use rolwijzer_core::i18n::Args;
use rolwijzer_store::LoginAttempt;
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "account/password.html")]
struct PasswordPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    /// Problems with the form, by field (`current`, `password`).
    errors: BTreeMap<String, String>,
    /// Whether the password was just changed.
    changed: bool,
    /// The hint under the new password, with the minimum length.
    hint: String,
}

fn empty_page(ctx: &Ctx) -> PasswordPage {
    PasswordPage {
        title: ctx.t("password-title"),
        nav: None,
        errors: BTreeMap::new(),
        changed: false,
        hint: ctx.ta(
            "password-new-hint",
            &Args::new().count("min", MIN_PASSWORD_CHARS),
        ),
        ctx: ctx.clone(),
    }
}

pub(crate) async fn show(ctx: Ctx) -> AppResult<Response> {
    ctx.require_user()?;
    page_with_status(&ctx, &empty_page(&ctx), StatusCode::OK)
}

pub(crate) async fn change(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddr(addr): ClientAddr,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let current = field(&pairs, "current").unwrap_or("");
    let password = field(&pairs, "password").unwrap_or("");
    let repeat = field(&pairs, "repeat").unwrap_or("");
    let mut p = empty_page(&ctx);
    if password.chars().count() < MIN_PASSWORD_CHARS {
        p.errors.insert(
            "password".to_owned(),
            ctx.ta(
                "setup-too-short",
                &Args::new().count("min", MIN_PASSWORD_CHARS),
            ),
        );
    } else if password != repeat {
        p.errors
            .insert("password".to_owned(), ctx.t("setup-mismatch"));
    }
    // The current password is checked as a sign-in is: counted first, by the store.
    let store = &state.store;
    if let LoginAttempt::Wait(secs) = store.begin_login_attempt(&user.username, &addr).await? {
        let secs = usize::try_from(secs.max(1)).unwrap_or(usize::MAX);
        p.errors.insert(
            "current".to_owned(),
            ctx.ta("login-throttled", &Args::new().count("seconds", secs)),
        );
        return page_with_status(&ctx, &p, StatusCode::TOO_MANY_REQUESTS);
    }
    if store
        .check_password(&user.username, current)
        .await?
        .is_none()
    {
        p.errors
            .insert("current".to_owned(), ctx.t("password-error-current"));
    } else {
        store.login_succeeded(&user.username, &addr).await?;
    }
    if !p.errors.is_empty() {
        return page_with_status(&ctx, &p, StatusCode::UNPROCESSABLE_ENTITY);
    }
    store
        .set_password_keeping(user.id, password, ctx.session_token.as_deref())
        .await?;
    p.changed = true;
    page_with_status(&ctx, &p, StatusCode::OK)
}
