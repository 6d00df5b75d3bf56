//! Tests of the read-only views: checklist, findings, workload, departure, money and
//! rotation. Expected figures are taken from `rolwijzer_core::analyse` on the stored
//! document, so the pages are checked against the one source of judgement.

use crate::common::*;
use axum::http::StatusCode;
use rolwijzer_core::values::{Date, Euro, Hours, Text};
use rolwijzer_core::{Document, Lang, Report, analyse, i18n, parse_document};

const PAGES: [&str; 6] = [
    "checklist",
    "findings",
    "workload",
    "departure",
    "money",
    "rotation",
];

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

/// Text as askama writes it into HTML.
fn esc(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

fn demo_doc() -> Document {
    parse_document(
        include_str!("../../../../examples/gestructureerd-twaalf-gemeenten.yaml").as_bytes(),
    )
    .unwrap()
}

fn rotating_doc() -> Document {
    parse_document(
        include_str!("../../../../examples/roulerend-licht-vier-gemeenten.yaml").as_bytes(),
    )
    .unwrap()
}

/// The demo's newest document and its analysis, from the store.
async fn demo_report(app: &TestApp) -> (Document, Report) {
    let c = app.store().collaboration(DEMO).await.unwrap().unwrap();
    let head = app.store().revision(c.id, c.head).await.unwrap();
    let report = analyse(&head.document, today());
    (head.document, report)
}

/// Stores `doc` as a new private collaboration owned by a new user; returns the
/// owner's browser.
async fn own_collaboration(app: &TestApp, owner: &str, slug: &str, doc: &Document) -> Browser {
    let user = app
        .store()
        .create_user(owner, owner, Some(PASSWORD), false)
        .await
        .unwrap();
    app.store()
        .create_collaboration(slug, doc, Some(user.id), "start")
        .await
        .unwrap();
    app.login(owner, PASSWORD).await
}

/// The first `<svg …>…</svg>` fragments of a page.
fn svgs(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("<svg") {
        let Some(len) = rest[start..].find("</svg>") else {
            panic!("unclosed <svg>");
        };
        out.push(&rest[start..start + len + "</svg>".len()]);
        rest = &rest[start + len + "</svg>".len()..];
    }
    out
}

/// Checks that every tag in an SVG fragment is closed in the right order.
fn assert_balanced(svg: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(lt) = rest.find('<') {
        let gt = rest[lt..].find('>').expect("unterminated tag") + lt;
        let tag = &rest[lt + 1..gt];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("stray </{name}>"));
            assert_eq!(open, name.trim(), "tags cross in {svg}");
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap().to_owned();
            stack.push(name);
        }
        rest = &rest[gt + 1..];
    }
    assert!(stack.is_empty(), "unclosed tags {stack:?}");
}

/// Whether markup has an attribute like ` onclick=`.
fn has_event_handler(markup: &str) -> bool {
    markup.match_indices(" on").any(|(i, _)| {
        let rest = &markup[i + 3..];
        let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && rest[name.len()..].starts_with('=')
    })
}

fn assert_clean_svg(page: &Page) {
    assert!(
        !page.body.contains("<script"),
        "a page must not hold a script"
    );
    assert_eq!(
        page.body.matches("<svg").count(),
        page.body.matches("</svg>").count()
    );
    for svg in svgs(&page.body) {
        assert!(svg.contains("role=\"img\""), "{svg}");
        assert!(svg.contains("<title"), "{svg}");
        assert!(!svg.contains("style="), "no inline style: {svg}");
        assert!(!has_event_handler(svg), "no event handlers: {svg}");
        assert!(
            !svg.contains("\"NaN\"") && !svg.contains("\"inf\""),
            "{svg}"
        );
        assert_balanced(svg);
    }
}

#[tokio::test]
async fn every_view_of_the_demo_answers_in_both_languages() {
    let app = TestApp::spawn().await;
    let anon = Browser::default();
    for p in PAGES {
        let nl = app.get(&anon, &format!("/c/{DEMO}/{p}")).await;
        assert_eq!(nl.status, StatusCode::OK, "{p}: {}", nl.body);
        nl.assert_contains(&[
            "<html lang=\"nl\"",
            "Open Inkomensloket",
            &format!("href=\"/c/{DEMO}/{p}\" aria-current=\"page\""),
        ]);
        assert_eq!(nl.body.matches("<h1").count(), 1, "{p}: one h1");
        assert_clean_svg(&nl);
        let en = app.get(&anon, &format!("/c/{DEMO}/{p}?lang=en")).await;
        assert_eq!(en.status, StatusCode::OK, "{p}");
        en.assert_contains(&["<html lang=\"en\""]);
        assert_clean_svg(&en);
    }
}

#[tokio::test]
async fn checklist_shows_items_with_status_holders_and_tasks() {
    let app = TestApp::spawn().await;
    let page = app
        .get(&Browser::default(), &format!("/c/{DEMO}/checklist"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "20 van de 20 nodige onderdelen zijn geregeld.",
        "id=\"checklist-group-technical\"",
        "id=\"checklist-group-structured\"",
        "id=\"item-release-management\"",
        "Release management",
        "Marloes van Gerwen",
        "apart verdeeld",
        "/c/open-inkomensloket/task/release-management",
        "/c/open-inkomensloket/task/repository-admin",
        "Beheer code repository",
        "✓",
        "Geregeld",
        "Financiële administratie",
        "Mohamed El Amrani",
        "<th scope=\"col\">",
        "<caption",
    ]);
    // The release management line names its holder and its own assignment.
    let row_start = page.body.find("id=\"item-release-management\"").unwrap();
    let row = &page.body[row_start..row_start + page.body[row_start..].find("</tr>").unwrap()];
    assert!(
        row.contains("Marloes van Gerwen") && row.contains("apart verdeeld"),
        "{row}"
    );
    let en = app
        .get(&Browser::default(), &format!("/c/{DEMO}/checklist?lang=en"))
        .await;
    en.assert_contains(&[
        "20 of 20 needed items done.",
        "Release management",
        "assigned on its own",
        "Done",
        "Checklist: are all roles divided?",
    ]);
}

#[tokio::test]
async fn checklist_of_a_light_collaboration_marks_items_not_needed() {
    let app = TestApp::spawn().await;
    let owner = own_collaboration(&app, "femke", "woo", &rotating_doc()).await;
    let page = app.get(&owner, "/c/woo/checklist").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Niet nodig op dit niveau",
        "–",
        "8 van de 8 nodige onderdelen zijn geregeld.",
        "Pieter Hoekstra",
    ]);
}

#[tokio::test]
async fn findings_page_shows_every_finding_of_the_analysis() {
    let app = TestApp::spawn().await;
    let (_, report) = demo_report(&app).await;
    assert!(!report.findings.is_empty());
    let page = app
        .get(&Browser::default(), &format!("/c/{DEMO}/findings"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for f in &report.findings {
        page.assert_contains(&[
            f.code.as_str(),
            &esc(&f.message(Lang::Nl)),
            &esc(&f.fix(Lang::Nl)),
            &esc(&f.chapter(Lang::Nl)),
        ]);
    }
    let s = report.summary;
    page.assert_contains(&[
        &format!("Fouten ({})", s.errors),
        &format!("Waarschuwingen ({})", s.warnings),
        &format!("Adviezen ({})", s.advice),
        "Geen fouten gevonden.",
        "/c/open-inkomensloket/people#party-breda",
        "/c/open-inkomensloket/task/architecture",
        "Gemeente Breda",
        "Architectuur en technische visie",
        "?severity=error",
        "Los dit op voordat",
    ]);
    // The filter shows one severity only.
    let advice = app
        .get(
            &Browser::default(),
            &format!("/c/{DEMO}/findings?severity=advice"),
        )
        .await;
    assert_eq!(advice.status, StatusCode::OK);
    advice.assert_contains(&["K006", "Adviezen (1)", "aria-current=\"page\">Adviezen"]);
    assert!(!advice.body.contains("<strong>K004</strong>"));
    // An unknown filter shows everything.
    let all = app
        .get(
            &Browser::default(),
            &format!("/c/{DEMO}/findings?severity=nonsense"),
        )
        .await;
    assert_eq!(all.status, StatusCode::OK);
    all.assert_contains(&["<strong>K004</strong>", "<strong>K006</strong>"]);
    let en = app
        .get(&Browser::default(), &format!("/c/{DEMO}/findings?lang=en"))
        .await;
    for f in &report.findings {
        en.assert_contains(&[&esc(&f.message(Lang::En))]);
    }
    en.assert_contains(&["Warnings (7)", "No errors found.", "Change it here"]);
}

#[tokio::test]
async fn findings_page_has_an_empty_state() {
    let app = TestApp::spawn().await;
    // The rotating example with the missing process filled in and far from a
    // hand-over has nothing to report.
    let mut doc = rotating_doc();
    for a in &mut doc.assignments {
        a.process = Some(Text::new("https://example.org/werkwijze").unwrap());
    }
    doc.rotation.as_mut().unwrap().start = Date::parse("2026-09-01").unwrap();
    assert!(analyse(&doc, today()).findings.is_empty());
    let owner = own_collaboration(&app, "stil", "stil", &doc).await;
    let page = app.get(&owner, "/c/stil/findings").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&["rolwijzer vond niets."]);
}

#[tokio::test]
async fn workload_draws_one_bar_per_person_and_the_same_table() {
    let app = TestApp::spawn().await;
    let (_, report) = demo_report(&app).await;
    let page = app
        .get(&Browser::default(), &format!("/c/{DEMO}/workload"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let people = &report.workload.people;
    let svg = svgs(&page.body)[0];
    assert_eq!(svg.matches("<rect class=\"views-bar").count(), people.len());
    assert!(svg.contains("role=\"img\"") && svg.contains("aria-labelledby="));
    for p in people {
        let name = esc(&p.name);
        assert!(svg.contains(&format!(">{name}</text>")), "bar label {name}");
        page.assert_contains(&[&format!("<th scope=\"row\">{name}</th>")]);
        let hours = i18n::hours(Lang::Nl, p.assigned);
        let value = match p.available {
            Some(a) => format!("{hours} van {} uur", i18n::hours(Lang::Nl, a)),
            None => format!("{hours} uur"),
        };
        assert!(svg.contains(&value), "bar value {value}");
    }
    // Eva: 2 + 2 + 3 hours of her 12; 7 × 46 = 322 hours a year.
    page.assert_contains(&[
        "7 van 12 uur",
        "322 uur",
        "uren per week",
        "Per partij (bijdrage in natura)",
        "Gemeente Tilburg",
        "2 tot 4 uur per week",
        "samen 11 uur per week",
        "Erkenning: wie draagt wat?",
        "<caption>Uren per week per persoon</caption>",
    ]);
    assert!(
        !svg.contains("· te veel"),
        "nobody is over capacity in the demo"
    );
    assert!(!svg.contains("views-bar-over"));
    let en = app
        .get(&Browser::default(), &format!("/c/{DEMO}/workload?lang=en"))
        .await;
    en.assert_contains(&[
        "7 of 12 h",
        "hours a week",
        "Recognition: who carries what?",
    ]);
}

#[tokio::test]
async fn workload_marks_over_capacity_in_words() {
    let app = TestApp::spawn().await;
    let mut doc = demo_doc();
    let eva = doc
        .people
        .iter_mut()
        .find(|p| p.id.as_str() == "eva")
        .unwrap();
    eva.hours_per_week = Some(Hours::new(4.0).unwrap());
    let owner = own_collaboration(&app, "eva", "te-druk", &doc).await;
    let page = app.get(&owner, "/c/te-druk/workload").await;
    assert_eq!(page.status, StatusCode::OK);
    let svg = svgs(&page.body)[0];
    assert!(svg.contains("7 van 4 uur · te veel"), "{svg}");
    assert_eq!(svg.matches("views-bar views-bar-over").count(), 1);
    page.assert_contains(&["1 persoon heeft meer uren aan taken dan beschikbaar."]);
}

#[tokio::test]
async fn departure_lists_every_party_with_what_it_would_orphan() {
    let app = TestApp::spawn().await;
    let (doc, report) = demo_report(&app).await;
    let page = app
        .get(&Browser::default(), &format!("/c/{DEMO}/departure"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for p in &doc.parties {
        page.assert_contains(&[
            &format!("<th scope=\"row\">{}</th>", esc(p.name.as_str())),
            &format!("id=\"party-{}\"", p.id.as_str()),
        ]);
    }
    let breda = page.body.find("id=\"party-breda\"").unwrap();
    let row = &page.body[breda..breda + page.body[breda..].find("</tr>").unwrap()];
    assert!(row.contains("Product ownership"), "{row}");
    assert!(report.departure.iter().any(|d| d.party.as_str() == "breda"));
    page.assert_contains(&[
        "Geen gevolgen: alle taken blijven gedekt",
        "Responsible (voert uit)",
        "Back-up (neemt over bij afwezigheid)",
        "<abbr title=\"Responsible (voert uit)\">R</abbr>",
    ]);
    let en = app
        .get(&Browser::default(), &format!("/c/{DEMO}/departure?lang=en"))
        .await;
    en.assert_contains(&["If a party leaves", "What each party does now"]);
}

#[tokio::test]
async fn money_shows_the_reserve_against_the_band_and_an_agenda() {
    let app = TestApp::spawn().await;
    let page = app
        .get(&Browser::default(), &format!("/c/{DEMO}/money"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "4,8 maanden",
        "€ 60.000",
        "€ 12.500",
        "binnen het advies van 3 tot 6 maanden",
        "advies: 3 tot 6",
        "maanden vaste kosten",
        "Geen bevindingen over geld.",
        "<ol class=\"views-agenda\">",
        "Financiën (vast agendapunt)",
        "K004",
        "Rondvraag",
        "maak geld een vast punt op de agenda",
    ]);
    let svg = svgs(&page.body)[0];
    assert!(svg.contains("Jullie reserve is 4,8 maanden"));
    // 0 to 9 months on the axis.
    for m in 0..=9 {
        assert!(svg.contains(&format!(">{m}</text>")), "tick {m}");
    }
    // The evaluation (16 March 2027) is more than 3 months away: not on the agenda.
    assert!(!page.body.contains("Evaluatie van de rolverdeling"));
    // Visitors get no link to change the amounts.
    assert!(!page.body.contains("settings#field-reserve"));
    let en = app
        .get(&Browser::default(), &format!("/c/{DEMO}/money?lang=en"))
        .await;
    en.assert_contains(&["4.8 months", "€60,000", "Finances (fixed item)"]);
}

#[tokio::test]
async fn money_shows_money_findings_and_a_due_evaluation() {
    let app = TestApp::spawn().await;
    let mut doc = demo_doc();
    let c = &mut doc.collaboration;
    c.reserve = Some(Euro::from_euro(20000.0).unwrap());
    c.separate_administration = Some(false);
    c.last_evaluation = Some(Date::parse("2025-06-01").unwrap());
    let owner = own_collaboration(&app, "mohamed", "krap", &doc).await;
    let page = app.get(&owner, "/c/krap/money").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "1,6 maanden",
        "te krap",
        "Dat is te krap.",
        "<strong>F001</strong>",
        "<strong>F002</strong>",
        "/c/krap/settings#field-reserve",
        "/c/krap/settings#field-separate_administration",
        "Evaluatie van de rolverdeling",
        "De evaluatie is te laat: die had op 1 juni 2026 moeten zijn.",
    ]);
    assert!(
        !page.body.contains("<strong>K004</strong>"),
        "only money findings"
    );
}

#[tokio::test]
async fn money_without_amounts_explains_what_is_missing() {
    let app = TestApp::spawn().await;
    let owner = own_collaboration(&app, "femke", "woo", &rotating_doc()).await;
    let page = app.get(&owner, "/c/woo/money").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "rolwijzer kan de reserve niet uitrekenen",
        "niet ingevuld",
        "De vaste kosten en de reserve zijn nog niet bekend.",
        // The agenda holds the coming hand-over and the evaluation (20 January 2027).
        "Wisseling van taken",
        "Op 1 januari 2027 gaan Coördinatie overleggen en Coördinatie samenwerking over van Gemeente Smallingerland naar Gemeente Opsterland.",
        "De jaarlijkse evaluatie is op 20 januari 2027.",
    ]);
    assert!(svgs(&page.body).is_empty(), "no gauge without a value");
}

#[tokio::test]
async fn rotation_shows_the_current_holder_and_next_handover() {
    let app = TestApp::spawn().await;
    let owner = own_collaboration(&app, "femke", "woo", &rotating_doc()).await;
    let page = app.get(&owner, "/c/woo/rotation").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Gemeente Smallingerland",
        "Pieter Hoekstra",
        "1 januari 2027",
        "Gemeente Smallingerland · Pieter Hoekstra · nu",
        "<caption>Beurten</caption>",
        "<strong>nu</strong>",
        "Coördinatie overleggen",
        "/c/woo/task/meeting-coordination",
        "12 maanden",
        "wissel op 1 januari 2027",
    ]);
    let svg = svgs(&page.body)[0];
    assert!(
        svg.contains("stroke-width=\"4\""),
        "the current turn has a thick outline"
    );
    assert_eq!(
        svg.matches("<rect").count(),
        6,
        "previous, current and a round ahead"
    );
    assert_clean_svg(&page);
    let en = app.get(&owner, "/c/woo/rotation?lang=en").await;
    en.assert_contains(&[
        "Gemeente Smallingerland · Pieter Hoekstra · now",
        "1 January 2027",
        "Rotation calendar",
    ]);
}

#[tokio::test]
async fn rotation_without_rotation_explains_it() {
    let app = TestApp::spawn().await;
    let visitor = app
        .get(&Browser::default(), &format!("/c/{DEMO}/rotation"))
        .await;
    assert_eq!(visitor.status, StatusCode::OK);
    visitor.assert_contains(&[
        "Wat is rouleren?",
        "De gemeenten lossen elkaar om de beurt af.",
        "Het werk wordt eerlijk verdeeld",
        "Bij elke wissel kan er werk blijven liggen",
    ]);
    assert!(!visitor.body.contains("settings#field-rotation"));
    let editor = app
        .user_with_role("redacteur", Some(rolwijzer_store::Role::Editor))
        .await;
    let page = app.get(&editor, &format!("/c/{DEMO}/rotation")).await;
    page.assert_contains(&["/c/open-inkomensloket/settings#field-rotation"]);
}

#[tokio::test]
async fn outsiders_get_404_on_a_private_collaboration() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("piet").await;
    let stranger = app.user_with_role("klaas", None).await;
    for p in PAGES {
        let path = format!("/c/{slug}/{p}");
        assert_eq!(
            app.get(&owner, &path).await.status,
            StatusCode::OK,
            "{path}"
        );
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
    assert_eq!(
        app.get(&owner, "/c/bestaat-niet/checklist").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn names_with_markup_are_escaped_everywhere() {
    let app = TestApp::spawn().await;
    let mut doc = rotating_doc();
    let evil = "<script>alert(1)</script> & Zonen";
    doc.parties[1].name = Text::new(evil).unwrap();
    doc.people[2].name = Text::new("Piet <b>\"vet\"</b> & co").unwrap();
    let owner = own_collaboration(&app, "eve", "evil", &doc).await;
    for p in PAGES {
        let page = app.get(&owner, &format!("/c/evil/{p}")).await;
        assert_eq!(page.status, StatusCode::OK, "{p}");
        assert!(!page.body.contains("<script"), "{p}: raw script tag");
        assert!(!page.body.contains("<b>"), "{p}: raw markup");
        assert_clean_svg(&page);
    }
    let rotation = app.get(&owner, "/c/evil/rotation").await;
    rotation.assert_contains(&[&esc(evil)]);
    let workload = app.get(&owner, "/c/evil/workload").await;
    workload.assert_contains(&["Piet &#60;b&#62;&#34;vet&#34;&#60;/b&#62; &#38; co"]);
}
