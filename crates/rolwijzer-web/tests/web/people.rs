//! Tests of the people area: parties, people and groups; settings and rotation; the
//! start wizard.

use crate::common::*;
use axum::http::StatusCode;
use rolwijzer_core::document::PartyKind;
use rolwijzer_core::{Document, TaskId, analyse};
use rolwijzer_store::Role;

/// The newest revision number of a collaboration.
async fn head_of(app: &TestApp, slug: &str) -> i64 {
    app.store().collaboration(slug).await.unwrap().unwrap().head
}

/// The newest document of a collaboration.
async fn doc_of(app: &TestApp, slug: &str) -> Document {
    let c = app.store().collaboration(slug).await.unwrap().unwrap();
    app.store().revision(c.id, c.head).await.unwrap().document
}

/// An editor of the demo, with the form token and the demo's head revision.
async fn editor(app: &TestApp) -> (Browser, String, String) {
    let b = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let page = app.get(&b, "/c/open-inkomensloket/people").await;
    assert_eq!(page.status, StatusCode::OK);
    (b, page.csrf(), app.head().await.to_string())
}

fn with<'a>(base: &[(&'a str, &'a str)], extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut v: Vec<(&str, &str)> = base
        .iter()
        .filter(|(k, _)| !extra.iter().any(|(e, _)| e == k))
        .copied()
        .collect();
    v.extend_from_slice(extra);
    v
}

/// Every field of the settings form, as the demo has them.
fn demo_settings<'a>(csrf: &'a str, base: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("base", base),
        ("name", "Open Inkomensloket"),
        ("description", "Open-source loket."),
        ("website", "https://open-inkomensloket.example.org"),
        ("how_to_join", "Maak een afspraak met Eva."),
        ("ambition", "structured"),
        ("arrangement", "coordinating"),
        ("coordinator", "tilburg"),
        ("coordinator_compensated", "yes"),
        ("contribution", "yes"),
        ("separate_administration", "yes"),
        ("fixed_costs_per_month", "12.500"),
        ("reserve", "60.000"),
        ("last_evaluation", "2026-03-16"),
        ("evaluation_interval_months", "12"),
    ]
}

// ---------------------------------------------------------------------------------
// The people page
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn people_page_lists_parties_people_and_groups_with_anchors() {
    let app = TestApp::spawn().await;
    // A visitor of the published demo sees the lists, without forms.
    let page = app
        .get(&Browser::default(), "/c/open-inkomensloket/people")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<span class=\"h1-page\">Partijen en mensen</span>",
        "id=\"party-tilburg\"",
        "Gemeente Tilburg",
        "Lindeboom Software B.V.",
        "id=\"person-eva\"",
        "Eva van den Broek",
        "Coördinator samenwerking",
        "eva.vandenbroek@tilburg.example.nl",
        "12 uur per week",
        "nverhoeven",
        "id=\"group-stuurgroep\"",
        "Stuurgroep",
        "Alle partijen zijn lid",
        "31 december 2027",
    ]);
    assert!(
        !page
            .body
            .contains("action=\"/c/open-inkomensloket/people/party\"")
    );
    assert!(!page.body.contains("Partij toevoegen"));
    // An editor gets forms to add, change and remove.
    let (b, _, _) = editor(&app).await;
    let page = app.get(&b, "/c/open-inkomensloket/people").await;
    page.assert_contains(&[
        "action=\"/c/open-inkomensloket/people/party\"",
        "action=\"/c/open-inkomensloket/people/person\"",
        "action=\"/c/open-inkomensloket/people/group\"",
        "Partij toevoegen",
        "Persoon toevoegen",
        "Groep toevoegen",
        "/c/open-inkomensloket/people/person/eva/remove",
        "<label for=\"person-eva-edit-email\">",
        "value=\"eva.vandenbroek@tilburg.example.nl\"",
    ]);
    let en = app
        .get(&Browser::default(), "/c/open-inkomensloket/people?lang=en")
        .await;
    en.assert_contains(&["Parties and people", "Municipality", "hours a week"]);
}

#[tokio::test]
async fn people_page_shows_the_findings_about_each_party_and_person() {
    let app = TestApp::spawn().await;
    let doc = doc_of(&app, DEMO).await;
    let report = analyse(&doc, rolwijzer_core::Date::parse("2026-11-28").unwrap());
    let page = app
        .get(&Browser::default(), "/c/open-inkomensloket/people")
        .await;
    let mut seen = 0;
    for f in &report.findings {
        let anchor = match (&f.subject.person, &f.subject.party) {
            (Some(p), _) => format!("id=\"person-{p}\""),
            (None, Some(p)) => format!("id=\"party-{p}\""),
            _ => continue,
        };
        let msg = rolwijzer_web::words::finding_message(rolwijzer_core::Lang::Nl, f);
        let at = page.body.find(&anchor).expect("anchor on the page");
        let section = &page.body[at..];
        let end = section.find("</section>").unwrap();
        assert!(
            section[..end].contains(&askama_escape(&msg)),
            "{} not shown at {anchor}",
            f.code
        );
        seen += 1;
    }
    // The demo has findings about parties (K004); make one about a person too: give
    // Eva far too few hours (H001).
    assert!(seen > 0);
    {
        let (b, csrf, base) = editor(&app).await;
        let res = app
            .post(
                &b,
                "/c/open-inkomensloket/people/person",
                &[
                    ("csrf", &csrf),
                    ("base", &base),
                    ("action", "update"),
                    ("id", "eva"),
                    ("name", "Eva van den Broek"),
                    ("party", "tilburg"),
                    ("hours_per_week", "0"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = app.get(&b, "/c/open-inkomensloket/people").await;
        let at = page.body.find("id=\"person-eva\"").unwrap();
        let section = &page.body[at..];
        let end = section.find("</section>").unwrap();
        assert!(section[..end].contains("H001"), "{}", &section[..end]);
    }
}

/// Askama escapes these characters in text.
fn askama_escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn adding_changing_and_removing_a_party_make_one_revision_each() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let start = app.head().await;
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/party",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "add"),
                ("name", "Gemeente Tilburg"),
                ("kind", "municipality"),
                ("contact", ""),
                ("website", "https://www.tilburg.nl"),
                ("contract_until", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // The id comes from the name and is unique: "gemeente-tilburg" is still free.
    assert!(
        res.location().starts_with(
            "/c/open-inkomensloket/people?saved=1&party=gemeente-tilburg#party-gemeente-tilburg"
        ),
        "{}",
        res.location()
    );
    assert_eq!(app.head().await, start + 1);
    let doc = doc_of(&app, DEMO).await;
    let p = doc
        .parties
        .iter()
        .find(|p| p.id.as_str() == "gemeente-tilburg")
        .unwrap();
    assert_eq!(p.kind, PartyKind::Municipality);
    let page = app.get(&b, res.location()).await;
    page.assert_contains(&[
        "De wijziging is opgeslagen",
        "id=\"party-gemeente-tilburg\"",
    ]);

    // Change it.
    let base = app.head().await.to_string();
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/party",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "update"),
                ("id", "gemeente-tilburg"),
                ("name", "Stichting Tilburg Open"),
                ("kind", "organisation"),
                ("contact", "eva"),
                ("develops_product", "on"),
                ("website", ""),
                ("contract_until", "2028-01-31"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, start + 2);
    let doc = doc_of(&app, DEMO).await;
    let p = doc
        .parties
        .iter()
        .find(|p| p.id.as_str() == "gemeente-tilburg")
        .unwrap();
    assert_eq!(p.name.as_str(), "Stichting Tilburg Open");
    assert_eq!(p.kind, PartyKind::Organisation);
    assert!(p.develops_product);
    assert_eq!(p.contact.as_ref().unwrap().as_str(), "eva");
    assert!(p.website.is_none());
    assert_eq!(p.contract_until.unwrap().to_string(), "2028-01-31");

    // Remove it: first the confirmation page, then the form on it.
    let confirm = app
        .get(
            &b,
            "/c/open-inkomensloket/people/party/gemeente-tilburg/remove",
        )
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.assert_contains(&[
        "Stichting Tilburg Open",
        "nergens in de rolverdeling gebruikt",
        "Ja, verwijderen",
    ]);
    let base = app.head().await.to_string();
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/party",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "remove"),
                ("id", "gemeente-tilburg"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, start + 3);
    assert!(
        !doc_of(&app, DEMO)
            .await
            .parties
            .iter()
            .any(|p| p.id.as_str() == "gemeente-tilburg")
    );
}

#[tokio::test]
async fn removing_something_still_used_warns_about_d001() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let confirm = app
        .get(&b, "/c/open-inkomensloket/people/party/tilburg/remove")
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.assert_contains(&[
        "Partij Gemeente Tilburg verwijderen?",
        "Dit wordt nog gebruikt",
        "Penvoerder van de samenwerking",
        "Eva van den Broek werkt bij deze partij",
        "D001",
    ]);
    let confirm = app
        .get(&b, "/c/open-inkomensloket/people/person/eva/remove")
        .await;
    confirm.assert_contains(&[
        "Contactpersoon van Gemeente Tilburg",
        "Contactpersoon/aanspreekpunt: Uitvoerend (R) en Eindverantwoordelijk (A)",
    ]);
    // Removing anyway is allowed; the findings then show D001.
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/person",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "remove"),
                ("id", "eva"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let findings = app.get(&b, "/c/open-inkomensloket").await;
    findings.assert_contains(&["D001"]);
    // Unknown things have no confirmation page.
    let none = app
        .get(&b, "/c/open-inkomensloket/people/person/niemand/remove")
        .await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn adding_changing_and_removing_a_person_make_one_revision_each() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let start = app.head().await;
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/person",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "add"),
                ("name", "Eva van den Broek"),
                ("party", "breda"),
                ("title", "Adviseur"),
                ("email", "eva2@breda.example.nl"),
                ("phone", "076 123 45 67"),
                ("hours_per_week", "2,5"),
                ("repository_admin", "on"),
                ("forge_username", "evab"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, start + 1);
    let doc = doc_of(&app, DEMO).await;
    let p = doc
        .people
        .iter()
        .find(|p| p.id.as_str() == "eva-van-den-broek")
        .unwrap();
    assert_eq!(p.party.as_str(), "breda");
    assert_eq!(p.hours_per_week.unwrap().get(), 2.5);
    assert!(p.repository_admin);
    assert_eq!(p.forge_username.as_ref().unwrap().as_str(), "evab");
    let page = app.get(&b, "/c/open-inkomensloket/people").await;
    page.assert_contains(&["id=\"person-eva-van-den-broek\"", "2,5 uur per week"]);

    let base = app.head().await.to_string();
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/person",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "update"),
                ("id", "eva-van-den-broek"),
                ("name", "Eva de Tweede"),
                ("party", "oss"),
                ("hours_per_week", "4.5"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, start + 2);
    let doc = doc_of(&app, DEMO).await;
    let p = doc
        .people
        .iter()
        .find(|p| p.id.as_str() == "eva-van-den-broek")
        .unwrap();
    assert_eq!(p.name.as_str(), "Eva de Tweede");
    assert_eq!(p.party.as_str(), "oss");
    assert_eq!(p.hours_per_week.unwrap().get(), 4.5);
    assert!(!p.repository_admin && p.email.is_none());

    let base = app.head().await.to_string();
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/person",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "remove"),
                ("id", "eva-van-den-broek"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, start + 3);
    assert!(
        !doc_of(&app, DEMO)
            .await
            .people
            .iter()
            .any(|p| p.id.as_str() == "eva-van-den-broek")
    );
}

#[tokio::test]
async fn adding_changing_and_removing_a_group_make_one_revision_each() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let start = app.head().await;
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/group",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "add"),
                ("name", "Techniekgroep"),
                ("description", "Ontwikkelaars van alle gemeenten."),
                ("members", "marloes"),
                ("members", "niels"),
                ("members", "eindhoven"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, start + 1);
    let doc = doc_of(&app, DEMO).await;
    let g = doc
        .groups
        .iter()
        .find(|g| g.id.as_str() == "techniekgroep")
        .unwrap();
    let members: Vec<&str> = g.members.iter().map(|m| m.as_str()).collect();
    assert_eq!(members, ["marloes", "niels", "eindhoven"]);
    assert!(!g.all_parties);
    app.get(&b, "/c/open-inkomensloket/people")
        .await
        .assert_contains(&[
            "id=\"group-techniekgroep\"",
            "Marloes van Gerwen, Niels Verhoeven, Gemeente Eindhoven",
        ]);

    let base = app.head().await.to_string();
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/group",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "update"),
                ("id", "techniekgroep"),
                ("name", "Techniek"),
                ("all_parties", "on"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, start + 2);
    let doc = doc_of(&app, DEMO).await;
    let g = doc
        .groups
        .iter()
        .find(|g| g.id.as_str() == "techniekgroep")
        .unwrap();
    assert_eq!(g.name.as_str(), "Techniek");
    assert!(g.all_parties && g.members.is_empty() && g.description.is_none());

    let base = app.head().await.to_string();
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/group",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "remove"),
                ("id", "techniekgroep"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, start + 3);
}

#[tokio::test]
async fn bad_input_is_refused_per_field_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let start = app.head().await;
    let long = "x".repeat(2001);
    type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "party",
            vec![("action", "add"), ("name", "  "), ("kind", "municipality")],
            vec![
                "Vul dit veld in.",
                "id=\"party-new-name\"",
                "aria-invalid=\"true\"",
            ],
        ),
        (
            "party",
            vec![("action", "add"), ("name", &long), ("kind", "planet")],
            vec![
                "Dit is te lang. Gebruik hoogstens 2000 tekens.",
                "Kies een van de mogelijkheden.",
            ],
        ),
        (
            "party",
            vec![
                ("action", "update"),
                ("id", "tilburg"),
                ("name", "Gemeente Tilburg"),
                ("kind", "municipality"),
                ("contract_until", "31-12-2027"),
                ("contact", "niemand"),
            ],
            vec![
                "Kies een datum die bestaat",
                "Deze keuze bestaat niet",
                "aria-describedby=\" party-tilburg-edit-contract_until-error\"",
                "value=\"31-12-2027\"",
            ],
        ),
        (
            "person",
            vec![
                ("action", "add"),
                ("name", "Nieuwe Collega"),
                ("party", ""),
                ("email", "geen-adres"),
                ("hours_per_week", "200"),
            ],
            vec![
                "Kies bij welke partij",
                "Dit is geen geldig e-mailadres",
                "Vul een aantal uren in van 0 tot en met 168",
                "value=\"Nieuwe Collega\"",
            ],
        ),
        (
            "person",
            vec![
                ("action", "update"),
                ("id", "eva"),
                ("name", "Eva van den Broek"),
                ("party", "tilburg"),
                ("hours_per_week", "veel"),
                ("forge_username", "eva b"),
            ],
            vec![
                "Vul een aantal uren in",
                "geen spaties",
                "<details class=\"pw-edit\" open>",
            ],
        ),
        (
            "person",
            vec![
                ("action", "update"),
                ("id", "niemand"),
                ("name", "X"),
                ("party", "tilburg"),
            ],
            vec!["Dit bestaat niet meer"],
        ),
        (
            "group",
            vec![("action", "add"), ("name", ""), ("members", "onbekend")],
            vec!["Vul dit veld in.", "Deze keuze bestaat niet"],
        ),
    ];
    for (kind, fields, expect) in cases {
        let mut all = vec![("csrf", csrf.as_str()), ("base", base.as_str())];
        all.extend(fields);
        let res = app
            .post(&b, &format!("/c/open-inkomensloket/people/{kind}"), &all)
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{kind}: {all:?}"
        );
        res.assert_contains(&expect);
        res.assert_contains(&["Er is niets opgeslagen"]);
        assert_eq!(app.head().await, start, "{kind}: saved anyway");
    }
    // A form without the token, or with an unknown action, is a bad request.
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/party",
            &[("base", &base), ("action", "add"), ("name", "X")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/people/party",
            &[("csrf", &csrf), ("base", &base), ("action", "explode")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.head().await, start);
}

#[tokio::test]
async fn an_edit_from_an_old_revision_shows_the_conflict_page() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let add = |name: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("base", base.clone()),
            ("action", "add".to_owned()),
            ("name", name.to_owned()),
            ("kind", "supplier".to_owned()),
        ]
    };
    let first: Vec<(&str, String)> = add("Eerste B.V.");
    let first: Vec<(&str, &str)> = first.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app
        .post(&b, "/c/open-inkomensloket/people/party", &first)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let second: Vec<(&str, String)> = add("Tweede B.V.");
    let second: Vec<(&str, &str)> = second.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app
        .post(&b, "/c/open-inkomensloket/people/party", &second)
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    res.assert_contains(&[
        "Tweede B.V.",
        "action=\"/c/open-inkomensloket/people/party\"",
    ]);
}

// ---------------------------------------------------------------------------------
// Access
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn viewers_cannot_change_anything() {
    let app = TestApp::spawn().await;
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    let page = app.get(&viewer, "/c/open-inkomensloket/people").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Partij toevoegen"));
    let csrf = page.csrf();
    let base = app.head().await.to_string();
    assert_eq!(
        app.get(&viewer, "/c/open-inkomensloket/settings")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&viewer, "/c/open-inkomensloket/people/person/eva/remove")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let posts: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "/c/open-inkomensloket/people/party",
            vec![
                ("action", "add"),
                ("name", "Nieuw"),
                ("kind", "municipality"),
            ],
        ),
        (
            "/c/open-inkomensloket/people/party",
            vec![("action", "remove"), ("id", "tilburg")],
        ),
        (
            "/c/open-inkomensloket/people/person",
            vec![("action", "add"), ("name", "Nieuw"), ("party", "tilburg")],
        ),
        (
            "/c/open-inkomensloket/people/person",
            vec![("action", "remove"), ("id", "eva")],
        ),
        (
            "/c/open-inkomensloket/people/group",
            vec![("action", "add"), ("name", "Nieuw")],
        ),
        ("/c/open-inkomensloket/settings", vec![("ambition", "full")]),
        (
            "/c/open-inkomensloket/settings/rotation",
            vec![("action", "remove")],
        ),
    ];
    for (path, fields) in posts {
        let mut all = vec![("csrf", csrf.as_str()), ("base", base.as_str())];
        all.extend(fields);
        let res = app.post(&viewer, path, &all).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(app.head().await.to_string(), base);
    // A visitor who is not signed in is sent to sign in for changes.
    let anon = app
        .post(
            &Browser::default(),
            "/c/open-inkomensloket/settings",
            &[("csrf", ""), ("base", &base)],
        )
        .await;
    assert_ne!(anon.status, StatusCode::OK);
    assert_eq!(app.head().await.to_string(), base);
}

#[tokio::test]
async fn outsiders_get_404_on_a_private_collaboration() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("eigenaar").await;
    assert_eq!(
        app.get(&owner, &format!("/c/{slug}/people")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.get(&owner, &format!("/c/{slug}/settings")).await.status,
        StatusCode::OK
    );
    let outsider = app.user_with_role("buiten", None).await;
    let csrf = app.get(&outsider, "/").await.csrf();
    let base = head_of(&app, &slug).await.to_string();
    for path in ["people", "settings", "people/party/x/remove"] {
        assert_eq!(
            app.get(&outsider, &format!("/c/{slug}/{path}"))
                .await
                .status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
        assert_eq!(
            app.get(&Browser::default(), &format!("/c/{slug}/{path}"))
                .await
                .status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    for path in [
        "people/party",
        "people/person",
        "people/group",
        "settings",
        "settings/rotation",
    ] {
        let res = app
            .post(
                &outsider,
                &format!("/c/{slug}/{path}"),
                &[
                    ("csrf", &csrf),
                    ("base", &base),
                    ("action", "remove"),
                    ("id", "x"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(head_of(&app, &slug).await.to_string(), base);
}

// ---------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn settings_page_shows_every_setting_with_its_anchor() {
    let app = TestApp::spawn().await;
    let (b, _, _) = editor(&app).await;
    let page = app.get(&b, "/c/open-inkomensloket/settings").await;
    assert_eq!(page.status, StatusCode::OK);
    for field in [
        "name",
        "description",
        "website",
        "how_to_join",
        "ambition",
        "arrangement",
        "coordinator",
        "coordinator_compensated",
        "contribution",
        "separate_administration",
        "fixed_costs_per_month",
        "reserve",
        "last_evaluation",
        "evaluation_interval_months",
        "rotation",
    ] {
        page.assert_contains(&[&format!("id=\"field-{field}\"")]);
    }
    page.assert_contains(&[
        "<span class=\"h1-page\">Instellingen</span>",
        "id=\"level-sharing-desc\"",
        "Delen zonder regie",
        "start niet te ambitieus",
        "Korte lijnen en snel contact",
        "Geef de penvoerder een vergoeding",
        "Past bij gestructureerde samenwerking en volledige regie.",
        "Past bij het gekozen ambitieniveau",
        "Past minder goed bij het gekozen ambitieniveau",
        "value=\"structured\" checked",
        "value=\"coordinating\" checked",
        "<option value=\"tilburg\" selected>Gemeente Tilburg</option>",
        "value=\"12.500\"",
        "value=\"60.000\"",
        "value=\"2026-03-16\"",
        "Taken die er bij dit niveau bijkomen:",
        "Werven nieuwe gemeenten",
    ]);
    // Suppliers cannot be chosen as coordinator.
    assert!(!page.body.contains("<option value=\"lindeboom\""));
    let en = app.get(&b, "/c/open-inkomensloket/settings?lang=en").await;
    en.assert_contains(&[
        "<span class=\"h1-page\">Settings</span>",
        "Ambition level",
        "value=\"12,500\"",
    ]);
}

#[tokio::test]
async fn changing_the_level_in_settings_shows_on_the_overview() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let start = app.head().await;
    let form = demo_settings(&csrf, &base);
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/settings",
            &with(
                &form,
                &[
                    ("ambition", "full"),
                    ("reserve", "€ 8.000"),
                    ("fixed_costs_per_month", "8000,50"),
                ],
            ),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/c/open-inkomensloket/settings?saved=1");
    assert_eq!(app.head().await, start + 1);
    let doc = doc_of(&app, DEMO).await;
    let c = &doc.collaboration;
    assert_eq!(c.ambition, rolwijzer_core::AmbitionLevel::Full);
    assert_eq!(c.reserve.unwrap().cents(), 800_000);
    assert_eq!(c.fixed_costs_per_month.unwrap().cents(), 800_050);
    // Nothing else changed.
    assert_eq!(c.coordinator.as_ref().unwrap().as_str(), "tilburg");
    assert_eq!(c.last_evaluation.unwrap().to_string(), "2026-03-16");
    let overview = app.get(&b, "/c/open-inkomensloket").await;
    overview.assert_contains(&["Volledige regie"]);
    let page = app.get(&b, res.location()).await;
    page.assert_contains(&["De wijziging is opgeslagen", "value=\"full\" checked"]);

    // Unknown and empty are allowed where the document allows them.
    let base = app.head().await.to_string();
    let form = demo_settings(&csrf, &base);
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/settings",
            &with(
                &form,
                &[
                    ("coordinator", ""),
                    ("coordinator_compensated", ""),
                    ("separate_administration", "no"),
                    ("reserve", ""),
                    ("last_evaluation", ""),
                    ("evaluation_interval_months", "6"),
                    ("arrangement", "distributed"),
                ],
            ),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let doc = doc_of(&app, DEMO).await;
    let c = &doc.collaboration;
    assert!(c.coordinator.is_none() && c.coordinator_compensated.is_none());
    assert_eq!(c.separate_administration, Some(false));
    assert!(c.reserve.is_none() && c.last_evaluation.is_none());
    assert_eq!(c.evaluation_interval(), 6);
    assert_eq!(c.arrangement, rolwijzer_core::Arrangement::Distributed);
}

#[tokio::test]
async fn bad_settings_are_refused_per_field() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let start = app.head().await;
    let form = demo_settings(&csrf, &base);
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/settings",
            &with(
                &form,
                &[
                    ("name", ""),
                    ("ambition", "maximal"),
                    ("reserve", "veel geld"),
                    ("fixed_costs_per_month", "-5"),
                    ("last_evaluation", "16-03-2026"),
                    ("evaluation_interval_months", "0"),
                    ("coordinator", "lindeboom-bestaat-niet"),
                    ("contribution", "misschien"),
                ],
            ),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&[
        "Er is niets opgeslagen",
        "Vul dit veld in.",
        "Kies een ambitieniveau.",
        "Vul een bedrag in euro in",
        "Kies een datum die bestaat",
        "Vul een aantal maanden in van 1 tot en met 120.",
        "Deze keuze bestaat niet",
        "Kies een van de mogelijkheden.",
        "id=\"field-reserve-error\"",
        "value=\"veel geld\"",
        "value=\"16-03-2026\"",
    ]);
    assert_eq!(app.head().await, start);
}

#[tokio::test]
async fn rotation_settings_can_be_made_changed_and_removed() {
    let app = TestApp::spawn().await;
    let (b, csrf, base) = editor(&app).await;
    let start = app.head().await;
    let page = app.get(&b, "/c/open-inkomensloket/settings").await;
    page.assert_contains(&[
        "id=\"field-rotation\"",
        "Er is nog geen rooster",
        "name=\"tasks\" value=\"meeting-coordination\"",
        "<label for=\"rotation-order-1\">Beurt 1</label>",
    ]);
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/settings/rotation",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "save"),
                ("tasks", "meeting-coordination"),
                ("tasks", "collaboration-coordination"),
                ("order", "breda"),
                ("order", ""),
                ("order", "tilburg"),
                ("order", "oss"),
                ("period_months", "6"),
                ("start", "2026-01-01"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, start + 1);
    let r = doc_of(&app, DEMO).await.rotation.unwrap();
    assert_eq!(
        r.tasks,
        ["meeting-coordination", "collaboration-coordination"]
    );
    let order: Vec<&str> = r.order.iter().map(|p| p.as_str()).collect();
    assert_eq!(order, ["breda", "tilburg", "oss"]);
    assert_eq!(r.period_months.get(), 6);
    assert_eq!(r.start.to_string(), "2026-01-01");
    let page = app.get(&b, "/c/open-inkomensloket/settings").await;
    page.assert_contains(&[
        "Rooster verwijderen",
        "value=\"meeting-coordination\" checked",
        "<option value=\"breda\" selected>",
    ]);

    // Mistakes: no task, a party twice, a bad date.
    let base = app.head().await.to_string();
    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/settings/rotation",
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("action", "save"),
                ("order", "breda"),
                ("order", "breda"),
                ("period_months", "0"),
                ("start", "morgen"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&[
        "Kies minstens één taak",
        "Gemeente Breda staat twee keer in het rooster",
        "Vul een aantal maanden in",
        "Kies een datum die bestaat",
        "value=\"morgen\"",
    ]);
    assert_eq!(app.head().await, start + 1);

    let res = app
        .post(
            &b,
            "/c/open-inkomensloket/settings/rotation",
            &[("csrf", &csrf), ("base", &base), ("action", "remove")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, start + 2);
    assert!(doc_of(&app, DEMO).await.rotation.is_none());
}

// ---------------------------------------------------------------------------------
// The start wizard
// ---------------------------------------------------------------------------------

/// Undoes askama's escaping in attribute values.
fn unescape(s: &str) -> String {
    s.replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in a tag, if present.
fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = at + tag[at..].find('"')?;
    Some(unescape(&tag[at..end]))
}

/// The fields of the wizard form as a browser would send them: hidden and text
/// inputs, ticked radio buttons and checkboxes, and the selected option of each select
/// (the first when none is selected). Buttons are not included.
fn form_fields(page: &Page) -> Vec<(String, String)> {
    let start = page
        .body
        .find("<form method=\"post\" action=\"/c/new\"")
        .unwrap();
    let end = start + page.body[start..].find("</form>").unwrap();
    let form = &page.body[start..end];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let close = rest.find('>').unwrap();
        let tag = &rest[..=close];
        if tag.starts_with("<input ") {
            let kind = attr(tag, "type").unwrap_or_default();
            let name = attr(tag, "name").unwrap_or_default();
            let value = attr(tag, "value").unwrap_or_default();
            let ticked = tag.contains(" checked");
            match kind.as_str() {
                "radio" | "checkbox" if !ticked => {}
                _ => out.push((name, value)),
            }
        } else if tag.starts_with("<select ") {
            let name = attr(tag, "name").unwrap_or_default();
            let end = rest.find("</select>").unwrap();
            let options = &rest[..end];
            let mut first = None;
            let mut chosen = None;
            for o in options.split("<option ").skip(1) {
                let v = attr(&format!(" {o}"), "value").unwrap_or_default();
                if first.is_none() {
                    first = Some(v.clone());
                }
                if o.split('>').next().unwrap().contains(" selected") {
                    chosen = Some(v);
                }
            }
            out.push((name, chosen.or(first).unwrap_or_default()));
        }
        rest = &rest[close + 1..];
    }
    out
}

/// Posts a wizard step as a browser would: the form's fields as shown, with `fields`
/// typed over them.
async fn wizard_post(app: &TestApp, b: &Browser, from: &Page, fields: &[(&str, &str)]) -> Page {
    let kept = form_fields(from);
    let mut all: Vec<(&str, &str)> = kept
        .iter()
        .filter(|(k, _)| !fields.iter().any(|(f, _)| f == k))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    all.extend_from_slice(fields);
    app.post(b, "/c/new", &all).await
}

/// Runs the whole wizard and returns the new collaboration's slug.
pub(crate) async fn run_wizard(
    app: &TestApp,
    b: &Browser,
    name: &str,
    level: &str,
    arrangement: &str,
) -> String {
    let start = app.get(b, "/c/new").await;
    assert_eq!(start.status, StatusCode::OK);
    start.assert_contains(&[
        "Stap 1 van 4",
        "start niet te ambitieus",
        "id=\"level-light-desc\"",
    ]);
    let two = wizard_post(
        app,
        b,
        &start,
        &[("go", "next"), ("name", name), ("ambition", level)],
    )
    .await;
    assert_eq!(two.status, StatusCode::OK, "{}", two.body);
    two.assert_contains(&[
        "Stap 2 van 4",
        "Korte lijnen en snel contact",
        "Past bij het gekozen ambitieniveau",
    ]);
    let three = wizard_post(
        app,
        b,
        &two,
        &[("go", "next"), ("arrangement", arrangement)],
    )
    .await;
    assert_eq!(three.status, StatusCode::OK, "{}", three.body);
    three.assert_contains(&["Stap 3 van 4", "name=\"party-5-name\""]);
    let mut parties = vec![
        ("go", "next"),
        ("party-0-name", "Gemeente Amersfoort"),
        ("party-0-kind", "municipality"),
        ("party-1-name", "Gemeente Utrecht"),
        ("party-1-kind", "municipality"),
        ("party-2-name", "Gemeente Zeist"),
        ("party-2-kind", "municipality"),
        ("party-3-name", "Acme B.V."),
        ("party-3-kind", "supplier"),
        ("contribution", "yes"),
    ];
    if arrangement == "coordinating" {
        three.assert_contains(&["Deze gemeente is penvoerder"]);
        parties.push(("coordinator", "1"));
    }
    let four = wizard_post(app, b, &three, &parties).await;
    assert_eq!(four.status, StatusCode::OK, "{}", four.body);
    four.assert_contains(&["Stap 4 van 4", "<option value=\"3\">Acme B.V.</option>"]);
    let done = wizard_post(
        app,
        b,
        &four,
        &[
            ("go", "finish"),
            ("person-0-name", "Anna Amersfoort"),
            ("person-0-party", "0"),
            ("person-0-email", "anna@amersfoort.example.nl"),
            ("person-0-hours", "4"),
            ("person-1-name", "Jan Utrecht"),
            ("person-1-party", "1"),
            ("person-1-title", "Ontwikkelaar"),
            ("person-2-name", "Marie Utrecht"),
            ("person-2-party", "1"),
            ("person-2-title", "Coördinator"),
            ("person-2-hours", "8,5"),
            ("person-2-contact", "on"),
            ("person-3-name", "Zoë Zeist"),
            ("person-3-party", "2"),
            ("person-4-name", "Eddie Acme"),
            ("person-4-party", "3"),
        ],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let slug = done.location().strip_prefix("/c/").unwrap().to_owned();
    assert!(!slug.contains('/'), "{slug}");
    slug
}

#[tokio::test]
async fn the_wizard_needs_a_signed_in_user() {
    let app = TestApp::spawn().await;
    let page = app.get(&Browser::default(), "/c/new").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/login");
    let page = app
        .post(
            &Browser::default(),
            "/c/new",
            &[("step", "1"), ("name", "X")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/login");
}

#[tokio::test]
async fn the_wizard_creates_a_collaboration_for_every_arrangement() {
    let app = TestApp::spawn().await;
    for (level, arrangement, level_name) in [
        ("light", "coordinating", "Lichte coördinatie"),
        ("light", "rotating", "Lichte coördinatie"),
        ("structured", "distributed", "Gestructureerde samenwerking"),
        ("full", "external", "Volledige regie"),
    ] {
        let user = format!("starter-{arrangement}");
        let b = app.user_with_role(&user, None).await;
        let slug = run_wizard(&app, &b, &format!("Open {arrangement}"), level, arrangement).await;
        assert!(slug.starts_with(&format!("open-{arrangement}-")), "{slug}");
        let c = app.store().collaboration(&slug).await.unwrap().unwrap();
        assert_eq!(c.head, 1);
        let u = app.store().user_by_name(&user).await.unwrap().unwrap();
        assert_eq!(
            app.store().role(c.id, u.id).await.unwrap(),
            Some(Role::Owner),
            "{arrangement}"
        );
        let overview = app.get(&b, &format!("/c/{slug}")).await;
        assert_eq!(overview.status, StatusCode::OK);
        overview.assert_contains(&[level_name, &format!("Open {arrangement}")]);

        let doc = doc_of(&app, &slug).await;
        assert_eq!(doc.collaboration.arrangement.id(), arrangement);
        assert!(doc.collaboration.contribution);
        let ids: Vec<&str> = doc.parties.iter().map(|p| p.id.as_str()).collect();
        assert!(
            ids.contains(&"gemeente-utrecht") && ids.contains(&"acme-b-v"),
            "{ids:?}"
        );
        let utrecht = doc
            .parties
            .iter()
            .find(|p| p.id.as_str() == "gemeente-utrecht")
            .unwrap();
        // The ticked contact wins over the first person of the party.
        assert_eq!(utrecht.contact.as_ref().unwrap().as_str(), "marie-utrecht");
        let marie = doc
            .people
            .iter()
            .find(|p| p.id.as_str() == "marie-utrecht")
            .unwrap();
        assert_eq!(marie.hours_per_week.unwrap().get(), 8.5);
        let amersfoort = doc
            .parties
            .iter()
            .find(|p| p.id.as_str() == "gemeente-amersfoort")
            .unwrap();
        assert_eq!(
            amersfoort.contact.as_ref().unwrap().as_str(),
            "anna-amersfoort"
        );
        let task = |t: TaskId| {
            doc.assignments
                .iter()
                .find(|a| a.target == rolwijzer_core::document::Target::Task(t))
                .unwrap()
        };
        let ids = |v: &[rolwijzer_core::Id]| v.iter().map(|i| i.to_string()).collect::<Vec<_>>();
        match arrangement {
            "coordinating" => {
                // Utrecht was chosen as penvoerder: its contact holds R and A.
                assert_eq!(
                    doc.collaboration.coordinator.as_ref().unwrap().as_str(),
                    "gemeente-utrecht"
                );
                let contact = task(TaskId::ContactPerson);
                assert_eq!(ids(&contact.responsible), ["marie-utrecht"]);
                assert_eq!(ids(&contact.accountable), ["marie-utrecht"]);
                assert!(!contact.backup.is_empty());
            }
            "rotating" => {
                let r = doc.rotation.as_ref().unwrap();
                assert_eq!(
                    ids(&r.order),
                    ["gemeente-amersfoort", "gemeente-utrecht", "gemeente-zeist"]
                );
                assert!(r.tasks.contains(&"collaboration-coordination".to_owned()));
                assert_eq!(r.start.to_string(), "2026-11-28");
            }
            "distributed" => {
                assert_eq!(
                    ids(&task(TaskId::CollaborationCoordination).responsible),
                    ["anna-amersfoort"]
                );
            }
            _ => {
                let t = task(TaskId::TechnicalMaintenance);
                assert_eq!(ids(&t.responsible), ["eddie-acme"]);
                assert_eq!(ids(&t.accountable), ["anna-amersfoort"]);
            }
        }
        // The new collaboration is on the user's start page.
        app.get(&b, "/")
            .await
            .assert_contains(&[&format!("/c/{slug}")]);
    }
}

#[tokio::test]
async fn the_wizard_checks_each_step_and_keeps_what_was_entered() {
    let app = TestApp::spawn().await;
    let b = app.user_with_role("starter", None).await;
    let start = app.get(&b, "/c/new").await;
    // Step 1 without a name or a level.
    let one = wizard_post(&app, &b, &start, &[("go", "next"), ("name", " ")]).await;
    assert_eq!(one.status, StatusCode::UNPROCESSABLE_ENTITY);
    one.assert_contains(&[
        "Stap 1 van 4",
        "Vul dit veld in.",
        "Kies een ambitieniveau.",
        "aria-invalid=\"true\"",
    ]);
    let two = wizard_post(
        &app,
        &b,
        &one,
        &[
            ("go", "next"),
            ("name", "Samen \"Open\" & Vrij"),
            ("ambition", "sharing"),
        ],
    )
    .await;
    assert_eq!(two.status, StatusCode::OK);
    // Step 2: rotating does not suit every level; the page says which do.
    two.assert_contains(&[
        "Delen zonder regie",
        "Past minder goed bij het gekozen ambitieniveau",
    ]);
    let bad = wizard_post(&app, &b, &two, &[("go", "next")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&["Kies een manier van verdelen."]);
    // Going back keeps the name and the level.
    let back = wizard_post(
        &app,
        &b,
        &two,
        &[("go", "back"), ("arrangement", "rotating")],
    )
    .await;
    assert_eq!(back.status, StatusCode::OK);
    back.assert_contains(&[
        "Stap 1 van 4",
        "value=\"Samen &#34;Open&#34; &#38; Vrij\"",
        "value=\"sharing\" checked",
        "name=\"arrangement\" value=\"rotating\"",
    ]);
    let two = wizard_post(&app, &b, &back, &[("go", "next")]).await;
    two.assert_contains(&["value=\"rotating\" checked"]);
    let three = wizard_post(&app, &b, &two, &[("go", "next")]).await;
    assert_eq!(three.status, StatusCode::OK);
    // More rows without JavaScript.
    assert!(!three.body.contains("name=\"party-6-name\""));
    let more = wizard_post(
        &app,
        &b,
        &three,
        &[("go", "more-parties"), ("party-0-name", "Gemeente Ede")],
    )
    .await;
    assert_eq!(more.status, StatusCode::OK);
    more.assert_contains(&["name=\"party-8-name\"", "value=\"Gemeente Ede\""]);
    // A rotation needs two municipalities.
    let bad = wizard_post(&app, &b, &more, &[("go", "next"), ("contribution", "no")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&["Voor een rooster zijn minstens twee gemeenten nodig."]);
    let four = wizard_post(
        &app,
        &b,
        &bad,
        &[("go", "next"), ("party-7-name", "Gemeente Wageningen")],
    )
    .await;
    assert_eq!(four.status, StatusCode::OK, "{}", four.body);
    // Step 4: people need a name, a party, a good address and hours.
    let bad = wizard_post(
        &app,
        &b,
        &four,
        &[
            ("go", "finish"),
            ("person-0-email", "geen-adres"),
            ("person-1-name", "Piet"),
            ("person-1-party", "0"),
            ("person-1-hours", "170"),
            ("person-1-contact", "on"),
            ("person-2-name", "Klaas"),
            ("person-2-party", "0"),
            ("person-2-contact", "on"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&[
        "Stap 4 van 4",
        "Vul dit veld in.",
        "Kies bij welke partij",
        "Dit is geen geldig e-mailadres",
        "Vul een aantal uren in",
        "Kruis bij deze partij maar één persoon aan",
        "value=\"Piet\"",
    ]);
    let more = wizard_post(&app, &b, &bad, &[("go", "more-people")]).await;
    more.assert_contains(&["name=\"person-8-name\"", "value=\"Klaas\""]);
    let done = wizard_post(
        &app,
        &b,
        &more,
        &[
            ("go", "finish"),
            ("person-0-email", ""),
            ("person-1-hours", "16"),
            ("person-2-contact", ""),
            ("person-3-name", "Wil"),
            ("person-3-party", "7"),
        ],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let first = done.location().strip_prefix("/c/").unwrap().to_owned();
    assert!(
        first.starts_with("samen-open-vrij-") && first.len() == "samen-open-vrij-".len() + 6,
        "{first}"
    );
    let doc = doc_of(&app, &first).await;
    assert_eq!(doc.collaboration.name.as_str(), "Samen \"Open\" & Vrij");
    assert!(!doc.collaboration.contribution);
    let r = doc.rotation.unwrap();
    assert_eq!(r.tasks, ["contact-person"]);
    // A second collaboration with the same name gets its own slug: another random
    // part, not a counter.
    let slug = run_wizard(&app, &b, "Samen Open Vrij", "light", "coordinating").await;
    assert!(
        slug.starts_with("samen-open-vrij-") && slug != first,
        "{slug}"
    );
    // Without the form token nothing happens.
    let res = app
        .post(
            &b,
            "/c/new",
            &[("step", "1"), ("go", "next"), ("name", "X")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
}
