//! Security on every response and every state-changing request: strict headers, and
//! cross-site requests refused by their Origin and Fetch-Metadata headers (forms also
//! carry a per-session token, checked by the handlers).

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Content-Security-Policy: only our own files; no inline script or style at all.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Strict-Transport-Security: browsers use only HTTPS for this site (and its
/// subdomains) for a year. Sent only when the site is served over HTTPS (see
/// [`Hsts`]): over plain HTTP it would lock visitors out.
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// Whether responses carry [`HSTS`]: on with `--secure-cookies` (the site is behind
/// TLS) or `--hsts`, off by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hsts(pub bool);

fn same_origin(req: &Request<Body>) -> bool {
    let headers = req.headers();
    // Browsers send Sec-Fetch-Site on every request; trust it when present.
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    // Otherwise compare Origin with Host; no Origin means not a browser form post
    // from another site (curl, API clients with tokens).
    match (headers.get(header::ORIGIN), headers.get(header::HOST)) {
        (Some(origin), Some(host)) => {
            let origin = origin.to_str().unwrap_or("");
            let host = host.to_str().unwrap_or("");
            origin
                .split_once("://")
                .is_some_and(|(_, rest)| rest == host)
        }
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// Refuses cross-site state changes and adds the security headers (with HSTS when
/// [`Hsts`] says so).
pub async fn guard(State(hsts): State<Hsts>, req: Request<Body>, next: Next) -> Response {
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // A refusal gets the same headers as every other response.
    let mut res = if unsafe_method && !same_origin(&req) {
        (
            StatusCode::FORBIDDEN,
            "cross-site request refused / verzoek van een andere site geweigerd",
        )
            .into_response()
    } else {
        next.run(req).await
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if hsts.0 {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages show personal data; do not keep them in shared caches.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}
