//! Forgetting a person, inzage, deleting an account and the limits (issue 13, points
//! 3, 4 and 6), through the real router. The store's own tests cover both databases
//! and the bytes of the SQLite file; `rolwijzer`'s binary tests cover backups.

use crate::common::{Browser, DEMO, TestApp};
use axum::http::{StatusCode, header};
use rolwijzer_store::Role;

const NAME: &str = "Eva van den Broek";
const EMAIL: &str = "eva.vandenbroek@tilburg.example.nl";

/// Every page, download and export of the demo a member can reach.
const PAGES: &[&str] = &[
    "",
    "/matrix",
    "/people",
    "/checklist",
    "/findings",
    "/workload",
    "/departure",
    "/rotation",
    "/money",
    "/evaluation",
    "/history",
    "/rolverdeling.yaml",
    "/export/markdown",
    "/export/json",
    "/export/csv",
    "/export/ics",
    "/export/html",
    "/export/governance",
    "/export/codeowners",
    "/export/publiccode",
];

#[tokio::test]
async fn an_owner_forgets_a_person_and_no_page_holds_them_afterwards() {
    let app = TestApp::spawn().await;
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let editor = app.user_with_role("eddy", Some(Role::Editor)).await;
    let forget = format!("/c/{DEMO}/people/person/eva/forget");

    // Only owners see the way to it, and only they may use it.
    let people = app.get(&owner, &format!("/c/{DEMO}/people")).await;
    people.assert_contains(&[&forget]);
    let people = app.get(&editor, &format!("/c/{DEMO}/people")).await;
    assert!(!people.body.contains(&forget));
    assert_eq!(
        app.get(&editor, &forget).await.status,
        StatusCode::FORBIDDEN
    );
    let ask = app.get(&owner, &forget).await;
    assert_eq!(ask.status, StatusCode::OK);
    ask.assert_contains(&[NAME, "oud-medewerker", "niet ongedaan"]);
    let csrf = ask.csrf();

    // Without a reason and the tick, nothing happens.
    let refused = app
        .post(&owner, &forget, &[("csrf", &csrf), ("reason", "")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&["Schrijf kort waarom", "Vink aan"]);
    let head = app.head().await;
    let editor_csrf = app.get(&editor, &format!("/c/{DEMO}/people")).await.csrf();
    let by_editor = app
        .post(
            &editor,
            &forget,
            &[("csrf", &editor_csrf), ("reason", "x"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(by_editor.status, StatusCode::FORBIDDEN);
    assert_eq!(app.head().await, head);

    let done = app
        .post(
            &owner,
            &forget,
            &[
                ("csrf", &csrf),
                ("reason", "Vertrokken, vroeg om wissen"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(
        done.location().ends_with("#person-oud-medewerker-1"),
        "{}",
        done.location()
    );
    assert_eq!(app.head().await, head + 1);

    for path in PAGES {
        for who in [&owner, &Browser::default()] {
            let page = app.get(who, &format!("/c/{DEMO}{path}")).await;
            if who.cookie.is_some() {
                assert_eq!(page.status, StatusCode::OK, "{path}");
            }
            for secret in [NAME, EMAIL] {
                assert!(!page.body.contains(secret), "{secret} on {path}");
            }
        }
    }
    for secret in [NAME, EMAIL] {
        let p = app.get(&Browser::default(), &format!("/p/{DEMO}")).await;
        assert!(!p.body.contains(secret));
    }
    // The first revision, and the comparison with it, say the label too.
    let old = app
        .get(
            &owner,
            &format!("/c/{DEMO}/history/diff?from=1&to={}", head + 1),
        )
        .await;
    assert!(!old.body.contains(NAME));
    app.get(&owner, &format!("/c/{DEMO}/history"))
        .await
        .assert_contains(&["Persoonsgegevens van oud-medewerker 1 gewist", "olga"]);
    app.get(&owner, &format!("/c/{DEMO}/people"))
        .await
        .assert_contains(&["oud-medewerker 1"]);
}

#[tokio::test]
async fn the_administrator_handles_privacy_requests_and_others_get_404() {
    let app = TestApp::spawn().await;
    let user = app.user_with_role("dave", Some(Role::Editor)).await;
    assert_eq!(
        app.get(&user, "/admin/privacy").await.status,
        StatusCode::NOT_FOUND
    );
    let admin = app.admin().await;
    let page = app.get(&admin, "/admin/privacy").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&["Privacyverzoeken", "Er is nog niets vergeten"]);
    let csrf = page.csrf();

    // Inzage by address: a JSON download with her record, never cached.
    let got = app
        .post(
            &admin,
            "/admin/privacy/export",
            &[("csrf", &csrf), ("email", EMAIL), ("reason", "verzoek")],
        )
        .await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.body);
    assert_eq!(got.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(got.headers[header::CACHE_CONTROL], "no-store");
    let v: serde_json::Value = serde_json::from_str(&got.body).unwrap();
    assert_eq!(v["collaborations"][0]["slug"], DEMO);
    assert_eq!(v["collaborations"][0]["records"][0]["person"]["name"], NAME);
    // By account.
    let got = app
        .post(
            &admin,
            "/admin/privacy/export",
            &[("csrf", &csrf), ("account", "dave"), ("reason", "verzoek")],
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&got.body).unwrap();
    assert_eq!(v["memberships"][0]["role"], "editor");
    // Neither, or an unknown collaboration: said on the page.
    let none = app
        .post(
            &admin,
            "/admin/privacy/export",
            &[("csrf", &csrf), ("reason", "x")],
        )
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    none.assert_contains(&["Vul een e-mailadres óf een gebruikersnaam in."]);
    let wrong = app
        .post(
            &admin,
            "/admin/privacy/forget",
            &[
                ("csrf", &csrf),
                ("collaboration", "bestaat-niet"),
                ("person", "eva"),
                ("reason", "x"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains(&["geen samenwerking met deze naam"]);

    // Forget by id, then delete the account; the log lists all, without her name.
    let done = app
        .post(
            &admin,
            "/admin/privacy/forget",
            &[
                ("csrf", &csrf),
                ("collaboration", DEMO),
                ("person", "eva"),
                ("reason", "Verzoek 12"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    done.assert_contains(&["oud-medewerker 1"]);
    let done = app
        .post(
            &admin,
            "/admin/privacy/delete-account",
            &[
                ("csrf", &csrf),
                ("account", "dave"),
                ("reason", "Uit dienst"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(app.store().user_by_name("dave").await.unwrap(), None);
    let own = app
        .post(
            &admin,
            "/admin/privacy/delete-account",
            &[
                ("csrf", &csrf),
                ("account", "beheerder"),
                ("reason", "x"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    let log = app.get(&admin, "/admin/privacy").await;
    log.assert_contains(&[
        "Persoon vergeten",
        "Account verwijderd",
        "Inzage",
        "Verzoek 12",
        "Uit dienst",
    ]);
    assert!(!log.body.contains(NAME) && !log.body.contains(EMAIL));
}

#[tokio::test]
async fn limits_on_collaborations_and_bytes_are_explained() {
    let mut app = TestApp::spawn().await;
    app.state.store = app.state.store.clone().with_quota(rolwijzer_store::Quota {
        collaborations_per_account: Some(1),
        bytes_per_collaboration: Some(1),
    });
    // Any save of the demo passes one byte.
    let editor = app.user_with_role("eddy", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/people")).await;
    let csrf = page.csrf();
    let head = app.head().await.to_string();
    let saved = app
        .post(
            &editor,
            &format!("/c/{DEMO}/people/group"),
            &[
                ("csrf", &csrf),
                ("base", &head),
                ("action", "add"),
                ("name", "Nieuwe groep"),
            ],
        )
        .await;
    assert_eq!(
        saved.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        saved.body
    );
    saved.assert_contains(&["niet bewaard", "S007"]);
    assert_eq!(app.head().await.to_string(), head);

    // The API: the first collaboration is refused on bytes too; with bytes unlimited,
    // the second on the count.
    app.state.store = app.state.store.clone().with_quota(rolwijzer_store::Quota {
        collaborations_per_account: Some(1),
        bytes_per_collaboration: None,
    });
    let user = app
        .store()
        .create_user("tom", "Tom", None, false)
        .await
        .unwrap();
    let (_, token) = app
        .store()
        .create_api_token(user.id, "t")
        .await
        .unwrap()
        .unwrap();
    let body = include_str!("../../../../examples/delen-twee-gemeenten.yaml");
    let mut answers = Vec::new();
    for _ in 0..2 {
        let res = app
            .send(
                axum::http::Request::post("/api/collaborations")
                    .header(header::AUTHORIZATION, format!("Bearer {token}"))
                    .header(header::CONTENT_TYPE, "application/yaml")
                    .body(axum::body::Body::from(body))
                    .unwrap(),
            )
            .await;
        answers.push(res);
    }
    assert_eq!(answers[0].status, StatusCode::CREATED);
    assert_eq!(
        answers[1].status,
        StatusCode::FORBIDDEN,
        "{}",
        answers[1].body
    );
    let v: serde_json::Value = serde_json::from_str(&answers[1].body).unwrap();
    assert_eq!(v["code"], "collaboration-limit");
    assert!(
        v["detail"]
            .as_str()
            .unwrap()
            .contains("eigenaar van 1 samenwerkingen"),
        "{v}"
    );

    // A change through the API that would pass the bytes is refused alike.
    let created: serde_json::Value = serde_json::from_str(&answers[0].body).unwrap();
    let slug = created["slug"].as_str().unwrap();
    let c = app.store().collaboration(slug).await.unwrap().unwrap();
    let used = app.store().stored_bytes(c.id).await.unwrap();
    app.state.store = app.state.store.clone().with_quota(rolwijzer_store::Quota {
        collaborations_per_account: None,
        bytes_per_collaboration: Some(used + 10),
    });
    let changed = body.replace("name: ", "name: X");
    let put = app
        .send(
            axum::http::Request::put(format!("/api/collaborations/{slug}/document"))
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/yaml")
                .header(header::IF_MATCH, "\"1\"")
                .body(axum::body::Body::from(changed))
                .unwrap(),
        )
        .await;
    assert_eq!(put.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", put.body);
    let v: serde_json::Value = serde_json::from_str(&put.body).unwrap();
    assert_eq!(v["code"], "storage-limit");
    assert_eq!(
        app.store().collaboration(slug).await.unwrap().unwrap().head,
        1
    );
}
