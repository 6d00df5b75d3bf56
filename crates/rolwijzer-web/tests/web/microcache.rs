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
    let settings = app.get(&owner, &format!("/c/{DEMO}/settings")).await;
    let mut fields = vec![
        ("csrf", settings.csrf()),
        ("level", "full".to_owned()),
        ("confirm", "yes".to_owned()),
    ];
    for kind in [
        "names",
        "emails",
        "phones",
        "hours",
        "titles",
        "forge_usernames",
    ] {
        fields.push(("show", kind.to_owned()));
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app
        .post(&owner, &format!("/c/{DEMO}/settings/publishing"), &fields)
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

/// A page larger than the cache keeps is passed through whole (it used to be answered
/// with an empty 500), and is not kept.
#[tokio::test]
async fn a_page_larger_than_the_cache_keeps_is_passed_through() {
    let mut app = TestApp::spawn().await;
    // A limit below every page, so the demo's overview stands for a large page.
    app.state.microcache = std::sync::Arc::new(rolwijzer_web::microcache::MicroCache::with_limits(
        1024,
        rolwijzer_web::microcache::MAX_TOTAL_BYTES,
    ));
    let visitor = Browser::default();
    let path = format!("/c/{DEMO}");
    let page = app.get(&visitor, &path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.len() > 1024, "the page is larger than the limit");
    page.assert_contains(&["</html>"]);
    assert!(app.state.microcache.is_empty(), "a large page is not kept");
    // Asked again it is rendered again, whole.
    let again = app.get(&visitor, &path).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body, page.body);
}

/// The cache keeps at most its byte limit: old and expired pages make room for new
/// ones instead of piling up.
#[tokio::test]
async fn the_cache_is_bounded_in_bytes() {
    let mut app = TestApp::spawn().await;
    let overview = app.get(&Browser::default(), &format!("/c/{DEMO}")).await;
    // Room for about three pages of this size.
    let limit = overview.body.len() * 3 + overview.body.len() / 2;
    app.state.microcache = std::sync::Arc::new(rolwijzer_web::microcache::MicroCache::with_limits(
        rolwijzer_web::microcache::MAX_PAGE_BYTES,
        limit,
    ));
    let visitor = Browser::default();
    for n in 0..20 {
        // Every query is its own page in the cache.
        let page = app.get(&visitor, &format!("/c/{DEMO}?n={n}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            app.state.microcache.bytes() <= limit,
            "{} bytes kept, limit {limit}",
            app.state.microcache.bytes()
        );
    }
    assert!(
        !app.state.microcache.is_empty(),
        "small pages are still kept"
    );
    // Fill it to three pages, the most that fit.
    for n in 100..110 {
        if app.state.microcache.len() == 3 {
            break;
        }
        app.get(&visitor, &format!("/c/{DEMO}?n={n}")).await;
    }
    assert_eq!(app.state.microcache.len(), 3);
    // Expired pages are dropped when room is needed, even without a write.
    tokio::time::sleep(TTL + std::time::Duration::from_millis(100)).await;
    app.get(&visitor, &format!("/c/{DEMO}?n=new")).await;
    assert_eq!(app.state.microcache.len(), 1, "only the live page is left");
}

/// Pages, styles, scripts and API answers are compressed as the browser asks, and
/// decode to exactly the bytes an uncompressed request gets.
#[tokio::test]
async fn answers_are_compressed_as_the_browser_asks() {
    use axum::body::Body;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use std::io::Read;
    use tower::ServiceExt;
    let app = TestApp::spawn().await;
    let fetch = |path: String, encoding: Option<&'static str>| {
        let state = app.state.clone();
        async move {
            let mut req = Request::get(&path);
            if let Some(e) = encoding {
                req = req.header("accept-encoding", e);
            }
            let res = rolwijzer_web::app(state)
                .oneshot(req.body(Body::empty()).unwrap())
                .await
                .unwrap();
            let encoding = res
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap().to_owned());
            let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
            (encoding, bytes)
        }
    };
    for path in [
        format!("/c/{DEMO}/matrix"),
        "/static/style.css".to_owned(),
        "/static/matrix.js".to_owned(),
        "/api/openapi.json".to_owned(),
        format!("/c/{DEMO}/workload"),
    ] {
        let (none, plain) = fetch(path.clone(), None).await;
        assert_eq!(none, None, "{path}: not compressed unless asked");
        let (gzip, zipped) = fetch(path.clone(), Some("gzip")).await;
        assert_eq!(gzip.as_deref(), Some("gzip"), "{path}");
        assert!(zipped.len() < plain.len(), "{path}: gzip is smaller");
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(zipped.as_slice())
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, plain, "{path}: gzip decodes to the page");
        let (br, brotlied) = fetch(path.clone(), Some("br")).await;
        assert_eq!(br.as_deref(), Some("br"), "{path}");
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(brotlied.as_slice(), 4096)
            .read_to_end(&mut unbrotlied)
            .unwrap();
        assert_eq!(unbrotlied, plain, "{path}: brotli decodes to the page");
    }
    // Files that are compressed already are sent as they are.
    for format in ["annex-pdf", "xlsx", "annex-odt"] {
        let (encoding, _) = fetch(format!("/c/{DEMO}/export/{format}"), Some("gzip, br")).await;
        assert_eq!(encoding, None, "{format}");
    }
}
