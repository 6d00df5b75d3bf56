//! Property tests: for any generated document, `analyse` does not panic, is
//! deterministic and names only ids that exist; writing and reading back gives the
//! same document; the parser never panics on arbitrary text.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use proptest::prelude::*;
use rolwijzer_core::document::{
    Assignment, Collaboration, CustomTask, Document, FormatVersion, Group, Informed, Party,
    PartyKind, Person, Rotation, Target, TargetKey,
};
use rolwijzer_core::parse::{from_json, from_yaml, parse_document, to_json, to_yaml};
use rolwijzer_core::values::{Months, Text};
use rolwijzer_core::{
    AmbitionLevel, Arrangement, Date, Euro, Hours, Id, ItemId, Lang, TaskId, analyse,
};

fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

fn text(s: &str) -> Text {
    Text::new(s).unwrap()
}

/// Ids drawn from a small pool so that references sometimes hit and sometimes miss,
/// and duplicates happen.
fn pool_id() -> impl Strategy<Value = Id> {
    prop::sample::select(vec![
        "p0", "p1", "p2", "p3", "m0", "m1", "m2", "g0", "g1", "x9", "c0",
    ])
    .prop_map(id)
}

fn ids(max: usize) -> impl Strategy<Value = Vec<Id>> {
    prop::collection::vec(pool_id(), 0..=max)
}

fn opt_text() -> impl Strategy<Value = Option<Text>> {
    prop::option::of(
        "[A-Za-zÀ-ÿ0-9 &<>'\"]{1,20}".prop_filter_map("non-empty", |s| Text::new(&s).ok()),
    )
}

fn level() -> impl Strategy<Value = AmbitionLevel> {
    prop::sample::select(AmbitionLevel::ALL.to_vec())
}

fn arrangement() -> impl Strategy<Value = Arrangement> {
    prop::sample::select(Arrangement::ALL.to_vec())
}

fn date() -> impl Strategy<Value = Date> {
    (2020i32..2030, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| Date::parse(&format!("{y:04}-{m:02}-{d:02}")).unwrap())
}

fn hours() -> impl Strategy<Value = Option<Hours>> {
    prop::option::of((0u32..=80).prop_map(|h| Hours::new(f64::from(h) / 2.0).unwrap()))
}

fn euro() -> impl Strategy<Value = Option<Euro>> {
    prop::option::of((0u64..5_000_000).prop_map(|c| Euro::from_euro(c as f64 / 100.0).unwrap()))
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        6 => prop::sample::select(TaskId::ALL.to_vec()).prop_map(Target::Task),
        1 => prop::sample::select(ItemId::ALL.to_vec()).prop_map(Target::Item),
        1 => (pool_id(), any::<bool>()).prop_map(|(i, critical)| Target::Custom(CustomTask {
            id: Id::parse(&format!("t-{i}")).unwrap(),
            name: text("Eigen taak"),
            critical,
        })),
        1 => "[a-z]{3,8}".prop_map(|s| Target::Unknown { key: TargetKey::Task, id: format!("zz-{s}") }),
    ]
}

fn assignment() -> impl Strategy<Value = Assignment> {
    (
        target(),
        prop::option::of(arrangement()),
        ids(3),
        ids(2),
        ids(2),
        prop::collection::vec((pool_id(), opt_text()), 0..3),
        ids(2),
        hours(),
        opt_text(),
    )
        .prop_map(
            |(target, arrangement, r, a, c, i, b, h, process)| Assignment {
                target,
                description: None,
                arrangement,
                responsible: r,
                accountable: a,
                consulted: c,
                informed: i
                    .into_iter()
                    .map(|(who, via)| Informed { who, via })
                    .collect(),
                backup: b,
                hours_per_week: h,
                process,
                notes: None,
            },
        )
}

fn document() -> impl Strategy<Value = Document> {
    let parties = prop::collection::vec(
        (
            pool_id(),
            prop::sample::select(vec![
                PartyKind::Municipality,
                PartyKind::Supplier,
                PartyKind::Organisation,
            ]),
            prop::option::of(pool_id()),
            any::<bool>(),
        ),
        0..5,
    );
    let people = prop::collection::vec((pool_id(), pool_id(), hours(), any::<bool>()), 0..7);
    let groups = prop::collection::vec((pool_id(), ids(3), any::<bool>()), 0..3);
    let collab = (
        level(),
        arrangement(),
        prop::option::of(pool_id()),
        prop::option::of(any::<bool>()),
        any::<bool>(),
        prop::option::of(any::<bool>()),
        euro(),
        euro(),
        prop::option::of(date()),
        prop::option::of(1u32..=24),
    );
    let rotation = prop::option::of((
        prop::collection::vec(
            prop::sample::select(vec![
                "meeting-coordination",
                "contact-person",
                "t-p0",
                "nonsense",
            ]),
            0..3,
        ),
        ids(4),
        1u32..=24,
        date(),
    ));
    (
        collab,
        parties,
        people,
        groups,
        prop::collection::vec(assignment(), 0..12),
        rotation,
    )
        .prop_map(
            |(
                (ambition, arr, coord, comp, contribution, sep, fixed, reserve, last, interval),
                parties,
                people,
                groups,
                assignments,
                rotation,
            )| Document {
                version: FormatVersion,
                collaboration: Collaboration {
                    name: text("Samenwerking <b>&</b> \"test\""),
                    description: None,
                    website: None,
                    how_to_join: None,
                    ambition,
                    arrangement: arr,
                    coordinator: coord,
                    coordinator_compensated: comp,
                    contribution,
                    separate_administration: sep,
                    fixed_costs_per_month: fixed,
                    reserve,
                    last_evaluation: last,
                    evaluation_interval_months: interval.map(|m| Months::new(m).unwrap()),
                },
                parties: parties
                    .into_iter()
                    .map(|(i, kind, contact, dev)| Party {
                        name: text(&format!("Partij {i}")),
                        id: i,
                        kind,
                        contact,
                        develops_product: dev,
                        website: None,
                        contract_until: None,
                        inhabitants: None,
                        contributes: None,
                    })
                    .collect(),
                people: people
                    .into_iter()
                    .map(|(i, party, h, admin)| Person {
                        name: text(&format!("Persoon {i}")),
                        id: i,
                        party,
                        title: None,
                        email: None,
                        phone: None,
                        hours_per_week: h,
                        repository_admin: admin,
                        forge_username: None,
                    })
                    .collect(),
                groups: groups
                    .into_iter()
                    .map(|(i, members, all)| Group {
                        name: text(&format!("Groep {i}")),
                        id: i,
                        description: None,
                        members,
                        all_parties: all,
                    })
                    .collect(),
                assignments,
                rotation: rotation.map(|(tasks, order, period, start)| Rotation {
                    tasks: tasks.into_iter().map(str::to_owned).collect(),
                    order,
                    period_months: Months::new(period).unwrap(),
                    start,
                    handovers: Vec::new(),
                }),
                budget: None,
                evaluations: Vec::new(),
            },
        )
}

/// Every id a finding may name: the document's own ids, task keys as written, and the
/// catalogue's task and item ids.
fn known_ids(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = doc
        .parties
        .iter()
        .map(|p| p.id.to_string())
        .chain(doc.people.iter().map(|p| p.id.to_string()))
        .chain(doc.groups.iter().map(|g| g.id.to_string()))
        .chain(doc.assignments.iter().map(|a| a.target.key().to_owned()))
        .chain(TaskId::ALL.iter().map(|t| t.id().to_owned()))
        .chain(ItemId::ALL.iter().map(|t| t.id().to_owned()))
        .collect();
    if let Some(r) = &doc.rotation {
        v.extend(r.tasks.iter().cloned());
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn analyse_is_total_deterministic_and_names_only_existing_ids(doc in document(), today in date()) {
        let a = analyse(&doc, today);
        let b = analyse(&doc, today);
        prop_assert_eq!(&a, &b);
        let known = known_ids(&doc);
        for f in &a.findings {
            for id in [&f.subject.task, &f.subject.party, &f.subject.person].into_iter().flatten() {
                prop_assert!(known.contains(id), "{} names unknown id {}", f.code, id);
            }
            for lang in Lang::ALL {
                prop_assert!(!f.message(lang).is_empty());
                prop_assert!(!f.fix(lang).is_empty());
            }
        }
        let s = a.summary;
        prop_assert_eq!(s.errors + s.warnings + s.advice, a.findings.len());
    }

    #[test]
    fn yaml_and_json_round_trip(doc in document()) {
        let yaml = to_yaml(&doc);
        let back = from_yaml(&yaml).map_err(|e| TestCaseError::fail(format!("{e:?}\n{yaml}")))?;
        prop_assert_eq!(&back, &doc);
        let json = to_json(&doc);
        let back = from_json(&json).map_err(|e| TestCaseError::fail(format!("{e:?}\n{json}")))?;
        prop_assert_eq!(&back, &doc);
        // Writing is stable: the same document always gives the same bytes.
        prop_assert_eq!(to_yaml(&back), yaml);
    }

    #[test]
    fn parser_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_document(&bytes);
    }

    #[test]
    fn parser_never_panics_on_mangled_documents(doc in document(), cut in 0usize..2000, junk in "[ :\\-\\[\\]{}#&*!|>'\"a-z\n]{0,12}") {
        let yaml = to_yaml(&doc);
        let cut = cut.min(yaml.len());
        let cut = (0..=cut).rev().find(|i| yaml.is_char_boundary(*i)).unwrap_or(0);
        let mangled = format!("{}{}{}", &yaml[..cut], junk, &yaml[cut..]);
        if let Err(e) = parse_document(mangled.as_bytes()) {
            // Every error can be rendered for a person in both languages.
            prop_assert!(!e.render("f.yaml", Lang::Nl).is_empty());
            prop_assert!(!e.render("f.yaml", Lang::En).is_empty());
        }
    }
}
