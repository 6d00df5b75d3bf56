//! A collaboration's overview: level, arrangement, key figures, the most important
//! findings and the contact person.

use crate::http::access::CollabPage;
use crate::http::access::Loaded;
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::ui::findings::FindingView;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use askama::Template;
use axum::response::Response;
use rolwijzer_core::Severity;
use rolwijzer_core::analyse::{ContactCard, EvaluationStatus, NextStep, next_step};
use rolwijzer_core::i18n;

#[derive(Template)]
#[template(path = "collab/overview.html")]
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
    next: Option<NextStepView>,
}

/// The "next step" panel: what the core says to do next, in words with one link.
struct NextStepView {
    /// `fix`, `evaluation`, `advice`, `publish` or `annex` (also the CSS class).
    id: &'static str,
    /// What to do.
    text: String,
    /// The finding it is about, if any.
    finding: Option<FindingView>,
    /// Where to do it.
    href: String,
    /// The link's words.
    link: String,
}

impl NextStepView {
    fn new(ctx: &Ctx, l: &Loaded) -> Self {
        let r = &l.report;
        let slug = &l.collab.slug;
        let step = next_step(r, l.collab.published);
        let id = step.id();
        let finding = match step {
            NextStep::Fix(i) | NextStep::Advice(i) => {
                r.findings.get(i).map(|f| FindingView::new(ctx, l, f))
            }
            NextStep::PlanEvaluation(_) | NextStep::Publish | NextStep::PrintAnnex => None,
        };
        let (text, href) = match step {
            NextStep::Fix(_) | NextStep::Advice(_) => (
                ctx.t(&format!("next-step-{id}")),
                finding
                    .as_ref()
                    .and_then(|f| f.href.clone())
                    .unwrap_or_else(|| format!("/c/{slug}/findings")),
            ),
            NextStep::PlanEvaluation(status) => {
                let due = r
                    .evaluation_due
                    .map(|d| i18n::date(ctx.lang, d))
                    .unwrap_or_default();
                let which = match status {
                    EvaluationStatus::Never => "never",
                    EvaluationStatus::Overdue => "overdue",
                    EvaluationStatus::Soon | EvaluationStatus::Fine => "soon",
                };
                (
                    ctx.ta(
                        "next-step-evaluation",
                        &i18n::Args::new().with("status", which).with("due", due),
                    ),
                    format!("/c/{slug}/evaluation"),
                )
            }
            NextStep::Publish => (
                ctx.t("next-step-publish"),
                format!("/c/{slug}/settings#publishing"),
            ),
            NextStep::PrintAnnex => (
                ctx.t("next-step-annex"),
                format!("/c/{slug}/export#format-annex-pdf"),
            ),
        };
        NextStepView {
            id,
            text,
            finding,
            href,
            link: ctx.t(&format!("next-step-{id}-link")),
        }
    }
}

pub(crate) async fn show(req: CollabPage) -> AppResult<Response> {
    let (ctx, l, slug) = (req.ctx, req.l, req.slug);
    let doc = l.doc();
    let r = &l.report;
    let c = &doc.collaboration;

    let top = r
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Advice)
        .take(5)
        .map(|f| FindingView::new(&ctx, &l, f))
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
        // Only people who can act on it get the panel; a reader cannot publish.
        next: l.can_edit().then(|| NextStepView::new(&ctx, &l)),
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}
