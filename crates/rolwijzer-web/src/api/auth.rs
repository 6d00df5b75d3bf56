//! Who calls the API: the owner of the bearer token, or anonymous. Cookies are never
//! read here, so a session cannot be used by another site through the API.

use super::problem::{ApiError, request_lang};
use crate::AppState;
use crate::http::ctx::Ctx;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use axum::response::Response;

/// The caller of an API request, as a [`Ctx`] so the pages' access rules apply
/// unchanged. It has no session and no form token.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The caller's user (from the token) and language.
    pub ctx: Ctx,
}

impl Caller {
    /// The language of messages.
    pub fn lang(&self) -> crate::ui::i18n::Lang {
        self.ctx.lang
    }
}

/// The token in an `Authorization` header: `Ok(None)` without the header, an error
/// for any other scheme or a value that is not text.
fn bearer(parts: &Parts) -> Result<Option<&str>, ApiError> {
    let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value.to_str().map_err(|_| ApiError::BadToken)?.trim();
    let (scheme, token) = value.split_once(' ').ok_or(ApiError::BadToken)?;
    // The scheme is case-insensitive (RFC 9110 §11.1).
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(ApiError::BadToken);
    }
    Ok(Some(token.trim()))
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(caller.clone());
        }
        let lang = request_lang(parts);
        let user = match bearer(parts) {
            Ok(None) => None,
            Ok(Some(token)) => match state.store.user_for_api_token(token).await {
                Ok(Some(user)) => Some(user),
                // A wrong token is refused rather than treated as anonymous, so a
                // script with a revoked token fails loudly instead of seeing less.
                Ok(None) => return Err(ApiError::BadToken.into_problem(lang)),
                Err(e) => return Err(ApiError::from(e).into_problem(lang)),
            },
            Err(e) => return Err(e.into_problem(lang)),
        };
        Ok(Caller {
            ctx: Ctx {
                lang,
                user,
                csrf: String::new(),
                session_token: None,
                path: parts.uri.path().to_owned(),
            },
        })
    }
}
