//! Signing in and out, password links, throttling, cross-site refusal, headers,
//! and who sees what.

use crate::common::*;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use rolwijzer_store::Role;
use std::net::SocketAddr;

#[tokio::test]
async fn home_page_lists_the_published_demo_for_visitors() {
    let app = TestApp::spawn().await;
    let page = app.get(&Browser::default(), "/").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<html lang=\"nl\"",
        "Inloggen",
        "Open Inkomensloket",
        "/p/open-inkomensloket",
    ]);
    let en = app.get(&Browser::default(), "/?lang=en").await;
    en.assert_contains(&["<html lang=\"en\"", "Sign in"]);
}

#[tokio::test]
async fn security_headers_are_on_every_page() {
    let app = TestApp::spawn().await;
    for path in ["/", "/login", "/c/open-inkomensloket", "/does-not-exist"] {
        let page = app.get(&Browser::default(), path).await;
        let h = &page.headers;
        let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
        assert_eq!(h.get("referrer-policy").unwrap(), "same-origin");
    }
}

#[tokio::test]
async fn sign_in_sets_a_safe_cookie_and_sign_out_ends_the_session() {
    let app = TestApp::spawn().await;
    let page = app
        .post(
            &Browser::default(),
            "/login",
            &[("username", "beheerder"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let cookie = page.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let b = app.admin().await;
    let home = app.get(&b, "/").await;
    home.assert_contains(&["Mijn samenwerkingen", "Uitloggen"]);
    let out = app.post(&b, "/logout", &[("csrf", &home.csrf())]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    // The old cookie no longer works.
    let after = app.get(&b, "/").await;
    after.assert_contains(&["Inloggen"]);
    assert!(!after.body.contains("Uitloggen"));
}

/// A sign-in POST from a client at `peer`, optionally with an `X-Forwarded-For`.
async fn login_from(
    app: &TestApp,
    peer: &str,
    forwarded: Option<&str>,
    username: &str,
    password: &str,
) -> Page {
    let body = serde_urlencoded_pairs(&[("username", username), ("password", password)]);
    let mut req = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin");
    if let Some(f) = forwarded {
        req = req.header("x-forwarded-for", f);
    }
    let mut req = req.body(Body::from(body)).unwrap();
    let peer: SocketAddr = format!("{peer}:40000").parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(peer));
    app.send(req).await
}

#[tokio::test]
async fn wrong_passwords_slow_down_only_the_pair_and_the_right_password_works_elsewhere() {
    let app = TestApp::spawn().await;
    let attacker = "203.0.113.66";
    let page = login_from(&app, attacker, None, "beheerder", "fout").await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    page.assert_contains(&["klopt niet"]);
    for _ in 0..10 {
        login_from(&app, attacker, None, "beheerder", "fout").await;
    }
    // The attacker's pair is slowed, right password or not...
    let page = login_from(&app, attacker, None, "beheerder", PASSWORD).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    page.assert_contains(&["Wacht 8 seconden", "ander apparaat"]);
    assert_eq!(page.headers.get("retry-after").unwrap(), "8");
    // ...but the administrator, from their own address, signs in at once.
    let page = login_from(&app, "192.0.2.10", None, "beheerder", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

#[tokio::test]
async fn a_pair_waits_longer_after_each_failure_and_recovers_when_the_time_has_passed() {
    let app = TestApp::spawn().await;
    let me = "192.0.2.20";
    for _ in 0..3 {
        let page = login_from(&app, me, None, "beheerder", "fout").await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    }
    for wait in [8, 16, 32] {
        let page = login_from(&app, me, None, "beheerder", "fout").await;
        assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
        page.assert_contains(&[&format!("Wacht {wait} seconden")]);
        app.store().clock().advance(wait);
        let page = login_from(&app, me, None, "beheerder", "fout").await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "after {wait} s");
    }
    // In English too.
    let body = serde_urlencoded_pairs(&[("username", "beheerder"), ("password", PASSWORD)]);
    let mut req = Request::post("/login?lang=en")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body))
        .unwrap();
    req.extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 20], 40000))));
    let page = app.send(req).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    page.assert_contains(&["Wait 64 seconds"]);
    // When the time has passed the right password works, and the pair starts again.
    app.store().clock().advance(64);
    let page = login_from(&app, me, None, "beheerder", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let page = login_from(&app, me, None, "beheerder", "fout").await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_address_over_its_limit_cannot_stop_an_account_it_has_not_attacked() {
    let app = TestApp::spawn().await;
    app.store()
        .create_user("marie", "Marie", Some(PASSWORD), false)
        .await
        .unwrap();
    let office = "198.51.100.7";
    for i in 0..25 {
        login_from(&app, office, None, &format!("gok{i}"), "fout").await;
    }
    // One failure on an account is now enough to wait the full delay there...
    let page = login_from(&app, office, None, "gok0", "fout").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    page.assert_contains(&["Wacht 900 seconden"]);
    // ...while accounts it has not failed on sign in, from there and from elsewhere.
    let page = login_from(&app, office, None, "marie", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let page = login_from(&app, "192.0.2.1", None, "beheerder", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

#[tokio::test]
async fn x_forwarded_for_counts_only_from_the_trusted_proxy() {
    let mut app = TestApp::spawn().await;
    let proxy = "10.0.0.1";
    // Without a trusted proxy the header is ignored: a client cannot escape its pair
    // by writing a new address in it each time.
    for i in 0..4 {
        let fake = format!("203.0.113.{i}");
        login_from(&app, "192.0.2.30", Some(&fake), "beheerder", "fout").await;
    }
    let page = login_from(
        &app,
        "192.0.2.30",
        Some("203.0.113.99"),
        "beheerder",
        PASSWORD,
    )
    .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);

    // With the proxy trusted, its last X-Forwarded-For entry is the client: one
    // client's failures behind the proxy do not slow another client behind it.
    app.state.trusted_proxy = Some(proxy.parse().unwrap());
    for _ in 0..4 {
        login_from(
            &app,
            proxy,
            Some("1.2.3.4, 203.0.113.50"),
            "beheerder",
            "fout",
        )
        .await;
    }
    let page = login_from(&app, proxy, Some("203.0.113.50"), "beheerder", PASSWORD).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    let page = login_from(&app, proxy, Some("203.0.113.51"), "beheerder", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    // A peer that is not the proxy still cannot choose its address.
    let page = login_from(
        &app,
        "192.0.2.30",
        Some("203.0.113.52"),
        "beheerder",
        PASSWORD,
    )
    .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_password_link_works_once_and_checks_the_password() {
    let app = TestApp::spawn().await;
    let user = app
        .store()
        .create_user("nieuw", "Nieuw", None, false)
        .await
        .unwrap();
    let token = app
        .store()
        .create_password_token(user.id, 3600)
        .await
        .unwrap();
    let anon = Browser::default();
    let form = app.get(&anon, &format!("/setup/{token}")).await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains(&["nieuw", "Minstens 12"]);
    let short = app
        .post(
            &anon,
            &format!("/setup/{token}"),
            &[("password", "kort"), ("repeat", "kort")],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_contains(&["te kort"]);
    let ok = app
        .post(
            &anon,
            &format!("/setup/{token}"),
            &[("password", PASSWORD), ("repeat", PASSWORD)],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let again = app.get(&anon, &format!("/setup/{token}")).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    app.login("nieuw", PASSWORD).await;
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = TestApp::spawn().await;
    let b = app.admin().await;
    let home = app.get(&b, "/").await;
    let page = app
        .post_from(&b, "/logout", &[("csrf", &home.csrf())], "cross-site")
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    // A form without the session's token is refused too.
    let page = app.post(&b, "/logout", &[("csrf", &"0".repeat(64))]).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn outsiders_get_404_for_private_collaborations() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("eigenaar").await;
    assert_eq!(
        app.get(&owner, &format!("/c/{slug}")).await.status,
        StatusCode::OK
    );
    let outsider = app.user_with_role("buiten", None).await;
    assert_eq!(
        app.get(&outsider, &format!("/c/{slug}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&Browser::default(), &format!("/c/{slug}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The published demo is readable by anyone, but marked read only.
    let demo = app.get(&Browser::default(), "/c/open-inkomensloket").await;
    assert_eq!(demo.status, StatusCode::OK);
    demo.assert_contains(&["alleen lezen", "Open Inkomensloket"]);
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    app.get(&viewer, "/c/open-inkomensloket")
        .await
        .assert_contains(&["lezer"]);
}

#[tokio::test]
async fn overview_shows_level_findings_and_contact() {
    let app = TestApp::spawn().await;
    let page = app.get(&Browser::default(), "/c/open-inkomensloket").await;
    page.assert_contains(&[
        "Gestructureerde samenwerking",
        "Coördinerende gemeente",
        "Belangrijkste bevindingen",
        "Contactpersoon",
        "Eva van den Broek",
    ]);
    let en = app
        .get(&Browser::default(), "/c/open-inkomensloket?lang=en")
        .await;
    en.assert_contains(&["Structured collaboration", "Contact person"]);
}

#[tokio::test]
async fn password_links_use_the_configured_public_address() {
    let mut app = TestApp::spawn().await;
    app.state.public_url = Some("https://rollen.example.nl".to_owned());
    let admin = app.admin().await;
    let page = app.get(&admin, "/admin/users").await;
    let res = app
        .post(
            &admin,
            "/admin/users",
            &[
                ("csrf", &page.csrf()),
                ("username", "piet"),
                ("display_name", "Piet"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.assert_contains(&["https://rollen.example.nl/setup/"]);
}
