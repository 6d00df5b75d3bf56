//! Tests of the matrix pages: the RACI matrix and its cell form, adding and removing
//! tasks, and the task page with its form. (The matrix's own task form and its sizes:
//! `matrix_edit.rs`.)

use crate::common::*;
use axum::http::StatusCode;
use rolwijzer_store::Role;

const MATRIX: &str = "/c/open-inkomensloket/matrix";

/// The letters `holder` had on `architecture` in the demo, as the editor sends them.
const ARCH_ORIG: &str = "niels=C;yusuf=R;ilse=A;sara=C;stuurgroep=I";

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The hidden fields of the form posting to `action`.
pub(crate) fn hidden_fields(body: &str, action: &str) -> Vec<(String, String)> {
    let start = body
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("no form for {action}:\n{body}"));
    let end = start + body[start..].find("</form>").unwrap();
    let form = &body[start..end];
    let mut out = Vec::new();
    for part in form.split("<input type=\"hidden\" ").skip(1) {
        let attr = |name: &str| {
            let marker = format!("{name}=\"");
            let i = part.find(&marker).unwrap() + marker.len();
            let j = i + part[i..].find('"').unwrap();
            unescape(&part[i..j])
        };
        out.push((attr("name"), attr("value")));
    }
    out
}

pub(crate) fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// The fields of the task form for technical maintenance as in the demo, with
/// `changes` replacing or adding fields.
fn tech_form<'a>(
    csrf: &'a str,
    base: &'a str,
    changes: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("csrf", csrf),
        ("base", base),
        ("responsible", "sara"),
        ("responsible", "marloes"),
        ("accountable", "niels"),
        ("consulted", "yusuf"),
        ("informed", "deelnemers"),
        ("via:deelnemers", "nieuwsbrief"),
        ("backup", "koen"),
        ("hours", "8"),
        (
            "process",
            "https://example.org/open-inkomensloket/handboek/technisch-beheer",
        ),
        ("arrangement", ""),
        ("description", ""),
        ("notes", ""),
    ];
    for (k, v) in changes {
        if matches!(*k, "hours" | "process" | "arrangement" | "accountable") {
            f.retain(|(x, _)| x != k);
        }
        f.push((k, v));
    }
    f
}

#[tokio::test]
async fn visitors_and_viewers_see_the_matrix_without_selects() {
    let app = TestApp::spawn().await;
    let page = app.get(&Browser::default(), MATRIX).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<caption",
        "<th scope=\"col\"",
        "<th scope=\"row\"",
        "<th scope=\"colgroup\"",
        "Technisch beheer",
        "Security officer",
        "Release management",
        "Eva van den Broek",
        "Gemeente Tilburg",
        "Stuurgroep",
        "<abbr class=\"raci raci-r\" title=\"Uitvoerend (R)\">R</abbr>",
        "raci-backup",
        "Wat betekenen de letters?",
        "href=\"/c/open-inkomensloket/task/technical-maintenance\"",
        "table-wrap",
    ]);
    // The architecture process is missing in the demo: K006 shows at its row.
    page.assert_contains(&["K006", "badge finding sev-advice"]);
    assert!(!page.body.contains("<select"));
    assert!(!page.body.contains("/matrix/add"));
    // A column per party (a link that opens it to its people) and per group; people
    // are named in the holders per role, not as columns.
    page.assert_contains(&[
        "href=\"/c/open-inkomensloket/matrix?party=tilburg\"",
        "class=\"holder holder-group\"",
        "<li>Eva van den Broek (Gemeente Tilburg)</li>",
    ]);
    assert!(!page.body.contains("holder-person"));
    let open = app
        .get(&Browser::default(), &format!("{MATRIX}?party=tilburg"))
        .await;
    open.assert_contains(&[
        "class=\"holder holder-person\"><span>Eva van den Broek</span>",
        "href=\"/c/open-inkomensloket/matrix\"><span>Gemeente Tilburg</span>",
    ]);
    assert!(!open.body.contains("<span>Linda Mertens</span></th>"));
    // Rows in catalogue order, custom tasks and items after.
    let pos = |s: &str| page.body.find(s).unwrap();
    assert!(pos("/task/contact-person\"") < pos("/task/technical-maintenance\""));
    assert!(pos("/task/supplier-management\"") < pos("/task/security-officer\""));
    assert!(pos("/task/security-officer\"") < pos("/task/release-management\""));

    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    let page = app.get(&viewer, &format!("{MATRIX}?edit=1")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("<select"));
    assert!(!page.body.contains("Matrix wijzigen"));

    let en = app
        .get(&Browser::default(), &format!("{MATRIX}?lang=en"))
        .await;
    en.assert_contains(&[
        "Who does what",
        "Technical maintenance",
        "What do the letters mean?",
    ]);
}

#[tokio::test]
async fn editors_get_an_edit_link_per_task_in_edit_mode() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let page = app.get(&editor, MATRIX).await;
    page.assert_contains(&["Matrix wijzigen", "/matrix/add", "Eigen taak toevoegen"]);
    assert!(!page.body.contains("task=contact-person"));
    let page = app.get(&editor, &format!("{MATRIX}?edit=1")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<script src=\"/static/matrix.js\" defer></script>",
        "Naar de matrix",
        // Entering edit mode puts focus on the first task's link.
        "href=\"/c/open-inkomensloket/matrix?edit=1&#38;task=contact-person\" autofocus>",
        "href=\"/c/open-inkomensloket/matrix?edit=1&#38;task=technical-maintenance\">",
        // Findings are visible in edit mode too.
        "K006",
    ]);
    // Never a select per cell, and no form until a task is opened.
    assert!(!page.body.contains("<select id=\"c-"));
    assert!(!page.body.contains("name=\"task\""));
    assert_eq!(page.body.matches(" autofocus").count(), 1);
    // The script is served: arrows move focus, nothing else.
    let js = app.get(&Browser::default(), "/static/matrix.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.body.contains("ArrowRight"));
    assert!(!js.body.contains(".value ="));
}

#[tokio::test]
async fn viewers_cannot_change_and_outsiders_see_nothing() {
    let app = TestApp::spawn().await;
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    let csrf = app.get(&viewer, "/").await.csrf();
    let head = app.head().await.to_string();
    let before = app.head().await;
    for (path, fields) in [
        (MATRIX.to_owned(), vec![("cell:architecture:koen", "C")]),
        (
            format!("{MATRIX}/add"),
            vec![("kind", "custom"), ("custom_name", "Privacy")],
        ),
        (
            "/c/open-inkomensloket/task/architecture".to_owned(),
            vec![("hours", "3")],
        ),
        (
            "/c/open-inkomensloket/task/architecture/remove".to_owned(),
            vec![],
        ),
    ] {
        let mut f = vec![("csrf", csrf.as_str()), ("base", head.as_str())];
        f.extend(fields);
        let page = app.post(&viewer, &path, &f).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
    }
    let confirm = app
        .get(&viewer, "/c/open-inkomensloket/task/architecture/remove")
        .await;
    assert_eq!(confirm.status, StatusCode::FORBIDDEN);
    assert_eq!(app.head().await, before);

    // A private collaboration: strangers and visitors get 404 everywhere.
    let (slug, owner) = app.private_collaboration("eigenaar").await;
    let stranger = app.admin().await;
    for path in [
        format!("/c/{slug}/matrix"),
        format!("/c/{slug}/matrix?edit=1"),
        format!("/c/{slug}/task/contact-person"),
        format!("/c/{slug}/task/contact-person/remove"),
    ] {
        assert_eq!(
            app.get(&stranger, &path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
        assert_eq!(
            app.get(&Browser::default(), &path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let csrf = app.get(&stranger, "/").await.csrf();
    let page = app
        .post(
            &stranger,
            &format!("/c/{slug}/matrix"),
            &[
                ("csrf", &csrf),
                ("base", "1"),
                ("cell:contact-person:thijs", "C"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    // The owner sees it and may change it.
    let page = app.get(&owner, &format!("/c/{slug}/matrix?edit=1")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&["Sanne Bosman", "task=contact-person"]);
}

#[tokio::test]
async fn a_cell_edit_makes_one_revision_and_shows_in_the_matrix() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let page = app.get(&editor, &format!("{MATRIX}?edit=1")).await;
    let csrf = page.csrf();
    let before = app.head().await;
    let base = before.to_string();
    // The cell form (pages made before the task form, and scripts): the orig of the
    // row, every cell, some changed.
    let res = app
        .post(
            &editor,
            MATRIX,
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("orig:architecture", ARCH_ORIG),
                ("cell:architecture:yusuf", "R"),
                ("cell:architecture:ilse", "A"),
                ("cell:architecture:koen", "C"),
                ("cell:architecture:stuurgroep", "I"),
                ("cell:architecture:sara", "C"),
                ("cell:architecture:niels", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.location(),
        "/c/open-inkomensloket/matrix?edit=1&saved=1"
    );
    assert_eq!(app.head().await, before + 1);

    let page = app.get(&editor, res.location()).await;
    page.assert_contains(&["De wijzigingen zijn opgeslagen."]);
    // The task page shows the new holder; the channel of the informed group is kept.
    let task = app
        .get(&editor, "/c/open-inkomensloket/task/architecture")
        .await;
    task.assert_contains(&[
        "Koen Peeters (Lindeboom Software B.V.)",
        "Stuurgroep (kwartaalrapportage)",
    ]);
    assert!(!task.body.contains("<li>Niels Verhoeven"));
    // Read-only view shows the letter as text with its explanation.
    let view = app.get(&Browser::default(), MATRIX).await;
    view.assert_contains(&["title=\"Geraadpleegd (C)\">C</abbr>"]);
}

#[tokio::test]
async fn matrix_refuses_a_second_or_group_accountable_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let csrf = app.get(&editor, MATRIX).await.csrf();
    let before = app.head().await;
    let base = before.to_string();
    let page = app
        .post(
            &editor,
            MATRIX,
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("orig:architecture", ARCH_ORIG),
                ("cell:architecture:yusuf", "RA"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(&[
        "Er is niets opgeslagen",
        "precies één A",
        "href=\"#row-architecture\"",
        "class=\"field-error\"",
    ]);
    let page = app
        .post(
            &editor,
            MATRIX,
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("cell:architecture:gebruikersgroep", "A"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(&["Een groep kan niet eindverantwoordelijk (A) zijn"]);
    let page = app
        .post(
            &editor,
            MATRIX,
            &[
                ("csrf", &csrf),
                ("base", &base),
                ("cell:architecture:koen", "X"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.head().await, before);
    // Without the form token: refused.
    let page = app
        .post(
            &editor,
            MATRIX,
            &[("base", &base), ("cell:architecture:koen", "C")],
        )
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.head().await, before);
}

#[tokio::test]
async fn an_unassigned_required_task_is_marked_and_can_be_assigned_in_the_matrix() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let csrf = app.get(&editor, MATRIX).await.csrf();
    let head = app.head().await;
    // Remove the contact person task first.
    let res = app
        .post(
            &editor,
            "/c/open-inkomensloket/task/contact-person/remove",
            &[("csrf", &csrf), ("base", &head.to_string())],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = app.get(&editor, MATRIX).await;
    page.assert_contains(&["Nog niet belegd", "C001", "/task/contact-person\""]);
    let task = app
        .get(&editor, "/c/open-inkomensloket/task/contact-person")
        .await;
    assert_eq!(task.status, StatusCode::OK);
    task.assert_contains(&[
        "nog niet belegd",
        "Taak beleggen",
        "Vragen over de samenwerking beantwoorden",
    ]);
    // Assign it through the matrix: an assignment is created.
    let head = app.head().await;
    let res = app
        .post(
            &editor,
            MATRIX,
            &[
                ("csrf", &csrf),
                ("base", &head.to_string()),
                ("orig:contact-person", ""),
                ("cell:contact-person:eva", "RA"),
                ("cell:contact-person:linda", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.head().await, head + 1);
    let task = app
        .get(&editor, "/c/open-inkomensloket/task/contact-person")
        .await;
    task.assert_contains(&["<li>Eva van den Broek (Gemeente Tilburg)</li>"]);
    assert!(!task.body.contains("nog niet belegd"));
    let page = app.get(&editor, MATRIX).await;
    assert!(!page.body.contains("Nog niet belegd"));
}

#[tokio::test]
async fn the_task_page_shows_the_task_and_saves_backup_hours_and_channel() {
    let app = TestApp::spawn().await;
    let visitor = app
        .get(
            &Browser::default(),
            "/c/open-inkomensloket/task/technical-maintenance",
        )
        .await;
    assert_eq!(visitor.status, StatusCode::OK);
    visitor.assert_contains(&[
        "<span class=\"h1-page\">Technisch beheer</span>",
        "Code reviews doen",
        "Kritieke taak",
        "Verplicht bij jullie ambitieniveau",
        "Sara Bakker (Lindeboom Software B.V.)",
        "Alle deelnemers (nieuwsbrief)",
        "Koen Peeters",
        "Bevindingen bij deze taak",
    ]);
    assert!(!visitor.body.contains("name=\"hours\""));
    assert_eq!(
        app.get(
            &Browser::default(),
            "/c/open-inkomensloket/task/bestaat-niet"
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );

    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let page = app
        .get(&editor, "/c/open-inkomensloket/task/technical-maintenance")
        .await;
    page.assert_contains(&[
        "<fieldset id=\"f-responsible\"",
        "<legend>",
        "name=\"via:deelnemers\" value=\"nieuwsbrief\"",
        "<label for=\"f-hours\">",
        "value=\"8\"",
    ]);
    let csrf = page.csrf();
    let before = app.head().await;
    let base = before.to_string();
    let res = app
        .post(
            &editor,
            "/c/open-inkomensloket/task/technical-maintenance",
            &tech_form(
                &csrf,
                &base,
                &[
                    ("backup", "niels"),
                    ("hours", "6,5"),
                    ("informed", "stuurgroep"),
                    ("via:stuurgroep", "kwartaalrapportage"),
                    ("arrangement", "external"),
                ],
            ),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.location(),
        "/c/open-inkomensloket/task/technical-maintenance?saved=1"
    );
    assert_eq!(app.head().await, before + 1);
    let page = app.get(&editor, res.location()).await;
    page.assert_contains(&[
        "De taak is opgeslagen.",
        "<dd>6,5</dd>",
        "Stuurgroep (kwartaalrapportage)",
        "<li>Niels Verhoeven (Gemeente Tilburg)</li>",
        "<li>Koen Peeters (Lindeboom Software B.V.)</li>",
        "<dd>Externe partij</dd>",
    ]);
    // Saving the same values again makes no new revision.
    let base = app.head().await.to_string();
    let res = app
        .post(
            &editor,
            "/c/open-inkomensloket/task/technical-maintenance",
            &tech_form(
                &csrf,
                &base,
                &[
                    ("backup", "niels"),
                    ("hours", "6.5"),
                    ("informed", "stuurgroep"),
                    ("via:stuurgroep", "kwartaalrapportage"),
                    ("arrangement", "external"),
                ],
            ),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.head().await, before + 1);
}

#[tokio::test]
async fn bad_hours_and_texts_are_refused_beside_the_field() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let csrf = app.get(&editor, MATRIX).await.csrf();
    let before = app.head().await;
    let base = before.to_string();
    for bad in ["-3", "abc", "200"] {
        let page = app
            .post(
                &editor,
                "/c/open-inkomensloket/task/technical-maintenance",
                &tech_form(&csrf, &base, &[("hours", bad), ("backup", "niels")]),
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        page.assert_contains(&[
            "<p class=\"field-error\" id=\"f-hours-error\">Vul een getal in van 0 tot en met 168",
            "aria-describedby=\"f-hours-hint f-hours-error\" aria-invalid=\"true\"",
            "href=\"#f-hours\"",
            &format!("name=\"hours\" value=\"{}\"", bad),
        ]);
        // What was typed elsewhere is kept.
        assert!(
            page.body
                .contains("name=\"backup\" value=\"niels\" checked")
        );
        assert_eq!(app.head().await, before, "{bad}");
    }
    let long = "x".repeat(2001);
    let page = app
        .post(
            &editor,
            "/c/open-inkomensloket/task/technical-maintenance",
            &tech_form(
                &csrf,
                &base,
                &[
                    ("via:deelnemers", long.as_str()),
                    ("consulted", "bestaat-niet"),
                ],
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(&[
        "te lang",
        "hoogstens 2000 tekens",
        "f-consulted-error",
        "bestaat niet (meer)",
    ]);
    // A group cannot be accountable.
    let page = app
        .post(
            &editor,
            "/c/open-inkomensloket/task/technical-maintenance",
            &tech_form(&csrf, &base, &[("accountable", "stuurgroep")]),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(&["f-accountable-error"]);
    assert_eq!(app.head().await, before);
}

#[tokio::test]
async fn a_conflict_shows_the_conflict_page_and_reapplying_works() {
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
            &[
                ("csrf", &csrf_one),
                ("base", &base),
                ("orig:architecture", ARCH_ORIG),
                ("cell:architecture:koen", "C"),
            ],
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = app
        .post(
            &two,
            "/c/open-inkomensloket/task/technical-maintenance",
            &tech_form(&csrf_two, &base, &[("hours", "9")]),
        )
        .await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{}", second.body);
    second.assert_contains(&[
        "Iemand anders heeft net iets opgeslagen",
        "Mijn wijziging toepassen",
    ]);
    assert_eq!(app.head().await, before + 1);
    // The conflict page carries the whole form; posting it applies it to the newest.
    let action = "/c/open-inkomensloket/task/technical-maintenance";
    let fields = hidden_fields(&second.body, action);
    assert!(
        fields.iter().any(|(k, v)| k == "hours" && v == "9"),
        "{fields:?}"
    );
    let again = app.post(&two, action, &pairs(&fields)).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(app.head().await, before + 2);
    let task = app
        .get(&two, "/c/open-inkomensloket/task/technical-maintenance")
        .await;
    task.assert_contains(&["<dd>9</dd>"]);
    let arch = app
        .get(&two, "/c/open-inkomensloket/task/architecture")
        .await;
    arch.assert_contains(&["Koen Peeters"]);

    // The same with two matrix edits: only the changed cell is re-applied.
    let base = app.head().await.to_string();
    let a = app
        .post(
            &one,
            MATRIX,
            &[
                ("csrf", &csrf_one),
                ("base", &base),
                (
                    "orig:architecture",
                    "yusuf=R;ilse=A;sara=C;niels=C;koen=C;stuurgroep=I",
                ),
                ("cell:architecture:daan", "I"),
                ("cell:architecture:koen", "C"),
            ],
        )
        .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    let b = app
        .post(
            &two,
            MATRIX,
            &[
                ("csrf", &csrf_two),
                ("base", &base),
                (
                    "orig:architecture",
                    "yusuf=R;ilse=A;sara=C;niels=C;koen=C;stuurgroep=I",
                ),
                ("cell:architecture:daan", ""),
                ("cell:architecture:koen", ""),
            ],
        )
        .await;
    assert_eq!(b.status, StatusCode::CONFLICT);
    let fields = hidden_fields(&b.body, MATRIX);
    let again = app.post(&two, MATRIX, &pairs(&fields)).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let arch = app
        .get(&two, "/c/open-inkomensloket/task/architecture")
        .await;
    // One's Informed for Daan stays; two's removal of Koen is applied.
    arch.assert_contains(&["<li>Daan"]);
    assert!(!arch.body.contains("<li>Koen Peeters"), "{}", arch.body);
}

#[tokio::test]
async fn editors_add_a_custom_task_and_an_item_on_its_own() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let page = app.get(&editor, MATRIX).await;
    page.assert_contains(&["name=\"custom_name\"", "<option value=\"code-review\""]);
    let csrf = page.csrf();
    let before = app.head().await;
    let res = app
        .post(
            &editor,
            &format!("{MATRIX}/add"),
            &[
                ("csrf", &csrf),
                ("base", &before.to_string()),
                ("kind", "custom"),
                ("custom_name", "Privacy-coördinatie"),
                ("custom_id", ""),
                ("custom_critical", "1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.location(),
        "/c/open-inkomensloket/task/privacy-coordinatie"
    );
    assert_eq!(app.head().await, before + 1);
    let page = app.get(&editor, res.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<span class=\"h1-page\">Privacy-coördinatie</span>",
        "Eigen taak",
        "Kritieke taak",
        "name=\"name\" value=\"Privacy-coördinatie\"",
    ]);
    let matrix = app.get(&editor, MATRIX).await;
    matrix.assert_contains(&["Privacy-coördinatie"]);

    let res = app
        .post(
            &editor,
            &format!("{MATRIX}/add"),
            &[
                ("csrf", &csrf),
                ("base", &app.head().await.to_string()),
                ("kind", "item"),
                ("item", "code-review"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/c/open-inkomensloket/task/code-review");
    assert_eq!(app.head().await, before + 2);
    let page = app.get(&editor, res.location()).await;
    page.assert_contains(&[
        "<span class=\"h1-page\">Code review en merge requests</span>",
        "Checklistpunt, apart belegd",
        "href=\"/c/open-inkomensloket/task/technical-maintenance\"",
    ]);
    // Now assign it on its task page.
    let head = app.head().await.to_string();
    let res = app
        .post(
            &editor,
            "/c/open-inkomensloket/task/code-review",
            &[
                ("csrf", &csrf),
                ("base", &head),
                ("responsible", "koen"),
                ("accountable", "niels"),
                ("hours", "2"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let matrix = app.get(&editor, MATRIX).await;
    matrix.assert_contains(&["Code review en merge requests"]);

    // Refused: an empty name, an id already in use, a task that does not exist.
    let head = app.head().await;
    for (fields, needle) in [
        (
            vec![("kind", "custom"), ("custom_name", "  ")],
            "Vul hier iets in",
        ),
        (
            vec![
                ("kind", "custom"),
                ("custom_name", "Eva"),
                ("custom_id", "eva"),
            ],
            "al gebruikt",
        ),
        (
            vec![
                ("kind", "custom"),
                ("custom_name", "Iets"),
                ("custom_id", "met spatie"),
            ],
            "zonder spaties",
        ),
        (
            vec![("kind", "task"), ("task", "bestaat-niet")],
            "Kies een taak",
        ),
    ] {
        let head_s = head.to_string();
        let mut f = vec![("csrf", csrf.as_str()), ("base", head_s.as_str())];
        f.extend(fields);
        let page = app.post(&editor, &format!("{MATRIX}/add"), &f).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{needle}");
        page.assert_contains(&[needle, "aria-invalid=\"true\""]);
    }
    assert_eq!(app.head().await, head);
}

#[tokio::test]
async fn removing_a_task_asks_first_and_makes_one_revision() {
    let app = TestApp::spawn().await;
    let editor = app.user_with_role("bewerker", Some(Role::Editor)).await;
    let task = app
        .get(&editor, "/c/open-inkomensloket/task/security-officer")
        .await;
    task.assert_contains(&["href=\"/c/open-inkomensloket/task/security-officer/remove\""]);
    let confirm = app
        .get(
            &editor,
            "/c/open-inkomensloket/task/security-officer/remove",
        )
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.assert_contains(&["Taak weghalen: Security officer", "Ja, taak weghalen"]);
    let csrf = confirm.csrf();
    let before = app.head().await;
    let res = app
        .post(
            &editor,
            "/c/open-inkomensloket/task/security-officer/remove",
            &[("csrf", &csrf), ("base", &before.to_string())],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), MATRIX);
    assert_eq!(app.head().await, before + 1);
    let matrix = app.get(&editor, MATRIX).await;
    assert!(!matrix.body.contains("Security officer"));
    let gone = app
        .get(&editor, "/c/open-inkomensloket/task/security-officer")
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
}
