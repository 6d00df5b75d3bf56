//! The collaboration's settings (editors only): name and public texts, ambition
//! level, arrangement, coordinator, money and evaluation; the rotation; and what is
//! published (owners change it, see `super::publishing`).

use super::people::fields::{Check, Choice, Field, euro_value};
use super::publishing::{self, PublishingForm};
use crate::http::access::{CollabPage, Loaded};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::CollabForm;
use crate::ui::forms::Pairs;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use crate::ui::save::FieldErrors;
use askama::Template;
use axum::response::Response;
use rolwijzer_core::document::{PartyKind, Rotation, Target};
use rolwijzer_core::i18n::{Args, texts};
use rolwijzer_core::{AmbitionLevel, Arrangement, Document, Id, TaskId};

/// An ambition level as a radio button with its explanation.
pub struct LevelView {
    /// Id (the value sent).
    pub id: &'static str,
    /// Name.
    pub label: String,
    /// What it means.
    pub desc: String,
    /// The tasks this level adds.
    pub tasks: Vec<String>,
}

/// The ambition levels with their explanations and the tasks each adds.
pub fn level_views(ctx: &Ctx) -> Vec<LevelView> {
    AmbitionLevel::ALL
        .into_iter()
        .map(|l| LevelView {
            id: l.id(),
            label: ctx.t(&format!("level-{}", l.id())),
            desc: ctx.t(&format!("level-{}-desc", l.id())),
            tasks: TaskId::ALL
                .into_iter()
                .filter(|t| t.info().level == l)
                .map(|t| ctx.t(&format!("task-{}", t.id())))
                .collect(),
        })
        .collect()
}

/// An arrangement as a radio button with the chapter's texts.
pub struct ArrangementView {
    /// Id (the value sent).
    pub id: &'static str,
    /// Name.
    pub label: String,
    /// How it works.
    pub how: String,
    /// Advantages.
    pub pros: Vec<String>,
    /// Points of attention.
    pub attention: Vec<String>,
    /// Which levels it suits, in words.
    pub suits: String,
    /// Whether it suits the chosen level.
    pub fits: bool,
}

/// The arrangements with their texts; `fits` against `level`.
pub fn arrangement_views(ctx: &Ctx, level: Option<AmbitionLevel>) -> Vec<ArrangementView> {
    Arrangement::ALL
        .into_iter()
        .map(|a| ArrangementView {
            id: a.id(),
            label: ctx.t(&format!("arrangement-{}", a.id())),
            how: ctx.t(&format!("arrangement-{}-how", a.id())),
            pros: texts().list(ctx.lang, &format!("arrangement-{}-pro", a.id())),
            attention: texts().list(ctx.lang, &format!("arrangement-{}-attention", a.id())),
            suits: ctx.t(&format!("arrangement-{}-suits", a.id())),
            fits: level.is_some_and(|l| a.suits_level(l)),
        })
        .collect()
}

/// A checkbox for a rotating task.
pub struct TaskBox {
    /// The task id sent.
    pub value: String,
    /// Its name.
    pub label: String,
    /// Whether it is ticked.
    pub checked: bool,
    /// Element id.
    pub id: String,
}

/// Up to this many municipalities each turn of the rotation is a list to choose from.
const ROTATION_SELECTS_UP_TO: usize = 30;

/// The rotation form.
pub struct RotationForm {
    /// Whether the division has a rotation now.
    pub exists: bool,
    /// Revision the form was made from.
    pub base: i64,
    /// A message about the whole form.
    pub form_error: Option<String>,
    /// Tasks that can rotate.
    pub tasks: Vec<TaskBox>,
    /// Message about the tasks.
    pub tasks_error: Option<String>,
    /// One select per turn, in order (all named `order`).
    pub positions: Vec<Field>,
    /// Message about the order.
    pub order_error: Option<String>,
    /// Parties to choose from.
    pub parties: Vec<Choice>,
    /// Turns are typed (with one shared list of names to pick from) instead of chosen
    /// from a list per turn: a list of every municipality in each of hundreds of turns
    /// made the page grow with the square of their number.
    pub typed: bool,
    /// Months per turn.
    pub period_months: Field,
    /// First day.
    pub start: Field,
}

#[derive(Template)]
#[template(path = "collab/settings.html")]
struct SettingsPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    base: i64,
    saved: bool,
    has_errors: bool,
    name: Field,
    description: Field,
    website: Field,
    how_to_join: Field,
    ambition: Field,
    levels: Vec<LevelView>,
    arrangement: Field,
    arrangements: Vec<ArrangementView>,
    coordinator: Field,
    coordinators: Vec<Choice>,
    coordinator_compensated: Field,
    contribution: Field,
    separate_administration: Field,
    fixed_costs_per_month: Field,
    reserve: Field,
    last_evaluation: Field,
    evaluation_interval_months: Field,
    rotation: RotationForm,
    publishing: PublishingForm,
}

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

/// Which form was sent with mistakes.
enum Failed<'a> {
    Settings(Pairs<'a>, FieldErrors, i64),
    Rotation(Pairs<'a>, FieldErrors, i64),
}

fn rotation_form(ctx: &Ctx, doc: &Document, base: i64) -> RotationForm {
    let r = doc.rotation.as_ref();
    let rotating = |id: &str| r.is_some_and(|r| r.tasks.iter().any(|t| t == id));
    let mut tasks: Vec<TaskBox> = TaskId::ALL
        .into_iter()
        .map(|t| (t.id().to_owned(), ctx.t(&format!("task-{}", t.id()))))
        .chain(doc.assignments.iter().filter_map(|a| match &a.target {
            Target::Custom(c) => Some((c.id.to_string(), c.name.to_string())),
            _ => None,
        }))
        .map(|(value, label)| TaskBox {
            checked: rotating(&value),
            id: format!("rotation-task-{value}"),
            value,
            label,
        })
        .collect();
    // Keep unknown rotating tasks visible, so saving does not drop them silently.
    if let Some(r) = r {
        for t in &r.tasks {
            if !tasks.iter().any(|b| &b.value == t) {
                tasks.push(TaskBox {
                    value: t.clone(),
                    label: t.clone(),
                    checked: true,
                    id: format!("rotation-task-{t}"),
                });
            }
        }
    }
    let in_order = |id: &Id| r.is_some_and(|r| r.order.contains(id));
    let parties: Vec<Choice> = doc
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Municipality || in_order(&p.id))
        .map(|p| Choice::new(p.id.to_string(), p.name.to_string()))
        .collect();
    let order: Vec<String> = r
        .map(|r| r.order.iter().map(Id::to_string).collect())
        .unwrap_or_default();
    let count = order.len().max(parties.len()).max(2);
    let typed = parties.len() > ROTATION_SELECTS_UP_TO;
    let positions = (0..count)
        .map(|i| {
            let id = order.get(i).cloned().unwrap_or_default();
            // A typed turn shows the name people know; the save accepts names and ids.
            let value = if typed && !id.is_empty() {
                doc.name_of(&id)
            } else {
                id
            };
            let mut f = Field::new(&format!("rotation-order-{}", i + 1), "order", value);
            f.id = format!("rotation-order-{}", i + 1);
            f
        })
        .collect();
    RotationForm {
        exists: r.is_some(),
        base,
        form_error: None,
        tasks,
        tasks_error: None,
        positions,
        order_error: None,
        parties,
        typed,
        period_months: Field::new(
            "rotation",
            "period_months",
            r.map_or_else(|| "12".to_owned(), |r| r.period_months.get().to_string()),
        ),
        start: Field::new(
            "rotation",
            "start",
            r.map(|r| r.start.to_string()).unwrap_or_default(),
        ),
    }
}

fn build(ctx: &Ctx, l: &Loaded, saved: bool, failed: Option<&Failed<'_>>) -> SettingsPage {
    let doc = l.doc();
    let c = &doc.collaboration;
    let base = l.collab.head;
    let opt = |t: &Option<rolwijzer_core::values::Text>| {
        t.as_ref().map(|t| t.to_string()).unwrap_or_default()
    };
    let mut coordinators: Vec<Choice> = doc
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Municipality || c.coordinator.as_ref() == Some(&p.id))
        .map(|p| Choice::new(p.id.to_string(), p.name.to_string()))
        .collect();
    if let Some(id) = &c.coordinator {
        if !coordinators.iter().any(|x| x.value == id.as_str()) {
            coordinators.push(Choice::new(id.to_string(), id.to_string()));
        }
    }
    let p = "field";
    let mut page = SettingsPage {
        title: ctx.t("settings-title"),
        nav: Some(CollabNav::new(ctx, l, "/settings")),
        slug: l.collab.slug.clone(),
        base,
        saved,
        has_errors: failed.is_some(),
        name: Field::new(p, "name", c.name.to_string()),
        description: Field::new(p, "description", opt(&c.description)),
        website: Field::new(p, "website", opt(&c.website)),
        how_to_join: Field::new(p, "how_to_join", opt(&c.how_to_join)),
        ambition: Field::new(p, "ambition", c.ambition.id()),
        levels: level_views(ctx),
        arrangement: Field::new(p, "arrangement", c.arrangement.id()),
        arrangements: arrangement_views(ctx, Some(c.ambition)),
        coordinator: Field::new(
            p,
            "coordinator",
            c.coordinator
                .as_ref()
                .map(Id::to_string)
                .unwrap_or_default(),
        ),
        coordinators,
        coordinator_compensated: Field::new(
            p,
            "coordinator_compensated",
            yes_no(c.coordinator_compensated),
        ),
        contribution: Field::new(p, "contribution", yes_no(Some(c.contribution))),
        separate_administration: Field::new(
            p,
            "separate_administration",
            yes_no(c.separate_administration),
        ),
        fixed_costs_per_month: Field::new(
            p,
            "fixed_costs_per_month",
            euro_value(ctx, c.fixed_costs_per_month),
        ),
        reserve: Field::new(p, "reserve", euro_value(ctx, c.reserve)),
        last_evaluation: Field::new(
            p,
            "last_evaluation",
            c.last_evaluation.map(|d| d.to_string()).unwrap_or_default(),
        ),
        evaluation_interval_months: Field::new(
            p,
            "evaluation_interval_months",
            c.evaluation_interval_months
                .map(|m| m.get().to_string())
                .unwrap_or_default(),
        ),
        rotation: rotation_form(ctx, doc, base),
        publishing: publishing::form(ctx, l, None),
        ctx: ctx.clone(),
    };
    match failed {
        Some(Failed::Settings(pairs, errors, sent_base)) => {
            page.base = *sent_base;
            for f in [
                &mut page.name,
                &mut page.description,
                &mut page.website,
                &mut page.how_to_join,
                &mut page.ambition,
                &mut page.arrangement,
                &mut page.coordinator,
                &mut page.coordinator_compensated,
                &mut page.contribution,
                &mut page.separate_administration,
                &mut page.fixed_costs_per_month,
                &mut page.reserve,
                &mut page.last_evaluation,
                &mut page.evaluation_interval_months,
            ] {
                f.fill(*pairs, errors);
            }
            let level = AmbitionLevel::from_id(&page.ambition.value);
            page.arrangements = arrangement_views(ctx, level.or(Some(c.ambition)));
        }
        Some(Failed::Rotation(pairs, errors, sent_base)) => {
            let r = &mut page.rotation;
            r.base = *sent_base;
            r.form_error = errors.get("form").cloned();
            r.tasks_error = errors.get("tasks").cloned();
            r.order_error = errors.get("order").cloned();
            let ticked = pairs.all("tasks");
            for b in &mut r.tasks {
                b.checked = ticked.contains(&b.value.as_str());
            }
            let sent = pairs.all("order");
            let count = sent.len().max(r.parties.len()).max(2);
            r.positions = (0..count)
                .map(|i| {
                    let mut f = Field::new(
                        "rotation-order",
                        "order",
                        sent.get(i).copied().unwrap_or_default(),
                    );
                    f.id = format!("rotation-order-{}", i + 1);
                    f
                })
                .collect();
            r.period_months.fill(*pairs, errors);
            r.start.fill(*pairs, errors);
        }
        None => {}
    }
    page
}

/// The settings page with the publishing section as sent with mistakes.
pub(crate) fn page_with_publishing(
    ctx: &Ctx,
    l: &Loaded,
    section: PublishingForm,
) -> impl Template {
    let mut page = build(ctx, l, false, None);
    page.has_errors = true;
    page.publishing = section;
    page
}

/// GET /c/{slug}/settings
pub(crate) async fn show(p: CollabPage) -> AppResult<Response> {
    page(&p.ctx, &build(&p.ctx, &p.l, p.saved(), None))
}

/// POST /c/{slug}/settings
pub(crate) async fn save(form: CollabForm) -> AppResult<Response> {
    let (ctx, slug, f) = (&form.ctx, &form.slug, form.fields());
    let base = form.base()?;
    form.save_or_show(
        base,
        &format!("/c/{slug}/settings"),
        &format!("/c/{slug}/settings?saved=1"),
        |doc| apply_settings(ctx, doc, f),
        |l, errors| {
            Ok(build(
                ctx,
                l,
                false,
                Some(&Failed::Settings(f, errors, base)),
            ))
        },
    )
    .await
}

fn apply_settings(ctx: &Ctx, doc: &mut Document, f: Pairs<'_>) -> Result<(), FieldErrors> {
    let mut c = Check::new(ctx);
    let name = c.text("name", f.get("name"));
    let description = c.optional_text("description", f.get("description"));
    let website = c.optional_text("website", f.get("website"));
    let how_to_join = c.optional_text("how_to_join", f.get("how_to_join"));
    let ambition = AmbitionLevel::from_id(f.get("ambition"));
    if ambition.is_none() {
        c.fail("ambition", "settings-error-ambition");
    }
    let arrangement = Arrangement::from_id(f.get("arrangement"));
    if arrangement.is_none() {
        c.fail("arrangement", "settings-error-arrangement");
    }
    let coordinator = match f.get("coordinator") {
        "" => Some(None),
        v => match Id::parse(v) {
            Ok(id) if doc.parties.iter().any(|p| p.id == id) => Some(Some(id)),
            _ => {
                c.fail("coordinator", "people-error-unknown");
                None
            }
        },
    };
    let compensated = c.maybe_bool("coordinator_compensated", f.get("coordinator_compensated"));
    let contribution = match f.get("contribution") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            c.fail("contribution", "people-error-choice");
            None
        }
    };
    let separate = c.maybe_bool("separate_administration", f.get("separate_administration"));
    let fixed = c.euro("fixed_costs_per_month", f.get("fixed_costs_per_month"));
    let reserve = c.euro("reserve", f.get("reserve"));
    let last_evaluation = c.date("last_evaluation", f.get("last_evaluation"));
    let interval = c.months(
        "evaluation_interval_months",
        f.get("evaluation_interval_months"),
    );
    let (
        Some(name),
        Some(ambition),
        Some(arrangement),
        Some(coordinator),
        Some(compensated),
        Some(contribution),
        Some(separate),
        true,
    ) = (
        name,
        ambition,
        arrangement,
        coordinator,
        compensated,
        contribution,
        separate,
        c.ok(),
    )
    else {
        return Err(c.errors);
    };
    let col = &mut doc.collaboration;
    col.name = name;
    col.description = description;
    col.website = website;
    col.how_to_join = how_to_join;
    col.ambition = ambition;
    col.arrangement = arrangement;
    col.coordinator = coordinator;
    col.coordinator_compensated = compensated;
    col.contribution = contribution;
    col.separate_administration = separate;
    col.fixed_costs_per_month = fixed;
    col.reserve = reserve;
    col.last_evaluation = last_evaluation;
    col.evaluation_interval_months = interval;
    Ok(())
}

/// POST /c/{slug}/settings/rotation: `action` is `save` or `remove`.
pub(crate) async fn save_rotation(form: CollabForm) -> AppResult<Response> {
    let (ctx, slug, f) = (&form.ctx, &form.slug, form.fields());
    let base = form.base()?;
    let action = f.get("action");
    if !matches!(action, "save" | "remove") {
        return Err(AppError::BadRequest("action".into()));
    }
    form.save_or_show(
        base,
        &format!("/c/{slug}/settings/rotation"),
        &format!("/c/{slug}/settings?saved=1#field-rotation"),
        |doc| {
            if action == "remove" {
                doc.rotation = None;
                Ok(())
            } else {
                apply_rotation(ctx, doc, f)
            }
        },
        |l, errors| {
            Ok(build(
                ctx,
                l,
                false,
                Some(&Failed::Rotation(f, errors, base)),
            ))
        },
    )
    .await
}

fn apply_rotation(ctx: &Ctx, doc: &mut Document, f: Pairs<'_>) -> Result<(), FieldErrors> {
    let mut c = Check::new(ctx);
    let known = |t: &str| {
        TaskId::from_id(t).is_some()
            || doc
                .assignments
                .iter()
                .any(|a| matches!(&a.target, Target::Custom(x) if x.id.as_str() == t))
            || doc
                .rotation
                .as_ref()
                .is_some_and(|r| r.tasks.iter().any(|x| x == t))
    };
    let mut tasks: Vec<String> = Vec::new();
    for t in f.all("tasks") {
        if !known(t) {
            c.fail("tasks", "people-error-unknown");
        } else if !tasks.iter().any(|x| x == t) {
            tasks.push(t.to_owned());
        }
    }
    if tasks.is_empty() {
        c.fail("tasks", "settings-error-rotation-tasks");
    }
    let mut order: Vec<Id> = Vec::new();
    // A turn names its party by id (a list) or by name (typed in a large division).
    let party_of = |p: &str| -> Option<Id> {
        if let Some(x) = doc.parties.iter().find(|x| x.id.as_str() == p) {
            return Some(x.id.clone());
        }
        let mut named = doc
            .parties
            .iter()
            .filter(|x| x.name.as_str().eq_ignore_ascii_case(p.trim()));
        match (named.next(), named.next()) {
            (Some(x), None) => Some(x.id.clone()),
            _ => None,
        }
    };
    for p in f.all("order").into_iter().filter(|p| !p.trim().is_empty()) {
        match party_of(p) {
            Some(id) => {
                if order.contains(&id) {
                    c.fail_with(
                        "order",
                        "settings-error-rotation-twice",
                        &Args::new().with(
                            "party",
                            doc.parties
                                .iter()
                                .find(|x| x.id == id)
                                .map(|x| x.name.to_string())
                                .unwrap_or_else(|| id.to_string()),
                        ),
                    );
                } else {
                    order.push(id);
                }
            }
            None => c.fail("order", "people-error-unknown"),
        }
    }
    if order.is_empty() {
        c.fail("order", "settings-error-rotation-order");
    }
    let period = c.required_months("period_months", f.get("period_months"));
    let start = c.required_date("start", f.get("start"));
    let (Some(period_months), Some(start), true) = (period, start, c.ok()) else {
        return Err(c.errors);
    };
    // What is ticked of coming hand-overs stays when the rotation is edited.
    let handovers = doc.rotation.take().map(|r| r.handovers).unwrap_or_default();
    doc.rotation = Some(Rotation {
        tasks,
        order,
        period_months,
        start,
        handovers,
    });
    Ok(())
}
