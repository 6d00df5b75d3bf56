//! A first division for a new collaboration, proposed from the chosen arrangement.
//! Used by `rolwijzer init` and by the web app's start wizard.

use crate::catalogue::{AmbitionLevel, Arrangement, TaskId};
use crate::document::{
    Assignment, Collaboration, Document, FormatVersion, Group, Informed, Party, PartyKind, Person,
    Rotation, Target,
};
use crate::i18n::{Args, Lang, texts};
use crate::lookup::unique_id;
use crate::money::{Activity, Budget, Key};
use crate::values::{Date, Euro, Hours, Id, Months, Text};

/// Euro an hour a start budget values in-kind work at: the rate of the guide's in-kind
/// example, for the coordinator to adjust.
pub const START_HOURLY_RATE: f64 = 75.0;

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

/// The budget a collaboration that collects a contribution starts with: the guide's
/// four kinds of activity (new features, coordination, user meetings, and
/// infrastructure and tools as the fixed cost), each at € 0 for the coordinator to
/// fill in, an equal key and [`START_HOURLY_RATE`] for in-kind work.
pub fn start_budget(lang: Lang) -> Budget {
    let t = texts();
    let activity = |key: &str, fixed: bool| Activity {
        name: text(&t.plain(lang, key)),
        cost: Euro::default(),
        fixed,
    };
    Budget {
        year: None,
        key: Key::Equal,
        hourly_rate: Euro::from_euro(START_HOURLY_RATE).ok(),
        weeks_per_year: None,
        activities: vec![
            activity("init-activity-development", false),
            activity("init-activity-coordination", false),
            activity("init-activity-meetings", false),
            activity("init-activity-infrastructure", true),
        ],
        tiers: Vec::new(),
    }
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
        let mut party = Party::new(pid.clone(), text(&pname), PartyKind::Municipality);
        party.contact = Some(person.clone());
        parties.push(party);
        let contact = t.get(lang, "init-contact", &Args::new().with("party", pname));
        let mut p = Person::new(person, text(&contact), pid);
        p.title = Some(text(&t.plain(lang, "init-title")));
        p.hours_per_week = Hours::new(8.0).ok();
        // Two admins from the start: K005 asks for it, and it is the easiest backup.
        p.repository_admin = n < 2;
        people.push(p);
    }
    if c.arrangement == Arrangement::External {
        let pname = t.plain(lang, "init-external");
        let mut party = Party::new(id("extern"), text(&pname), PartyKind::Organisation);
        party.contact = Some(id("extern-contact"));
        parties.push(party);
        let contact = t.get(lang, "init-contact", &Args::new().with("party", pname));
        let mut p = Person::new(id("extern-contact"), text(&contact), id("extern"));
        p.hours_per_week = Hours::new(16.0).ok();
        people.push(p);
    }
    propose_with(c, parties, people)
}

/// The person who acts for a party: its `contact` when that person exists, else the
/// first person of the party, else the party itself (a party may hold R and A).
fn holder_of(party: &Party, people: &[Person]) -> Id {
    party
        .contact
        .as_ref()
        .filter(|c| people.iter().any(|p| &p.id == *c))
        .cloned()
        .or_else(|| {
            people
                .iter()
                .find(|p| p.party == party.id)
                .map(|p| p.id.clone())
        })
        .unwrap_or_else(|| party.id.clone())
}

/// Proposes a first division for real parties and people, following the arrangement:
///
/// - `coordinating`: the first municipality is the coordinator (penvoerder) and its
///   contact holds R and A of every task;
/// - `rotating`: the coordination tasks (or the contact person, at the lowest level)
///   rotate over the municipalities in the given order; the first municipality's
///   contact holds the other tasks;
/// - `distributed`: the tasks are spread over the municipalities' contacts in turn,
///   and the first municipality's contact holds collaboration coordination;
/// - `external`: the first party that is not a municipality does the work (R) and the
///   first municipality's contact answers for it (A).
///
/// Every critical task gets a backup from another party where there is one. A party's
/// holder is its `contact`, else its first person, else the party itself. Parties and
/// people are kept as given (their order too); a group of all participants is added.
pub fn propose_with(c: &StartChoices, parties: Vec<Party>, people: Vec<Person>) -> Document {
    let t = texts();
    let lang = c.lang;
    let municipalities: Vec<&Party> = parties
        .iter()
        .filter(|p| p.kind == PartyKind::Municipality)
        .collect();
    // Whoever acts for the municipalities; without municipalities, for every party.
    let leads: Vec<&Party> = if municipalities.is_empty() {
        parties.iter().collect()
    } else {
        municipalities.clone()
    };
    let contacts: Vec<Id> = leads.iter().map(|p| holder_of(p, &people)).collect();
    let party_of = |who: &Id| -> Option<Id> {
        people
            .iter()
            .find(|p| &p.id == who)
            .map(|p| p.party.clone())
            .or_else(|| parties.iter().find(|p| &p.id == who).map(|p| p.id.clone()))
    };
    let external: Option<Id> = parties
        .iter()
        .find(|p| p.kind != PartyKind::Municipality)
        .map(|p| holder_of(p, &people));

    let taken: Vec<&Id> = parties
        .iter()
        .map(|p| &p.id)
        .chain(people.iter().map(|p| &p.id))
        .collect();
    let everyone = unique_id("deelnemers", "deelnemers", |c| {
        taken.iter().any(|t| t.as_str() == c)
    });
    let groups = vec![Group {
        id: everyone.clone(),
        name: text(&t.plain(lang, "init-all-parties")),
        description: None,
        members: Vec::new(),
        all_parties: true,
    }];

    let tasks = starter_tasks(c.ambition, c.arrangement, c.contribution);
    let rotating: Vec<TaskId> = match c.arrangement {
        Arrangement::Rotating if !municipalities.is_empty() => {
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
    let first = contacts.first().cloned();
    let one = |who: &Option<Id>| -> Vec<Id> { who.iter().cloned().collect() };
    let mut assignments = Vec::new();
    for (i, task) in tasks.iter().enumerate() {
        let (r, a): (Vec<Id>, Vec<Id>) = if rotating.contains(task) {
            // The rotation fills R and A with the contact of the party whose turn it is.
            (Vec::new(), Vec::new())
        } else {
            match c.arrangement {
                Arrangement::Coordinating => (one(&first), one(&first)),
                // Rotating and distributed: the fixed tasks are spread over the
                // municipalities, so no one municipality carries them all.
                Arrangement::Rotating | Arrangement::Distributed => {
                    let who = if *task == TaskId::CollaborationCoordination {
                        first.clone()
                    } else {
                        contacts.get(i % contacts.len().max(1)).cloned()
                    };
                    (one(&who), one(&who))
                }
                Arrangement::External => (
                    one(&external.clone().or_else(|| first.clone())),
                    one(&first),
                ),
            }
        };
        // For a rotating task, the first turn's holder stands in for "the holder".
        let holder = r
            .first()
            .or(a.first())
            .cloned()
            .or_else(|| rotating.contains(task).then(|| first.clone()).flatten());
        let holder_party = holder.as_ref().and_then(party_of);
        let backup: Vec<Id> = if task.info().critical {
            let people_only = |who: &&Id| people.iter().any(|p| &p.id == *who);
            contacts
                .iter()
                .filter(people_only)
                .find(|p| party_of(p) != holder_party)
                .or_else(|| {
                    people
                        .iter()
                        .map(|p| &p.id)
                        .find(|p| Some(*p) != holder.as_ref())
                })
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
                who: everyone.clone(),
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
    let coordinator = (c.arrangement == Arrangement::Coordinating)
        .then(|| municipalities.first().map(|p| p.id.clone()))
        .flatten();
    let rotation = (!rotating.is_empty()).then(|| Rotation {
        tasks: rotating.iter().map(|t| t.id().to_owned()).collect(),
        order: municipalities.iter().map(|p| p.id.clone()).collect(),
        period_months: Months::YEAR,
        start: c.today,
        handovers: Vec::new(),
    });
    Document {
        version: FormatVersion,
        collaboration: Collaboration {
            name,
            description: None,
            website: None,
            how_to_join: None,
            ambition: c.ambition,
            arrangement: c.arrangement,
            coordinator,
            coordinator_compensated: None,
            contribution: c.contribution,
            separate_administration: c.contribution.then_some(true),
            fixed_costs_per_month: None,
            reserve: None,
            last_evaluation: None,
            evaluation_interval_months: Some(Months::YEAR),
        },
        parties,
        people,
        groups,
        assignments,
        rotation,
        budget: c.contribution.then(|| start_budget(lang)),
        evaluations: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::analyse;
    use crate::findings::Code;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    fn choices(ambition: AmbitionLevel, arrangement: Arrangement) -> StartChoices {
        StartChoices {
            name: Some("Proef".into()),
            ambition,
            arrangement,
            contribution: ambition >= AmbitionLevel::Structured,
            today: today(),
            lang: Lang::Nl,
        }
    }

    fn party(pid: &str, kind: PartyKind, contact: Option<&str>) -> Party {
        let mut p = Party::new(id(pid), text(pid), kind);
        p.contact = contact.map(id);
        p
    }

    fn person(pid: &str, party: &str) -> Person {
        let mut p = Person::new(id(pid), text(pid), id(party));
        p.hours_per_week = Hours::new(8.0).ok();
        p
    }

    /// Utrecht (marie, jan), Zeist (sam), Acme (a supplier, with eva), and Houten
    /// without people.
    fn real() -> (Vec<Party>, Vec<Person>) {
        (
            vec![
                party("utrecht", PartyKind::Municipality, Some("marie")),
                party("acme", PartyKind::Supplier, Some("eva")),
                party("zeist", PartyKind::Municipality, None),
                party("houten", PartyKind::Municipality, None),
            ],
            vec![
                person("jan", "utrecht"),
                person("marie", "utrecht"),
                person("sam", "zeist"),
                person("eva", "acme"),
            ],
        )
    }

    /// The proposal for [`real`]'s parties and people.
    fn real_proposal(ambition: AmbitionLevel, arrangement: Arrangement) -> Document {
        let (parties, people) = real();
        propose_with(&choices(ambition, arrangement), parties, people)
    }

    fn task(doc: &Document, t: TaskId) -> &Assignment {
        doc.assignments
            .iter()
            .find(|a| a.target == Target::Task(t))
            .unwrap()
    }

    fn ids(v: &[Id]) -> Vec<&str> {
        v.iter().map(Id::as_str).collect()
    }

    #[test]
    fn a_contribution_starts_the_budget_with_the_guides_four_activities() {
        let with = propose(&choices(
            AmbitionLevel::Structured,
            Arrangement::Coordinating,
        ));
        let b = with.budget.as_ref().unwrap();
        assert_eq!(b.key, crate::money::Key::Equal);
        assert_eq!(b.hourly_rate.map(Euro::cents), Some(7_500));
        let names: Vec<&str> = b.activities.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Nieuwe functies (ontwikkeling)",
                "Coördinatie",
                "Gebruikersbijeenkomsten",
                "Infrastructuur en tools"
            ]
        );
        assert!(b.activities.iter().all(|a| a.cost.cents() == 0));
        assert_eq!(
            b.activities.iter().filter(|a| a.fixed).count(),
            1,
            "infrastructure is the fixed cost"
        );
        // It survives a round trip and the calculation runs: € 0 for everyone.
        let back = crate::parse::from_yaml(&crate::parse::to_yaml(&with)).unwrap();
        assert_eq!(back.budget, with.budget);
        let r = analyse(&with, today());
        let c = r.contributions.unwrap();
        assert_eq!(c.parties.len(), 3);
        assert!(c.parties.iter().all(|p| p.share == 0 && p.cash == 0));
        // Fixed costs of € 0 are not known yet: F003 still asks for them.
        assert!(
            r.findings
                .iter()
                .any(|f| f.code == Code::F003 && f.message(Lang::Nl).contains("vaste kosten")),
            "{:?}",
            r.findings
        );
        let without = propose(&choices(AmbitionLevel::Light, Arrangement::Coordinating));
        assert!(without.budget.is_none());
    }

    #[test]
    fn placeholder_proposals_are_complete_for_every_level_and_arrangement() {
        for level in AmbitionLevel::ALL {
            for arrangement in Arrangement::ALL {
                let doc = propose(&choices(level, arrangement));
                let report = analyse(&doc, today());
                let bad: Vec<_> = report
                    .findings
                    .iter()
                    .filter(|f| {
                        matches!(
                            f.code,
                            Code::D001 | Code::D002 | Code::C001 | Code::R001 | Code::R003
                        )
                    })
                    .map(|f| f.code)
                    .collect();
                assert!(bad.is_empty(), "{level} × {arrangement}: {bad:?}");
            }
        }
    }

    #[test]
    fn coordinating_gives_r_and_a_to_the_coordinators_contact() {
        let doc = real_proposal(AmbitionLevel::Light, Arrangement::Coordinating);
        assert_eq!(
            doc.collaboration.coordinator.as_ref().map(Id::as_str),
            Some("utrecht")
        );
        for t in starter_tasks(AmbitionLevel::Light, Arrangement::Coordinating, false) {
            let a = task(&doc, t);
            assert_eq!(ids(&a.responsible), ["marie"], "{t}");
            assert_eq!(ids(&a.accountable), ["marie"], "{t}");
        }
        // The backup of a critical task comes from another municipality.
        assert_eq!(ids(&task(&doc, TaskId::ContactPerson).backup), ["sam"]);
        assert!(task(&doc, TaskId::MeetingCoordination).backup.is_empty());
        assert!(doc.rotation.is_none());
        // The parties and people are kept as given.
        assert_eq!(doc.parties.len(), 4);
        assert_eq!(doc.people.len(), 4);
        assert_eq!(doc.collaboration.name.as_str(), "Proef");
    }

    #[test]
    fn rotating_passes_the_coordination_tasks_between_municipalities() {
        let doc = real_proposal(AmbitionLevel::Light, Arrangement::Rotating);
        let r = doc.rotation.as_ref().unwrap();
        assert_eq!(
            r.tasks,
            ["meeting-coordination", "collaboration-coordination"]
        );
        // Only municipalities take turns; the supplier does not.
        assert_eq!(ids(&r.order), ["utrecht", "zeist", "houten"]);
        assert_eq!(r.start, today());
        assert!(
            task(&doc, TaskId::MeetingCoordination)
                .responsible
                .is_empty()
        );
        assert_eq!(
            ids(&task(&doc, TaskId::ContactPerson).accountable),
            ["marie"]
        );
        let report = analyse(&doc, today());
        let rotating = report
            .tasks
            .iter()
            .find(|t| t.key == "collaboration-coordination")
            .unwrap();
        assert!(rotating.rotating && rotating.filled());
        assert!(!report.findings.iter().any(|f| f.code == Code::O008));
    }

    #[test]
    fn rotating_at_the_lowest_level_rotates_the_contact_person() {
        let doc = real_proposal(AmbitionLevel::Sharing, Arrangement::Rotating);
        assert_eq!(doc.rotation.unwrap().tasks, ["contact-person"]);
    }

    #[test]
    fn distributed_and_rotating_spread_tasks_and_keep_one_coordinator() {
        for arrangement in [Arrangement::Distributed, Arrangement::Rotating] {
            let doc = real_proposal(AmbitionLevel::Structured, arrangement);
            let holders: std::collections::BTreeSet<&str> = doc
                .assignments
                .iter()
                .flat_map(|a| a.responsible.iter().map(Id::as_str))
                .collect();
            // Houten has no people: the party itself holds its share.
            assert_eq!(
                holders.into_iter().collect::<Vec<_>>(),
                ["houten", "marie", "sam"],
                "{arrangement}"
            );
            let report = analyse(&doc, today());
            let codes = [Code::O007, Code::O008, Code::C001];
            assert!(!report.findings.iter().any(|f| codes.contains(&f.code)));
        }
        let doc = real_proposal(AmbitionLevel::Structured, Arrangement::Distributed);
        assert_eq!(
            ids(&task(&doc, TaskId::CollaborationCoordination).responsible),
            ["marie"]
        );
    }

    #[test]
    fn external_gives_the_work_to_the_external_party_and_the_answer_to_a_municipality() {
        let doc = real_proposal(AmbitionLevel::Full, Arrangement::External);
        for a in &doc.assignments {
            assert_eq!(ids(&a.responsible), ["eva"]);
            assert_eq!(ids(&a.accountable), ["marie"]);
        }
        // The backup of a critical task is from another party than the holder.
        assert_eq!(ids(&task(&doc, TaskId::RepositoryAdmin).backup), ["marie"]);
        assert!(doc.collaboration.coordinator.is_none());
    }

    #[test]
    fn the_contact_falls_back_to_the_first_person_of_the_party() {
        let parties = vec![
            party("a", PartyKind::Municipality, None),
            party("b", PartyKind::Municipality, Some("nobody")),
        ];
        let people = vec![person("p1", "a"), person("p2", "b")];
        let doc = propose_with(
            &choices(AmbitionLevel::Sharing, Arrangement::Coordinating),
            parties,
            people,
        );
        let contact = task(&doc, TaskId::ContactPerson);
        assert_eq!(ids(&contact.responsible), ["p1"]);
        assert_eq!(ids(&contact.backup), ["p2"]);
    }

    #[test]
    fn the_group_of_all_participants_gets_a_free_id() {
        let parties = vec![party("deelnemers", PartyKind::Municipality, None)];
        let doc = propose_with(
            &choices(AmbitionLevel::Sharing, Arrangement::Coordinating),
            parties,
            Vec::new(),
        );
        assert_eq!(doc.groups[0].id.as_str(), "deelnemers-2");
        let report = analyse(&doc, today());
        assert!(!report.findings.iter().any(|f| f.code == Code::D002));
        // Without people the party itself holds R and A.
        assert_eq!(
            ids(&task(&doc, TaskId::ContactPerson).accountable),
            ["deelnemers"]
        );
    }
}
