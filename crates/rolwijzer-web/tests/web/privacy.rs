//! Privacy by default (issue 13): HSTS only behind TLS, creating a collaboration that
//! tells nothing about private slugs, and display names instead of login names. The
//! threats and the test for each are listed in docs/RELIABILITY.md, "Privacy".

use crate::common::{Browser, PASSWORD, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

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
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(hsts_of(&refused), Some(HSTS));
    }
}

// ---------------------------------------------------------------------------------
// Creating a collaboration tells nothing about private slugs
// ---------------------------------------------------------------------------------

/// The division every creation below sends.
const DOC_YAML: &str = include_str!("../../../../examples/delen-twee-gemeenten.yaml");

/// What a caller can observe of an answer to creating, with the random part of the
/// slug taken out: status, the slug's shape and the problem type if any.
fn observed(status: StatusCode, slug: &str, wish: &str) -> (StatusCode, String) {
    let shape = match slug.strip_prefix(wish).and_then(|r| r.strip_prefix('-')) {
        Some(random)
            if random.len() == 6
                && random
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()) =>
        {
            "{wish}-{6 random}".to_owned()
        }
        _ => slug.to_owned(),
    };
    (status, shape)
}

/// POSTs a new collaboration through the API; returns the status and the slug given
/// (or the problem type).
async fn api_create(app: &TestApp, token: &str, query: &str, body: &str) -> (StatusCode, String) {
    let page = app
        .send(
            Request::post(format!("/api/collaborations{query}"))
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/yaml")
                .body(Body::from(body.to_owned()))
                .unwrap(),
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    let slug = v["slug"]
        .as_str()
        .or_else(|| v["type"].as_str())
        .unwrap_or_default()
        .to_owned();
    (page.status, slug)
}

/// A world with Bob's private collaborations `bob-private` and `prive-bob`, and
/// Mallory, who is in none of them, with an API token.
async fn slug_world() -> (TestApp, String, Browser) {
    let app = TestApp::spawn().await;
    let (_, bob) = app.private_collaboration("bob").await;
    drop(bob);
    let doc = rolwijzer_core::parse::parse_document(DOC_YAML.as_bytes()).unwrap();
    let owner = app.store().user_by_name("bob").await.unwrap().unwrap();
    app.store()
        .create_collaboration("bob-private", &doc, Some(owner.id), "start")
        .await
        .unwrap();
    let mallory = app
        .store()
        .create_user("mallory", "Mallory", Some(PASSWORD), false)
        .await
        .unwrap();
    let (_, token) = app
        .store()
        .create_api_token(mallory.id, "probe")
        .await
        .unwrap()
        .unwrap();
    let browser = app.login("mallory", PASSWORD).await;
    (app, token, browser)
}

#[tokio::test]
async fn the_api_answers_alike_for_a_private_slug_of_another_user_and_a_free_one() {
    let (app, token, _) = slug_world().await;
    // Asked for explicitly: taken by Bob's private collaborations, or free.
    let mut answers = Vec::new();
    for wish in ["prive-bob", "bob-private", "nog-vrij", "ook-vrij"] {
        let (status, slug) = api_create(&app, &token, &format!("?slug={wish}"), DOC_YAML).await;
        answers.push(observed(status, &slug, wish));
    }
    assert!(
        answers
            .iter()
            .all(|a| *a == (StatusCode::CREATED, "{wish}-{6 random}".to_owned())),
        "{answers:?}"
    );
    // Made from the name: "bob private" does not come back as `bob-private-2`.
    let mut answers = Vec::new();
    for (name, wish) in [("bob private", "bob-private"), ("vrije naam", "vrije-naam")] {
        let body = DOC_YAML.replace("name: Afvalwijzer", &format!("name: {name}"));
        assert_ne!(body, DOC_YAML);
        let (status, slug) = api_create(&app, &token, "", &body).await;
        answers.push(observed(status, &slug, wish));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(
        answers[0],
        (StatusCode::CREATED, "{wish}-{6 random}".to_owned())
    );
    // Bob's collaborations are untouched, and still not Mallory's to see.
    for slug in ["prive-bob", "bob-private"] {
        let c = app.store().collaboration(slug).await.unwrap().unwrap();
        assert_eq!(c.head, 1);
    }
    let (status, _) = api_create(&app, &token, "?slug=Bob", DOC_YAML).await;
    // Only the spelling of a slug is judged.
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_wizard_answers_alike_for_a_private_slug_of_another_user_and_a_free_one() {
    let (app, _, mallory) = slug_world().await;
    let mut answers = Vec::new();
    for (name, wish) in [
        ("bob private", "bob-private"),
        ("Prive Bob", "prive-bob"),
        ("Vrije naam", "vrije-naam"),
        ("New", "new"),
    ] {
        let slug = crate::people::run_wizard(&app, &mallory, name, "light", "rotating").await;
        answers.push(observed(StatusCode::SEE_OTHER, &slug, wish));
        // The new one is Mallory's; Bob's is not touched.
        let page = app.get(&mallory, &format!("/c/{slug}")).await;
        assert_eq!(page.status, StatusCode::OK, "{slug}");
    }
    assert!(
        answers
            .iter()
            .all(|a| *a == (StatusCode::SEE_OTHER, "{wish}-{6 random}".to_owned())),
        "{answers:?}"
    );
    assert_eq!(
        app.get(&mallory, "/c/bob-private").await.status,
        StatusCode::NOT_FOUND
    );
}

// ---------------------------------------------------------------------------------
// Others see display names, never login names
// ---------------------------------------------------------------------------------

/// Login name and display name of the editor below: different, so a page that shows
/// the one and not the other is told apart.
const LOGIN: &str = "adevries42";
const DISPLAY: &str = "Anna de Vries";

/// The demo with one revision saved by Anna (login `adevries42`), an editor.
async fn names_world() -> TestApp {
    let app = TestApp::spawn().await;
    let anna = app
        .store()
        .create_user(LOGIN, DISPLAY, Some(PASSWORD), false)
        .await
        .unwrap();
    let c = app
        .store()
        .collaboration(crate::common::DEMO)
        .await
        .unwrap()
        .unwrap();
    app.store()
        .set_role(c.id, anna.id, rolwijzer_store::Role::Editor)
        .await
        .unwrap();
    let doc = app.store().revision(c.id, c.head).await.unwrap().document;
    let saved = app
        .store()
        .save(
            c.id,
            c.head,
            &doc,
            Some(anna.id),
            "Kleine wijziging",
            rolwijzer_store::RevisionKind::Edit,
        )
        .await
        .unwrap();
    assert!(matches!(saved, rolwijzer_store::Saved::Stored(_)));
    app
}

#[tokio::test]
async fn the_history_shows_the_authors_display_name_never_the_login_name() {
    let app = names_world().await;
    let member = app
        .user_with_role("lezer", Some(rolwijzer_store::Role::Viewer))
        .await;
    // A member sees the display name; an anonymous visitor of the published demo
    // sees no author at all (publishing levels, issue 13).
    for (b, shows_author) in [(member, true), (Browser::default(), false)] {
        let page = app.get(&b, "/c/open-inkomensloket/history").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_eq!(page.body.contains(DISPLAY), shows_author, "{}", page.body);
        assert!(!page.body.contains(LOGIN), "{}", page.body);
    }
}

#[tokio::test]
async fn the_members_list_shows_login_names_to_the_administrator_only() {
    let app = names_world().await;
    for role in [
        rolwijzer_store::Role::Viewer,
        rolwijzer_store::Role::Editor,
        rolwijzer_store::Role::Owner,
    ] {
        let b = app
            .user_with_role(&format!("lid-{}", role.as_str()), Some(role))
            .await;
        let page = app.get(&b, "/c/open-inkomensloket/members").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        page.assert_contains(&[DISPLAY]);
        assert!(!page.body.contains(LOGIN), "{role:?}: {}", page.body);
    }
    // The administrator manages accounts and sees them (on a collaboration they are
    // a member of: the page is for members).
    let admin = app
        .store()
        .user_by_name("beheerder")
        .await
        .unwrap()
        .unwrap();
    let c = app
        .store()
        .collaboration(crate::common::DEMO)
        .await
        .unwrap()
        .unwrap();
    app.store()
        .set_role(c.id, admin.id, rolwijzer_store::Role::Viewer)
        .await
        .unwrap();
    let page = app
        .get(&app.admin().await, "/c/open-inkomensloket/members")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains(&[DISPLAY, LOGIN]);
}

/// The privacy statement says what is stored, for how long and who sees it, in both
/// languages, and tells the truth about this instance's own settings.
#[tokio::test]
async fn the_privacy_page_states_what_is_stored_from_the_instances_settings() {
    let mut app = TestApp::spawn().await;
    let visitor = Browser::default();
    let nl = app.get(&visitor, "/privacy").await;
    assert_eq!(nl.status, StatusCode::OK);
    nl.assert_contains(&[
        "<h1>Privacy</h1>",
        "argon2id",
        "een sessie van 12 uur",
        "7 dagen",
        "Een eigenaar kan de samenwerking publiceren",
        "tenzij een eigenaar die soort gegevens aanzet",
        "Oude versies van een rolverdeling blijven allemaal bewaard.",
        "vergeten",
        "niet ingesteld dat deze rolwijzer alleen via HTTPS werkt",
    ]);
    let en = app.get(&visitor, "/privacy?lang=en").await;
    en.assert_contains(&["a session of 12 hours", "for 7 days", "Your rights"]);
    // Every page links to it.
    app.get(&visitor, "/")
        .await
        .assert_contains(&["href=\"/privacy\""]);
    // Behind HTTPS the page says so (a server started so; its page cache is new).
    app.state.secure_cookies = true;
    app.state.microcache = Default::default();
    app.get(&visitor, "/privacy")
        .await
        .assert_contains(&["alleen via een beveiligde verbinding (HTTPS) te werken"]);
    // With a retention of old versions, the page says how long.
    app.state.store = app.state.store.clone().with_retention(Some(365));
    app.state.microcache = Default::default();
    app.get(&visitor, "/privacy")
        .await
        .assert_contains(&["Oude versies van een rolverdeling worden na 365 dagen verwijderd."]);
}
