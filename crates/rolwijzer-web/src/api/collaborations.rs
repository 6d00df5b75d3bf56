//! The collaboration endpoints: the list, a new collaboration from a document, the
//! document (read, and replace with the revision as precondition), the analysis report
//! and every export.
//!
//! Thin on purpose: access through [`crate::http::access::load`], storage through the store,
//! judgement through the core, files through `rolwijzer-export`.

use super::auth::Caller;
use super::problem::{ApiError, etag};
use crate::AppState;
use crate::http::access::{Loaded, Member};
use crate::ui::i18n::Lang;
use crate::ui::save::{Saving, save_document};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rolwijzer_core::Document;
use rolwijzer_core::analyse::Summary;
use rolwijzer_core::parse::{MAX_DOCUMENT_BYTES, check_bytes, from_json, from_yaml, to_json};
use rolwijzer_export::{CsvSeparator, Format, Options};
use rolwijzer_store::{RevisionKind, Role, StoreError, slugify};
use serde::Serialize;

/// Turns a handler's result into a response, errors as problems in the caller's
/// language.
fn answer(lang: Lang, r: Result<Response, ApiError>) -> Response {
    r.unwrap_or_else(|e| e.into_problem(lang))
}

/// The value of a query parameter (first occurrence; our values need no decoding).
fn param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (k == name).then_some(v)
    })
}

/// The `lang` parameter, when given; the caller's language otherwise.
fn lang_param(query: Option<&str>, fallback: Lang) -> Result<Lang, ApiError> {
    match param(query, "lang") {
        None => Ok(fallback),
        Some(v) => match v {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err(ApiError::BadParameter {
                name: "lang",
                allowed: "nl, en",
            }),
        },
    }
}

/// A collaboration as listed.
#[derive(Debug, Serialize)]
struct Listed {
    slug: String,
    name: String,
    /// `None` for a published collaboration the caller is not a member of.
    role: Option<Role>,
    revision: i64,
    published: bool,
}

/// `GET /api/collaborations`: the caller's collaborations and the published ones.
pub async fn list(State(state): State<AppState>, caller: Caller) -> Response {
    let lang = caller.lang();
    answer(lang, list_inner(&state, &caller).await)
}

async fn list_inner(state: &AppState, caller: &Caller) -> Result<Response, ApiError> {
    let mut out = Vec::new();
    if let Some(u) = &caller.ctx.user {
        for (c, role) in state.store.collaborations_of(u.id).await? {
            out.push(Listed {
                slug: c.slug,
                name: c.name,
                role: Some(role),
                revision: c.head,
                published: c.published,
            });
        }
    }
    for c in state.store.published().await? {
        if !out.iter().any(|l| l.slug == c.slug) {
            out.push(Listed {
                slug: c.slug,
                name: c.name,
                role: None,
                revision: c.head,
                published: true,
            });
        }
    }
    out.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.slug.cmp(&b.slug))
    });
    Ok(axum::Json(out).into_response())
}

/// What a successful POST answers.
#[derive(Debug, Serialize)]
struct CreatedBody {
    /// The new collaboration's name in URLs.
    slug: String,
    /// Its first revision (always 1).
    revision: i64,
    /// Findings of the first revision, per severity.
    summary: Summary,
}

/// How often a POST draws another slug when the one drawn was taken (by a request at
/// the same moment, or by chance: see [`rolwijzer_store::Store::new_slug`]).
const SLUG_ATTEMPTS: usize = 3;

/// Whether `s` is a slug as rolwijzer makes them: lowercase ASCII letters, digits and
/// single dashes between them, at most 60 characters. Defined as "what [`slugify`]
/// leaves unchanged", so a slug given by hand can never be one the web app would
/// spell differently.
fn is_slug(s: &str) -> bool {
    !s.is_empty() && slugify(s) == s
}

/// `POST /api/collaborations[?slug=SLUG]`: a new collaboration from a document; the
/// caller becomes its owner.
///
/// Its slug is `SLUG` (or, without it, one made from the collaboration's name)
/// followed by a dash and six random characters, always, like the start wizard's.
/// So the answer never depends on which slugs exist: a caller cannot tell a slug of
/// someone else's private collaboration from a free one (once the answer was 409 for
/// the one and 201 for the other, and a name like "bob private" came back as
/// `bob-private-2`). Giving the exact slug only when it is free would leak the same
/// way; see "Privacy" in docs/RELIABILITY.md.
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    uri: axum::http::Uri,
    body: Body,
) -> Response {
    let lang = caller.lang();
    answer(
        lang,
        create_inner(&state, &caller, uri.query(), &headers, body).await,
    )
}

async fn create_inner(
    state: &AppState,
    caller: &Caller,
    query: Option<&str>,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    // Anyone signed in may start a collaboration, as in the web app's start wizard.
    let user = caller.ctx.user.as_ref().ok_or(ApiError::SignIn)?;
    let kind = body_type(headers).ok_or(ApiError::UnsupportedMediaType)?;
    // The slug is checked before the body is read: a wrong one is cheap to refuse.
    // Only its spelling is checked, never whether it exists.
    let wanted = match param(query, "slug") {
        None => None,
        Some(s) if !is_slug(s) => return Err(ApiError::BadSlug(s.to_owned())),
        Some(s) => Some(s.to_owned()),
    };
    let bytes = read_body(headers, body).await?;
    let doc = parse(&bytes, kind, &state.limits).map_err(ApiError::Invalid)?;
    let summary_line = caller.ctx.t("api-created-summary");
    let wish = wanted.unwrap_or_else(|| doc.collaboration.name.to_string());
    let mut attempt = 0;
    let slug = loop {
        attempt += 1;
        let slug = state.store.new_slug(&wish).await.map_err(|e| match e {
            StoreError::Taken(base) => ApiError::SlugTaken(base),
            other => other.into(),
        })?;
        match state
            .store
            .create_collaboration(&slug, &doc, Some(user.id), &summary_line)
            .await
        {
            Ok(_) => break slug,
            // Someone took this slug between the look-up and the insert: draw again,
            // a few times, then let the client try again.
            Err(StoreError::Taken(_)) if attempt < SLUG_ATTEMPTS => {}
            Err(StoreError::Taken(_)) => return Err(ApiError::SlugTaken(slug)),
            Err(e) => return Err(e.into()),
        }
    };
    let today = state.today();
    let job = doc.clone();
    let findings = state
        .work
        .run(move || rolwijzer_core::analyse(&job, today).summary)
        .await?;
    let mut res = (
        StatusCode::CREATED,
        axum::Json(CreatedBody {
            slug: slug.clone(),
            revision: 1,
            summary: findings,
        }),
    )
        .into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag(1)) {
        h.insert(header::ETAG, v);
    }
    // Slugs are lowercase letters, digits and dashes: always a valid header value.
    if let Ok(v) = HeaderValue::from_str(&format!("/api/collaborations/{slug}/document")) {
        h.insert(header::LOCATION, v);
    }
    Ok(res)
}

/// Whether an `If-None-Match` / `If-Match` list names `revision`. `*` names any;
/// weak tags count only when `weak_ok` (RFC 9110: weak comparison for
/// `If-None-Match`, strong for `If-Match`).
fn names(list: &str, revision: i64, weak_ok: bool) -> bool {
    let wanted = etag(revision);
    list.split(',').map(str::trim).any(|tag| {
        if tag == "*" {
            return true;
        }
        match tag.strip_prefix("W/") {
            Some(weak) => weak_ok && weak == wanted,
            None => tag == wanted,
        }
    })
}

/// Whether the client prefers YAML over JSON in its `Accept` header.
fn wants_yaml(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    // The best quality given to each; an exact type beats a wildcard only by quality,
    // ties go to JSON.
    let (mut json, mut yaml) = (0.0f32, 0.0f32);
    for part in accept.split(',') {
        let mut bits = part.split(';').map(str::trim);
        let media = bits.next().unwrap_or("").to_ascii_lowercase();
        let q = bits
            .find_map(|b| b.strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        match media.as_str() {
            "application/json" => json = json.max(q),
            "application/yaml" | "application/x-yaml" | "text/yaml" => yaml = yaml.max(q),
            "*/*" | "application/*" => json = json.max(q),
            _ => {}
        }
    }
    yaml > json
}

/// `GET /api/collaborations/{slug}/document`: the newest revision, JSON or YAML,
/// with its number as `ETag`.
pub async fn get_document(caller: Caller, Member(l): Member, headers: HeaderMap) -> Response {
    let lang = caller.lang();
    answer(lang, get_document_inner(&l, &headers))
}

fn get_document_inner(l: &Loaded, headers: &HeaderMap) -> Result<Response, ApiError> {
    let tag = etag(l.collab.head);
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|list| names(list, l.collab.head, true));
    let (status, media, body) = if fresh {
        (StatusCode::NOT_MODIFIED, None, String::new())
    } else if wants_yaml(headers) {
        (
            StatusCode::OK,
            Some("application/yaml; charset=utf-8"),
            rolwijzer_core::parse::to_yaml(l.doc()),
        )
    } else {
        (StatusCode::OK, Some("application/json"), to_json(l.doc()))
    };
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    if let Some(media) = media {
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    }
    if let Ok(v) = HeaderValue::from_str(&tag) {
        h.insert(header::ETAG, v);
    }
    // Personal (who may see it depends on the token) but worth revalidating.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Accept, Authorization"),
    );
    Ok(res)
}

/// What a successful PUT answers.
#[derive(Debug, Serialize)]
struct SavedBody {
    /// The newest revision now.
    revision: i64,
    /// Whether a new revision was made (`false` when the document was the same).
    changed: bool,
    /// The one-line summary in the history.
    message: String,
    /// Findings of the new revision, per severity.
    summary: Summary,
}

/// How the body is written, from its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyType {
    Json,
    Yaml,
}

fn body_type(headers: &HeaderMap) -> Option<BodyType> {
    let value = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let media = value.split(';').next()?.trim().to_ascii_lowercase();
    match media.as_str() {
        "application/json" => Some(BodyType::Json),
        "application/yaml" | "application/x-yaml" | "text/yaml" => Some(BodyType::Yaml),
        _ => None,
    }
}

/// Reads the body up to the document limit.
async fn read_body(headers: &HeaderMap, body: Body) -> Result<Vec<u8>, ApiError> {
    // Refuse a declared size early, without reading anything.
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_DOCUMENT_BYTES) {
        return Err(ApiError::TooLarge);
    }
    axum::body::to_bytes(body, MAX_DOCUMENT_BYTES)
        .await
        .map(|b| b.to_vec())
        .map_err(|_| ApiError::TooLarge)
}

/// `PUT /api/collaborations/{slug}/document`: replaces the division, if `If-Match`
/// names the newest revision.
pub async fn put_document(
    State(state): State<AppState>,
    caller: Caller,
    Member(l): Member,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let lang = caller.lang();
    answer(
        lang,
        put_document_inner(&state, &caller, &l, &headers, body).await,
    )
}

async fn put_document_inner(
    state: &AppState,
    caller: &Caller,
    l: &Loaded,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    // `*` would mean "whatever is there now": exactly the lost update this header is
    // here to prevent, so a real revision is required.
    let if_match = headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "*")
        .ok_or(ApiError::PreconditionRequired)?;
    let kind = body_type(headers).ok_or(ApiError::UnsupportedMediaType)?;
    if !names(if_match, l.collab.head, false) {
        return Err(ApiError::Stale {
            head: l.collab.head,
        });
    }
    let bytes = read_body(headers, body).await?;
    let doc = parse(&bytes, kind, &state.limits).map_err(ApiError::Invalid)?;
    if doc == *l.doc() {
        // PUT is idempotent: the same document again makes no new revision.
        return Ok(saved(
            l.collab.head,
            false,
            &l.head.meta.summary,
            l.report.summary,
        ));
    }
    let prefix = caller.ctx.t("api-revision-summary");
    // If-Match named the newest revision as loaded; should someone save after that,
    // the store answers with a conflict instead of overwriting.
    let base = l.collab.head;
    match save_document(
        state,
        &caller.ctx,
        l,
        base,
        &doc,
        RevisionKind::Edit,
        Some(prefix),
    )
    .await?
    {
        Saving::Stored { number, line } => {
            let today = state.today();
            let findings = state
                .work
                .run(move || rolwijzer_core::analyse(&doc, today).summary)
                .await?;
            Ok(saved(number, true, &line, findings))
        }
        // The document differs in ways the change list does not describe (such as
        // key order): nothing to store, as for the same document.
        Saving::Unchanged => Ok(saved(
            l.collab.head,
            false,
            &l.head.meta.summary,
            l.report.summary,
        )),
        // Someone saved between our check and the save: the same answer as a stale
        // If-Match, so the client fetches the newest revision and tries again.
        Saving::Conflict { head, .. } => Err(ApiError::Stale { head }),
    }
}

fn parse(
    bytes: &[u8],
    kind: BodyType,
    limits: &rolwijzer_core::Limits,
) -> Result<Document, rolwijzer_core::parse::ParseError> {
    let text = check_bytes(bytes)?;
    let doc = match kind {
        BodyType::Json => from_json(text)?,
        BodyType::Yaml => from_yaml(text)?,
    };
    rolwijzer_core::parse::check_limits(text, &doc, limits)?;
    Ok(doc)
}

/// The answer to a PUT: the newest revision as `ETag` and in the body.
fn saved(revision: i64, changed: bool, message: &str, findings: Summary) -> Response {
    let mut res = axum::Json(SavedBody {
        revision,
        changed,
        // As the history stores it: the first line, at most 200 characters.
        message: message
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(200)
            .collect(),
        summary: findings,
    })
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&etag(revision)) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res
}

/// `GET /api/collaborations/{slug}/report`: the analysis, as `rolwijzer check
/// --format json` writes it.
pub async fn report(
    State(state): State<AppState>,
    caller: Caller,
    Member(l): Member,
    uri: axum::http::Uri,
) -> Response {
    let lang = caller.lang();
    answer(
        lang,
        write(&state, &caller, &l, Format::Json, uri.query(), false).await,
    )
}

/// `GET /api/collaborations/{slug}/export/{format}`: one export file.
pub async fn export(
    State(state): State<AppState>,
    caller: Caller,
    Member(l): Member,
    Path((_, format)): Path<(String, String)>,
    uri: axum::http::Uri,
) -> Response {
    let lang = caller.lang();
    // The route table checked access first, so an unknown format tells an outsider
    // no more than an unknown collaboration: both are 404.
    let r = match Format::from_id(&format) {
        Some(f) => write(&state, &caller, &l, f, uri.query(), true).await,
        None => Err(ApiError::UnknownFormat),
    };
    answer(lang, r)
}

/// Writes `format` for the newest revision; as an attachment for exports, inline for
/// the report.
async fn write(
    state: &AppState,
    caller: &Caller,
    l: &Loaded,
    format: Format,
    query: Option<&str>,
    attachment: bool,
) -> Result<Response, ApiError> {
    let lang = lang_param(query, caller.lang())?;
    let csv_separator = match param(query, "csv_separator") {
        None => CsvSeparator::default(),
        Some("semicolon") => CsvSeparator::Semicolon,
        Some("comma") => CsvSeparator::Comma,
        Some(_) => {
            return Err(ApiError::BadParameter {
                name: "csv_separator",
                allowed: "comma, semicolon",
            });
        }
    };
    let mut options = Options::new(state.today());
    options.lang = lang;
    options.revision = Some(l.collab.head);
    options.csv_separator = csv_separator;
    let (head, report) = (l.head.clone(), l.report.clone());
    let written = state
        .work
        .run(move || rolwijzer_export::export(&head.document, &report, format, &options))
        .await?
        .map_err(|e| ApiError::Internal(format!("W502: export {}: {e}", format.id())))?;
    let mut res = written.bytes.into_response();
    crate::ui::download::download_headers(
        res.headers_mut(),
        format,
        &l.collab.slug,
        lang,
        attachment,
    );
    Ok(res)
}
