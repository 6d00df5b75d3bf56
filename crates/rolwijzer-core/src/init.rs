//! A first division for a new collaboration, proposed from the chosen arrangement.
//! Used by `rolwijzer init` and by the web app's start wizard.

use crate::catalogue::{AmbitionLevel, Arrangement, TaskId};
use crate::document::{
    Assignment, Collaboration, Document, FormatVersion, Group, Informed, Party, PartyKind, Person,
    Rotation, Target,
};
use crate::i18n::{Args, Lang, texts};
use crate::values::{Date, Hours, Id, Months, Text};

/// What the user chose to start with.
#[derive(Debug, Clone)]
pub struct StartChoices {
    /// Name of the collaboration (a placeholder when `None`).
    pub name: Option<String>,
    /// The ambition level.
    pub ambition: AmbitionLevel,
    /// The arrangement.
    pub arrangement: Arrangement,
    /// Whether a community contribution is collected.
    pub contribution: bool,
    /// The first day of the rotation, for `rotating`.
    pub today: Date,
    /// Language of the placeholder names.
    pub lang: Lang,
}

fn text(s: &str) -> Text {
    // Placeholders come from our own Fluent files and are never empty; the fallback
    // only guards against a broken translation.
    Text::new(s).unwrap_or_else(|_| Text::placeholder())
}

fn id(s: &str) -> Id {
    // Only called with our own literal ids, which are valid.
    Id::parse(s).unwrap_or_else(|_| Id::placeholder())
}

/// The tasks a new division needs: all required ones, plus collaboration coordination
/// when tasks are distributed (someone must keep the parts together).
pub fn starter_tasks(
    ambition: AmbitionLevel,
    arrangement: Arrangement,
    contribution: bool,
) -> Vec<TaskId> {
    TaskId::ALL
        .into_iter()
        .filter(|t| {
            t.required(ambition, contribution)
                || (arrangement == Arrangement::Distributed
                    && *t == TaskId::CollaborationCoordination)
        })
        .collect()
}

/// Proposes a starter document with placeholder parties and people: two or three
/// municipalities (and an external party for `external`), every task the level needs,
/// and a first division that follows the arrangement.
pub fn propose(c: &StartChoices) -> Document {
    let t = texts();
    let lang = c.lang;
    let count = match c.arrangement {
        Arrangement::Coordinating if c.ambition == AmbitionLevel::Sharing => 2,
        _ => 3,
    };
    let mut parties = Vec::new();
    let mut people = Vec::new();
    for n in 0..count {
        let letter = char::from(b'a' + n as u8).to_string();
        let pname = t.get(
            lang,
            "init-municipality",
            &Args::new().with("letter", letter.to_uppercase()),
        );
        let pid = id(&format!("gemeente-{letter}"));
        let person = id(&format!("contact-{letter}"));
        parties.push(Party {
            id: pid.clone(),
            name: text(&pname),
            kind: PartyKind::Municipality,
            contact: Some(person.clone()),
            develops_product: false,
            website: None,
            contract_until: None,
        });
        people.push(Person {
            id: person,
            name: text(&t.get(
                lang,
                "init-contact",
                &Args::new().with("party", pname.clone()),
            )),
            party: pid,
            title: Some(text(&t.plain(lang, "init-title"))),
            email: None,
            phone: None,
            hours_per_week: Hours::new(8.0).ok(),
            // Two admins from the start: K005 asks for it, and it is the easiest backup.
            repository_admin: n < 2,
            forge_username: None,
        });
    }
    if c.arrangement == Arrangement::External {
        let pname = t.plain(lang, "init-external");
        parties.push(Party {
            id: id("extern"),
            name: text(&pname),
            kind: PartyKind::Organisation,
            contact: Some(id("extern-contact")),
            develops_product: false,
            website: None,
            contract_until: None,
        });
        people.push(Person {
            id: id("extern-contact"),
            name: text(&t.get(lang, "init-contact", &Args::new().with("party", pname))),
            party: id("extern"),
            title: None,
            email: None,
            phone: None,
            hours_per_week: Hours::new(16.0).ok(),
            repository_admin: false,
            forge_username: None,
        });
    }
    let contacts: Vec<Id> = people.iter().take(count).map(|p| p.id.clone()).collect();
    let groups = vec![Group {
        id: id("deelnemers"),
        name: text(&t.plain(lang, "init-all-parties")),
        description: None,
        members: Vec::new(),
        all_parties: true,
    }];

    let tasks = starter_tasks(c.ambition, c.arrangement, c.contribution);
    let rotating: Vec<TaskId> = match c.arrangement {
        Arrangement::Rotating => {
            let coordination: Vec<TaskId> = tasks
                .iter()
                .copied()
                .filter(|t| {
                    matches!(
                        t,
                        TaskId::MeetingCoordination | TaskId::CollaborationCoordination
                    )
                })
                .collect();
            if coordination.is_empty() {
                vec![TaskId::ContactPerson]
            } else {
                coordination
            }
        }
        _ => Vec::new(),
    };
    let mut assignments = Vec::new();
    for (i, task) in tasks.iter().enumerate() {
        let (r, a): (Vec<Id>, Vec<Id>) = if rotating.contains(task) {
            (Vec::new(), Vec::new())
        } else {
            match c.arrangement {
                Arrangement::Coordinating | Arrangement::Rotating => {
                    (vec![contacts[0].clone()], vec![contacts[0].clone()])
                }
                Arrangement::Distributed => {
                    let who = if *task == TaskId::CollaborationCoordination {
                        contacts[0].clone()
                    } else {
                        contacts[i % contacts.len()].clone()
                    };
                    (vec![who.clone()], vec![who])
                }
                Arrangement::External => (vec![id("extern-contact")], vec![contacts[0].clone()]),
            }
        };
        let holder = r.first().or(a.first()).cloned();
        let backup = if task.info().critical {
            contacts
                .iter()
                .find(|p| Some(*p) != holder.as_ref())
                .cloned()
                .into_iter()
                .collect()
        } else {
            Vec::new()
        };
        assignments.push(Assignment {
            target: Target::Task(*task),
            description: None,
            arrangement: None,
            responsible: r,
            accountable: a,
            consulted: Vec::new(),
            informed: vec![Informed {
                who: id("deelnemers"),
                via: None,
            }],
            backup,
            hours_per_week: None,
            process: None,
            notes: None,
        });
    }
    let name = c
        .name
        .as_deref()
        .and_then(|n| Text::new(n).ok())
        .unwrap_or_else(|| text(&t.plain(lang, "init-collaboration")));
    Document {
        version: FormatVersion,
        collaboration: Collaboration {
            name,
            description: None,
            website: None,
            how_to_join: None,
            ambition: c.ambition,
            arrangement: c.arrangement,
            coordinator: (c.arrangement == Arrangement::Coordinating).then(|| id("gemeente-a")),
            coordinator_compensated: None,
            contribution: c.contribution,
            separate_administration: c.contribution.then_some(true),
            fixed_costs_per_month: None,
            reserve: None,
            last_evaluation: None,
            evaluation_interval_months: Some(Months::YEAR),
        },
        parties: parties.clone(),
        people,
        groups,
        assignments,
        rotation: (!rotating.is_empty()).then(|| Rotation {
            tasks: rotating.iter().map(|t| t.id().to_owned()).collect(),
            order: parties
                .iter()
                .filter(|p| p.kind == PartyKind::Municipality)
                .map(|p| p.id.clone())
                .collect(),
            period_months: Months::YEAR,
            start: c.today,
        }),
    }
}
