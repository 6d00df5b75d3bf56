//! What changed between two versions of a division, in sentences a coordinator reads
//! ("Jan de Vries is nu Responsible voor Technisch beheer"). Used by the history, the
//! conflict page and the yearly evaluation.

use crate::document::{Assignment, Document};
use crate::findings::TaskLabel;
use crate::i18n::{Args, Lang, texts};
use crate::values::{Id, Text};
use std::collections::HashMap;

/// One change.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A setting of the collaboration changed (`ambition`, `reserve`, …).
    Setting {
        /// The key as in the document.
        key: &'static str,
        /// Old value as text (empty when unset).
        old: String,
        /// New value as text (empty when unset).
        new: String,
    },
    /// A party, person or group was added.
    Added {
        /// `party`, `person` or `group`.
        kind: &'static str,
        /// Its name.
        name: String,
    },
    /// A party, person or group was removed.
    Removed {
        /// `party`, `person` or `group`.
        kind: &'static str,
        /// Its name.
        name: String,
    },
    /// Details of a party, person or group changed.
    Edited {
        /// `party`, `person` or `group`.
        kind: &'static str,
        /// Its name (the new one).
        name: String,
    },
    /// A task was assigned for the first time.
    TaskAdded(TaskLabel),
    /// A task's assignment was removed.
    TaskRemoved(TaskLabel),
    /// Someone now holds a letter (R, A, C, I, backup) on a task.
    Holds {
        /// Their name.
        who: String,
        /// `r`, `a`, `c`, `i` or `backup`.
        letter: &'static str,
        /// The task.
        task: TaskLabel,
    },
    /// Someone no longer holds a letter on a task.
    NoLongerHolds {
        /// Their name.
        who: String,
        /// `r`, `a`, `c`, `i` or `backup`.
        letter: &'static str,
        /// The task.
        task: TaskLabel,
    },
    /// Hours, process, channel or arrangement of a task changed.
    TaskDetails(TaskLabel),
    /// The rotation changed.
    Rotation,
    /// The budget changed: its activities, key, rate, weeks, year or tiers.
    Budget,
    /// An evaluation was recorded (or its notes changed), with what came out of it.
    Evaluation(crate::document::Evaluation),
}

impl Change {
    /// The change in words.
    pub fn describe(&self, lang: Lang) -> String {
        let t = texts();
        let kind = |k: &str| t.plain(lang, &format!("diff-kind-{k}"));
        let letter = |l: &str| t.plain(lang, &format!("raci-{l}"));
        match self {
            Change::Setting { key, old, new } => {
                let a = Args::new()
                    .with("setting", t.plain(lang, &format!("setting-{key}")))
                    .with("old", or_dash(old))
                    .with("new", or_dash(new));
                t.get(lang, "diff-setting", &a)
            }
            Change::Added { kind: k, name } => t.get(
                lang,
                "diff-added",
                &Args::new().with("kind", kind(k)).with("name", name.clone()),
            ),
            Change::Removed { kind: k, name } => t.get(
                lang,
                "diff-removed",
                &Args::new().with("kind", kind(k)).with("name", name.clone()),
            ),
            Change::Edited { kind: k, name } => t.get(
                lang,
                "diff-edited",
                &Args::new().with("kind", kind(k)).with("name", name.clone()),
            ),
            Change::TaskAdded(task) => t.get(
                lang,
                "diff-task-added",
                &Args::new().with("task", task.name(lang)),
            ),
            Change::TaskRemoved(task) => t.get(
                lang,
                "diff-task-removed",
                &Args::new().with("task", task.name(lang)),
            ),
            Change::Holds {
                who,
                letter: l,
                task,
            }
            | Change::NoLongerHolds {
                who,
                letter: l,
                task,
            } => {
                let id = match self {
                    Change::Holds { .. } => "diff-holds",
                    _ => "diff-no-longer-holds",
                };
                let a = Args::new()
                    .with("who", who.clone())
                    .with("letter", letter(l))
                    .with("task", task.name(lang));
                t.get(lang, id, &a)
            }
            Change::TaskDetails(task) => t.get(
                lang,
                "diff-task-details",
                &Args::new().with("task", task.name(lang)),
            ),
            Change::Rotation => t.plain(lang, "diff-rotation"),
            Change::Budget => t.plain(lang, "diff-budget"),
            Change::Evaluation(e) => {
                let date = Args::new().with("date", crate::i18n::date(lang, e.date));
                let mut parts = vec![t.get(lang, "diff-evaluation", &date)];
                for (id, text) in [
                    ("diff-evaluation-went-well", &e.went_well),
                    ("diff-evaluation-to-change", &e.to_change),
                    ("diff-evaluation-decisions", &e.decisions),
                ] {
                    if let Some(text) = text {
                        let a = Args::new().with("text", text.to_string());
                        parts.push(t.get(lang, id, &a));
                    }
                }
                parts.join(" ")
            }
        }
    }
}

fn label(a: &Assignment) -> TaskLabel {
    use crate::document::Target;
    match &a.target {
        Target::Task(t) => TaskLabel::Task(*t),
        Target::Item(i) => TaskLabel::Item(*i),
        Target::Custom(c) => TaskLabel::Named(c.name.to_string()),
        Target::Unknown { id, .. } => TaskLabel::Named(id.clone()),
    }
}

fn json_of<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn plain<T: serde::Serialize>(v: &Option<T>) -> String {
    match v {
        None => String::new(),
        Some(x) => match serde_json::to_value(x) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(other) => other.to_string(),
            Err(_) => String::new(),
        },
    }
}

/// What changed from `old` to `new`, in a stable order: settings, parties, people,
/// groups, tasks, rotation, budget.
pub fn diff(old: &Document, new: &Document) -> Vec<Change> {
    let mut out = Vec::new();
    let (a, b) = (&old.collaboration, &new.collaboration);
    let mut setting = |key: &'static str, o: String, n: String| {
        if o != n {
            out.push(Change::Setting {
                key,
                old: o,
                new: n,
            });
        }
    };
    // Each setting is compared as the text a person reads in the history.
    macro_rules! settings {
        ($show:expr; $($key:ident),*) => {$(
            setting(stringify!($key), $show(&a.$key), $show(&b.$key));
        )*};
    }
    settings!(|t: &crate::values::Text| t.to_string(); name);
    settings!(plain; description, website, how_to_join);
    settings!(|x: &crate::catalogue::AmbitionLevel| x.id().to_owned(); ambition);
    settings!(|x: &crate::catalogue::Arrangement| x.id().to_owned(); arrangement);
    settings!(plain; coordinator, coordinator_compensated);
    settings!(|x: &bool| x.to_string(); contribution);
    settings!(plain; separate_administration, fixed_costs_per_month, reserve);
    settings!(plain; last_evaluation, evaluation_interval_months);

    /// Added, removed and edited entries of one list, matched by id (linear: one map
    /// of the old list).
    fn entities<T: serde::Serialize>(
        out: &mut Vec<Change>,
        kind: &'static str,
        old: &[T],
        new: &[T],
        key: impl Fn(&T) -> (&Id, &Text),
    ) {
        let olds: HashMap<&Id, &T> = old.iter().map(|o| (key(o).0, o)).collect();
        let news: HashMap<&Id, &T> = new.iter().map(|n| (key(n).0, n)).collect();
        for o in old {
            let (id, name) = key(o);
            match news.get(id) {
                None => out.push(Change::Removed {
                    kind,
                    name: name.to_string(),
                }),
                Some(n) if json_of(n) != json_of(o) => out.push(Change::Edited {
                    kind,
                    name: key(n).1.to_string(),
                }),
                Some(_) => {}
            }
        }
        for n in new.iter().filter(|n| !olds.contains_key(key(n).0)) {
            out.push(Change::Added {
                kind,
                name: key(n).1.to_string(),
            });
        }
    }
    entities(&mut out, "party", &old.parties, &new.parties, |p| {
        (&p.id, &p.name)
    });
    entities(&mut out, "person", &old.people, &new.people, |p| {
        (&p.id, &p.name)
    });
    entities(&mut out, "group", &old.groups, &new.groups, |g| {
        (&g.id, &g.name)
    });

    let (old_names, new_names) = (old.names(), new.names());
    let name_of = |id: &Id| {
        new_names
            .get(id.as_str())
            .or_else(|| old_names.get(id.as_str()))
            .map_or_else(|| id.to_string(), |n| (*n).to_owned())
    };
    for o in &old.assignments {
        if !new
            .assignments
            .iter()
            .any(|n| n.target.key() == o.target.key())
        {
            out.push(Change::TaskRemoved(label(o)));
        }
    }
    for n in &new.assignments {
        let Some(o) = old
            .assignments
            .iter()
            .find(|o| o.target.key() == n.target.key())
        else {
            out.push(Change::TaskAdded(label(n)));
            for (letter, ids) in letters(n) {
                for who in ids {
                    out.push(Change::Holds {
                        who: name_of(&who),
                        letter,
                        task: label(n),
                    });
                }
            }
            continue;
        };
        for ((letter, old_ids), (_, new_ids)) in letters(o).into_iter().zip(letters(n)) {
            for who in new_ids.iter().filter(|w| !old_ids.contains(w)) {
                out.push(Change::Holds {
                    who: name_of(who),
                    letter,
                    task: label(n),
                });
            }
            for who in old_ids.iter().filter(|w| !new_ids.contains(w)) {
                out.push(Change::NoLongerHolds {
                    who: name_of(who),
                    letter,
                    task: label(n),
                });
            }
        }
        let details = |a: &Assignment| {
            (
                a.arrangement,
                a.hours_per_week.map(|h| h.get().to_bits()),
                a.process.clone(),
                a.notes.clone(),
                a.description.clone(),
                a.informed.iter().map(|i| i.via.clone()).collect::<Vec<_>>(),
                json_of(&a.target.key()),
            )
        };
        if details(o) != details(n) {
            out.push(Change::TaskDetails(label(n)));
        }
    }
    if json_of(&old.rotation) != json_of(&new.rotation) {
        out.push(Change::Rotation);
    }
    if json_of(&old.budget) != json_of(&new.budget) {
        out.push(Change::Budget);
    }
    // Evaluations are matched by their day: a new day, or other notes on one.
    let before: HashMap<_, _> = old.evaluations.iter().map(|e| (e.date, e)).collect();
    for e in &new.evaluations {
        if before.get(&e.date).is_none_or(|o| *o != e) {
            out.push(Change::Evaluation(e.clone()));
        }
    }
    out
}

fn letters(a: &Assignment) -> [(&'static str, Vec<Id>); 5] {
    [
        ("r", a.responsible.clone()),
        ("a", a.accountable.clone()),
        ("c", a.consulted.clone()),
        ("i", a.informed.iter().map(|i| i.who.clone()).collect()),
        ("backup", a.backup.clone()),
    ]
}

/// A one-line summary of a list of changes, for the revision log.
pub fn summary(changes: &[Change], lang: Lang) -> String {
    match changes {
        [] => texts().plain(lang, "diff-nothing"),
        [one] => one.describe(lang),
        [first, rest @ ..] => texts().get(
            lang,
            "diff-and-more",
            &Args::new()
                .with("first", first.describe(lang))
                .count("more", rest.len()),
        ),
    }
}

/// An empty setting shown as a dash, so "from — to 2" reads as "was not set".
fn or_dash(value: &str) -> String {
    if value.is_empty() {
        "—".to_owned()
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::from_yaml;

    const BASE: &str = "version: 1
collaboration:
  name: Proef
  ambition: sharing
  arrangement: coordinating
parties:
  - { id: utrecht, name: Gemeente Utrecht }
people:
  - { id: jan, name: Jan de Vries, party: utrecht }
  - { id: marie, name: Marie Jansen, party: utrecht }
assignments:
  - task: technical-maintenance
    responsible: [marie]
    accountable: marie
";

    #[test]
    fn a_new_responsible_reads_as_a_sentence() {
        let old = from_yaml(BASE).unwrap();
        let new =
            from_yaml(&BASE.replace("responsible: [marie]", "responsible: [marie, jan]")).unwrap();
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            changes[0].describe(Lang::Nl),
            "Jan de Vries is nu Responsible (voert uit) voor Technisch beheer."
        );
        assert!(
            changes[0]
                .describe(Lang::En)
                .starts_with("Jan de Vries is now Responsible")
        );
    }

    #[test]
    fn no_change_is_no_change_and_settings_are_named() {
        let old = from_yaml(BASE).unwrap();
        assert!(diff(&old, &old).is_empty());
        let new = from_yaml(&BASE.replace("ambition: sharing", "ambition: light")).unwrap();
        let d = diff(&old, &new);
        assert_eq!(
            d,
            vec![Change::Setting {
                key: "ambition",
                old: "sharing".into(),
                new: "light".into()
            }]
        );
        assert_eq!(summary(&d, Lang::Nl), d[0].describe(Lang::Nl));
    }

    #[test]
    fn a_recorded_evaluation_is_told_with_its_notes() {
        let with = |entry: &str| from_yaml(&format!("{BASE}evaluations:\n  - {entry}\n")).unwrap();
        let old = from_yaml(BASE).unwrap();
        let new = with(
            "{ date: 2026-12-04, went_well: Snelle reviews, decisions: Elk kwartaal overleg }",
        );
        let d = diff(&old, &new);
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].describe(Lang::Nl),
            "Evaluatie van 4 december 2026 vastgelegd. Wat ging goed: Snelle reviews \
             Besluiten: Elk kwartaal overleg"
        );
        // The same evaluation again is no change; other notes on that day are.
        assert!(diff(&new, &new).is_empty());
        let edited = with("{ date: 2026-12-04, went_well: Snelle reviews }");
        assert_eq!(diff(&new, &edited).len(), 1);
    }

    #[test]
    fn a_changed_budget_is_a_change() {
        let old = from_yaml(BASE).unwrap();
        let with = from_yaml(&format!(
            "{BASE}budget:\n  activities:\n    - {{ name: Hosting, cost: 2000 }}\n"
        ))
        .unwrap();
        assert_eq!(diff(&old, &with), vec![Change::Budget]);
        let mut dearer = with.clone();
        if let Some(b) = dearer.budget.as_mut() {
            b.hourly_rate = crate::values::Euro::from_euro(75.0).ok();
        }
        assert_eq!(diff(&with, &dearer), vec![Change::Budget]);
        assert_eq!(
            Change::Budget.describe(Lang::Nl),
            "De begroting is gewijzigd."
        );
    }

    #[test]
    fn removed_people_and_tasks_are_listed() {
        let old = from_yaml(BASE).unwrap();
        let mut new = old.clone();
        new.people.retain(|p| p.id.as_str() != "jan");
        new.assignments.clear();
        let d = diff(&old, &new);
        assert!(d.iter().any(
            |c| matches!(c, Change::Removed { kind: "person", name } if name == "Jan de Vries")
        ));
        assert!(d.iter().any(|c| matches!(c, Change::TaskRemoved(_))));
        assert!(
            summary(&d, Lang::En).contains("1 more"),
            "{}",
            summary(&d, Lang::En)
        );
    }
}
