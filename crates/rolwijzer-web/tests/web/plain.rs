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
        let found = keys_in(&visible_text(body));
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
