//! Any bytes: the parser answers with a document or an error, never a panic, and a
//! document it accepts survives writing back and reading again unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolwijzer_core::parse::{from_json, parse_document, to_json, to_yaml};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = parse_document(data) else {
        return;
    };
    let yaml = to_yaml(&doc);
    let again = parse_document(yaml.as_bytes()).expect("our own YAML parses");
    assert_eq!(doc, again, "YAML round trip changed the document");
    let json = to_json(&doc);
    let from = from_json(&json).expect("our own JSON parses");
    assert_eq!(doc, from, "JSON round trip changed the document");
});
