//! The JSON API under `/api`, described by the OpenAPI document it serves at
//! `/api/openapi.json` (and that is committed as `docs/api/openapi.json`), and the page
//! where users make and revoke their personal API tokens.
//!
//! The API never reads cookies: a caller is who its `Authorization: Bearer rwt_…`
//! token says, or anonymous. So a browser on another site cannot act with a user's
//! session here, and no form token is needed. Who may see or change what is decided by
//! the same [`crate::access`] rules as the pages; errors are `application/problem+json`.

mod auth;
mod collaborations;
mod openapi;
mod problem;
mod schema;
mod tokens;

use crate::AppState;
use axum::Router;
use axum::routing::get;

/// The API (under `/api`) and the token page (`/account/tokens`).
pub fn routes() -> Router<AppState> {
    let api = Router::new()
        .route("/openapi.json", get(openapi::serve))
        .route(
            "/collaborations",
            get(collaborations::list).post(collaborations::create),
        )
        .route(
            "/collaborations/{slug}/document",
            get(collaborations::get_document).put(collaborations::put_document),
        )
        .route("/collaborations/{slug}/report", get(collaborations::report))
        .route(
            "/collaborations/{slug}/export/{format}",
            get(collaborations::export),
        )
        // Unknown paths and methods answer in the API's own error format, not with
        // an HTML page.
        .fallback(problem::no_such_path)
        .method_not_allowed_fallback(problem::method_not_allowed);
    Router::new().nest("/api", api).merge(tokens::routes())
}
