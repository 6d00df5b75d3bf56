//! The RACI matrix (who holds which letter on which task) and its editor:
//! `/c/{slug}/matrix`. Every change goes through [`CollabForm::save_or_show`], so it
//! becomes a new revision and a conflict never loses work.
//!
//! The matrix scales with the division: by default a column per party (its own letters
//! and, apart, its people's) and per group; `?party=ID` opens one party to a column per
//! person. Above [`MAX_COLUMNS`] columns, or with `?view=list`, it is a list of tasks
//! with the holders per role. Either way a `?q=` filter narrows the rows.
//!
//! Editing is per task: `?edit=1&task=KEY` opens one form in the matrix with R, A, C,
//! I, backup, hours, process and channels; holders are typed and picked from one
//! shared `<datalist>`. The form posts to the matrix with a `task` field. A form
//! without one is the older cell form: per row the letters each holder had when the
//! page was made (`orig:<task>`) and per cell the letters chosen
//! (`cell:<task>:<holder>`); only changed cells are applied, letter by letter, so a
//! re-applied form after a conflict changes only what its editor changed.

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
use rolwijzer_core::analyse::{AccountableProblem, TaskView, accountable_problem};
use rolwijzer_core::document::{Assignment, CustomTask, Informed, Target};
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::lookup::id_base;
use rolwijzer_core::values::Text;
use rolwijzer_core::{Document, Id, ItemId, TaskId};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};

/// Above this many holder columns the matrix becomes a list of tasks with the holders
/// per role: a wider table cannot be read on any screen, and its size would grow with
/// tasks × holders.
const MAX_COLUMNS: usize = 30;

/// How many holders of one role a row names before it says how many more there are
/// (the task page lists them all). Keeps every row's size bounded in large divisions.
const NAMES_SHOWN: usize = 8;

/// The query of the matrix page.
#[derive(Debug, Default, Deserialize)]
pub struct MatrixQuery {
    /// `1` for the editor.
    #[serde(default)]
    edit: Option<String>,
    /// After a save: `1` (the cell form) or the key of the task that was saved.
    #[serde(default)]
    saved: Option<String>,
    /// The party opened to a column per person.
    #[serde(default)]
    party: Option<String>,
    /// The task whose form is open (in the editor).
    #[serde(default)]
    task: Option<String>,
    /// Only rows whose task or holders contain this text.
    #[serde(default)]
    q: Option<String>,
    /// `list` for the list of tasks whatever the number of columns.
    #[serde(default)]
    view: Option<String>,
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
    count: usize,
    /// "12 keer" when it occurs more than once.
    times: String,
}

/// Which letters one holder (or a party's people together) has on one task.
#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    r: bool,
    a: bool,
    c: bool,
    i: bool,
    b: bool,
}

impl Flags {
    fn add(&mut self, o: Flags) {
        self.r |= o.r;
        self.a |= o.a;
        self.c |= o.c;
        self.i |= o.i;
        self.b |= o.b;
    }

    fn letters(self, all: &[Letter; 5]) -> Vec<Letter> {
        [self.r, self.a, self.c, self.i, self.b]
            .iter()
            .zip(all)
            .filter(|(on, _)| **on)
            .map(|(_, l)| l.clone())
            .collect()
    }
}

/// One cell of the table: the column's own letters, and those of a party's people.
#[derive(Debug, Clone, Default)]
struct Cell {
    own: Vec<Letter>,
    people: Vec<Letter>,
}

/// The holders of one role on one task (the list view, and the cards on a phone).
#[derive(Debug, Clone)]
struct RoleCell {
    letter: &'static str,
    class: &'static str,
    label: String,
    names: Vec<String>,
    more: Option<String>,
}

/// One row: a task.
#[derive(Debug, Clone)]
struct Row {
    key: String,
    anchor: String,
    name: String,
    href: String,
    edit_href: String,
    kind_label: Option<String>,
    required: bool,
    unassigned: bool,
    rotating: bool,
    critical: bool,
    findings: Vec<RowFinding>,
    cells: Vec<Cell>,
    roles: Vec<RoleCell>,
    saved: bool,
    open: bool,
    error: Option<String>,
    error_id: String,
}

/// A column header: a party (a link that opens or closes it), a person or a group.
#[derive(Debug, Clone)]
struct Column {
    name: String,
    kind: &'static str,
    href: Option<String>,
    toggle: String,
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

/// A holder already on a role in the form: a checkbox (and for I, the channel).
#[derive(Debug, Clone)]
struct Current {
    id: String,
    value: String,
    label: String,
    checked: bool,
    via_id: String,
    via: String,
    via_label: String,
    via_error: Option<String>,
}

/// One role in the form.
#[derive(Debug, Clone)]
struct RoleField {
    name: &'static str,
    letter: &'static str,
    class: &'static str,
    legend: String,
    /// A: one text field instead of checkboxes and an add field.
    single: bool,
    value: String,
    current: Vec<Current>,
    add_value: String,
    /// I: the channel of the one being added.
    via: bool,
    add_via: String,
    error: Option<String>,
}

/// The form of one task in the matrix.
#[derive(Debug, Clone)]
struct AssignForm {
    key: String,
    title: String,
    roles: Vec<RoleField>,
    many: Option<String>,
    hours: String,
    hours_error: Option<String>,
    process: String,
    process_error: Option<String>,
    summary: Vec<(String, String)>,
    /// Whether the task rotates (who is R and A when nobody is chosen).
    rotating: bool,
    /// Holders to pick from: one shared list for every role field.
    holders: Vec<String>,
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
    list: bool,
    forced_list: bool,
    wide: bool,
    party: String,
    q: String,
    count_text: Option<String>,
    parties_span: usize,
    groups_span: usize,
    columns: Vec<Column>,
    rows: Vec<Row>,
    col_count: usize,
    row_errors: Vec<(String, String)>,
    form: Option<AssignForm>,
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

/// Percent-encodes a query value.
fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// How the page was asked for: what links and forms on it carry along.
#[derive(Debug, Clone, Default)]
struct View {
    editing: bool,
    party: Option<String>,
    q: String,
    forced_list: bool,
    task: Option<String>,
    saved: Option<String>,
}

impl View {
    /// The matrix URL with this view, `party` and `task` replaced.
    fn href(&self, slug: &str, party: Option<&str>, task: Option<&str>) -> String {
        let mut parts = Vec::new();
        if self.editing {
            parts.push(String::from("edit=1"));
        }
        if let Some(p) = party {
            parts.push(format!("party={}", enc(p)));
        }
        if self.forced_list {
            parts.push(String::from("view=list"));
        }
        if !self.q.is_empty() {
            parts.push(format!("q={}", enc(&self.q)));
        }
        if let Some(t) = task {
            parts.push(format!("task={}", enc(t)));
        }
        let mut h = format!("/c/{slug}/matrix");
        if !parts.is_empty() {
            h.push('?');
            h.push_str(&parts.join("&"));
        }
        // No fragment: a page opened at a fragment skips `autofocus`, and the form's
        // first field has it (focusing it scrolls it into view).
        h
    }
}

/// Holder names as lists show them (people with their party), and back again.
struct Names<'a> {
    label: HashMap<&'a str, String>,
    by_label: HashMap<String, &'a str>,
    by_name: HashMap<String, Option<&'a str>>,
    kind: HashMap<&'a str, Kind>,
}

impl<'a> Names<'a> {
    fn new(doc: &'a Document) -> Self {
        let party_names: HashMap<&str, &str> = doc
            .parties
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str()))
            .collect();
        let mut all: Vec<(&str, String, &str, Kind)> = Vec::new();
        // The core's lookup order: parties, people, groups.
        for p in &doc.parties {
            all.push((
                p.id.as_str(),
                p.name.to_string(),
                p.name.as_str(),
                Kind::Party,
            ));
        }
        for p in &doc.people {
            let label = match party_names.get(p.party.as_str()) {
                Some(party) => format!("{} ({party})", p.name),
                None => p.name.to_string(),
            };
            all.push((p.id.as_str(), label, p.name.as_str(), Kind::Person));
        }
        for g in &doc.groups {
            all.push((
                g.id.as_str(),
                g.name.to_string(),
                g.name.as_str(),
                Kind::Group,
            ));
        }
        // Two holders that a list would show alike get their id added, so that each
        // name in the shared list picks exactly one holder.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (_, label, _, _) in &all {
            *seen.entry(label.to_lowercase()).or_default() += 1;
        }
        for (id, label, _, _) in &mut all {
            if seen.get(&label.to_lowercase()).is_some_and(|n| *n > 1) {
                label.push_str(&format!(" [{id}]"));
            }
        }
        let mut n = Names {
            label: HashMap::new(),
            by_label: HashMap::new(),
            by_name: HashMap::new(),
            kind: HashMap::new(),
        };
        for (id, label, name, kind) in all {
            if n.label.contains_key(id) {
                continue;
            }
            n.by_label.entry(label.to_lowercase()).or_insert(id);
            n.by_name
                .entry(name.to_lowercase())
                .and_modify(|v| {
                    if *v != Some(id) {
                        *v = None;
                    }
                })
                .or_insert(Some(id));
            n.kind.insert(id, kind);
            n.label.insert(id, label);
        }
        n
    }

    fn label(&self, id: &str) -> String {
        self.label.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }

    /// The holder a typed text names: an id, a name as the list shows it, or a plain
    /// name that only one holder has.
    fn resolve(&self, text: &str) -> Option<&'a str> {
        let t = text.trim();
        if let Some((id, _)) = self.label.get_key_value(t) {
            return Some(id);
        }
        let low = t.to_lowercase();
        self.by_label
            .get(&low)
            .copied()
            .or_else(|| self.by_name.get(&low).copied().flatten())
    }
}

/// Which columns a holder's letters go to: `(column, as one of the party's people)`.
struct Layout {
    columns: Vec<Column>,
    at: HashMap<String, (usize, bool)>,
    parties_span: usize,
    groups_span: usize,
}

fn layout(ctx: &Ctx, doc: &Document, slug: &str, v: &View) -> Layout {
    let open = v.party.as_deref();
    let mut columns = Vec::new();
    let mut at = HashMap::new();
    for party in &doc.parties {
        let is_open = open == Some(party.id.as_str());
        let col = columns.len();
        at.insert(party.id.to_string(), (col, false));
        columns.push(Column {
            name: party.name.to_string(),
            kind: "party",
            href: Some(v.href(slug, (!is_open).then_some(party.id.as_str()), None)),
            toggle: ctx.t(if is_open {
                "matrix-party-close"
            } else {
                "matrix-party-open"
            }),
        });
        for p in doc.people.iter().filter(|p| p.party == party.id) {
            if is_open {
                at.insert(p.id.to_string(), (columns.len(), false));
                columns.push(Column {
                    name: p.name.to_string(),
                    kind: "person",
                    href: None,
                    toggle: String::new(),
                });
            } else {
                at.insert(p.id.to_string(), (col, true));
            }
        }
    }
    let loose: Vec<_> = doc
        .people
        .iter()
        .filter(|p| !doc.parties.iter().any(|x| x.id == p.party))
        .collect();
    if !loose.is_empty() {
        let col = columns.len();
        for p in loose {
            at.insert(p.id.to_string(), (col, true));
        }
        columns.push(Column {
            name: ctx.t("matrix-no-party"),
            kind: "party",
            href: None,
            toggle: String::new(),
        });
    }
    let parties_span = columns.len();
    for g in &doc.groups {
        at.entry(g.id.to_string()).or_insert((columns.len(), false));
        columns.push(Column {
            name: g.name.to_string(),
            kind: "group",
            href: None,
            toggle: String::new(),
        });
    }
    let groups_span = columns.len() - parties_span;
    Layout {
        columns,
        at,
        parties_span,
        groups_span,
    }
}

/// The holders of one role, as a row shows them: those matching the filter first,
/// at most [`NAMES_SHOWN`], and how many more.
fn role_cell(
    ctx: &Ctx,
    letter: &'static str,
    class: &'static str,
    mut names: Vec<String>,
    q: &str,
) -> RoleCell {
    if !q.is_empty() {
        names.sort_by_key(|n| !n.to_lowercase().contains(q));
    }
    let more = (names.len() > NAMES_SHOWN).then(|| {
        ctx.ta(
            "matrix-more",
            &Args::new().with(
                "count",
                i18n::number(ctx.lang, (names.len() - NAMES_SHOWN) as f64, 0),
            ),
        )
    });
    names.truncate(NAMES_SHOWN);
    RoleCell {
        letter,
        class,
        label: ctx.t(&format!("raci-{class}")),
        names,
        more,
    }
}

/// The holders of a task by role, as names (I with its channel).
fn role_names(names: &Names, v: Option<&TaskView>) -> [Vec<String>; 5] {
    let Some(v) = v else {
        return Default::default();
    };
    let list = |ids: &[Id]| ids.iter().map(|x| names.label(x.as_str())).collect();
    [
        list(&v.responsible),
        list(&v.accountable),
        list(&v.consulted),
        v.informed
            .iter()
            .map(|(w, via)| match via {
                Some(via) => format!("{} ({via})", names.label(w.as_str())),
                None => names.label(w.as_str()),
            })
            .collect(),
        list(&v.backup),
    ]
}

/// What a refused form held, to show it again.
#[derive(Debug, Default)]
struct Resubmit {
    base: Option<i64>,
    errors: FieldErrors,
    /// The task form as typed.
    values: Option<AssignValues>,
}

fn build_matrix(ctx: &Ctx, l: &Loaded, v: &View, again: &Resubmit, add: AddForm) -> MatrixPage {
    let doc = l.doc();
    let slug = l.collab.slug.clone();
    let names = Names::new(doc);
    let lay = layout(ctx, doc, &slug, v);
    let list = v.forced_list || lay.columns.len() > MAX_COLUMNS;
    let all_letters = ["r", "a", "c", "i", "backup"].map(|class| Letter {
        ch: match class {
            "backup" => "B",
            "r" => "R",
            "a" => "A",
            "c" => "C",
            _ => "I",
        },
        class,
        title: ctx.t(&format!("raci-{class}")),
    });
    let q = v.q.trim().to_lowercase();
    let open_task = v.task.as_deref().filter(|_| v.editing && l.can_edit());
    let mut rows = Vec::new();
    let mut row_errors = Vec::new();
    let keys = row_keys(l);
    let total = keys.len();
    for key in keys {
        let view = l.report.tasks.iter().find(|t| t.key == key);
        let name = task_name(ctx, doc, &key);
        let by_role = role_names(&names, view);
        let open = open_task == Some(key.as_str());
        if !q.is_empty()
            && !open
            && !name.to_lowercase().contains(&q)
            && !by_role
                .iter()
                .flatten()
                .any(|n| n.to_lowercase().contains(&q))
        {
            continue;
        }
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
            |t| t.required,
        );
        let kind_label = match target {
            Some(Target::Custom(_)) => Some(ctx.t("matrix-kind-custom")),
            Some(Target::Item(_)) => Some(ctx.t("matrix-kind-item")),
            _ => None,
        };
        // One badge per kind of finding, with how often it occurs: in a large
        // division one task can have a finding for each of hundreds of parties.
        let mut findings: Vec<RowFinding> = Vec::new();
        for f in l
            .report
            .findings
            .iter()
            .filter(|f| f.subject.task.as_deref() == Some(key.as_str()))
        {
            let code = f.code.as_str();
            let severity = f.severity.id();
            if let Some(seen) = findings
                .iter_mut()
                .find(|x| x.code == code && x.severity == severity)
            {
                seen.count += 1;
                continue;
            }
            findings.push(RowFinding {
                code,
                severity,
                severity_label: ctx.t(&format!("severity-{severity}")),
                title: f.code.title(ctx.lang),
                href: format!("/c/{slug}/task/{key}#findings"),
                count: 1,
                times: String::new(),
            });
        }
        for f in findings.iter_mut().filter(|f| f.count > 1) {
            f.times = ctx.ta(
                "matrix-finding-times",
                &Args::new().with("count", i18n::number(ctx.lang, f.count as f64, 0)),
            );
        }
        // Task keys are ids, safe in an id and a URL; anything else gets its number.
        let anchor = if Id::parse(&key).is_ok() {
            format!("row-{key}")
        } else {
            format!("row--{}", rows.len())
        };
        let error = again.errors.get(&format!("row:{key}")).cloned();
        if let Some(e) = &error {
            row_errors.push((format!("#{anchor}"), format!("{name}: {e}")));
        }
        // The letters per column, from the task as it holds today (rotation applied).
        let mut cells = Vec::new();
        if !list {
            let mut flags = vec![(Flags::default(), Flags::default()); lay.columns.len()];
            if let Some(t) = view {
                let mut mark = |id: &Id, f: Flags| {
                    if let Some((col, people)) = lay.at.get(id.as_str()) {
                        let slot = &mut flags[*col];
                        if *people {
                            slot.1.add(f)
                        } else {
                            slot.0.add(f)
                        }
                    }
                };
                let one = |r, a, c, i, b| Flags { r, a, c, i, b };
                t.responsible
                    .iter()
                    .for_each(|x| mark(x, one(true, false, false, false, false)));
                t.accountable
                    .iter()
                    .for_each(|x| mark(x, one(false, true, false, false, false)));
                t.consulted
                    .iter()
                    .for_each(|x| mark(x, one(false, false, true, false, false)));
                t.informed
                    .iter()
                    .for_each(|(x, _)| mark(x, one(false, false, false, true, false)));
                t.backup
                    .iter()
                    .for_each(|x| mark(x, one(false, false, false, false, true)));
            }
            cells = flags
                .into_iter()
                .map(|(own, people)| Cell {
                    own: own.letters(&all_letters),
                    people: people.letters(&all_letters),
                })
                .collect();
        }
        let [r, a, c, i, b] = by_role;
        let roles = vec![
            role_cell(ctx, "R", "r", r, &q),
            role_cell(ctx, "A", "a", a, &q),
            role_cell(ctx, "C", "c", c, &q),
            role_cell(ctx, "I", "i", i, &q),
            role_cell(ctx, "B", "backup", b, &q),
        ];
        let saved = v.saved.as_deref() == Some(key.as_str());
        rows.push(Row {
            href: format!("/c/{slug}/task/{key}"),
            edit_href: v.href(&slug, v.party.as_deref(), Some(&key)),
            unassigned: view.is_none_or(|t| !t.filled()) && assignment.is_none(),
            rotating: view.is_some_and(|t| t.rotating),
            critical: target.as_ref().is_some_and(Target::critical),
            anchor,
            key,
            name,
            kind_label,
            required,
            findings,
            cells,
            roles,
            saved,
            open,
            error,
            error_id: format!("row-error-{}", rows.len()),
        });
    }
    for (k, e) in &again.errors {
        if !k.starts_with("row:") && again.values.is_none() {
            row_errors.push((String::from("#matrix"), e.clone()));
        }
    }
    let form = open_task
        .filter(|k| rows.iter().any(|r| r.key == *k))
        .map(|key| assign_form(ctx, l, &names, key, again));
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
    let col_count = 2 + 5 + if list { 0 } else { lay.columns.len() };
    MatrixPage {
        title: ctx.t("matrix-title"),
        nav: Some(CollabNav::new(ctx, l, "/matrix")),
        slug,
        base: again.base.unwrap_or(l.collab.head),
        can_edit: l.can_edit(),
        editing: v.editing && l.can_edit(),
        saved: v.saved.as_deref() == Some("1"),
        list,
        forced_list: v.forced_list,
        wide: lay.columns.len() > MAX_COLUMNS,
        party: v.party.clone().unwrap_or_default(),
        q: v.q.clone(),
        count_text: (rows.len() < total).then(|| {
            ctx.ta(
                "matrix-filter-count",
                &Args::new()
                    .with("shown", i18n::number(ctx.lang, rows.len() as f64, 0))
                    .with("total", i18n::number(ctx.lang, total as f64, 0)),
            )
        }),
        parties_span: lay.parties_span,
        groups_span: lay.groups_span,
        columns: if list { Vec::new() } else { lay.columns },
        rows,
        col_count,
        row_errors,
        form,
        add,
        add_tasks,
        add_items,
        ctx: ctx.clone(),
    }
}

pub(crate) async fn show(
    ctx: Ctx,
    Member(l): Member,
    Query(q): Query<MatrixQuery>,
) -> AppResult<Response> {
    let v = View {
        editing: q.edit.is_some() && l.can_edit(),
        party: q
            .party
            .filter(|p| l.doc().parties.iter().any(|x| x.id.as_str() == p)),
        q: q.q.unwrap_or_default(),
        forced_list: q.view.as_deref() == Some("list"),
        task: q.task,
        saved: q.saved,
    };
    let p = build_matrix(&ctx, &l, &v, &Resubmit::default(), AddForm::default());
    page(&ctx, &p)
}

// ---------------------------------------------------------------------------------
// The form of one task in the matrix.

/// The task form's values, as typed or as in the document.
#[derive(Debug, Clone, Default)]
struct AssignValues {
    responsible: Vec<String>,
    accountable: String,
    consulted: Vec<String>,
    informed: Vec<String>,
    backup: Vec<String>,
    via: HashMap<String, String>,
    adds: HashMap<String, String>,
    add_via: String,
    hours: String,
    process: String,
}

/// The role fields of the form: field name, letter, class, legend.
const ROLES: [(&str, &str, &str, &str); 5] = [
    ("responsible", "R", "r", "taskpage-responsible-legend"),
    ("accountable", "A", "a", "taskpage-accountable-legend"),
    ("consulted", "C", "c", "taskpage-consulted-legend"),
    ("informed", "I", "i", "taskpage-informed-legend"),
    ("backup", "B", "backup", "taskpage-backup-legend"),
];

impl AssignValues {
    fn of_assignment(ctx: &Ctx, names: &Names, a: Option<&Assignment>) -> Self {
        let Some(a) = a else {
            return AssignValues::default();
        };
        let ids = |l: &[Id]| l.iter().map(Id::to_string).collect::<Vec<_>>();
        AssignValues {
            responsible: ids(&a.responsible),
            accountable: a
                .accountable
                .first()
                .map(|x| names.label(x.as_str()))
                .unwrap_or_default(),
            consulted: ids(&a.consulted),
            informed: a.informed.iter().map(|i| i.who.to_string()).collect(),
            backup: ids(&a.backup),
            via: a
                .informed
                .iter()
                .filter_map(|i| Some((i.who.to_string(), i.via.as_ref()?.to_string())))
                .collect(),
            adds: HashMap::new(),
            add_via: String::new(),
            hours: a
                .hours_per_week
                .map(|h| i18n::hours(ctx.lang, h.get()))
                .unwrap_or_default(),
            process: a.process.as_ref().map(Text::to_string).unwrap_or_default(),
        }
    }

    fn of_pairs(pairs: &[(String, String)]) -> Self {
        let get = |n: &str| field(pairs, n).unwrap_or("").to_owned();
        AssignValues {
            responsible: fields(pairs, "responsible"),
            accountable: get("accountable"),
            consulted: fields(pairs, "consulted"),
            informed: fields(pairs, "informed"),
            backup: fields(pairs, "backup"),
            via: pairs
                .iter()
                .filter_map(|(k, v)| Some((k.strip_prefix("via:")?.to_owned(), v.clone())))
                .collect(),
            adds: ["responsible", "consulted", "informed", "backup"]
                .into_iter()
                .map(|r| (r.to_owned(), get(&format!("{r}-add"))))
                .collect(),
            add_via: get("informed-add-via"),
            hours: get("hours"),
            process: get("process"),
        }
    }

    fn list(&self, role: &str) -> &[String] {
        match role {
            "responsible" => &self.responsible,
            "consulted" => &self.consulted,
            "informed" => &self.informed,
            _ => &self.backup,
        }
    }
}

/// A message with the name of its field before it (a question needs no colon).
fn named(label: &str, e: &str) -> String {
    if label.ends_with('?') {
        format!("{label} {e}")
    } else {
        format!("{label}: {e}")
    }
}

fn assign_form(ctx: &Ctx, l: &Loaded, names: &Names, key: &str, again: &Resubmit) -> AssignForm {
    let doc = l.doc();
    let a = find_assignment(doc, key).map(|i| &doc.assignments[i]);
    let from_doc = AssignValues::of_assignment(ctx, names, a);
    let v = again.values.as_ref().unwrap_or(&from_doc);
    let errors = &again.errors;
    let mut roles = Vec::new();
    let mut n = 0;
    for (name, letter, class, legend) in ROLES {
        let single = name == "accountable";
        let mut current = Vec::new();
        if !single {
            // Who holds the role now, and who was unticked in a refused form.
            let mut ids: Vec<&String> = v.list(name).iter().collect();
            for id in from_doc.list(name) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            for id in ids {
                n += 1;
                let label = names.label(id);
                current.push(Current {
                    id: format!("m-{name}-{n}"),
                    via_id: format!("m-via-{n}"),
                    via: v.via.get(id).cloned().unwrap_or_default(),
                    via_error: errors.get(&format!("via:{id}")).cloned(),
                    via_label: ctx.ta(
                        "taskpage-via-label",
                        &Args::new().with("name", label.clone()),
                    ),
                    checked: v.list(name).contains(id),
                    value: id.clone(),
                    label,
                });
            }
        }
        roles.push(RoleField {
            name,
            letter,
            class,
            legend: ctx.t(legend),
            single,
            value: v.accountable.clone(),
            current,
            add_value: v.adds.get(name).cloned().unwrap_or_default(),
            via: name == "informed",
            add_via: v.add_via.clone(),
            error: errors.get(name).cloned(),
        });
    }
    let many = a.filter(|a| a.accountable.len() > 1).map(|a| {
        let list: Vec<String> = a
            .accountable
            .iter()
            .map(|x| names.label(x.as_str()))
            .collect();
        ctx.ta(
            "taskpage-accountable-many",
            &Args::new().with("names", i18n::join_list(ctx.lang, &list)),
        )
    });
    // The summary names each field, in the order of the form, and links to it.
    let mut summary = Vec::new();
    for (name, _, _, legend) in ROLES {
        if let Some(e) = errors.get(name) {
            let l = ctx.t(legend);
            let href = if name == "accountable" {
                String::from("#m-accountable")
            } else {
                format!("#m-{name}-add")
            };
            summary.push((href, named(&l, e)));
        }
    }
    for (k, e) in errors {
        if let Some(holder) = k.strip_prefix("via:") {
            let id = roles
                .iter()
                .flat_map(|r| &r.current)
                .find(|c| c.value == holder)
                .map_or_else(|| String::from("m-informed-add-via"), |c| c.via_id.clone());
            let label = ctx.ta(
                "taskpage-via-label",
                &Args::new().with("name", names.label(holder)),
            );
            summary.push((format!("#{id}"), named(&label, e)));
        }
    }
    for (k, label) in [("hours", "taskpage-hours"), ("process", "taskpage-process")] {
        if let Some(e) = errors.get(k) {
            summary.push((format!("#m-{k}"), named(&ctx.t(label), e)));
        }
    }
    if let Some(e) = errors.get("form") {
        summary.push((format!("#edit-{key}"), e.clone()));
    }
    let mut holders: Vec<String> = names.label.values().cloned().collect();
    holders.sort();
    AssignForm {
        key: key.to_owned(),
        title: ctx.ta(
            "matrix-form-title",
            &Args::new().with("task", task_name(ctx, doc, key)),
        ),
        roles,
        many,
        hours: v.hours.clone(),
        hours_error: errors.get("hours").cloned(),
        process: v.process.clone(),
        process_error: errors.get("process").cloned(),
        summary,
        rotating: l.report.tasks.iter().any(|t| t.key == key && t.rotating),
        holders,
    }
}

/// Applies a task form from the matrix to a document: R, A, C, I with channels,
/// backup, hours and process. The rest of the assignment stays as it is.
fn apply_assignment(
    ctx: &Ctx,
    doc: &mut Document,
    key: &str,
    v: &AssignValues,
) -> Result<(), FieldErrors> {
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
    let names = Names::new(d);
    // The ticked holders plus the one typed in the add field.
    let mut with_add = |role: &str| -> Vec<String> {
        let mut ids = v.list(role).to_vec();
        let typed = v.adds.get(role).map_or("", |s| s.trim());
        if !typed.is_empty() {
            match names.resolve(typed) {
                Some(id) if role == "backup" && names.kind.get(id) != Some(&Kind::Person) => {
                    errors.insert(role.to_owned(), ctx.t("matrix-form-error-backup-person"));
                }
                Some(id) => ids.push(id.to_owned()),
                None => {
                    errors.insert(
                        role.to_owned(),
                        ctx.ta(
                            "matrix-form-error-unknown",
                            &Args::new().with("name", typed.to_owned()),
                        ),
                    );
                }
            }
        }
        ids
    };
    let r_ids = with_add("responsible");
    let c_ids = with_add("consulted");
    let i_ids = with_add("informed");
    let b_ids = with_add("backup");
    let responsible = holder_list(
        ctx,
        d,
        &r_ids,
        Allowed::Any,
        &before.responsible,
        "responsible",
        &mut errors,
    );
    let consulted = holder_list(
        ctx,
        d,
        &c_ids,
        Allowed::Any,
        &before.consulted,
        "consulted",
        &mut errors,
    );
    let before_informed: Vec<Id> = before.informed.iter().map(|i| i.who.clone()).collect();
    let informed_ids = holder_list(
        ctx,
        d,
        &i_ids,
        Allowed::Any,
        &before_informed,
        "informed",
        &mut errors,
    );
    let backup = holder_list(
        ctx,
        d,
        &b_ids,
        Allowed::People,
        &before.backup,
        "backup",
        &mut errors,
    );
    let typed_a = v.accountable.trim();
    let accountable = if typed_a.is_empty() {
        Vec::new()
    } else {
        match names.resolve(typed_a).map(Id::parse) {
            Some(Ok(id))
                if accountable_problem(d, std::slice::from_ref(&id))
                    == Some(AccountableProblem::Group) =>
            {
                errors.insert(
                    "accountable".into(),
                    ctx.t("matrix-error-group-accountable"),
                );
                Vec::new()
            }
            Some(Ok(id)) => vec![id],
            _ => {
                errors.insert(
                    "accountable".into(),
                    ctx.ta(
                        "matrix-form-error-unknown",
                        &Args::new().with("name", typed_a.to_owned()),
                    ),
                );
                Vec::new()
            }
        }
    };
    let add_via = v.add_via.trim();
    let added_i = v.adds.get("informed").map_or("", |s| s.trim());
    let added_i = names.resolve(added_i);
    let mut informed = Vec::new();
    for who in informed_ids {
        let via_key = format!("via:{who}");
        let typed = match v.via.get(who.as_str()) {
            Some(t) => t.as_str(),
            None if added_i == Some(who.as_str()) => add_via,
            None => "",
        };
        let via = optional_text(ctx, typed, &via_key, &mut errors);
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
    if !errors.is_empty() {
        return Err(errors);
    }
    let a = &mut doc.assignments[idx];
    a.responsible = responsible;
    a.accountable = accountable;
    a.consulted = consulted;
    a.informed = informed;
    a.backup = backup;
    a.hours_per_week = hours;
    a.process = process;
    Ok(())
}

/// Saves one task's form from the matrix; back to its row with a message.
async fn save_task(form: CollabForm, key: String) -> AppResult<Response> {
    let (ctx, slug) = (&form.ctx, &form.slug);
    let base = form.base()?;
    if Id::parse(&key).is_err() {
        return Err(AppError::BadRequest("task".into()));
    }
    let values = AssignValues::of_pairs(&form.pairs);
    let party = field(&form.pairs, "party")
        .filter(|p| Id::parse(p).is_ok())
        .map(str::to_owned);
    let mut back = format!("/c/{slug}/matrix?edit=1&saved={key}");
    if let Some(p) = &party {
        back.push_str(&format!("&party={p}"));
    }
    back.push_str(&format!("#row-{key}"));
    form.save_or_show(
        base,
        &format!("/c/{slug}/matrix"),
        &back,
        |doc| apply_assignment(ctx, doc, &key, &values),
        |l, errors| {
            let v = View {
                editing: true,
                party: party.clone(),
                task: Some(key.clone()),
                ..View::default()
            };
            let again = Resubmit {
                base: Some(base),
                errors,
                values: Some(values.clone()),
            };
            Ok(build_matrix(ctx, l, &v, &again, AddForm::default()))
        },
    )
    .await
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

/// The matrix's forms: one task's form (with a `task` field), or the older cell form.
pub(crate) async fn save(form: CollabForm) -> AppResult<Response> {
    if let Some(key) = field(&form.pairs, "task") {
        let key = key.to_owned();
        return save_task(form, key).await;
    }
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
                base: Some(base),
                errors,
                values: None,
            };
            let v = View {
                editing: true,
                ..View::default()
            };
            Ok(build_matrix(ctx, l, &v, &again, AddForm::default()))
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
            Ok(build_matrix(ctx, l, &View::default(), &again, form))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolwijzer_core::Hours;

    #[test]
    fn letters_parse_in_any_order_and_case() {
        let ra = Letters {
            r: true,
            a: true,
            ..Letters::default()
        };
        assert_eq!(Letters::parse("R+A"), Some(ra));
        assert_eq!(Letters::parse("ar"), Some(ra));
        assert_eq!(Letters::parse(""), Some(Letters::default()));
        assert_eq!(Letters::parse("X"), None);
    }

    #[test]
    fn typed_names_pick_one_holder_or_none() {
        let yaml = "version: 1\ncollaboration:\n  name: Proef\n  ambition: sharing\n  \
                    arrangement: coordinating\n  coordinator: ede\nparties:\n  \
                    - { id: ede, name: Gemeente Ede, kind: municipality }\n  \
                    - { id: wag, name: Gemeente Wageningen, kind: municipality }\n\
                    people:\n  - { id: anna, name: Anna de Boer, party: ede }\n  \
                    - { id: jan-1, name: Jan, party: ede }\n  \
                    - { id: jan-2, name: Jan, party: ede }\n  \
                    - { id: bram, name: Bram, party: wag }\n  \
                    - { id: bram-2, name: Bram, party: ede }\n\
                    groups:\n  - { id: raad, name: Raad, members: [anna] }\n";
        let doc = rolwijzer_core::parse::parse_document(yaml.as_bytes()).unwrap();
        let n = Names::new(&doc);
        assert_eq!(n.resolve("anna"), Some("anna"));
        assert_eq!(n.resolve(" anna de boer (gemeente ede) "), Some("anna"));
        assert_eq!(n.resolve("Anna de Boer"), Some("anna"));
        assert_eq!(n.resolve("Gemeente Wageningen"), Some("wag"));
        assert_eq!(n.resolve("Raad"), Some("raad"));
        // Two people named Jan in one party: the list tells them apart by id.
        assert_eq!(n.label("jan-2"), "Jan (Gemeente Ede) [jan-2]");
        assert_eq!(n.resolve("Jan (Gemeente Ede) [jan-2]"), Some("jan-2"));
        assert_eq!(n.resolve("Jan (Gemeente Ede)"), None);
        // A plain name two holders share picks neither.
        assert_eq!(n.resolve("Bram"), None);
        assert_eq!(n.resolve("Bram (Gemeente Wageningen)"), Some("bram"));
        assert_eq!(n.resolve("Iemand"), None);
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
