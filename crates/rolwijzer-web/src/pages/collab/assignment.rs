//! What the matrix and a task's page share: the holders (columns), the letters a
//! holder has on a task, finding and making assignments, and reading their forms.

use crate::http::ctx::Ctx;
use crate::ui::save::FieldErrors;
use rolwijzer_core::analyse::TaskView;
use rolwijzer_core::document::{Assignment, Person, Target};
use rolwijzer_core::i18n::{self, Args};
use rolwijzer_core::lookup::HolderRef;
use rolwijzer_core::values::Text;
use rolwijzer_core::{Document, Hours, Id, ItemId, TaskId, ValueProblem};
use serde::Deserialize;
// ---------------------------------------------------------------------------------
// Holders: the matrix's columns.

/// What kind of holder a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Person,
    Party,
    Group,
}

impl Kind {
    pub(super) fn class(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Party => "party",
            Kind::Group => "group",
        }
    }
}

/// A person, party or group that can hold a letter.
#[derive(Debug, Clone)]
pub(super) struct Holder {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) kind: Kind,
    /// For people: the name of their party.
    pub(super) party: Option<String>,
}

/// A header spanning several columns.
#[derive(Debug, Clone)]
pub(super) struct ColGroup {
    pub(super) label: String,
    pub(super) span: usize,
}

/// The holders in column order: people grouped under their party, then the parties,
/// then the groups; with the headers that group them.
pub(super) fn holders(ctx: &Ctx, doc: &Document) -> (Vec<Holder>, Vec<ColGroup>) {
    let mut cols = Vec::new();
    let mut groups = Vec::new();
    let party_name = |id: &Id| {
        doc.parties
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.name.to_string())
    };
    // Each group of columns is added only when it has holders.
    let mut add = |label: String, holders: Vec<Holder>| {
        if !holders.is_empty() {
            groups.push(ColGroup {
                label,
                span: holders.len(),
            });
            cols.extend(holders);
        }
    };
    let holder = |id: &Id, name: &Text, kind: Kind, party: Option<String>| Holder {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        party,
    };
    for party in &doc.parties {
        let members = doc.people.iter().filter(|p| p.party == party.id);
        let at = |p: &Person| holder(&p.id, &p.name, Kind::Person, Some(party.name.to_string()));
        add(party.name.to_string(), members.map(at).collect());
    }
    let loose = doc.people.iter().filter(|p| party_name(&p.party).is_none());
    let none = |p: &Person| holder(&p.id, &p.name, Kind::Person, None);
    add(ctx.t("matrix-no-party"), loose.map(none).collect());
    let parties = doc
        .parties
        .iter()
        .map(|p| holder(&p.id, &p.name, Kind::Party, None));
    add(ctx.t("matrix-parties"), parties.collect());
    let all_groups = doc
        .groups
        .iter()
        .map(|g| holder(&g.id, &g.name, Kind::Group, None));
    add(ctx.t("matrix-groups"), all_groups.collect());
    (cols, groups)
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

/// The RACI letters one holder has on one task (backup is kept apart: it is edited
/// on the task page only).
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

    /// `RACI` order, e.g. `RA`.
    pub(super) fn code(self) -> String {
        let mut s = String::new();
        for (on, ch) in [(self.r, 'R'), (self.a, 'A'), (self.c, 'C'), (self.i, 'I')] {
            if on {
                s.push(ch);
            }
        }
        s
    }

    /// How an option shows them: `R+A`.
    pub(super) fn label(self) -> String {
        self.code()
            .chars()
            .map(String::from)
            .collect::<Vec<_>>()
            .join("+")
    }

    pub(super) fn is_empty(self) -> bool {
        self == Letters::default()
    }

    /// Whether `self` has a letter `other` lacks.
    pub(super) fn adds_to(self, other: Letters) -> bool {
        (self.r && !other.r) || (self.a && !other.a) || (self.c && !other.c) || (self.i && !other.i)
    }

    /// What a holder has on a task in the document (not the rotation).
    pub(super) fn of_assignment(a: Option<&Assignment>, id: &str) -> Letters {
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
pub(super) struct Letter {
    pub(super) ch: &'static str,
    pub(super) class: &'static str,
    pub(super) title: String,
}

/// The letters a holder has on a task as it holds today (rotation applied), with B.
pub(super) fn view_letters(ctx: &Ctx, v: &TaskView, id: &str) -> Vec<Letter> {
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
    /// `1` for the matrix editor.
    #[serde(default)]
    pub(super) edit: Option<String>,
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
