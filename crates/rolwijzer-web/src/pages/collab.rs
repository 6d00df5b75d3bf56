//! A collaboration's overview: level, arrangement, key figures, the most important
//! findings and the contact person.

use crate::AppState;
use crate::access::{Need, load};
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::pages::home::page;
use crate::pages::{CollabNav, fix_href};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use rolwijzer_core::analyse::ContactCard;
use rolwijzer_core::i18n;
use rolwijzer_core::{Finding, Severity};

/// Routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new().route("/c/{slug}", get(overview))
}

/// A finding as pages show it.
#[derive(Debug, Clone)]
pub struct FindingView {
    /// Code, e.g. K001.
    pub code: &'static str,
    /// `error`, `warning` or `advice` (also the CSS class).
    pub severity: &'static str,
    /// The severity in words.
    pub severity_label: String,
    /// What was found.
    pub message: String,
    /// How to fix it.
    pub fix: String,
    /// Where to fix it.
    pub href: String,
}

impl FindingView {
    /// A finding in the page's language.
    pub fn new(ctx: &Ctx, slug: &str, f: &Finding) -> Self {
        FindingView {
            code: f.code.as_str(),
            severity: f.severity.id(),
            severity_label: ctx.t(&format!("severity-{}", f.severity.id())),
            message: f.message(ctx.lang),
            fix: f.fix(ctx.lang),
            href: fix_href(slug, f),
        }
    }
}

#[derive(Template)]
#[template(path = "overview.html")]
struct Overview {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    description: Option<String>,
    level: String,
    arrangement: String,
    filled: usize,
    required: usize,
    errors: usize,
    warnings: usize,
    advice: usize,
    parties: usize,
    people: usize,
    reserve: Option<String>,
    evaluation_due: Option<String>,
    next_handover: Option<String>,
    top: Vec<FindingView>,
    contact: Option<ContactCard>,
}

async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
    let doc = l.doc();
    let r = &l.report;
    let c = &doc.collaboration;

    let top = r
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Advice)
        .take(5)
        .map(|f| FindingView::new(&ctx, &slug, f))
        .collect();
    let p = Overview {
        title: ctx.t("overview-title"),
        nav: Some(CollabNav::new(&ctx, &l, "")),
        slug: slug.clone(),
        description: c.description.as_ref().map(|d| d.to_string()),
        level: ctx.t(&format!("level-{}", c.ambition.id())),
        arrangement: ctx.t(&format!("arrangement-{}", c.arrangement.id())),
        filled: r.coverage.filled,
        required: r.coverage.required,
        errors: r.summary.errors,
        warnings: r.summary.warnings,
        advice: r.summary.advice,
        parties: doc.parties.len(),
        people: doc.people.len(),
        reserve: r.reserve_months.map(|m| {
            ctx.ta(
                "overview-reserve-months",
                &i18n::Args::new().with("months", i18n::number(ctx.lang, m, 1)),
            )
        }),
        evaluation_due: r.evaluation_due.map(|d| i18n::date(ctx.lang, d)),
        next_handover: r
            .rotation
            .as_ref()
            .and_then(|x| x.next_handover)
            .map(|d| i18n::date(ctx.lang, d)),
        top,
        contact: r.contact.clone(),
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
