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
pub use http::startup::{
    Config, DEMO_CONTACT_ADDRESS, SETUP_LINK_TTL, StartupError, serve, setup_first_run,
};
pub use http::work::Work;

/// The web's words for findings and notices, for tests that check what pages say.
pub mod words {
    pub use crate::ui::i18n::{has_own, text};

    /// A finding's message as pages show it: the web's own wording where it has one
    /// (role names, no file paths), else the core's.
    pub fn finding_message(lang: rolwijzer_core::Lang, f: &rolwijzer_core::Finding) -> String {
        let id = format!("finding-web-{}", f.code.as_str());
        if has_own(lang, &id) {
            text(lang, &id, &f.fluent_args(lang))
        } else {
            f.message(lang)
        }
    }
}

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
    /// The reverse proxy whose `X-Forwarded-For` names the client (`--trusted-proxy`);
    /// from any other peer the header is ignored (see `http::client`).
    pub trusted_proxy: Option<std::net::IpAddr>,
    /// Analysed head revisions shared between requests (see `http::cache`).
    pub analyses: std::sync::Arc<http::cache::Analyses>,
    /// A one-second cache of anonymous visitors' pages (see `http::microcache`).
    pub microcache: std::sync::Arc<microcache::MicroCache>,
    /// The limit on heavy work: analyses and exports (see `http::work`).
    pub work: std::sync::Arc<http::work::Work>,
    /// How many parties, people, groups and assignments a saved document may hold.
    pub limits: rolwijzer_core::Limits,
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
        // Outermost, so the page cache keeps one uncompressed copy for every visitor
        // and each answer is compressed as the browser asks (gzip or brotli).
        .layer(tower_http::compression::CompressionLayer::new().compress_when(compressible()))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

/// Text is worth compressing; the PDF, XLSX and ODT exports are compressed already.
fn compressible() -> impl tower_http::compression::Predicate {
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
    DefaultPredicate::new()
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/vnd."))
}
