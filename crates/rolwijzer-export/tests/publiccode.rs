#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! publiccode.yml both ways: the `maintenance` block (snapshots, the standard's
//! presence rules checked by PyYAML in tests/readers/publiccode.py, notices about
//! contract dates) and the import of a publiccode.yml into a starter division.

mod support;

use rolwijzer_core::document::PartyKind;
use rolwijzer_core::parse::to_yaml;
use rolwijzer_core::{
    AmbitionLevel, Arrangement, Date, Document, Lang, Severity, analyse, parse_document,
};
use rolwijzer_export::publiccode::{ImportError, MAX_IMPORT_BYTES, import};
use rolwijzer_export::{Format, Notice, Options};
use serde_json::Value;
use support::{HOSTILE, HOSTILE_NAMES, doc, example, python, read_back, run, to_file, today};

const EXAMPLES: [(&str, &str); 3] = [
    ("delen", "delen-twee-gemeenten.yaml"),
    ("gestructureerd", "gestructureerd-twaalf-gemeenten.yaml"),
    ("roulerend", "roulerend-licht-vier-gemeenten.yaml"),
];

fn options(lang: Lang) -> Options {
    let mut o = Options::new(today());
    o.lang = lang;
    o
}

fn maintenance(d: &Document, lang: Lang) -> (String, Vec<Notice>) {
    let (e, _) = run(d, Format::Publiccode, &options(lang));
    (String::from_utf8(e.bytes).unwrap(), e.notices)
}

/// The block read back as data (serde-saphyr, as a second YAML reader next to PyYAML).
fn parsed(yaml: &str) -> Value {
    serde_saphyr::from_str::<Value>(yaml).unwrap()
}

/// The block read back by PyYAML with the standard's rules; `None` when readers are
/// not set up.
fn read_with_python(yaml: &str) -> Option<Value> {
    let py = python()?;
    let dir = tempfile::tempdir().unwrap();
    let path = to_file(dir.path(), Format::Publiccode, yaml.as_bytes());
    let out = read_back(&py, "publiccode.py", &path, &[]);
    Some(serde_json::from_str(&out).unwrap())
}

// ---------------------------------------------------------------------------------
// Out: the maintenance block
// ---------------------------------------------------------------------------------

#[test]
fn maintenance_of_the_examples() {
    for (short, file) in EXAMPLES {
        let d = example(file);
        for lang in Lang::ALL {
            let (yaml, _) = maintenance(&d, lang);
            assert!(yaml.starts_with("# "), "{yaml}");
            insta::assert_snapshot!(format!("maintenance-{short}-{}", lang.code()), yaml);
            if let Some(v) = read_with_python(&yaml) {
                assert!(v["type"].is_string());
            }
        }
    }
}

#[test]
fn the_type_follows_how_maintenance_is_divided() {
    let kind = |file: &str| {
        parsed(&maintenance(&example(file), Lang::Nl).0)["maintenance"]["type"].clone()
    };
    // One coordinating municipality: internal.
    assert_eq!(kind("delen-twee-gemeenten.yaml"), "internal");
    // Coordinating with a contribution: still organised by the collaboration itself.
    assert_eq!(kind("gestructureerd-twaalf-gemeenten.yaml"), "internal");
    // Municipalities taking turns, no shared money: community.
    assert_eq!(kind("roulerend-licht-vier-gemeenten.yaml"), "community");
}

#[test]
fn internal_contacts_are_the_contact_person_and_the_maintainers() {
    let (yaml, notices) = maintenance(&example("gestructureerd-twaalf-gemeenten.yaml"), Lang::Nl);
    assert!(notices.is_empty(), "{notices:?}");
    let v = parsed(&yaml);
    let contacts = v["maintenance"]["contacts"].as_array().unwrap();
    let names: Vec<&str> = contacts
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Eva van den Broek", "Sara Bakker", "Marloes van Gerwen"]
    );
    assert_eq!(contacts[1]["affiliation"], "Lindeboom Software B.V.");
    assert_eq!(contacts[0]["email"], "eva.vandenbroek@tilburg.example.nl");
    assert!(v["maintenance"].get("contractors").is_none());
}

#[test]
fn hostile_names_survive_the_yaml() {
    let d = doc(HOSTILE);
    let (yaml, notices) = maintenance(&d, Lang::Nl);
    // The supplier's contract runs until 30 June 2027: within two years, not ended.
    assert!(notices.is_empty(), "{notices:?}");
    let v = parsed(&yaml);
    let m = &v["maintenance"];
    assert_eq!(m["type"], "contract");
    assert_eq!(
        m["contractors"][0]["name"],
        "Leverancier \"Code\" <img src=x onerror=alert(1)> BV"
    );
    assert_eq!(m["contractors"][0]["until"], "2027-06-30");
    assert_eq!(m["contractors"][0]["email"], "ines@example.org");
    assert_eq!(m["contacts"][0]["name"], HOSTILE_NAMES[1]);
    assert_eq!(
        m["contacts"][0]["affiliation"],
        "Leverancier \"Code\" <img src=x onerror=alert(1)> BV"
    );
    // The collaboration's name is in the header comment, on one line.
    assert!(yaml.lines().next().unwrap().contains("Samen & \"Beter\""));
    if let Some(py) = read_with_python(&yaml) {
        assert_eq!(py["type"], "contract");
        assert_eq!(py["contractors"][0]["name"], m["contractors"][0]["name"]);
        assert_eq!(py["contractors"][0]["until"], "2027-06-30");
        assert_eq!(py["contacts"][0]["name"], HOSTILE_NAMES[1]);
    }
}

/// Values YAML would read as something else when written bare.
const TRICKY: [&str; 8] = [
    "yes",
    "null",
    "2027-01-01",
    "#hash",
    "- dash",
    "a: b",
    "'quoted'",
    "0612345678",
];

#[test]
fn values_that_look_like_yaml_are_quoted() {
    let mut people = String::new();
    for (i, name) in TRICKY.iter().enumerate() {
        people.push_str(&format!(
            "  - {{ id: p{i}, name: {name:?}, party: a, phone: {phone:?} }}\n",
            phone = if i % 2 == 0 {
                "+31 6 12345678"
            } else {
                "0612345678"
            }
        ));
    }
    let ids: Vec<String> = (0..TRICKY.len()).map(|i| format!("p{i}")).collect();
    let d = doc(&format!(
        r#"version: 1
collaboration:
  name: "true"
  ambition: sharing
  arrangement: coordinating
  coordinator: a
  coordinator_compensated: true
parties:
  - {{ id: a, name: "no" }}
people:
{people}assignments:
  - {{ task: contact-person, responsible: [p0], accountable: p0 }}
  - {{ task: repository-admin, responsible: [p0], accountable: p0 }}
  - {{ task: technical-maintenance, responsible: [{}], accountable: p0 }}
"#,
        ids.join(", ")
    ));
    let (yaml, notices) = maintenance(&d, Lang::En);
    assert!(notices.is_empty());
    let v = parsed(&yaml);
    let contacts = v["maintenance"]["contacts"].as_array().unwrap();
    let names: Vec<&str> = contacts
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, TRICKY);
    for c in contacts {
        assert!(
            c["phone"].is_string(),
            "a phone number must stay text: {yaml}"
        );
        assert_eq!(c["affiliation"], "no");
    }
    if let Some(py) = read_with_python(&yaml) {
        let names: Vec<&str> = py["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, TRICKY);
    }
}

fn external(suppliers: &str) -> Document {
    doc(&format!(
        r#"version: 1
collaboration:
  name: Extern
  ambition: structured
  arrangement: external
  contribution: true
  separate_administration: true
parties:
  - {{ id: g, name: Gemeente G, contact: gg }}
{suppliers}
people:
  - {{ id: gg, name: Gea, party: g }}
  - {{ id: s1, name: Sam, party: s1p, email: sam@s1.example }}
assignments:
  - {{ task: contact-person, responsible: [gg], accountable: gg }}
  - {{ task: repository-admin, responsible: [s1], accountable: gg }}
  - {{ task: technical-maintenance, responsible: [s1], accountable: gg }}
"#
    ))
}

#[test]
fn contract_dates_that_need_attention_give_notices() {
    let d = external(
        "  - { id: s1p, name: Verlopen B.V., kind: supplier, contact: s1, contract_until: 2026-01-31 }\n  - { id: s2p, name: Ver Weg B.V., kind: supplier, contract_until: 2029-01-01 }\n  - { id: s3p, name: Zonder Eind B.V., kind: supplier }\n  - { id: s4p, name: Netjes B.V., kind: supplier, contract_until: 2028-11-28 }",
    );
    let (yaml, notices) = maintenance(&d, Lang::Nl);
    assert_eq!(
        notices,
        vec![
            Notice::ContractEnded {
                party: "Verlopen B.V.".into(),
                until: Date::parse("2026-01-31").unwrap()
            },
            Notice::ContractFarAhead {
                party: "Ver Weg B.V.".into(),
                until: Date::parse("2029-01-01").unwrap()
            },
            Notice::ContractWithoutEnd {
                party: "Zonder Eind B.V.".into()
            },
        ]
    );
    let v = parsed(&yaml);
    let contractors = v["maintenance"]["contractors"].as_array().unwrap();
    assert_eq!(contractors.len(), 4);
    assert_eq!(contractors[0]["email"], "sam@s1.example");
    // Without an end date no date is made up: the notice says to add one.
    assert!(contractors[2].get("until").is_none());
    assert_eq!(contractors[3]["until"], "2028-11-28");
    // The notices are in the file too, as comments, for whoever pastes it.
    assert!(
        yaml.contains("# Het contract met Verlopen B.V. liep af op 31 januari 2026."),
        "{yaml}"
    );
    for lang in Lang::ALL {
        for n in &notices {
            let msg = n.message(lang);
            assert!(!msg.starts_with("notice-"), "{msg}");
        }
    }
}

#[test]
fn a_valid_contract_passes_the_standards_rules() {
    let d = external(
        "  - { id: s1p, name: Leverancier B.V., kind: supplier, contact: s1, contract_until: 2027-12-31, website: https://s1.example }",
    );
    let (yaml, notices) = maintenance(&d, Lang::En);
    assert!(notices.is_empty(), "{notices:?}");
    let v = parsed(&yaml);
    assert_eq!(v["maintenance"]["type"], "contract");
    assert_eq!(
        v["maintenance"]["contractors"][0]["website"],
        "https://s1.example"
    );
    assert_eq!(v["maintenance"]["contacts"][0]["name"], "Sam");
    if let Some(py) = read_with_python(&yaml) {
        assert_eq!(py["contractors"][0]["until"], "2027-12-31");
    }
}

#[test]
fn nobody_to_contact_gives_a_notice() {
    let d = doc(r#"version: 1
collaboration:
  name: Leeg
  ambition: sharing
  arrangement: coordinating
  coordinator: a
  coordinator_compensated: true
parties:
  - { id: a, name: Gemeente A }
groups:
  - { id: team, name: Team, members: [a] }
assignments:
  - { task: contact-person, responsible: [team], accountable: a }
  - { task: repository-admin, responsible: [a], accountable: a }
  - { task: technical-maintenance, responsible: [team], accountable: a }
"#);
    let (yaml, notices) = maintenance(&d, Lang::Nl);
    assert_eq!(notices, vec![Notice::NoMaintenanceContact]);
    assert!(parsed(&yaml)["maintenance"].get("contacts").is_none());
}

// ---------------------------------------------------------------------------------
// In: a starter division from a publiccode.yml
// ---------------------------------------------------------------------------------

/// A publiccode.yml as products publish them (the names are made up).
const FIXTURE: &str = r#"# publiccode.yml van Open Aanvragen
publiccodeYmlVersion: "0.4"

name: Open Aanvragen
url: "https://github.com/example/open-aanvragen.git"
landingURL: "https://open-aanvragen.example.org"
softwareVersion: "2.3.1"
releaseDate: "2026-05-04"
logo: docs/logo.svg
platforms:
  - web
categories:
  - application-management
  - e-government
developmentStatus: stable
softwareType: "standalone/web"

usedBy:
  - Gemeente Utrecht
  - Gemeente 's-Hertogenbosch
  - Gemeente Súdwest-Fryslân
  - Gemeente Utrecht

description:
  en:
    localisedName: Open Requests
    shortDescription: Residents apply for municipal schemes online and follow their request.
    longDescription: >
      Open Aanvragen lets residents apply online for municipal schemes and follow
      the status of their application. Municipalities build their own forms and
      handle requests in their existing case system.
    features:
      - Online forms
      - Status tracking
  nl:
    shortDescription: Inwoners vragen online regelingen van de gemeente aan en volgen hun aanvraag.
    longDescription: >
      Met Open Aanvragen vragen inwoners online regelingen aan en volgen ze de
      status van hun aanvraag. Gemeenten maken zelf hun formulieren en behandelen
      aanvragen in hun bestaande zaaksysteem.
    features:
      - Online formulieren
      - Status volgen

legal:
  license: EUPL-1.2
  mainCopyrightOwner: Gemeente Utrecht
  repoOwner: Codefabriek B.V.

maintenance:
  type: "contract"
  contractors:
    - name: Codefabriek B.V.
      until: 2027-12-31
      email: onderhoud@codefabriek.example
      website: https://www.codefabriek.example
  contacts:
    - name: Jan de Vries
      email: jan.devries@codefabriek.example
      affiliation: Codefabriek B.V.
      phone: "+31 30 123 4567"
    - name: Marie Jansen
      email: marie.jansen@utrecht.example.nl
      affiliation: Gemeente Utrecht

localisation:
  localisationReady: true
  availableLanguages:
    - nl
    - en

dependsOn:
  open:
    - name: PostgreSQL
      versionMin: "14"
"#;

fn ids<'a>(v: impl IntoIterator<Item = &'a rolwijzer_core::Id>) -> Vec<&'a str> {
    v.into_iter().map(|i| i.as_str()).collect()
}

fn assert_round_trips_and_checks(d: &Document) {
    let yaml = to_yaml(d);
    let back = parse_document(yaml.as_bytes()).unwrap();
    assert_eq!(&back, d, "the import does not round-trip:\n{yaml}");
    let report = analyse(d, today());
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.message(Lang::En))
        .collect();
    assert!(
        errors.is_empty(),
        "errors in the imported division: {errors:?}\n{yaml}"
    );
}

#[test]
fn a_realistic_publiccode_becomes_a_starter_division() {
    let d = import(FIXTURE, Lang::Nl).unwrap();
    let c = &d.collaboration;
    assert_eq!(c.name.as_str(), "Open Aanvragen");
    assert_eq!(
        c.description.as_ref().unwrap().as_str(),
        "Inwoners vragen online regelingen van de gemeente aan en volgen hun aanvraag."
    );
    assert_eq!(
        c.website.as_ref().unwrap().as_str(),
        "https://open-aanvragen.example.org"
    );
    // A maintenance contract: an external party at the structured level.
    assert_eq!(c.arrangement, Arrangement::External);
    assert_eq!(c.ambition, AmbitionLevel::Structured);
    assert!(!c.contribution);

    // usedBy became municipalities (Utrecht once), the contractor a supplier; Utrecht
    // comes first because Marie, a contact, works there.
    assert_eq!(
        ids(d.parties.iter().map(|p| &p.id)),
        [
            "utrecht",
            "s-hertogenbosch",
            "sudwest-fryslan",
            "codefabriek-b-v"
        ]
    );
    let kinds: Vec<PartyKind> = d.parties.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PartyKind::Municipality,
            PartyKind::Municipality,
            PartyKind::Municipality,
            PartyKind::Supplier
        ]
    );
    let supplier = &d.parties[3];
    assert_eq!(supplier.name.as_str(), "Codefabriek B.V.");
    assert_eq!(
        supplier.contract_until,
        Some(Date::parse("2027-12-31").unwrap())
    );
    assert_eq!(
        supplier.website.as_ref().unwrap().as_str(),
        "https://www.codefabriek.example"
    );
    assert_eq!(supplier.contact.as_ref().unwrap().as_str(), "jan-de-vries");
    assert_eq!(
        d.parties[0].contact.as_ref().unwrap().as_str(),
        "marie-jansen"
    );

    // The contacts became people of their affiliation.
    assert_eq!(
        ids(d.people.iter().map(|p| &p.id)),
        ["jan-de-vries", "marie-jansen"]
    );
    let jan = &d.people[0];
    assert_eq!(jan.party.as_str(), "codefabriek-b-v");
    assert_eq!(jan.phone.as_ref().unwrap().as_str(), "+31 30 123 4567");
    assert_eq!(
        jan.email.as_ref().unwrap().as_str(),
        "jan.devries@codefabriek.example"
    );
    assert_eq!(d.people[1].party.as_str(), "utrecht");

    // The supplier's contact does the work, the lead municipality answers for it.
    let tm = d
        .assignments
        .iter()
        .find(|a| a.target.key() == "technical-maintenance")
        .unwrap();
    assert_eq!(ids(&tm.responsible), ["jan-de-vries"]);
    assert_eq!(ids(&tm.accountable), ["marie-jansen"]);
    assert_round_trips_and_checks(&d);
}

#[test]
fn the_description_follows_the_language() {
    let d = import(FIXTURE, Lang::En).unwrap();
    assert_eq!(
        d.collaboration.description.as_ref().unwrap().as_str(),
        "Residents apply for municipal schemes online and follow their request."
    );
    // The group of all participants is named in the language too.
    assert_eq!(d.groups[0].name.as_str(), "All participants");
}

#[test]
fn internal_maintenance_becomes_a_coordinating_municipality() {
    let text = r#"publiccodeYmlVersion: "0.5"
description:
  nl:
    localisedName: Woo-platform
    shortDescription: Publiceren onder de Woo.
usedBy: [Gemeente Heerenveen, Gemeente Opsterland]
legal:
  repoOwner: Gemeente Opsterland
maintenance:
  type: internal
  contacts:
    - name: Sjoerd Dijkstra
      phone: 0612345678
    - name: Femke de Boer
      affiliation: gemeente heerenveen
"#;
    let d = import(text, Lang::Nl).unwrap();
    assert_eq!(d.collaboration.name.as_str(), "Woo-platform");
    assert_eq!(d.collaboration.arrangement, Arrangement::Coordinating);
    assert_eq!(d.collaboration.ambition, AmbitionLevel::Light);
    // Sjoerd has no affiliation: he works for the repository owner. The first
    // contact's municipality leads.
    assert_eq!(d.people[0].party.as_str(), "opsterland");
    assert_eq!(d.people[0].phone.as_ref().unwrap().as_str(), "0612345678");
    assert_eq!(d.people[1].party.as_str(), "heerenveen");
    assert_eq!(
        d.collaboration.coordinator.as_ref().unwrap().as_str(),
        "opsterland"
    );
    assert_eq!(
        d.parties.len(),
        2,
        "an affiliation in other letters is the same party"
    );
    assert_round_trips_and_checks(&d);
}

#[test]
fn community_maintenance_is_distributed() {
    let text = "publiccodeYmlVersion: '0.4'\nname: Gedeeld\nmaintenance:\n  type: community\n  contacts:\n    - { name: Ann, affiliation: Gemeente A }\n    - { name: Bo, affiliation: Gemeente B }\n";
    let d = import(text, Lang::En).unwrap();
    assert_eq!(d.collaboration.arrangement, Arrangement::Distributed);
    assert_round_trips_and_checks(&d);
}

#[test]
fn without_parties_the_placeholders_of_init_are_used() {
    let text = "publiccodeYmlVersion: '0.4'\nname: Alleen\nmaintenance:\n  type: none\n";
    let d = import(text, Lang::Nl).unwrap();
    assert_eq!(d.collaboration.name.as_str(), "Alleen");
    assert!(!d.parties.is_empty());
    assert_round_trips_and_checks(&d);
}

#[test]
fn hostile_names_are_imported_intact() {
    let text = format!(
        "publiccodeYmlVersion: '0.4'\nname: {:?}\nusedBy: [{:?}]\nmaintenance:\n  type: internal\n  contacts:\n    - {{ name: {:?}, affiliation: {:?} }}\n",
        "Samen & \"Beter\" <script>", HOSTILE_NAMES[2], HOSTILE_NAMES[0], HOSTILE_NAMES[2]
    );
    let d = import(&text, Lang::Nl).unwrap();
    assert_eq!(d.collaboration.name.as_str(), "Samen & \"Beter\" <script>");
    assert_eq!(d.parties[0].name.as_str(), HOSTILE_NAMES[2]);
    assert_eq!(d.people[0].name.as_str(), HOSTILE_NAMES[0]);
    assert_eq!(d.parties.len(), 1);
    assert_round_trips_and_checks(&d);
}

fn import_err(text: &str) -> ImportError {
    import(text, Lang::Nl).unwrap_err()
}

#[test]
fn not_yaml_is_refused_with_its_line() {
    let e = import_err("publiccodeYmlVersion: '0.4'\nname: [niet gesloten\nurl: x\n");
    assert_eq!(e.problem, "syntax");
    assert!(e.line.is_some());
    let nl = e.render("publiccode.yml", Lang::Nl);
    assert!(
        nl.starts_with(&format!(
            "publiccode.yml:{}: Dit is geen geldige YAML",
            e.line.unwrap()
        )),
        "{nl}"
    );
    assert!(nl.contains("inspringing"), "{nl}");
}

#[test]
fn a_file_without_publiccode_version_is_not_a_publiccode_file() {
    let e = import_err("version: 1\ncollaboration:\n  name: X\n");
    assert_eq!(e.problem, "no-version");
    assert_eq!(
        e.render("rolverdeling.yaml", Lang::Nl),
        "rolverdeling.yaml: publiccodeYmlVersion: Dit is geen publiccode.yml: de sleutel publiccodeYmlVersion ontbreekt. Kies het bestand publiccode.yml uit de repository van het product. Dat begint met publiccodeYmlVersion."
    );
    assert!(
        e.render("x.yml", Lang::En)
            .contains("This is not a publiccode.yml")
    );
    assert_eq!(import_err("- a\n- b\n").problem, "not-publiccode");
    assert_eq!(import_err("# alleen commentaar\n\n").problem, "empty");
}

#[test]
fn a_contractor_without_until_is_refused() {
    let text = "publiccodeYmlVersion: '0.4'\nname: X\nmaintenance:\n  type: contract\n  contractors:\n    - name: Acme B.V.\n      email: a@acme.example\n";
    let e = import_err(text);
    assert_eq!(e.problem, "contractor-no-until");
    assert_eq!(e.field.as_deref(), Some("maintenance.contractors[0].until"));
    assert_eq!(e.line, Some(6));
    assert_eq!(
        e.render("publiccode.yml", Lang::En),
        "publiccode.yml:6: maintenance.contractors[0].until: Contractor Acme B.V. has no end date for the contract (until). Fill in the date the maintenance contract ends, as YYYY-MM-DD, for example until: 2027-12-31."
    );
    let nl = e.render("publiccode.yml", Lang::Nl);
    assert!(nl.starts_with("publiccode.yml:6: maintenance.contractors[0].until: Bij leverancier Acme B.V. ontbreekt"), "{nl}");
}

#[test]
fn other_maintenance_mistakes_name_their_field() {
    let cases = [
        (
            "maintenance:\n  type: intern\n",
            "maintenance-type-unknown",
            "maintenance.type",
            Some(5),
        ),
        (
            "maintenance:\n  contacts: []\n",
            "maintenance-type-missing",
            "maintenance.type",
            Some(5),
        ),
        (
            "maintenance:\n  type: internal\n",
            "no-contacts",
            "maintenance.contacts",
            Some(5),
        ),
        (
            "maintenance:\n  type: contract\n",
            "no-contractors",
            "maintenance.contractors",
            Some(5),
        ),
        (
            "maintenance:\n  type: contract\n  contractors:\n    - { name: A, until: 31-12-2027 }\n",
            "invalid-date",
            "maintenance.contractors[0].until",
            Some(7),
        ),
        (
            "maintenance:\n  type: internal\n  contacts:\n    - email: a@b.example\n",
            "contact-no-name",
            "maintenance.contacts[0]",
            Some(7),
        ),
        (
            "maintenance:\n  type: none\nusedBy:\n  - { name: X }\n",
            "expected-text",
            "usedBy[0]",
            Some(7),
        ),
    ];
    for (tail, problem, field, line) in cases {
        let text = format!("publiccodeYmlVersion: '0.4'\nname: X\n\n{tail}");
        let e = import_err(&text);
        assert_eq!(e.problem, problem, "{tail}");
        assert_eq!(e.field.as_deref(), Some(field), "{tail}");
        assert_eq!(e.line, line, "{tail}");
        for lang in Lang::ALL {
            let r = e.render("p.yml", lang);
            assert!(!r.contains("import-"), "untranslated: {r}");
        }
    }
    let e = import_err("publiccodeYmlVersion: '0.4'\nurl: x\n");
    assert_eq!(e.problem, "no-name");
}

#[test]
fn a_file_over_one_megabyte_is_refused_before_parsing() {
    let mut text = String::from("publiccodeYmlVersion: '0.4'\nname: X\n");
    while text.len() <= MAX_IMPORT_BYTES {
        text.push_str("# opvulling opvulling opvulling opvulling opvulling opvulling\n");
    }
    let e = import_err(&text);
    assert_eq!(e.problem, "too-large");
    assert!(e.render("groot.yml", Lang::Nl).contains("te groot"));
}

#[test]
fn a_yaml_bomb_is_refused() {
    let mut text = String::from(
        "publiccodeYmlVersion: '0.4'\nname: X\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for i in 1..12 {
        text.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n",
            p = i - 1
        ));
    }
    let e = import_err(&text);
    assert!(e.problem == "too-complex" || e.problem == "syntax", "{e:?}");
}

#[test]
fn exported_maintenance_imports_back() {
    // Paste the exported block into a minimal publiccode.yml and import it: the
    // supplier and its contact come back.
    let (yaml, _) = maintenance(&doc(HOSTILE), Lang::En);
    let text = format!("publiccodeYmlVersion: '0.4'\nname: Terug\n{yaml}");
    let d = import(&text, Lang::En).unwrap();
    let supplier = d
        .parties
        .iter()
        .find(|p| p.kind == PartyKind::Supplier)
        .unwrap();
    assert_eq!(
        supplier.name.as_str(),
        "Leverancier \"Code\" <img src=x onerror=alert(1)> BV"
    );
    assert_eq!(
        supplier.contract_until,
        Some(Date::parse("2027-06-30").unwrap())
    );
    assert_eq!(d.people[0].name.as_str(), HOSTILE_NAMES[1]);
    assert_eq!(d.people[0].party, supplier.id);
    assert_round_trips_and_checks(&d);
}
