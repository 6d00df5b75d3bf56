//! The history area: history with diff and restore, the yearly evaluation, members
//! and access, import and download, the public page and the administrator's users.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use rolwijzer_core::document::Target;
use rolwijzer_core::{Code, Date, Document, Id, TaskId, analyse};
use rolwijzer_store::{CollabId, RevisionKind, Role, Saved};

const GOOD_YAML: &str = include_str!("../../../../examples/roulerend-licht-vier-gemeenten.yaml");

async fn demo_id(app: &TestApp) -> CollabId {
    app.store().collaboration(DEMO).await.unwrap().unwrap().id
}

async fn head_doc(app: &TestApp) -> Document {
    let id = demo_id(app).await;
    app.store()
        .revision(id, app.head().await)
        .await
        .unwrap()
        .document
}

/// Saves a change to the demo directly in the store, as someone else would.
async fn store_edit(app: &TestApp, summary: &str, change: impl FnOnce(&mut Document)) -> i64 {
    let id = demo_id(app).await;
    let head = app.head().await;
    let mut doc = head_doc(app).await;
    change(&mut doc);
    match app
        .store()
        .save(id, head, &doc, None, summary, RevisionKind::Edit)
        .await
        .unwrap()
    {
        Saved::Stored(n) => n,
        Saved::Conflict { .. } => panic!("unexpected conflict"),
    }
}

fn set_technical_maintenance_responsible(doc: &mut Document, who: &str) {
    let a = doc
        .assignments
        .iter_mut()
        .find(|a| a.target == Target::Task(TaskId::TechnicalMaintenance))
        .unwrap();
    a.responsible = vec![Id::parse(who).unwrap()];
}

fn codes(doc: &Document) -> Vec<Code> {
    analyse(doc, Date::parse("2026-11-28").unwrap())
        .findings
        .iter()
        .map(|f| f.code)
        .collect()
}

/// Sends a multipart form with a file and text fields.
async fn post_multipart(
    app: &TestApp,
    b: &Browser,
    path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> Page {
    let boundary = "----rolwijzer-test-boundary-7d9f";
    let mut body: Vec<u8> = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/yaml\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let mut req = Request::post(path)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("sec-fetch-site", "same-origin");
    if let Some(c) = &b.cookie {
        req = req.header(header::COOKIE, c);
    }
    app.send(req.body(Body::from(body)).unwrap()).await
}

// --- history -------------------------------------------------------------------------

#[tokio::test]
async fn history_lists_every_revision_newest_first() {
    let app = TestApp::spawn().await;
    store_edit(&app, "Eerste proefwijziging", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    store_edit(&app, "Tweede proefwijziging", |d| {
        set_technical_maintenance_responsible(d, "sara")
    })
    .await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/history")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<span class=\"h1-page\">Geschiedenis</span>",
        "Eerste proefwijziging",
        "Tweede proefwijziging",
        "Voorbeeld geladen bij de eerste start",
        "eerste versie",
        "id=\"revision-3\"",
        "huidige versie",
        "Deze versie terugzetten",
        "<caption>",
    ]);
    // Revisions carry the time of saving by the app's clock, pinned at noon (Dutch
    // time) of the tests' day.
    page.assert_contains(&["28 november 2026 om 12:00"]);
    let newest = page.body.find("Tweede proefwijziging").unwrap();
    let older = page.body.find("Eerste proefwijziging").unwrap();
    assert!(newest < older, "newest first");
    // A visitor of the published demo sees the history but no restore buttons.
    let visitor = app
        .get(&Browser::default(), &format!("/c/{DEMO}/history"))
        .await;
    assert_eq!(visitor.status, StatusCode::OK);
    assert!(!visitor.body.contains("/restore"));
    let en = app
        .get(&editor, &format!("/c/{DEMO}/history?lang=en"))
        .await;
    en.assert_contains(&[
        "<span class=\"h1-page\">History</span>",
        "Restore this version",
        "28 November 2026",
    ]);
}

#[tokio::test]
async fn diff_page_describes_a_changed_responsible_in_words() {
    let app = TestApp::spawn().await;
    store_edit(&app, "Koen doet technisch beheer", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    let anon = Browser::default();
    let page = app
        .get(&anon, &format!("/c/{DEMO}/history/diff?from=1&to=2"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Koen Peeters is nu Responsible",
        "voor Technisch beheer",
        "Sara Bakker is niet meer Responsible",
    ]);
    let same = app
        .get(&anon, &format!("/c/{DEMO}/history/diff?from=2&to=2"))
        .await;
    same.assert_contains(&["Geen wijzigingen"]);
    for bad in ["from=0&to=2", "from=1&to=99", "from=abc&to=1", ""] {
        let page = app
            .get(&anon, &format!("/c/{DEMO}/history/diff?{bad}"))
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{bad}");
        page.assert_contains(&["Deze versies bestaan niet", "Twee versies vergelijken"]);
    }
}

#[tokio::test]
async fn restore_brings_an_old_revision_back_as_a_new_one() {
    let app = TestApp::spawn().await;
    store_edit(&app, "Koen doet technisch beheer", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/history")).await;
    let csrf = page.csrf();
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/history/1/restore"),
            &[("csrf", &csrf), ("base", "2")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), format!("/c/{DEMO}/history"));
    assert_eq!(app.head().await, 3);
    let id = demo_id(&app).await;
    let first = app.store().revision(id, 1).await.unwrap();
    let third = app.store().revision(id, 3).await.unwrap();
    assert_eq!(first.document, third.document);
    assert_eq!(third.meta.kind, RevisionKind::Restore);
    assert!(third.meta.summary.contains("Versie 1 teruggezet"));
    assert_eq!(app.store().revisions(id).await.unwrap().len(), 3);
    let page = app.get(&editor, &format!("/c/{DEMO}/history")).await;
    page.assert_contains(&["oude versie teruggezet", "Versie 1 teruggezet"]);

    // Restoring from a stale base saves nothing and shows the other change.
    let stale = app
        .post(
            &editor,
            &format!("/c/{DEMO}/history/2/restore"),
            &[("csrf", &csrf), ("base", "2")],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains(&["Toch terugzetten", "name=\"base\" value=\"3\""]);
    assert_eq!(app.head().await, 3);
    // An unknown revision is not there.
    let missing = app
        .post(
            &editor,
            &format!("/c/{DEMO}/history/9/restore"),
            &[("csrf", &csrf), ("base", "3")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(app.head().await, 3);
}

#[tokio::test]
async fn viewers_cannot_restore_and_outsiders_see_nothing() {
    let app = TestApp::spawn().await;
    store_edit(&app, "wijziging", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    let viewer = app.user_with_role("vera", Some(Role::Viewer)).await;
    let page = app.get(&viewer, &format!("/c/{DEMO}/history")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("/restore"));
    let res = app
        .post(
            &viewer,
            &format!("/c/{DEMO}/history/1/restore"),
            &[("csrf", &page.csrf()), ("base", "2")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.head().await, 2);
    // Without the form token nothing happens either.
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/history/1/restore"),
            &[("csrf", "x"), ("base", "2")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.head().await, 2);

    let (slug, _owner) = app.private_collaboration("olga").await;
    let outsider = app.user_with_role("otto", None).await;
    for path in [
        format!("/c/{slug}/history"),
        format!("/c/{slug}/history/diff?from=1&to=1"),
        format!("/c/{slug}/evaluation"),
        format!("/c/{slug}/members"),
        format!("/c/{slug}/import"),
        format!("/c/{slug}/rolverdeling.yaml"),
        format!("/p/{slug}"),
    ] {
        assert_eq!(
            app.get(&outsider, &path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let res = app
        .post(
            &outsider,
            &format!("/c/{slug}/history/1/restore"),
            &[("csrf", &page.csrf()), ("base", "1")],
        )
        .await;
    assert!(
        res.status == StatusCode::NOT_FOUND || res.status == StatusCode::BAD_REQUEST,
        "{}",
        res.status
    );
}

// --- evaluation ----------------------------------------------------------------------

#[tokio::test]
async fn recording_an_evaluation_saves_a_revision_and_clears_e002() {
    let app = TestApp::spawn().await;
    store_edit(&app, "oude evaluatie", |d| {
        d.collaboration.last_evaluation = Some(Date::parse("2025-01-10").unwrap());
    })
    .await;
    assert!(codes(&head_doc(&app).await).contains(&Code::E002));
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/evaluation")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Jaarlijkse evaluatie",
        "Te laat",
        "10 januari 2026",
        "groei",
        "name=\"date\" value=\"2026-11-28\"",
        "In rolwijzer is nog geen evaluatie vastgelegd.",
    ]);
    let before = app.head().await;
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/evaluation"),
            &[
                ("csrf", &page.csrf()),
                ("base", &before.to_string()),
                ("date", "2026-11-20"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, before + 1);
    let doc = head_doc(&app).await;
    assert_eq!(
        doc.collaboration.last_evaluation,
        Some(Date::parse("2026-11-20").unwrap())
    );
    assert!(!codes(&doc).contains(&Code::E002));
    let evaluations = app.store().evaluations(demo_id(&app).await).await.unwrap();
    assert_eq!(evaluations.len(), 1);
    assert_eq!(evaluations[0].revision, before + 1);
    assert_eq!(evaluations[0].evaluated_on, "2026-11-20");
    let page = app.get(&editor, &format!("/c/{DEMO}/evaluation")).await;
    page.assert_contains(&["Op tijd", "20 november 2026", "20 november 2027"]);
    assert!(!page.body.contains("nog geen evaluatie vastgelegd"));

    // A change after the evaluation shows up as "changed since".
    store_edit(&app, "Koen", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    let page = app.get(&editor, &format!("/c/{DEMO}/evaluation")).await;
    page.assert_contains(&[
        "Veranderd sinds de laatste evaluatie",
        "Koen Peeters is nu Responsible",
    ]);
}

#[tokio::test]
async fn recording_an_evaluation_clears_e001_and_compares_two_evaluations() {
    let app = TestApp::spawn().await;
    store_edit(&app, "geen evaluatie", |d| {
        d.collaboration.last_evaluation = None;
    })
    .await;
    assert!(codes(&head_doc(&app).await).contains(&Code::E001));
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/evaluation")).await;
    page.assert_contains(&["Nog nooit"]);
    let csrf = page.csrf();
    // Empty date: today.
    let head = app.head().await;
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/evaluation"),
            &[("csrf", &csrf), ("base", &head.to_string()), ("date", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let doc = head_doc(&app).await;
    assert_eq!(
        doc.collaboration.last_evaluation,
        Some(Date::parse("2026-11-28").unwrap())
    );
    assert!(!codes(&doc).contains(&Code::E001));
    assert!(!codes(&doc).contains(&Code::E002));

    // The same day again adds no revision and no second entry.
    let head = app.head().await;
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/evaluation"),
            &[
                ("csrf", &csrf),
                ("base", &head.to_string()),
                ("date", "2026-11-28"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, head);
    assert_eq!(
        app.store()
            .evaluations(demo_id(&app).await)
            .await
            .unwrap()
            .len(),
        1
    );

    // A second evaluation (after a change) lets the page compare the two.
    let first = app.head().await;
    store_edit(&app, "Koen", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    let head = app.head().await;
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/evaluation"),
            &[("csrf", &csrf), ("base", &head.to_string()), ("date", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let evaluations = app.store().evaluations(demo_id(&app).await).await.unwrap();
    assert_eq!(
        evaluations.iter().map(|e| e.revision).collect::<Vec<_>>(),
        vec![head, first]
    );
    let page = app.get(&editor, &format!("/c/{DEMO}/evaluation")).await;
    page.assert_contains(&[
        "Veranderd tussen de vorige en de laatste evaluatie",
        "Koen Peeters is nu Responsible",
    ]);
    // Going back in time is refused.
    let back = app
        .post(
            &editor,
            &format!("/c/{DEMO}/evaluation"),
            &[
                ("csrf", &csrf),
                ("base", &head.to_string()),
                ("date", "2026-11-01"),
            ],
        )
        .await;
    assert_eq!(back.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.head().await, head);
}

#[tokio::test]
async fn bad_evaluation_dates_are_refused_and_viewers_cannot_record() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/evaluation")).await;
    let head = app.head().await;
    for (date, msg) in [
        ("28-11-2026", "Deze datum klopt niet"),
        ("2026-02-30", "Deze datum klopt niet"),
        ("2027-01-01", "in de toekomst"),
    ] {
        let res = app
            .post(
                &editor,
                &format!("/c/{DEMO}/evaluation"),
                &[
                    ("csrf", &page.csrf()),
                    ("base", &head.to_string()),
                    ("date", date),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{date}");
        res.assert_contains(&[
            msg,
            "aria-invalid=\"true\"",
            "aria-describedby=\"date-error",
        ]);
        assert_eq!(app.head().await, head);
    }
    assert!(
        app.store()
            .evaluations(demo_id(&app).await)
            .await
            .unwrap()
            .is_empty()
    );
    let viewer = app.user_with_role("vera", Some(Role::Viewer)).await;
    let page = app.get(&viewer, &format!("/c/{DEMO}/evaluation")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Evaluatie vastleggen</button>"));
    let res = app
        .post(
            &viewer,
            &format!("/c/{DEMO}/evaluation"),
            &[
                ("csrf", &page.csrf()),
                ("base", &head.to_string()),
                ("date", "2026-11-28"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.head().await, head);
}

// --- members -------------------------------------------------------------------------

#[tokio::test]
async fn owner_adds_a_viewer_who_can_look_but_not_edit() {
    let app = TestApp::spawn().await;
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    app.store()
        .create_user("vera", "Vera Visser", Some(PASSWORD), false)
        .await
        .unwrap();
    let page = app.get(&owner, &format!("/c/{DEMO}/members")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<span class=\"h1-page\">Toegang</span>",
        "olga",
        "eigenaar",
        "Kan alles bekijken, maar niets wijzigen.",
        "<legend>Rol</legend>",
        "Alles, alleen lezen",
    ]);
    // Vera is invited (issue 12: no login names in this form) and accepts.
    let res = app
        .post(
            &owner,
            &format!("/c/{DEMO}/members/invite"),
            &[
                ("csrf", &page.csrf()),
                ("email", "vera@example.nl"),
                ("role", "viewer"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let start = res.body.find("/invite/").unwrap();
    let link = res.body[start..start + 8 + 64].to_owned();
    let vera = app.login("vera", PASSWORD).await;
    let accept = app.get(&vera, &link).await;
    let res = app
        .post(
            &vera,
            &format!("{link}/accept"),
            &[("csrf", &accept.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(&owner, &format!("/c/{DEMO}/members")).await;
    page.assert_contains(&["Vera Visser", "lezer"]);

    let seen = app.get(&vera, &format!("/c/{DEMO}/members")).await;
    assert_eq!(seen.status, StatusCode::OK);
    seen.assert_contains(&["Vera Visser", "Alleen een eigenaar kan toegang geven"]);
    assert!(!seen.body.contains("/members/invite"));
    let head = app.head().await;
    let res = app
        .post(
            &vera,
            &format!("/c/{DEMO}/evaluation"),
            &[
                ("csrf", &seen.csrf()),
                ("base", &head.to_string()),
                ("date", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app
        .post(
            &vera,
            &format!("/c/{DEMO}/members/invite"),
            &[
                ("csrf", &seen.csrf()),
                ("email", "olga@example.nl"),
                ("role", "viewer"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.head().await, head);
}

#[tokio::test]
async fn the_last_owner_cannot_be_removed_or_demoted() {
    let app = TestApp::spawn().await;
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let olga = app.store().user_by_name("olga").await.unwrap().unwrap();
    let id = demo_id(&app).await;
    let page = app.get(&owner, &format!("/c/{DEMO}/members")).await;
    let res = app
        .post(
            &owner,
            &format!("/c/{DEMO}/members/{}/remove", olga.id),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["Dit is de enige eigenaar"]);
    let res = app
        .post(
            &owner,
            &format!("/c/{DEMO}/members/{}/role", olga.id),
            &[("csrf", &page.csrf()), ("role", "editor")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["Dit is de enige eigenaar"]);
    assert_eq!(
        app.store().role(id, olga.id).await.unwrap(),
        Some(Role::Owner)
    );

    // With a second owner, the first may step down, and a member can be removed.
    app.user_with_role("otto", Some(Role::Owner)).await;
    let otto = app.store().user_by_name("otto").await.unwrap().unwrap();
    let res = app
        .post(
            &owner,
            &format!("/c/{DEMO}/members/{}/role", olga.id),
            &[("csrf", &page.csrf()), ("role", "editor")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store().role(id, olga.id).await.unwrap(),
        Some(Role::Editor)
    );
    let otto_b = app.login("otto", PASSWORD).await;
    let page = app.get(&otto_b, &format!("/c/{DEMO}/members")).await;
    let res = app
        .post(
            &otto_b,
            &format!("/c/{DEMO}/members/{}/remove", olga.id),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.store().role(id, olga.id).await.unwrap(), None);
    assert_eq!(
        app.store().role(id, otto.id).await.unwrap(),
        Some(Role::Owner)
    );
}

#[tokio::test]
async fn members_are_hidden_from_visitors_and_outsiders() {
    let app = TestApp::spawn().await;
    // The demo is published: visitors may read it, but not see who has access.
    assert_eq!(
        app.get(&Browser::default(), &format!("/c/{DEMO}/members"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let stranger = app.user_with_role("sam", None).await;
    assert_eq!(
        app.get(&stranger, &format!("/c/{DEMO}/members"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let (slug, owner) = app.private_collaboration("olga").await;
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        app.get(&stranger, &format!("/c/{slug}/members"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let res = app
        .post(
            &stranger,
            &format!("/c/{slug}/members/invite"),
            &[
                ("csrf", &page.csrf()),
                ("email", "sam@example.nl"),
                ("role", "owner"),
            ],
        )
        .await;
    assert_ne!(res.status, StatusCode::SEE_OTHER);
    let c = app.store().collaboration(&slug).await.unwrap().unwrap();
    let sam = app.store().user_by_name("sam").await.unwrap().unwrap();
    assert_eq!(app.store().role(c.id, sam.id).await.unwrap(), None);
}

#[tokio::test]
async fn owner_publishes_and_unpublishes_the_public_page() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("olga").await;
    // Unpublished: 404 for everyone, the owner included.
    assert_eq!(
        app.get(&owner, &format!("/p/{slug}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&Browser::default(), &format!("/p/{slug}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The members page says how far it is published and where to change it.
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    page.assert_contains(&["Niet gepubliceerd", "/settings#publishing"]);
    let page = app.get(&owner, &format!("/c/{slug}/settings")).await;
    let publish = |level: &'static str, csrf: String| {
        let path = format!("/c/{slug}/settings/publishing");
        let app = &app;
        let owner = &owner;
        async move {
            app.post(
                owner,
                &path,
                &[
                    ("csrf", csrf.as_str()),
                    ("level", level),
                    ("show", "names"),
                    ("confirm", "yes"),
                ],
            )
            .await
        }
    };
    let res = publish("summary", page.csrf()).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let public = app.get(&Browser::default(), &format!("/p/{slug}")).await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains(&["Afvalwijzer", "Sanne Bosman", "Gemeente Deventer"]);
    let res = publish("none", page.csrf()).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&Browser::default(), &format!("/p/{slug}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // An editor may not publish.
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/settings")).await;
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/settings/publishing"),
            &[
                ("csrf", page.csrf().as_str()),
                ("level", "none"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(
        app.store()
            .collaboration(DEMO)
            .await
            .unwrap()
            .unwrap()
            .published
    );
}

// --- import and download -------------------------------------------------------------

#[tokio::test]
async fn importing_a_good_file_creates_exactly_one_revision() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/import")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "enctype=\"multipart/form-data\"",
        "type=\"file\"",
        "<textarea",
        "/c/open-inkomensloket/rolverdeling.yaml",
    ]);
    let head = app.head().await;
    let res = post_multipart(
        &app,
        &editor,
        &format!("/c/{DEMO}/import"),
        &[
            ("csrf", &page.csrf()),
            ("base", &head.to_string()),
            ("yaml", ""),
        ],
        Some(("rolverdeling.yaml", GOOD_YAML.as_bytes())),
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, head + 1);
    let id = demo_id(&app).await;
    let rev = app.store().revision(id, head + 1).await.unwrap();
    assert_eq!(rev.meta.kind, RevisionKind::Import);
    assert_eq!(
        rev.document,
        rolwijzer_core::parse_document(GOOD_YAML.as_bytes()).unwrap()
    );
    let done = app.get(&editor, res.location()).await;
    assert_eq!(done.status, StatusCode::OK);
    done.assert_contains(&["Geïmporteerd als", "De rolverdeling heeft nu"]);

    // The same text pasted again changes nothing and saves nothing.
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/import"),
            &[
                ("csrf", &page.csrf()),
                ("base", &(head + 1).to_string()),
                ("yaml", GOOD_YAML),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, head + 1);
    let same = app.get(&editor, res.location()).await;
    same.assert_contains(&["gelijk aan de huidige versie"]);

    // Pasting the demo back (URL-encoded form) restores it as one more revision.
    let demo = include_str!("../../../../examples/gestructureerd-twaalf-gemeenten.yaml");
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/import"),
            &[
                ("csrf", &page.csrf()),
                ("base", &(head + 1).to_string()),
                ("yaml", demo),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, head + 2);

    // From a stale base: a conflict, nothing saved, the text kept.
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/import"),
            &[
                ("csrf", &page.csrf()),
                ("base", &head.to_string()),
                ("yaml", GOOD_YAML),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    res.assert_contains(&["iemand anders een nieuwe versie", "Woo-publicatieplatform"]);
    assert_eq!(app.head().await, head + 2);
}

#[tokio::test]
async fn importing_a_bad_file_explains_the_mistake_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/import")).await;
    let head = app.head().await;
    let bad = GOOD_YAML.replacen("  ambition:", "  ambitoin:", 1);
    assert_ne!(bad, GOOD_YAML);
    let res = post_multipart(
        &app,
        &editor,
        &format!("/c/{DEMO}/import"),
        &[
            ("csrf", &page.csrf()),
            ("base", &head.to_string()),
            ("yaml", ""),
        ],
        Some(("rolverdeling.yaml", bad.as_bytes())),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&[
        "rolverdeling.yaml, regel",
        "Bedoel je `ambition`?",
        "aria-invalid=\"true\"",
        "id=\"file-error\"",
    ]);
    assert_eq!(app.head().await, head);
    // Pasted: the same message beside the text field, the text kept.
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/import"),
            &[
                ("csrf", &page.csrf()),
                ("base", &head.to_string()),
                ("yaml", &bad),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&[
        "regel",
        "Bedoel je `ambition`?",
        "id=\"yaml-error\"",
        "ambitoin:",
    ]);
    assert_eq!(app.head().await, head);
    // Nothing at all.
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/import"),
            &[
                ("csrf", &page.csrf()),
                ("base", &head.to_string()),
                ("yaml", "  "),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["Kies een bestand of plak de tekst"]);
    // A binary file.
    let res = post_multipart(
        &app,
        &editor,
        &format!("/c/{DEMO}/import"),
        &[("csrf", &page.csrf()), ("base", &head.to_string())],
        Some(("foto.png", &[0x89, b'P', b'N', b'G', 0, 0xff, 0xfe][..])),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["foto.png"]);
    assert_eq!(app.head().await, head);
    // Viewers may not import.
    let viewer = app.user_with_role("vera", Some(Role::Viewer)).await;
    assert_eq!(
        app.get(&viewer, &format!("/c/{DEMO}/import")).await.status,
        StatusCode::FORBIDDEN
    );
    let res = app
        .post(
            &viewer,
            &format!("/c/{DEMO}/import"),
            &[
                ("csrf", &page.csrf()),
                ("base", &head.to_string()),
                ("yaml", GOOD_YAML),
            ],
        )
        .await;
    assert!(
        res.status == StatusCode::FORBIDDEN || res.status == StatusCode::BAD_REQUEST,
        "{}",
        res.status
    );
    assert_eq!(app.head().await, head);
}

#[tokio::test]
async fn download_gives_yaml_that_reads_back_to_the_newest_revision() {
    let app = TestApp::spawn().await;
    store_edit(&app, "Koen", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    let page = app
        .get(&Browser::default(), &format!("/c/{DEMO}/rolverdeling.yaml"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.headers.get(header::CONTENT_TYPE).unwrap(),
        "application/yaml; charset=utf-8"
    );
    assert_eq!(
        page.headers.get(header::CONTENT_DISPOSITION).unwrap(),
        "attachment; filename=\"rolverdeling.yaml\""
    );
    let doc = rolwijzer_core::parse_document(page.body.as_bytes()).unwrap();
    assert_eq!(doc, head_doc(&app).await);
}

// --- public page ---------------------------------------------------------------------

#[tokio::test]
async fn public_page_shows_contact_level_and_tasks_only_when_published() {
    let app = TestApp::spawn().await;
    let page = app.get(&Browser::default(), &format!("/p/{DEMO}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<h1>Open Inkomensloket</h1>",
        "Eva van den Broek",
        "mailto:eva.vandenbroek@tilburg.example.nl",
        "Maak een afspraak met Eva van den Broek",
        "Gestructureerde samenwerking",
        "Coördinerende gemeente",
        "Technisch beheer",
        // The tasks with the organisations that hold them (issue 13), not people.
        "Lindeboom Software B.V. en Gemeente Eindhoven",
        "<caption>",
        "scope=\"row\"",
        "CC BY-SA 4.0",
        "href=\"https://open-inkomensloket.example.org\"",
        "Gemeente Breda",
    ]);
    let en = app
        .get(&Browser::default(), &format!("/p/{DEMO}?lang=en"))
        .await;
    assert!(!page.body.contains("Sara Bakker"), "{}", page.body);
    en.assert_contains(&["Who does what?", "Technical maintenance", "Structured"]);
    // Without how_to_join, our own default text; a javascript: website is not a link.
    store_edit(&app, "geen tekst", |d| {
        d.collaboration.how_to_join = None;
        d.collaboration.website =
            Some(rolwijzer_core::values::Text::new("javascript:alert(1)").unwrap());
    })
    .await;
    // That edit bypassed the server (like another server process would), so visitors
    // may get the page rendered before it for up to one second.
    tokio::time::sleep(rolwijzer_web::microcache::TTL).await;
    let page = app.get(&Browser::default(), &format!("/p/{DEMO}")).await;
    page.assert_contains(&["Wil je gemeente meedoen?"]);
    assert!(!page.body.contains("javascript:"));
    let id = demo_id(&app).await;
    app.store()
        .set_publish_level(id, rolwijzer_core::privacy::Level::NotPublished)
        .await
        .unwrap();
    let member = app.user_with_role("olga", Some(Role::Owner)).await;
    assert_eq!(
        app.get(&member, &format!("/p/{DEMO}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&Browser::default(), "/p/bestaat-niet").await.status,
        StatusCode::NOT_FOUND
    );
}

// --- administrator -------------------------------------------------------------------

fn setup_path(body: &str) -> String {
    let start = body.find("/setup/").expect("no setup link");
    body[start..start + "/setup/".len() + 64].to_owned()
}

#[tokio::test]
async fn admin_page_is_only_for_administrators() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.get(&Browser::default(), "/admin/users").await.status,
        StatusCode::NOT_FOUND
    );
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let page = app.get(&owner, "/").await;
    assert_eq!(
        app.get(&owner, "/admin/users").await.status,
        StatusCode::NOT_FOUND
    );
    let res = app
        .post(
            &owner,
            "/admin/users",
            &[
                ("csrf", &page.csrf()),
                ("username", "stiekem"),
                ("display_name", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(app.store().user_by_name("stiekem").await.unwrap().is_none());
    let olga = app.store().user_by_name("olga").await.unwrap().unwrap();
    let res = app
        .post(
            &owner,
            &format!("/admin/users/{}/link", olga.id),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn admin_creates_a_user_with_a_working_password_link() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let page = app.get(&admin, "/admin/users").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&["<h1>Gebruikers</h1>", "beheerder", "Account toevoegen"]);
    let res = app
        .post(
            &admin,
            "/admin/users",
            &[
                ("csrf", &page.csrf()),
                ("username", "marie.jansen"),
                ("display_name", "Marie Jansen"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.assert_contains(&["Account aangemaakt voor", "marie.jansen", "Marie Jansen"]);
    let user = app
        .store()
        .user_by_name("marie.jansen")
        .await
        .unwrap()
        .unwrap();
    assert!(!user.is_admin && !user.has_password);
    let link = setup_path(&res.body);
    let setup = app.get(&Browser::default(), &link).await;
    assert_eq!(setup.status, StatusCode::OK);
    setup.assert_contains(&["marie.jansen"]);

    // An administrator account.
    let res = app
        .post(
            &admin,
            "/admin/users",
            &[
                ("csrf", &page.csrf()),
                ("username", "tweede"),
                ("display_name", ""),
                ("admin", "1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(
        app.store()
            .user_by_name("tweede")
            .await
            .unwrap()
            .unwrap()
            .is_admin
    );

    // Mistakes beside the field, nothing made.
    for (name, msg) in [
        ("marie.jansen", "bestaat al"),
        ("met spatie", "kan niet"),
        ("x", "kan niet"),
    ] {
        let res = app
            .post(
                &admin,
                "/admin/users",
                &[
                    ("csrf", &page.csrf()),
                    ("username", name),
                    ("display_name", ""),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        res.assert_contains(&[msg, "aria-invalid=\"true\""]);
    }
    assert_eq!(app.store().users().await.unwrap().len(), 3);

    // A new link for an existing user: the password reset without mail.
    let res = app
        .post(
            &admin,
            &format!("/admin/users/{}/link", user.id),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    res.assert_contains(&["Nieuwe wachtwoordlink gemaakt voor"]);
    let link2 = setup_path(&res.body);
    assert_ne!(link, link2);
    let done = app
        .post(
            &Browser::default(),
            &link2,
            &[("password", PASSWORD), ("repeat", PASSWORD)],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    app.login("marie.jansen", PASSWORD).await;
}

#[tokio::test]
async fn an_evaluation_from_a_stale_revision_conflicts_and_can_be_reapplied() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/evaluation")).await;
    let base = app.head().await;
    store_edit(&app, "Koen", |d| {
        set_technical_maintenance_responsible(d, "koen")
    })
    .await;
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/evaluation"),
            &[
                ("csrf", &page.csrf()),
                ("base", &base.to_string()),
                ("date", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(app.head().await, base + 1);
    assert!(
        app.store()
            .evaluations(demo_id(&app).await)
            .await
            .unwrap()
            .is_empty()
    );
    // The conflict page's button posts the same change on top of the newest revision.
    res.assert_contains(&[&format!("action=\"/c/{DEMO}/evaluation\""), "name=\"date\""]);
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/evaluation"),
            &[
                ("csrf", &page.csrf()),
                ("base", &(base + 1).to_string()),
                ("date", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, base + 2);
    let evaluations = app.store().evaluations(demo_id(&app).await).await.unwrap();
    assert_eq!(evaluations[0].revision, base + 2);
}

#[tokio::test]
async fn files_that_are_too_large_are_refused_with_a_message() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("/c/{DEMO}/import")).await;
    let head = app.head().await;
    // Larger than a document may be, smaller than a request may be.
    let mut big = GOOD_YAML.to_owned();
    while big.len() <= rolwijzer_core::parse::MAX_DOCUMENT_BYTES {
        big.push_str("# opvulling opvulling opvulling opvulling opvulling opvulling\n");
    }
    let res = post_multipart(
        &app,
        &editor,
        &format!("/c/{DEMO}/import"),
        &[("csrf", &page.csrf()), ("base", &head.to_string())],
        Some(("groot.yaml", big.as_bytes())),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["groot.yaml", "MB"]);
    // Larger than a request may be.
    let huge = vec![b'#'; rolwijzer_web::MAX_BODY_BYTES + 1024];
    let res = post_multipart(
        &app,
        &editor,
        &format!("/c/{DEMO}/import"),
        &[("csrf", &page.csrf()), ("base", &head.to_string())],
        Some(("enorm.yaml", &huge)),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    res.assert_contains(&["Het bestand is te groot"]);
    // Pasted text larger than a request may be.
    let huge = "#".repeat(rolwijzer_web::MAX_BODY_BYTES + 1024);
    let res = app
        .post(
            &editor,
            &format!("/c/{DEMO}/import"),
            &[
                ("csrf", &page.csrf()),
                ("base", &head.to_string()),
                ("yaml", &huge),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["Het bestand is te groot"]);
    assert_eq!(app.head().await, head);
}
