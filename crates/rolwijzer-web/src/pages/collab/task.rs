//! The page of one task, with its own form (holders, backup, hours, process,
//! channel) and removing an own task: `/c/{slug}/task/{key}`.

use super::assignment::*;
use crate::http::access::{Loaded, Member};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::findings::FindingView;
use crate::ui::forms::CollabForm;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use crate::ui::save::{FieldErrors, Outcome};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use rolwijzer_core::document::{Assignment, CustomTask, Informed, Target};
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::values::Text;
use rolwijzer_core::{Arrangement, Document, Id, Lang};
use std::collections::HashMap;

// ---------------------------------------------------------------------------------
// The task page.

/// A line of "who does what".
#[derive(Debug, Clone)]
struct RoleLine {
    letter: &'static str,
    class: &'static str,
    label: String,
    names: Vec<String>,
}

/// A checkbox or radio button.
#[derive(Debug, Clone)]
struct Choice {
    id: String,
    value: String,
    label: String,
    checked: bool,
}

/// Choices under a heading (people, parties, groups).
#[derive(Debug, Clone)]
struct ChoiceGroup {
    label: String,
    choices: Vec<Choice>,
}

/// Someone who may be informed, with the channel.
#[derive(Debug, Clone)]
struct InformedChoice {
    id: String,
    value: String,
    label: String,
    checked: bool,
    via: String,
    via_id: String,
    via_label: String,
    via_error: Option<String>,
}

/// Informed choices under a heading.
#[derive(Debug, Clone)]
struct InformedGroup {
    label: String,
    choices: Vec<InformedChoice>,
}

/// The values of the task form, as typed or as in the document.
#[derive(Debug, Clone, Default)]
struct TaskValues {
    responsible: Vec<String>,
    accountable: String,
    consulted: Vec<String>,
    informed: Vec<String>,
    via: HashMap<String, String>,
    backup: Vec<String>,
    hours: String,
    process: String,
    arrangement: String,
    description: String,
    notes: String,
    name: String,
    critical: bool,
    /// The form did not show the roles (a large division): keep them as they are.
    keep_roles: bool,
}

impl TaskValues {
    fn of_assignment(lang: Lang, a: Option<&Assignment>) -> Self {
        let Some(a) = a else {
            return TaskValues::default();
        };
        let ids = |l: &[Id]| l.iter().map(Id::to_string).collect::<Vec<_>>();
        let (name, critical) = match &a.target {
            Target::Custom(c) => (c.name.to_string(), c.critical),
            _ => (String::new(), false),
        };
        TaskValues {
            responsible: ids(&a.responsible),
            accountable: a.accountable.first().map(Id::to_string).unwrap_or_default(),
            consulted: ids(&a.consulted),
            informed: a.informed.iter().map(|i| i.who.to_string()).collect(),
            via: a
                .informed
                .iter()
                .filter_map(|i| Some((i.who.to_string(), i.via.as_ref()?.to_string())))
                .collect(),
            backup: ids(&a.backup),
            hours: a
                .hours_per_week
                .map(|h| i18n::hours(lang, h.get()))
                .unwrap_or_default(),
            process: a.process.as_ref().map(Text::to_string).unwrap_or_default(),
            arrangement: a.arrangement.map(|x| x.id().to_owned()).unwrap_or_default(),
            description: a
                .description
                .as_ref()
                .map(Text::to_string)
                .unwrap_or_default(),
            notes: a.notes.as_ref().map(Text::to_string).unwrap_or_default(),
            name,
            critical,
            keep_roles: false,
        }
    }

    fn of_pairs(pairs: &[(String, String)]) -> Self {
        let get = |n: &str| field(pairs, n).unwrap_or("").to_owned();
        TaskValues {
            responsible: fields(pairs, "responsible"),
            accountable: get("accountable"),
            consulted: fields(pairs, "consulted"),
            informed: fields(pairs, "informed"),
            via: pairs
                .iter()
                .filter_map(|(k, v)| Some((k.strip_prefix("via:")?.to_owned(), v.clone())))
                .collect(),
            backup: fields(pairs, "backup"),
            hours: get("hours"),
            process: get("process"),
            arrangement: get("arrangement"),
            description: get("description"),
            notes: get("notes"),
            name: get("name"),
            critical: field(pairs, "critical").is_some(),
            keep_roles: field(pairs, "roles") == Some("kept"),
        }
    }
}

/// The edit form of a task, ready for the template.
#[derive(Debug, Clone, Default)]
struct TaskForm {
    /// In a large division the holders are chosen in the matrix's task form (one shared
    /// list of names) instead of a box per holder per role here; this form keeps them.
    roles_in_matrix: bool,
    responsible: Vec<ChoiceGroup>,
    responsible_error: Option<String>,
    accountable: Vec<ChoiceGroup>,
    accountable_none: bool,
    accountable_many: Option<String>,
    accountable_error: Option<String>,
    consulted: Vec<ChoiceGroup>,
    consulted_error: Option<String>,
    informed: Vec<InformedGroup>,
    informed_error: Option<String>,
    backup: Vec<Choice>,
    backup_error: Option<String>,
    hours: String,
    hours_error: Option<String>,
    process: String,
    process_error: Option<String>,
    arrangements: Vec<Opt>,
    arrangement_error: Option<String>,
    description: String,
    description_error: Option<String>,
    notes: String,
    notes_error: Option<String>,
    custom: bool,
    name: String,
    name_error: Option<String>,
    critical: bool,
    form_error: Option<String>,
    summary: Vec<(String, String)>,
}

/// The options of one list: the allowed holders, plus whatever the document already
/// holds there that is not allowed or does not exist (so it can be seen and removed).
fn options_for(
    ctx: &Ctx,
    doc: &Document,
    allowed: Allowed,
    current: &[String],
) -> Vec<(String, Vec<(String, String)>)> {
    let mut people = Vec::new();
    let mut parties = Vec::new();
    let mut groups = Vec::new();
    if allowed.allows(Kind::Person) {
        for p in &doc.people {
            people.push((p.id.to_string(), display_name(doc, p.id.as_str())));
        }
    }
    if allowed.allows(Kind::Party) {
        for p in &doc.parties {
            parties.push((p.id.to_string(), p.name.to_string()));
        }
    }
    if allowed.allows(Kind::Group) {
        for g in &doc.groups {
            groups.push((g.id.to_string(), g.name.to_string()));
        }
    }
    let mut other = Vec::new();
    for id in current {
        let offered = kind_of(doc, id).is_some_and(|k| allowed.allows(k));
        if !offered && !other.iter().any(|(x, _): &(String, String)| x == id) {
            let label = match kind_of(doc, id) {
                Some(_) => ctx.ta(
                    "taskpage-not-allowed",
                    &Args::new().with("name", display_name(doc, id)),
                ),
                None => ctx.ta(
                    "taskpage-unknown-holder",
                    &Args::new().with("id", id.clone()),
                ),
            };
            other.push((id.clone(), label));
        }
    }
    [
        (ctx.t("taskpage-people"), people),
        (ctx.t("taskpage-parties"), parties),
        (ctx.t("taskpage-groups"), groups),
        (ctx.t("taskpage-other"), other),
    ]
    .into_iter()
    .filter(|(_, l)| !l.is_empty())
    .collect()
}

fn choice_groups(
    ctx: &Ctx,
    doc: &Document,
    allowed: Allowed,
    field: &str,
    checked: &[String],
    current: &[String],
) -> Vec<ChoiceGroup> {
    let mut n = 0;
    options_for(ctx, doc, allowed, current)
        .into_iter()
        .map(|(label, opts)| ChoiceGroup {
            label,
            choices: opts
                .into_iter()
                .map(|(value, label)| {
                    n += 1;
                    Choice {
                        id: format!("f-{field}-{n}"),
                        checked: checked.contains(&value),
                        value,
                        label,
                    }
                })
                .collect(),
        })
        .collect()
}

fn build_form(
    ctx: &Ctx,
    doc: &Document,
    a: Option<&Assignment>,
    custom: bool,
    v: &TaskValues,
    errors: &FieldErrors,
) -> TaskForm {
    let doc_ids = |f: fn(&Assignment) -> Vec<String>| a.map(f).unwrap_or_default();
    let cur_r = doc_ids(|a| a.responsible.iter().map(Id::to_string).collect());
    let cur_a = doc_ids(|a| a.accountable.iter().map(Id::to_string).collect());
    let cur_c = doc_ids(|a| a.consulted.iter().map(Id::to_string).collect());
    let cur_i = doc_ids(|a| a.informed.iter().map(|i| i.who.to_string()).collect());
    let cur_b = doc_ids(|a| a.backup.iter().map(Id::to_string).collect());
    let err = |k: &str| errors.get(k).cloned();
    let mut n = 0;
    let informed: Vec<InformedGroup> = options_for(ctx, doc, Allowed::Any, &cur_i)
        .into_iter()
        .map(|(label, opts)| InformedGroup {
            label,
            choices: opts
                .into_iter()
                .map(|(value, label)| {
                    n += 1;
                    InformedChoice {
                        id: format!("f-informed-{n}"),
                        via_id: format!("f-via-{n}"),
                        via_label: ctx.ta(
                            "taskpage-via-label",
                            &Args::new().with("name", label.clone()),
                        ),
                        via: v.via.get(&value).cloned().unwrap_or_default(),
                        via_error: errors.get(&format!("via:{value}")).cloned(),
                        checked: v.informed.contains(&value),
                        value,
                        label,
                    }
                })
                .collect(),
        })
        .collect();
    let backup = choice_groups(ctx, doc, Allowed::People, "backup", &v.backup, &cur_b)
        .into_iter()
        .flat_map(|g| g.choices)
        .collect();
    let accountable_many = (cur_a.len() > 1).then(|| {
        let names: Vec<String> = cur_a.iter().map(|x| display_name(doc, x)).collect();
        ctx.ta(
            "taskpage-accountable-many",
            &Args::new().with("names", i18n::join_list(ctx.lang, &names)),
        )
    });
    let mut arrangements = vec![Opt {
        value: String::new(),
        label: ctx.ta(
            "taskpage-arrangement-same",
            &Args::new().with(
                "arrangement",
                ctx.t(&format!(
                    "arrangement-{}",
                    doc.collaboration.arrangement.id()
                )),
            ),
        ),
        selected: v.arrangement.is_empty(),
    }];
    for x in Arrangement::ALL {
        arrangements.push(Opt {
            value: x.id().to_owned(),
            label: ctx.t(&format!("arrangement-{}", x.id())),
            selected: v.arrangement == x.id(),
        });
    }
    // The summary above the form lists the problems in the order of the form, each
    // with the field's name and a link to it.
    const ORDER: &[&str] = &[
        "name",
        "responsible",
        "accountable",
        "consulted",
        "informed",
        "via:",
        "backup",
        "hours",
        "process",
        "arrangement",
        "description",
        "notes",
        "form",
    ];
    let mut summary: Vec<(usize, String, String)> = Vec::new();
    for (k, e) in errors {
        let rank = ORDER
            .iter()
            .position(|o| k == o || (o.ends_with(':') && k.starts_with(o)))
            .unwrap_or(ORDER.len());
        let (href, label) = match k.strip_prefix("via:") {
            Some(holder) => informed
                .iter()
                .flat_map(|g: &InformedGroup| &g.choices)
                .find(|c| c.value == holder)
                .map(|c| (format!("#{}", c.via_id), Some(c.via_label.clone())))
                .unwrap_or_else(|| (String::from("#f-informed"), None)),
            None => {
                let label_id = match k.as_str() {
                    "name" => Some("taskpage-name"),
                    "responsible" => Some("taskpage-responsible-legend"),
                    "accountable" => Some("taskpage-accountable-legend"),
                    "consulted" => Some("taskpage-consulted-legend"),
                    "informed" => Some("taskpage-informed-legend"),
                    "backup" => Some("taskpage-backup-legend"),
                    "hours" => Some("taskpage-hours"),
                    "process" => Some("taskpage-process"),
                    "arrangement" => Some("taskpage-arrangement"),
                    "description" => Some("taskpage-description"),
                    "notes" => Some("taskpage-notes"),
                    _ => None,
                };
                let href = if k == "form" {
                    String::from("#edit")
                } else {
                    format!("#f-{k}")
                };
                (href, label_id.map(|id| ctx.t(id)))
            }
        };
        let text = match label {
            Some(l) if l.ends_with('?') => format!("{l} {e}"),
            Some(l) => format!("{l}: {e}"),
            None => e.clone(),
        };
        summary.push((rank, href, text));
    }
    summary.sort_by_key(|(rank, _, _)| *rank);
    let summary = summary.into_iter().map(|(_, h, t)| (h, t)).collect();
    let mut form = TaskForm {
        roles_in_matrix: false,
        responsible: choice_groups(
            ctx,
            doc,
            Allowed::Any,
            "responsible",
            &v.responsible,
            &cur_r,
        ),
        responsible_error: err("responsible"),
        accountable: choice_groups(
            ctx,
            doc,
            Allowed::NoGroups,
            "accountable",
            std::slice::from_ref(&v.accountable),
            &cur_a,
        ),
        accountable_none: v.accountable.is_empty(),
        accountable_many,
        accountable_error: err("accountable"),
        consulted: choice_groups(ctx, doc, Allowed::Any, "consulted", &v.consulted, &cur_c),
        consulted_error: err("consulted"),
        informed,
        informed_error: err("informed"),
        backup,
        backup_error: err("backup"),
        hours: v.hours.clone(),
        hours_error: err("hours"),
        process: v.process.clone(),
        process_error: err("process"),
        arrangements,
        arrangement_error: err("arrangement"),
        description: v.description.clone(),
        description_error: err("description"),
        notes: v.notes.clone(),
        notes_error: err("notes"),
        custom,
        name: v.name.clone(),
        name_error: err("name"),
        critical: v.critical,
        form_error: err("form"),
        summary,
    };
    // A box per holder for each of five roles grew with the division (2.3 MB for 342
    // municipalities); there the matrix's task form picks holders from one list.
    if doc.people.len() > super::people::ALL_PEOPLE_UP_TO {
        form.roles_in_matrix = true;
        form.responsible.clear();
        form.accountable.clear();
        form.consulted.clear();
        form.informed.clear();
        form.backup.clear();
    }
    form
}

#[derive(Template)]
#[template(path = "collab/task.html")]
struct TaskPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    key: String,
    base: i64,
    can_edit: bool,
    saved: bool,
    kind_label: String,
    required: bool,
    critical: bool,
    rotating: bool,
    assigned: bool,
    unknown: bool,
    catalogue_desc: Option<String>,
    item_of: Option<(String, String)>,
    duties: Vec<String>,
    roles: Vec<RoleLine>,
    hours: Option<String>,
    process: Option<String>,
    process_is_link: bool,
    arrangement: String,
    description: Option<String>,
    notes: Option<String>,
    findings: Vec<FindingView>,
    form: TaskForm,
}

/// Whether a task page exists for this key: an assignment, or a catalogue task or
/// checklist item that can still be assigned.
fn task_exists(doc: &Document, key: &str) -> bool {
    Id::parse(key).is_ok() && (find_assignment(doc, key).is_some() || new_target(key).is_some())
}

fn build_task(
    ctx: &Ctx,
    l: &Loaded,
    key: &str,
    saved: bool,
    values: Option<&TaskValues>,
    errors: &FieldErrors,
    base: Option<i64>,
) -> TaskPage {
    let doc = l.doc();
    let slug = l.collab.slug.clone();
    let a = find_assignment(doc, key).map(|i| &doc.assignments[i]);
    let target = a.map(|a| a.target.clone()).or_else(|| new_target(key));
    let view = l.report.tasks.iter().find(|v| v.key == key);
    let name = task_name(ctx, doc, key);
    let c = &doc.collaboration;
    let (kind_label, catalogue_desc, duties, item_of, required) = match &target {
        Some(Target::Task(t)) => (
            ctx.t("taskpage-kind-task"),
            Some(ctx.t(&format!("task-{}-desc", t.id()))),
            i18n::texts().list(ctx.lang, &format!("duty-{}", t.id())),
            None,
            t.required(c.ambition, c.contribution),
        ),
        Some(Target::Item(i)) => (
            ctx.t("taskpage-kind-item"),
            None,
            Vec::new(),
            Some((
                format!("/c/{slug}/task/{}", i.task().id()),
                ctx.t(&format!("task-{}", i.task().id())),
            )),
            false,
        ),
        Some(Target::Custom(_)) => (ctx.t("taskpage-kind-custom"), None, Vec::new(), None, false),
        _ => (
            ctx.t("taskpage-kind-unknown"),
            None,
            Vec::new(),
            None,
            false,
        ),
    };
    let names = |ids: &[Id]| ids.iter().map(|x| display_name(doc, x.as_str())).collect();
    let line = |letter, class: &'static str, names: Vec<String>| RoleLine {
        letter,
        class,
        label: ctx.t(&format!("raci-{class}")),
        names,
    };
    let (r, acc, cons, inf, back) = match (view, a) {
        (Some(v), _) => (
            names(&v.responsible),
            names(&v.accountable),
            names(&v.consulted),
            v.informed
                .iter()
                .map(|(w, via)| match via {
                    Some(via) => format!("{} ({via})", display_name(doc, w.as_str())),
                    None => display_name(doc, w.as_str()),
                })
                .collect(),
            names(&v.backup),
        ),
        (None, Some(a)) => (
            names(&a.responsible),
            names(&a.accountable),
            names(&a.consulted),
            a.informed
                .iter()
                .map(|i| match &i.via {
                    Some(via) => format!("{} ({via})", display_name(doc, i.who.as_str())),
                    None => display_name(doc, i.who.as_str()),
                })
                .collect(),
            names(&a.backup),
        ),
        (None, None) => Default::default(),
    };
    let roles = vec![
        line("R", "r", r),
        line("A", "a", acc),
        line("C", "c", cons),
        line("I", "i", inf),
        line("B", "backup", back),
    ];
    let process = a.and_then(|a| a.process.as_ref()).map(Text::to_string);
    let process_is_link = process
        .as_deref()
        .is_some_and(|p| p.starts_with("https://") || p.starts_with("http://"));
    let arrangement = view.map_or(c.arrangement, |v| v.arrangement);
    let custom = matches!(target, Some(Target::Custom(_)));
    let from_doc = TaskValues::of_assignment(ctx.lang, a);
    let values = values.unwrap_or(&from_doc);
    TaskPage {
        title: name,
        nav: Some(CollabNav::new(ctx, l, "/matrix")),
        key: key.to_owned(),
        base: base.unwrap_or(l.collab.head),
        can_edit: l.can_edit(),
        saved,
        kind_label,
        required,
        critical: target.as_ref().is_some_and(Target::critical),
        rotating: view.is_some_and(|v| v.rotating),
        assigned: a.is_some(),
        unknown: matches!(target, Some(Target::Unknown { .. })),
        catalogue_desc,
        item_of,
        duties,
        roles,
        hours: a
            .and_then(|a| a.hours_per_week)
            .map(|h| i18n::hours(ctx.lang, h.get())),
        process,
        process_is_link,
        arrangement: ctx.t(&format!("arrangement-{}", arrangement.id())),
        description: a.and_then(|a| a.description.as_ref()).map(Text::to_string),
        notes: a.and_then(|a| a.notes.as_ref()).map(Text::to_string),
        findings: l
            .report
            .findings
            .iter()
            .filter(|f| f.subject.task.as_deref() == Some(key))
            .map(|f| FindingView::new(ctx, l, f))
            .collect(),
        form: build_form(ctx, doc, a, custom, values, errors),
        slug,
        ctx: ctx.clone(),
    }
}

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Path((_slug, key)): Path<(String, String)>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    if !task_exists(l.doc(), &key) {
        return Err(AppError::NotFound);
    }
    let p = build_task(
        &ctx,
        &l,
        &key,
        q.saved.is_some(),
        None,
        &FieldErrors::new(),
        None,
    );
    page(&ctx, &p)
}

/// Applies the task form to a document.
fn apply_task(ctx: &Ctx, doc: &mut Document, key: &str, v: &TaskValues) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::new();
    let idx = match find_assignment(doc, key) {
        Some(i) => i,
        None => match new_target(key) {
            Some(t) => insert_assignment(doc, empty_assignment(t)),
            None => {
                errors.insert("form".into(), ctx.t("taskpage-error-gone"));
                return Err(errors);
            }
        },
    };
    let before = doc.assignments[idx].clone();
    let d: &Document = doc;
    let responsible = holder_list(
        ctx,
        d,
        &v.responsible,
        Allowed::Any,
        &before.responsible,
        "responsible",
        &mut errors,
    );
    let accountable = holder_list(
        ctx,
        d,
        &fields_of_one(&v.accountable),
        Allowed::NoGroups,
        &before.accountable,
        "accountable",
        &mut errors,
    );
    let consulted = holder_list(
        ctx,
        d,
        &v.consulted,
        Allowed::Any,
        &before.consulted,
        "consulted",
        &mut errors,
    );
    let before_informed: Vec<Id> = before.informed.iter().map(|i| i.who.clone()).collect();
    let informed_ids = holder_list(
        ctx,
        d,
        &v.informed,
        Allowed::Any,
        &before_informed,
        "informed",
        &mut errors,
    );
    let backup = holder_list(
        ctx,
        d,
        &v.backup,
        Allowed::People,
        &before.backup,
        "backup",
        &mut errors,
    );
    let mut informed = Vec::new();
    for who in informed_ids {
        let via_key = format!("via:{who}");
        let via = optional_text(
            ctx,
            v.via.get(who.as_str()).map_or("", String::as_str),
            &via_key,
            &mut errors,
        );
        informed.push(Informed { who, via });
    }
    let hours = match parse_hours(&v.hours) {
        Ok(h) => h,
        Err(()) => {
            errors.insert("hours".into(), ctx.t("taskpage-error-hours"));
            None
        }
    };
    let process = optional_text(ctx, &v.process, "process", &mut errors);
    let description = optional_text(ctx, &v.description, "description", &mut errors);
    let notes = optional_text(ctx, &v.notes, "notes", &mut errors);
    let arrangement = if v.arrangement.is_empty() {
        None
    } else {
        match Arrangement::from_id(&v.arrangement) {
            Some(x) => Some(x),
            None => {
                errors.insert("arrangement".into(), ctx.t("taskpage-error-arrangement"));
                None
            }
        }
    };
    let target = match &before.target {
        Target::Custom(c) => match Text::new(&v.name) {
            Ok(name) => Target::Custom(CustomTask {
                id: c.id.clone(),
                name,
                critical: v.critical,
            }),
            Err(p) => {
                errors.insert("name".into(), text_problem(ctx, &p));
                before.target.clone()
            }
        },
        t => t.clone(),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let a = &mut doc.assignments[idx];
    a.target = target;
    if !v.keep_roles {
        a.responsible = responsible;
        a.accountable = accountable;
        a.consulted = consulted;
        a.informed = informed;
        a.backup = backup;
    }
    a.hours_per_week = hours;
    a.process = process;
    a.description = description;
    a.notes = notes;
    a.arrangement = arrangement;
    Ok(())
}

fn fields_of_one(v: &str) -> Vec<String> {
    if v.is_empty() {
        Vec::new()
    } else {
        vec![v.to_owned()]
    }
}

pub(crate) async fn save(
    Path((_, key)): Path<(String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let (ctx, slug) = (&form.ctx, &form.slug);
    let base = form.base()?;
    if Id::parse(&key).is_err() {
        return Err(AppError::NotFound);
    }
    let values = TaskValues::of_pairs(&form.pairs);
    form.save_or_show(
        base,
        &format!("/c/{slug}/task/{key}"),
        &format!("/c/{slug}/task/{key}?saved=1"),
        |doc| apply_task(ctx, doc, &key, &values),
        |l, errors| {
            if !task_exists(l.doc(), &key) {
                return Err(AppError::NotFound);
            }
            Ok(build_task(
                ctx,
                l,
                &key,
                false,
                Some(&values),
                &errors,
                Some(base),
            ))
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "collab/task-remove.html")]
struct RemovePage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    key: String,
    base: i64,
    required: bool,
    rotating: bool,
}

pub(crate) async fn confirm_remove(
    ctx: Ctx,
    Member(l): Member,
    Path((slug, key)): Path<(String, String)>,
) -> AppResult<Response> {
    let doc = l.doc();
    if Id::parse(&key).is_err() || find_assignment(doc, &key).is_none() {
        return Err(AppError::NotFound);
    }
    let view = l.report.tasks.iter().find(|v| v.key == key);
    let p = RemovePage {
        title: ctx.ta(
            "taskpage-remove-title",
            &Args::new().with("task", task_name(&ctx, doc, &key)),
        ),
        nav: Some(CollabNav::new(&ctx, &l, "/matrix")),
        slug: slug.clone(),
        base: l.collab.head,
        required: view.is_some_and(|v| v.required),
        rotating: view.is_some_and(|v| v.rotating),
        key,
        ctx: ctx.clone(),
    };
    page(&ctx, &p)
}

pub(crate) async fn remove(
    Path((_, key)): Path<(String, String)>,
    form: CollabForm,
) -> AppResult<Response> {
    let slug = &form.slug;
    let base = form.base()?;
    if Id::parse(&key).is_err() {
        return Err(AppError::NotFound);
    }
    let action = format!("/c/{slug}/task/{key}/remove");
    let (outcome, _) = form
        .save(base, &action, &format!("/c/{slug}/matrix"), |doc| {
            doc.assignments.retain(|a| a.target.key() != key);
            Ok(())
        })
        .await?;
    match outcome {
        Outcome::Done(res) => Ok(res),
        // Removing cannot be invalid; answer as if it were a bad request.
        Outcome::Invalid(_) => Err(AppError::BadRequest("remove".into())),
    }
}
