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
        // The web's fix text names the field on the page, not the file's key.
        let fix = rolwijzer_web::words::text(
            Lang::Nl,
            &format!("fix-web-{}", f.code),
            &f.fluent_args(Lang::Nl),
        );
        assert!(!fix.contains('`') && !fix.starts_with("fix-web"), "{fix}");
        page.assert_contains(&[
            f.code.as_str(),
            &esc(&rolwijzer_web::words::finding_message(Lang::Nl, f)),
            &esc(&fix),
            &esc(&f.chapter(Lang::Nl)),
        ]);
    }
    let s = report.summary;
    page.assert_contains(&[
        &format!("Fouten ({})", s.errors),
        &format!("Waarschuwingen ({})", s.warnings),
        &format!("Adviezen ({})", s.advice),
        "Geen fouten gevonden.",
        // A visitor has no forms: the link goes to the party's section.
        "/c/open-inkomensloket/people#party-breda\"",
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
        en.assert_contains(&[&esc(&rolwijzer_web::words::finding_message(Lang::En, f))]);
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
        "Uitvoerend (R)",
        "Back-up (B)",
        "<abbr title=\"Uitvoerend (R)\">R</abbr>",
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

fn budget_doc() -> Document {
    parse_document(include_str!("../../../../examples/begroting-twintig-gemeenten.yaml").as_bytes())
        .unwrap()
}

fn in_kind_doc() -> Document {
    parse_document(
        include_str!("../../../../examples/begroting-in-natura-twintig-gemeenten.yaml").as_bytes(),
    )
    .unwrap()
}

/// The text a reader sees: the page without its tags.
fn visible_text(body: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in body.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The budget form of the twenty municipalities as its page fills it in, with
/// `changes` put over it.
fn budget_form<'a>(
    csrf: &'a str,
    base: &'a str,
    changes: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("csrf", csrf),
        ("base", base),
        ("year", "2027"),
        ("key", "equal"),
        ("hourly_rate", ""),
        ("weeks_per_year", ""),
        ("activity-0-name", "Vier nieuwe functies (800 uur à € 100)"),
        ("activity-0-cost", "80.000"),
        ("activity-1-name", "Coördinatie (0,2 fte)"),
        ("activity-1-cost", "15.000"),
        ("activity-2-name", "Twee gebruikersdagen"),
        ("activity-2-cost", "3.000"),
        ("activity-3-name", "Infrastructuur en tools"),
        ("activity-3-cost", "2.000"),
        ("activity-3-fixed", "on"),
        ("activity-4-name", ""),
        ("activity-4-cost", ""),
    ];
    for (k, v) in changes {
        match f.iter_mut().find(|(fk, _)| fk == k) {
            Some(slot) => slot.1 = v,
            None => f.push((k, v)),
        }
    }
    f
}

#[tokio::test]
async fn money_shows_the_guides_example_five_thousand_each() {
    let app = TestApp::spawn().await;
    let owner = own_collaboration(&app, "ilse", "subsidie", &budget_doc()).await;
    let page = app.get(&owner, "/c/subsidie/money").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Bijdrage per gemeente in 2027",
        "De kosten worden verdeeld met gelijke delen. Er betalen 20 gemeenten mee.",
        "€ 100.000",
        "Gemeente Zwolle doet geen werk in natura. Haar aandeel is € 5.000, dus betaalt zij € 5.000.",
        "Vier nieuwe functies (800 uur à € 100)",
        // The fixed costs come from the budget's fixed activity: € 2.000 a year.
        "(uit de begroting)",
        "samen € 2.000 per jaar",
        "€ 166,67 per maand",
        // The editor gets the form, labelled in words.
        "action=\"/c/subsidie/money\"",
        "<label for=\"budget-activity-0-cost\">Kosten per jaar (euro)</label>",
        "Uurtarief voor werk in natura",
    ]);
    assert_eq!(
        page.body.matches("€ 5.000 betalen").count(),
        2 * 20,
        "table and chart"
    );
    assert_clean_svg(&page);
    let svg = svgs(&page.body)[0];
    assert!(svg.contains("Staafdiagram: wat elke gemeente betaalt of ontvangt"));
    let en = app.get(&owner, "/c/subsidie/money?lang=en").await;
    en.assert_contains(&["pays €5,000", "Its share is €5,000, so it pays €5,000."]);
    // No document keys in what a reader sees.
    for p in [&page, &en] {
        let text = visible_text(&p.body);
        for key in [
            "hourly_rate",
            "weeks_per_year",
            "inhabitants:",
            "contributes",
            "fixed_costs_per_month",
        ] {
            assert!(!text.contains(key), "`{key}` visible");
        }
    }
}

#[tokio::test]
async fn money_shows_in_kind_work_and_what_zwolle_receives() {
    let app = TestApp::spawn().await;
    let doc = in_kind_doc();
    let c = analyse(&doc, today()).contributions.unwrap();
    assert_eq!(c.parties[0].cash, -886_000);
    let owner = own_collaboration(&app, "anouk", "natura", &doc).await;
    let page = app.get(&owner, "/c/natura/money").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Gemeente Zwolle doet 4 uur per week werk in natura, € 13.800 per jaar. Haar aandeel is € 4.940, dus ontvangt zij € 8.860.",
        "Gemeente Deventer doet geen werk in natura. Haar aandeel is € 4.940, dus betaalt zij € 4.940.",
        "€ 8.860 ontvangen",
        "€ 85.000",
        "€ 13.800",
        "€ 98.800",
        "uren per week × 46 werkweken × uurtarief (€ 75)",
        // Reserve € 1.000 against € 166,67 a month from the budget: 6 months.
        "6,0 maanden",
    ]);
    assert_eq!(page.body.matches("€ 4.940 betalen").count(), 2 * 19);
    assert_clean_svg(&page);
    let svg = svgs(&page.body)[0];
    assert!(
        svg.contains("views-bar-receive"),
        "Zwolle's bar goes the other way"
    );
    // The table holds the hours a year: 4 × 46.
    page.assert_contains(&["<td>184</td>"]);
}

#[tokio::test]
async fn editing_the_budget_saves_a_revision_and_shows_the_new_numbers() {
    let app = TestApp::spawn().await;
    let owner = own_collaboration(&app, "pieter", "begroting", &budget_doc()).await;
    let c = app
        .store()
        .collaboration("begroting")
        .await
        .unwrap()
        .unwrap();
    let page = app.get(&owner, "/c/begroting/money").await;
    let csrf = page.csrf();
    let base = c.head.to_string();
    // Development gets € 20.000 dearer: € 120.000 over 20 is € 6.000 each; Kampen
    // opts out, so 19 pay € 6.315,79 or € 6.315,80.
    let form = budget_form(
        &csrf,
        &base,
        &[
            ("activity-0-cost", "€ 100.000"),
            ("activity-4-name", "Toegankelijkheidsonderzoek"),
            ("activity-4-cost", "2,5"),
        ],
    );
    let res = app.post(&owner, "/c/begroting/money", &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(res.location().starts_with("/c/begroting/money?saved=1"));
    let after = app
        .store()
        .collaboration("begroting")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.head, c.head + 1, "one new revision");
    let head = app.store().revision(after.id, after.head).await.unwrap();
    let b = head.document.budget.as_ref().unwrap();
    assert_eq!(b.activities.len(), 5);
    assert_eq!(b.activities[0].cost.cents(), 10_000_000);
    assert_eq!(b.activities[4].cost.cents(), 250);
    assert!(b.activities[3].fixed && !b.activities[0].fixed);
    let page = app.get(&owner, "/c/begroting/money?saved=1").await;
    page.assert_contains(&[
        "De wijziging is opgeslagen.",
        "€ 120.002,50",
        "Haar aandeel is € 6.000,13",
    ]);

    // Now by inhabitants, with Ommen out.
    let base = after.head.to_string();
    let form = budget_form(
        &csrf,
        &base,
        &[
            ("key", "inhabitants"),
            ("activity-0-cost", "100.000"),
            ("party-ommen-shown", "1"),
            ("party-ommen-inhabitants", "18.000"),
        ],
    );
    let res = app.post(&owner, "/c/begroting/money", &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let after = app
        .store()
        .collaboration("begroting")
        .await
        .unwrap()
        .unwrap();
    let head = app.store().revision(after.id, after.head).await.unwrap();
    let ommen = head
        .document
        .parties
        .iter()
        .find(|p| p.id.as_str() == "ommen")
        .unwrap();
    assert_eq!(
        ommen.contributes,
        Some(false),
        "no tick: does not contribute"
    );
    assert_eq!(ommen.inhabitants.map(|n| n.get()), Some(18_000));
    let page = app.get(&owner, "/c/begroting/money").await;
    page.assert_contains(&[
        "Er betalen 19 gemeenten mee.",
        "Met 132.000 inwoners is haar aandeel",
    ]);
}

#[tokio::test]
async fn a_bad_amount_is_shown_beside_its_field_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let owner = own_collaboration(&app, "joost", "fout", &budget_doc()).await;
    let c = app.store().collaboration("fout").await.unwrap().unwrap();
    let csrf = app.get(&owner, "/c/fout/money").await.csrf();
    let base = c.head.to_string();
    let form = budget_form(
        &csrf,
        &base,
        &[
            ("activity-1-cost", "heel veel"),
            ("weeks_per_year", "60"),
            ("tier-0-up_to", "50000"),
            ("tier-0-amount", "2500"),
        ],
    );
    let res = app.post(&owner, "/c/fout/money", &form).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&[
        "role=\"alert\"",
        "value=\"heel veel\"",
        "id=\"budget-activity-1-cost-error\"",
        "aria-describedby=\"budget-weeks_per_year-hint budget-weeks_per_year-error\"",
        "Vul een aantal weken in van 1 tot en met 52.",
        // A single tier with an upper bound: the last one must stay open.
        "id=\"budget-tier-0-up_to-error\"",
        "Laat het aantal inwoners op de laatste regel leeg",
    ]);
    // The input points at its message.
    let at = res.body.find("id=\"budget-activity-1-cost\"").unwrap();
    let input = &res.body[at..at + res.body[at..].find('>').unwrap()];
    assert!(input.contains("aria-invalid=\"true\""), "{input}");
    assert!(
        input.contains("aria-describedby=") && input.contains("budget-activity-1-cost-error"),
        "{input}"
    );
    let after = app.store().collaboration("fout").await.unwrap().unwrap();
    assert_eq!(after.head, c.head, "nothing saved");
}

#[tokio::test]
async fn a_viewer_sees_the_money_but_cannot_post_a_budget() {
    let app = TestApp::spawn().await;
    let viewer = app
        .user_with_role("kijker", Some(rolwijzer_store::Role::Viewer))
        .await;
    let page = app.get(&viewer, &format!("/c/{DEMO}/money")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains(&format!("action=\"/c/{DEMO}/money\"")),
        "no form"
    );
    let head = app.head().await;
    let base = head.to_string();
    let csrf = page.csrf();
    let res = app
        .post(
            &viewer,
            &format!("/c/{DEMO}/money"),
            &budget_form(&csrf, &base, &[]),
        )
        .await;
    assert!(matches!(res.status.as_u16(), 403 | 404), "{}", res.status);
    assert_eq!(app.head().await, head);
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
