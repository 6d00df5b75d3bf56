//! Plain language for coordinators: no page shows a key of the document format,
//! every finding links to the field that fixes it, dates are Dutch words and date
//! fields, and the navigation, error pages and next-step panel (issue 11).

use crate::common::{Browser, DEMO, TestApp};
use axum::http::StatusCode;
use rolwijzer_core::document::KEYS;

/// The examples, each loaded as its own collaboration.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "natura",
        include_str!("../../../../examples/begroting-in-natura-twintig-gemeenten.yaml"),
    ),
    (
        "begroting",
        include_str!("../../../../examples/begroting-twintig-gemeenten.yaml"),
    ),
    (
        "delen",
        include_str!("../../../../examples/delen-twee-gemeenten.yaml"),
    ),
    (
        "twaalf",
        include_str!("../../../../examples/gestructureerd-twaalf-gemeenten.yaml"),
    ),
    (
        "roulerend",
        include_str!("../../../../examples/roulerend-licht-vier-gemeenten.yaml"),
    ),
];

/// The pages of a collaboration, by path suffix.
const PAGES: &[&str] = &[
    "",
    "/matrix",
    "/checklist",
    "/findings",
    "/people",
    "/workload",
    "/departure",
    "/rotation",
    "/money",
    "/evaluation",
    "/export",
    "/history",
    "/members",
    "/settings",
    "/import",
];

/// Single-word keys that are also ordinary Dutch words (or show as data the user
/// typed): finding them in a sentence says nothing about the format leaking.
const DUTCH_WORDS: &[&str] = &[
    "via", "budget", "reserve", "website", "start", "id", "order", "contact",
];

/// The text a reader sees: tags, scripts, styles and the contents of form controls
/// that hold the user's own values taken out, a few entities put back.
pub fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        out.push(' ');
        rest = &rest[i..];
        let skip_to = ["script", "style", "textarea"]
            .iter()
            .find(|t| rest[1..].starts_with(*t))
            .map(|t| format!("</{t}>"));
        match skip_to {
            Some(end) => match rest.find(&end) {
                Some(j) => rest = &rest[j + end.len()..],
                None => rest = "",
            },
            None => match rest.find('>') {
                Some(j) => rest = &rest[j + 1..],
                None => rest = "",
            },
        }
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// The document keys a Dutch page shows as text: every key with an underscore
/// anywhere, and the other keys as whole lowercase words.
fn keys_in(text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .collect();
    KEYS.iter()
        .copied()
        .filter(|k| {
            if k.contains('_') {
                text.contains(k)
            } else {
                !DUTCH_WORDS.contains(k) && words.contains(k)
            }
        })
        .collect()
}

/// Dates in a text written as the file writes them (`2026-12-04`), except those the
/// examples' people typed into free text (notes, descriptions): those are theirs.
fn iso_date_in(text: &str) -> bool {
    let typed: Vec<&str> = EXAMPLES
        .iter()
        .flat_map(|(_, y)| y.lines())
        .filter(|l| l.contains("notes:") || l.contains("description:"))
        .collect();
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        let iso = w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
        iso && {
            let d = std::str::from_utf8(w).unwrap_or("");
            !typed.iter().any(|l| l.contains(d))
        }
    })
}

async fn load_examples(app: &TestApp, owner: &str) -> Browser {
    let user = app
        .store()
        .create_user(owner, owner, Some(crate::common::PASSWORD), false)
        .await
        .unwrap();
    for (slug, yaml) in EXAMPLES {
        let doc = rolwijzer_core::parse::parse_document(yaml.as_bytes()).unwrap();
        app.store()
            .create_collaboration(slug, &doc, Some(user.id), "start")
            .await
            .unwrap();
    }
    app.login(owner, crate::common::PASSWORD).await
}

/// The task pages a collaboration's matrix links to.
fn task_links(body: &str, slug: &str) -> Vec<String> {
    let marker = format!("href=\"/c/{slug}/task/");
    let mut out: Vec<String> = body
        .match_indices(&marker)
        .filter_map(|(i, _)| {
            let s = &body[i + 6..];
            s.find('"').map(|j| s[..j].to_owned())
        })
        .filter(|h| !h.contains('#') && !h.ends_with("/remove"))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// No page of any example, read by its owner (or anonymously for the public demo),
/// shows a key of the document format as text.
#[tokio::test]
async fn no_page_shows_a_document_key() {
    let app = TestApp::spawn().await;
    let owner = load_examples(&app, "eigenaar").await;
    let mut leaks = Vec::new();
    let mut checked = 0;
    let mut visit = |path: String, body: &str| {
        let mut found: Vec<&str> = keys_in(&visible_text(body));
        // Dates are Dutch words ("4 december 2026"), never the file's 2026-12-04.
        if iso_date_in(&visible_text(body)) {
            found.push("JJJJ-MM-DD");
        }
        if !found.is_empty() {
            let t = visible_text(body);
            let ctxs: Vec<String> = found
                .iter()
                .filter_map(|k| {
                    let i = t.find(k)?;
                    let a = t.floor_char_boundary(i.saturating_sub(60));
                    let b = t.ceil_char_boundary((i + 60).min(t.len()));
                    Some(t[a..b].split_whitespace().collect::<Vec<_>>().join(" "))
                })
                .collect();
            leaks.push(format!("{path}: {found:?} in {ctxs:?}"));
        }
        checked += 1;
    };
    for (slug, _) in EXAMPLES {
        let mut paths: Vec<String> = PAGES.iter().map(|p| format!("/c/{slug}{p}")).collect();
        let matrix = app.get(&owner, &format!("/c/{slug}/matrix")).await;
        paths.extend(task_links(&matrix.body, slug));
        for path in paths {
            let page = app.get(&owner, &path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            visit(path, &page.body);
        }
    }
    let anon = Browser::default();
    for path in [
        "/".to_owned(),
        format!("/p/{DEMO}"),
        format!("/c/{DEMO}"),
        format!("/c/{DEMO}/matrix"),
        format!("/c/{DEMO}/findings"),
        format!("/c/{DEMO}/people"),
    ] {
        let page = app.get(&anon, &path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        // The public page speaks to visitors, not to the members ("jullie").
        if path.starts_with("/p/") {
            let text = visible_text(&page.body).to_lowercase();
            let at = text
                .find("jullie")
                .map(|i| &text[i.saturating_sub(80)..(i + 40).min(text.len())]);
            assert!(at.is_none(), "{path} says jullie: {at:?}");
        }
        visit(path, &page.body);
    }
    assert!(checked > 80, "only {checked} pages checked");
    assert!(
        leaks.is_empty(),
        "pages show document keys:\n{}",
        leaks.join("\n")
    );
}

/// The check itself finds what it is meant to find.
#[test]
fn the_key_check_sees_keys_and_not_markup() {
    assert_eq!(
        keys_in(&visible_text("<p>Vul <code>repository_admin</code> in</p>")),
        ["repository_admin"]
    );
    assert_eq!(
        keys_in(&visible_text("<p>Zet `process` bij de taak</p>")),
        ["process"]
    );
    assert!(
        keys_in(&visible_text(
            "<a href=\"/x?process=1\" class=\"responsible\">Werkwijze</a>"
        ))
        .is_empty()
    );
    assert!(keys_in("Geïnformeerd via de nieuwsbrief").is_empty());
}

/// The fix links of a findings page (`<p class="fix">… <a href="…">`).
fn fix_links(body: &str) -> Vec<String> {
    body.split("<p class=\"fix\">")
        .skip(1)
        .filter_map(|s| {
            // Only a link inside the fix paragraph itself.
            let s = &s[..s.find("</p>")?];
            let s = &s[s.find("<a href=\"")? + 9..];
            Some(
                s[..s.find('"')?]
                    .replace("&amp;", "&")
                    .replace("&#38;", "&")
                    .replace("&#x2f;", "/"),
            )
        })
        .collect()
}

/// Every finding links to the page and field that fix it: the field's id exists on
/// that page, and a collapsed form named by `?open=` is rendered open.
#[tokio::test]
async fn every_fix_link_opens_its_form_at_a_field_that_exists() {
    let app = TestApp::spawn().await;
    let owner = load_examples(&app, "eigenaar").await;
    // One more collaboration with nobody holding repository rights and no evaluation
    // date: K005 links to a person's form, E001 to a settings field.
    let yaml = include_str!("../../../../examples/delen-twee-gemeenten.yaml")
        .replace("repository_admin: true", "repository_admin: false")
        .replace("  last_evaluation: 2026-04-14\n", "");
    let doc = rolwijzer_core::parse::parse_document(yaml.as_bytes()).unwrap();
    let user = app.store().user_by_name("eigenaar").await.unwrap().unwrap();
    app.store()
        .create_collaboration("zonderbeheer", &doc, Some(user.id), "start")
        .await
        .unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    let slugs = EXAMPLES.iter().map(|(s, _)| *s).chain(["zonderbeheer"]);
    for slug in slugs {
        let findings = app.get(&owner, &format!("/c/{slug}/findings")).await;
        for href in fix_links(&findings.body) {
            let (path, field) = href.split_once('#').unwrap_or((&href, ""));
            assert!(!field.is_empty(), "{href}: no field to jump to");
            let page = app.get(&owner, path).await;
            assert_eq!(page.status, StatusCode::OK, "{href}");
            assert!(
                page.body.contains(&format!("id=\"{field}\"")),
                "{href}: no field {field} on the page"
            );
            if let Some((_, query)) = path.split_once("?open=") {
                let (open, focus) = query.split_once("&field=").expect("a field to focus");
                assert_eq!(
                    focus, field,
                    "{href}: the focused field is the one jumped to"
                );
                let section = &page.body[page
                    .body
                    .find(&format!("id=\"{open}\""))
                    .unwrap_or_else(|| panic!("{href}: no {open}"))..];
                let form = &section[..section.find("</section>").unwrap()];
                assert!(
                    form.contains("<details class=\"pw-edit\" open>"),
                    "{href}: form not open"
                );
                assert!(
                    form.contains(&format!("id=\"{field}\"")),
                    "{href}: field not in the opened form"
                );
                // The field itself carries the focus, and only it.
                let at = form.find(&format!("id=\"{field}\"")).unwrap();
                let tag_start = form[..at].rfind('<').unwrap();
                assert!(
                    form[tag_start..at].contains(" autofocus"),
                    "{href}: not focused"
                );
                assert_eq!(
                    form.matches(" autofocus").count(),
                    1,
                    "{href}: one field focused"
                );
                kinds.insert("open".to_owned());
            }
            kinds.insert(
                path.split('/')
                    .nth(3)
                    .unwrap_or("")
                    .split('?')
                    .next()
                    .unwrap_or("")
                    .to_owned(),
            );
        }
    }
    for kind in ["open", "people", "task", "settings"] {
        assert!(
            kinds.contains(kind),
            "no fix link of kind {kind}: {kinds:?}"
        );
    }
}

/// K005 names the checkbox as the people page labels it and opens the first person
/// without repository rights at that checkbox.
#[tokio::test]
async fn k005_opens_a_person_at_the_repository_checkbox() {
    let app = TestApp::spawn().await;
    let owner = load_examples(&app, "eigenaar").await;
    let yaml = include_str!("../../../../examples/delen-twee-gemeenten.yaml")
        .replace("repository_admin: true", "repository_admin: false");
    let doc = rolwijzer_core::parse::parse_document(yaml.as_bytes()).unwrap();
    let user = app.store().user_by_name("eigenaar").await.unwrap().unwrap();
    app.store()
        .create_collaboration("zonderbeheer", &doc, Some(user.id), "start")
        .await
        .unwrap();
    let first = &doc.people[0].id;
    let page = app.get(&owner, "/c/zonderbeheer/findings").await;
    page.assert_contains(&[
        "K005",
        "„Heeft beheerrechten op de code repository”",
        &format!("/c/zonderbeheer/people?open=person-{first}&#38;field=person-{first}-edit-repository_admin#person-{first}-edit-repository_admin"),
    ]);
    assert!(
        !page.body.contains("repository_admin</"),
        "the key is not shown"
    );
}

/// Unknown paths and wrong methods get a Dutch page, not a bare English answer.
#[tokio::test]
async fn error_pages_are_dutch() {
    let app = TestApp::spawn().await;
    let anon = Browser::default();
    let missing = app.get(&anon, "/bestaat/niet").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    missing.assert_contains(&[
        "<html lang=\"nl\">",
        "<h1>Pagina niet gevonden</h1>",
        "Naar het begin",
        "W404",
    ]);
    assert!(!missing.body.contains("Not Found</h1>"));
    let unknown_collab = app.get(&anon, "/c/bestaat-niet/matrix").await;
    assert_eq!(unknown_collab.status, StatusCode::NOT_FOUND);
    unknown_collab.assert_contains(&["<h1>Pagina niet gevonden</h1>"]);
    let wrong = app.post(&anon, "/about", &[]).await;
    assert_eq!(wrong.status, StatusCode::METHOD_NOT_ALLOWED);
    wrong.assert_contains(&["<h1>Dit kan hier niet</h1>", "W405"]);
    // The API keeps its own problem+json answers.
    let api = app.get(&anon, "/api/bestaat-niet").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(!api.body.contains("<h1>"), "{}", api.body);
}

/// The favicon answers at both addresses browsers ask for, as SVG, and every page
/// names it.
#[tokio::test]
async fn favicon_is_served() {
    let app = TestApp::spawn().await;
    let anon = Browser::default();
    for path in ["/favicon.ico", "/favicon.svg"] {
        let icon = app.get(&anon, path).await;
        assert_eq!(icon.status, StatusCode::OK, "{path}");
        assert_eq!(icon.headers["content-type"], "image/svg+xml");
        assert!(icon.body.starts_with("<svg") && icon.body.contains("</svg>"));
    }
    let home = app.get(&anon, "/").await;
    home.assert_contains(&["<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"]);
}

/// A few groups instead of fifteen tabs, the collaboration's name as the H1, and no
/// link in the navigation that ends on a 404 for whoever reads it.
#[tokio::test]
async fn navigation_groups_pages_and_links_only_what_the_reader_may_open() {
    let app = TestApp::spawn().await;
    let owner = app
        .user_with_role("baas", Some(rolwijzer_store::Role::Owner))
        .await;
    let viewer = app
        .user_with_role("lezer", Some(rolwijzer_store::Role::Viewer))
        .await;
    for (who, b) in [
        ("owner", &owner),
        ("viewer", &viewer),
        ("anonymous", &Browser::default()),
    ] {
        let page = app.get(b, &format!("/c/{DEMO}")).await;
        assert_eq!(page.status, StatusCode::OK, "{who}");
        page.assert_contains(&[
            "<h1><span class=\"h1-collab\">Open Inkomensloket</span>",
            "<span class=\"h1-page\">Overzicht</span></h1>",
        ]);
        let nav = &page.body[page.body.find("class=\"subnav\"").unwrap()..];
        let nav = &nav[..nav.find("</nav>").unwrap()];
        let groups = nav.matches("<li>").count();
        assert!((5..=7).contains(&groups), "{who}: {groups} groups");
        for label in [
            "Overzicht",
            "Taken",
            "Mensen",
            "Planning",
            "Geld",
            "Documenten",
        ] {
            assert!(nav.contains(&format!(">{label}</a>")), "{who}: no {label}");
        }
        // Every link of both navigations opens for this reader.
        let head = &page.body[page.body.find("class=\"collab-head\"").unwrap()..];
        let head = &head[..head.find("<main").unwrap()];
        for href in head
            .split("href=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
        {
            let target = app.get(b, href).await;
            assert_eq!(target.status, StatusCode::OK, "{who}: {href} does not open");
        }
        let admin_pages = ["/settings\"", "/import\"", "/members\""];
        let shown = admin_pages
            .iter()
            .filter(|p| page.body.contains(*p))
            .count();
        match who {
            "anonymous" => assert!(!page.body.contains("/members\""), "{who} sees Toegang"),
            "viewer" => {
                assert!(!page.body.contains("/settings\"") && !page.body.contains("/import\""))
            }
            _ => assert!(shown >= 1),
        }
    }
    // A page of a group with more pages lists them, the current one marked.
    let findings = app.get(&owner, &format!("/c/{DEMO}/findings")).await;
    findings.assert_contains(&[
        "class=\"pagenav\"",
        &format!("href=\"/c/{DEMO}/findings\" aria-current=\"page\""),
        &format!("href=\"/c/{DEMO}\" aria-current=\"true\""),
    ]);
    // The settings, members, history, import and technical files are under "Beheer".
    let settings = app.get(&owner, &format!("/c/{DEMO}/settings")).await;
    for p in ["settings", "members", "history", "import", "files"] {
        settings.assert_contains(&[&format!("href=\"/c/{DEMO}/{p}\"")]);
    }
    settings.assert_contains(&[">Beheer</a>", ">Technische bestanden</a>"]);
    // Not on the overview: technical words stay under Beheer.
    let overview = app.get(&owner, &format!("/c/{DEMO}")).await;
    assert!(!visible_text(&overview.body).contains("API-sleutels"));
    assert!(!visible_text(&overview.body).contains("CODEOWNERS"));
}

/// The overview's "next step" names one action for each state of the division: a
/// warning to fix, advice, the evaluation, publishing, and the annex when all is done.
#[tokio::test]
async fn the_next_step_panel_names_one_action_per_state() {
    let app = TestApp::spawn().await;
    let owner = load_examples(&app, "eigenaar").await;
    let user = app.store().user_by_name("eigenaar").await.unwrap().unwrap();
    let add = |slug: &'static str, yaml: String| {
        let app = &app;
        async move {
            let doc = rolwijzer_core::parse::parse_document(yaml.as_bytes()).unwrap();
            app.store()
                .create_collaboration(slug, &doc, Some(user.id), "start")
                .await
                .unwrap()
        }
    };
    let clean = include_str!("../../../../examples/begroting-twintig-gemeenten.yaml")
        .replace("last_evaluation: 2026-03-01", "last_evaluation: 2026-06-01");
    add("schoon", clean.clone()).await;
    add(
        "nooit",
        clean.replace("  last_evaluation: 2026-06-01\n", ""),
    )
    .await;
    add(
        "bijna",
        clean.replace("last_evaluation: 2026-06-01", "last_evaluation: 2025-12-20"),
    )
    .await;
    add(
        "advies",
        include_str!("../../../../examples/roulerend-licht-vier-gemeenten.yaml")
            .replace("last_evaluation: 2026-01-20", "last_evaluation: 2026-06-01"),
    )
    .await;
    let panel = |body: &str| {
        let start = body.find("class=\"next-step").expect("a next-step panel");
        let rest = &body[start..];
        rest[..rest.find("</section>").unwrap()].to_owned()
    };
    let cases = [
        ("delen", "next-fix", "Los eerst dit op:", "/c/delen/"),
        (
            "advies",
            "next-advice",
            "Dit advies maakt de verdeling nog beter",
            "/c/advies/",
        ),
        (
            "nooit",
            "next-evaluation",
            "Plan nu de eerste evaluatie",
            "/c/nooit/evaluation",
        ),
        (
            "bijna",
            "next-evaluation",
            "uiterlijk 20 december 2026",
            "/c/bijna/evaluation",
        ),
        (
            "schoon",
            "next-publish",
            "Maak de rolverdeling openbaar",
            "/c/schoon/settings#publishing",
        ),
    ];
    for (slug, class, words, href) in cases {
        let page = app.get(&owner, &format!("/c/{slug}")).await;
        let p = panel(&page.body);
        assert!(p.contains(class), "{slug}: {p}");
        assert!(p.contains(words), "{slug}: {p}");
        assert!(p.contains(&format!("href=\"{href}")), "{slug}: {p}");
    }
    // Once published, the annex is next.
    let c = app.store().collaboration("schoon").await.unwrap().unwrap();
    app.store()
        .set_publish_level(c.id, rolwijzer_core::privacy::Level::Summary)
        .await
        .unwrap();
    let p = panel(&app.get(&owner, "/c/schoon").await.body);
    assert!(
        p.contains("next-annex") && p.contains("/c/schoon/export#format-annex-pdf"),
        "{p}"
    );
    // A reader cannot act on it, so gets no panel.
    let anon = app.get(&Browser::default(), &format!("/c/{DEMO}")).await;
    assert!(!anon.body.contains("class=\"next-step"));
}

/// Every date is entered with a date field, never typed in a format.
#[tokio::test]
async fn date_inputs_are_date_fields() {
    let app = TestApp::spawn().await;
    let owner = app
        .user_with_role("baas", Some(rolwijzer_store::Role::Owner))
        .await;
    let settings = app.get(&owner, &format!("/c/{DEMO}/settings")).await;
    settings.assert_contains(&[
        "type=\"date\" id=\"field-last_evaluation\"",
        "type=\"date\" id=\"rotation-start\"",
    ]);
    let people = app.get(&owner, &format!("/c/{DEMO}/people")).await;
    people.assert_contains(&["type=\"date\" id=\"party-new-contract_until\""]);
    let evaluation = app.get(&owner, &format!("/c/{DEMO}/evaluation")).await;
    evaluation.assert_contains(&["type=\"date\" id=\"field-date\""]);
    for page in [&settings, &people, &evaluation] {
        let text = visible_text(&page.body);
        assert!(
            !text.contains("JJJJ") && !text.contains("YYYY"),
            "a format to type"
        );
    }
    // A date field sends the ISO form; it is saved and shown as Dutch words.
    let csrf = settings.csrf();
    let base = app.head().await.to_string();
    let mut fields: Vec<(String, String)> = form_values(&settings.body, "/settings\"");
    fields.retain(|(k, _)| k != "last_evaluation" && k != "csrf" && k != "base");
    fields.push(("last_evaluation".into(), "2026-10-05".into()));
    fields.push(("csrf".into(), csrf));
    fields.push(("base".into(), base));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let saved = app
        .post(&owner, &format!("/c/{DEMO}/settings"), &pairs)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let evaluation = app.get(&owner, &format!("/c/{DEMO}/evaluation")).await;
    evaluation.assert_contains(&["5 oktober 2026"]);
}

/// The named values of the first form posting to a path ending in `action_end`:
/// text inputs, checked boxes and radios, and selected options.
fn form_values(body: &str, action_end: &str) -> Vec<(String, String)> {
    let start = body.find(action_end).expect("the form");
    let form = &body[start..];
    let form = &form[..form.find("</form>").unwrap()];
    let attr = |tag: &str, name: &str| -> Option<String> {
        let key = format!(" {name}=\"");
        let i = tag.find(&key)? + key.len();
        Some(
            tag[i..i + tag[i..].find('"')?]
                .replace("&#x2f;", "/")
                .replace("&amp;", "&"),
        )
    };
    let mut out = Vec::new();
    for tag in form.split('<').skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let Some(rest) = tag.strip_prefix("input") {
            let kind = attr(rest, "type").unwrap_or_default();
            let (Some(name), value) = (attr(rest, "name"), attr(rest, "value").unwrap_or_default())
            else {
                continue;
            };
            if (kind == "checkbox" || kind == "radio") && !rest.contains(" checked") {
                continue;
            }
            out.push((name, value));
        } else if let Some(rest) = tag.strip_prefix("select") {
            if let Some(name) = attr(rest, "name") {
                out.push((name, String::new()));
            }
        } else if let Some(rest) = tag.strip_prefix("option") {
            if rest.contains(" selected") {
                if let Some(last) = out.last_mut() {
                    last.1 = attr(rest, "value").unwrap_or_default();
                }
            }
        }
    }
    out
}

/// A reader (anonymous visitor of the published demo, or a member with the reader
/// role) follows every fix link without landing on a 404: settings findings have no
/// link, and person and task links go to the section instead of a form they lack.
#[tokio::test]
async fn a_readers_fix_links_all_open() {
    let app = TestApp::spawn().await;
    let viewer = app
        .user_with_role("lezer", Some(rolwijzer_store::Role::Viewer))
        .await;
    // Give the demo a settings finding (E001) and a person finding for the check.
    let owner = app
        .user_with_role("baas", Some(rolwijzer_store::Role::Owner))
        .await;
    let settings = app.get(&owner, &format!("/c/{DEMO}/settings")).await;
    let mut fields = form_values(&settings.body, "/settings\"");
    fields.retain(|(k, _)| k != "last_evaluation");
    fields.push(("last_evaluation".into(), String::new()));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let saved = app
        .post(&owner, &format!("/c/{DEMO}/settings"), &pairs)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    for (who, b) in [("anonymous", Browser::default()), ("viewer", viewer)] {
        let page = app.get(&b, &format!("/c/{DEMO}/findings")).await;
        assert!(page.body.contains("E001"), "{who}: E001 is listed");
        let links = fix_links(&page.body);
        assert!(!links.is_empty());
        for href in links {
            assert!(
                !href.contains("?open="),
                "{who}: {href} opens a form they lack"
            );
            let path = href.split('#').next().unwrap();
            let target = app.get(&b, path).await;
            assert_eq!(target.status, StatusCode::OK, "{who}: {href}");
            if let Some((_, anchor)) = href.split_once('#') {
                assert!(
                    target.body.contains(&format!("id=\"{anchor}\"")),
                    "{who}: {href}"
                );
            }
        }
        assert!(
            !page.body.contains("/settings#"),
            "{who}: a link to the settings"
        );
    }
}
