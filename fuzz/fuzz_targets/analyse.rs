//! Any document the parser accepts: analyse() never panics, is deterministic, and its
//! findings only name ids the document has.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolwijzer_core::parse::parse_document;
use rolwijzer_core::{Date, analyse};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = parse_document(data) else {
        return;
    };
    let today = Date::parse("2026-11-28").expect("a valid date");
    let a = analyse(&doc, today);
    let b = analyse(&doc, today);
    assert_eq!(a, b, "analyse is not deterministic");
    let ids: std::collections::BTreeSet<&str> = doc
        .parties
        .iter()
        .map(|p| p.id.as_str())
        .chain(doc.people.iter().map(|p| p.id.as_str()))
        .chain(doc.groups.iter().map(|g| g.id.as_str()))
        .collect();
    for f in &a.findings {
        for id in [&f.subject.party, &f.subject.person].into_iter().flatten() {
            assert!(ids.contains(id.as_str()), "finding {} names unknown {id}", f.code.as_str());
        }
    }
});
