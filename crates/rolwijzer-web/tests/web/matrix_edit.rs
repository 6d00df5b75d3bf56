//! The matrix at every size (issue 10): a whole assignment edited in the matrix's own
//! task form, and the size of the matrix's pages from the 12-municipality demo to a
//! division of all 342 Dutch municipalities.

use crate::common::*;
use crate::matrix::{hidden_fields, pairs};
use axum::http::StatusCode;
use rolwijzer_core::TaskId;
use rolwijzer_store::Role;

const MATRIX: &str = "/c/open-inkomensloket/matrix";

/// The task form of technical maintenance as the demo fills it, with `changes`
/// replacing fields of the same name (or added when `add` is in the name).
fn tech_form<'a>(
    csrf: &'a str,
    base: &'a str,
    changes: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("csrf", csrf),
        ("base", base),
        ("task", "technical-maintenance"),
        ("responsible", "sara"),
        ("responsible", "marloes"),
        ("responsible-add", ""),
        ("accountable", "Niels Verhoeven (Gemeente Tilburg)"),
        ("consulted", "yusuf"),
        ("consulted-add", ""),
        ("informed", "deelnemers"),
        ("via:deelnemers", "nieuwsbrief"),
        ("informed-add", ""),
        ("informed-add-via", ""),
        ("backup", "koen"),
        ("backup-add", ""),
        ("hours", "8"),
        (
            "process",
            "https://example.org/open-inkomensloket/handboek/technisch-beheer",
        ),
    ];
    for (k, v) in changes {
        let single = !matches!(*k, "responsible" | "consulted" | "informed" | "backup");
        if single {
            f.retain(|(x, _)| x != k);
        }
        f.push((k, v));
    }
    f
}

#[tokio::test]
async fn the_task_form_opens_in_the_matrix_with_every_part_of_the_assignment() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let page = app
        .get(
            &editor,
            &format!("{MATRIX}?edit=1&task=technical-maintenance"),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<tr class=\"edit-row\" id=\"edit-technical-maintenance\">",
        "Technisch beheer wijzigen",
        "name=\"task\" value=\"technical-maintenance\"",
        // The current holders, ticked; the first field has focus.
        "name=\"responsible\" value=\"sara\" checked autofocus>",
        "name=\"consulted\" value=\"yusuf\" checked>",
        "name=\"backup\" value=\"koen\" checked>",
        "name=\"via:deelnemers\" value=\"nieuwsbrief\"",
        "name=\"accountable\" value=\"Niels Verhoeven (Gemeente Tilburg)\" list=\"matrix-holders\"",
        "name=\"backup-add\" value=\"\" list=\"matrix-holders\"",
        "name=\"hours\" value=\"8\"",
        "name=\"process\" value=\"https://example.org/open-inkomensloket/handboek/technisch-beheer\"",
        "<option value=\"Koen Peeters (Lindeboom Software B.V.)\">",
        "<option value=\"Stuurgroep\">",
    ]);
    // One shared list of holders, never a select per cell.
    assert_eq!(page.body.matches("<datalist").count(), 1);
    assert!(!page.body.contains("<select id=\"c-"));
    // The form is right after its own row.
    let row = page.body.find("id=\"row-technical-maintenance\"").unwrap();
    let form = page.body.find("id=\"edit-technical-maintenance\"").unwrap();
    let next = page.body[row + 1..].find("<tr id=\"row-").unwrap() + row + 1;
    assert!(row < form && form < next);
    // A viewer gets no form.
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    let page = app
        .get(
            &viewer,
            &format!("{MATRIX}?edit=1&task=technical-maintenance"),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("name=\"task\""));
}

#[tokio::test]
async fn the_task_form_changes_r_a_c_i_backup_hours_process_and_channel_in_one_revision() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let csrf = app.get(&editor, MATRIX).await.csrf();
    let before = app.head().await;
    let base = before.to_string();
    let mut form = tech_form(
        &csrf,
        &base,
        &[
            ("responsible-add", "Daan Kooijman (Lindeboom Software B.V.)"),
            ("accountable", "Gemeente Tilburg"),
            ("consulted", "stuurgroep"),
            ("via:deelnemers", "gebruikersoverleg"),
            ("informed-add", "gebruikersgroep"),
            ("informed-add-via", "e-mail"),
            ("backup-add", "niels"),
            ("hours", "6,5"),
            ("process", "Zie het handboek"),
        ],
    );
    // Untick Marloes (R) and Yusuf (C).
    form.retain(|f| *f != ("responsible", "marloes") && *f != ("consulted", "yusuf"));
    let res = app.post(&editor, MATRIX, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // Back at the row, with a message there.
    assert_eq!(
        res.location(),
        "/c/open-inkomensloket/matrix?edit=1&saved=technical-maintenance#row-technical-maintenance"
    );
    assert_eq!(app.head().await, before + 1);
    let page = app.get(&editor, res.location()).await;
    let row = page.body.find("id=\"row-technical-maintenance\"").unwrap();
    let end = row + page.body[row..].find("</tr>").unwrap();
    let row = &page.body[row..end];
    assert!(row.contains("Opgeslagen."), "{row}");
    let task = app
        .get(&editor, "/c/open-inkomensloket/task/technical-maintenance")
        .await;
    task.assert_contains(&[
        "<li>Sara Bakker (Lindeboom Software B.V.)</li>",
        "<li>Daan Kooijman (Lindeboom Software B.V.)</li>",
        "<li>Gemeente Tilburg</li>",
        "<li>Stuurgroep</li>",
        "<li>Alle deelnemers (gebruikersoverleg)</li>",
        "<li>Gebruikersgroep (e-mail)</li>",
        "<li>Koen Peeters (Lindeboom Software B.V.)</li>",
        "<li>Niels Verhoeven (Gemeente Tilburg)</li>",
        "<dd>6,5</dd>",
        "<dd>Zie het handboek</dd>",
    ]);
    assert!(!task.body.contains("<li>Marloes"));
    assert!(!task.body.contains("<li>Yusuf"));
    // The rest of the assignment (its description, notes, arrangement) is kept.
    let doc = app.store().collaboration(DEMO).await.unwrap().unwrap();
    let rev = app.store().revision(doc.id, doc.head).await.unwrap();
    let a = rev
        .document
        .assignments
        .iter()
        .find(|a| a.target.key() == "technical-maintenance")
        .unwrap();
    let old = app.store().revision(doc.id, before).await.unwrap();
    let was = old
        .document
        .assignments
        .iter()
        .find(|a| a.target.key() == "technical-maintenance")
        .unwrap();
    assert_eq!(a.description, was.description);
    assert_eq!(a.notes, was.notes);
    assert_eq!(a.arrangement, was.arrangement);
    // The same form again changes nothing.
    let base = app.head().await.to_string();
    let form = tech_form(
        &csrf,
        &base,
        &[
            ("responsible", "daan"),
            ("accountable", "tilburg"),
            ("consulted", "stuurgroep"),
            ("informed", "gebruikersgroep"),
            ("via:gebruikersgroep", "e-mail"),
            ("via:deelnemers", "gebruikersoverleg"),
            ("backup", "niels"),
            ("hours", "6.5"),
            ("process", "Zie het handboek"),
        ],
    );
    let form: Vec<_> = form
        .into_iter()
        .filter(|f| *f != ("responsible", "marloes") && *f != ("consulted", "yusuf"))
        .collect();
    let res = app.post(&editor, MATRIX, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, before + 1);
}

#[tokio::test]
async fn the_task_form_refuses_bad_input_naming_the_field_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let csrf = app.get(&editor, MATRIX).await.csrf();
    let before = app.head().await;
    let base = before.to_string();
    let long = "x".repeat(2001);
    for (changes, needles) in [
        (
            vec![("hours", "veel")],
            vec![
                "Uren per week: Vul een getal in van 0 tot en met 168",
                "href=\"#m-hours\"",
                "id=\"m-hours\" name=\"hours\" value=\"veel\"",
                "aria-describedby=\"m-hours-hint m-hours-error\" aria-invalid=\"true\"",
            ],
        ),
        (
            vec![("hours", "200")],
            vec!["Uren per week: Vul een getal in van 0 tot en met 168"],
        ),
        (
            vec![("accountable", "Stuurgroep")],
            vec![
                "Eindverantwoordelijk: wie is eindverantwoordelijk? Een groep kan niet eindverantwoordelijk (A) zijn",
                "href=\"#m-accountable\"",
            ],
        ),
        (
            vec![("accountable", "Iemand Anders")],
            vec![
                "Eindverantwoordelijk: wie is eindverantwoordelijk? &#34;Iemand Anders&#34; staat niet in de lijst",
            ],
        ),
        (
            vec![("backup-add", "Gemeente Breda")],
            vec![
                "Back-up: wie neemt het werk over bij ziekte, verlof of vertrek? Alleen een persoon kan back-up zijn",
                "href=\"#m-backup-add\"",
                "id=\"m-backup-error\"",
            ],
        ),
        (
            vec![("responsible-add", "Niemand Bekend")],
            vec![
                "Uitvoerend: wie voert de taak uit? &#34;Niemand Bekend&#34; staat niet in de lijst",
            ],
        ),
        (
            vec![("consulted", "bestaat-niet")],
            vec![
                "Geraadpleegd: wie wordt om advies gevraagd? Een van de keuzes bestaat niet (meer)",
            ],
        ),
        (
            vec![("process", long.as_str())],
            vec!["Werkwijze: Deze tekst is te lang. Gebruik hoogstens 2000 tekens."],
        ),
        (
            vec![("via:deelnemers", long.as_str())],
            vec!["Hoe houd je „Alle deelnemers” op de hoogte? Deze tekst is te lang"],
        ),
    ] {
        let page = app
            .post(&editor, MATRIX, &tech_form(&csrf, &base, &changes))
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{changes:?}");
        page.assert_contains(&[
            "Er is niets opgeslagen. Verbeter de velden met een melding:",
            "role=\"alert\"",
            "id=\"edit-technical-maintenance\"",
        ]);
        page.assert_contains(&needles);
        // What was typed elsewhere is kept.
        assert!(page.body.contains("name=\"backup\" value=\"koen\" checked"));
        assert_eq!(app.head().await, before, "{changes:?}");
    }
    // A task that does not exist, and no form token: refused.
    let page = app
        .post(
            &editor,
            MATRIX,
            &tech_form(&csrf, &base, &[("task", "bestaat niet")]),
        )
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let mut no_token = tech_form(&csrf, &base, &[("hours", "3")]);
    no_token.retain(|(k, _)| *k != "csrf");
    let page = app.post(&editor, MATRIX, &no_token).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.head().await, before);
}

#[tokio::test]
async fn a_task_form_after_someone_else_saved_goes_through_the_conflict_page() {
    let app = TestApp::spawn().await;
    let one = app.user_with_role("een", Some(Role::Editor)).await;
    let two = app.user_with_role("twee", Some(Role::Editor)).await;
    let csrf_one = app.get(&one, MATRIX).await.csrf();
    let csrf_two = app.get(&two, MATRIX).await.csrf();
    let before = app.head().await;
    let base = before.to_string();
    let first = app
        .post(
            &one,
            MATRIX,
            &tech_form(&csrf_one, &base, &[("hours", "9")]),
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = app
        .post(
            &two,
            MATRIX,
            &tech_form(&csrf_two, &base, &[("backup-add", "niels")]),
        )
        .await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{}", second.body);
    second.assert_contains(&["Mijn wijziging toepassen", "name=\"task\""]);
    assert_eq!(app.head().await, before + 1);
    // The conflict page carries the whole form; posting it applies it to the newest,
    // back at the task's row.
    let fields = hidden_fields(&second.body, MATRIX);
    let again = app.post(&two, MATRIX, &pairs(&fields)).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert!(again.location().ends_with("#row-technical-maintenance"));
    assert_eq!(app.head().await, before + 2);
    let task = app
        .get(&two, "/c/open-inkomensloket/task/technical-maintenance")
        .await;
    task.assert_contains(&["<li>Niels Verhoeven (Gemeente Tilburg)</li>"]);
}

#[tokio::test]
async fn the_demo_matrix_in_edit_mode_stays_under_100_kb() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    for path in [
        MATRIX.to_owned(),
        format!("{MATRIX}?edit=1"),
        format!("{MATRIX}?edit=1&task=technical-maintenance"),
        format!("{MATRIX}?edit=1&party=tilburg"),
        format!("{MATRIX}?edit=1&view=list"),
    ] {
        let page = app.get(&editor, &path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            page.body.len() < 100_000,
            "{path}: {} bytes",
            page.body.len()
        );
    }
}

/// A division of `n` municipalities with five people each, every catalogue task and
/// some custom tasks; every party is informed of a few tasks.
fn big_division(n: usize) -> String {
    let mut y = String::from(
        "version: 1\ncollaboration:\n  name: Alle gemeenten\n  ambition: structured\n  \
         arrangement: coordinating\n  coordinator: g1\n  coordinator_compensated: true\n  \
         contribution: false\n  last_evaluation: 2026-03-16\n  evaluation_interval_months: 12\n\
         parties:\n",
    );
    for p in 1..=n {
        y.push_str(&format!(
            "  - {{ id: g{p}, name: Gemeente nummer {p}, kind: municipality, contact: p{p}-1 }}\n"
        ));
    }
    y.push_str("people:\n");
    for p in 1..=n {
        for i in 1..=5 {
            y.push_str(&format!(
                "  - {{ id: p{p}-{i}, name: Persoon {i} van gemeente {p}, party: g{p} }}\n"
            ));
        }
    }
    y.push_str(
        "groups:\n  - { id: deelnemers, name: Alle deelnemers, all_parties: true }\n  \
         - { id: werkgroep, name: Werkgroep, members: [p1-1, p2-1, p3-1] }\n\
         assignments:\n",
    );
    let everyone: Vec<String> = (1..=n).map(|p| format!("{{ who: g{p} }}")).collect();
    let mut targets: Vec<String> = TaskId::ALL
        .iter()
        .map(|t| format!("  - task: {}\n", t.id()))
        .collect();
    for c in 1..=5 {
        targets.push(format!(
            "  - task: custom\n    id: eigen-{c}\n    name: Eigen taak {c}\n"
        ));
    }
    for (k, t) in targets.iter().enumerate() {
        let p = k % n + 1;
        let q = (k * 7) % n + 1;
        y.push_str(t);
        y.push_str(&format!(
            "    responsible: [p{p}-1, p{p}-2, p{q}-3]\n    accountable: g{p}\n    \
             consulted: [werkgroep, p{q}-4]\n    backup: [p{p}-5]\n    hours_per_week: 2\n"
        ));
        if k % 4 == 0 {
            y.push_str(&format!("    informed: [{}]\n", everyone.join(", ")));
        } else {
            y.push_str("    informed: [{ who: deelnemers, via: nieuwsbrief }]\n");
        }
    }
    y
}

#[tokio::test]
async fn no_matrix_page_of_a_342_municipality_division_is_over_500_kb() {
    let app = TestApp::spawn().await;
    let doc = rolwijzer_core::parse::parse_document(big_division(342).as_bytes()).unwrap();
    assert_eq!(doc.people.len(), 342 * 5);
    let user = app
        .store()
        .create_user("eigenaar", "eigenaar", Some(PASSWORD), false)
        .await
        .unwrap();
    app.store()
        .create_collaboration("alle-gemeenten", &doc, Some(user.id), "start")
        .await
        .unwrap();
    let owner = app.login("eigenaar", PASSWORD).await;
    let m = "/c/alle-gemeenten/matrix";
    let mut pages = vec![
        m.to_owned(),
        format!("{m}?edit=1"),
        format!("{m}?view=list"),
        format!("{m}?party=g1"),
        format!("{m}?q=gemeente+nummer+34"),
        format!("{m}?edit=1&party=g17&q=persoon"),
    ];
    for t in ["contact-person", "technical-maintenance", "eigen-3"] {
        pages.push(format!("{m}?edit=1&task={t}"));
    }
    for path in pages {
        let page = app.get(&owner, &path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            page.body.len() < 500_000,
            "{path}: {} bytes",
            page.body.len()
        );
        // Far more than 30 columns: the list of tasks, with the holders per role.
        page.assert_contains(&["as-list", "Taken (rijen) en wie welke rol heeft"]);
        assert!(!page.body.contains("holder-party"), "{path}");
    }
    // Long roles are summarised; the task page has them all.
    let list = app.get(&owner, m).await;
    list.assert_contains(&["en nog 334", "te veel partijen en groepen"]);
    // The filter works without JavaScript: a GET form, and fewer rows.
    list.assert_contains(&["<form method=\"get\" action=\"/c/alle-gemeenten/matrix\""]);
    let filtered = app.get(&owner, &format!("{m}?q=eigen+taak")).await;
    filtered.assert_contains(&["Je ziet 5 van de", "Eigen taak 3"]);
    assert!(!filtered.body.contains(">Technisch beheer</a>"));
    // The open task's form lists its holders and offers every holder once.
    let form = app
        .get(&owner, &format!("{m}?edit=1&task=contact-person"))
        .await;
    assert_eq!(form.body.matches("<datalist").count(), 1);
    form.assert_contains(&["<option value=\"Persoon 5 van gemeente 342 (Gemeente nummer 342)\">"]);
}
