//! Publishing levels and privacy by default (issue 13), over HTTP against the real
//! app. An anonymous visitor crawls everything it can reach (every link it finds,
//! the known download, export and API addresses) and reads every answer, binary
//! exports included; it must find no e-mail address but the public contact's
//! function address and no phone number. Changing the level needs an owner and a
//! confirmation; at the full level with every switch off no personal detail shows.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use rolwijzer_core::Document;
use rolwijzer_core::privacy::{Disclosure, Level, Publishing};
use rolwijzer_core::values::Text;
use rolwijzer_store::{RevisionKind, Role};
use std::collections::{BTreeSet, VecDeque};
use std::io::Read;
use tower::ServiceExt;

/// The demo's function address, the one address visitors may see.
const FUNCTION_ADDRESS: &str = rolwijzer_web::DEMO_CONTACT_ADDRESS;

/// Most answers one crawl reads: far more than the demo has, so a crawl that never
/// ends fails instead of hanging.
const MAX_ANSWERS: usize = 1500;

/// One answer the visitor got, with the text read from it.
struct Answer {
    path: String,
    status: StatusCode,
    text: String,
}

/// The text in an answer: HTML, JSON, YAML, CSV and ICS as they are; ODT and XLSX
/// unzipped; PDF through pdftotext (required in CI, skipped without it locally).
fn text_of(content_type: &str, bytes: &[u8]) -> String {
    if content_type.starts_with("application/vnd.o") {
        let mut out = String::new();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let mut raw = Vec::new();
            entry.read_to_end(&mut raw).unwrap();
            out.push_str(&String::from_utf8_lossy(&raw));
            out.push('\n');
        }
        return out;
    }
    if content_type.starts_with("application/pdf") {
        return pdf_text(bytes);
    }
    String::from_utf8_lossy(bytes).into_owned()
}

/// The text of a PDF as a reader gets it.
fn pdf_text(bytes: &[u8]) -> String {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("pdftotext"))
            .find(|p| p.is_file())
    });
    let Some(pdftotext) = found else {
        assert!(
            std::env::var_os("ROLWIJZER_TEST_READERS").is_none(),
            "pdftotext is required for the read-back tests (.ci/run installs it)"
        );
        eprintln!("skipped: pdftotext is not installed, a PDF was not read");
        return String::new();
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new(pdftotext)
        .arg(&file)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// GET `path` as `b`, read whole.
async fn fetch(app: &TestApp, b: &Browser, path: &str) -> Answer {
    let mut req = Request::get(path).header("sec-fetch-site", "same-origin");
    if let Some(c) = &b.cookie {
        req = req.header(header::COOKIE, c);
    }
    let res = rolwijzer_web::app(app.state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let text = if status == StatusCode::OK {
        text_of(&content_type, &bytes)
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Answer {
        path: path.to_owned(),
        status,
        text,
    }
}

/// The addresses on our own site an HTML page links to (`href` and `src`), without
/// fragments; `&` as askama writes it is read back.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["href=\"", "src=\""] {
        for (i, _) in html.match_indices(marker) {
            let rest = &html[i + marker.len()..];
            let Some(end) = rest.find('"') else { continue };
            let link = rest[..end].replace("&#38;", "&").replace("&amp;", "&");
            let link = link.split('#').next().unwrap_or("").to_owned();
            if link.starts_with('/') && !link.starts_with("//") && !link.is_empty() {
                out.push(link);
            }
        }
    }
    out
}

/// Every address a visitor can try for a collaboration without finding it by a
/// link: its pages, the YAML download, every export and the API.
fn known_paths(slug: &str) -> Vec<String> {
    let mut out = vec![
        format!("/p/{slug}"),
        format!("/c/{slug}"),
        format!("/c/{slug}/rolverdeling.yaml"),
        format!("/c/{slug}/history"),
        format!("/c/{slug}/people"),
        format!("/c/{slug}/workload"),
        format!("/c/{slug}/export"),
        format!("/api/collaborations/{slug}/document"),
        format!("/api/collaborations/{slug}/document?format=yaml"),
        format!("/api/collaborations/{slug}/report"),
        "/api/collaborations".to_owned(),
        "/api/openapi.json".to_owned(),
    ];
    for f in rolwijzer_export::Format::ALL {
        out.push(format!("/c/{slug}/export/{}", f.id()));
        out.push(format!("/c/{slug}/export/{}?lang=en", f.id()));
        out.push(format!("/api/collaborations/{slug}/export/{}", f.id()));
    }
    out
}

/// Everything `b` can reach from the start page, the known addresses of `slug` and
/// every link in what it reads.
async fn crawl(app: &TestApp, b: &Browser, slug: &str) -> Vec<Answer> {
    let mut queue: VecDeque<String> = VecDeque::from(vec!["/".to_owned()]);
    queue.extend(known_paths(slug));
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut answers = Vec::new();
    while let Some(path) = queue.pop_front() {
        assert!(answers.len() < MAX_ANSWERS, "the crawl does not end");
        let a = fetch(app, b, &path).await;
        for link in links(&a.text) {
            // Signing in and setting a password are not what a visitor reads.
            if link.starts_with("/setup/") || seen.contains(&link) {
                continue;
            }
            seen.insert(link.clone());
            queue.push_back(link);
        }
        answers.push(a);
    }
    answers
}

/// Every e-mail address in a text (`local@domain.tld`).
fn emails(text: &str) -> BTreeSet<String> {
    let local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices('@') {
        let before: String = text[..i]
            .chars()
            .rev()
            .take_while(|c| local(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let after: String = text[i + 1..].chars().take_while(|c| domain(*c)).collect();
        let after = after.trim_end_matches(['.', '-']);
        if !before.is_empty() && after.contains('.') {
            out.insert(format!("{before}@{after}"));
        }
    }
    out
}

/// The demo's people get a phone number each (the example has none), so the crawl
/// can look for them: `+31 6 5550 01NN`.
fn phone(n: usize) -> String {
    format!("+31 6 5550 01{n:02}")
}

/// Gives every person of the demo a phone number, a title and a forge user name,
/// saved as a revision by `author` (whose name must not reach visitors either).
async fn fill_in_details(app: &TestApp, author: rolwijzer_store::UserId) -> Document {
    let c = app.store().collaboration(DEMO).await.unwrap().unwrap();
    let mut doc = app.store().revision(c.id, c.head).await.unwrap().document;
    for (n, p) in doc.people.iter_mut().enumerate() {
        p.phone = Some(Text::new(&phone(n)).unwrap());
        p.title = Some(Text::new(&format!("Functietitel{n:02}")).unwrap());
        p.forge_username = Some(Text::new(&format!("forgeuser{n:02}")).unwrap());
    }
    app.store()
        .save(
            c.id,
            c.head,
            &doc,
            Some(author),
            "details",
            RevisionKind::Edit,
        )
        .await
        .unwrap();
    doc
}

/// Asserts no answer holds an e-mail address other than `allowed`, a phone number
/// of `doc`, or one of `secrets`; returns how many answers were 200.
fn assert_nothing_personal(
    answers: &[Answer],
    allowed: &[&str],
    doc: &Document,
    secrets: &[String],
) -> usize {
    let phones: Vec<String> = doc
        .people
        .iter()
        .filter_map(|p| p.phone.as_ref())
        .map(|p| p.as_str().replace(' ', ""))
        .collect();
    assert!(!phones.is_empty());
    for a in answers {
        let found: Vec<String> = emails(&a.text)
            .into_iter()
            .filter(|e| !allowed.contains(&e.as_str()))
            .collect();
        assert!(found.is_empty(), "{} shows {found:?}", a.path);
        let digits = a.text.replace([' ', '\u{a0}'], "");
        for p in &phones {
            assert!(!digits.contains(p.as_str()), "{} shows phone {p}", a.path);
        }
        for s in secrets {
            assert!(!a.text.contains(s.as_str()), "{} shows {s}", a.path);
        }
    }
    answers
        .iter()
        .filter(|a| a.status == StatusCode::OK)
        .count()
}

#[tokio::test]
async fn a_visitor_of_the_published_demo_finds_only_the_function_address() {
    let app = TestApp::first_start().await;
    let author = app
        .store()
        .create_user("olga", "Olga Eigenaar", Some(PASSWORD), false)
        .await
        .unwrap();
    let doc = fill_in_details(&app, author.id).await;
    let anonymous = Browser::default();
    let answers = crawl(&app, &anonymous, DEMO).await;

    // The summary page is there, with the contact's name and the function address.
    let public = answers
        .iter()
        .find(|a| a.path == format!("/p/{DEMO}"))
        .unwrap();
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.text.contains("Eva van den Broek"), "{}", public.text);
    assert!(public.text.contains(&format!("mailto:{FUNCTION_ADDRESS}")));
    // Tasks with the organisations that hold them, not the people.
    assert!(public.text.contains("Gemeente Tilburg"));
    assert!(!public.text.contains("Niels Verhoeven"));
    // Every other page of the collaboration is absent, like a private one's.
    for a in answers.iter().filter(|a| {
        a.path.starts_with(&format!("/c/{DEMO}")) || a.path.starts_with("/api/collaborations/")
    }) {
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.path);
    }
    let secrets = vec![
        "Olga Eigenaar".to_owned(),
        "Functietitel".to_owned(),
        "forgeuser".to_owned(),
        "Niels Verhoeven".to_owned(),
    ];
    let read = assert_nothing_personal(&answers, &[FUNCTION_ADDRESS], &doc, &secrets);
    assert!(read >= 6, "only {read} answers read");

    // A signed-in account without a role is a visitor too.
    let stranger = app.user_with_role("sam", None).await;
    let answers = crawl(&app, &stranger, DEMO).await;
    assert_nothing_personal(&answers, &[FUNCTION_ADDRESS], &doc, &secrets);
}

/// Sends the publishing form as `b`: the settings page's form, then (when `confirm`)
/// the confirmation page's "yes".
async fn choose(
    app: &TestApp,
    b: &Browser,
    csrf: &str,
    level: &str,
    show: &[&str],
    address: &str,
    confirm: bool,
) -> Page {
    let mut fields = vec![
        ("csrf", csrf),
        ("level", level),
        ("contact_address", address),
    ];
    fields.extend(show.iter().map(|s| ("show", *s)));
    if confirm {
        fields.push(("confirm", "yes"));
    }
    app.post(b, &format!("/c/{DEMO}/settings/publishing"), &fields)
        .await
}

async fn publishing(app: &TestApp) -> Publishing {
    app.store()
        .collaboration(DEMO)
        .await
        .unwrap()
        .unwrap()
        .publishing
}

#[tokio::test]
async fn level_changes_need_an_owner_and_a_confirmation() {
    let app = TestApp::first_start().await;
    let before = publishing(&app).await;
    assert_eq!(before.level, Level::Summary);
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let editor = app.user_with_role("eddie", Some(Role::Editor)).await;

    // Editors see the choice, but no form to change it.
    let page = app.get(&editor, &format!("/c/{DEMO}/settings")).await;
    page.assert_contains(&["id=\"publishing\"", "Samenvatting", "Alleen een eigenaar"]);
    assert!(!page.body.contains("/settings/publishing"));
    // Not by an editor, not by a visitor, with or without the confirmation.
    let res = choose(&app, &editor, &page.csrf(), "full", &["emails"], "", true).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app
        .post(
            &Browser::default(),
            &format!("/c/{DEMO}/settings/publishing"),
            &[("level", "full"), ("confirm", "yes")],
        )
        .await;
    assert_ne!(res.status, StatusCode::SEE_OTHER);
    assert_ne!(res.status, StatusCode::OK);
    assert_eq!(publishing(&app).await, before);

    // The owner's form shows the choice now, every level and every switch off.
    let page = app.get(&owner, &format!("/c/{DEMO}/settings")).await;
    page.assert_contains(&[
        "action=\"/c/open-inkomensloket/settings/publishing\"",
        "value=\"summary\" checked",
        "value=\"names\">",
        "value=\"emails\">",
        "value=\"phones\">",
        "value=\"hours\">",
        "value=\"titles\">",
        "value=\"forge_usernames\">",
        "value=\"contact\" checked",
        FUNCTION_ADDRESS,
    ]);
    let csrf = page.csrf();
    // A function address that is not an address is refused, nothing changes.
    let res = choose(
        &app,
        &owner,
        &csrf,
        "full",
        &["contact"],
        "geen adres",
        true,
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["aria-invalid=\"true\""]);
    let res = choose(&app, &owner, &csrf, "alles", &[], "", true).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(publishing(&app).await, before);

    // Without the confirmation: a page that shows exactly what becomes visible, and
    // nothing is stored yet.
    let page = choose(
        &app,
        &owner,
        &csrf,
        "full",
        &["hours", "contact"],
        "loket@tilburg.example.nl",
        false,
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Controleer wat openbaar wordt",
        "Alles, alleen lezen",
        "Eva van den Broek</strong>, loket@tilburg.example.nl",
        "name=\"confirm\" value=\"yes\"",
        "name=\"show\" value=\"hours\"",
        "name=\"show\" value=\"contact\"",
        // The people as visitors will see them: their organisations, no addresses.
        "<th scope=\"row\">Gemeente Breda</th>",
    ]);
    assert!(!page.body.contains("l.mertens@breda.example.nl"));
    assert!(!page.body.contains("Linda Mertens"));
    assert_eq!(publishing(&app).await, before);

    // The "yes" stores it.
    let yes = app
        .post(
            &owner,
            &format!("/c/{DEMO}/settings/publishing"),
            &[
                ("csrf", page.csrf().as_str()),
                ("level", "full"),
                ("show", "hours"),
                ("show", "contact"),
                ("contact_address", "loket@tilburg.example.nl"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(yes.status, StatusCode::SEE_OTHER);
    assert!(yes.location().ends_with("/settings?saved=1#publishing"));
    assert_eq!(
        publishing(&app).await,
        Publishing {
            level: Level::Full,
            disclosure: Disclosure {
                hours: true,
                contact: true,
                ..Disclosure::default()
            },
            contact_address: Some(Text::new("loket@tilburg.example.nl").unwrap()),
        }
    );
    // Visitors read the pages now, at once (the write emptied the one-second cache).
    let people = app
        .get(&Browser::default(), &format!("/c/{DEMO}/people"))
        .await;
    assert_eq!(people.status, StatusCode::OK);
    people.assert_contains(&["loket@tilburg.example.nl"]);
    assert!(!people.body.contains("eva.vandenbroek@tilburg.example.nl"));

    // Back to not published: /p/ is gone too, for visitors and members alike.
    let page = app.get(&owner, &format!("/c/{DEMO}/settings")).await;
    let res = choose(&app, &owner, &page.csrf(), "none", &[], "", true).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    for b in [&Browser::default(), &owner] {
        assert_eq!(
            app.get(b, &format!("/p/{DEMO}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        app.get(&Browser::default(), &format!("/c/{DEMO}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_full_level_with_every_switch_off_shows_no_personal_details() {
    let app = TestApp::first_start().await;
    let owner_user = app
        .store()
        .create_user("olga", "Olga Eigenaar", Some(PASSWORD), false)
        .await
        .unwrap();
    let c = app.store().collaboration(DEMO).await.unwrap().unwrap();
    app.store()
        .set_role(c.id, owner_user.id, Role::Owner)
        .await
        .unwrap();
    let doc = fill_in_details(&app, owner_user.id).await;
    let owner = app.login("olga", PASSWORD).await;
    let page = app.get(&owner, &format!("/c/{DEMO}/settings")).await;
    let res = choose(&app, &owner, &page.csrf(), "full", &[], "", true).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    let answers = crawl(&app, &Browser::default(), DEMO).await;
    // Every page, download and export is there to read.
    for path in [
        format!("/c/{DEMO}/people"),
        format!("/c/{DEMO}/workload"),
        format!("/c/{DEMO}/history"),
        format!("/c/{DEMO}/rolverdeling.yaml"),
        format!("/c/{DEMO}/export/annex-pdf"),
        format!("/c/{DEMO}/export/xlsx"),
        format!("/api/collaborations/{DEMO}/document"),
    ] {
        let a = answers.iter().find(|a| a.path == path);
        assert_eq!(a.map(|a| a.status), Some(StatusCode::OK), "{path} not read");
    }
    // No address at all (the contact switch is off too), no phone number, no name,
    // title or forge user name of a person, and no author of a revision.
    let mut secrets: Vec<String> = doc
        .people
        .iter()
        .map(|p| p.name.to_string())
        .chain(["Olga Eigenaar".to_owned()])
        .chain(["Functietitel".to_owned(), "forgeuser".to_owned()])
        .collect();
    secrets.sort();
    secrets.dedup();
    let read = assert_nothing_personal(&answers, &[], &doc, &secrets);
    assert!(read > 40, "only {read} answers read");

    // The document visitors get has people as their organisations, without hours.
    let api = answers
        .iter()
        .find(|a| a.path == format!("/api/collaborations/{DEMO}/document"))
        .unwrap();
    let public: Document = rolwijzer_core::parse_document(api.text.as_bytes()).unwrap();
    assert_eq!(public.people.len(), doc.people.len());
    for (p, original) in public.people.iter().zip(&doc.people) {
        let party = doc.parties.iter().find(|x| x.id == original.party).unwrap();
        assert_eq!(p.name, party.name);
        assert_eq!(
            (
                &p.email,
                &p.phone,
                p.hours_per_week,
                &p.title,
                &p.forge_username
            ),
            (&None, &None, None, &None, &None)
        );
    }
    // Members still see everything.
    let people = app.get(&owner, &format!("/c/{DEMO}/people")).await;
    people.assert_contains(&["eva.vandenbroek@tilburg.example.nl", &phone(0)]);
}
