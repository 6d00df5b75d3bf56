//! Privacy by default (issue 13): HSTS only behind TLS, creating a collaboration that
//! tells nothing about private slugs, and display names instead of login names. The
//! threats and the test for each are listed in docs/RELIABILITY.md, "Privacy".

use crate::common::{Browser, TestApp};
use axum::http::header;

// ---------------------------------------------------------------------------------
// HSTS
// ---------------------------------------------------------------------------------

const HSTS: &str = "max-age=31536000; includeSubDomains";

fn hsts_of(page: &crate::common::Page) -> Option<&str> {
    page.headers
        .get(header::STRICT_TRANSPORT_SECURITY)
        .and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn no_hsts_by_default_over_plain_http() {
    let app = TestApp::spawn().await;
    for path in [
        "/",
        "/login",
        "/c/open-inkomensloket",
        "/api/collaborations",
        "/nergens",
    ] {
        let page = app.get(&Browser::default(), path).await;
        assert_eq!(hsts_of(&page), None, "{path}");
    }
}

#[tokio::test]
async fn hsts_on_every_response_with_secure_cookies_or_its_own_flag() {
    for (secure_cookies, hsts) in [(true, false), (false, true), (true, true)] {
        let mut app = TestApp::spawn().await;
        app.state.secure_cookies = secure_cookies;
        app.state.hsts = hsts;
        // Pages, the API, errors and refusals alike.
        for path in [
            "/",
            "/login",
            "/c/open-inkomensloket",
            "/api/collaborations",
            "/nergens",
        ] {
            let page = app.get(&Browser::default(), path).await;
            assert_eq!(hsts_of(&page), Some(HSTS), "{path} {secure_cookies} {hsts}");
        }
        let refused = app
            .post_from(
                &Browser::default(),
                "/login",
                &[("username", "x")],
                "cross-site",
            )
            .await;
        assert_eq!(refused.status, axum::http::StatusCode::FORBIDDEN);
        assert_eq!(hsts_of(&refused), Some(HSTS));
    }
}
