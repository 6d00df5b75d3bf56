//! Importing a `rolverdeling.yaml` (uploaded or pasted) as a new revision, and
//! downloading the newest revision as YAML.
//!
//! A file that cannot be read is explained exactly as the command line's `check`
//! does (file, line, column, the line itself and what to do) and nothing is saved.
//! On a conflict nothing is saved either: the page shows what the other person
//! changed and keeps the file's text in the text field, to import it again on top of
//! the newest revision.

use crate::AppState;
use crate::http::access::{Loaded, Member};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::findings::summary_text;
use crate::ui::forms::{base_of, field};
use crate::ui::nav::CollabNav;
use crate::ui::render::{page, page_with_status};
use crate::ui::save::{Saving, save_document};
use askama::Template;
use axum::Form;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use rolwijzer_core::analyse;
use rolwijzer_core::diff::diff;
use rolwijzer_core::i18n::Args;
use rolwijzer_core::parse::{parse_document_within, to_yaml};
use rolwijzer_store::RevisionKind;
use std::collections::HashMap;

/// The file name shown in messages and used for downloads.
const FILE_NAME: &str = "rolverdeling.yaml";

/// The result of an import, shown after the redirect.
struct Imported {
    number: i64,
    findings: String,
    changes: Vec<String>,
}

/// A conflict while importing.
struct Conflict {
    theirs: Vec<String>,
    theirs_by: String,
}

#[derive(Template)]
#[template(path = "collab/import.html")]
struct ImportPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    head: i64,
    /// The pasted (or, after a conflict, the uploaded) text.
    yaml: String,
    /// A problem with the uploaded file.
    file_error: Option<String>,
    /// A problem with the pasted text.
    yaml_error: Option<String>,
    imported: Option<Imported>,
    unchanged: bool,
    conflict: Option<Conflict>,
}

impl ImportPage {
    fn new(ctx: &Ctx, l: &Loaded) -> Self {
        ImportPage {
            title: ctx.t("import-title"),
            nav: Some(CollabNav::new(ctx, l, "/import")),
            slug: l.collab.slug.clone(),
            head: l.collab.head,
            yaml: String::new(),
            file_error: None,
            yaml_error: None,
            imported: None,
            unchanged: false,
            conflict: None,
            ctx: ctx.clone(),
        }
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Member(l): Member,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let mut p = ImportPage::new(&ctx, &l);
    p.unchanged = q.contains_key("unchanged");
    let imported = q
        .get("imported")
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| (2..=l.collab.head).contains(n));
    if let Some(n) = imported {
        let new = state.store.revision(l.collab.id, n).await?;
        if new.meta.kind == RevisionKind::Import {
            let old = state.store.revision(l.collab.id, n - 1).await?;
            let today = state.today();
            let job = new.document.clone();
            let s = state.work.run(move || analyse(&job, today).summary).await?;
            p.imported = Some(Imported {
                number: n,
                findings: summary_text(&ctx, "import-findings", &s),
                changes: diff(&old.document, &new.document)
                    .iter()
                    .map(|c| c.describe(ctx.lang))
                    .collect(),
            });
        }
    }
    page(&ctx, &p)
}

/// What the import form sent.
#[derive(Default)]
struct Sent {
    pairs: Vec<(String, String)>,
    file: Vec<u8>,
    file_name: Option<String>,
    /// The upload was larger than the server accepts.
    too_large: bool,
}

/// Reads the form, sent as `multipart/form-data` (with a file) or URL-encoded (only
/// pasted text).
async fn read_form(state: &AppState, req: Request) -> AppResult<Sent> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let mut sent = Sent::default();
    if !multipart {
        match Form::<Vec<(String, String)>>::from_request(req, state).await {
            Ok(Form(pairs)) => sent.pairs = pairs,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => sent.too_large = true,
            Err(_) => return Err(AppError::BadRequest("form".into())),
        }
        return Ok(sent);
    }
    let mut form = Multipart::from_request(req, state)
        .await
        .map_err(|_| AppError::BadRequest("multipart form".into()))?;
    loop {
        let next = match form.next_field().await {
            Ok(next) => next,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                sent.too_large = true;
                break;
            }
            Err(_) => return Err(AppError::BadRequest("multipart form".into())),
        };
        let Some(f) = next else { break };
        let name = f.name().unwrap_or("").to_owned();
        if name == "file" {
            sent.file_name = f
                .file_name()
                .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).to_owned())
                .filter(|n| !n.is_empty());
            match f.bytes().await {
                Ok(b) => sent.file = b.to_vec(),
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    sent.too_large = true;
                    break;
                }
                Err(_) => return Err(AppError::BadRequest("multipart form".into())),
            }
        } else {
            match f.text().await {
                Ok(t) => sent.pairs.push((name, t)),
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    sent.too_large = true;
                    break;
                }
                Err(_) => return Err(AppError::BadRequest("multipart form".into())),
            }
        }
    }
    Ok(sent)
}

fn refused(ctx: &Ctx, p: &ImportPage, status: StatusCode) -> AppResult<Response> {
    page_with_status(ctx, p, status)
}

pub(crate) async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    Member(member): Member,
    Path(slug): Path<String>,
    req: Request,
) -> AppResult<Response> {
    let sent = read_form(&state, req).await?;
    if sent.too_large {
        // The body was cut off, perhaps before the form token: answer with the
        // explanation only. Nothing is saved, so there is nothing to protect.
        let l = member.fresh(&state).await?;
        let mut p = ImportPage::new(&ctx, &l);
        p.file_error = Some(ctx.t("import-too-large"));
        return refused(&ctx, &p, StatusCode::UNPROCESSABLE_ENTITY);
    }
    ctx.check_csrf(field(&sent.pairs, "csrf").unwrap_or(""))?;
    let l = member.fresh(&state).await?;
    let base = base_of(&sent.pairs)?;
    let pasted = field(&sent.pairs, "yaml").unwrap_or("").to_owned();
    let mut p = ImportPage::new(&ctx, &l);
    p.yaml = pasted.clone();
    let from_file = !sent.file.is_empty();
    let (bytes, name) = if from_file {
        (
            sent.file.as_slice(),
            sent.file_name
                .clone()
                .unwrap_or_else(|| FILE_NAME.to_owned()),
        )
    } else if !pasted.trim().is_empty() {
        (pasted.as_bytes(), ctx.t("import-pasted-name"))
    } else {
        p.file_error = Some(ctx.t("import-nothing"));
        return refused(&ctx, &p, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let doc = match parse_document_within(bytes, &state.limits) {
        Ok(doc) => doc,
        Err(e) => {
            let msg = e.render(&name, ctx.lang);
            if from_file {
                p.file_error = Some(msg);
            } else {
                p.yaml_error = Some(msg);
            }
            return refused(&ctx, &p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let prefix = ctx.ta("import-summary", &Args::new().with("file", name.clone()));
    match save_document(
        &state,
        &ctx,
        &l,
        base,
        &doc,
        RevisionKind::Import,
        Some(prefix),
    )
    .await?
    {
        Saving::Unchanged => {
            Ok(Redirect::to(&format!("/c/{slug}/import?unchanged=1")).into_response())
        }
        Saving::Stored { number, .. } => {
            Ok(Redirect::to(&format!("/c/{slug}/import?imported={number}")).into_response())
        }
        Saving::Conflict {
            head,
            theirs,
            theirs_by,
            ..
        } => {
            p.head = head;
            // Keep the file's text, so importing it again needs only one click.
            p.yaml = String::from_utf8_lossy(bytes).into_owned();
            p.conflict = Some(Conflict { theirs, theirs_by });
            refused(&ctx, &p, StatusCode::CONFLICT)
        }
    }
}

pub(crate) async fn download(Member(l): Member) -> AppResult<Response> {
    Ok((
        [
            (header::CONTENT_TYPE, "application/yaml; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"rolverdeling.yaml\"",
            ),
        ],
        to_yaml(l.doc()),
    )
        .into_response())
}
