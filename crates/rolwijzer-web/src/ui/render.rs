//! Turning a template into a page.

use crate::http::ctx::{Ctx, LANG_COOKIE};
use crate::http::error::AppResult;
use askama::Template;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

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

/// Renders a template with another status than 200: a form shown again with its
/// problems (422), a conflict (409), a page that is not there (404).
pub fn page_with_status(ctx: &Ctx, t: &impl Template, status: StatusCode) -> AppResult<Response> {
    let mut res = page(ctx, t)?;
    *res.status_mut() = status;
    Ok(res)
}

/// Whether the page was reached after a save (`?saved=1`), to say so.
pub fn saved_flag(query: Option<&str>) -> bool {
    query.is_some_and(|q| q.split('&').any(|kv| kv == "saved=1"))
}
