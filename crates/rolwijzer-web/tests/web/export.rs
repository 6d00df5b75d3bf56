//! Tests of the export page and its downloads: who may use them, that every format is
//! offered and served with its media type and file name, that the language and CSV
//! separator choices reach the file, and that the notices of the repository files are
//! shown. The files are compared with `rolwijzer_export::export` on the stored
//! document, the one source of their contents.

use crate::common::*;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use rolwijzer_core::{Date, Document, Lang, Report, analyse, parse_document};
use rolwijzer_export::{CsvSeparator, Format, Options};
use rolwijzer_store::Role;
use tower::ServiceExt;

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

/// A download, with its bytes as they are (the common helper reads text).
struct File {
    status: StatusCode,
    headers: HeaderMap,
    bytes: Vec<u8>,
}

impl File {
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

async fn fetch(app: &TestApp, b: &Browser, path: &str) -> File {
    let mut req = Request::get(path).header("sec-fetch-site", "same-origin");
    if let Some(c) = &b.cookie {
        req = req.header(header::COOKIE, c);
    }
    let res = rolwijzer_web::app(app.state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    File {
        status,
        headers,
        bytes,
    }
}

/// A collaboration's newest document, its number and its analysis, from the store.
async fn stored(app: &TestApp, slug: &str) -> (Document, i64, Report) {
    let c = app.store().collaboration(slug).await.unwrap().unwrap();
    let head = app.store().revision(c.id, c.head).await.unwrap();
    let report = analyse(&head.document, today());
    (head.document, c.head, report)
}

/// What `rolwijzer_export` writes for the stored document with these choices.
async fn expected(
    app: &TestApp,
    slug: &str,
    format: Format,
    lang: Lang,
    sep: CsvSeparator,
) -> rolwijzer_export::Export {
    let (doc, head, report) = stored(app, slug).await;
    let mut o = Options::new(today());
    o.lang = lang;
    o.revision = Some(head);
    o.csv_separator = sep;
    rolwijzer_export::export(&doc, &report, format, &o).unwrap()
}

/// Stores `doc` as a new private collaboration owned by a new user.
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

/// The part of a page about one format (its card).
fn card(body: &str, format: Format) -> &str {
    let start = body
        .find(&format!("id=\"format-{}\"", format.id()))
        .unwrap_or_else(|| panic!("no card for {}", format.id()));
    let rest = &body[start..];
    // Up to the next card, or the end of the page.
    let end = rest[1..]
        .find("class=\"card\"")
        .map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

#[tokio::test]
async fn the_page_lists_every_format_with_a_download_link() {
    let app = TestApp::spawn().await;
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    let page = app.get(&viewer, &format!("/c/{DEMO}/export")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains(&[
        "<span class=\"h1-page\">Exporteren</span>",
        &format!("href=\"/c/{DEMO}/export\" aria-current=\"page\""),
        "Bijlage bij de samenwerkingsovereenkomst (PDF)",
        "Spreadsheet voor Excel of LibreOffice",
        "method=\"get\"",
        "name=\"file_lang\"",
        "name=\"csv_separator\"",
    ]);
    // The technical files have their own page under "Beheer".
    let files = app.get(&viewer, &format!("/c/{DEMO}/files")).await;
    assert_eq!(files.status, StatusCode::OK);
    files.assert_contains(&["<span class=\"h1-page\">Technische bestanden</span>"]);
    for f in Format::ALL {
        let technical = matches!(
            f,
            Format::Governance | Format::Codeowners | Format::Publiccode | Format::Json
        );
        let (here, other) = if technical {
            (&files, &page)
        } else {
            (&page, &files)
        };
        assert!(
            !other.body.contains(&format!("id=\"format-{}\"", f.id())),
            "{} twice",
            f.id()
        );
        let c = card(&here.body, f);
        let mut href = format!("/c/{DEMO}/export/{}?lang=nl", f.id());
        if f == Format::Csv {
            href.push_str("&csv_separator=semicolon");
        }
        assert!(
            c.contains(&esc(&href)),
            "{}: no link {href} in\n{c}",
            f.id()
        );
        assert!(c.contains(&f.file_name(DEMO)), "{}: no file name", f.id());
        // Who it is for and what it holds, in words.
        assert!(c.matches("<p>").count() >= 3, "{}: {c}", f.id());
    }
    // No scripts: the page works without JavaScript.
    assert!(!page.body.contains("<script"));
    // The revision the files show.
    let head = app.head().await;
    page.assert_contains(&[&format!("versie {head}")]);

    let en = app.get(&viewer, &format!("/c/{DEMO}/export?lang=en")).await;
    en.assert_contains(&[
        "<span class=\"h1-page\">Export</span>",
        "Annex to the collaboration agreement (PDF)",
        &esc(&format!("/c/{DEMO}/export/annex-pdf?lang=en")),
    ]);
}

#[tokio::test]
async fn the_form_sets_the_language_and_separator_of_the_files_not_of_the_page() {
    let app = TestApp::spawn().await;
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    let page = app
        .get(
            &viewer,
            &format!("/c/{DEMO}/export?file_lang=en&csv_separator=comma"),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "<html lang=\"nl\">",
        &esc(&format!("/c/{DEMO}/export/csv?lang=en&csv_separator=comma")),
        &esc(&format!("/c/{DEMO}/export/annex-pdf?lang=en")),
        "value=\"en\" checked",
        "value=\"comma\" checked",
    ]);
    assert!(!page.body.contains("value=\"nl\" checked"));
    // Odd values fall back to the defaults rather than failing.
    let odd = app
        .get(
            &viewer,
            &format!("/c/{DEMO}/export?file_lang=xx&csv_separator=tab"),
        )
        .await;
    assert_eq!(odd.status, StatusCode::OK);
    odd.assert_contains(&["value=\"nl\" checked", "value=\"semicolon\" checked"]);
}

#[tokio::test]
async fn outsiders_get_404_and_viewers_may_export() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("eigenaar").await;
    let outsider = app.user_with_role("buiten", None).await;
    for path in [
        format!("/c/{slug}/export"),
        format!("/c/{slug}/export/annex-pdf"),
        format!("/c/{slug}/export/bestaat-niet"),
    ] {
        for b in [&outsider, &Browser::default()] {
            let f = fetch(&app, b, &path).await;
            assert_eq!(f.status, StatusCode::NOT_FOUND, "{path}");
            assert!(f.header(header::CONTENT_DISPOSITION).is_empty());
        }
    }
    // A viewer of the private collaboration, and the owner.
    let c = app.store().collaboration(&slug).await.unwrap().unwrap();
    let u = app
        .store()
        .create_user("lezer", "lezer", Some(PASSWORD), false)
        .await
        .unwrap();
    app.store()
        .set_role(c.id, u.id, Role::Viewer)
        .await
        .unwrap();
    let viewer = app.login("lezer", PASSWORD).await;
    for b in [&viewer, &owner] {
        assert_eq!(
            app.get(b, &format!("/c/{slug}/export")).await.status,
            StatusCode::OK
        );
        let f = fetch(&app, b, &format!("/c/{slug}/export/markdown")).await;
        assert_eq!(f.status, StatusCode::OK);
    }
    // A published collaboration is open to visitors, downloads included.
    let anon = Browser::default();
    assert_eq!(
        app.get(&anon, &format!("/c/{DEMO}/export")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        fetch(&app, &anon, &format!("/c/{DEMO}/export/annex-pdf"))
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn every_format_downloads_with_its_media_type_and_file_name() {
    let app = TestApp::spawn().await;
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    for f in Format::ALL {
        let file = fetch(&app, &viewer, &format!("/c/{DEMO}/export/{}", f.id())).await;
        assert_eq!(file.status, StatusCode::OK, "{}", f.id());
        assert_eq!(
            file.header(header::CONTENT_TYPE),
            f.media_type(),
            "{}",
            f.id()
        );
        assert_eq!(
            file.header(header::CONTENT_DISPOSITION),
            format!("attachment; filename=\"{}\"", f.file_name(DEMO)),
        );
        assert_eq!(file.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        assert_eq!(file.header(header::CONTENT_LANGUAGE), "nl");
        assert!(!file.bytes.is_empty(), "{}", f.id());
        match f {
            Format::AnnexPdf => assert!(file.bytes.starts_with(b"%PDF-")),
            Format::AnnexOdt | Format::Xlsx => assert!(file.bytes.starts_with(b"PK\x03\x04")),
            _ => {
                // Text files are exactly what the export crate writes for the stored
                // revision (with its number).
                let want = expected(&app, DEMO, f, Lang::Nl, CsvSeparator::Semicolon).await;
                assert_eq!(
                    String::from_utf8_lossy(&file.bytes),
                    String::from_utf8_lossy(&want.bytes),
                    "{}",
                    f.id()
                );
            }
        }
    }
}

#[tokio::test]
async fn language_and_separator_reach_the_file() {
    let app = TestApp::spawn().await;
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    let csv = fetch(
        &app,
        &viewer,
        &format!("/c/{DEMO}/export/csv?lang=en&csv_separator=comma"),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.header(header::CONTENT_LANGUAGE), "en");
    let want = expected(&app, DEMO, Format::Csv, Lang::En, CsvSeparator::Comma).await;
    assert_eq!(csv.bytes, want.bytes);
    let semicolon = expected(&app, DEMO, Format::Csv, Lang::En, CsvSeparator::Semicolon).await;
    assert_ne!(csv.bytes, semicolon.bytes);

    let md = fetch(&app, &viewer, &format!("/c/{DEMO}/export/markdown?lang=en")).await;
    let want = expected(
        &app,
        DEMO,
        Format::Markdown,
        Lang::En,
        CsvSeparator::Semicolon,
    )
    .await;
    assert_eq!(md.bytes, want.bytes);

    for bad in ["lang=xx", "csv_separator=tab"] {
        let f = fetch(&app, &viewer, &format!("/c/{DEMO}/export/csv?{bad}")).await;
        assert_eq!(f.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(f.header(header::CONTENT_DISPOSITION).is_empty());
    }
}

#[tokio::test]
async fn an_unknown_format_is_a_404_page() {
    let app = TestApp::spawn().await;
    let viewer = app.user_with_role("lezer", Some(Role::Viewer)).await;
    for id in ["docx", "PDF", "annex-pdf.pdf", ""] {
        let page = app.get(&viewer, &format!("/c/{DEMO}/export/{id}")).await;
        if id.is_empty() {
            // `/export/` is not a format at all.
            assert_ne!(page.status, StatusCode::OK);
            continue;
        }
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{id}");
        assert!(page.body.contains("<html"), "{id}: not a page");
    }
}

#[tokio::test]
async fn the_notices_of_the_repository_files_are_shown() {
    let app = TestApp::spawn().await;
    // Thijs does the repository but has no forge user name: CODEOWNERS lacks him.
    let text = include_str!("../../../../examples/delen-twee-gemeenten.yaml")
        .replace(", forge_username: thijsbrink", "");
    let doc = parse_document(text.as_bytes()).unwrap();
    let owner = own_collaboration(&app, "eigenaar", "afvalwijzer", &doc).await;
    for (lang, query) in [(Lang::Nl, ""), (Lang::En, "?file_lang=en")] {
        // CODEOWNERS and publiccode.yml are technical files, on their own page.
        let page = app
            .get(&owner, &format!("/c/afvalwijzer/files{query}"))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let mut shown = 0;
        for f in [Format::Codeowners, Format::Publiccode] {
            let want = expected(&app, "afvalwijzer", f, lang, CsvSeparator::Semicolon).await;
            let c = card(&page.body, f);
            for n in &want.notices {
                // The page words a notice its own way where the export names a key.
                let (id, args) = n.parts(lang);
                let own = format!("web-{id}");
                let text = if rolwijzer_web::words::has_own(lang, &own) {
                    rolwijzer_web::words::text(lang, &own, &args)
                } else {
                    n.message(lang)
                };
                assert!(!text.contains("forge_username") && !text.contains("contract_until"));
                assert!(c.contains(&esc(&text)), "{}: {n:?} not in\n{c}", f.id());
                shown += 1;
            }
        }
        assert!(shown > 0, "the test document should give a notice");
    }
    // A format without notices shows none.
    let page = app.get(&owner, "/c/afvalwijzer/export").await;
    assert!(!card(&page.body, Format::AnnexPdf).contains("class=\"notice\""));
}

/// Exports and analyses run on a limited pool: when it is full, a download waits a
/// moment and is then told the server is busy (503 with Retry-After, in words and as
/// problem+json for the API), while other pages still answer.
#[tokio::test]
async fn heavy_work_waits_its_turn_and_says_busy_instead_of_freezing_the_server() {
    let mut app = TestApp::spawn().await;
    app.state.work = std::sync::Arc::new(rolwijzer_web::Work::new(
        1,
        std::time::Duration::from_millis(200),
    ));
    let visitor = Browser::default();
    // The demo's analysis is made before the pool is full; it is shared afterwards.
    assert_eq!(
        app.get(&visitor, &format!("/c/{DEMO}")).await.status,
        StatusCode::OK
    );
    let full = app.state.work.occupy().await.expect("all permits");
    let page = app
        .get(&visitor, &format!("/c/{DEMO}/export/annex-pdf"))
        .await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(page.headers.get("retry-after").unwrap(), "30");
    page.assert_contains(&["Het is nu erg druk", "W503"]);
    let api = app
        .get(
            &visitor,
            &format!("/api/collaborations/{DEMO}/export/markdown"),
        )
        .await;
    assert_eq!(api.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(api.body.contains("\"code\":\"busy\""), "{}", api.body);
    // Other answers do not wait for heavy work.
    assert_eq!(app.get(&visitor, "/healthz").await.status, StatusCode::OK);
    assert_eq!(
        app.get(&visitor, &format!("/c/{DEMO}/matrix")).await.status,
        StatusCode::OK
    );
    // Once the work is done, the download is there.
    drop(full);
    let page = app
        .get(&visitor, &format!("/c/{DEMO}/export/annex-pdf"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.starts_with("%PDF"));
}
