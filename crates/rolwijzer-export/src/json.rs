//! The analysis as JSON: the shape of `rolwijzer check --format json`.
//!
//! That shape is a contract: scripts and tests outside this repository read it. The
//! command line and [`crate::Format::Json`] both build it here, so the two can never
//! drift apart.

use crate::ExportError;
use crate::model::Model;
use rolwijzer_core::analyse::ItemStatus;
use rolwijzer_core::i18n::texts;
use rolwijzer_core::parse::{SourceMap, to_yaml};
use rolwijzer_core::{Document, Finding, Lang, Report};
use serde_json::{Value, json};

/// The file name [`report`] gives the document: the name `rolwijzer init` and the web
/// app's download use for exactly the YAML that [`to_yaml`] writes, which is the text
/// the findings' line numbers point into.
pub const DOCUMENT_FILE_NAME: &str = "rolverdeling.yaml";

/// The report as JSON bytes (pretty-printed, ending in a newline, like `check`).
///
/// Line numbers point into the document as [`to_yaml`] writes it, because an export
/// has no file of its own: that is the `rolverdeling.yaml` the web app offers.
pub fn report(m: &Model) -> Result<Vec<u8>, ExportError> {
    let map = SourceMap::of_yaml(&to_yaml(m.doc));
    let value = report_value(m.doc, m.report, m.lang, Some(DOCUMENT_FILE_NAME), |f| {
        finding_line(&map, f)
    });
    let mut text =
        serde_json::to_string_pretty(&value).map_err(|e| ExportError::Serialise(e.to_string()))?;
    text.push('\n');
    Ok(text.into_bytes())
}

/// The analysis of one document as `check --format json` shows it.
///
/// `file` is how the user named the file (`null` when there is none); `line_of` gives
/// the line a finding points at in that file, usually [`finding_line`] over the
/// file's [`SourceMap`].
pub fn report_value(
    doc: &Document,
    report: &Report,
    lang: Lang,
    file: Option<&str>,
    line_of: impl Fn(&Finding) -> Option<u64>,
) -> Value {
    let checklist: Vec<Value> = report
        .checklist
        .iter()
        .map(|row| {
            json!({
                "item": row.item.id(),
                "group": row.group.id(),
                "label": texts().plain(lang, &format!("item-{}", row.item.id())),
                "task": row.task.id(),
                "required": row.required,
                "status": match row.status {
                    ItemStatus::Done => "done",
                    ItemStatus::Missing => "missing",
                    ItemStatus::NotNeeded => "not-needed",
                },
                "ticked": row.status == ItemStatus::Done,
                "own_assignment": row.own_assignment,
                "holders": row.holders,
            })
        })
        .collect();
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| finding_value(f, lang, line_of(f)))
        .collect();
    let mut value = json!({
        "file": file,
        "collaboration": doc.collaboration.name.as_str(),
        "today": report.today.to_string(),
        "lang": lang.code(),
        "findings": findings,
        "checklist": checklist,
        "summary": report.summary,
        "departure": report.departure,
        "departure_people": report.departure_people,
        "workload": report.workload,
        "rotation": report.rotation,
        "handover": report.handover,
        "reserve_months": report.reserve_months,
        "evaluation_due": report.evaluation_due.map(|d| d.to_string()),
        "contact": report.contact,
    });
    if let (Some(c), Some(map)) = (&report.contributions, value.as_object_mut()) {
        map.insert("contributions".to_owned(), contributions_value(c));
    }
    value
}

/// Cents as euro, the unit of every amount in the JSON.
fn euro(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// The `contributions` block: only when the document has a budget. Its names are a
/// contract, like the rest of this shape.
pub fn contributions_value(c: &rolwijzer_core::money::Contributions) -> Value {
    let parties: Vec<Value> = c
        .parties
        .iter()
        .map(|p| {
            json!({
                "party": p.party.as_str(),
                "share": euro(p.share),
                "in_kind": euro(p.in_kind),
                "cash": euro(p.cash),
            })
        })
        .collect();
    json!({
        "key": c.key.id(),
        "cost": euro(c.cost),
        "in_kind": euro(c.in_kind),
        "total": euro(c.total),
        "gap": euro(c.gap),
        "parties": parties,
    })
}

/// One finding with its texts in `lang` and the line it points at.
pub fn finding_value(f: &Finding, lang: Lang, line: Option<u64>) -> Value {
    json!({
        "code": f.code.as_str(),
        "severity": f.severity.id(),
        "task": f.subject.task,
        "party": f.subject.party,
        "person": f.subject.person,
        "message": f.message(lang),
        "fix": f.fix(lang),
        "title": f.code.title(lang),
        "chapter": f.chapter(lang),
        "line": line,
    })
}

/// The line a finding points at: its person, else its task, else its party, else the
/// `collaboration:` block — the most specific place a reader can change.
pub fn finding_line(map: &SourceMap, f: &Finding) -> Option<u64> {
    let s = &f.subject;
    s.person
        .as_deref()
        .and_then(|p| map.line_of(p))
        .or_else(|| s.task.as_deref().and_then(|t| map.line_of(t)))
        .or_else(|| s.party.as_deref().and_then(|p| map.line_of(p)))
        .or(map.collaboration)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;
    use rolwijzer_core::{Date, analyse, parse_document};

    fn example() -> Document {
        let text = include_str!("../../../examples/gestructureerd-twaalf-gemeenten.yaml");
        parse_document(text.as_bytes()).unwrap_or_else(|e| unreachable!("{e:?}"))
    }

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap_or_else(|e| unreachable!("{e:?}"))
    }

    #[test]
    fn the_export_is_the_check_shape_with_lines_in_the_serialised_document() {
        let doc = example();
        let report = analyse(&doc, today());
        let options = Options::new(today());
        let m = Model::new(&doc, &report, &options);
        let bytes = super::report(&m).unwrap_or_else(|e| unreachable!("{e}"));
        let v: Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(v["file"], DOCUMENT_FILE_NAME);
        assert_eq!(v["lang"], "nl");
        assert_eq!(v["today"], "2026-11-28");
        let findings = v["findings"].as_array().cloned().unwrap_or_default();
        assert_eq!(findings.len(), report.findings.len());
        // Every finding points somewhere: at least the collaboration block.
        let yaml = to_yaml(&doc);
        let lines = yaml.lines().count() as u64;
        for f in &findings {
            let line = f["line"].as_u64();
            assert!(
                line.is_some_and(|l| (1..=lines).contains(&l)),
                "{f} has no line within the document"
            );
        }
        // …and those about a task, person or party at that one, not at the top.
        let map = SourceMap::of_yaml(&yaml);
        assert!(
            findings
                .iter()
                .any(|f| f["line"].as_u64().is_some() && f["line"].as_u64() != map.collaboration),
            "no finding points at its own subject"
        );
        assert!(bytes.ends_with(b"}\n"));
    }

    #[test]
    fn a_finding_on_a_person_points_at_that_person_else_the_collaboration() {
        use rolwijzer_core::{Code, Subject};
        let yaml =
            "version: 1\ncollaboration:\n  name: X\npeople:\n  - id: marie\n    name: Marie\n";
        let map = SourceMap::of_yaml(yaml);
        let on = |person: &str| {
            Finding::new(
                Code::H001,
                Subject {
                    person: Some(person.to_owned()),
                    ..Subject::default()
                },
            )
        };
        assert_eq!(finding_line(&map, &on("marie")), Some(5));
        assert_eq!(finding_line(&map, &on("nobody")), Some(3));
    }

    #[test]
    fn contributions_appear_only_with_a_budget() {
        let doc = example();
        let report = analyse(&doc, today());
        assert!(
            report_value(&doc, &report, Lang::Nl, None, |_| None)
                .get("contributions")
                .is_none()
        );

        let text = include_str!("../../../examples/begroting-in-natura-twintig-gemeenten.yaml");
        let doc = parse_document(text.as_bytes()).unwrap_or_else(|e| unreachable!("{e:?}"));
        let report = analyse(&doc, today());
        let v = report_value(&doc, &report, Lang::Nl, None, |_| None);
        let c = &v["contributions"];
        assert_eq!(c["key"], "equal");
        assert_eq!(c["cost"], json!(85000.0));
        assert_eq!(c["in_kind"], json!(13800.0));
        assert_eq!(c["total"], json!(98800.0));
        assert_eq!(c["gap"], json!(0.0));
        let parties = c["parties"].as_array().cloned().unwrap_or_default();
        assert_eq!(parties.len(), 20);
        assert_eq!(
            parties[0],
            json!({"party": "zwolle", "share": 4940.0, "in_kind": 13800.0, "cash": -8860.0})
        );
        assert!(parties[1..].iter().all(|p| p["cash"] == json!(4940.0)));
    }

    #[test]
    fn no_file_is_null() {
        let doc = example();
        let report = analyse(&doc, today());
        let v = report_value(&doc, &report, Lang::En, None, |_| None);
        assert_eq!(v["file"], Value::Null);
        assert_eq!(v["lang"], "en");
    }
}
