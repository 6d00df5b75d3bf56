//! The RACI matrix (who holds which letter on which task) and its editor:
//! `/c/{slug}/matrix`. Every change goes through [`save_change`], so it becomes a new
//! revision and a conflict never loses work.
//!
//! The matrix editor sends, per row, the letters each holder had when the page was
//! made (`orig:<task>`), and per cell the letters chosen (`cell:<task>:<holder>`).
//! Only cells that differ from what they were are applied, letter by letter, so a
//! re-applied form after a conflict changes only what this editor changed.

use super::assignment::*;
use crate::http::access::{Loaded, Member};
use crate::http::ctx::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::ui::forms::CollabForm;
use crate::ui::nav::CollabNav;
use crate::ui::render::page;
use crate::ui::save::FieldErrors;
use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use rolwijzer_core::analyse::{AccountableProblem, accountable_problem};
use rolwijzer_core::document::{CustomTask, Informed, Target};
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::lookup::id_base;
use rolwijzer_core::values::Text;
use rolwijzer_core::{Document, Id, ItemId, TaskId};
use std::collections::{BTreeSet, HashMap};

// ---------------------------------------------------------------------------------
// The matrix page.

/// A finding at a row, as a badge.
#[derive(Debug, Clone)]
struct RowFinding {
    code: &'static str,
    severity: &'static str,
    severity_label: String,
    title: String,
    href: String,
}

/// A cell in the editor.
#[derive(Debug, Clone)]
struct SelectCell {
    id: String,
    name: String,
    label: String,
    options: Vec<Opt>,
    backup: bool,
    backup_title: String,
}

/// One cell.
#[derive(Debug, Clone)]
struct Cell {
    letters: Vec<Letter>,
    select: Option<SelectCell>,
}

/// One row: a task.
#[derive(Debug, Clone)]
struct Row {
    key: String,
    name: String,
    href: String,
    kind_label: Option<String>,
    required: bool,
    unassigned: bool,
    rotating: bool,
    critical: bool,
    findings: Vec<RowFinding>,
    cells: Vec<Cell>,
    orig: String,
    error: Option<String>,
    error_id: String,
}

/// A column header.
#[derive(Debug, Clone)]
struct Column {
    name: String,
    kind: &'static str,
}

/// The add-a-task forms: what was typed and what is wrong with it.
#[derive(Debug, Clone, Default)]
struct AddForm {
    kind: String,
    task: String,
    item: String,
    custom_id: String,
    custom_name: String,
    custom_critical: bool,
    task_error: Option<String>,
    item_error: Option<String>,
    id_error: Option<String>,
    name_error: Option<String>,
}

#[derive(Template)]
#[template(path = "collab/matrix.html")]
struct MatrixPage {
    ctx: Ctx,
    title: String,
    nav: Option<CollabNav>,
    slug: String,
    base: i64,
    can_edit: bool,
    editing: bool,
    saved: bool,
    col_groups: Vec<ColGroup>,
    columns: Vec<Column>,
    rows: Vec<Row>,
    row_errors: Vec<(String, String)>,
    add: AddForm,
    add_tasks: Vec<(String, String)>,
    add_items: Vec<(String, String)>,
}

/// The keys of the matrix's rows, in order: catalogue tasks that are in the division
/// or required (catalogue order), then custom tasks and items (document order).
fn row_keys(l: &Loaded) -> Vec<String> {
    let doc = l.doc();
    let c = &doc.collaboration;
    let mut keys: Vec<String> = TaskId::ALL
        .into_iter()
        .filter(|t| {
            t.required(c.ambition, c.contribution) || l.report.tasks.iter().any(|v| v.key == t.id())
        })
        .map(|t| t.id().to_owned())
        .collect();
    for v in &l.report.tasks {
        if !keys.contains(&v.key) {
            keys.push(v.key.clone());
        }
    }
    keys
}

/// What a submitted but refused matrix form held, to show it again.
#[derive(Debug, Default)]
struct Resubmit {
    cells: HashMap<(String, String), String>,
    orig: HashMap<String, String>,
    base: Option<i64>,
    errors: FieldErrors,
}

fn build_matrix(
    ctx: &Ctx,
    l: &Loaded,
    editing: bool,
    saved: bool,
    again: &Resubmit,
    add: AddForm,
) -> MatrixPage {
    let doc = l.doc();
    let slug = l.collab.slug.clone();
    let (holders, col_groups) = holders(ctx, doc);
    let mut rows = Vec::new();
    let mut row_errors = Vec::new();
    for (ri, key) in row_keys(l).into_iter().enumerate() {
        let view = l.report.tasks.iter().find(|v| v.key == key);
        let assignment = find_assignment(doc, &key).map(|i| &doc.assignments[i]);
        let target = assignment
            .map(|a| a.target.clone())
            .or_else(|| new_target(&key));
        let required = view.map_or_else(
            || {
                TaskId::from_id(&key).is_some_and(|t| {
                    t.required(doc.collaboration.ambition, doc.collaboration.contribution)
                })
            },
            |v| v.required,
        );
        let name = task_name(ctx, doc, &key);
        let kind_label = match target {
            Some(Target::Custom(_)) => Some(ctx.t("matrix-kind-custom")),
            Some(Target::Item(_)) => Some(ctx.t("matrix-kind-item")),
            _ => None,
        };
        let findings = l
            .report
            .findings
            .iter()
            .filter(|f| f.subject.task.as_deref() == Some(key.as_str()))
            .map(|f| RowFinding {
                code: f.code.as_str(),
                severity: f.severity.id(),
                severity_label: ctx.t(&format!("severity-{}", f.severity.id())),
                title: f.code.title(ctx.lang),
                href: format!("/c/{slug}/task/{key}#findings"),
            })
            .collect();
        let error_id = format!("row-error-{ri}");
        let error = again.errors.get(&format!("row:{key}")).cloned();
        if let Some(e) = &error {
            row_errors.push((format!("#row-{ri}"), format!("{name}: {e}")));
        }
        let mut orig_parts = Vec::new();
        let mut cells = Vec::new();
        for (ci, h) in holders.iter().enumerate() {
            let doc_letters = Letters::of_assignment(assignment, &h.id);
            if !doc_letters.is_empty() {
                orig_parts.push(format!("{}={}", h.id, doc_letters.code()));
            }
            let letters = view
                .map(|v| view_letters(ctx, v, &h.id))
                .unwrap_or_default();
            let select = editing.then(|| {
                let current = again
                    .cells
                    .get(&(key.clone(), h.id.clone()))
                    .and_then(|v| Letters::parse(v))
                    .unwrap_or(doc_letters);
                let mut choices = vec![
                    Letters::default(),
                    Letters {
                        r: true,
                        ..Letters::default()
                    },
                ];
                if h.kind != Kind::Group {
                    choices.push(Letters {
                        a: true,
                        ..Letters::default()
                    });
                    choices.push(Letters {
                        r: true,
                        a: true,
                        ..Letters::default()
                    });
                }
                choices.push(Letters {
                    c: true,
                    ..Letters::default()
                });
                choices.push(Letters {
                    i: true,
                    ..Letters::default()
                });
                if !choices.contains(&current) {
                    choices.push(current);
                }
                let options = choices
                    .into_iter()
                    .map(|c| Opt {
                        value: c.code(),
                        label: if c.is_empty() {
                            ctx.t("matrix-option-none")
                        } else {
                            c.label()
                        },
                        selected: c == current,
                    })
                    .collect();
                let holder_label = match &h.party {
                    Some(p) => format!("{} ({p})", h.name),
                    None => h.name.clone(),
                };
                SelectCell {
                    id: format!("c-{ri}-{ci}"),
                    name: format!("cell:{key}:{}", h.id),
                    label: ctx.ta(
                        "matrix-cell-label",
                        &Args::new()
                            .with("task", name.clone())
                            .with("holder", holder_label),
                    ),
                    options,
                    backup: assignment
                        .is_some_and(|a| a.backup.iter().any(|b| *b.as_str() == h.id)),
                    backup_title: ctx.t("raci-backup"),
                }
            });
            cells.push(Cell { letters, select });
        }
        let orig = again
            .orig
            .get(&key)
            .cloned()
            .unwrap_or_else(|| orig_parts.join(";"));
        rows.push(Row {
            href: format!("/c/{slug}/task/{key}"),
            unassigned: view.is_none_or(|v| !v.filled()) && assignment.is_none(),
            rotating: view.is_some_and(|v| v.rotating),
            critical: target.as_ref().is_some_and(Target::critical),
            key,
            name,
            kind_label,
            required,
            findings,
            cells,
            orig,
            error,
            error_id,
        });
    }
    for (k, e) in &again.errors {
        if !k.starts_with("row:") {
            row_errors.push((String::from("#matrix"), e.clone()));
        }
    }
    let assigned: BTreeSet<&str> = doc.assignments.iter().map(|a| a.target.key()).collect();
    let add_tasks = TaskId::ALL
        .into_iter()
        .filter(|t| !assigned.contains(t.id()))
        .map(|t| (t.id().to_owned(), ctx.t(&format!("task-{}", t.id()))))
        .collect();
    let add_items = ItemId::ALL
        .into_iter()
        .filter(|i| !assigned.contains(i.id()) && TaskId::from_id(i.id()).is_none())
        .map(|i| (i.id().to_owned(), ctx.t(&format!("item-{}", i.id()))))
        .collect();
    MatrixPage {
        title: ctx.t("matrix-title"),
        nav: Some(CollabNav::new(ctx, l, "/matrix")),
        slug,
        base: again.base.unwrap_or(l.collab.head),
        can_edit: l.can_edit(),
        editing,
        saved,
        columns: holders
            .iter()
            .map(|h| Column {
                name: h.name.clone(),
                kind: h.kind.class(),
            })
            .collect(),
        col_groups,
        rows,
        row_errors,
        add,
        add_tasks,
        add_items,
        ctx: ctx.clone(),
    }
}

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let editing = q.edit.is_some() && l.can_edit();
    let p = build_matrix(
        &ctx,
        &l,
        editing,
        q.saved.is_some(),
        &Resubmit::default(),
        AddForm::default(),
    );
    page(&ctx, &p)
}

/// One changed cell of the matrix editor.
#[derive(Debug, Clone)]
struct CellEdit {
    task: String,
    holder: String,
    orig: String,
    new: String,
}

/// The cells that differ from what they were when the page was made.
fn changed_cells(pairs: &[(String, String)]) -> Vec<CellEdit> {
    let mut orig: HashMap<&str, HashMap<&str, &str>> = HashMap::new();
    for (k, v) in pairs {
        if let Some(task) = k.strip_prefix("orig:") {
            let m = orig.entry(task).or_default();
            for part in v.split(';') {
                if let Some((h, letters)) = part.split_once('=') {
                    m.insert(h, letters);
                }
            }
        }
    }
    pairs
        .iter()
        .filter_map(|(k, v)| {
            let (task, holder) = k.strip_prefix("cell:")?.split_once(':')?;
            let was = orig
                .get(task)
                .and_then(|m| m.get(holder))
                .copied()
                .unwrap_or("");
            let same =
                matches!((Letters::parse(was), Letters::parse(v)), (Some(a), Some(b)) if a == b);
            (!same).then(|| CellEdit {
                task: task.to_owned(),
                holder: holder.to_owned(),
                orig: was.to_owned(),
                new: v.clone(),
            })
        })
        .collect()
}

fn toggle(list: &mut Vec<Id>, id: &Id, was: bool, now: bool) {
    if now && !was && !list.contains(id) {
        list.push(id.clone());
    }
    if was && !now {
        list.retain(|x| x != id);
    }
}

/// Applies changed cells to a document, letter by letter.
fn apply_cells(ctx: &Ctx, doc: &mut Document, edits: &[CellEdit]) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut a_added: BTreeSet<String> = BTreeSet::new();
    for e in edits {
        let err_key = format!("row:{}", e.task);
        let Some(new) = Letters::parse(&e.new) else {
            errors.insert(err_key, ctx.t("matrix-error-letters"));
            continue;
        };
        let was = Letters::parse(&e.orig).unwrap_or_default();
        let (Some(_), Ok(id)) = (kind_of(doc, &e.holder), Id::parse(&e.holder)) else {
            errors.insert(
                err_key,
                ctx.ta(
                    "matrix-error-unknown-holder",
                    &Args::new().with("holder", e.holder.clone()),
                ),
            );
            continue;
        };
        // The core's "exactly one A" rule, asked about this holder alone: a group.
        if new.a
            && !was.a
            && accountable_problem(doc, std::slice::from_ref(&id))
                == Some(AccountableProblem::Group)
        {
            errors.insert(err_key, ctx.t("matrix-error-group-accountable"));
            continue;
        }
        let idx = match find_assignment(doc, &e.task) {
            Some(i) => i,
            None if !new.adds_to(was) => continue,
            None => match new_target(&e.task) {
                Some(t) => insert_assignment(doc, empty_assignment(t)),
                None => {
                    errors.insert(err_key, ctx.t("matrix-error-unknown-task"));
                    continue;
                }
            },
        };
        let a = &mut doc.assignments[idx];
        toggle(&mut a.responsible, &id, was.r, new.r);
        toggle(&mut a.accountable, &id, was.a, new.a);
        toggle(&mut a.consulted, &id, was.c, new.c);
        if new.i && !was.i && !a.informed.iter().any(|x| x.who == id) {
            a.informed.push(Informed {
                who: id.clone(),
                via: None,
            });
        }
        if was.i && !new.i {
            a.informed.retain(|x| x.who != id);
        }
        if new.a && !was.a {
            a_added.insert(e.task.clone());
        }
    }
    for task in a_added {
        if let Some(i) = find_assignment(doc, &task) {
            let acc = &doc.assignments[i].accountable;
            if accountable_problem(doc, acc) == Some(AccountableProblem::Many) {
                let names: Vec<String> =
                    acc.iter().map(|x| display_name(doc, x.as_str())).collect();
                errors.insert(
                    format!("row:{task}"),
                    ctx.ta(
                        "matrix-error-one-accountable",
                        &Args::new().with("names", i18n::join_list(ctx.lang, &names)),
                    ),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

pub(crate) async fn save(form: CollabForm) -> AppResult<Response> {
    let (ctx, slug, pairs) = (&form.ctx, &form.slug, &form.pairs);
    let base = form.base()?;
    let edits = changed_cells(pairs);
    form.save_or_show(
        base,
        &format!("/c/{slug}/matrix"),
        &format!("/c/{slug}/matrix?edit=1&saved=1"),
        |doc| apply_cells(ctx, doc, &edits),
        |l, errors| {
            let again = Resubmit {
                cells: pairs
                    .iter()
                    .filter_map(|(k, v)| {
                        let (t, h) = k.strip_prefix("cell:")?.split_once(':')?;
                        Some(((t.to_owned(), h.to_owned()), v.clone()))
                    })
                    .collect(),
                orig: pairs
                    .iter()
                    .filter_map(|(k, v)| Some((k.strip_prefix("orig:")?.to_owned(), v.clone())))
                    .collect(),
                base: Some(base),
                errors,
            };
            Ok(build_matrix(
                ctx,
                l,
                true,
                false,
                &again,
                AddForm::default(),
            ))
        },
    )
    .await
}

fn add_form_of(pairs: &[(String, String)]) -> AddForm {
    let get = |n: &str| field(pairs, n).unwrap_or("").to_owned();
    AddForm {
        kind: get("kind"),
        task: get("task"),
        item: get("item"),
        custom_id: get("custom_id"),
        custom_name: get("custom_name"),
        custom_critical: field(pairs, "custom_critical").is_some(),
        ..AddForm::default()
    }
}

pub(crate) async fn add(posted: CollabForm) -> AppResult<Response> {
    let (ctx, slug) = (&posted.ctx, &posted.slug);
    let base = posted.base()?;
    let mut form = add_form_of(&posted.pairs);
    // The key the new task will have, so we know where to go after saving.
    let key = match form.kind.as_str() {
        "task" => form.task.clone(),
        "item" => form.item.clone(),
        "custom" if form.custom_id.trim().is_empty() => id_base(&form.custom_name),
        "custom" => form.custom_id.trim().to_owned(),
        _ => return Err(AppError::BadRequest("kind".into())),
    };
    // Only keys that are valid ids can end up in a link.
    let safe_key = Id::parse(&key).is_ok();
    let back = if safe_key {
        format!("/c/{slug}/task/{key}")
    } else {
        format!("/c/{slug}/matrix")
    };
    let f = form.clone();
    let change = |doc: &mut Document| {
        let mut errors = FieldErrors::new();
        match f.kind.as_str() {
            "task" => match TaskId::from_id(&f.task) {
                Some(t) if find_assignment(doc, t.id()).is_none() => {
                    insert_assignment(doc, empty_assignment(Target::Task(t)));
                }
                Some(_) => {}
                None => {
                    errors.insert("task".into(), ctx.t("matrix-add-error-task"));
                }
            },
            "item" => match ItemId::from_id(&f.item) {
                Some(i) if TaskId::from_id(i.id()).is_some() => {
                    errors.insert("item".into(), ctx.t("matrix-add-error-item"));
                }
                Some(i) if find_assignment(doc, i.id()).is_none() => {
                    insert_assignment(doc, empty_assignment(Target::Item(i)));
                }
                Some(_) => {}
                None => {
                    errors.insert("item".into(), ctx.t("matrix-add-error-item"));
                }
            },
            _ => {
                let name = match Text::new(&f.custom_name) {
                    Ok(n) => Some(n),
                    Err(p) => {
                        errors.insert("custom_name".into(), text_problem(ctx, &p));
                        None
                    }
                };
                let id = match Id::parse(&key) {
                    Ok(id) if doc.id_taken(id.as_str()) => {
                        errors.insert("custom_id".into(), ctx.t("matrix-add-error-id-taken"));
                        None
                    }
                    Ok(id) => Some(id),
                    Err(_) if f.custom_id.trim().is_empty() && name.is_some() => {
                        errors.insert("custom_id".into(), ctx.t("matrix-add-error-id-needed"));
                        None
                    }
                    Err(_) if f.custom_id.trim().is_empty() => None,
                    Err(_) => {
                        errors.insert("custom_id".into(), ctx.t("matrix-add-error-id"));
                        None
                    }
                };
                if let (Some(id), Some(name)) = (id, name) {
                    insert_assignment(
                        doc,
                        empty_assignment(Target::Custom(CustomTask {
                            id,
                            name,
                            critical: f.custom_critical,
                        })),
                    );
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    };
    let action = format!("/c/{slug}/matrix/add");
    posted
        .save_or_show(base, &action, &back, change, |l, errors| {
            form.task_error = errors.get("task").cloned();
            form.item_error = errors.get("item").cloned();
            form.id_error = errors.get("custom_id").cloned();
            form.name_error = errors.get("custom_name").cloned();
            let again = Resubmit {
                base: Some(base),
                ..Resubmit::default()
            };
            Ok(build_matrix(ctx, l, false, false, &again, form))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolwijzer_core::Hours;

    #[test]
    fn letters_parse_and_print() {
        assert_eq!(
            Letters::parse("R+A").map(Letters::code).as_deref(),
            Some("RA")
        );
        assert_eq!(
            Letters::parse("ia").map(Letters::code).as_deref(),
            Some("AI")
        );
        assert_eq!(Letters::parse(""), Some(Letters::default()));
        assert_eq!(Letters::parse("X"), None);
        assert_eq!(
            Letters::parse("RA").map(Letters::label).as_deref(),
            Some("R+A")
        );
    }

    #[test]
    fn hours_accept_comma_and_dot() {
        assert_eq!(parse_hours("1,5").ok().flatten().map(Hours::get), Some(1.5));
        assert_eq!(
            parse_hours(" 2.25 ").ok().flatten().map(Hours::get),
            Some(2.25)
        );
        assert_eq!(parse_hours(""), Ok(None));
        for bad in ["-3", "abc", "200", "1,2,3", "1e2", "inf"] {
            assert!(parse_hours(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_changed_cells_are_applied() {
        let pairs: Vec<(String, String)> = [
            ("orig:t", "jan=RA;marie=C"),
            ("cell:t:jan", "RA"),
            ("cell:t:marie", ""),
            ("cell:t:piet", "I"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let edits = changed_cells(&pairs);
        let who: Vec<&str> = edits.iter().map(|e| e.holder.as_str()).collect();
        assert_eq!(who, ["marie", "piet"]);
    }
}
