//! The one-second cache of anonymous visitors' pages: shared bytes for visitors, a
//! write through the server shows at once, a write elsewhere within the second, and
//! members always get their own page.

use crate::common::*;
use axum::http::StatusCode;
use rolwijzer_core::values::Text;
use rolwijzer_store::{RevisionKind, Role, Saved};
use rolwijzer_web::microcache::TTL;

/// Renames the demo directly in the store, as another server process would.
async fn rename_in_store(app: &TestApp, name: &str) {
    let store = app.store();
    let c = store.collaboration(DEMO).await.unwrap().unwrap();
    let mut doc = store.revision(c.id, c.head).await.unwrap().document;
    doc.collaboration.name = Text::new(name).unwrap();
    let saved = store
        .save(c.id, c.head, &doc, None, "rename", RevisionKind::Edit)
        .await
        .unwrap();
    assert!(matches!(saved, Saved::Stored(_)));
}

#[tokio::test]
async fn visitors_share_a_page_for_a_second_and_see_writes_through_the_server_at_once() {
    let app = TestApp::spawn().await;
    let visitor = Browser::default();
    let path = format!("/c/{DEMO}");
    let first = app.get(&visitor, &path).await;
    assert_eq!(first.status, StatusCode::OK);
    // Security headers are added to cached answers too.
    assert!(first.headers.contains_key("content-security-policy"));

    rename_in_store(&app, "Loket Tweede Naam").await;
    let cached = app.get(&visitor, &path).await;
    assert_eq!(
        cached.body, first.body,
        "within the second: the shared page"
    );
    assert!(cached.headers.contains_key("content-security-policy"));
    assert_eq!(
        cached.headers.get("content-type"),
        first.headers.get("content-type")
    );

    // A member never gets the visitors' page: their own, with the new name.
    let member = app.user_with_role("vera", Some(Role::Viewer)).await;
    let own = app.get(&member, &path).await;
    own.assert_contains(&["Loket Tweede Naam"]);

    // A write elsewhere shows once the second has passed.
    tokio::time::sleep(TTL + std::time::Duration::from_millis(100)).await;
    app.get(&visitor, &path)
        .await
        .assert_contains(&["Loket Tweede Naam"]);

    // A write through this server empties the cache at once.
    rename_in_store(&app, "Loket Derde Naam").await;
    assert!(
        !app.get(&visitor, &path)
            .await
            .body
            .contains("Loket Derde Naam")
    );
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let members = app.get(&owner, &format!("/c/{DEMO}/members")).await;
    let res = app
        .post(
            &owner,
            &format!("/c/{DEMO}/members/publish"),
            &[("csrf", &members.csrf()), ("published", "1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.get(&visitor, &path)
        .await
        .assert_contains(&["Loket Derde Naam"]);
}

#[tokio::test]
async fn each_language_has_its_own_cached_page() {
    let app = TestApp::spawn().await;
    let visitor = Browser::default();
    let nl = app.get(&visitor, &format!("/c/{DEMO}")).await;
    let en = app.get(&visitor, &format!("/c/{DEMO}?lang=en")).await;
    assert_eq!(en.status, StatusCode::OK);
    assert_ne!(nl.body, en.body);
    assert!(nl.body.contains("lang=\"nl\""), "Dutch page");
    assert!(en.body.contains("lang=\"en\""), "English page");
    let nl_again = app.get(&visitor, &format!("/c/{DEMO}")).await;
    assert_eq!(nl_again.body, nl.body);
}
