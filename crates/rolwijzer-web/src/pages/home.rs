//! The start page, signing in and out, the password link, and the about page.

use crate::AppState;
use crate::ctx::{Ctx, LANG_COOKIE, SESSION_COOKIE};
use crate::error::{AppError, AppResult};
use crate::pages::CollabNav;
use askama::Template;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use rolwijzer_core::i18n::Args;
use serde::Deserialize;

/// How long a session lasts, in seconds (a working day and a bit).
pub const SESSION_TTL: i64 = 12 * 3600;
/// Window for counting failed sign-ins, in seconds.
pub const THROTTLE_WINDOW: i64 = 15 * 60;
/// Failed sign-ins allowed per account in the window.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed sign-ins allowed per address in the window.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/about", get(about))
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/setup/{token}", get(setup_form).post(setup))
}

/// The client's address, when the server knows it (tests without a socket do not).
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let addr = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());
        Ok(ClientAddr(addr))
    }
}

/// A collaboration on the start page.
pub struct CollabCard {
    slug: String,
    name: String,
    role: String,
    published: bool,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    mine: Vec<CollabCard>,
    published: Vec<CollabCard>,
}

/// Sets the language cookie when the language was chosen with `?lang=`.
pub fn remember_lang(ctx: &Ctx, headers: &mut HeaderMap) {
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        ctx.lang.code()
    )) {
        headers.append(header::SET_COOKIE, v);
    }
}

/// Renders a template into a response, remembering the language.
pub fn page(ctx: &Ctx, t: &impl Template) -> AppResult<Response> {
    let mut res = Html(t.render()?).into_response();
    remember_lang(ctx, res.headers_mut());
    Ok(res)
}

async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let mut mine = Vec::new();
    if let Some(u) = &ctx.user {
        for (c, role) in state.store.collaborations_of(u.id).await? {
            mine.push(CollabCard {
                role: ctx.t(&format!("role-{}", role.as_str())),
                slug: c.slug,
                name: c.name,
                published: c.published,
            });
        }
    }
    let published = state
        .store
        .published()
        .await?
        .into_iter()
        .map(|c| CollabCard {
            slug: c.slug,
            name: c.name,
            role: String::new(),
            published: true,
        })
        .collect();
    let title = if ctx.user.is_some() {
        ctx.t("home-title-member")
    } else {
        ctx.t("home-title")
    };
    page(
        &ctx,
        &HomePage {
            title,
            nav: None,
            mine,
            published,
            ctx: ctx.clone(),
        },
    )
}

#[derive(Template)]
#[template(path = "about.html")]
struct AboutPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
}

async fn about(ctx: Ctx) -> AppResult<Response> {
    page(
        &ctx,
        &AboutPage {
            title: ctx.t("about-title"),
            nav: None,
            ctx: ctx.clone(),
        },
    )
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    username: String,
    error: Option<String>,
}

async fn login_form(ctx: Ctx) -> AppResult<Response> {
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

fn session_cookie(state: &AppState, token: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .unwrap_or(HeaderValue::from_static(""))
}

async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddr(addr): ClientAddr,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let name = form.username.trim().to_lowercase();
    let user_key = format!("user:{}", name.chars().take(100).collect::<String>());
    let addr_key = format!("addr:{addr}");
    let store = &state.store;
    let throttled = store.login_failures(&user_key, THROTTLE_WINDOW).await?
        >= MAX_FAILURES_PER_ACCOUNT
        || store.login_failures(&addr_key, THROTTLE_WINDOW).await? >= MAX_FAILURES_PER_ADDRESS;
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
    if throttled {
        return fail(ctx.t("login-throttled"), StatusCode::TOO_MANY_REQUESTS);
    }
    match store.check_password(&name, &form.password).await? {
        Some(user) => {
            store.clear_login_failures(&user_key).await?;
            let token = store.create_session(user.id, SESSION_TTL).await?;
            let mut res = Redirect::to("/").into_response();
            res.headers_mut().append(
                header::SET_COOKIE,
                session_cookie(&state, &token, SESSION_TTL),
            );
            Ok(res)
        }
        None => {
            store.record_login_failure(&user_key).await?;
            store.record_login_failure(&addr_key).await?;
            fail(ctx.t("login-failed"), StatusCode::UNAUTHORIZED)
        }
    }
}

/// A form with only the form token.
#[derive(Deserialize)]
pub struct TokenForm {
    /// The form token.
    pub csrf: String,
}

async fn logout(
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
#[template(path = "setup.html")]
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

fn is_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

async fn setup_form(
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

async fn setup(
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
