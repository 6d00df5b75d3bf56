//! Static files, compiled into the binary: our own CSS and a little JavaScript. No
//! third-party CSS or JS is shipped.

use axum::http::header;
use axum::response::IntoResponse;

/// The stylesheet: the base plus one file per area, joined at compile time.
const STYLE: &str = concat!(
    include_str!("../../static/base.css"),
    include_str!("../../static/matrix.css"),
    include_str!("../../static/people.css"),
    include_str!("../../static/views.css"),
    include_str!("../../static/history.css"),
);

/// Optional enhancement of the matrix editor; every page works without it.
const MATRIX_JS: &str = include_str!("../../static/matrix.js");

/// The copy button of one-time links; without it the link is selectable text.
const COPY_JS: &str = include_str!("../../static/copy.js");

/// Answers that the server runs (for monitoring).
pub(crate) async fn healthz() -> &'static str {
    "ok"
}

pub(crate) async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}

pub(crate) async fn matrix_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        MATRIX_JS,
    )
}

pub(crate) async fn copy_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        COPY_JS,
    )
}

/// The site's icon: a plain SVG (a role card with a check mark in the brand colour),
/// served for `/favicon.svg` and for `/favicon.ico`, which browsers ask for unbidden.
const FAVICON: &str = include_str!("../../static/favicon.svg");

pub(crate) async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON,
    )
}
