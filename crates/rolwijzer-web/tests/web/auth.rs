//! Signing in and out, password links, throttling, cross-site refusal, headers,
//! and who sees what.

use crate::common::*;
use axum::http::StatusCode;
use rolwijzer_store::Role;

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

#[tokio::test]
async fn wrong_passwords_are_refused_and_throttled() {
    let app = TestApp::spawn().await;
    let anon = Browser::default();
    let page = app
        .post(
            &anon,
            "/login",
            &[("username", "beheerder"), ("password", "fout")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    page.assert_contains(&["klopt niet"]);
    for _ in 0..5 {
        app.post(
            &anon,
            "/login",
            &[("username", "beheerder"), ("password", "fout")],
        )
        .await;
    }
    // Even the right password is refused while throttled.
    let page = app
        .post(
            &anon,
            "/login",
            &[("username", "beheerder"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    page.assert_contains(&["kwartier"]);
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
