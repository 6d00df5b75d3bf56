//! The RACI matrix (who holds which letter on which task), its editor, and the page of
//! one task with its own form. Every change goes through [`save_change`], so it
//! becomes a new revision and a conflict never loses work.
//!
//! The matrix editor sends, per row, the letters each holder had when the page was
//! made (`orig:<task>`), and per cell the letters chosen (`cell:<task>:<holder>`).
//! Only cells that differ from what they were are applied, letter by letter, so a
//! re-applied form after a conflict changes only what this editor changed.

use crate::AppState;
use crate::access::{Loaded, Need, load};
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::pages::CollabNav;
use crate::pages::collab::FindingView;
use crate::pages::edit::{FieldErrors, Outcome, Submitted, save_change};
use crate::pages::home::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use rolwijzer_core::analyse::{AccountableProblem, TaskView, accountable_problem};
use rolwijzer_core::document::{Assignment, CustomTask, Informed, Target};
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::lookup::{HolderRef, id_base};
use rolwijzer_core::values::Text;
use rolwijzer_core::{Arrangement, Document, Hours, Id, ItemId, Lang, TaskId, ValueProblem};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};

/// Routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/matrix", get(matrix).post(matrix_save))
        .route("/c/{slug}/matrix/add", post(matrix_add))
        .route("/c/{slug}/task/{key}", get(task).post(task_save))
        .route(
            "/c/{slug}/task/{key}/remove",
            get(remove_confirm).post(remove),
        )
}

// ---------------------------------------------------------------------------------
// Holders: the matrix's columns.

/// What kind of holder a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Party,
    Group,
}

impl Kind {
    fn class(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Party => "party",
            Kind::Group => "group",
        }
    }
}

/// A person, party or group that can hold a letter.
#[derive(Debug, Clone)]
struct Holder {
    id: String,
    name: String,
    kind: Kind,
    /// For people: the name of their party.
    party: Option<String>,
}

/// A header spanning several columns.
#[derive(Debug, Clone)]
struct ColGroup {
    label: String,
    span: usize,
}

/// The holders in column order: people grouped under their party, then the parties,
/// then the groups; with the headers that group them.
fn holders(ctx: &Ctx, doc: &Document) -> (Vec<Holder>, Vec<ColGroup>) {
    let mut cols = Vec::new();
    let mut groups = Vec::new();
    let party_name = |id: &Id| {
        doc.parties
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.name.to_string())
    };
    for party in &doc.parties {
        let before = cols.len();
        for p in doc.people.iter().filter(|p| p.party == party.id) {
            cols.push(Holder {
                id: p.id.to_string(),
                name: p.name.to_string(),
                kind: Kind::Person,
                party: Some(party.name.to_string()),
            });
        }
        if cols.len() > before {
            groups.push(ColGroup {
                label: party.name.to_string(),
                span: cols.len() - before,
            });
        }
    }
    let before = cols.len();
    for p in doc.people.iter().filter(|p| party_name(&p.party).is_none()) {
        cols.push(Holder {
            id: p.id.to_string(),
            name: p.name.to_string(),
            kind: Kind::Person,
            party: None,
        });
    }
    if cols.len() > before {
        groups.push(ColGroup {
            label: ctx.t("matrix-no-party"),
            span: cols.len() - before,
        });
    }
    if !doc.parties.is_empty() {
        for p in &doc.parties {
            cols.push(Holder {
                id: p.id.to_string(),
                name: p.name.to_string(),
                kind: Kind::Party,
                party: None,
            });
        }
        groups.push(ColGroup {
            label: ctx.t("matrix-parties"),
            span: doc.parties.len(),
        });
    }
    if !doc.groups.is_empty() {
        for g in &doc.groups {
            cols.push(Holder {
                id: g.id.to_string(),
                name: g.name.to_string(),
                kind: Kind::Group,
                party: None,
            });
        }
        groups.push(ColGroup {
            label: ctx.t("matrix-groups"),
            span: doc.groups.len(),
        });
    }
    (cols, groups)
}

/// What kind of holder an id is in a document, if it exists (the core's lookup order).
fn kind_of(doc: &Document, id: &str) -> Option<Kind> {
    doc.holder(id).map(|h| match h {
        HolderRef::Person(_) => Kind::Person,
        HolderRef::Party(_) => Kind::Party,
        HolderRef::Group(_) => Kind::Group,
    })
}

/// A holder's name as shown in lists: people with their party.
fn display_name(doc: &Document, id: &str) -> String {
    match doc.holder(id) {
        Some(HolderRef::Person(p)) => match doc.holder(p.party.as_str()) {
            Some(HolderRef::Party(party)) => format!("{} ({})", p.name, party.name),
            _ => p.name.to_string(),
        },
        _ => doc.name_of(id),
    }
}

// ---------------------------------------------------------------------------------
// Letters.

/// The RACI letters one holder has on one task (backup is kept apart: it is edited
/// on the task page only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Letters {
    r: bool,
    a: bool,
    c: bool,
    i: bool,
}

impl Letters {
    /// Parses `RA`, `R+A`, `r, i`; `None` for anything else.
    fn parse(s: &str) -> Option<Letters> {
        let mut l = Letters::default();
        for ch in s.chars() {
            match ch.to_ascii_uppercase() {
                'R' => l.r = true,
                'A' => l.a = true,
                'C' => l.c = true,
                'I' => l.i = true,
                '+' | ' ' | ',' => {}
                _ => return None,
            }
        }
        Some(l)
    }

    /// `RACI` order, e.g. `RA`.
    fn code(self) -> String {
        let mut s = String::new();
        for (on, ch) in [(self.r, 'R'), (self.a, 'A'), (self.c, 'C'), (self.i, 'I')] {
            if on {
                s.push(ch);
            }
        }
        s
    }

    /// How an option shows them: `R+A`.
    fn label(self) -> String {
        self.code()
            .chars()
            .map(String::from)
            .collect::<Vec<_>>()
            .join("+")
    }

    fn is_empty(self) -> bool {
        self == Letters::default()
    }

    /// Whether `self` has a letter `other` lacks.
    fn adds_to(self, other: Letters) -> bool {
        (self.r && !other.r) || (self.a && !other.a) || (self.c && !other.c) || (self.i && !other.i)
    }

    /// What a holder has on a task in the document (not the rotation).
    fn of_assignment(a: Option<&Assignment>, id: &str) -> Letters {
        let Some(a) = a else {
            return Letters::default();
        };
        Letters {
            r: a.responsible.iter().any(|x| x.as_str() == id),
            a: a.accountable.iter().any(|x| x.as_str() == id),
            c: a.consulted.iter().any(|x| x.as_str() == id),
            i: a.informed.iter().any(|x| x.who.as_str() == id),
        }
    }
}

/// A letter in a cell, with its explanation.
#[derive(Debug, Clone)]
struct Letter {
    ch: &'static str,
    class: &'static str,
    title: String,
}

/// The letters a holder has on a task as it holds today (rotation applied), with B.
fn view_letters(ctx: &Ctx, v: &TaskView, id: &str) -> Vec<Letter> {
    let has = |list: &[Id]| list.iter().any(|x| x.as_str() == id);
    let mut out = Vec::new();
    let mut push = |on: bool, ch: &'static str, class: &'static str| {
        if on {
            out.push(Letter {
                ch,
                class,
                title: ctx.t(&format!("raci-{class}")),
            });
        }
    };
    push(has(&v.responsible), "R", "r");
    push(has(&v.accountable), "A", "a");
    push(has(&v.consulted), "C", "c");
    push(v.informed.iter().any(|(w, _)| w.as_str() == id), "I", "i");
    push(has(&v.backup), "B", "backup");
    out
}

// ---------------------------------------------------------------------------------
// Finding the task a key names.

/// The index of the (first) assignment for a task key.
fn find_assignment(doc: &Document, key: &str) -> Option<usize> {
    doc.assignments.iter().position(|a| a.target.key() == key)
}

/// The target a key makes when the task is not assigned yet: a catalogue task, or
/// else a checklist item.
fn new_target(key: &str) -> Option<Target> {
    TaskId::from_id(key)
        .map(Target::Task)
        .or_else(|| ItemId::from_id(key).map(Target::Item))
}

/// An assignment nobody holds yet.
fn empty_assignment(target: Target) -> Assignment {
    Assignment {
        target,
        description: None,
        arrangement: None,
        responsible: Vec::new(),
        accountable: Vec::new(),
        consulted: Vec::new(),
        informed: Vec::new(),
        backup: Vec::new(),
        hours_per_week: None,
        process: None,
        notes: None,
    }
}

/// Adds an assignment where a reader expects it: catalogue tasks in catalogue order
/// before custom tasks and items; the rest at the end. Returns its index.
fn insert_assignment(doc: &mut Document, a: Assignment) -> usize {
    let rank = |t: TaskId| {
        TaskId::ALL
            .iter()
            .position(|x| *x == t)
            .unwrap_or(usize::MAX)
    };
    let at = match &a.target {
        Target::Task(t) => {
            let mine = rank(*t);
            doc.assignments
                .iter()
                .position(|b| match &b.target {
                    Target::Task(u) => rank(*u) > mine,
                    _ => true,
                })
                .unwrap_or(doc.assignments.len())
        }
        _ => doc.assignments.len(),
    };
    doc.assignments.insert(at, a);
    at
}

/// The name of a task key in a document: catalogue and item names translated,
/// custom names as written.
fn task_name(ctx: &Ctx, doc: &Document, key: &str) -> String {
    match doc.assignments.iter().find(|a| a.target.key() == key) {
        Some(a) => match &a.target {
            Target::Task(t) => ctx.t(&format!("task-{}", t.id())),
            Target::Item(i) => ctx.t(&format!("item-{}", i.id())),
            Target::Custom(c) => c.name.to_string(),
            Target::Unknown { id, .. } => id.clone(),
        },
        None => match new_target(key) {
            Some(Target::Task(t)) => ctx.t(&format!("task-{}", t.id())),
            Some(Target::Item(i)) => ctx.t(&format!("item-{}", i.id())),
            _ => key.to_owned(),
        },
    }
}

// ---------------------------------------------------------------------------------
// Form helpers.

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn fields(pairs: &[(String, String)], name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, v)| k == name && !v.is_empty())
        .map(|(_, v)| v.clone())
        .collect()
}

/// Checks the form token and reads the revision the form was made from.
fn token_and_base(ctx: &Ctx, pairs: &[(String, String)]) -> AppResult<i64> {
    ctx.check_csrf(field(pairs, "csrf").unwrap_or(""))?;
    field(pairs, "base")
        .and_then(|b| b.trim().parse::<i64>().ok())
        .ok_or_else(|| AppError::BadRequest("base".into()))
}

/// A text problem in words.
fn text_problem(ctx: &Ctx, p: &ValueProblem) -> String {
    match p {
        ValueProblem::TextTooLong(max) => ctx.ta(
            "taskpage-error-too-long",
            &Args::new().with("max", i18n::number(ctx.lang, *max as f64, 0)),
        ),
        _ => ctx.t("taskpage-error-empty"),
    }
}

/// Optional free text: empty means none.
fn optional_text(ctx: &Ctx, value: &str, name: &str, errors: &mut FieldErrors) -> Option<Text> {
    if value.trim().is_empty() {
        return None;
    }
    match Text::new(value) {
        Ok(t) => Some(t),
        Err(p) => {
            errors.insert(name.to_owned(), text_problem(ctx, &p));
            None
        }
    }
}

/// Hours a week as typed: `2`, `1,5` or `1.5`; empty means unknown.
fn parse_hours(value: &str) -> Result<Option<Hours>, ()> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let ok_chars = v
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    if !ok_chars || v.chars().filter(|c| *c == ',' || *c == '.').count() > 1 {
        return Err(());
    }
    let n: f64 = v.replace(',', ".").parse().map_err(|_| ())?;
    Hours::new(n).map(Some).map_err(|_| ())
}

/// The query of the matrix and task pages.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    /// `1` for the matrix editor.
    #[serde(default)]
    edit: Option<String>,
    /// Set after a successful save, to say so.
    #[serde(default)]
    saved: Option<String>,
}

fn answer(status: StatusCode, res: Response) -> Response {
    let mut res = res;
    *res.status_mut() = status;
    res
}

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

/// An option of a select.
#[derive(Debug, Clone)]
struct Opt {
    value: String,
    label: String,
    selected: bool,
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
#[template(path = "matrix.html")]
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

async fn matrix(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
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

async fn matrix_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let base = token_and_base(&ctx, &pairs)?;
    let edits = changed_cells(&pairs);
    let submitted = Submitted::from_pairs(&format!("/c/{slug}/matrix"), &pairs);
    let back = format!("/c/{slug}/matrix?edit=1&saved=1");
    let outcome = save_change(&state, &ctx, &slug, base, submitted, &back, |doc| {
        apply_cells(&ctx, doc, &edits)
    })
    .await?;
    match outcome {
        Outcome::Done(res) => Ok(res),
        Outcome::Invalid(errors) => {
            let l = load(&state, &ctx, &slug, Need::Edit).await?;
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
            let p = build_matrix(&ctx, &l, true, false, &again, AddForm::default());
            Ok(answer(StatusCode::UNPROCESSABLE_ENTITY, page(&ctx, &p)?))
        }
    }
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

async fn matrix_add(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let base = token_and_base(&ctx, &pairs)?;
    let mut form = add_form_of(&pairs);
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
    let submitted = Submitted::from_pairs(&format!("/c/{slug}/matrix/add"), &pairs);
    let f = form.clone();
    let outcome = save_change(&state, &ctx, &slug, base, submitted, &back, |doc| {
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
                        errors.insert("custom_name".into(), text_problem(&ctx, &p));
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
    })
    .await?;
    match outcome {
        Outcome::Done(res) => Ok(res),
        Outcome::Invalid(errors) => {
            let l = load(&state, &ctx, &slug, Need::Edit).await?;
            form.task_error = errors.get("task").cloned();
            form.item_error = errors.get("item").cloned();
            form.id_error = errors.get("custom_id").cloned();
            form.name_error = errors.get("custom_name").cloned();
            let again = Resubmit {
                base: Some(base),
                ..Resubmit::default()
            };
            let p = build_matrix(&ctx, &l, false, false, &again, form);
            Ok(answer(StatusCode::UNPROCESSABLE_ENTITY, page(&ctx, &p)?))
        }
    }
}

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
        }
    }
}

/// The edit form of a task, ready for the template.
#[derive(Debug, Clone, Default)]
struct TaskForm {
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

/// Which holders a list of the task form offers.
#[derive(Clone, Copy)]
enum Allowed {
    /// People, parties and groups (R, C, I).
    Any,
    /// People and parties (A).
    NoGroups,
    /// People (backup).
    People,
}

impl Allowed {
    fn allows(self, k: Kind) -> bool {
        match self {
            Allowed::Any => true,
            Allowed::NoGroups => k != Kind::Group,
            Allowed::People => k == Kind::Person,
        }
    }
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
    TaskForm {
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
    }
}

#[derive(Template)]
#[template(path = "task.html")]
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
            .map(|f| FindingView::new(ctx, &slug, f))
            .collect(),
        form: build_form(ctx, doc, a, custom, values, errors),
        slug,
        ctx: ctx.clone(),
    }
}

async fn task(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, key)): Path<(String, String)>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::View).await?;
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

/// Reads a list of holders from the form: each must be allowed, or already there.
fn holder_list(
    ctx: &Ctx,
    doc: &Document,
    ids: &[String],
    allowed: Allowed,
    before: &[Id],
    name: &str,
    errors: &mut FieldErrors,
) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    for s in ids {
        let ok = kind_of(doc, s).is_some_and(|k| allowed.allows(k))
            || before.iter().any(|b| b.as_str() == s);
        match Id::parse(s) {
            Ok(id) if ok => {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            _ => {
                errors.insert(name.to_owned(), ctx.t("taskpage-error-choice"));
            }
        }
    }
    out
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
    a.responsible = responsible;
    a.accountable = accountable;
    a.consulted = consulted;
    a.informed = informed;
    a.backup = backup;
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

async fn task_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, key)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let base = token_and_base(&ctx, &pairs)?;
    if Id::parse(&key).is_err() {
        return Err(AppError::NotFound);
    }
    let values = TaskValues::of_pairs(&pairs);
    let submitted = Submitted::from_pairs(&format!("/c/{slug}/task/{key}"), &pairs);
    let back = format!("/c/{slug}/task/{key}?saved=1");
    let outcome = save_change(&state, &ctx, &slug, base, submitted, &back, |doc| {
        apply_task(&ctx, doc, &key, &values)
    })
    .await?;
    match outcome {
        Outcome::Done(res) => Ok(res),
        Outcome::Invalid(errors) => {
            let l = load(&state, &ctx, &slug, Need::Edit).await?;
            if !task_exists(l.doc(), &key) {
                return Err(AppError::NotFound);
            }
            let p = build_task(&ctx, &l, &key, false, Some(&values), &errors, Some(base));
            Ok(answer(StatusCode::UNPROCESSABLE_ENTITY, page(&ctx, &p)?))
        }
    }
}

#[derive(Template)]
#[template(path = "task_remove.html")]
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

async fn remove_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, key)): Path<(String, String)>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, Need::Edit).await?;
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

async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, key)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let base = token_and_base(&ctx, &pairs)?;
    if Id::parse(&key).is_err() {
        return Err(AppError::NotFound);
    }
    let submitted = Submitted::from_pairs(&format!("/c/{slug}/task/{key}/remove"), &pairs);
    let back = format!("/c/{slug}/matrix");
    let outcome = save_change(&state, &ctx, &slug, base, submitted, &back, |doc| {
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

#[cfg(test)]
mod tests {
    use super::*;

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
