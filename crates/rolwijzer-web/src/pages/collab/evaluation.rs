//! The yearly evaluation (the chapter's tip "evalueer jaarlijks"): when the next one
//! is due, questions to discuss, the evaluations recorded so far and what changed
//! since; editors record a new one.
//!
//! Recording saves a revision with `collaboration.last_evaluation` through
//! `edit::save_change` (so a conflict is handled like every other edit) and then notes
//! in the store which revision was evaluated.

use crate::AppState;
use crate::http::access::{CollabPage, Loaded};
use crate::http::ctx::Ctx;
use crate::http::error::AppResult;
use crate::ui::findings::summary_text;
use crate::ui::forms::CollabForm;
use crate::ui::forms::{base_of, field};
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use crate::ui::save::Outcome;
use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use rolwijzer_core::Date;
use rolwijzer_core::diff::diff;
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_store::StoreError;

/// A recorded evaluation as listed.
struct EvaluationRow {
    date: String,
    revision: i64,
    recorded: String,
}

/// What changed between two revisions, in sentences.
struct ChangeSet {
    from: i64,
    to: i64,
    changes: Vec<String>,
}

#[derive(Template)]
#[template(path = "collab/evaluation.html")]
struct EvaluationPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    /// `overdue`, `soon`, `fine` or `none`.
    status: &'static str,
    status_label: String,
    status_text: String,
    last: Option<String>,
    interval: String,
    questions: Vec<String>,
    findings: String,
    evaluations: Vec<EvaluationRow>,
    since_last: Option<ChangeSet>,
    between: Option<ChangeSet>,
    can_edit: bool,
    head: i64,
    date: String,
    error: Option<String>,
}

fn status(ctx: &Ctx, l: &Loaded, today: Date) -> (&'static str, String, String) {
    use rolwijzer_core::analyse::EvaluationStatus as E;
    let (status, text) = match (l.report.evaluation_status, l.report.evaluation_due) {
        (E::Never, _) | (_, None) => ("none", ctx.t("evaluation-status-none-text")),
        (st, Some(due)) => {
            let days = today.days_until(due);
            let a = Args::new()
                .with("due", i18n::date(ctx.lang, due))
                .count("days", days.unsigned_abs() as usize);
            match st {
                E::Overdue => ("overdue", ctx.ta("evaluation-status-overdue-text", &a)),
                E::Soon => ("soon", ctx.ta("evaluation-status-soon-text", &a)),
                _ => ("fine", ctx.ta("evaluation-status-fine-text", &a)),
            }
        }
    };
    (status, ctx.t(&format!("evaluation-status-{status}")), text)
}

fn readable_day(ctx: &Ctx, s: &str) -> String {
    Date::parse(s).map_or_else(|_| s.to_owned(), |d| i18n::date(ctx.lang, d))
}

async fn changes(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    from: i64,
    to: i64,
) -> AppResult<ChangeSet> {
    let old = l.revision(state, from).await?;
    let new = l.revision(state, to).await?;
    Ok(ChangeSet {
        from,
        to,
        changes: diff(&old.document, &new.document)
            .iter()
            .map(|c| c.describe(ctx.lang))
            .collect(),
    })
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    date: String,
    error: Option<String>,
) -> AppResult<Response> {
    let today = state.today();
    let (status, status_label, status_text) = status(ctx, l, today);
    let c = &l.doc().collaboration;
    let recorded = state.store.evaluations(l.collab.id).await?;
    let head = l.collab.head;
    let since_last = match recorded.first() {
        Some(e) if e.revision < head => Some(changes(state, ctx, l, e.revision, head).await?),
        _ => None,
    };
    let between = match (recorded.first(), recorded.get(1)) {
        (Some(latest), Some(previous)) => {
            Some(changes(state, ctx, l, previous.revision, latest.revision).await?)
        }
        _ => None,
    };
    let s = l.report.summary;
    let p = EvaluationPage {
        title: ctx.t("evaluation-title"),
        nav: Some(CollabNav::new(ctx, l, "/evaluation")),
        slug: l.collab.slug.clone(),
        status,
        status_label,
        status_text,
        last: c.last_evaluation.map(|d| i18n::date(ctx.lang, d)),
        interval: ctx.ta(
            "evaluation-interval-value",
            &Args::new().count("months", c.evaluation_interval() as usize),
        ),
        questions: (1..=6)
            .map(|n| ctx.t(&format!("evaluation-question-{n}")))
            .collect(),
        findings: summary_text(ctx, "evaluation-findings-now", &s),
        evaluations: recorded
            .iter()
            .map(|e| EvaluationRow {
                date: readable_day(ctx, &e.evaluated_on),
                revision: e.revision,
                recorded: ctx.date_time(e.created_at),
            })
            .collect(),
        since_last,
        between,
        can_edit: l.can_edit(),
        head,
        date,
        error,
        ctx: ctx.clone(),
    };
    page(ctx, &p)
}

pub(crate) async fn show(req: CollabPage) -> AppResult<Response> {
    let (state, ctx, l) = (req.state, req.ctx, req.l);
    let today = state.today().to_string();
    render(&state, &ctx, &l, today, None).await
}

pub(crate) async fn record(form: CollabForm) -> AppResult<Response> {
    let (state, ctx, l, slug, pairs) = (&form.state, &form.ctx, &form.l, &form.slug, &form.pairs);
    let base = base_of(pairs)?;
    let raw = field(pairs, "date").unwrap_or("").trim().to_owned();
    let today = state.today();
    let parsed = if raw.is_empty() {
        Ok(today)
    } else {
        Date::parse(&raw).map_err(|_| ctx.t("evaluation-date-invalid"))
    };
    let checked = parsed.and_then(|d| {
        if d > today {
            Err(ctx.t("evaluation-date-future"))
        } else if l
            .doc()
            .collaboration
            .last_evaluation
            .is_some_and(|last| d < last)
        {
            Err(ctx.ta(
                "evaluation-date-before-last",
                &Args::new().with(
                    "last",
                    l.doc()
                        .collaboration
                        .last_evaluation
                        .map(|x| i18n::date(ctx.lang, x))
                        .unwrap_or_default(),
                ),
            ))
        } else {
            Ok(d)
        }
    });
    let date = match checked {
        Ok(d) => d,
        Err(msg) => {
            let mut res = render(state, ctx, l, raw, Some(msg)).await?;
            *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(res);
        }
    };
    let back = format!("/c/{slug}/evaluation");
    let (outcome, stored) = form
        .save(base, &back, &back, |doc| {
            doc.collaboration.last_evaluation = Some(date);
            Ok(())
        })
        .await?;
    match outcome {
        Outcome::Invalid(errors) => {
            let msg = errors.into_values().next();
            let mut res = render(state, ctx, l, raw, msg).await?;
            *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(res)
        }
        Outcome::Done(res) => {
            if res.status() == StatusCode::SEE_OTHER {
                note_evaluation(state, ctx, slug, date, stored).await?;
            }
            Ok(res)
        }
    }
}

/// Notes in the store which revision was evaluated: the one just saved, or, when the
/// division already carried this date (nothing new to save), the newest one.
async fn note_evaluation(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    date: Date,
    stored: Option<i64>,
) -> AppResult<()> {
    let Some(collab) = state.store.collaboration(slug).await? else {
        return Ok(());
    };
    let revision = match stored {
        Some(n) => n,
        None => {
            let head = state.store.revision(collab.id, collab.head).await?;
            if head.document.collaboration.last_evaluation != Some(date) {
                return Ok(());
            }
            collab.head
        }
    };
    let user = ctx.user.as_ref().map(|u| u.id);
    match state
        .store
        .record_evaluation(collab.id, revision, &date.to_string(), user)
        .await
    {
        // This revision was already recorded as evaluated: nothing to add.
        Ok(()) | Err(StoreError::Taken(_)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}
