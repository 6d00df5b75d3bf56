//! The parser: every way a file can be wrong gives a place and a kind a person can act
//! on; size limits hold; what we write reads back.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use rolwijzer_core::Lang;
use rolwijzer_core::parse::{
    MAX_DOCUMENT_BYTES, ParseErrorKind, ValueProblem, from_json, parse_document,
};

const MINIMAL: &str = "version: 1
collaboration:
  name: Open Formulieren
  ambition: sharing
  arrangement: coordinating
";

fn err(text: &str) -> rolwijzer_core::ParseError {
    parse_document(text.as_bytes()).expect_err("should not parse")
}

#[test]
fn minimal_document_parses() {
    let doc = parse_document(MINIMAL.as_bytes()).unwrap();
    assert_eq!(doc.collaboration.name.as_str(), "Open Formulieren");
}

#[test]
fn unknown_key_names_line_column_and_closest_key() {
    let e = err(&MINIMAL.replace("ambition:", "ambitoin:"));
    match e.kind.as_ref() {
        ParseErrorKind::UnknownKey {
            key,
            suggestion,
            expected,
        } => {
            assert_eq!(key, "ambitoin");
            assert_eq!(suggestion.as_deref(), Some("ambition"));
            assert!(expected.iter().any(|k| k == "arrangement"));
        }
        other => panic!("wrong kind {other:?}"),
    }
    assert_eq!(e.line, Some(4));
    assert_eq!(e.column, Some(3));
    let nl = e.render("rolverdeling.yaml", Lang::Nl);
    assert!(nl.contains("rolverdeling.yaml, regel 4, kolom 3"), "{nl}");
    assert!(nl.contains("Bedoel je `ambition`?"), "{nl}");
    assert!(
        nl.contains("ambitoin: sharing"),
        "the line itself is shown: {nl}"
    );
    let en = e.render("rolverdeling.yaml", Lang::En);
    assert!(en.contains("Did you mean `ambition`?"), "{en}");
}

#[test]
fn far_away_key_gets_no_suggestion() {
    let e = err(&format!("{MINIMAL}  zzzzzzzzzzzz: 1\n"));
    assert!(
        matches!(
            e.kind.as_ref(),
            ParseErrorKind::UnknownKey {
                suggestion: None,
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn unknown_level_suggests_the_closest() {
    let e = err(&MINIMAL.replace("ambition: sharing", "ambition: strucured"));
    match e.kind.as_ref() {
        ParseErrorKind::UnknownValue {
            value, suggestion, ..
        } => {
            assert_eq!(value, "strucured");
            assert_eq!(suggestion.as_deref(), Some("structured"));
        }
        other => panic!("wrong kind {other:?}"),
    }
    assert_eq!(e.line, Some(4));
}

#[test]
fn invalid_date_is_a_value_problem_at_its_line() {
    let e = err(&format!("{MINIMAL}  last_evaluation: 2026-13-01\n"));
    assert_eq!(
        *e.kind,
        ParseErrorKind::Value(ValueProblem::InvalidDate("2026-13-01".into()))
    );
    assert_eq!(e.line, Some(6));
    assert!(e.message(Lang::Nl).contains("jaar-maand-dag"));
}

#[test]
fn negative_hours_and_amounts_are_refused() {
    let e = err(&format!(
        "{MINIMAL}parties:\n  - {{ id: a, name: A }}\npeople:\n  - {{ id: p, name: P, party: a, hours_per_week: -2 }}\n"
    ));
    assert!(
        matches!(
            e.kind.as_ref(),
            ParseErrorKind::Value(ValueProblem::InvalidHours(_))
        ),
        "{e:?}"
    );
    let e = err(&format!("{MINIMAL}  reserve: -10\n"));
    assert!(
        matches!(
            e.kind.as_ref(),
            ParseErrorKind::Value(ValueProblem::InvalidAmount(_))
        ),
        "{e:?}"
    );
}

#[test]
fn duplicate_yaml_key_is_refused() {
    let e = err(&format!("{MINIMAL}  name: Nog een naam\n"));
    assert!(
        matches!(
            e.kind.as_ref(),
            ParseErrorKind::DuplicateKey { .. } | ParseErrorKind::Syntax { .. }
        ),
        "{e:?}"
    );
    assert!(e.line.is_some());
}

/// The parser's error kinds are classified by kind: a duplicate key names the key, a
/// list where text belongs is a wrong type; the words shown stay the same.
#[test]
fn duplicate_keys_and_wrong_types_are_told_by_the_parsers_error_kind() {
    let e = err(&format!("{MINIMAL}  name: Nog een naam\n"));
    assert_eq!(
        e.kind.as_ref(),
        &ParseErrorKind::DuplicateKey {
            key: Some("name".to_owned())
        }
    );
    let e = err(&MINIMAL.replace("name: Open Formulieren", "name: [een, lijst]"));
    assert!(
        matches!(e.kind.as_ref(), ParseErrorKind::WrongType { .. }),
        "{e:?}"
    );
}

#[test]
fn wrong_version_says_which_version_we_read() {
    let e = err(&MINIMAL.replace("version: 1", "version: 2"));
    assert_eq!(
        *e.kind,
        ParseErrorKind::Value(ValueProblem::UnsupportedVersion("2".into()))
    );
    assert!(e.message(Lang::Nl).contains("version: 1"));
}

#[test]
fn missing_key_is_named() {
    let e = err("version: 1\ncollaboration:\n  name: X\n  ambition: light\n");
    assert_eq!(
        *e.kind,
        ParseErrorKind::MissingKey {
            key: "arrangement".into()
        }
    );
}

#[test]
fn entry_level_mistakes_point_at_the_entry() {
    let text = format!(
        "{MINIMAL}assignments:\n  - task: contact-person\n    name: Eigen naam\n    responsible: [a]\n  - task: repository-admin\n"
    );
    let e = err(&text);
    assert_eq!(
        *e.kind,
        ParseErrorKind::Value(ValueProblem::CustomFieldsOnCatalogueTask)
    );
    assert_eq!(e.line, Some(7), "points at `- task: contact-person`: {e:?}");
}

#[test]
fn empty_comment_only_binary_and_huge_files_are_refused_before_parsing() {
    assert_eq!(*err("").kind, ParseErrorKind::Empty);
    assert_eq!(*err("# alleen commentaar\n\n").kind, ParseErrorKind::Empty);
    assert_eq!(
        *parse_document(&[0x89, b'P', b'N', b'G', 0, 0, 0xff])
            .unwrap_err()
            .kind,
        ParseErrorKind::NotText
    );
    assert_eq!(*err("version: 1\0").kind, ParseErrorKind::NotText);
    let big = format!("{MINIMAL}#{}\n", "x".repeat(MAX_DOCUMENT_BYTES));
    assert!(matches!(
        err(&big).kind.as_ref(),
        ParseErrorKind::TooLarge { .. }
    ));
}

#[test]
fn alias_bombs_and_deep_nesting_are_refused_as_too_complex() {
    let mut bomb = String::from("anchors:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        bomb.push_str(&format!(
            "  - &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    // Refused at the first key it does not know, before anything is expanded.
    assert!(matches!(
        err(&bomb).kind.as_ref(),
        ParseErrorKind::UnknownKey { .. }
    ));
    // Where aliases are allowed, their number is limited.
    let many = format!(
        "{MINIMAL}parties:\n  - {{ id: &p a, name: A }}\ngroups:\n  - id: g\n    name: G\n    members: [{}]\n",
        vec!["*p"; 5000].join(", ")
    );
    assert_eq!(*err(&many).kind, ParseErrorKind::TooComplex);
    // Very deep nesting is refused without overflowing the stack.
    let deep = format!(
        "{MINIMAL}  description: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(parse_document(deep.as_bytes()).is_err());
    let deep = format!(
        "{{\"version\": 1, \"x\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(parse_document(deep.as_bytes()).is_err());
}

#[test]
fn odd_indentation_and_tabs_point_at_the_line_itself() {
    let e = err(
        "version: 1\ncollaboration:\n  name: Proef\n ambition: sharing\n  arrangement: coordinating\n",
    );
    assert_eq!(*e.kind, ParseErrorKind::Indentation { spaces: 1 });
    assert_eq!(e.line, Some(4));
    let e = err("version: 1\ncollaboration:\n\tname: Proef\n");
    assert!(
        matches!(
            e.kind.as_ref(),
            ParseErrorKind::Indentation { .. } | ParseErrorKind::Syntax { .. }
        ),
        "{e:?}"
    );
    assert_eq!(e.line, Some(3));
    // Block scalars, quoted strings and flow collections may wrap freely.
    let ok = format!(
        "{MINIMAL}  description: |\n   Een regel met drie spaties\n     en vijf.\n  how_to_join: \"Lange tekst\n   over meer regels\"\nparties:\n  - {{ id: a, name: A,\n     website: x }}\n"
    );
    parse_document(ok.as_bytes()).unwrap();
}

#[test]
fn json_errors_have_places_and_suggestions_too() {
    let e = from_json(r#"{"version": 1, "collaboration": {"name": "X", "ambitoin": "light", "arrangement": "rotating"}}"#)
        .unwrap_err();
    match e.kind.as_ref() {
        ParseErrorKind::UnknownKey { suggestion, .. } => {
            assert_eq!(suggestion.as_deref(), Some("ambition"))
        }
        other => panic!("wrong kind {other:?}"),
    }
    assert_eq!(e.line, Some(1));
    let e = from_json("{\"version\": 1,").unwrap_err();
    assert!(matches!(e.kind.as_ref(), ParseErrorKind::Syntax { .. }));
}

#[test]
fn json_and_yaml_give_the_same_document() {
    let doc = parse_document(MINIMAL.as_bytes()).unwrap();
    let json = rolwijzer_core::parse::to_json(&doc);
    assert_eq!(parse_document(json.as_bytes()).unwrap(), doc);
}

#[test]
fn written_yaml_keeps_the_contract_key_order() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/gestructureerd-twaalf-gemeenten.yaml"
    ))
    .unwrap();
    let doc = parse_document(text.as_bytes()).unwrap();
    let yaml = rolwijzer_core::parse::to_yaml(&doc);
    let top: Vec<&str> = yaml
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('-') && l.contains(':'))
        .collect();
    assert_eq!(
        top,
        [
            "version: 1",
            "collaboration:",
            "parties:",
            "people:",
            "groups:",
            "assignments:"
        ]
    );
    assert_eq!(parse_document(yaml.as_bytes()).unwrap(), doc);
}

#[test]
fn source_map_finds_ids_in_block_and_flow_style() {
    let text = "version: 1
collaboration:
  name: X
  ambition: sharing
  arrangement: coordinating
parties:
  - { id: utrecht, name: Gemeente Utrecht }
  - id: \"zeist\"
    name: Zeist
people:
  - { id: marie, name: Marie, party: utrecht }
assignments:
  - task: technical-maintenance
    responsible: [marie]
  - task: custom
    name: Security officer
    id: security-officer
  - item: release-management
";
    let map = rolwijzer_core::parse::SourceMap::of_yaml(text);
    assert_eq!(map.collaboration, Some(3));
    assert_eq!(map.line_of("utrecht"), Some(7));
    assert_eq!(map.line_of("zeist"), Some(8));
    assert_eq!(map.line_of("marie"), Some(11));
    assert_eq!(map.line_of("technical-maintenance"), Some(13));
    assert_eq!(
        map.line_of("security-officer"),
        Some(15),
        "a custom task points at its entry"
    );
    assert_eq!(map.line_of("release-management"), Some(18));
    assert_eq!(map.line_of("custom"), None);
}

#[test]
fn the_example_in_the_format_documentation_parses_without_errors() {
    let doc = include_str!("../../../docs/FORMAT.md");
    // The whole example is the block that starts with the version; other blocks show
    // one part of the format (such as the budget).
    let yaml: String = doc
        .split("```yaml\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .find(|block| block.starts_with("version:"))
        .expect("a whole example in docs/FORMAT.md")
        .to_owned();
    let parsed = parse_document(yaml.as_bytes()).unwrap();
    let report =
        rolwijzer_core::analyse(&parsed, rolwijzer_core::Date::parse("2026-11-28").unwrap());
    assert_eq!(report.summary.errors, 0, "{:?}", report.findings);
}

#[test]
fn evaluation_status_and_coverage_come_from_analyse() {
    use rolwijzer_core::analyse::EvaluationStatus;
    let text = include_str!("../../../examples/gestructureerd-twaalf-gemeenten.yaml");
    let doc = parse_document(text.as_bytes()).unwrap();
    let due = rolwijzer_core::analyse(&doc, rolwijzer_core::Date::parse("2026-11-28").unwrap())
        .evaluation_due
        .unwrap();
    let on = |d: rolwijzer_core::Date| rolwijzer_core::analyse(&doc, d);
    assert_eq!(
        on(due.add_months(1)).evaluation_status,
        EvaluationStatus::Overdue
    );
    assert_eq!(
        on(due).evaluation_status,
        EvaluationStatus::Soon,
        "due today is not yet overdue"
    );
    let four_months_before = rolwijzer_core::Date::from_naive(due.naive() - chrono::Months::new(4));
    assert_eq!(
        on(four_months_before).evaluation_status,
        EvaluationStatus::Fine
    );
    let mut never = doc.clone();
    never.collaboration.last_evaluation = None;
    assert_eq!(
        rolwijzer_core::analyse(&never, due).evaluation_status,
        EvaluationStatus::Never
    );
    let r = on(due);
    assert_eq!((r.coverage.filled, r.coverage.required), (15, 15));
    let mut fewer = doc.clone();
    fewer
        .assignments
        .retain(|a| a.target.key() != "architecture");
    let r = rolwijzer_core::analyse(&fewer, due);
    assert_eq!((r.coverage.filled, r.coverage.required), (14, 15));
}

/// A document with more parties than the limits allow is refused at the door, with
/// the list, the count and the limit in words and the line of the list.
#[test]
fn lists_longer_than_the_limits_are_refused_with_their_place() {
    use rolwijzer_core::parse::{Limits, parse_document_within};
    let mut yaml = String::from(
        "version: 1\ncollaboration:\n  name: Groot\n  ambition: light\n  arrangement: distributed\nparties:\n",
    );
    for n in 0..12 {
        yaml.push_str(&format!("  - {{ id: gemeente-{n}, name: Gemeente {n} }}\n"));
    }
    let limits = Limits {
        parties: 10,
        ..Limits::default()
    };
    let e = parse_document_within(yaml.as_bytes(), &limits).unwrap_err();
    assert_eq!(
        e.kind.as_ref(),
        &rolwijzer_core::ParseErrorKind::TooManyEntries {
            list: "parties",
            count: 12,
            max: 10
        }
    );
    assert_eq!(e.line, Some(6));
    let nl = e.render("groot.yaml", rolwijzer_core::Lang::Nl);
    assert!(
        nl.contains("12 partijen") && nl.contains("hoogstens 10"),
        "{nl}"
    );
    let en = e.message(rolwijzer_core::Lang::En);
    assert!(
        en.contains("12 parties") && en.contains("at most 10"),
        "{en}"
    );
    // Within the limits, and with the defaults, the same document is fine.
    assert!(
        parse_document_within(
            yaml.as_bytes(),
            &Limits {
                parties: 12,
                ..limits
            }
        )
        .is_ok()
    );
    assert!(rolwijzer_core::parse_document(yaml.as_bytes()).is_ok());
    // The defaults hold a national collaboration of all 342 municipalities.
    assert!(Limits::default().parties >= 342 && Limits::default().people >= 342 * 5);
}
