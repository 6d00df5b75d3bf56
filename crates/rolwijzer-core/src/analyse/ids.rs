//! Identity rules: D001 (unknown reference), D002 (an id used twice), D003 (unknown
//! task id).

use super::index::Index;
use crate::catalogue::{ItemId, TaskId};
use crate::document::{Document, Target};
use crate::findings::{Arg, Code, Finding, Subject, party_subject, person_subject, task_subject};
use crate::values::Id;
use std::collections::{BTreeMap, HashSet};

pub(super) fn check(doc: &Document, ix: &Index<'_>, f: &mut Vec<Finding>) {
    // D002: one namespace for people, parties, groups and custom tasks.
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let all_ids = doc
        .parties
        .iter()
        .map(|p| &p.id)
        .chain(doc.people.iter().map(|p| &p.id))
        .chain(doc.groups.iter().map(|g| &g.id));
    for id in all_ids {
        *count.entry(id.as_str()).or_default() += 1;
    }
    for (id, n) in &count {
        if *n > 1 {
            let subject = if ix.person(id).is_some() {
                person_subject(id)
            } else if ix.party(id).is_some() {
                party_subject(id)
            } else {
                Subject::default()
            };
            f.push(Finding::new(Code::D002, subject).arg("id", Arg::Text((*id).to_owned())));
        }
    }
    let mut task_keys: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &doc.assignments {
        *task_keys.entry(a.target.key()).or_default() += 1;
        if let Target::Custom(c) = &a.target {
            let clash = count.contains_key(c.id.as_str())
                || TaskId::from_id(c.id.as_str()).is_some()
                || ItemId::from_id(c.id.as_str()).is_some()
                || c.id.as_str() == "custom";
            if clash {
                f.push(
                    Finding::new(Code::D002, task_subject(c.id.as_str()))
                        .arg("id", Arg::Text(c.id.to_string())),
                );
            }
        }
    }
    for (key, n) in task_keys {
        if n > 1 {
            f.push(
                Finding::new(Code::D002, task_subject(key)).arg("id", Arg::Text(key.to_owned())),
            );
        }
    }

    // D003: unknown task and item ids.
    for a in &doc.assignments {
        if let Target::Unknown { id, .. } = &a.target {
            f.push(Finding::new(Code::D003, task_subject(id)).arg("task", Arg::Text(id.clone())));
        }
    }
    let custom: HashSet<&str> = doc
        .assignments
        .iter()
        .filter_map(|a| match &a.target {
            Target::Custom(c) => Some(c.id.as_str()),
            _ => None,
        })
        .collect();
    if let Some(r) = &doc.rotation {
        for t in &r.tasks {
            if TaskId::from_id(t).is_none() && !custom.contains(t.as_str()) {
                f.push(Finding::new(Code::D003, task_subject(t)).arg("task", Arg::Text(t.clone())));
            }
        }
    }

    // D001: every reference must exist, and be of the kind the field needs.
    let mut missing = |ok: bool, id: &Id, field: String, subject: Subject| {
        if !ok {
            f.push(
                Finding::new(Code::D001, subject)
                    .arg("id", Arg::Text(id.to_string()))
                    .arg("field", Arg::Text(field)),
            );
        }
    };
    let c = &doc.collaboration;
    if let Some(id) = &c.coordinator {
        missing(
            ix.party(id.as_str()).is_some(),
            id,
            "collaboration › coordinator".into(),
            Subject::default(),
        );
    }
    for p in &doc.parties {
        if let Some(id) = &p.contact {
            missing(
                ix.person(id.as_str()).is_some(),
                id,
                format!("parties › {} › contact", p.id),
                party_subject(p.id.as_str()),
            );
        }
    }
    for p in &doc.people {
        missing(
            ix.party(p.party.as_str()).is_some(),
            &p.party,
            format!("people › {} › party", p.id),
            person_subject(p.id.as_str()),
        );
    }
    for g in &doc.groups {
        for m in &g.members {
            let ok = ix.person(m.as_str()).is_some() || ix.party(m.as_str()).is_some();
            missing(
                ok,
                m,
                format!("groups › {} › members", g.id),
                Subject::default(),
            );
        }
    }
    for a in &doc.assignments {
        let key = a.target.key();
        let s = task_subject(key);
        let any = |id: &Id| ix.ids.contains_key(id.as_str());
        for (letter, ids) in [
            ("responsible", &a.responsible),
            ("accountable", &a.accountable),
            ("consulted", &a.consulted),
        ] {
            for id in ids {
                missing(
                    any(id),
                    id,
                    format!("assignments › {key} › {letter}"),
                    s.clone(),
                );
            }
        }
        for i in &a.informed {
            missing(
                any(&i.who),
                &i.who,
                format!("assignments › {key} › informed"),
                s.clone(),
            );
        }
        for b in &a.backup {
            missing(
                ix.person(b.as_str()).is_some(),
                b,
                format!("assignments › {key} › backup"),
                s.clone(),
            );
        }
    }
    if let Some(r) = &doc.rotation {
        for p in &r.order {
            missing(
                ix.party(p.as_str()).is_some(),
                p,
                "rotation › order".into(),
                Subject::default(),
            );
        }
    }
}
