//! The JSON API and the API token page. Every API response these tests see is checked
//! against the OpenAPI document (status documented, media type documented, JSON body
//! valid against its schema, documented headers present), so the document cannot
//! drift from what the server does.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use rolwijzer_export::Format;
use rolwijzer_store::Role;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::OnceLock;
use tower::ServiceExt;

// ---------------------------------------------------------------------------------
// Requests and the check against the OpenAPI document
// ---------------------------------------------------------------------------------

/// The committed OpenAPI document.
fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/api/openapi.json")
}

/// The document the server serves: the source of truth for the conformance checks
/// (the committed copy is compared with it in its own test).
async fn spec(app: &TestApp) -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    if let Some(s) = SPEC.get() {
        return s;
    }
    let page = app
        .send(
            Request::get("/api/openapi.json")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let v: Value = serde_json::from_str(&page.body).unwrap();
    SPEC.get_or_init(|| v)
}

/// One API request as a script would send it: no cookies, no Origin, no
/// Fetch-Metadata headers.
struct Call<'a> {
    method: &'a str,
    path: String,
    token: Option<&'a str>,
    headers: Vec<(&'a str, String)>,
    body: Vec<u8>,
}

impl<'a> Call<'a> {
    fn new(method: &'a str, path: impl Into<String>) -> Self {
        Call {
            method,
            path: path.into(),
            token: None,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    fn get(path: impl Into<String>) -> Self {
        Call::new("GET", path)
    }

    fn put(path: impl Into<String>) -> Self {
        Call::new("PUT", path)
    }

    fn post(path: impl Into<String>) -> Self {
        Call::new("POST", path)
    }

    fn token(mut self, token: &'a str) -> Self {
        self.token = Some(token);
        self
    }

    fn header(mut self, name: &'a str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    fn json(mut self, v: &Value) -> Self {
        self.body = serde_json::to_vec(v).unwrap();
        self.header("content-type", "application/json")
    }

    fn body(mut self, content_type: &'a str, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self.header("content-type", content_type)
    }

    fn request(&self) -> Request<Body> {
        let mut req = Request::builder().method(self.method).uri(&self.path);
        if let Some(t) = self.token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        for (k, v) in &self.headers {
            req = req.header(*k, v);
        }
        req.body(Body::from(self.body.clone())).unwrap()
    }

    /// Sends it and checks the answer against the OpenAPI document.
    async fn send(self, app: &TestApp) -> Page {
        let page = app.send(self.request()).await;
        if let Err(e) = conforms(spec(app).await, self.method, &self.path, &page) {
            panic!(
                "{} {} → {}: not as documented: {e}\n{}",
                self.method, self.path, page.status, page.body
            );
        }
        page
    }
}

/// Reading API answers (a trait, so it cannot clash with helpers added to [`Page`]).
trait ApiPage {
    fn api_json(&self) -> Value;
    fn api_header(&self, name: &str) -> &str;
    fn api_media(&self) -> &str;
    fn assert_problem(&self, status: u16, code: &str);
}

impl ApiPage for Page {
    fn api_json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    fn api_header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn api_media(&self) -> &str {
        self.api_header("content-type")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
    }

    fn assert_problem(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "{}", self.body);
        assert_eq!(
            self.api_media(),
            "application/problem+json",
            "{}",
            self.body
        );
        let p = self.api_json();
        assert_eq!(p["status"], status, "{}", self.body);
        assert_eq!(p["code"], code, "{}", self.body);
        assert!(!p["title"].as_str().unwrap().is_empty());
        assert!(!p["detail"].as_str().unwrap().is_empty());
    }
}

/// Follows a local `$ref`.
fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let pointer = r.strip_prefix('#').expect("only local references");
            resolve(spec, spec.pointer(pointer).expect("dangling $ref"))
        }
        None => v,
    }
}

/// The documented path template that `path` matches (`{x}` matches one segment).
fn template_of(spec: &Value, path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split('/').collect();
    spec["paths"].as_object()?.keys().find_map(|t| {
        let ts: Vec<&str> = t.split('/').collect();
        let same = ts.len() == segments.len()
            && ts
                .iter()
                .zip(&segments)
                .all(|(a, b)| (a.starts_with('{') && !b.is_empty()) || a == b);
        same.then(|| t.clone())
    })
}

/// Checks a JSON value against the subset of JSON Schema the document uses: `$ref`,
/// `type`, `enum`, `required`, `properties`, `additionalProperties: false`, `items`,
/// `minimum`, `maximum`.
fn validate(spec: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    let schema = resolve(spec, schema);
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            _ => false,
        });
        if !ok {
            return Err(format!("{at}: {v} is not of type {t}"));
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            return Err(format!("{at}: {v} is not one of {e:?}"));
        }
    }
    if let Some(n) = v.as_f64() {
        if schema
            .get("minimum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n < m)
            || schema
                .get("maximum")
                .and_then(Value::as_f64)
                .is_some_and(|m| n > m)
        {
            return Err(format!("{at}: {n} out of range"));
        }
    }
    if let Some(obj) = v.as_object() {
        for r in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let r = r.as_str().unwrap();
            if !obj.contains_key(r) {
                return Err(format!("{at}: missing required `{r}`"));
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (k, val) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => validate(spec, s, val, &format!("{at}.{k}"))?,
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    return Err(format!("{at}: undocumented property `{k}`"));
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(a)) = (schema.get("items"), v.as_array()) {
        for (i, item) in a.iter().enumerate() {
            validate(spec, items, item, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

/// Whether a response is what the document says for this operation.
fn conforms(spec: &Value, method: &str, path: &str, page: &Page) -> Result<(), String> {
    let path = path.split('?').next().unwrap_or(path);
    // HEAD is GET without the body (RFC 9110), so it is documented as GET.
    let head = method == "HEAD";
    let documented_as = if head {
        "get".to_owned()
    } else {
        method.to_ascii_lowercase()
    };
    let op = template_of(spec, path).and_then(|t| spec["paths"][&t].get(&documented_as).cloned());
    let Some(op) = op else {
        // Not documented: must be the API's own 404 or 405.
        return match (page.status.as_u16(), page.api_media()) {
            (404 | 405, "application/problem+json") => Ok(()),
            (s, m) => Err(format!("undocumented operation answered {s} {m}")),
        };
    };
    let status = page.status.as_u16().to_string();
    let Some(response) = op["responses"].get(&status) else {
        return Err(format!("status {status} is not documented"));
    };
    let response = resolve(spec, response);
    for (name, _) in response["headers"].as_object().into_iter().flatten() {
        if page.headers.get(name.as_str()).is_none() {
            return Err(format!("documented header {name} missing"));
        }
    }
    if let Some(etag) = page.headers.get("etag") {
        let etag = etag.to_str().unwrap();
        let digits = etag.trim_matches('"');
        if !(etag.len() >= 3
            && etag.starts_with('"')
            && etag.ends_with('"')
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0'))
        {
            return Err(format!("ETag {etag} is not a quoted revision number"));
        }
    }
    if head {
        return if page.body.is_empty() {
            Ok(())
        } else {
            Err("a body in the answer to HEAD".into())
        };
    }
    let Some(content) = response.get("content").and_then(Value::as_object) else {
        return if page.body.is_empty() {
            Ok(())
        } else {
            Err("a body where none is documented".into())
        };
    };
    let media = page.api_media();
    let Some(entry) = content.get(media) else {
        return Err(format!(
            "media type {media} not documented (documented: {:?})",
            content.keys().collect::<Vec<_>>()
        ));
    };
    if media.ends_with("json") {
        let v: Value =
            serde_json::from_str(&page.body).map_err(|e| format!("body is not JSON: {e}"))?;
        if let Some(schema) = entry.get("schema") {
            validate(spec, schema, &v, "body")?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// A collaboration with one member of each role, and their tokens
// ---------------------------------------------------------------------------------

struct World {
    app: TestApp,
    /// A private collaboration.
    slug: String,
    owner: String,
    editor: String,
    viewer: String,
    /// Signed in, but not a member of `slug`.
    outsider: String,
}

async fn token_of(app: &TestApp, username: &str) -> String {
    let user = app.store().user_by_name(username).await.unwrap().unwrap();
    app.store()
        .create_api_token(user.id, "test")
        .await
        .unwrap()
        .unwrap()
        .1
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let (slug, _) = app.private_collaboration("eigenaar").await;
    let c = app.store().collaboration(&slug).await.unwrap().unwrap();
    for (name, role) in [
        ("bewerker", Some(Role::Editor)),
        ("lezer", Some(Role::Viewer)),
        ("buitenstaander", None),
    ] {
        let u = app
            .store()
            .create_user(name, name, Some(PASSWORD), false)
            .await
            .unwrap();
        if let Some(role) = role {
            app.store().set_role(c.id, u.id, role).await.unwrap();
        }
    }
    World {
        owner: token_of(&app, "eigenaar").await,
        editor: token_of(&app, "bewerker").await,
        viewer: token_of(&app, "lezer").await,
        outsider: token_of(&app, "buitenstaander").await,
        slug,
        app,
    }
}

impl World {
    fn doc_path(&self) -> String {
        format!("/api/collaborations/{}/document", self.slug)
    }

    /// The document and its ETag, as the owner sees them.
    async fn fetch(&self) -> (Value, String) {
        let page = Call::get(self.doc_path())
            .token(&self.owner)
            .send(&self.app)
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        (page.api_json(), page.api_header("etag").to_owned())
    }

    async fn head(&self) -> i64 {
        self.app
            .store()
            .collaboration(&self.slug)
            .await
            .unwrap()
            .unwrap()
            .head
    }
}

fn with_description(doc: &Value, text: &str) -> Value {
    let mut d = doc.clone();
    d["collaboration"]["description"] = json!(text);
    d
}

// ---------------------------------------------------------------------------------
// The OpenAPI document
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn the_committed_openapi_document_is_the_served_one() {
    let app = TestApp::spawn().await;
    let page = Call::get("/api/openapi.json").send(&app).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.api_media(), "application/json");
    let path = committed_path();
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &page.body).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == page.body,
        "docs/api/openapi.json is not the document the server serves. If the API changed \
         on purpose, regenerate it with:\n  UPDATE_OPENAPI=1 cargo test -p rolwijzer-web --test web api::the_committed_openapi_document_is_the_served_one\nand commit the result."
    );
    let v = page.api_json();
    assert_eq!(v["openapi"], "3.1.0");
    assert_eq!(
        v["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
}

#[tokio::test]
async fn every_example_fits_the_documented_document_schema() {
    let app = TestApp::spawn().await;
    let spec = spec(&app).await;
    let schema = json!({"$ref": "#/components/schemas/Document"});
    for (name, yaml) in [
        (
            "delen",
            include_str!("../../../../examples/delen-twee-gemeenten.yaml"),
        ),
        ("gestructureerd", EXAMPLE_YAML),
        (
            "roulerend",
            include_str!("../../../../examples/roulerend-licht-vier-gemeenten.yaml"),
        ),
    ] {
        let doc = rolwijzer_core::parse::from_yaml(yaml).unwrap();
        let v: Value = serde_json::from_str(&rolwijzer_core::parse::to_json(&doc)).unwrap();
        if let Err(e) = validate(spec, &schema, &v, "document") {
            panic!("{name}: {e}");
        }
    }
    // And the schema is closed, as the parser is: an unknown key does not fit.
    let mut doc: Value = serde_json::from_str(&rolwijzer_core::parse::to_json(
        &rolwijzer_core::parse::from_yaml(EXAMPLE_YAML).unwrap(),
    ))
    .unwrap();
    doc["collaboration"]["nmae"] = json!("X");
    assert!(validate(spec, &schema, &doc, "document").is_err());
}

#[tokio::test]
async fn every_documented_operation_is_routed() {
    let w = world().await;
    let spec = spec(&w.app).await;
    let (doc, etag) = w.fetch().await;
    let mut seen = 0;
    for (template, item) in spec["paths"].as_object().unwrap() {
        for method in ["get", "put", "post", "delete", "patch"] {
            if item.get(method).is_none() {
                continue;
            }
            seen += 1;
            let path = template
                .replace("{slug}", &w.slug)
                .replace("{format}", "markdown");
            let upper = method.to_ascii_uppercase();
            let call = Call::new(&upper, path.clone()).token(&w.owner);
            // Writes get the newest revision and the document unchanged, so the call
            // is valid without changing anything.
            let call = if method == "get" {
                call
            } else {
                call.header("if-match", etag.clone()).json(&doc)
            };
            let page = call.send(&w.app).await;
            assert!(
                !matches!(page.status.as_u16(), 404 | 405),
                "{method} {path} is documented but answered {}",
                page.status
            );
        }
    }
    assert!(seen >= 6, "only {seen} operations documented");
}

#[tokio::test]
async fn unknown_paths_and_methods_answer_as_problems() {
    let w = world().await;
    Call::get("/api/nothing-here")
        .send(&w.app)
        .await
        .assert_problem(404, "no-such-path");
    let page = Call::new("DELETE", w.doc_path())
        .token(&w.owner)
        .send(&w.app)
        .await;
    page.assert_problem(405, "method-not-allowed");
    assert!(
        page.api_header("allow").contains("PUT"),
        "{:?}",
        page.headers
    );
    // HEAD works wherever GET does.
    let page = Call::new("HEAD", w.doc_path())
        .token(&w.owner)
        .send(&w.app)
        .await;
    assert_eq!(
        (page.status, page.api_header("etag")),
        (StatusCode::OK, "\"1\"")
    );
    let page = Call::new("DELETE", "/api/collaborations")
        .token(&w.owner)
        .send(&w.app)
        .await;
    page.assert_problem(405, "method-not-allowed");
    assert!(
        page.api_header("allow").contains("POST"),
        "{:?}",
        page.headers
    );
}

// ---------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn missing_malformed_wrong_and_revoked_tokens_get_401_with_a_bearer_challenge() {
    let w = world().await;
    // Missing, where a token is needed (changing the published demo).
    let page = Call::put(format!("/api/collaborations/{DEMO}/document"))
        .header("if-match", "\"1\"")
        .body("application/yaml", "version: 1\n")
        .send(&w.app)
        .await;
    page.assert_problem(401, "token-required");
    assert!(page.api_header("www-authenticate").starts_with("Bearer"));

    let user = w.app.store().user_by_name("lezer").await.unwrap().unwrap();
    let (id, revoked) = w
        .app
        .store()
        .create_api_token(user.id, "weg")
        .await
        .unwrap()
        .unwrap();
    assert!(w.app.store().revoke_api_token(user.id, id).await.unwrap());
    let wrong = format!("rwt_{}", "0".repeat(64));
    for auth in [
        "Bearer".to_owned(),
        "Bearer ".to_owned(),
        "Bearer abc".to_owned(),
        format!("Bearer {wrong}"),
        format!("Bearer {revoked}"),
        format!("Basic {}", w.owner),
        w.owner.clone(),
    ] {
        let page = Call::get("/api/collaborations")
            .header("authorization", auth.clone())
            .send(&w.app)
            .await;
        page.assert_problem(401, "token-invalid");
        assert!(
            page.api_header("www-authenticate")
                .contains("error=\"invalid_token\""),
            "{auth}"
        );
    }
    // The scheme is case-insensitive; a good token works.
    let page = Call::get("/api/collaborations")
        .header("authorization", format!("bearer {}", w.owner))
        .send(&w.app)
        .await;
    assert_eq!(page.status, StatusCode::OK);
}

#[tokio::test]
async fn using_a_token_is_recorded() {
    let w = world().await;
    let user = w
        .app
        .store()
        .user_by_name("eigenaar")
        .await
        .unwrap()
        .unwrap();
    assert!(
        w.app.store().api_tokens(user.id).await.unwrap()[0]
            .last_used_at
            .is_none()
    );
    Call::get("/api/collaborations")
        .token(&w.owner)
        .send(&w.app)
        .await;
    assert!(
        w.app.store().api_tokens(user.id).await.unwrap()[0]
            .last_used_at
            .is_some()
    );
}

// ---------------------------------------------------------------------------------
// Listing and roles
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn the_list_holds_what_the_caller_can_see() {
    let w = world().await;
    let slugs_roles = |page: &Page| -> Vec<(String, Value)> {
        page.api_json()
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["slug"].as_str().unwrap().to_owned(), c["role"].clone()))
            .collect()
    };
    let anon = Call::get("/api/collaborations").send(&w.app).await;
    assert_eq!(anon.status, StatusCode::OK);
    assert_eq!(slugs_roles(&anon), vec![(DEMO.to_owned(), Value::Null)]);
    assert_eq!(anon.api_json()[0]["published"], true);

    let owner = Call::get("/api/collaborations")
        .token(&w.owner)
        .send(&w.app)
        .await;
    let mut got = slugs_roles(&owner);
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        got,
        vec![
            (DEMO.to_owned(), Value::Null),
            (w.slug.clone(), json!("owner"))
        ]
    );
    let mine = owner
        .api_json()
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == w.slug.as_str())
        .cloned()
        .unwrap();
    assert_eq!(mine["revision"], 1);
    assert_eq!(mine["published"], false);
    assert_eq!(mine["name"], "Afvalwijzer");

    for (token, role) in [(&w.editor, "editor"), (&w.viewer, "viewer")] {
        let page = Call::get("/api/collaborations")
            .token(token)
            .send(&w.app)
            .await;
        assert!(slugs_roles(&page).contains(&(w.slug.clone(), json!(role))));
    }
    let outsider = Call::get("/api/collaborations")
        .token(&w.outsider)
        .send(&w.app)
        .await;
    assert_eq!(slugs_roles(&outsider), vec![(DEMO.to_owned(), Value::Null)]);
}

#[tokio::test]
async fn viewers_read_editors_write_outsiders_see_nothing() {
    let w = world().await;
    let (doc, etag) = w.fetch().await;
    let report = format!("/api/collaborations/{}/export/markdown", w.slug);

    // Everyone with a role reads.
    for token in [&w.owner, &w.editor, &w.viewer] {
        let page = Call::get(w.doc_path()).token(token).send(&w.app).await;
        assert_eq!(page.status, StatusCode::OK);
        let page = Call::get(&report).token(token).send(&w.app).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    }
    // Outsiders and anonymous callers get 404 for reading, and outsiders for writing,
    // exactly like a collaboration that does not exist.
    for token in [Some(&w.outsider), None] {
        for path in [
            w.doc_path(),
            report.clone(),
            format!("/api/collaborations/{}/report", w.slug),
            format!("/api/collaborations/{}/export/no-such-format", w.slug),
            "/api/collaborations/bestaat-niet/document".to_owned(),
        ] {
            let mut call = Call::get(path.clone());
            if let Some(t) = token {
                call = call.token(t);
            }
            call.send(&w.app).await.assert_problem(404, "not-found");
        }
        let call = Call::put(w.doc_path())
            .header("if-match", etag.clone())
            .json(&with_description(&doc, "van buiten"));
        match token {
            Some(t) => call
                .token(t)
                .send(&w.app)
                .await
                .assert_problem(404, "not-found"),
            // Writing without a token is 401 before anything is looked up, for an
            // existing and a missing collaboration alike: that reveals nothing.
            None => {
                call.send(&w.app)
                    .await
                    .assert_problem(401, "token-required");
                Call::put("/api/collaborations/bestaat-niet/document")
                    .header("if-match", etag.clone())
                    .json(&doc)
                    .send(&w.app)
                    .await
                    .assert_problem(401, "token-required");
            }
        }
    }
    // A viewer may not write.
    Call::put(w.doc_path())
        .token(&w.viewer)
        .header("if-match", etag.clone())
        .json(&with_description(&doc, "door de lezer"))
        .send(&w.app)
        .await
        .assert_problem(403, "forbidden");
    assert_eq!(w.head().await, 1, "a refused PUT saved something");
    // An editor may.
    let page = Call::put(w.doc_path())
        .token(&w.editor)
        .header("if-match", etag)
        .json(&with_description(&doc, "door de bewerker"))
        .send(&w.app)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let rev = w
        .app
        .store()
        .revision(
            w.app
                .store()
                .collaboration(&w.slug)
                .await
                .unwrap()
                .unwrap()
                .id,
            2,
        )
        .await
        .unwrap();
    assert_eq!(rev.meta.author.as_deref(), Some("bewerker"));
}

#[tokio::test]
async fn anonymous_callers_read_published_collaborations_only() {
    let app = TestApp::spawn().await;
    let doc = Call::get(format!("/api/collaborations/{DEMO}/document"))
        .send(&app)
        .await;
    assert_eq!(doc.status, StatusCode::OK);
    assert_eq!(
        doc.api_json()["collaboration"]["name"],
        "Open Inkomensloket"
    );
    let export = Call::get(format!("/api/collaborations/{DEMO}/export/csv"))
        .send(&app)
        .await;
    assert_eq!(export.status, StatusCode::OK, "{}", export.body);
    // Writing needs a token; someone with a token but no role may not.
    let page = Call::put(format!("/api/collaborations/{DEMO}/document"))
        .header("if-match", "\"1\"")
        .json(&doc.api_json())
        .send(&app)
        .await;
    page.assert_problem(401, "token-required");
    let outsider = app
        .store()
        .create_user("iemand", "Iemand", Some(PASSWORD), false)
        .await
        .unwrap();
    let (_, token) = app
        .store()
        .create_api_token(outsider.id, "x")
        .await
        .unwrap()
        .unwrap();
    Call::put(format!("/api/collaborations/{DEMO}/document"))
        .token(&token)
        .header("if-match", "\"1\"")
        .json(&doc.api_json())
        .send(&app)
        .await
        .assert_problem(403, "forbidden");
    assert_eq!(app.head().await, 1);
}

// ---------------------------------------------------------------------------------
// The document and its preconditions
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn the_document_comes_as_json_or_yaml_with_its_revision_as_etag() {
    let w = world().await;
    let json_page = Call::get(w.doc_path()).token(&w.owner).send(&w.app).await;
    assert_eq!(json_page.api_media(), "application/json");
    assert_eq!(json_page.api_header("etag"), "\"1\"");
    assert!(json_page.api_header("vary").contains("Authorization"));
    let yaml_page = Call::get(w.doc_path())
        .token(&w.owner)
        .header("accept", "application/yaml")
        .send(&w.app)
        .await;
    assert_eq!(yaml_page.api_media(), "application/yaml");
    assert_eq!(yaml_page.api_header("etag"), "\"1\"");
    let from_yaml = rolwijzer_core::parse::from_yaml(&yaml_page.body).unwrap();
    let from_json = rolwijzer_core::parse::from_json(&json_page.body).unwrap();
    assert_eq!(from_yaml, from_json);
    // JSON wins a tie and any wildcard.
    for accept in ["*/*", "application/json, application/yaml", "text/html"] {
        let page = Call::get(w.doc_path())
            .token(&w.owner)
            .header("accept", accept)
            .send(&w.app)
            .await;
        assert_eq!(page.api_media(), "application/json", "{accept}");
    }
    let page = Call::get(w.doc_path())
        .token(&w.owner)
        .header("accept", "application/json;q=0.5, application/yaml")
        .send(&w.app)
        .await;
    assert_eq!(page.api_media(), "application/yaml");
}

#[tokio::test]
async fn if_none_match_with_the_newest_revision_gives_304() {
    let w = world().await;
    for tag in ["\"1\"", "W/\"1\"", "\"9\", \"1\"", "*"] {
        let page = Call::get(w.doc_path())
            .token(&w.owner)
            .header("if-none-match", tag)
            .send(&w.app)
            .await;
        assert_eq!(page.status, StatusCode::NOT_MODIFIED, "{tag}");
        assert_eq!(page.api_header("etag"), "\"1\"");
        assert!(page.body.is_empty());
    }
    let page = Call::get(w.doc_path())
        .token(&w.owner)
        .header("if-none-match", "\"7\"")
        .send(&w.app)
        .await;
    assert_eq!(page.status, StatusCode::OK);
}

#[tokio::test]
async fn a_put_needs_if_match_and_a_stale_one_gets_412() {
    let w = world().await;
    let (doc, etag) = w.fetch().await;
    assert_eq!(etag, "\"1\"");
    let new = with_description(&doc, "Nieuwe beschrijving");
    // No If-Match, or `*`: 428.
    Call::put(w.doc_path())
        .token(&w.owner)
        .json(&new)
        .send(&w.app)
        .await
        .assert_problem(428, "precondition-required");
    Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "*")
        .json(&new)
        .send(&w.app)
        .await
        .assert_problem(428, "precondition-required");
    // The right one: saved, with the new ETag and the findings.
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", etag.clone())
        .json(&new)
        .send(&w.app)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.api_header("etag"), "\"2\"");
    let saved = page.api_json();
    assert_eq!(
        (saved["revision"].as_i64(), saved["changed"].as_bool()),
        (Some(2), Some(true))
    );
    assert!(
        saved["message"]
            .as_str()
            .unwrap()
            .starts_with("Via de API:")
    );
    assert!(saved["summary"]["errors"].is_u64());
    assert_eq!(w.head().await, 2);
    let (stored, _) = w.fetch().await;
    assert_eq!(
        stored["collaboration"]["description"],
        "Nieuwe beschrijving"
    );
    // The old ETag is stale now: 412 with the newest, nothing saved. So are a weak
    // tag and a tag without quotes.
    for stale in [etag.as_str(), "W/\"2\"", "2", "\"twee\""] {
        let page = Call::put(w.doc_path())
            .token(&w.owner)
            .header("if-match", stale)
            .json(&with_description(&doc, "Oud"))
            .send(&w.app)
            .await;
        page.assert_problem(412, "stale-revision");
        assert_eq!(page.api_header("etag"), "\"2\"", "{stale}");
        assert_eq!(page.api_json()["revision"], 2);
    }
    assert_eq!(w.head().await, 2);
    // The same document again: idempotent, no new revision.
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"2\"")
        .json(&new)
        .send(&w.app)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.api_json()["changed"], false);
    assert_eq!(page.api_header("etag"), "\"2\"");
    assert_eq!(w.head().await, 2);
}

#[tokio::test]
async fn two_puts_from_one_revision_one_wins_and_no_update_is_lost() {
    let w = world().await;
    let (doc, etag) = w.fetch().await;
    let a = with_description(&doc, "Wijziging van A");
    let mut b = doc.clone();
    b["collaboration"]["website"] = json!("https://b.example.org");
    let first = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", etag.clone())
        .json(&a)
        .send(&w.app)
        .await;
    assert_eq!(first.status, StatusCode::OK);
    let second = Call::put(w.doc_path())
        .token(&w.editor)
        .header("if-match", etag.clone())
        .json(&b)
        .send(&w.app)
        .await;
    second.assert_problem(412, "stale-revision");
    // B does what the answer says: fetch the newest, apply the change, send again.
    let (newest, newest_tag) = w.fetch().await;
    assert_eq!(newest_tag, second.api_header("etag"));
    let mut b2 = newest.clone();
    b2["collaboration"]["website"] = json!("https://b.example.org");
    let third = Call::put(w.doc_path())
        .token(&w.editor)
        .header("if-match", newest_tag)
        .json(&b2)
        .send(&w.app)
        .await;
    assert_eq!(third.status, StatusCode::OK, "{}", third.body);
    let (end, _) = w.fetch().await;
    assert_eq!(end["collaboration"]["description"], "Wijziging van A");
    assert_eq!(end["collaboration"]["website"], "https://b.example.org");
    assert_eq!(w.head().await, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_puts_from_one_revision_have_one_winner() {
    let w = world().await;
    let (doc, etag) = w.fetch().await;
    let mut set = tokio::task::JoinSet::new();
    for i in 0..6 {
        let req = Call::put(w.doc_path())
            .token(&w.owner)
            .header("if-match", etag.clone())
            .json(&with_description(&doc, &format!("poging {i}")))
            .request();
        let state = w.app.state.clone();
        set.spawn(async move {
            rolwijzer_web::app(state)
                .oneshot(req)
                .await
                .unwrap()
                .status()
        });
    }
    let statuses = set.join_all().await;
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let stale = statuses
        .iter()
        .filter(|s| **s == StatusCode::PRECONDITION_FAILED)
        .count();
    assert_eq!((ok, stale), (1, 5), "{statuses:?}");
    assert_eq!(w.head().await, 2);
}

#[tokio::test]
async fn bad_bodies_are_refused_with_the_reason() {
    let w = world().await;
    // YAML with an unknown key: 422 with the line, in the checker's words.
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .body(
            "application/yaml",
            "version: 1\ncollaboration:\n  name: X\n  nmae: Y\n",
        )
        .send(&w.app)
        .await;
    page.assert_problem(422, "invalid-document");
    let p = page.api_json();
    assert_eq!(p["line"], 4, "{p}");
    assert!(p["detail"].as_str().unwrap().contains("nmae"), "{p}");
    // JSON with a syntax error: line and column.
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .body("application/json", "{\n  \"version\": 1,\n  oops\n}")
        .send(&w.app)
        .await;
    page.assert_problem(422, "invalid-document");
    assert_eq!(page.api_json()["line"], 3);
    assert!(page.api_json()["column"].is_u64());
    // In English when asked.
    let page = Call::put(format!("{}?lang=en", w.doc_path()))
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .body("application/json", "")
        .send(&w.app)
        .await;
    page.assert_problem(422, "invalid-document");
    assert_eq!(page.api_header("content-language"), "en");
    // Neither JSON nor YAML: 415, with what is accepted.
    for ct in ["text/plain", "application/x-www-form-urlencoded"] {
        let page = Call::put(w.doc_path())
            .token(&w.owner)
            .header("if-match", "\"1\"")
            .body(ct, "version: 1")
            .send(&w.app)
            .await;
        page.assert_problem(415, "unsupported-media-type");
        assert!(page.api_header("accept").contains("application/yaml"));
    }
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .send(&w.app)
        .await;
    page.assert_problem(415, "unsupported-media-type");
    // Larger than a document may be: 413, whether or not the size was announced.
    let huge = vec![b' '; rolwijzer_core::parse::MAX_DOCUMENT_BYTES + 1];
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .body("application/yaml", huge.clone())
        .send(&w.app)
        .await;
    page.assert_problem(413, "too-large");
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .header("content-length", huge.len().to_string())
        .body("application/yaml", huge)
        .send(&w.app)
        .await;
    page.assert_problem(413, "too-large");
    assert_eq!(w.head().await, 1, "a refused body saved something");
}

#[tokio::test]
async fn a_yaml_body_is_saved_like_an_imported_file() {
    let w = world().await;
    let yaml = include_str!("../../../../examples/delen-twee-gemeenten.yaml")
        .replace("name: Afvalwijzer", "name: Afvalwijzer Oost");
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .body("application/yaml; charset=utf-8", yaml)
        .send(&w.app)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let c = w.app.store().collaboration(&w.slug).await.unwrap().unwrap();
    assert_eq!((c.head, c.name.as_str()), (2, "Afvalwijzer Oost"));
}

// ---------------------------------------------------------------------------------
// A new collaboration
// ---------------------------------------------------------------------------------

/// An example division as YAML, as a script would send a `rolverdeling.yaml`.
const EXAMPLE_YAML: &str =
    include_str!("../../../../examples/gestructureerd-twaalf-gemeenten.yaml");

impl World {
    async fn count(&self) -> i64 {
        self.app.store().count_collaborations().await.unwrap()
    }
}

#[tokio::test]
async fn post_creates_a_collaboration_the_caller_owns() {
    let w = world().await;
    let before = w.count().await;
    // Someone who is a member of nothing may start one, as in the start wizard.
    let page = Call::post("/api/collaborations?slug=twaalf-samen")
        .token(&w.outsider)
        .body("application/yaml", EXAMPLE_YAML)
        .send(&w.app)
        .await;
    assert_eq!(page.status, StatusCode::CREATED, "{}", page.body);
    let created = page.api_json();
    // The slug asked for, a dash and six random characters (see privacy.rs).
    let slug = created["slug"].as_str().unwrap().to_owned();
    assert!(
        slug.starts_with("twaalf-samen-") && slug.len() == "twaalf-samen-".len() + 6,
        "{slug}"
    );
    assert_eq!(
        page.api_header("location"),
        format!("/api/collaborations/{slug}/document")
    );
    assert_eq!(page.api_header("etag"), "\"1\"");
    assert_eq!(created["revision"].as_i64(), Some(1));
    assert!(created["summary"]["errors"].is_u64());
    assert_eq!(w.count().await, before + 1);

    // The Location answers with the document sent, at revision 1.
    let doc = Call::get(page.api_header("location"))
        .token(&w.outsider)
        .send(&w.app)
        .await;
    assert_eq!(
        (doc.status, doc.api_header("etag")),
        (StatusCode::OK, "\"1\"")
    );
    assert_eq!(
        rolwijzer_core::parse::from_json(&doc.body).unwrap(),
        rolwijzer_core::parse::from_yaml(EXAMPLE_YAML).unwrap()
    );
    // Listed with the owner role; private, so others do not see it.
    let list = Call::get("/api/collaborations")
        .token(&w.outsider)
        .send(&w.app)
        .await;
    let mine = list
        .api_json()
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == slug.as_str())
        .cloned()
        .expect("the new collaboration is listed");
    assert_eq!(
        (mine["role"].as_str(), mine["published"].as_bool()),
        (Some("owner"), Some(false))
    );
    Call::get(page.api_header("location"))
        .token(&w.owner)
        .send(&w.app)
        .await
        .assert_problem(404, "not-found");
    // The history names who made it and how.
    let c = w.app.store().collaboration(&slug).await.unwrap().unwrap();
    let first = w.app.store().revision(c.id, 1).await.unwrap();
    assert_eq!(first.meta.author.as_deref(), Some("buitenstaander"));
    assert_eq!(first.meta.kind, rolwijzer_store::RevisionKind::Create);
    assert_eq!(first.meta.summary, "Aangemaakt via de API");
    // The ETag is ready for the first change.
    let changed = Call::put(page.api_header("location"))
        .token(&w.outsider)
        .header("if-match", page.api_header("etag"))
        .json(&with_description(&doc.api_json(), "Tweede versie"))
        .send(&w.app)
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    assert_eq!(changed.api_header("etag"), "\"2\"");
}

#[tokio::test]
async fn without_a_slug_one_is_made_from_the_name() {
    let w = world().await;
    let (doc, _) = w.fetch().await;
    assert_eq!(doc["collaboration"]["name"], "Afvalwijzer");
    let mut slugs = Vec::new();
    for _ in 0..2 {
        let page = Call::post("/api/collaborations")
            .token(&w.editor)
            .json(&doc)
            .send(&w.app)
            .await;
        assert_eq!(page.status, StatusCode::CREATED, "{}", page.body);
        let slug = page.api_json()["slug"].as_str().unwrap().to_owned();
        assert_eq!(
            page.api_header("location"),
            format!("/api/collaborations/{slug}/document")
        );
        slugs.push(slug);
    }
    // The same name twice: each gets the name with its own random part, never a
    // counter (which would tell how many exist).
    assert!(
        slugs.iter().all(|s| s.starts_with("afvalwijzer-")),
        "{slugs:?}"
    );
    assert_ne!(slugs[0], slugs[1]);
}

#[tokio::test]
async fn creating_needs_a_token() {
    let w = world().await;
    let before = w.count().await;
    let page = Call::post("/api/collaborations?slug=anoniem")
        .body("application/yaml", EXAMPLE_YAML)
        .send(&w.app)
        .await;
    page.assert_problem(401, "token-required");
    assert!(page.api_header("www-authenticate").starts_with("Bearer"));
    Call::post("/api/collaborations?slug=anoniem")
        .header("authorization", format!("Bearer rwt_{}", "0".repeat(64)))
        .body("application/yaml", EXAMPLE_YAML)
        .send(&w.app)
        .await
        .assert_problem(401, "token-invalid");
    assert_eq!(w.count().await, before);
}

#[tokio::test]
async fn a_bad_slug_is_refused_and_nothing_is_made() {
    let w = world().await;
    let before = w.count().await;
    // Not a slug: 422, saying what a slug may hold.
    for bad in [
        "",
        "Hoofdletters",
        "met_liggend_streepje",
        "-vooraan",
        "achteraan-",
        "twee--streepjes",
        "caf%C3%A9",
        "met%20spatie",
        &"x".repeat(61),
    ] {
        let page = Call::post(format!("/api/collaborations?slug={bad}&lang=en"))
            .token(&w.owner)
            .body("application/yaml", EXAMPLE_YAML)
            .send(&w.app)
            .await;
        page.assert_problem(422, "invalid-slug");
        let p = page.api_json();
        assert_eq!(p["title"], "Slug is not valid", "{bad}");
        assert!(
            p["detail"].as_str().unwrap().contains("lowercase letters"),
            "{bad}: {p}"
        );
    }
    // Whether a slug is taken is never answered: see privacy.rs.
    assert_eq!(w.count().await, before);
    // The taken one is unchanged.
    assert_eq!(w.head().await, 1);
    let (doc, _) = w.fetch().await;
    assert_eq!(doc["collaboration"]["name"], "Afvalwijzer");
}

#[tokio::test]
async fn a_bad_body_creates_nothing() {
    let w = world().await;
    let before = w.count().await;
    let post = || Call::post("/api/collaborations?slug=mislukt").token(&w.owner);
    // Not a valid document: 422 with the line, as for PUT.
    let page = post()
        .body(
            "application/yaml",
            "version: 1\ncollaboration:\n  name: X\n  nmae: Y\n",
        )
        .send(&w.app)
        .await;
    page.assert_problem(422, "invalid-document");
    assert_eq!(page.api_json()["line"], 4);
    let page = post()
        .body("application/json", "{\"version\": 1,")
        .send(&w.app)
        .await;
    page.assert_problem(422, "invalid-document");
    post()
        .body("application/json", "")
        .send(&w.app)
        .await
        .assert_problem(422, "invalid-document");
    // Neither JSON nor YAML, or no type at all: 415.
    for ct in ["text/plain", "multipart/form-data"] {
        let page = post().body(ct, EXAMPLE_YAML).send(&w.app).await;
        page.assert_problem(415, "unsupported-media-type");
        assert!(page.api_header("accept").contains("application/json"));
    }
    post()
        .send(&w.app)
        .await
        .assert_problem(415, "unsupported-media-type");
    // Too large: 413.
    post()
        .body(
            "application/yaml",
            vec![b' '; rolwijzer_core::parse::MAX_DOCUMENT_BYTES + 1],
        )
        .send(&w.app)
        .await
        .assert_problem(413, "too-large");
    assert_eq!(w.count().await, before);
}

// ---------------------------------------------------------------------------------
// Report and exports
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn the_report_is_the_checks_json() {
    let w = world().await;
    for lang in ["nl", "en"] {
        let page = Call::get(format!("/api/collaborations/{}/report?lang={lang}", w.slug))
            .token(&w.viewer)
            .send(&w.app)
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_eq!(page.api_media(), "application/json");
        let r = page.api_json();
        assert!(r["findings"].is_array() && r["summary"]["errors"].is_u64());
    }
    Call::get(format!("/api/collaborations/{}/report?lang=fr", w.slug))
        .token(&w.viewer)
        .send(&w.app)
        .await
        .assert_problem(400, "bad-parameter");
}

#[tokio::test]
async fn every_export_format_comes_with_its_media_type_and_file_name() {
    let w = world().await;
    let mut problems = Vec::new();
    for f in Format::ALL {
        let page = Call::get(format!(
            "/api/collaborations/{}/export/{}?lang=en",
            w.slug,
            f.id()
        ))
        .token(&w.viewer)
        .send(&w.app)
        .await;
        if page.status != StatusCode::OK {
            problems.push(format!("{}: {} {}", f.id(), page.status, page.body));
            continue;
        }
        assert_eq!(
            page.api_header("content-type"),
            f.media_type(),
            "{}",
            f.id()
        );
        assert_eq!(
            page.api_header("content-disposition"),
            format!("attachment; filename=\"{}\"", f.file_name(&w.slug)),
        );
        assert!(!page.body.is_empty(), "{} is empty", f.id());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn export_parameters_are_checked() {
    let w = world().await;
    let csv = |sep: &str| {
        format!(
            "/api/collaborations/{}/export/csv?csv_separator={sep}",
            w.slug
        )
    };
    let comma = Call::get(csv("comma")).token(&w.viewer).send(&w.app).await;
    let semi = Call::get(csv("semicolon"))
        .token(&w.viewer)
        .send(&w.app)
        .await;
    assert_eq!(
        (comma.status, semi.status),
        (StatusCode::OK, StatusCode::OK)
    );
    let first_line = |p: &Page| p.body.lines().next().unwrap_or("").to_owned();
    assert!(first_line(&comma).contains(','), "{}", comma.body);
    assert!(first_line(&semi).contains(';'), "{}", semi.body);
    Call::get(csv("tab"))
        .token(&w.viewer)
        .send(&w.app)
        .await
        .assert_problem(400, "bad-parameter");
    Call::get(format!(
        "/api/collaborations/{}/export/markdown?lang=de",
        w.slug
    ))
    .token(&w.viewer)
    .send(&w.app)
    .await
    .assert_problem(400, "bad-parameter");
    let page = Call::get(format!("/api/collaborations/{}/export/docx", w.slug))
        .token(&w.viewer)
        .send(&w.app)
        .await;
    page.assert_problem(404, "unknown-format");
    assert!(
        page.api_json()["detail"]
            .as_str()
            .unwrap()
            .contains("annex-pdf")
    );
}

// ---------------------------------------------------------------------------------
// No cookies on the API
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn the_api_ignores_session_cookies() {
    let w = world().await;
    let (doc, etag) = w.fetch().await;
    let browser = w.app.login("eigenaar", PASSWORD).await;
    let cookie = browser.cookie.clone().unwrap();
    // With only the session cookie, the API sees an anonymous caller.
    let page = w
        .app
        .send(
            Request::get("/api/collaborations")
                .header(header::COOKIE, &cookie)
                .header("sec-fetch-site", "same-origin")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains(&w.slug), "{}", page.body);
    let body = serde_json::to_vec(&with_description(&doc, "via cookie")).unwrap();
    let page = w
        .app
        .send(
            Request::put(w.doc_path())
                .header(header::COOKIE, &cookie)
                .header("sec-fetch-site", "same-origin")
                .header("if-match", &etag)
                .header("content-type", "application/json")
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
    // The cookie is no credential here: the caller is anonymous and needs a token.
    page.assert_problem(401, "token-required");
    // A browser on another site is refused before anything else, token or not.
    let page = w
        .app
        .send(
            Request::put(w.doc_path())
                .header(header::COOKIE, &cookie)
                .header("sec-fetch-site", "cross-site")
                .header("authorization", format!("Bearer {}", w.owner))
                .header("if-match", &etag)
                .header("content-type", "application/json")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(w.head().await, 1);
}

// ---------------------------------------------------------------------------------
// The token page
// ---------------------------------------------------------------------------------

/// The `rwt_…` secret shown on a page.
fn secret_in(page: &Page) -> String {
    let start = page
        .body
        .find("value=\"rwt_")
        .expect("no secret on the page")
        + 7;
    page.body[start..start + 68].to_owned()
}

#[tokio::test]
async fn the_token_page_needs_a_signed_in_user() {
    let app = TestApp::spawn().await;
    let page = app.get(&Browser::default(), "/account/tokens").await;
    assert_eq!(
        (page.status, page.location()),
        (StatusCode::SEE_OTHER, "/login")
    );
    let b = app.admin().await;
    let home = app.get(&b, "/").await;
    home.assert_contains(&["href=\"/account/tokens\"", "Je account"]);
    let page = app.get(&b, "/account/tokens?lang=en").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&["<h1>API tokens</h1>", "You have no API tokens yet."]);
}

#[tokio::test]
async fn a_new_token_is_shown_once_and_only_its_hash_is_stored() {
    use sha2::Digest;
    let app = TestApp::spawn().await;
    let b = app.user_with_role("marie", Some(Role::Editor)).await;
    let csrf = app.get(&b, "/account/tokens").await.csrf();
    let page = app
        .post(
            &b,
            "/account/tokens",
            &[("csrf", &csrf), ("name", "Jaarplanning")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let secret = secret_in(&page);
    assert!(rolwijzer_store::is_api_token(&secret), "{secret}");
    page.assert_contains(&[
        "Je nieuwe sleutel",
        &format!("Authorization: Bearer {secret}"),
        "Jaarplanning",
    ]);
    // The token works on the API as Marie.
    let list = Call::get("/api/collaborations")
        .token(&secret)
        .send(&app)
        .await;
    assert_eq!(list.api_json()[0]["role"], "editor");
    // Shown once: the page does not show it again.
    let again = app.get(&b, "/account/tokens").await;
    assert!(!again.body.contains(&secret));
    again.assert_contains(&["Jaarplanning", "werkt"]);
    // The database holds its hash, never the secret itself.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    rolwijzer_store::testing::execute(
        app.store().pool(),
        &format!("VACUUM INTO '{}'", copy.display()),
    )
    .await
    .unwrap();
    let bytes = std::fs::read(&copy).unwrap();
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    let hash: String = sha2::Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(contains(hash.as_bytes()), "the hash is not stored");
    assert!(!contains(secret.as_bytes()), "the secret is stored");
    assert!(!contains(&secret.as_bytes()[4..]), "the secret is stored");
}

#[tokio::test]
async fn token_forms_need_the_form_token() {
    let app = TestApp::spawn().await;
    let b = app.user_with_role("marie", None).await;
    for csrf in [
        "",
        "0000000000000000000000000000000000000000000000000000000000000000",
    ] {
        let page = app
            .post(&b, "/account/tokens", &[("csrf", csrf), ("name", "x")])
            .await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST);
    }
    let csrf = app.get(&b, "/account/tokens").await.csrf();
    let page = app
        .post_from(
            &b,
            "/account/tokens",
            &[("csrf", &csrf), ("name", "x")],
            "cross-site",
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let user = app.store().user_by_name("marie").await.unwrap().unwrap();
    assert!(app.store().api_tokens(user.id).await.unwrap().is_empty());
    // Revoking needs it too.
    let (id, secret) = app
        .store()
        .create_api_token(user.id, "x")
        .await
        .unwrap()
        .unwrap();
    let page = app
        .post(&b, &format!("/account/tokens/{id}/revoke"), &[("csrf", "")])
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        app.store()
            .user_for_api_token(&secret)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn revoking_stops_the_token_at_once() {
    let app = TestApp::spawn().await;
    let b = app.user_with_role("marie", None).await;
    let user = app.store().user_by_name("marie").await.unwrap().unwrap();
    let (id, secret) = app
        .store()
        .create_api_token(user.id, "Oud script")
        .await
        .unwrap()
        .unwrap();
    let csrf = app.get(&b, "/account/tokens").await.csrf();
    // Someone else's token cannot be revoked (and is not revealed).
    let other = app.user_with_role("kees", None).await;
    let other_csrf = app.get(&other, "/account/tokens").await.csrf();
    let page = app
        .post(
            &other,
            &format!("/account/tokens/{id}/revoke"),
            &[("csrf", &other_csrf)],
        )
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(
        app.store()
            .user_for_api_token(&secret)
            .await
            .unwrap()
            .is_some()
    );

    let page = app
        .post(
            &b,
            &format!("/account/tokens/{id}/revoke"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(
        (page.status, page.location()),
        (
            StatusCode::SEE_OTHER,
            format!("/account/tokens?revoked={id}").as_str()
        )
    );
    let shown = app.get(&b, page.location()).await;
    shown.assert_contains(&["De sleutel „Oud script” is ingetrokken", "ingetrokken op"]);
    Call::get("/api/collaborations")
        .token(&secret)
        .send(&app)
        .await
        .assert_problem(401, "token-invalid");
    // A second click does no harm.
    let page = app
        .post(
            &b,
            &format!("/account/tokens/{id}/revoke"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_token_needs_a_sensible_name_and_there_is_a_limit() {
    let app = TestApp::spawn().await;
    let b = app.user_with_role("marie", None).await;
    let csrf = app.get(&b, "/account/tokens").await.csrf();
    let page = app
        .post(&b, "/account/tokens", &[("csrf", &csrf), ("name", "  ")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(&["Geef de sleutel een naam", "aria-invalid=\"true\""]);
    let long = "x".repeat(101);
    let page = app
        .post(&b, "/account/tokens", &[("csrf", &csrf), ("name", &long)])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(&["De naam is te lang"]);
    let user = app.store().user_by_name("marie").await.unwrap().unwrap();
    for n in 0..rolwijzer_store::MAX_ACTIVE_API_TOKENS {
        app.store()
            .create_api_token(user.id, &format!("t{n}"))
            .await
            .unwrap()
            .unwrap();
    }
    let page = app
        .post(
            &b,
            "/account/tokens",
            &[("csrf", &csrf), ("name", "een te veel")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(&["Trek eerst een sleutel in"]);
    assert!(!page.body.contains("value=\"rwt_"));
}

/// A document with more parties than the server's limits is refused at the door, with
/// the list, the count and the limit; nothing is saved.
#[tokio::test]
async fn documents_over_the_servers_limits_are_refused_with_the_reason() {
    let mut w = world().await;
    w.app.state.limits = rolwijzer_core::Limits {
        parties: 3,
        ..rolwijzer_core::Limits::default()
    };
    let mut yaml = String::from(
        "version: 1\ncollaboration:\n  name: Te groot\n  ambition: light\n  arrangement: distributed\nparties:\n",
    );
    for n in 0..5 {
        yaml.push_str(&format!("  - {{ id: gemeente-{n}, name: Gemeente {n} }}\n"));
    }
    let page = Call::put(w.doc_path())
        .token(&w.owner)
        .header("if-match", "\"1\"")
        .body("application/yaml", yaml)
        .send(&w.app)
        .await;
    page.assert_problem(422, "invalid-document");
    let p = page.api_json();
    assert_eq!(p["line"], 6, "{p}");
    let detail = p["detail"].as_str().unwrap();
    assert!(
        detail.contains("5 partijen") && detail.contains("hoogstens 3"),
        "{p}"
    );
    assert_eq!(w.head().await, 1, "nothing was saved");
}
