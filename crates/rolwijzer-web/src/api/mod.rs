//! The JSON API under `/api`, described by the OpenAPI document it serves at
//! `/api/openapi.json` (and that is committed as `docs/api/openapi.json`). Its routes
//! are in the route table (`crate::routes`); the page where users make and revoke
//! their personal API tokens is `pages/account/tokens.rs`.
//!
//! The API never reads cookies: a caller is who its `Authorization: Bearer rwt_…`
//! token says, or anonymous. So a browser on another site cannot act with a user's
//! session here, and no form token is needed. Who may see or change what is decided by
//! the same [`crate::http::access`] rules as the pages; errors are `application/problem+json`.

mod auth;
pub mod collaborations;
pub mod openapi;
pub mod problem;
mod schema;

pub use auth::Caller;
pub use problem::ApiError;
