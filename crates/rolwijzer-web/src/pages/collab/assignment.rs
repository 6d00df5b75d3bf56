//! What the matrix and a task's page share: kinds of holders, the letters a holder
//! has on a task, finding and making assignments, and reading their forms.

use crate::http::ctx::Ctx;
use crate::ui::save::FieldErrors;
use rolwijzer_core::document::{Assignment, Target};
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::lookup::HolderRef;
use rolwijzer_core::values::Text;
use rolwijzer_core::{Document, Hours, Id, ItemId, TaskId, ValueProblem};
use serde::Deserialize;
// ---------------------------------------------------------------------------------
// Holders.

/// What kind of holder a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Person,
    Party,
    Group,
}

/// What kind of holder an id is in a document, if it exists (the core's lookup order).
pub(super) fn kind_of(doc: &Document, id: &str) -> Option<Kind> {
    doc.holder(id).map(|h| match h {
        HolderRef::Person(_) => Kind::Person,
        HolderRef::Party(_) => Kind::Party,
        HolderRef::Group(_) => Kind::Group,
    })
}

/// A holder's name as shown in lists: people with their party.
pub(super) fn display_name(doc: &Document, id: &str) -> String {
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

/// The RACI letters one holder has on one task, as the matrix's cell form sends them
/// (backup is kept apart).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Letters {
    pub(super) r: bool,
    pub(super) a: bool,
    pub(super) c: bool,
    pub(super) i: bool,
}

impl Letters {
    /// Parses `RA`, `R+A`, `r, i`; `None` for anything else.
    pub(super) fn parse(s: &str) -> Option<Letters> {
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

    /// Whether `self` has a letter `other` lacks.
    pub(super) fn adds_to(self, other: Letters) -> bool {
        (self.r && !other.r) || (self.a && !other.a) || (self.c && !other.c) || (self.i && !other.i)
    }
}

/// A letter in a cell, with its explanation.
#[derive(Debug, Clone)]
pub(super) struct Letter {
    pub(super) ch: &'static str,
    pub(super) class: &'static str,
    pub(super) title: String,
}

// ---------------------------------------------------------------------------------
// Finding the task a key names.

/// The index of the (first) assignment for a task key.
pub(super) fn find_assignment(doc: &Document, key: &str) -> Option<usize> {
    doc.assignments.iter().position(|a| a.target.key() == key)
}

/// The target a key makes when the task is not assigned yet: a catalogue task, or
/// else a checklist item.
pub(super) fn new_target(key: &str) -> Option<Target> {
    TaskId::from_id(key)
        .map(Target::Task)
        .or_else(|| ItemId::from_id(key).map(Target::Item))
}

/// An assignment nobody holds yet.
pub(super) fn empty_assignment(target: Target) -> Assignment {
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
pub(super) fn insert_assignment(doc: &mut Document, a: Assignment) -> usize {
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
pub(super) fn task_name(ctx: &Ctx, doc: &Document, key: &str) -> String {
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

/// Which holders a list of the task form offers.
#[derive(Clone, Copy)]
pub(super) enum Allowed {
    /// People, parties and groups (R, C, I).
    Any,
    /// People and parties (A).
    NoGroups,
    /// People (backup).
    People,
}

impl Allowed {
    pub(super) fn allows(self, k: Kind) -> bool {
        match self {
            Allowed::Any => true,
            Allowed::NoGroups => k != Kind::Group,
            Allowed::People => k == Kind::Person,
        }
    }
}

/// Reads a list of holders from the form: each must be allowed, or already there.
pub(super) fn holder_list(
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

pub(super) fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub(super) fn fields(pairs: &[(String, String)], name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, v)| k == name && !v.is_empty())
        .map(|(_, v)| v.clone())
        .collect()
}

/// A text problem in words.
pub(super) fn text_problem(ctx: &Ctx, p: &ValueProblem) -> String {
    match p {
        ValueProblem::TextTooLong(max) => ctx.ta(
            "taskpage-error-too-long",
            &Args::new().with("max", i18n::number(ctx.lang, *max as f64, 0)),
        ),
        _ => ctx.t("taskpage-error-empty"),
    }
}

/// Optional free text: empty means none.
pub(super) fn optional_text(
    ctx: &Ctx,
    value: &str,
    name: &str,
    errors: &mut FieldErrors,
) -> Option<Text> {
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
pub(super) fn parse_hours(value: &str) -> Result<Option<Hours>, ()> {
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
    /// Set after a successful save, to say so.
    #[serde(default)]
    pub(super) saved: Option<String>,
}

/// An option of a select.
#[derive(Debug, Clone)]
pub(super) struct Opt {
    pub(super) value: String,
    pub(super) label: String,
    pub(super) selected: bool,
}
