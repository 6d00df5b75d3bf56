//! The page where a signed-in user makes, sees and revokes their personal API tokens.
//! A new token's secret is shown once, in the answer to the form that made it; the
//! store keeps only its hash.

use crate::AppState;
use crate::http::client::browser_origin;
use crate::http::ctx::{Ctx, LANG_COOKIE};
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::{Fields, field};
use crate::ui::nav::CollabNav;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use rolwijzer_core::i18n::Args;
use rolwijzer_store::{ApiTokenRefused, MAX_ACTIVE_API_TOKENS, MAX_API_TOKEN_NAME_CHARS};
use std::collections::{BTreeMap, HashMap};

/// A token as listed.
struct TokenRow {
    id: i64,
    name: String,
    created: String,
    last_used: String,
    /// When it was revoked, in words; `None` while it works.
    revoked: Option<String>,
}

/// A token just made: the only time its secret is shown.
struct NewToken {
    /// The label of the field with the secret (names the token).
    label: String,
    secret: String,
    /// An example request with the secret in it.
    example: String,
}

#[derive(Template)]
#[template(path = "account/tokens.html")]
struct TokensPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    tokens: Vec<TokenRow>,
    new_token: Option<NewToken>,
    /// The name field, as sent when the form was refused.
    name: String,
    /// Problems with the form, by field (`name`).
    errors: BTreeMap<String, String>,
    /// A message about the whole page (a token revoked, too many tokens).
    notice: Option<String>,
    /// Whether `notice` is bad news.
    notice_is_error: bool,
    max_name: usize,
    /// The hint under the name field.
    name_hint: String,
    /// How many active tokens one may have, in words.
    limit: String,
}

/// The address of this site for the example request: the configured public address,
/// else the Host the browser used when it looks sane, else nothing (a relative path).
fn origin(state: &AppState, headers: &HeaderMap) -> String {
    match &state.public_url {
        Some(url) => url.trim_end_matches('/').to_owned(),
        None => browser_origin(state, headers).unwrap_or_default(),
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    mut p: TokensPage,
    status: StatusCode,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    p.tokens = state
        .store
        .api_tokens(user.id)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            created: ctx.date_time(t.created_at),
            last_used: t
                .last_used_at
                .map_or_else(|| ctx.t("tokens-never-used"), |s| ctx.date_time(s)),
            revoked: t.revoked_at.map(|s| {
                ctx.ta(
                    "tokens-status-revoked",
                    &Args::new().with("when", ctx.date_time(s)),
                )
            }),
            name: t.name,
        })
        .collect();
    let mut res = (status, Html(p.render()?)).into_response();
    // Remember the language chosen with ?lang=, as every page does.
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        ctx.lang.code()
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

fn empty_page(ctx: &Ctx) -> TokensPage {
    TokensPage {
        title: ctx.t("tokens-title"),
        nav: None,
        tokens: Vec::new(),
        new_token: None,
        name: String::new(),
        errors: BTreeMap::new(),
        notice: None,
        notice_is_error: false,
        max_name: MAX_API_TOKEN_NAME_CHARS,
        name_hint: ctx.ta(
            "tokens-name-hint",
            &Args::new().count("max", MAX_API_TOKEN_NAME_CHARS),
        ),
        limit: ctx.ta(
            "tokens-limit",
            &Args::new().count("max", MAX_ACTIVE_API_TOKENS as usize),
        ),
        ctx: ctx.clone(),
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let mut p = empty_page(&ctx);
    // After a revoke: say which token stopped working.
    if let Some(id) = q.get("revoked").and_then(|v| v.parse::<i64>().ok()) {
        let tokens = state.store.api_tokens(user.id).await?;
        if let Some(t) = tokens.iter().find(|t| t.id == id && t.revoked_at.is_some()) {
            p.notice = Some(ctx.ta("tokens-revoked", &Args::new().with("name", t.name.clone())));
        }
    }
    render(&state, &ctx, p, StatusCode::OK).await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    ctx.check_csrf(field(&pairs, "csrf").unwrap_or(""))?;
    let name = field(&pairs, "name").unwrap_or("").trim().to_owned();
    let mut p = empty_page(&ctx);
    let max = Args::new().count("max", MAX_API_TOKEN_NAME_CHARS);
    match state.store.create_api_token(user.id, &name).await? {
        Ok((_, secret)) => {
            let example = format!(
                "curl -H \"Authorization: Bearer {secret}\" {}/api/collaborations",
                origin(&state, &headers)
            );
            p.new_token = Some(NewToken {
                label: ctx.ta("tokens-new-label", &Args::new().with("name", name)),
                secret,
                example,
            });
            render(&state, &ctx, p, StatusCode::OK).await
        }
        Err(refused) => {
            match refused {
                ApiTokenRefused::EmptyName => {
                    p.errors
                        .insert("name".into(), ctx.t("tokens-error-name-empty"));
                }
                ApiTokenRefused::NameTooLong => {
                    p.errors
                        .insert("name".into(), ctx.ta("tokens-error-name-too-long", &max));
                }
                ApiTokenRefused::TooMany => {
                    p.notice = Some(ctx.ta(
                        "tokens-error-too-many",
                        &Args::new().count("max", MAX_ACTIVE_API_TOKENS as usize),
                    ));
                    p.notice_is_error = true;
                }
            }
            p.name = name;
            render(&state, &ctx, p, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub(crate) async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Fields(pairs): Fields,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    ctx.check_csrf(field(&pairs, "csrf").unwrap_or(""))?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    // Someone else's token is as unknown as one that does not exist. Revoking an
    // already revoked token of your own (a second click) is fine.
    let own = state
        .store
        .api_tokens(user.id)
        .await?
        .iter()
        .any(|t| t.id == id);
    if !own {
        return Err(AppError::NotFound);
    }
    state.store.revoke_api_token(user.id, id).await?;
    Ok(Redirect::to(&format!("/account/tokens?revoked={id}")).into_response())
}
