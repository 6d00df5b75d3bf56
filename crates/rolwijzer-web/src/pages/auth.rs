//! Signing in (`/login`) and out (`/logout`), and the one-time link to set a
//! password (`/setup/{token}`).

use crate::AppState;
use crate::http::client::ClientAddr;
use crate::http::ctx::{Ctx, SESSION_COOKIE};
use crate::http::error::{AppError, AppResult};
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::LoginAttempt;
use serde::Deserialize;

/// How long a session lasts, in seconds (a working day and a bit).
pub const SESSION_TTL: i64 = 12 * 3600;
/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    username: String,
    error: Option<String>,
}

pub(crate) async fn login_form(ctx: Ctx) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    page(
        &ctx,
        &LoginPage {
            title: ctx.t("login-title"),
            nav: None,
            username: String::new(),
            error: None,
            ctx: ctx.clone(),
        },
    )
}

/// The sign-in form.
#[derive(Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
}

pub(crate) fn session_cookie(state: &AppState, token: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .unwrap_or(HeaderValue::from_static(""))
}

/// Signs in, throttled per (account, address) pair by the store
/// ([`rolwijzer_store::login_delay`] states the rule).
///
/// The attempt is counted before the password is checked, in one store transaction
/// with the decision, so parallel attempts cannot slip past the count. A pair that
/// must wait gets 429 with the number of seconds (also in `Retry-After`); the handler
/// never sleeps. Nothing else refuses a sign-in: failures from other addresses on
/// this account, or from this address on other accounts, do not stop a right
/// password (an address over its limit waits only on accounts it failed on).
pub(crate) async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddr(addr): ClientAddr,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let name = form.username.trim().to_lowercase();
    let store = &state.store;
    let fail = |msg: String, status: StatusCode| -> AppResult<Response> {
        let p = LoginPage {
            title: ctx.t("login-title"),
            nav: None,
            username: form.username.clone(),
            error: Some(msg),
            ctx: ctx.clone(),
        };
        Ok((status, Html(p.render()?)).into_response())
    };
    if let LoginAttempt::Wait(secs) = store.begin_login_attempt(&name, &addr).await? {
        let secs = secs.max(1);
        let msg = ctx.ta(
            "login-throttled",
            &Args::new().count("seconds", usize::try_from(secs).unwrap_or(usize::MAX)),
        );
        let mut res = fail(msg, StatusCode::TOO_MANY_REQUESTS)?;
        if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return Ok(res);
    }
    match store.check_password(&name, &form.password).await? {
        Some(user) => {
            store.login_succeeded(&name, &addr).await?;
            let token = store.create_session(user.id, SESSION_TTL).await?;
            let mut res = Redirect::to("/").into_response();
            res.headers_mut().append(
                header::SET_COOKIE,
                session_cookie(&state, &token, SESSION_TTL),
            );
            Ok(res)
        }
        // The attempt is already counted as a failure.
        None => fail(ctx.t("login-failed"), StatusCode::UNAUTHORIZED),
    }
}

/// A form with only the form token.
#[derive(Deserialize)]
pub struct TokenForm {
    /// The form token.
    pub csrf: String,
}

pub(crate) async fn logout(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    if ctx.user.is_some() {
        ctx.check_csrf(&form.csrf)?;
    }
    if let Some(t) = &ctx.session_token {
        state.store.delete_session(t).await?;
    }
    let mut res = Redirect::to("/").into_response();
    res.headers_mut()
        .append(header::SET_COOKIE, session_cookie(&state, "", 0));
    Ok(res)
}

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    token: String,
    valid: bool,
    intro: String,
    username: String,
    error: Option<String>,
}

pub(crate) fn is_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

pub(crate) async fn setup_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let user = if is_token(&token) {
        state.store.password_token_user(&token).await?
    } else {
        None
    };
    let p = SetupPage {
        title: ctx.t("setup-title"),
        nav: None,
        valid: user.is_some(),
        intro: user
            .as_ref()
            .map(|u| {
                ctx.ta(
                    "setup-intro",
                    &Args::new().with("username", u.username.clone()),
                )
            })
            .unwrap_or_default(),
        username: user.map(|u| u.username).unwrap_or_default(),
        token,
        error: None,
        ctx: ctx.clone(),
    };
    let status = if p.valid {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    Ok((status, page(&ctx, &p)?).into_response())
}

/// The new-password form.
#[derive(Deserialize)]
pub struct SetupForm {
    password: String,
    repeat: String,
}

pub(crate) async fn setup(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<SetupForm>,
) -> AppResult<Response> {
    if !is_token(&token) {
        return Err(AppError::NotFound);
    }
    let Some(user) = state.store.password_token_user(&token).await? else {
        return Err(AppError::NotFound);
    };
    let error = if form.password.chars().count() < MIN_PASSWORD_CHARS {
        Some(ctx.ta(
            "setup-too-short",
            &Args::new().count("min", MIN_PASSWORD_CHARS),
        ))
    } else if form.password != form.repeat {
        Some(ctx.t("setup-mismatch"))
    } else {
        None
    };
    if let Some(error) = error {
        let p = SetupPage {
            title: ctx.t("setup-title"),
            nav: None,
            valid: true,
            intro: ctx.ta(
                "setup-intro",
                &Args::new().with("username", user.username.clone()),
            ),
            username: user.username,
            token,
            error: Some(error),
            ctx: ctx.clone(),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(p.render()?)).into_response());
    }
    let Some(user) = state
        .store
        .use_password_token(&token, &form.password)
        .await?
    else {
        return Err(AppError::NotFound);
    };
    let session = state.store.create_session(user.id, SESSION_TTL).await?;
    let mut res = Redirect::to("/").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(&state, &session, SESSION_TTL),
    );
    Ok(res)
}
