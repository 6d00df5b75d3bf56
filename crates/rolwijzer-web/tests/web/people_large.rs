//! The people page of a national collaboration (issue 10, point 5): 342 municipalities
//! with five people each. Parties are rows of a table, one party's people (or a
//! search) get cards with forms, and every variant of the page stays small.

use crate::common::*;
use axum::http::StatusCode;
use rolwijzer_core::parse::parse_document;

/// The page budget at the largest size (issue 10).
const BUDGET: usize = 500 * 1024;

/// 342 municipalities, five people each, a steering group and a task.
fn national() -> String {
    let mut y = String::from(
        "version: 1\ncollaboration:\n  name: Landelijk\n  ambition: light\n  arrangement: coordinating\n  coordinator: gemeente-1\nparties:\n",
    );
    for m in 1..=342 {
        y.push_str(&format!(
            "  - {{ id: gemeente-{m}, name: Gemeente {m}, kind: municipality, contact: p{m}-1 }}\n"
        ));
    }
    y.push_str("people:\n");
    for m in 1..=342 {
        for k in 1..=5 {
            y.push_str(&format!(
                "  - {{ id: p{m}-{k}, name: Persoon {k} van gemeente {m}, party: gemeente-{m}, email: p{k}@g{m}.example.nl, hours_per_week: 4 }}\n"
            ));
        }
    }
    y.push_str(
        "groups:\n  - { id: stuurgroep, name: Stuurgroep, members: [p1-1, p2-1, p3-1] }\n  - { id: deelnemers, name: Alle deelnemers, all_parties: true }\n",
    );
    y.push_str("assignments:\n  - { task: contact-person, responsible: [p1-1], accountable: p1-1, backup: [p2-1] }\n");
    y
}

async fn national_app() -> (TestApp, Browser) {
    let app = TestApp::spawn().await;
    let doc = parse_document(national().as_bytes()).unwrap();
    let owner = app
        .store()
        .create_user("eigenaar", "Eigenaar", Some(PASSWORD), false)
        .await
        .unwrap();
    app.store()
        .create_collaboration("landelijk", &doc, Some(owner.id), "start")
        .await
        .unwrap();
    let b = app.login("eigenaar", PASSWORD).await;
    (app, b)
}

fn count(page: &Page, needle: &str) -> usize {
    page.body.matches(needle).count()
}

#[tokio::test]
async fn a_national_division_lists_parties_as_rows_and_one_partys_people_at_a_time() {
    let (app, b) = national_app().await;
    let page = app.get(&b, "/c/landelijk/people").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.len() < BUDGET, "{} bytes", page.body.len());
    page.assert_contains(&[
        "Alle organisaties, met hun aantal mensen en meldingen",
        "Zoek een persoon op naam",
        "Kies hierboven een organisatie",
        // The jump links count everything, not what is shown.
        "Partijen (342)",
        "Mensen (1710)",
    ]);
    assert_eq!(count(&page, "href=\"/c/landelijk/people?party="), 342);
    // No person's card or form until a party is chosen.
    assert!(!page.body.contains("id=\"person-p1-1\""));
    assert!(!page.body.contains("<label for=\"person-p1-1-edit-"));

    // One party: its card and its five people, with forms; no one else.
    let party = app.get(&b, "/c/landelijk/people?party=gemeente-7").await;
    assert!(party.body.len() < BUDGET, "{} bytes", party.body.len());
    party.assert_contains(&[
        "id=\"party-gemeente-7\"",
        "aria-current=\"true\">Gemeente 7</a>",
        "Mensen van <strong>Gemeente 7</strong>",
        "<label for=\"person-p7-2-edit-email\">",
    ]);
    for k in 1..=5 {
        party.assert_contains(&[&format!("id=\"person-p7-{k}\"")]);
    }
    assert!(!party.body.contains("id=\"person-p8-1\""));
    assert!(!party.body.contains("id=\"party-gemeente-8\""));
    // The contact can be chosen among the party's own people, not all 1,710.
    assert!(
        count(&party, "<option value=\"p") <= 2 * 5,
        "contact choices"
    );

    // A finding's link (?open=PERSON) shows the person's party with their form open.
    let open = app.get(&b, "/c/landelijk/people?open=person-p9-3").await;
    open.assert_contains(&["id=\"person-p9-3\"", "id=\"party-gemeente-9\""]);
    let card = &open.body[open.body.find("id=\"person-p9-3\"").unwrap()..];
    let details = &card[card.find("<details").unwrap()..];
    assert!(
        details.starts_with("<details class=\"pw-edit\" open>"),
        "{}",
        &details[..60]
    );
    let other = &open.body[open.body.find("id=\"person-p9-1\"").unwrap()..];
    let details = &other[other.find("<details").unwrap()..];
    assert!(details.starts_with("<details class=\"pw-edit\">"));

    // A search by name: "gemeente 10" is 10 and 100..=109, five people each.
    let found = app
        .get(&b, "/c/landelijk/people?q=Persoon+1+van+gemeente+10")
        .await;
    assert!(found.body.contains("id=\"person-p10-1\""));
    assert!(found.body.contains("id=\"person-p105-1\""));
    assert!(!found.body.contains("id=\"person-p10-2\""));
    assert!(!found.body.contains("id=\"person-p11-1\""));
    // A search that matches everyone shows the first ten and says there are more.
    let all = app.get(&b, "/c/landelijk/people?q=persoon").await;
    assert_eq!(count(&all, "class=\"card pw-item\" id=\"person-"), 10);
    all.assert_contains(&["Er zijn meer mensen gevonden dan hier passen."]);
    assert!(all.body.len() < BUDGET, "{} bytes", all.body.len());
    let none = app.get(&b, "/c/landelijk/people?q=niemand-heet-zo").await;
    none.assert_contains(&["Niemand gevonden met die naam."]);

    // Groups are listed; a group's form (a box per person) only when asked for.
    assert!(!page.body.contains("group-stuurgroep-edit"));
    page.assert_contains(&["href=\"/c/landelijk/people?open=group-stuurgroep#group-stuurgroep\""]);
    let group = app
        .get(&b, "/c/landelijk/people?open=group-stuurgroep")
        .await;
    group.assert_contains(&["group-stuurgroep-edit", "Toon de mensen"]);
    assert!(group.body.len() < BUDGET, "{} bytes", group.body.len());
    // Its boxes: every party, the three members (kept ticked), nobody else...
    let boxes = |p: &Page| count(p, "id=\"group-stuurgroep-edit-member-p");
    assert_eq!(boxes(&group), 3);
    assert_eq!(count(&group, "name=\"members\" value=\"p1-1\" checked"), 1);
    // ...until a party is chosen, whose people are offered too.
    let offered = app
        .get(
            &b,
            "/c/landelijk/people?open=group-stuurgroep&party=gemeente-20",
        )
        .await;
    assert_eq!(boxes(&offered), 3 + 5);
    offered.assert_contains(&["id=\"group-stuurgroep-edit-member-p20-4\""]);
    assert!(offered.body.len() < BUDGET, "{} bytes", offered.body.len());
}

#[tokio::test]
async fn saving_a_person_of_a_national_division_returns_to_their_party() {
    let (app, b) = national_app().await;
    let page = app.get(&b, "/c/landelijk/people?party=gemeente-7").await;
    let csrf = page.csrf();
    let head = app
        .store()
        .collaboration("landelijk")
        .await
        .unwrap()
        .unwrap()
        .head
        .to_string();
    let res = app
        .post(
            &b,
            "/c/landelijk/people/person",
            &[
                ("csrf", &csrf),
                ("base", &head),
                ("action", "update"),
                ("id", "p7-2"),
                ("name", "Persoon 2 van gemeente 7"),
                ("party", "gemeente-7"),
                ("title", "Informatieadviseur"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.location(),
        "/c/landelijk/people?saved=1&party=gemeente-7#person-p7-2"
    );
    let back = app.get(&b, res.location()).await;
    back.assert_contains(&["id=\"person-p7-2\"", "Informatieadviseur"]);

    // A mistake shows the form again with its message, although its party was not
    // asked for in the address.
    let res = app
        .post(
            &b,
            "/c/landelijk/people/person",
            &[
                ("csrf", &csrf),
                ("base", &head),
                ("action", "update"),
                ("id", "p8-4"),
                ("name", ""),
                ("party", "gemeente-8"),
            ],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        res.status
    );
    res.assert_contains(&["id=\"person-p8-4\"", "aria-invalid=\"true\""]);
}

#[tokio::test]
async fn the_rotation_of_a_national_division_is_typed_by_name_from_one_list() {
    let (app, b) = national_app().await;
    let page = app.get(&b, "/c/landelijk/settings").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.len() < BUDGET, "{} bytes", page.body.len());
    // One shared list of names, no list of 342 municipalities in each of 342 turns.
    assert_eq!(count(&page, "<datalist id=\"rotation-parties\">"), 1);
    assert_eq!(count(&page, "list=\"rotation-parties\""), 342);
    assert!(!page.body.contains("<select id=\"rotation-order-1\""));
    let csrf = page.csrf();
    let head = app
        .store()
        .collaboration("landelijk")
        .await
        .unwrap()
        .unwrap()
        .head
        .to_string();
    let send = |order: &'static [&'static str]| {
        let mut f: Vec<(&str, &str)> = vec![
            ("csrf", &csrf),
            ("base", &head),
            ("action", "save"),
            ("tasks", "contact-person"),
            ("period_months", "6"),
            ("start", "2026-01-01"),
        ];
        f.extend(order.iter().map(|o| ("order", *o)));
        f
    };
    // A name that is no party is refused and nothing is saved.
    let bad = app
        .post(
            &b,
            "/c/landelijk/settings/rotation",
            &send(&["Gemeente 3", "Gemeente 999"]),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Names (in any case) and ids are both understood.
    let res = app
        .post(
            &b,
            "/c/landelijk/settings/rotation",
            &send(&["Gemeente 3", "gemeente 12", "gemeente-7", ""]),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let c = app
        .store()
        .collaboration("landelijk")
        .await
        .unwrap()
        .unwrap();
    let doc = app.store().revision(c.id, c.head).await.unwrap().document;
    let order: Vec<&str> = doc
        .rotation
        .as_ref()
        .unwrap()
        .order
        .iter()
        .map(|p| p.as_str())
        .collect();
    assert_eq!(order, ["gemeente-3", "gemeente-12", "gemeente-7"]);
    // The saved turns show the names people know.
    let page = app.get(&b, "/c/landelijk/settings").await;
    page.assert_contains(&["id=\"rotation-order-2\" name=\"order\" value=\"Gemeente 12\""]);
}

#[tokio::test]
async fn a_task_page_of_a_national_division_sends_roles_to_the_matrix_and_keeps_them() {
    let (app, b) = national_app().await;
    let page = app.get(&b, "/c/landelijk/task/contact-person").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.len() < BUDGET, "{} bytes", page.body.len());
    page.assert_contains(&[
        "name=\"roles\" value=\"kept\"",
        "href=\"/c/landelijk/matrix?edit=1&amp;task=contact-person#row-contact-person\"",
    ]);
    assert!(!page.body.contains("name=\"responsible\""));
    // Saving the rest of the task (hours, process) keeps R, A and the backup.
    let csrf = page.csrf();
    let c = app
        .store()
        .collaboration("landelijk")
        .await
        .unwrap()
        .unwrap();
    let head = c.head.to_string();
    let res = app
        .post(
            &b,
            "/c/landelijk/task/contact-person",
            &[
                ("csrf", &csrf),
                ("base", &head),
                ("roles", "kept"),
                ("hours", "3"),
                ("process", "https://example.org/aanspreekpunt"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let c = app
        .store()
        .collaboration("landelijk")
        .await
        .unwrap()
        .unwrap();
    let doc = app.store().revision(c.id, c.head).await.unwrap().document;
    let a = &doc.assignments[0];
    assert_eq!(a.hours_per_week.unwrap().get(), 3.0);
    let ids = |l: &[rolwijzer_core::Id]| l.iter().map(|i| i.to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&a.responsible), ["p1-1"]);
    assert_eq!(ids(&a.accountable), ["p1-1"]);
    assert_eq!(ids(&a.backup), ["p2-1"]);
    // The matrix's form for the task is where the holders are chosen, within budget.
    let form = app
        .get(&b, "/c/landelijk/matrix?edit=1&task=contact-person")
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("list=\"matrix-holders\""));
    assert!(form.body.len() < BUDGET, "{} bytes", form.body.len());
}

#[tokio::test]
async fn the_departure_page_of_a_national_division_lists_risks_and_one_partys_roles() {
    let (app, b) = national_app().await;
    let page = app.get(&b, "/c/landelijk/departure").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.len() < BUDGET, "{} bytes", page.body.len());
    // Nobody's leaving orphans a task (the backup is at another party): one line says
    // so for all 342 instead of a row each, and no party's roles until one is chosen.
    page.assert_contains(&[
        "Geen gevolgen bij de andere partijen: alle taken blijven gedekt. Aantal: 342",
        "<select id=\"holdings-party\" name=\"party\">",
    ]);
    assert!(!page.body.contains("id=\"party-gemeente-1\""));
    assert!(!page.body.contains("class=\"views-holdings\""));
    let one = app.get(&b, "/c/landelijk/departure?party=gemeente-1").await;
    one.assert_contains(&[
        "<option value=\"gemeente-1\" selected>",
        "/c/landelijk/task/contact-person",
    ]);
}

#[tokio::test]
async fn the_workload_page_of_a_national_division_shows_one_partys_people() {
    let (app, b) = national_app().await;
    let page = app.get(&b, "/c/landelijk/workload").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.len() < BUDGET, "{} bytes", page.body.len());
    page.assert_contains(&["<select id=\"workload-party\" name=\"party\">"]);
    // Nobody has more work than hours here, so no person until a party is chosen; the
    // table per party still counts all 342.
    assert!(!page.body.contains("Persoon 1 van gemeente 1<"));
    assert!(page.body.contains(">Gemeente 342<"));
    let one = app.get(&b, "/c/landelijk/workload?party=gemeente-2").await;
    assert!(one.body.contains("Persoon 1 van gemeente 2<"));
    assert!(!one.body.contains("Persoon 1 van gemeente 3<"));
    assert!(one.body.contains("<option value=\"gemeente-2\" selected>"));
}
