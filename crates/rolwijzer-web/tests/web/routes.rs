//! Every collaboration route × every role, in one table: who is let through, who is
//! refused, and that people outside the collaboration always get 404 (a URL never
//! reveals that a private collaboration exists).

use crate::common::*;
use axum::http::StatusCode;
use rolwijzer_store::Role;
use rolwijzer_web::routes::Need;

/// The least a route needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Needs {
    Viewer,
    Editor,
    Owner,
}

/// The values a path parameter takes in these tests (the demo's ids; `{extra}` is a
/// member made for the members rows, see `with_extra`). A parameter with several
/// values makes one request per value.
fn samples(param: &str) -> &'static [&'static str] {
    match param {
        "key" => &["contact-person"],
        "kind" => &["party", "person", "group"],
        "id" => &["sanne"],
        "user" => &["{extra}"],
        "invitation" => &["1"],
        "n" => &["1"],
        "format" => &["annex-pdf", "markdown"],
        other => panic!("no sample for path parameter {{{other}}}: add one to `samples`"),
    }
}

/// Every collaboration page route of the route table, as (method, path below
/// /c/{slug} with samples filled in, what it needs). Driven by the table itself, so a
/// new route is tested the moment it is added.
fn collaboration_routes() -> Vec<(&'static str, String, Needs)> {
    use rolwijzer_web::routes::{Access, ROUTES};
    let mut out = Vec::new();
    for r in ROUTES {
        let (Access::Collab(need) | Access::Member(need)) = r.access else {
            continue;
        };
        let needs = match need {
            Need::View => Needs::Viewer,
            Need::Edit => Needs::Editor,
            Need::Own => Needs::Owner,
        };
        let suffix = r
            .path
            .strip_prefix("/c/{slug}")
            .expect("collaboration route");
        let mut paths = vec![String::new()];
        for segment in suffix.split('/').skip(1) {
            let values: Vec<&str> =
                match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(param) => samples(param).to_vec(),
                    None => vec![segment],
                };
            paths = paths
                .iter()
                .flat_map(|p| values.iter().map(move |v| format!("{p}/{v}")))
                .collect();
        }
        for mut path in paths {
            // A remove page for a person only; a party or group id would differ.
            if path.contains("/people/party/") || path.contains("/people/group/") {
                continue;
            }
            if path == "/history/diff" {
                path.push_str("?from=1&to=1");
            }
            out.push((r.method, path, needs));
        }
    }
    out
}

#[test]
fn the_route_table_covers_every_collaboration_page() {
    let routes = collaboration_routes();
    // The pages the first milestone tested by hand are all in the table.
    for (method, path) in [
        ("GET", ""),
        ("GET", "/matrix"),
        ("POST", "/matrix"),
        ("GET", "/people"),
        ("POST", "/people/person"),
        ("POST", "/members/{extra}/role"),
        ("GET", "/export/annex-pdf"),
        ("GET", "/rolverdeling.yaml"),
        ("POST", "/history/1/restore"),
    ] {
        assert!(
            routes.iter().any(|(m, p, _)| *m == method && p == path),
            "{method} {path} missing from the route table"
        );
    }
}

/// Routes outside a collaboration: an account's and the administrator's pages refuse
/// those they are not for, by the access the table gives them.
#[tokio::test]
async fn account_and_admin_routes_refuse_by_the_table() {
    use rolwijzer_web::routes::{Access, ROUTES};
    let app = TestApp::spawn().await;
    let user = app.user_with_role("gewoon", None).await;
    let csrf = app.get(&user, "/").await.csrf();
    let admin = app.admin().await;
    let admin_csrf = app.get(&admin, "/").await.csrf();
    let mut checked = 0;
    for r in ROUTES {
        if !matches!(r.access, Access::SignedIn | Access::Admin) {
            continue;
        }
        let path = r.path.replace("{id}", "1");
        let send = |b: &Browser, csrf: &str| {
            let (b, csrf, path) = (b.clone(), csrf.to_owned(), path.clone());
            let app = &app;
            async move {
                if r.method == "GET" {
                    app.get(&b, &path).await
                } else {
                    app.post(&b, &path, &[("csrf", &csrf)]).await
                }
            }
        };
        let anonymous = send(&Browser::default(), "").await;
        assert!(
            refused(anonymous.status, anonymous.location()),
            "anonymous {} {path}: {}",
            r.method,
            anonymous.status
        );
        let plain = send(&user, &csrf).await;
        let by_admin = send(&admin, &admin_csrf).await;
        if r.access == Access::Admin {
            assert_eq!(plain.status, StatusCode::NOT_FOUND, "{} {path}", r.method);
            assert!(
                !refused(by_admin.status, by_admin.location()),
                "admin {} {path}: {}",
                r.method,
                by_admin.status
            );
        } else {
            assert!(
                !refused(plain.status, plain.location()) || plain.status == StatusCode::NOT_FOUND,
                "{} {path}: {}",
                r.method,
                plain.status
            );
        }
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} account and admin routes");
}

/// Makes the member the `{extra}` rows act on and returns the function that fills in
/// its id.
async fn with_extra(
    app: &TestApp,
    collaboration: rolwijzer_store::CollabId,
) -> impl Fn(&str) -> String {
    let extra = app
        .store()
        .create_user("extra", "extra", Some(PASSWORD), false)
        .await
        .unwrap();
    app.store()
        .set_role(collaboration, extra.id, Role::Viewer)
        .await
        .unwrap();
    move |suffix: &str| suffix.replace("{extra}", &extra.id.to_string())
}

/// Minimal well-formed fields for a POST route, so that an answer is about access and
/// not about a malformed form.
fn fields(suffix: &str) -> Vec<(&'static str, &'static str)> {
    match suffix {
        "/matrix/add" => vec![("kind", "custom"), ("custom_name", "Proeftaak")],
        "/people/party" => vec![
            ("action", "add"),
            ("name", "Proefpartij"),
            ("kind", "municipality"),
        ],
        "/people/person" => vec![
            ("action", "add"),
            ("name", "Proefpersoon"),
            ("party", "deventer"),
        ],
        "/people/group" => vec![("action", "add"), ("name", "Proefgroep")],
        "/settings/rotation" => vec![("action", "remove")],
        "/money" => vec![("activity-0-name", "Hosting"), ("activity-0-cost", "2000")],
        "/members/invite" => vec![("email", "lezer@example.nl"), ("role", "viewer")],
        "/members/{extra}/role" => vec![("role", "editor")],
        _ => vec![],
    }
}

fn refused(status: StatusCode, location: &str) -> bool {
    matches!(status.as_u16(), 400 | 403 | 404)
        || (status == StatusCode::SEE_OTHER && location == "/login")
}

#[tokio::test]
async fn every_route_lets_through_exactly_the_roles_it_should() {
    let app = TestApp::spawn().await;
    // A private collaboration with one member of each role, and an outsider.
    let (slug, owner) = app.private_collaboration("eigenaar").await;
    let c = app.store().collaboration(&slug).await.unwrap().unwrap();
    let mut browsers = vec![("eigenaar", Some(Needs::Owner), owner)];
    for (name, role, needs) in [
        ("bewerker", Role::Editor, Needs::Editor),
        ("lezer", Role::Viewer, Needs::Viewer),
    ] {
        let u = app
            .store()
            .create_user(name, name, Some(PASSWORD), false)
            .await
            .unwrap();
        app.store().set_role(c.id, u.id, role).await.unwrap();
        browsers.push((name, Some(needs), app.login(name, PASSWORD).await));
    }
    browsers.push((
        "buitenstaander",
        None,
        app.user_with_role("buitenstaander", None).await,
    ));
    browsers.push(("beheerder", None, app.admin().await));
    browsers.push(("anoniem", None, Browser::default()));
    let fill = with_extra(&app, c.id).await;
    let routes = collaboration_routes();

    let mut problems = Vec::new();
    for (who, level, browser) in &browsers {
        // The user's own form token, so a refusal is about the role, not the token.
        let csrf = if browser.cookie.is_some() {
            app.get(browser, "/").await.csrf()
        } else {
            String::new()
        };
        for (method, suffix, needs) in &routes {
            let suffix = suffix.as_str();
            let path = format!("/c/{slug}{}", fill(suffix));
            let page = if *method == "GET" {
                app.get(browser, &path).await
            } else {
                let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("base", "1")];
                form.extend(fields(suffix));
                app.post(browser, &path, &form).await
            };
            let allowed = level.is_some_and(|l| l >= *needs);
            let was_refused = refused(page.status, page.location());
            if allowed == was_refused {
                problems.push(format!(
                    "{who} {method} {path}: {} ({})",
                    page.status,
                    if allowed {
                        "should be allowed"
                    } else {
                        "should be refused"
                    }
                ));
            }
            // Outside the collaboration means 404, never a hint that it exists.
            if level.is_none() && browser.cookie.is_some() && page.status != StatusCode::NOT_FOUND {
                problems.push(format!(
                    "{who} {method} {path}: {} instead of 404",
                    page.status
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn nothing_changed_after_every_refused_request() {
    let app = TestApp::spawn().await;
    let (slug, _) = app.private_collaboration("eigenaar").await;
    let c = app.store().collaboration(&slug).await.unwrap().unwrap();
    let viewer = app
        .store()
        .create_user("lezer", "lezer", Some(PASSWORD), false)
        .await
        .unwrap();
    app.store()
        .set_role(c.id, viewer.id, Role::Viewer)
        .await
        .unwrap();
    let viewer = app.login("lezer", PASSWORD).await;
    let fill = with_extra(&app, c.id).await;
    let csrf = app.get(&viewer, "/").await.csrf();
    for (method, suffix, needs) in &collaboration_routes() {
        let suffix = suffix.as_str();
        if *method == "POST" && *needs > Needs::Viewer {
            let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("base", "1")];
            form.extend(fields(suffix));
            app.post(&viewer, &format!("/c/{slug}{}", fill(suffix)), &form)
                .await;
        }
    }
    let after = app.store().collaboration(&slug).await.unwrap().unwrap();
    assert_eq!(after.head, 1, "a refused request saved a revision");
    assert!(!after.published);
    assert_eq!(
        app.store()
            .role(
                c.id,
                app.store().user_by_name("lezer").await.unwrap().unwrap().id
            )
            .await
            .unwrap(),
        Some(Role::Viewer)
    );
    let extra = app.store().user_by_name("extra").await.unwrap().unwrap();
    assert_eq!(
        app.store().role(c.id, extra.id).await.unwrap(),
        Some(Role::Viewer),
        "a viewer changed or removed another member"
    );
}

/// Names full of markup and script, saved into the demo: every page a member can open
/// shows them as text, never as markup.
#[tokio::test]
async fn markup_in_names_is_harmless_on_every_page() {
    use rolwijzer_core::values::Text;
    use rolwijzer_store::{RevisionKind, Saved};
    let app = TestApp::spawn().await;
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let store = app.store();
    let c = store.collaboration(DEMO).await.unwrap().unwrap();
    let mut doc = store.revision(c.id, c.head).await.unwrap().document;
    doc.collaboration.name = Text::new("Samen <script>alert('c')</script> & \"Zo\"").unwrap();
    for p in doc.parties.iter_mut().take(3) {
        p.name = Text::new(&format!("{} <script>alert('p')</script>", p.name)).unwrap();
    }
    for p in doc.people.iter_mut().take(5) {
        p.name = Text::new(&format!("{} <img src=x onerror=alert(1)>", p.name)).unwrap();
    }
    let saved = store
        .save(
            c.id,
            c.head,
            &doc,
            None,
            "<script>alert('s')</script>",
            RevisionKind::Edit,
        )
        .await
        .unwrap();
    assert!(matches!(saved, Saved::Stored(_)));
    for (method, suffix, _) in &collaboration_routes() {
        let suffix = suffix.as_str();
        if *method != "GET" || suffix.starts_with("/export/") && suffix != "/export/markdown" {
            continue;
        }
        // The table's person id belongs to another example; use one of the demo's.
        let suffix = &suffix.replace("sanne", doc.people[0].id.as_str());
        let page = app.get(&owner, &format!("/c/{DEMO}{suffix}")).await;
        assert_eq!(page.status, StatusCode::OK, "{suffix}");
        if suffix == "/rolverdeling.yaml" {
            // The download is the document itself, names as written: harmless because
            // it is never served as HTML and browsers may not guess otherwise.
            let ct = page.headers.get("content-type").unwrap().to_str().unwrap();
            assert!(!ct.contains("html"), "{suffix}: {ct}");
            assert_eq!(
                page.headers.get("x-content-type-options").unwrap(),
                "nosniff"
            );
            continue;
        }
        for raw in ["<script>alert", "<img src=x", "onerror=alert(1)>"] {
            assert!(!page.body.contains(raw), "{suffix}: raw `{raw}`");
        }
    }
    let home = app.get(&owner, "/").await;
    assert!(!home.body.contains("<script>alert"), "home page");
    // The public page, as a visitor sees it.
    let public = app.get(&Browser::default(), &format!("/p/{DEMO}")).await;
    assert_eq!(public.status, StatusCode::OK);
    for raw in ["<script>alert", "<img src=x", "onerror=alert(1)>"] {
        assert!(!public.body.contains(raw), "public page: raw `{raw}`");
    }
    assert!(
        public.body.contains("&#60;script&#62;alert"),
        "shown as text"
    );
}

/// Every form, and sign-in, refuses a body over the limit with 413, before any
/// handler reads it; the division is unchanged afterwards.
#[tokio::test]
async fn every_post_route_refuses_an_oversized_body() {
    use axum::body::Body;
    use axum::http::{Request, header};
    let app = TestApp::spawn().await;
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let head = app.head().await;
    let huge = format!("csrf=x&name={}", "a".repeat(rolwijzer_web::MAX_BODY_BYTES));
    let mut paths: Vec<String> = collaboration_routes()
        .iter()
        .filter(|(m, _, _)| *m == "POST")
        .map(|(_, suffix, _)| format!("/c/{DEMO}{}", suffix.replace("{extra}", "1")))
        .collect();
    paths.push("/login".to_owned());
    for path in paths {
        let mut req = Request::post(&path)
            .header("sec-fetch-site", "same-origin")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(c) = &owner.cookie {
            req = req.header(header::COOKIE, c);
        }
        let page = app.send(req.body(Body::from(huge.clone())).unwrap()).await;
        if path.ends_with("/import") {
            // The import page explains the limit on the form itself (see
            // history::files_that_are_too_large_are_refused_with_a_message).
            assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        } else {
            assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        }
    }
    assert_eq!(app.head().await, head, "nothing was saved");
}
