//! rolwijzer-web: the web app in which coordinators divide, check and keep their role
//! division. Server-rendered HTML (askama templates, auto-escaped), Dutch by default
//! and English on request, every page usable without JavaScript.
//!
//! Judgement comes only from [`rolwijzer_core::analyse`]; storage only from
//! [`rolwijzer_store`]; HTML only from the templates under `templates/`.

//!
//! Where things are (see docs/ARCHITECTURE.md): [`routes`] is the table of every
//! route and who may use it; `http/` is the plumbing (context, access, errors,
//! security headers, caches, start-up); `ui/` what pages share (rendering,
//! navigation, findings, forms, saving, charts); `pages/` the pages, laid out as the
//! site; `api/` the JSON API.

mod api;
mod http;
mod pages;
pub mod routes;
mod ui;

pub use http::ctx::Ctx;
pub use http::error::AppError;
pub use http::microcache;
pub use http::startup::{Config, SETUP_LINK_TTL, StartupError, serve, setup_first_run};

use axum::Router;
use rolwijzer_core::Date;
use rolwijzer_store::Store;

/// Largest request body we accept (a pasted or uploaded role division plus form
/// overhead); see also the document limit in the core.
pub const MAX_BODY_BYTES: usize = rolwijzer_core::parse::MAX_DOCUMENT_BYTES + 64 * 1024;

/// What every request handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Where divisions, users and sessions live.
    pub store: Store,
    /// Whether cookies get the `Secure` flag (behind TLS).
    pub secure_cookies: bool,
    /// Whether every response says `Strict-Transport-Security` (`--hsts`); it is also
    /// sent whenever [`AppState::secure_cookies`] is on. Off by default: over plain
    /// HTTP the header would lock visitors out.
    pub hsts: bool,
    /// The address users reach the site at (`--public-url`), for links shown to
    /// administrators; taken from the request when `None`.
    pub public_url: Option<String>,
    /// Analysed head revisions shared between requests (see `http::cache`).
    pub analyses: std::sync::Arc<http::cache::Analyses>,
    /// A one-second cache of anonymous visitors' pages (see `http::microcache`).
    pub microcache: std::sync::Arc<microcache::MicroCache>,
}

impl AppState {
    /// The day analyses are made for: today in the Netherlands, by the store's clock
    /// (the one clock of the app, which tests pin).
    pub fn today(&self) -> Date {
        self.store.clock().today()
    }
}

/// The whole application as a router, for `serve` and for tests.
pub fn app(state: AppState) -> Router {
    routes::router(&state)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            microcache::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            http::security::Hsts(state.secure_cookies || state.hsts),
            http::security::guard,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}
