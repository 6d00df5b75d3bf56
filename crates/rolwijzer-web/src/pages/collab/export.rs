//! The export page: every file [`rolwijzer_export`] can write, who it is for and what
//! it holds, with a choice of language and CSV separator (a plain GET form), and the
//! downloads themselves. What a file contains is decided in `rolwijzer-export`; this
//! page only offers it.

use crate::AppState;
use crate::http::access::{Loaded, Member};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::download::{download_headers, file_stem};
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use rolwijzer_core::Lang;
use rolwijzer_core::i18n::Args;
use rolwijzer_export::{CsvSeparator, Export, ExportError, Format, Options};

/// Formats whose notices the page shows: the files for the product's repository,
/// where a missing user name or contract date is easy to overlook.
const WITH_NOTICES: [Format; 2] = [Format::Codeowners, Format::Publiccode];

/// The headings the page groups formats under, in order.
const GROUPS: [&str; 5] = ["agreement", "planning", "reading", "repository", "scripts"];

/// Which heading a format goes under. A `match`, so a new format cannot be forgotten.
fn group_of(f: Format) -> &'static str {
    match f {
        Format::AnnexPdf | Format::AnnexOdt => "agreement",
        Format::Xlsx | Format::Csv | Format::Ics | Format::ContributionsCsv => "planning",
        Format::Markdown | Format::Html => "reading",
        Format::Governance | Format::Codeowners | Format::Publiccode => "repository",
        Format::Json => "scripts",
    }
}

/// The value of a query parameter. Our own values are plain ASCII, so no decoding is
/// needed; anything encoded is simply not one of them.
fn param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The separator as it is written in URLs (the same words as the JSON API uses).
fn separator_id(s: CsvSeparator) -> &'static str {
    match s {
        CsvSeparator::Semicolon => "semicolon",
        CsvSeparator::Comma => "comma",
    }
}

fn separator_from_id(id: &str) -> Option<CsvSeparator> {
    match id {
        "semicolon" => Some(CsvSeparator::Semicolon),
        "comma" => Some(CsvSeparator::Comma),
        _ => None,
    }
}

/// Writes one format of the newest revision.
async fn write(
    state: &AppState,
    l: &Loaded,
    format: Format,
    options: &Options,
) -> AppResult<Export> {
    let (head, report, options) = (l.head.clone(), l.report.clone(), options.clone());
    state
        .work
        .run(move || rolwijzer_export::export(&head.document, &report, format, &options))
        .await?
        .map_err(|e| export_failed(format, e))
}

/// An export that failed is a bug in rolwijzer, not the user's doing: logged, and
/// answered like any other server fault.
fn export_failed(format: Format, e: ExportError) -> AppError {
    tracing::error!(format = format.id(), error = %e, "export failed");
    // The web layer's error type has no export variant; a failed export is, like a
    // failed template, a fault in rendering.
    AppError::Template(askama::Error::custom(e))
}

/// The options for a request: the chosen language and separator, the stored revision.
fn options(state: &AppState, l: &Loaded, lang: Lang, csv_separator: CsvSeparator) -> Options {
    let mut o = Options::new(state.today());
    o.lang = lang;
    o.revision = Some(l.collab.head);
    o.csv_separator = csv_separator;
    o
}

// --- the page ----------------------------------------------------------------------

/// One option of a choice on the form.
#[derive(Debug, Clone)]
pub struct Choice {
    value: &'static str,
    label: String,
    /// The label's language, when it differs from the page's.
    lang: Option<&'static str>,
    checked: bool,
}

/// One file on offer.
#[derive(Debug, Clone)]
pub struct FormatEntry {
    id: &'static str,
    name: String,
    for_whom: String,
    contains: String,
    file_name: String,
    href: String,
    notices: Vec<String>,
}

/// A heading with its files.
#[derive(Debug, Clone)]
pub struct FormatGroup {
    id: &'static str,
    heading: String,
    formats: Vec<FormatEntry>,
}

#[derive(Template)]
#[template(path = "collab/export.html")]
struct ExportPage {
    ctx: Ctx,
    title: String,
    intro: String,
    /// The page the options form reloads: `export` or `files`.
    action: &'static str,
    nav: Option<CollabNav>,
    slug: String,
    revision: String,
    langs: Vec<Choice>,
    separators: Vec<Choice>,
    groups: Vec<FormatGroup>,
}

/// The groups of files for programmers and the product's repository: they have a
/// page of their own under "Beheer", out of the way of coordinators.
const TECHNICAL: [&str; 2] = ["repository", "scripts"];

/// GET /c/{slug}/export: the files people read, share and attach.
pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Member(l): Member,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    render(state, ctx, l, query, false).await
}

/// GET /c/{slug}/files: the technical files (CODEOWNERS, publiccode.yml, JSON).
pub(crate) async fn show_technical(
    State(state): State<AppState>,
    ctx: Ctx,
    Member(l): Member,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    render(state, ctx, l, query, true).await
}

async fn render(
    state: AppState,
    ctx: Ctx,
    l: Loaded,
    query: Option<String>,
    technical: bool,
) -> AppResult<Response> {
    // The page forgives odd values (an edited URL) and falls back to the defaults; the
    // download itself refuses them.
    let file_lang = param(query.as_deref(), "file_lang")
        .and_then(Lang::from_code)
        .unwrap_or(ctx.lang);
    let separator = param(query.as_deref(), "csv_separator")
        .and_then(separator_from_id)
        .unwrap_or_default();
    let opts = options(&state, &l, file_lang, separator);
    let stem = file_stem(&l.collab.slug);
    let mut groups: Vec<FormatGroup> = GROUPS
        .iter()
        .filter(|g| TECHNICAL.contains(g) == technical)
        .map(|g| FormatGroup {
            id: g,
            heading: ctx.t(&format!("export-group-{g}")),
            formats: Vec::new(),
        })
        .collect();
    for format in Format::ALL {
        if TECHNICAL.contains(&group_of(format)) != technical {
            continue;
        }
        let id = format.id();
        let notices = if WITH_NOTICES.contains(&format) {
            write(&state, &l, format, &opts)
                .await?
                .notices
                .iter()
                .map(|n| notice_text(n, file_lang))
                .collect()
        } else {
            Vec::new()
        };
        let mut href = format!("/c/{}/export/{id}?lang={}", l.collab.slug, file_lang.code());
        if matches!(format, Format::Csv | Format::ContributionsCsv) {
            href.push_str(&format!("&csv_separator={}", separator_id(separator)));
        }
        let entry = FormatEntry {
            id,
            name: ctx.t(&format!("export-format-{id}-name")),
            for_whom: ctx.t(&format!("export-format-{id}-for")),
            contains: ctx.t(&format!("export-format-{id}-contains")),
            file_name: format.file_name(&stem),
            href,
            notices,
        };
        if let Some(g) = groups.iter_mut().find(|g| g.id == group_of(format)) {
            g.formats.push(entry);
        }
    }
    let langs = [Lang::Nl, Lang::En]
        .into_iter()
        .map(|lang| Choice {
            value: lang.code(),
            // Each language is named in itself, as language pickers do.
            label: ctx.t(&format!("export-lang-{}", lang.code())),
            lang: (lang != ctx.lang).then_some(lang.code()),
            checked: lang == file_lang,
        })
        .collect();
    let separators = [CsvSeparator::Semicolon, CsvSeparator::Comma]
        .into_iter()
        .map(|s| Choice {
            value: separator_id(s),
            label: ctx.t(&format!("export-csv-{}", separator_id(s))),
            lang: None,
            checked: s == separator,
        })
        .collect();
    let p = ExportPage {
        title: ctx.t(if technical {
            "export-technical-title"
        } else {
            "export-title"
        }),
        intro: ctx.t(if technical {
            "export-technical-intro"
        } else {
            "export-intro"
        }),
        action: if technical { "files" } else { "export" },
        nav: Some(CollabNav::new(
            &ctx,
            &l,
            if technical { "/files" } else { "/export" },
        )),
        slug: l.collab.slug.clone(),
        revision: ctx.ta(
            "export-revision",
            &Args::new().with("revision", l.collab.head.to_string()),
        ),
        langs,
        separators,
        groups: groups
            .into_iter()
            .filter(|g| !g.formats.is_empty())
            .collect(),
        ctx,
    };
    page(&p.ctx, &p)
}

// --- the downloads -----------------------------------------------------------------

pub(crate) async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Member(l): Member,
    Path((_slug, format)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    // Access first: an unknown format must not tell an outsider more than an unknown
    // collaboration does (both are 404).
    let format = Format::from_id(&format).ok_or(AppError::NotFound)?;
    let lang = match param(query.as_deref(), "lang") {
        None => ctx.lang,
        Some(v) => Lang::from_code(v).ok_or_else(|| AppError::BadRequest("lang".into()))?,
    };
    let separator = match param(query.as_deref(), "csv_separator") {
        None => CsvSeparator::default(),
        Some(v) => {
            separator_from_id(v).ok_or_else(|| AppError::BadRequest("csv_separator".into()))?
        }
    };
    let written = write(&state, &l, format, &options(&state, &l, lang, separator)).await?;
    let mut res = written.bytes.into_response();
    download_headers(res.headers_mut(), format, &l.collab.slug, lang, true);
    Ok(res)
}

/// A notice in the page's words: the web's own text (`web-notice-…`, naming the field
/// on the people page) where it has one, else the export's text, which names the
/// file's key for people who edit the file.
fn notice_text(n: &rolwijzer_export::Notice, lang: rolwijzer_core::Lang) -> String {
    let (id, args) = n.parts(lang);
    let own = format!("web-{id}");
    if crate::ui::i18n::has_own(lang, &own) {
        crate::ui::i18n::text(lang, &own, &args)
    } else {
        n.message(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_has_a_group_on_the_page() {
        for f in Format::ALL {
            assert!(GROUPS.contains(&group_of(f)), "{}", f.id());
        }
    }

    #[test]
    fn params_are_found_by_name() {
        assert_eq!(
            param(Some("lang=en&csv_separator=comma"), "csv_separator"),
            Some("comma")
        );
        assert_eq!(param(Some("file_lang=en"), "lang"), None);
        assert_eq!(param(None, "lang"), None);
    }
}
