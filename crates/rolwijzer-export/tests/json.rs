//! The `json` export: the shape of `check --format json`, with names carried through
//! intact by a JSON parser.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use rolwijzer_core::Lang;
use rolwijzer_export::{Format, Options};

#[test]
fn hostile_names_survive_the_json_export() {
    let doc = support::doc(support::HOSTILE);
    let mut options = Options::new(support::today());
    options.lang = Lang::En;
    let (export, report) = support::run(&doc, Format::Json, &options);
    let value: serde_json::Value = serde_json::from_slice(&export.bytes).unwrap();
    assert_eq!(
        value["collaboration"],
        doc.collaboration.name.as_str(),
        "the name comes back verbatim"
    );
    assert_eq!(value["lang"], "en");
    assert_eq!(
        value["findings"].as_array().unwrap().len(),
        report.findings.len()
    );
    let text = String::from_utf8(export.bytes).unwrap();
    // serde_json keeps `<` as is; that is harmless in application/json, but the
    // names must all be there, in their own string values.
    let workload = value["workload"]["people"].as_array().unwrap();
    for name in support::HOSTILE_NAMES.iter().take(2) {
        assert!(
            workload.iter().any(|p| p["name"] == *name),
            "{name} missing from {text}"
        );
    }
}
