#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The calendar export: RFC 5545 structure checked in Rust, and the events read back
//! with Python's icalendar library.

mod support;

use rolwijzer_core::{Date, Document, Lang};
use rolwijzer_export::{Format, Options};
use serde_json::Value;
use support::{HOSTILE, HOSTILE_NAMES, doc, example, python, read_back, run, to_file};

/// A supplier name with every character TEXT must escape, and one so long (with
/// multi-byte characters throughout) that every line carrying it must be folded.
fn awkward_supplier() -> String {
    format!(
        "Back\\slash; semi, comma \"quoted\"\nnext line {}",
        "Zoë 😀 Ørsted-Ångström ".repeat(12)
    )
    // Names are trimmed when the document is read.
    .trim_end()
    .to_owned()
}

fn awkward_doc() -> Document {
    let name = awkward_supplier()
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    doc(&format!(
        r#"version: 1
collaboration:
  name: "Samen; sterk, \\ beter"
  ambition: sharing
  arrangement: coordinating
  coordinator: gemeente
  coordinator_compensated: true
parties:
  - {{ id: gemeente, name: Gemeente Ede, contact: a }}
  - {{ id: lev, name: "{name}", kind: supplier, contract_until: 2027-03-31 }}
people:
  - {{ id: a, name: Anna, party: gemeente }}
assignments:
  - task: contact-person
    responsible: [a]
    accountable: a
"#
    ))
}

fn options_on(lang: Lang, day: &str) -> Options {
    let mut o = Options::new(Date::parse(day).unwrap());
    o.lang = lang;
    o
}

fn ics(d: &Document, o: &Options) -> Vec<u8> {
    run(d, Format::Ics, o).0.bytes
}

/// The properties of one kind in an ICS text, unfolded (`UID`, `SUMMARY`, …).
fn values(bytes: &[u8], name: &str) -> Vec<String> {
    let text = String::from_utf8(bytes.to_vec())
        .unwrap()
        .replace("\r\n ", "");
    text.split("\r\n")
        .filter_map(|l| {
            l.strip_prefix(name)
                .and_then(|rest| rest.strip_prefix([':', ';']))
                .map(str::to_owned)
        })
        .collect()
}

/// Without Python: CRLF line ends, no line over 75 octets, folds between characters.
#[test]
fn lines_are_crlf_folded_and_whole_characters() {
    for d in [
        doc(HOSTILE),
        awkward_doc(),
        example("roulerend-licht-vier-gemeenten.yaml"),
    ] {
        let bytes = ics(&d, &options_on(Lang::Nl, "2026-11-28"));
        assert!(bytes.starts_with(b"BEGIN:VCALENDAR\r\n"));
        assert!(bytes.ends_with(b"END:VCALENDAR\r\n"));
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\n' {
                assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at octet {i}");
            }
            if *b == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at octet {i}");
            }
        }
        let body = &bytes[..bytes.len() - 2];
        for line in body.split(|b| *b == b'\n') {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            assert!(
                line.len() <= 75,
                "{} octets: {:?}",
                line.len(),
                String::from_utf8_lossy(line)
            );
            // Each physical line decodes alone: no character was cut in two.
            std::str::from_utf8(line).expect("a fold split a character");
        }
    }
    let mut never = example("delen-twee-gemeenten.yaml");
    never.collaboration.last_evaluation = None;
    for d in [
        example("roulerend-licht-vier-gemeenten.yaml"),
        example("delen-twee-gemeenten.yaml"),
        never,
    ] {
        for lang in Lang::ALL {
            for day in ["2026-11-28", "2028-01-01"] {
                let text = String::from_utf8(ics(&d, &options_on(lang, day)))
                    .unwrap()
                    .replace("\r\n ", "");
                assert!(!text.contains("ics-"), "a message id leaked: {text}");
            }
        }
    }
    let long = ics(&awkward_doc(), &options_on(Lang::Nl, "2026-11-28"));
    let folded = long.windows(3).filter(|w| w == b"\r\n ").count();
    assert!(
        folded >= 5,
        "the long supplier name is folded ({folded} folds)"
    );
}

#[test]
fn calendar_has_the_required_properties() {
    let bytes = ics(
        &example("gestructureerd-twaalf-gemeenten.yaml"),
        &options_on(Lang::Nl, "2026-11-28"),
    );
    let text = String::from_utf8(bytes.clone()).unwrap();
    for p in [
        "VERSION:2.0\r\n",
        "CALSCALE:GREGORIAN\r\n",
        "PRODID:-//rolwijzer//",
    ] {
        assert!(text.contains(p), "{p}");
    }
    assert_eq!(
        values(&bytes, "X-WR-CALNAME"),
        ["Open Inkomensloket: rolverdeling"]
    );
    let begins = text.matches("BEGIN:VEVENT").count();
    assert_eq!(begins, text.matches("END:VEVENT").count());
    assert_eq!(values(&bytes, "UID").len(), begins);
    assert_eq!(values(&bytes, "DTSTAMP"), vec!["20261128T000000Z"; begins]);
    // Evaluation on 16 March 2027, contract end on 31 December 2027.
    let starts = values(&bytes, "DTSTART");
    assert!(
        starts.contains(&"VALUE=DATE:20270316".to_owned()),
        "{starts:?}"
    );
    assert!(
        starts.contains(&"VALUE=DATE:20271231".to_owned()),
        "{starts:?}"
    );
    assert!(values(&bytes, "DTEND").contains(&"VALUE=DATE:20280101".to_owned()));
}

#[test]
fn text_is_escaped_in_the_file() {
    let bytes = ics(&awkward_doc(), &options_on(Lang::Nl, "2026-11-28"));
    let summaries = values(&bytes, "SUMMARY");
    let contract = summaries
        .iter()
        .find(|s| s.contains("contract"))
        .expect("a contract event");
    assert!(contract.starts_with("Samen\\; sterk\\, \\\\ beter: contract met Back\\\\slash\\; semi\\, comma \"quoted\"\\nnext line"));
    assert!(!contract.contains('\n'));
}

#[test]
fn uids_stay_the_same_across_exports() {
    let d = example("roulerend-licht-vier-gemeenten.yaml");
    let a = values(&ics(&d, &options_on(Lang::Nl, "2026-11-28")), "UID");
    let b = values(&ics(&d, &options_on(Lang::En, "2026-12-05")), "UID");
    assert_eq!(a, b, "same events, same UIDs, whatever the day or language");
    let mut unique = a.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), a.len(), "UIDs are distinct: {a:?}");
    assert!(a.iter().all(|u| u.ends_with("@rolwijzer")));
    // Another collaboration's events never share a UID.
    let other = values(
        &ics(
            &example("delen-twee-gemeenten.yaml"),
            &options_on(Lang::Nl, "2026-11-28"),
        ),
        "UID",
    );
    assert!(other.iter().all(|u| !a.contains(u)));
}

// --- read back with the icalendar library -----------------------------------------

fn dump(d: &Document, o: &Options) -> Option<Value> {
    let py = python()?;
    let bytes = ics(d, o);
    let dir = tempfile::tempdir().unwrap();
    let file = to_file(dir.path(), Format::Ics, &bytes);
    let out = read_back(&py, "ics_dump.py", &file, &[]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["errors"].as_array().unwrap().len(),
        0,
        "parse errors: {v}"
    );
    Some(v)
}

fn events(v: &Value) -> &Vec<Value> {
    v["events"].as_array().unwrap()
}

fn on<'a>(v: &'a Value, date: &str) -> Vec<&'a Value> {
    events(v).iter().filter(|e| e["dtstart"] == date).collect()
}

#[test]
fn rotation_hand_overs_read_back() {
    let d = example("roulerend-licht-vier-gemeenten.yaml");
    let Some(v) = dump(&d, &options_on(Lang::Nl, "2026-11-28")) else {
        return;
    };
    assert_eq!(v["version"], "2.0");
    assert_eq!(v["calscale"], "GREGORIAN");
    assert!(v["prodid"].as_str().unwrap().contains("rolwijzer"));
    assert_eq!(
        v["calname"],
        "Woo-publicatieplatform Zuidoost-Fryslân: rolverdeling"
    );
    for e in events(&v) {
        assert_eq!(e["dtstart_is_date"], true, "all-day: {e}");
        assert_eq!(e["transp"], "TRANSPARENT");
        assert!(e["dtstamp"].as_str().unwrap().starts_with("2026-11-28"));
    }
    // Smallingerland's year ends on 1 January 2027; Opsterland takes over.
    let handover = on(&v, "2027-01-01");
    assert_eq!(handover.len(), 1, "{v}");
    let h = handover[0];
    assert_eq!(h["dtend"], "2027-01-02");
    assert_eq!(
        h["summary"],
        "Woo-publicatieplatform Zuidoost-Fryslân: Gemeente Opsterland (Anouk Postma) neemt de roulerende taken over"
    );
    let desc = h["description"].as_str().unwrap();
    assert!(desc.starts_with(
        "Gemeente Smallingerland (Pieter Hoekstra) geeft de roulerende taken door aan Gemeente Opsterland (Anouk Postma).\n"
    ), "{desc}");
    assert!(
        desc.contains("Coördinatie overleggen en Coördinatie samenwerking"),
        "{desc}"
    );
    // A full round ahead, and the previous hand-over.
    for date in ["2026-01-01", "2028-01-01", "2029-01-01", "2030-01-01"] {
        assert_eq!(on(&v, date).len(), 1, "hand-over on {date}");
    }
    // The evaluation a year after 20 January 2026.
    let eval = on(&v, "2027-01-20");
    assert_eq!(eval.len(), 1);
    assert!(
        eval[0]["summary"]
            .as_str()
            .unwrap()
            .ends_with("evaluatie van de rolverdeling")
    );
    assert!(
        eval[0]["description"]
            .as_str()
            .unwrap()
            .contains("20 januari 2026")
    );
}

#[test]
fn hostile_names_survive_escaping_and_folding() {
    let d = doc(HOSTILE);
    let Some(v) = dump(&d, &options_on(Lang::Nl, "2026-11-28")) else {
        return;
    };
    let collab = "Samen & \"Beter\" <script>alert('x')</script> — Zoë's 🚀";
    assert_eq!(v["calname"], format!("{collab}: rolverdeling"));
    let contract = on(&v, "2027-06-30");
    assert_eq!(contract.len(), 1, "{v}");
    assert_eq!(
        contract[0]["summary"],
        format!(
            "{collab}: contract met Leverancier \"Code\" <img src=x onerror=alert(1)> BV loopt af"
        )
    );
    assert!(
        events(&v)
            .iter()
            .all(|e| e["summary"].as_str().unwrap().starts_with(collab))
    );
    let eval = on(&v, "2027-01-15");
    assert_eq!(eval.len(), 1, "evaluation a year after 15 January 2026");
}

/// The hostile names as parties and contacts in a rotation, so they appear in the
/// hand-over events.
fn hostile_rotation_doc() -> Document {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    doc(&format!(
        r#"version: 1
collaboration:
  name: {collab}
  ambition: light
  arrangement: rotating
  last_evaluation: 2026-06-01
parties:
  - {{ id: p1, name: {p1}, contact: jose }}
  - {{ id: p2, name: "Gemeente Twee", contact: ines }}
people:
  - {{ id: jose, name: {jose}, party: p1 }}
  - {{ id: ines, name: {ines}, party: p2 }}
rotation:
  tasks: [meeting-coordination, collaboration-coordination]
  order: [p1, p2]
  period_months: 6
  start: 2026-01-01
"#,
        collab = q("Samen & \"Beter\" <script>alert('x')</script> — Zoë's 🚀"),
        p1 = q(HOSTILE_NAMES[2]),
        jose = q(HOSTILE_NAMES[0]),
        ines = q(HOSTILE_NAMES[1]),
    ))
}

#[test]
fn hostile_names_survive_in_hand_overs() {
    let Some(v) = dump(&hostile_rotation_doc(), &options_on(Lang::Nl, "2026-11-28")) else {
        return;
    };
    // p2's turn ends on 1 January 2027: Ines hands over to José.
    let h = on(&v, "2027-01-01");
    assert_eq!(h.len(), 1, "{v}");
    let summary = h[0]["summary"].as_str().unwrap();
    let desc = h[0]["description"].as_str().unwrap();
    let jose = format!("{} ({})", HOSTILE_NAMES[2], HOSTILE_NAMES[0]);
    assert!(summary.contains(&jose), "{summary}");
    assert!(
        desc.starts_with(&format!("Gemeente Twee ({}) geeft", HOSTILE_NAMES[1])),
        "{desc}"
    );
    assert!(desc.contains(&jose), "{desc}");
}

#[test]
fn awkward_text_comes_back_verbatim() {
    let Some(v) = dump(&awkward_doc(), &options_on(Lang::En, "2026-11-28")) else {
        return;
    };
    let contract = on(&v, "2027-03-31");
    assert_eq!(contract.len(), 1);
    assert_eq!(
        contract[0]["summary"],
        format!(
            "Samen; sterk, \\ beter: contract with {} ends",
            awkward_supplier()
        )
    );
    assert!(
        contract[0]["description"]
            .as_str()
            .unwrap()
            .contains(&awkward_supplier())
    );
}

#[test]
fn evaluation_never_held_or_overdue_is_today() {
    // The sharing example is evaluated on 14 April 2026; a year later it is overdue.
    let d = example("delen-twee-gemeenten.yaml");
    let Some(v) = dump(&d, &options_on(Lang::Nl, "2027-06-01")) else {
        return;
    };
    let today = on(&v, "2027-06-01");
    assert_eq!(today.len(), 1, "{v}");
    assert_eq!(
        today[0]["summary"],
        "Afvalwijzer: evaluatie van de rolverdeling is te laat"
    );
    assert!(
        today[0]["description"]
            .as_str()
            .unwrap()
            .contains("14 april 2027")
    );

    let mut never = example("delen-twee-gemeenten.yaml");
    never.collaboration.last_evaluation = None;
    let Some(v) = dump(&never, &options_on(Lang::En, "2026-11-28")) else {
        return;
    };
    let today = on(&v, "2026-11-28");
    assert_eq!(today.len(), 1, "{v}");
    assert_eq!(
        today[0]["summary"],
        "Afvalwijzer: plan a first evaluation of the role division"
    );
}

#[test]
fn overdue_evaluation_keeps_the_uid_of_its_due_date() {
    let d = example("delen-twee-gemeenten.yaml");
    let before = values(&ics(&d, &options_on(Lang::Nl, "2027-04-01")), "UID");
    let after = values(&ics(&d, &options_on(Lang::Nl, "2027-06-01")), "UID");
    let eval = |u: &Vec<String>| {
        u.iter()
            .find(|x| x.contains("-evaluation-"))
            .cloned()
            .unwrap()
    };
    assert_eq!(
        eval(&before),
        eval(&after),
        "re-import moves the event, no copy"
    );
    assert!(eval(&before).contains("20270414"));
}
