//! Tests of `analyse`: a clean base document that yields no findings, one document
//! per finding code that triggers it and one near miss that must not, the words of
//! every finding in both languages, and the derived views (checklist, workload,
//! departure table, rotation calendar, reserve, evaluation, contact card, recognition).
//!
//! Every variant is the base document with a small, realistic edit to its YAML text.
//! Edits must match exactly once, so a change to the base document cannot make a test
//! silently test nothing.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers fail the test on purpose; clippy only exempts #[test] functions"
)]

use rolwijzer_core::analyse::{ItemStatus, Report};
use rolwijzer_core::findings::{Arg, FixPage, FixPlace};
use rolwijzer_core::parse::from_yaml;
use rolwijzer_core::{
    AmbitionLevel, Arrangement, Code, Date, Finding, ItemId, Lang, Severity, Subject, TaskId,
    analyse,
};

// ------------------------------------------------------------------------------------
// The base document
// ------------------------------------------------------------------------------------

const TODAY: &str = "2026-11-28";

/// A clean structured collaboration of three municipalities and a supplier. Each
/// assignment is one line, so a test can edit one task without touching another.
///
/// R/A per person: marie 4, jan 3, lotte 2, henk 5, piet 5, fleur 3, sanne 5, kees 3.
/// Hours per person (R share): marie 6/8, jan 3/8, lotte 3/4, henk 0/2, piet 4/8,
/// fleur 3/8, sanne 2/4, kees 7/16. Every task has a backup from a party that holds
/// neither its R nor its A, so no party's leaving orphans a task.
const BASE: &str = r#"version: 1
collaboration:
  name: Open Vergunningen
  description: Open-source vergunningenloket van drie Utrechtse gemeenten.
  how_to_join: Neem contact op met Marie Jansen voor een demo.
  ambition: structured
  arrangement: coordinating
  coordinator: utrecht
  coordinator_compensated: true
  contribution: true
  separate_administration: true
  fixed_costs_per_month: 8000
  reserve: 40000
  last_evaluation: 2026-03-01
  evaluation_interval_months: 12
parties:
  - { id: utrecht, name: Gemeente Utrecht, kind: municipality, contact: marie }
  - { id: amersfoort, name: Gemeente Amersfoort, kind: municipality, contact: fleur }
  - { id: zeist, name: Gemeente Zeist, kind: municipality, contact: sanne }
  - { id: acme, name: Acme Software B.V., kind: supplier, develops_product: true, contact: kees }
people:
  - { id: marie, name: Marie Jansen, party: utrecht, title: Coördinator, email: marie@utrecht.example.nl, phone: "+31 30 123 4567", hours_per_week: 8 }
  - { id: jan, name: Jan de Vries, party: utrecht, title: Ontwikkelaar, hours_per_week: 8, repository_admin: true }
  - { id: lotte, name: Lotte Mulder, party: utrecht, title: Financieel adviseur, hours_per_week: 4 }
  - { id: henk, name: Henk Bos, party: utrecht, title: Afdelingshoofd, hours_per_week: 2 }
  - { id: piet, name: Piet Smit, party: amersfoort, title: Product owner, hours_per_week: 8, repository_admin: true }
  - { id: fleur, name: Fleur de Boer, party: amersfoort, title: Communicatieadviseur, hours_per_week: 8 }
  - { id: sanne, name: Sanne Visser, party: zeist, title: Informatiemanager, hours_per_week: 4 }
  - { id: kees, name: Kees Bakker, party: acme, title: Teamlead, hours_per_week: 16 }
groups:
  - { id: stuurgroep, name: Stuurgroep, members: [marie, piet, sanne] }
  - { id: deelnemers, name: Alle deelnemers, all_parties: true }
assignments:
  - { task: contact-person, responsible: [marie], accountable: marie, informed: [{ who: deelnemers, via: nieuwsbrief }], backup: [piet], hours_per_week: 2, process: https://example.org/handboek/aanspreekpunt }
  - { task: repository-admin, responsible: [jan], accountable: henk, consulted: [kees], backup: [piet], hours_per_week: 1, process: https://example.org/handboek/repository }
  - { task: technical-maintenance, responsible: [jan, kees], accountable: henk, consulted: [piet], informed: [{ who: deelnemers, via: releasenotes }], backup: [piet], hours_per_week: 4, process: https://example.org/handboek/technisch-beheer }
  - { task: meeting-coordination, responsible: [marie], accountable: sanne, consulted: [stuurgroep], informed: [{ who: deelnemers, via: gebruikersoverleg }], backup: [fleur], hours_per_week: 2, process: https://example.org/handboek/overleggen }
  - { task: collaboration-coordination, responsible: [marie], accountable: henk, consulted: [stuurgroep], backup: [piet], hours_per_week: 2, process: https://example.org/handboek/samenwerking }
  - { task: community-contribution, responsible: [lotte], accountable: marie, consulted: [stuurgroep], informed: [{ who: deelnemers, via: factuurbrief }], backup: [fleur], hours_per_week: 2, process: https://example.org/handboek/communitybijdrage }
  - { task: financial-management, responsible: [lotte], accountable: henk, consulted: [stuurgroep], informed: [{ who: deelnemers, via: jaarverslag }], backup: [fleur], hours_per_week: 1, process: https://example.org/handboek/financieel-beheer }
  - { task: community-management, responsible: [fleur], accountable: piet, informed: [{ who: deelnemers, via: nieuwsbrief }], backup: [sanne], hours_per_week: 2, process: https://example.org/handboek/community }
  - { task: product-ownership, responsible: [piet], accountable: sanne, consulted: [stuurgroep, kees], backup: [marie], hours_per_week: 3, process: https://example.org/handboek/product-owner }
  - { task: architecture, responsible: [kees], accountable: piet, backup: [jan], hours_per_week: 1, process: https://example.org/handboek/architectuur }
  - { task: development-team-lead, responsible: [kees], accountable: jan, backup: [piet], hours_per_week: 4, process: https://example.org/handboek/ontwikkelteam }
  - { task: recruitment, responsible: [sanne], accountable: fleur, backup: [marie], hours_per_week: 1, process: https://example.org/handboek/werving }
  - { task: communication, responsible: [fleur], accountable: sanne, informed: [{ who: deelnemers, via: website }], backup: [marie], hours_per_week: 1, process: https://example.org/handboek/communicatie }
  - { task: monitoring-reporting, responsible: [sanne], accountable: piet, informed: [{ who: stuurgroep, via: kwartaalrapportage }], backup: [lotte], hours_per_week: 1, process: https://example.org/handboek/monitoring }
  - { task: supplier-management, responsible: [piet], accountable: henk, consulted: [stuurgroep], backup: [sanne], hours_per_week: 1, process: https://example.org/handboek/leveranciers }
"#;

/// The structured tasks that are not money tasks: removing all eight leaves 7 of 15.
const STRUCTURED_NON_MONEY: [&str; 8] = [
    "community-management",
    "product-ownership",
    "architecture",
    "development-team-lead",
    "recruitment",
    "communication",
    "monitoring-reporting",
    "supplier-management",
];

fn base() -> String {
    BASE.to_owned()
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn today() -> Date {
    date(TODAY)
}

/// Replaces `from` by `to`; `from` must occur exactly once.
fn edit(yaml: &str, from: &str, to: &str) -> String {
    let n = yaml.matches(from).count();
    assert_eq!(n, 1, "`{from}` occurs {n} times, expected exactly once");
    yaml.replacen(from, to, 1)
}

/// Replaces `from` by `to` within the one line that contains `marker`.
fn in_line(yaml: &str, marker: &str, from: &str, to: &str) -> String {
    let lines: Vec<&str> = yaml.lines().filter(|l| l.contains(marker)).collect();
    assert_eq!(lines.len(), 1, "`{marker}` should be on exactly one line");
    let line = lines[0];
    let n = line.matches(from).count();
    assert_eq!(n, 1, "`{from}` occurs {n} times in `{line}`");
    edit(yaml, line, &line.replacen(from, to, 1))
}

/// Edits the assignment line of `task`.
fn in_task(yaml: &str, task: &str, from: &str, to: &str) -> String {
    in_line(yaml, &format!("{{ task: {task},"), from, to)
}

/// Edits the line of the person or party `id`.
fn in_entry(yaml: &str, id: &str, from: &str, to: &str) -> String {
    in_line(yaml, &format!("{{ id: {id},"), from, to)
}

/// Removes the assignment line of `task`.
fn without_task(yaml: &str, task: &str) -> String {
    let marker = format!("{{ task: {task},");
    let before = yaml.lines().count();
    let out: String = yaml
        .lines()
        .filter(|l| !l.contains(&marker))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(out.lines().count(), before - 1, "no single line for {task}");
    out
}

/// Removes ` hours_per_week: N,` from the assignment line of `task`.
fn without_hours(yaml: &str, task: &str) -> String {
    let marker = format!("{{ task: {task},");
    let line = yaml.lines().find(|l| l.contains(&marker)).unwrap();
    let start = line.find(" hours_per_week: ").unwrap();
    let len = line[start + 1..].find(',').unwrap() + 2;
    in_task(yaml, task, &line[start..start + len], "")
}

/// Adds an assignment line at the end of the assignments (the base ends with them).
fn with_assignment(yaml: &str, line: &str) -> String {
    assert!(yaml.ends_with("\n"));
    assert!(
        !yaml.contains("rotation:"),
        "add assignments before the rotation"
    );
    format!("{yaml}  - {line}\n")
}

fn analyse_yaml_at(yaml: &str, today: Date) -> Report {
    let doc = from_yaml(yaml).unwrap_or_else(|e| {
        panic!(
            "test document does not parse: {}\n{yaml}",
            e.render("test.yaml", Lang::En)
        )
    });
    let report = analyse(&doc, today);
    for f in &report.findings {
        check_words(f);
    }
    report
}

fn analyse_yaml(yaml: &str) -> Report {
    analyse_yaml_at(yaml, today())
}

/// One line per finding, for failure messages.
fn listing(r: &Report) -> String {
    r.findings
        .iter()
        .map(|f| {
            format!(
                "  {} {:?} task={:?} party={:?} person={:?}: {}",
                f.code,
                f.severity,
                f.subject.task,
                f.subject.party,
                f.subject.person,
                f.message(Lang::En)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The words of a finding: present in both languages, every placeable resolved.
fn check_words(f: &Finding) {
    let id = format!("finding-{}", f.code.as_str().to_ascii_lowercase());
    for lang in Lang::ALL {
        for (what, text, raw) in [
            ("message", f.message(lang), id.clone()),
            ("fix", f.fix(lang), format!("{id}-fix")),
        ] {
            let ctx = format!("{} {what} in {lang:?}: {text:?}", f.code);
            assert!(!text.trim().is_empty(), "empty {ctx}");
            assert_ne!(text, raw, "raw message id as {ctx}");
            assert!(!text.contains("finding-"), "message id in {ctx}");
            assert!(!text.contains('{'), "unresolved placeable in {ctx}");
            assert!(!text.contains('}'), "unresolved placeable in {ctx}");
            assert!(!text.contains('$'), "unresolved variable in {ctx}");
        }
    }
}

fn subject(task: Option<&str>, party: Option<&str>, person: Option<&str>) -> Subject {
    Subject {
        task: task.map(str::to_owned),
        party: party.map(str::to_owned),
        person: person.map(str::to_owned),
    }
}

fn on_task(task: &str) -> Subject {
    subject(Some(task), None, None)
}

fn on_party(party: &str) -> Subject {
    subject(None, Some(party), None)
}

fn on_person(person: &str) -> Subject {
    subject(None, None, Some(person))
}

fn whole() -> Subject {
    Subject::default()
}

/// The finding with this code and subject; fails with the full listing otherwise.
fn expect<'a>(r: &'a Report, code: Code, severity: Severity, subj: &Subject) -> &'a Finding {
    let f = r
        .findings
        .iter()
        .find(|f| f.code == code && &f.subject == subj)
        .unwrap_or_else(|| {
            panic!(
                "expected {code} about {subj:?}; findings were:\n{}",
                listing(r)
            )
        });
    assert_eq!(f.severity, severity, "severity of {code} about {subj:?}");
    f
}

fn assert_absent(r: &Report, code: Code) {
    assert!(
        r.findings.iter().all(|f| f.code != code),
        "{code} must not fire; findings were:\n{}",
        listing(r)
    );
}

fn assert_absent_about(r: &Report, code: Code, subj: &Subject) {
    assert!(
        r.findings
            .iter()
            .all(|f| !(f.code == code && &f.subject == subj)),
        "{code} about {subj:?} must not fire; findings were:\n{}",
        listing(r)
    );
}

fn assert_clean(r: &Report) {
    assert!(
        r.findings.is_empty(),
        "expected no findings, got {}:\n{}",
        r.findings.len(),
        listing(r)
    );
}

fn arg<'a>(f: &'a Finding, name: &str) -> &'a Arg {
    f.args
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("{} has no argument {name}: {:?}", f.code, f.args))
}

/// The base document with two tasks passing between the three municipalities in turns
/// of a year from `start`. The assignments keep consulted, informed, hours and process;
/// R and A come from the party whose turn it is.
fn rotation_doc(start: &str) -> String {
    let mut y = base();
    y = in_task(
        &y,
        "meeting-coordination",
        " responsible: [marie], accountable: sanne,",
        "",
    );
    y = in_task(&y, "meeting-coordination", " backup: [fleur],", "");
    y = in_task(
        &y,
        "collaboration-coordination",
        " responsible: [marie], accountable: henk,",
        "",
    );
    y = in_task(&y, "collaboration-coordination", " backup: [piet],", "");
    format!(
        "{y}rotation:\n  tasks: [meeting-coordination, collaboration-coordination]\n  \
         order: [utrecht, amersfoort, zeist]\n  period_months: 12\n  start: {start}\n"
    )
}

// ------------------------------------------------------------------------------------
// 1. The base document is clean
// ------------------------------------------------------------------------------------

#[test]
fn base_document_has_no_findings() {
    let r = analyse_yaml(BASE);
    assert_clean(&r);
    assert_eq!(r.summary.errors + r.summary.warnings + r.summary.advice, 0);
    assert_eq!(r.tasks.len(), 15);
    assert!(r.tasks.iter().all(|t| t.required && t.filled()));
}

// ------------------------------------------------------------------------------------
// 2. Every code: a document that triggers it
// ------------------------------------------------------------------------------------

/// A variant of the base that triggers `code`, the subject and severity expected, and
/// the day to analyse it on.
struct Case {
    yaml: String,
    today: Date,
    subject: Subject,
    severity: Severity,
}

fn case(yaml: String, subject: Subject, severity: Severity) -> Case {
    Case {
        yaml,
        today: today(),
        subject,
        severity,
    }
}

/// The trigger for each code. The match is exhaustive: a new code needs a case here.
fn trigger(code: Code) -> Case {
    use Severity::{Advice, Error, Warning};
    let b = base();
    match code {
        // A typo in a Consulted id.
        Code::D001 => case(
            in_task(
                &b,
                "product-ownership",
                "[stuurgroep, kees]",
                "[stuurgoep, kees]",
            ),
            on_task("product-ownership"),
            Error,
        ),
        // A person copied and pasted without changing the id.
        Code::D002 => case(
            edit(
                &b,
                "  - { id: sanne,",
                "  - { id: piet, name: Piet Bakker, party: zeist }\n  - { id: sanne,",
            ),
            on_person("piet"),
            Error,
        ),
        // The task id written in Dutch.
        Code::D003 => case(
            in_task(
                &b,
                "communication",
                "task: communication,",
                "task: communicatie,",
            ),
            on_task("communicatie"),
            Error,
        ),
        Code::R001 => case(
            in_task(&b, "communication", " accountable: sanne,", ""),
            on_task("communication"),
            Error,
        ),
        Code::R002 => case(
            in_task(
                &b,
                "communication",
                "accountable: sanne",
                "accountable: stuurgroep",
            ),
            on_task("communication"),
            Error,
        ),
        Code::R003 => case(
            in_task(&b, "communication", " responsible: [fleur],", ""),
            on_task("communication"),
            Error,
        ),
        Code::C001 => case(
            without_task(&b, "recruitment"),
            on_task("recruitment"),
            Warning,
        ),
        Code::C002 => case(
            edit(&b, "ambition: structured", "ambition: light"),
            on_task("recruitment"),
            Advice,
        ),
        Code::K001 => case(
            in_task(&b, "technical-maintenance", " backup: [piet],", ""),
            on_task("technical-maintenance"),
            Warning,
        ),
        Code::K002 => case(
            in_task(
                &b,
                "contact-person",
                "backup: [piet]",
                "backup: [marie, piet]",
            ),
            subject(Some("contact-person"), None, Some("marie")),
            Warning,
        ),
        // The repository admin's backup is a colleague at the same municipality.
        Code::K003 => case(
            in_task(&b, "repository-admin", "backup: [piet]", "backup: [marie]"),
            subject(Some("repository-admin"), Some("utrecht"), None),
            Warning,
        ),
        // Architecture: R at acme, A at amersfoort, no backup.
        Code::K004 => case(
            in_task(&b, "architecture", " backup: [jan],", ""),
            on_party("acme"),
            Warning,
        ),
        Code::K005 => case(
            in_entry(&b, "piet", ", repository_admin: true", ""),
            on_task("repository-admin"),
            Warning,
        ),
        Code::K006 => case(
            in_task(
                &b,
                "communication",
                ", process: https://example.org/handboek/communicatie",
                "",
            ),
            on_task("communication"),
            Advice,
        ),
        Code::O001 => case(
            edit(
                &b,
                "coordinator_compensated: true",
                "coordinator_compensated: false",
            ),
            on_party("utrecht"),
            Warning,
        ),
        // Henk (Utrecht, the penvoerder) answers for the money and nobody looks along.
        Code::O002 => case(
            in_task(&b, "financial-management", " consulted: [stuurgroep],", ""),
            subject(Some("financial-management"), Some("utrecht"), None),
            Warning,
        ),
        // The supplier's team lead becomes product owner.
        Code::O003 => case(
            in_task(
                &b,
                "product-ownership",
                "responsible: [piet]",
                "responsible: [kees]",
            ),
            subject(Some("product-ownership"), Some("acme"), None),
            Warning,
        ),
        Code::O004 => case(
            edit(
                &edit(&b, "\n  contribution: true\n", "\n  contribution: false\n"),
                "arrangement: coordinating",
                "arrangement: external",
            ),
            whole(),
            Warning,
        ),
        Code::O005 => case(
            edit(&b, "arrangement: coordinating", "arrangement: rotating"),
            whole(),
            Warning,
        ),
        // 2025 utrecht, 2026 amersfoort, 2027-01-01 (34 days ahead) zeist.
        Code::O006 => case(rotation_doc("2025-01-01"), on_party("zeist"), Advice),
        Code::O007 => case(
            without_task(
                &edit(&b, "arrangement: coordinating", "arrangement: distributed"),
                "collaboration-coordination",
            ),
            on_task("collaboration-coordination"),
            Warning,
        ),
        Code::O008 => case(
            edit(&b, "coordinator: utrecht", "coordinator: acme"),
            on_party("acme"),
            Error,
        ),
        Code::O009 => case(edit(&b, "  coordinator: utrecht\n", ""), whole(), Warning),
        // Zeist's one person has 3 hours a week; the rotating tasks ask 4.
        Code::O010 => case(
            edit(
                &rotation_doc("2025-01-01"),
                "party: zeist, title: Informatiemanager, hours_per_week: 4",
                "party: zeist, title: Informatiemanager, hours_per_week: 3",
            ),
            on_party("zeist"),
            Advice,
        ),
        Code::F001 => case(
            edit(
                &b,
                "separate_administration: true",
                "separate_administration: false",
            ),
            whole(),
            Warning,
        ),
        Code::F002 => case(
            edit(&b, "reserve: 40000", "reserve: 23999"),
            whole(),
            Warning,
        ),
        Code::F003 => case(edit(&b, "  reserve: 40000\n", ""), whole(), Advice),
        // A budget divided by inhabitants, and no party has its number.
        Code::F004 => case(
            format!(
                "{b}budget:\n  key: inhabitants\n  hourly_rate: 75\n  activities:\n    - {{ name: Hosting, cost: 1000 }}\n"
            ),
            whole(),
            Warning,
        ),
        // One tier of € 1 per municipality against € 100.000 of cost.
        Code::F005 => case(
            format!(
                "{b}budget:\n  key: tiers\n  hourly_rate: 75\n  tiers:\n    - {{ amount: 1 }}\n  activities:\n    - {{ name: Ontwikkeling, cost: 100000 }}\n"
            ),
            whole(),
            Warning,
        ),
        Code::E001 => case(
            edit(&b, "  last_evaluation: 2026-03-01\n", ""),
            whole(),
            Advice,
        ),
        // Due 2026-11-27, the day before today.
        Code::E002 => case(
            edit(
                &b,
                "last_evaluation: 2026-03-01",
                "last_evaluation: 2025-11-27",
            ),
            whole(),
            Warning,
        ),
        Code::A001 => case(
            STRUCTURED_NON_MONEY
                .iter()
                .fold(b.clone(), |y, t| without_task(&y, t)),
            whole(),
            Advice,
        ),
        // Sanne has 2 hours of tasks and only 1.5 hours.
        Code::H001 => case(
            in_entry(&b, "sanne", "hours_per_week: 4", "hours_per_week: 1.5"),
            on_person("sanne"),
            Warning,
        ),
        // Zeist (contact: sanne, already on five tasks) becomes Accountable for a sixth.
        Code::H002 => case(
            in_task(
                &b,
                "architecture",
                "accountable: piet",
                "accountable: zeist",
            ),
            on_person("sanne"),
            Advice,
        ),
        Code::I001 => case(
            in_task(
                &b,
                "communication",
                "[{ who: deelnemers, via: website }]",
                "[deelnemers]",
            ),
            on_task("communication"),
            Advice,
        ),
    }
}

/// Runs the trigger of `code` and checks the finding is there with subject and severity.
fn assert_fires(code: Code) -> Report {
    let c = trigger(code);
    let r = analyse_yaml_at(&c.yaml, c.today);
    expect(&r, code, c.severity, &c.subject);
    r
}

/// Every finding of every trigger has a place to fix it that names its own task,
/// person or party where the page needs one: no task rule ends up on the matrix, no
/// person or party rule on the bare people page.
#[test]
fn every_code_has_a_place_to_fix_it_that_names_its_subject() {
    for &code in Code::ALL {
        let r = assert_fires(code);
        for f in &r.findings {
            let s = &f.subject;
            match (f.code.fix_page(), f.fix_place()) {
                (FixPage::Task, FixPlace::Task(t)) => assert_eq!(s.task.as_ref(), Some(&t)),
                (FixPage::TaskOr(_), FixPlace::Task(t)) => assert_eq!(s.task.as_ref(), Some(&t)),
                (FixPage::TaskOr(a), FixPlace::Settings(b)) => {
                    assert_eq!(a, b);
                    assert_eq!(s.task, None);
                }
                (FixPage::Person, FixPlace::Person(p)) => assert_eq!(s.person.as_ref(), Some(&p)),
                (FixPage::Party, FixPlace::Party(p)) => assert_eq!(s.party.as_ref(), Some(&p)),
                (FixPage::PartyOr(_), FixPlace::Party(p)) => assert_eq!(s.party.as_ref(), Some(&p)),
                (FixPage::PartyOr(a), FixPlace::Settings(b)) => {
                    assert_eq!(a, b);
                    assert_eq!(s.party, None);
                }
                (FixPage::People, FixPlace::People) => {}
                (FixPage::Settings(a), FixPlace::Settings(b)) => assert_eq!(a, b),
                (FixPage::Reference, FixPlace::Person(p)) => {
                    assert_eq!(s.person.as_ref(), Some(&p))
                }
                (FixPage::Reference, FixPlace::Task(t)) => {
                    assert_eq!(s.person, None);
                    assert_eq!(s.task.as_ref(), Some(&t));
                }
                (FixPage::Reference, FixPlace::Party(p)) => {
                    assert_eq!((&s.person, &s.task), (&None, &None));
                    assert_eq!(s.party.as_ref(), Some(&p));
                }
                (FixPage::Reference, FixPlace::People) => assert_eq!(s, &Subject::default()),
                // The budget is one per collaboration, on the money page.
                (FixPage::Money, FixPlace::Money) => {}
                (page, place) => panic!("{}: {page:?} gave {place:?} for {s:?}", f.code),
            }
        }
    }
}

#[test]
fn every_code_has_a_trigger_and_words_in_both_languages() {
    assert_eq!(Code::ALL.len(), 35);
    for &code in Code::ALL {
        let r = assert_fires(code);
        // analyse_yaml_at checked the words of every finding; check this one by name.
        let f = r.findings.iter().find(|f| f.code == code).unwrap();
        check_words(f);
        assert!(!code.title(Lang::Nl).is_empty() && !code.why(Lang::En).is_empty());
        assert_ne!(
            f.message(Lang::Nl),
            f.message(Lang::En),
            "{code} not translated"
        );
    }
}

#[test]
fn d001_fires_for_an_unknown_reference() {
    let r = assert_fires(Code::D001);
    let f = expect(
        &r,
        Code::D001,
        Severity::Error,
        &on_task("product-ownership"),
    );
    assert!(f.message(Lang::En).contains("stuurgoep"));
    // A backup must be a person: a group there is a reference of the wrong kind.
    let y = in_task(
        &base(),
        "architecture",
        "backup: [jan]",
        "backup: [stuurgroep]",
    );
    expect(
        &analyse_yaml(&y),
        Code::D001,
        Severity::Error,
        &on_task("architecture"),
    );
}

#[test]
fn d001_near_miss_parties_and_groups_are_valid_references() {
    let mut y = in_task(
        &base(),
        "product-ownership",
        "[stuurgroep, kees]",
        "[zeist, acme]",
    );
    y = in_task(
        &y,
        "architecture",
        "responsible: [kees]",
        "responsible: [acme]",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::D001);
}

#[test]
fn d002_fires_for_a_duplicate_id() {
    assert_fires(Code::D002);
    // The same task twice.
    let line = BASE
        .lines()
        .find(|l| l.contains("{ task: recruitment,"))
        .unwrap();
    let y = with_assignment(&base(), line.trim_start().trim_start_matches("- "));
    expect(
        &analyse_yaml(&y),
        Code::D002,
        Severity::Error,
        &on_task("recruitment"),
    );
    // A custom task that takes a person's id.
    let y = with_assignment(
        &base(),
        "{ task: custom, id: jan, name: Beveiliging, responsible: [jan], accountable: henk }",
    );
    expect(
        &analyse_yaml(&y),
        Code::D002,
        Severity::Error,
        &on_task("jan"),
    );
}

#[test]
fn d002_near_miss_distinct_ids_and_a_task_with_its_own_item() {
    let mut y = with_assignment(
        &base(),
        "{ task: custom, id: security-officer, name: Security officer, responsible: [jan], \
         accountable: marie, backup: [piet], hours_per_week: 1, \
         process: https://example.org/handboek/security }",
    );
    y = with_assignment(
        &y,
        "{ item: release-management, responsible: [kees], accountable: jan, backup: [piet], \
         hours_per_week: 1, process: https://example.org/handboek/releases }",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::D002);
    assert_clean(&r);
}

#[test]
fn d003_fires_for_an_unknown_task() {
    let r = assert_fires(Code::D003);
    // The misspelt task is not judged further, and the real one is missing.
    expect(&r, Code::C001, Severity::Warning, &on_task("communication"));
    assert_absent_about(&r, Code::K006, &on_task("communicatie"));
    // An unknown task in the rotation.
    let y = edit(
        &rotation_doc("2025-01-01"),
        "tasks: [meeting-coordination, collaboration-coordination]",
        "tasks: [meeting-coordination, vergaderen]",
    );
    expect(
        &analyse_yaml(&y),
        Code::D003,
        Severity::Error,
        &on_task("vergaderen"),
    );
}

#[test]
fn d003_near_miss_custom_tasks_and_items_are_known() {
    let mut y = with_assignment(
        &base(),
        "{ task: custom, id: security-officer, name: Security officer, responsible: [jan], \
         accountable: marie, backup: [piet], hours_per_week: 1, \
         process: https://example.org/handboek/security }",
    );
    y = with_assignment(
        &y,
        "{ item: release-management, responsible: [kees], accountable: jan, backup: [piet], \
         process: https://example.org/handboek/releases }",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::D003);
    assert_clean(&r);
}

#[test]
fn r001_fires_without_accountable() {
    assert_fires(Code::R001);
}

#[test]
fn r001_near_miss_a_party_as_accountable() {
    let y = in_task(
        &base(),
        "communication",
        "accountable: sanne",
        "accountable: zeist",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::R001);
    assert_clean(&r);
}

#[test]
fn r002_fires_for_a_group_or_several_accountables() {
    let r = assert_fires(Code::R002);
    let f = expect(&r, Code::R002, Severity::Error, &on_task("communication"));
    assert_eq!(arg(f, "reason"), &Arg::Keyword("group"));
    assert!(f.message(Lang::Nl).contains("Stuurgroep"));
    let y = in_task(
        &base(),
        "communication",
        "accountable: sanne",
        "accountable: [sanne, fleur]",
    );
    let r = analyse_yaml(&y);
    let f = expect(&r, Code::R002, Severity::Error, &on_task("communication"));
    assert_eq!(arg(f, "reason"), &Arg::Keyword("many"));
    assert!(f.message(Lang::En).contains("Sanne Visser, Fleur de Boer"));
}

#[test]
fn r002_near_miss_one_party_as_accountable() {
    let y = in_task(
        &base(),
        "communication",
        "accountable: sanne",
        "accountable: [zeist]",
    );
    assert_absent(&analyse_yaml(&y), Code::R002);
}

#[test]
fn r003_fires_without_responsible() {
    let r = assert_fires(Code::R003);
    // Nobody does it, so there is no process to ask for.
    assert_absent(&r, Code::K006);
}

#[test]
fn r003_near_miss_a_group_as_responsible() {
    let y = in_task(
        &base(),
        "communication",
        "responsible: [fleur]",
        "responsible: [stuurgroep]",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::R003);
    assert_clean(&r);
}

#[test]
fn c001_fires_for_a_required_task_left_out() {
    let r = assert_fires(Code::C001);
    let f = expect(&r, Code::C001, Severity::Warning, &on_task("recruitment"));
    assert_eq!(arg(f, "reason"), &Arg::Keyword("level"));
    // Below structured the money tasks are required because of the contribution.
    let y = without_task(
        &edit(&base(), "ambition: structured", "ambition: light"),
        "community-contribution",
    );
    let r = analyse_yaml(&y);
    let f = expect(
        &r,
        Code::C001,
        Severity::Warning,
        &on_task("community-contribution"),
    );
    assert_eq!(arg(f, "reason"), &Arg::Keyword("contribution"));
}

#[test]
fn c001_near_miss_money_tasks_not_required_without_contribution_below_structured() {
    let mut y = edit(&base(), "ambition: structured", "ambition: light");
    y = edit(&y, "\n  contribution: true\n", "\n  contribution: false\n");
    y = without_task(&y, "community-contribution");
    y = without_task(&y, "financial-management");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::C001);
    // Only the structured tasks are above the level now.
    assert!(r.findings.iter().all(|f| f.code == Code::C002));
    assert_eq!(r.findings.len(), 8, "{}", listing(&r));
}

#[test]
fn c002_fires_for_a_task_above_the_level() {
    let r = assert_fires(Code::C002);
    let f = expect(&r, Code::C002, Severity::Advice, &on_task("recruitment"));
    assert_eq!(arg(f, "task_level"), &Arg::Level(AmbitionLevel::Structured));
    for t in STRUCTURED_NON_MONEY {
        expect(&r, Code::C002, Severity::Advice, &on_task(t));
    }
}

#[test]
fn c002_near_miss_money_tasks_are_required_by_the_contribution() {
    let y = edit(&base(), "ambition: structured", "ambition: light");
    let r = analyse_yaml(&y);
    assert_absent_about(&r, Code::C002, &on_task("community-contribution"));
    assert_absent_about(&r, Code::C002, &on_task("financial-management"));
    assert_absent_about(&r, Code::C002, &on_task("meeting-coordination"));
    assert_absent(&analyse_yaml(BASE), Code::C002);
}

#[test]
fn k001_fires_for_a_critical_task_without_backup() {
    assert_fires(Code::K001);
    // A custom task marked critical needs a backup as well.
    let y = with_assignment(
        &base(),
        "{ task: custom, id: security-officer, name: Security officer, critical: true, \
         responsible: [jan], accountable: piet, process: https://example.org/handboek/security }",
    );
    expect(
        &analyse_yaml(&y),
        Code::K001,
        Severity::Warning,
        &on_task("security-officer"),
    );
}

#[test]
fn k001_near_miss_a_task_that_is_not_critical() {
    let y = in_task(&base(), "architecture", " backup: [jan],", "");
    assert_absent(&analyse_yaml(&y), Code::K001);
}

#[test]
fn k002_fires_when_the_backup_is_the_only_responsible() {
    assert_fires(Code::K002);
    // A party as Responsible stands for its contact.
    let y = in_task(
        &base(),
        "contact-person",
        "responsible: [marie], accountable: marie, informed: [{ who: deelnemers, via: nieuwsbrief }], backup: [piet]",
        "responsible: [utrecht], accountable: marie, informed: [{ who: deelnemers, via: nieuwsbrief }], backup: [marie, piet]",
    );
    expect(
        &analyse_yaml(&y),
        Code::K002,
        Severity::Warning,
        &subject(Some("contact-person"), None, Some("marie")),
    );
}

#[test]
fn k002_near_miss_backup_differs_or_more_responsibles() {
    assert_absent(&analyse_yaml(BASE), Code::K002);
    // Two Responsibles: the other one carries on when marie is away.
    let y = in_task(
        &base(),
        "contact-person",
        "responsible: [marie], accountable: marie, informed: [{ who: deelnemers, via: nieuwsbrief }], backup: [piet]",
        "responsible: [marie, piet], accountable: marie, informed: [{ who: deelnemers, via: nieuwsbrief }], backup: [marie]",
    );
    assert_absent(&analyse_yaml(&y), Code::K002);
}

#[test]
fn k003_fires_when_a_critical_task_rests_with_one_party() {
    let r = assert_fires(Code::K003);
    let f = expect(
        &r,
        Code::K003,
        Severity::Warning,
        &subject(Some("repository-admin"), Some("utrecht"), None),
    );
    assert!(f.message(Lang::Nl).contains("Gemeente Utrecht"));
}

#[test]
fn k003_near_miss_a_backup_from_another_party() {
    let y = in_task(
        &base(),
        "repository-admin",
        "backup: [piet]",
        "backup: [marie, piet]",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::K003);
    assert_clean(&r);
    // Not critical: one party may carry it alone (K004 still speaks about leaving).
    let y = in_task(
        &base(),
        "architecture",
        "accountable: piet",
        "accountable: kees",
    );
    let y = in_task(&y, "architecture", "backup: [jan]", "backup: [kees]");
    assert_absent(&analyse_yaml(&y), Code::K003);
}

#[test]
fn k004_fires_when_a_leaving_party_orphans_a_task() {
    let r = assert_fires(Code::K004);
    // R at acme, A at amersfoort: either leaving orphans architecture.
    let f = expect(&r, Code::K004, Severity::Warning, &on_party("acme"));
    assert_eq!(arg(f, "count"), &Arg::Count(1));
    expect(&r, Code::K004, Severity::Warning, &on_party("amersfoort"));
    assert_absent_about(&r, Code::K004, &on_party("utrecht"));
    assert_absent_about(&r, Code::K004, &on_party("zeist"));
}

#[test]
fn k004_near_miss_a_backup_from_another_party_covers_the_task() {
    // The base has a backup outside the R/A party on every task.
    let r = analyse_yaml(BASE);
    assert_absent(&r, Code::K004);
    assert!(r.departure.iter().all(|d| d.orphaned().is_empty()));
    // A backup from the same party as R and A does not help; one from elsewhere does.
    let same = in_task(
        &base(),
        "architecture",
        "accountable: piet",
        "accountable: kees",
    );
    let same = in_task(&same, "architecture", "backup: [jan]", "backup: [kees]");
    expect(
        &analyse_yaml(&same),
        Code::K004,
        Severity::Warning,
        &on_party("acme"),
    );
    let other = in_task(
        &same,
        "architecture",
        "backup: [kees]",
        "backup: [kees, jan]",
    );
    assert_absent(&analyse_yaml(&other), Code::K004);
}

#[test]
fn k005_fires_with_one_repository_admin() {
    let r = assert_fires(Code::K005);
    let f = expect(
        &r,
        Code::K005,
        Severity::Warning,
        &on_task("repository-admin"),
    );
    assert_eq!(arg(f, "count"), &Arg::Count(1));
}

#[test]
fn k005_near_miss_exactly_two_admins() {
    let doc = from_yaml(BASE).unwrap();
    assert_eq!(doc.people.iter().filter(|p| p.repository_admin).count(), 2);
    assert_absent(&analyse_yaml(BASE), Code::K005);
}

#[test]
fn k006_fires_as_advice_for_an_ordinary_task() {
    let r = assert_fires(Code::K006);
    let f = expect(&r, Code::K006, Severity::Advice, &on_task("communication"));
    assert_eq!(arg(f, "reason"), &Arg::Keyword("other"));
}

#[test]
fn k006_is_a_warning_for_an_external_task() {
    let y = in_task(
        &base(),
        "technical-maintenance",
        ", process: https://example.org/handboek/technisch-beheer",
        ", arrangement: external",
    );
    let r = analyse_yaml(&y);
    let f = expect(
        &r,
        Code::K006,
        Severity::Warning,
        &on_task("technical-maintenance"),
    );
    assert_eq!(arg(f, "reason"), &Arg::Keyword("external"));
    // The collaboration's own arrangement counts too.
    let y = edit(
        &base(),
        "arrangement: coordinating",
        "arrangement: external",
    );
    let y = in_task(
        &y,
        "communication",
        ", process: https://example.org/handboek/communicatie",
        "",
    );
    expect(
        &analyse_yaml(&y),
        Code::K006,
        Severity::Warning,
        &on_task("communication"),
    );
}

#[test]
fn k006_is_a_warning_for_a_rotating_task() {
    let y = in_task(
        &rotation_doc("2025-01-01"),
        "meeting-coordination",
        ", process: https://example.org/handboek/overleggen",
        "",
    );
    let r = analyse_yaml(&y);
    let f = expect(
        &r,
        Code::K006,
        Severity::Warning,
        &on_task("meeting-coordination"),
    );
    assert_eq!(arg(f, "reason"), &Arg::Keyword("rotating"));
}

#[test]
fn k006_near_miss_documented_or_nobody_responsible() {
    assert_absent(&analyse_yaml(BASE), Code::K006);
    // No Responsible and no process: R003 speaks, K006 does not.
    let y = in_task(&base(), "communication", " responsible: [fleur],", "");
    let y = in_task(
        &y,
        "communication",
        ", process: https://example.org/handboek/communicatie",
        "",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::K006);
    expect(&r, Code::R003, Severity::Error, &on_task("communication"));
}

#[test]
fn o001_fires_when_the_coordinator_is_not_compensated() {
    let r = assert_fires(Code::O001);
    assert!(
        expect(&r, Code::O001, Severity::Warning, &on_party("utrecht"))
            .message(Lang::Nl)
            .contains("Gemeente Utrecht")
    );
    // Not saying is not compensating.
    let y = edit(&base(), "  coordinator_compensated: true\n", "");
    expect(
        &analyse_yaml(&y),
        Code::O001,
        Severity::Warning,
        &on_party("utrecht"),
    );
}

#[test]
fn o001_near_miss_not_a_coordinating_arrangement() {
    let y = edit(
        &base(),
        "coordinator_compensated: true",
        "coordinator_compensated: false",
    );
    let y = edit(&y, "arrangement: coordinating", "arrangement: distributed");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O001);
    assert_clean(&r);
}

#[test]
fn o002_fires_when_the_coordinator_answers_for_money_alone() {
    assert_fires(Code::O002);
    // Consulting one person is not consulting a group.
    let y = in_task(
        &base(),
        "financial-management",
        "consulted: [stuurgroep]",
        "consulted: [piet]",
    );
    expect(
        &analyse_yaml(&y),
        Code::O002,
        Severity::Warning,
        &subject(Some("financial-management"), Some("utrecht"), None),
    );
    // The coordinating party itself as Accountable.
    let y = in_task(
        &base(),
        "community-contribution",
        "accountable: marie, consulted: [stuurgroep]",
        "accountable: utrecht",
    );
    expect(
        &analyse_yaml(&y),
        Code::O002,
        Severity::Warning,
        &subject(Some("community-contribution"), Some("utrecht"), None),
    );
}

#[test]
fn o002_near_miss_accountable_outside_the_coordinator() {
    let y = in_task(
        &base(),
        "financial-management",
        "accountable: henk, consulted: [stuurgroep]",
        "accountable: fleur",
    );
    // A backup outside amersfoort, so fleur's party leaving orphans nothing.
    let y = in_task(
        &y,
        "financial-management",
        "backup: [fleur]",
        "backup: [sanne]",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O002);
    assert_clean(&r);
}

#[test]
fn o003_fires_when_the_developer_holds_a_sensitive_task() {
    let r = assert_fires(Code::O003);
    let f = expect(
        &r,
        Code::O003,
        Severity::Warning,
        &subject(Some("product-ownership"), Some("acme"), None),
    );
    assert_eq!(arg(f, "letter"), &Arg::Text("R".into()));
    // The developing party itself as Accountable for supplier management.
    let y = in_task(
        &base(),
        "supplier-management",
        "accountable: henk",
        "accountable: acme",
    );
    let r = analyse_yaml(&y);
    let f = expect(
        &r,
        Code::O003,
        Severity::Warning,
        &subject(Some("supplier-management"), Some("acme"), None),
    );
    assert_eq!(arg(f, "letter"), &Arg::Text("A".into()));
}

#[test]
fn o003_near_miss_a_supplier_that_does_not_develop_the_product() {
    let y = in_task(
        &base(),
        "product-ownership",
        "responsible: [piet]",
        "responsible: [kees]",
    );
    let y = in_entry(&y, "acme", " develops_product: true,", "");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O003);
    assert_clean(&r);
    // The developer on a task that is not sensitive (architecture, in the base).
    assert_absent(&analyse_yaml(BASE), Code::O003);
}

#[test]
fn o004_fires_for_an_external_arrangement_without_contribution() {
    let r = assert_fires(Code::O004);
    let f = expect(&r, Code::O004, Severity::Warning, &whole());
    assert_eq!(arg(f, "scope"), &Arg::Keyword("collaboration"));
    // One task given to an external party.
    let y = edit(
        &base(),
        "\n  contribution: true\n",
        "\n  contribution: false\n",
    );
    let y = in_task(
        &y,
        "technical-maintenance",
        "hours_per_week: 4,",
        "hours_per_week: 4, arrangement: external,",
    );
    let r = analyse_yaml(&y);
    let f = expect(
        &r,
        Code::O004,
        Severity::Warning,
        &on_task("technical-maintenance"),
    );
    assert_eq!(arg(f, "scope"), &Arg::Keyword("task"));
    assert_eq!(r.findings.len(), 1, "{}", listing(&r));
}

#[test]
fn o004_near_miss_external_task_paid_from_the_contribution() {
    let y = in_task(
        &base(),
        "technical-maintenance",
        "hours_per_week: 4,",
        "hours_per_week: 4, arrangement: external,",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O004);
    assert_clean(&r);
    // An external task inside an external collaboration is reported once, not twice.
    let y = edit(&y, "\n  contribution: true\n", "\n  contribution: false\n");
    let y = edit(&y, "arrangement: coordinating", "arrangement: external");
    let r = analyse_yaml(&y);
    assert_eq!(
        r.findings.iter().filter(|f| f.code == Code::O004).count(),
        1
    );
    assert_absent_about(&r, Code::O004, &on_task("technical-maintenance"));
}

#[test]
fn o005_fires_for_rotation_at_structured_level() {
    let r = assert_fires(Code::O005);
    let f = expect(&r, Code::O005, Severity::Warning, &whole());
    assert_eq!(
        arg(f, "arrangement"),
        &Arg::Arrangement(Arrangement::Rotating)
    );
}

#[test]
fn o005_near_miss_arrangements_that_suit_the_level() {
    let y = edit(
        &base(),
        "arrangement: coordinating",
        "arrangement: external",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O005);
    assert_clean(&r);
    let y = edit(
        &base(),
        "arrangement: coordinating",
        "arrangement: rotating",
    );
    let y = edit(&y, "ambition: structured", "ambition: light");
    assert_absent(&analyse_yaml(&y), Code::O005);
}

#[test]
fn o006_fires_for_a_hand_over_within_sixty_days() {
    let r = assert_fires(Code::O006);
    let f = expect(&r, Code::O006, Severity::Advice, &on_party("zeist"));
    assert_eq!(arg(f, "days"), &Arg::Count(34));
    assert_eq!(arg(f, "date"), &Arg::Date(date("2027-01-01")));
    assert_eq!(arg(f, "from"), &Arg::Text("Gemeente Amersfoort".into()));
    assert_eq!(arg(f, "to"), &Arg::Text("Gemeente Zeist".into()));
    // Only the hand-over speaks: the rotation document is otherwise clean.
    assert_eq!(r.findings.len(), 1, "{}", listing(&r));
    // Exactly 60 days ahead still counts.
    let r = analyse_yaml(&rotation_doc("2025-01-27"));
    let f = expect(&r, Code::O006, Severity::Advice, &on_party("zeist"));
    assert_eq!(arg(f, "days"), &Arg::Count(60));
    // A rotation that has not started: the first party takes over.
    let r = analyse_yaml(&rotation_doc("2026-12-15"));
    let f = expect(&r, Code::O006, Severity::Advice, &on_party("utrecht"));
    assert_eq!(arg(f, "days"), &Arg::Count(17));
}

#[test]
fn o006_near_miss_hand_over_61_days_away() {
    let r = analyse_yaml(&rotation_doc("2025-01-28"));
    assert_eq!(
        r.rotation.as_ref().unwrap().next_handover,
        Some(date("2027-01-28"))
    );
    assert_absent(&r, Code::O006);
    assert_clean(&r);
}

#[test]
fn o007_fires_when_nobody_coordinates_a_distributed_collaboration() {
    assert_fires(Code::O007);
    // Assigned, but nobody does it.
    let y = edit(
        &base(),
        "arrangement: coordinating",
        "arrangement: distributed",
    );
    let y = in_task(
        &y,
        "collaboration-coordination",
        " responsible: [marie],",
        "",
    );
    expect(
        &analyse_yaml(&y),
        Code::O007,
        Severity::Warning,
        &on_task("collaboration-coordination"),
    );
}

#[test]
fn o007_near_miss_distributed_with_a_coordinator_of_the_collaboration() {
    let y = edit(
        &base(),
        "arrangement: coordinating",
        "arrangement: distributed",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O007);
    assert_clean(&r);
}

#[test]
fn o008_fires_when_a_supplier_coordinates_or_rotates() {
    let r = assert_fires(Code::O008);
    let f = expect(&r, Code::O008, Severity::Error, &on_party("acme"));
    assert_eq!(arg(f, "role"), &Arg::Keyword("coordinator"));
    let y = edit(
        &rotation_doc("2025-01-01"),
        "order: [utrecht, amersfoort, zeist]",
        "order: [utrecht, amersfoort, acme]",
    );
    let r = analyse_yaml(&y);
    let f = expect(&r, Code::O008, Severity::Error, &on_party("acme"));
    assert_eq!(arg(f, "role"), &Arg::Keyword("rotation"));
}

#[test]
fn o008_near_miss_municipalities_only() {
    assert_absent(&analyse_yaml(BASE), Code::O008);
    assert_absent(&analyse_yaml(&rotation_doc("2025-01-01")), Code::O008);
}

#[test]
fn o009_fires_when_the_coordinator_is_not_given() {
    assert_fires(Code::O009);
}

#[test]
fn o009_near_miss_distributed_or_unknown_coordinator() {
    let y = edit(&base(), "  coordinator: utrecht\n", "");
    let y = edit(&y, "arrangement: coordinating", "arrangement: distributed");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O009);
    assert_clean(&r);
    // A coordinator that does not exist is a broken reference, not a missing one.
    let y = edit(&base(), "coordinator: utrecht", "coordinator: gouda");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::O009);
    let d001: Vec<_> = r.findings.iter().filter(|f| f.code == Code::D001).collect();
    assert_eq!(d001.len(), 1, "{}", listing(&r));
    assert_eq!(arg(d001[0], "id"), &Arg::Text("gouda".into()));
}

#[test]
fn f001_fires_when_money_is_not_kept_apart() {
    assert_fires(Code::F001);
    let y = edit(&base(), "  separate_administration: true\n", "");
    expect(&analyse_yaml(&y), Code::F001, Severity::Warning, &whole());
}

#[test]
fn f001_near_miss_no_contribution_collected() {
    let y = edit(
        &base(),
        "separate_administration: true",
        "separate_administration: false",
    );
    let y = edit(&y, "\n  contribution: true\n", "\n  contribution: false\n");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::F001);
    assert_clean(&r);
}

#[test]
fn f002_fires_below_three_months_of_reserve() {
    let r = assert_fires(Code::F002);
    assert!(r.reserve_months.unwrap() < 3.0);
    let f = expect(&r, Code::F002, Severity::Warning, &whole());
    assert!(
        f.message(Lang::Nl).contains("3,0"),
        "{}",
        f.message(Lang::Nl)
    );
}

#[test]
fn f002_near_miss_reserve_of_exactly_three_months() {
    let y = edit(&base(), "reserve: 40000", "reserve: 24000");
    let r = analyse_yaml(&y);
    assert_eq!(r.reserve_months, Some(3.0));
    assert_absent(&r, Code::F002);
    assert_clean(&r);
}

#[test]
fn f003_fires_when_reserve_or_fixed_costs_are_unknown() {
    let r = assert_fires(Code::F003);
    let f = expect(&r, Code::F003, Severity::Advice, &whole());
    assert_eq!(arg(f, "missing"), &Arg::Keyword("reserve"));
    assert_eq!(r.reserve_months, None);
    let y = edit(&base(), "  fixed_costs_per_month: 8000\n", "");
    let r = analyse_yaml(&y);
    let f = expect(&r, Code::F003, Severity::Advice, &whole());
    assert_eq!(arg(f, "missing"), &Arg::Keyword("fixed"));
}

#[test]
fn f003_near_miss_no_contribution_collected() {
    let y = edit(&base(), "  reserve: 40000\n", "");
    let y = edit(&y, "\n  contribution: true\n", "\n  contribution: false\n");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::F003);
    assert_clean(&r);
}

#[test]
fn e001_fires_without_an_evaluation_date() {
    let r = assert_fires(Code::E001);
    assert_eq!(r.evaluation_due, None);
}

#[test]
fn e001_near_miss_evaluation_date_given() {
    assert_absent(&analyse_yaml(BASE), Code::E001);
}

#[test]
fn e002_fires_after_the_interval() {
    let r = assert_fires(Code::E002);
    let f = expect(&r, Code::E002, Severity::Warning, &whole());
    assert_eq!(arg(f, "due"), &Arg::Date(date("2026-11-27")));
    // A shorter interval of its own.
    let y = edit(
        &base(),
        "evaluation_interval_months: 12",
        "evaluation_interval_months: 6",
    );
    expect(&analyse_yaml(&y), Code::E002, Severity::Warning, &whole());
}

#[test]
fn a_recorded_evaluation_counts_as_the_last_one_and_keeps_its_notes() {
    // The date is late, but an evaluation with notes was recorded since.
    let late = trigger(Code::E002).yaml;
    let with = format!(
        "{late}evaluations:\n  - date: 2026-06-15\n    went_well: De overleggen lopen goed.\n    \
         to_change: Meer back-ups.\n    decisions: Fleur wordt back-up.\n"
    );
    let doc = from_yaml(&with).unwrap();
    assert_eq!(doc.last_evaluation(), Some(date("2026-06-15")));
    let e = doc.latest_evaluation().unwrap();
    assert_eq!(
        e.decisions.as_ref().map(|t| t.as_str()),
        Some("Fleur wordt back-up.")
    );
    let r = analyse_yaml(&with);
    assert_absent(&r, Code::E002);
    assert_eq!(r.evaluation_due, Some(date("2027-06-15")));
    // An older recorded evaluation does not hide a later date, nor an overdue one.
    let older = format!("{late}evaluations:\n  - date: 2025-01-01\n");
    expect(
        &analyse_yaml(&older),
        Code::E002,
        Severity::Warning,
        &whole(),
    );
    // Unknown keys in an evaluation are refused like anywhere else.
    let bad = format!("{late}evaluations:\n  - date: 2026-06-15\n    besluiten: x\n");
    assert!(from_yaml(&bad).is_err());
}

#[test]
fn e002_near_miss_evaluation_exactly_at_the_interval() {
    let y = edit(
        &base(),
        "last_evaluation: 2026-03-01",
        "last_evaluation: 2025-11-28",
    );
    let r = analyse_yaml(&y);
    assert_eq!(r.evaluation_due, Some(today()));
    assert_absent(&r, Code::E002);
    assert_clean(&r);
    // The interval defaults to twelve months.
    let y = edit(&y, "  evaluation_interval_months: 12\n", "");
    assert_clean(&analyse_yaml(&y));
}

#[test]
fn a001_fires_when_less_than_half_is_filled() {
    let r = assert_fires(Code::A001);
    let f = expect(&r, Code::A001, Severity::Advice, &whole());
    assert_eq!(arg(f, "filled"), &Arg::Count(7));
    assert_eq!(arg(f, "required"), &Arg::Count(15));
    // The highest level whose tasks are all filled.
    assert_eq!(arg(f, "level"), &Arg::Level(AmbitionLevel::Light));
    // Without meeting coordination, light is not filled either: suggest sharing.
    let y = in_task(
        &trigger(Code::A001).yaml,
        "meeting-coordination",
        " responsible: [marie],",
        "",
    );
    let r = analyse_yaml(&y);
    let f = expect(&r, Code::A001, Severity::Advice, &whole());
    assert_eq!(arg(f, "level"), &Arg::Level(AmbitionLevel::Sharing));
}

#[test]
fn a001_near_miss_eight_of_fifteen_filled() {
    let y = STRUCTURED_NON_MONEY[1..]
        .iter()
        .fold(base(), |y, t| without_task(&y, t));
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::A001);
    assert_eq!(
        r.findings.iter().filter(|f| f.code == Code::C001).count(),
        7
    );
}

#[test]
fn h001_fires_for_more_hours_than_available() {
    let r = assert_fires(Code::H001);
    let f = expect(&r, Code::H001, Severity::Warning, &on_person("sanne"));
    assert!(f.message(Lang::En).contains("Sanne Visser"));
}

#[test]
fn h001_near_miss_hours_exactly_available_and_split_over_responsibles() {
    let y = in_entry(&base(), "sanne", "hours_per_week: 4", "hours_per_week: 2");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::H001);
    assert_clean(&r);
    // Jan has repository admin (1 h) and half of technical maintenance (4 h, shared
    // with kees): 3 h, not 5 h.
    let y = in_entry(&base(), "jan", "hours_per_week: 8", "hours_per_week: 3");
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::H001);
    let y = in_entry(&base(), "jan", "hours_per_week: 8", "hours_per_week: 2.5");
    expect(
        &analyse_yaml(&y),
        Code::H001,
        Severity::Warning,
        &on_person("jan"),
    );
}

#[test]
fn h002_fires_for_more_than_five_tasks() {
    let r = assert_fires(Code::H002);
    let f = expect(&r, Code::H002, Severity::Advice, &on_person("sanne"));
    assert_eq!(arg(f, "count"), &Arg::Count(6));
    // Directly, as a person.
    let y = in_task(
        &base(),
        "architecture",
        "accountable: piet",
        "accountable: sanne",
    );
    expect(
        &analyse_yaml(&y),
        Code::H002,
        Severity::Advice,
        &on_person("sanne"),
    );
}

#[test]
fn h002_near_miss_five_tasks_or_through_a_group() {
    let r = analyse_yaml(BASE);
    for p in ["henk", "piet", "sanne"] {
        let load = r.workload.people.iter().find(|l| l.person.as_str() == p);
        assert_eq!(load.unwrap().tasks, 5, "{p}");
    }
    assert_absent(&r, Code::H002);
    // The steering group (marie, piet, sanne) as Responsible does not count for them.
    let y = in_task(
        &base(),
        "architecture",
        "responsible: [kees]",
        "responsible: [stuurgroep]",
    );
    let r = analyse_yaml(&y);
    assert_absent(&r, Code::H002);
    assert_clean(&r);
}

#[test]
fn i001_fires_for_informed_without_channel() {
    let r = assert_fires(Code::I001);
    let f = expect(&r, Code::I001, Severity::Advice, &on_task("communication"));
    assert_eq!(arg(f, "who"), &Arg::Text("Alle deelnemers".into()));
}

#[test]
fn i001_near_miss_informed_with_channel() {
    assert_absent(&analyse_yaml(BASE), Code::I001);
}

// ------------------------------------------------------------------------------------
// 3. Derived views
// ------------------------------------------------------------------------------------

#[test]
fn checklist_has_twenty_items_all_done_in_the_base() {
    let r = analyse_yaml(BASE);
    assert_eq!(r.checklist.len(), 20);
    assert_eq!(
        r.checklist.iter().map(|c| c.item).collect::<Vec<_>>(),
        ItemId::ALL.to_vec()
    );
    for row in &r.checklist {
        assert_eq!(row.status, ItemStatus::Done, "{:?}", row.item);
        assert!(row.required && !row.own_assignment, "{:?}", row.item);
        assert_eq!(row.task, row.item.task());
        assert!(!row.holders.is_empty());
    }
    let review = r
        .checklist
        .iter()
        .find(|c| c.item == ItemId::CodeReview)
        .unwrap();
    assert_eq!(review.holders, vec!["Jan de Vries", "Kees Bakker"]);
}

#[test]
fn checklist_item_assigned_on_its_own() {
    let y = with_assignment(
        &base(),
        "{ item: release-management, responsible: [kees], accountable: jan, backup: [piet], \
         hours_per_week: 1, process: https://example.org/handboek/releases }",
    );
    let r = analyse_yaml(&y);
    assert_clean(&r);
    let row = |i: ItemId| r.checklist.iter().find(|c| c.item == i).unwrap();
    let release = row(ItemId::ReleaseManagement);
    assert!(release.own_assignment);
    assert_eq!(release.status, ItemStatus::Done);
    assert_eq!(release.task, TaskId::RepositoryAdmin);
    assert_eq!(release.holders, vec!["Kees Bakker"]);
    let rights = row(ItemId::RepoAdminRights);
    assert!(!rights.own_assignment);
    assert_eq!(rights.holders, vec!["Jan de Vries"]);

    // The item alone ticks only itself: the task is still missing.
    let y = without_task(&y, "repository-admin");
    let r = analyse_yaml(&y);
    let row = |i: ItemId| r.checklist.iter().find(|c| c.item == i).unwrap();
    assert_eq!(row(ItemId::ReleaseManagement).status, ItemStatus::Done);
    assert_eq!(row(ItemId::RepoAdminRights).status, ItemStatus::Missing);
    expect(
        &r,
        Code::C001,
        Severity::Warning,
        &on_task("repository-admin"),
    );
}

#[test]
fn checklist_at_sharing_level_financial_items_not_needed() {
    let mut y = edit(&base(), "ambition: structured", "ambition: light");
    y = edit(&y, "ambition: light", "ambition: sharing");
    y = edit(&y, "\n  contribution: true\n", "\n  contribution: false\n");
    for t in TaskId::ALL.iter().skip(3) {
        y = without_task(&y, t.id());
    }
    let r = analyse_yaml(&y);
    assert_clean(&r);
    for row in &r.checklist {
        let basic = matches!(
            row.task,
            TaskId::ContactPerson | TaskId::RepositoryAdmin | TaskId::TechnicalMaintenance
        );
        let want = if basic {
            ItemStatus::Done
        } else {
            ItemStatus::NotNeeded
        };
        assert_eq!(row.status, want, "{:?}", row.item);
        assert_eq!(row.required, basic, "{:?}", row.item);
    }
    let financial: Vec<_> = r
        .checklist
        .iter()
        .filter(|c| c.group == rolwijzer_core::catalogue::ChecklistGroup::Financial)
        .collect();
    assert_eq!(financial.len(), 4);
    assert!(financial.iter().all(|c| c.status == ItemStatus::NotNeeded));

    // With a contribution the money items are needed at any level.
    let y = edit(&y, "\n  contribution: false\n", "\n  contribution: true\n");
    let r = analyse_yaml(&y);
    assert!(
        r.checklist
            .iter()
            .filter(|c| c.group == rolwijzer_core::catalogue::ChecklistGroup::Financial)
            .all(|c| c.status == ItemStatus::Missing && c.required)
    );
}

#[test]
fn workload_per_person_and_party() {
    let r = analyse_yaml(BASE);
    let person = |id: &str| {
        r.workload
            .people
            .iter()
            .find(|p| p.person.as_str() == id)
            .unwrap()
    };
    // (person, assigned, available, R/A tasks)
    for (id, assigned, available, tasks) in [
        ("marie", 6.0, 8.0, 4),
        ("jan", 3.0, 8.0, 3),
        ("lotte", 3.0, 4.0, 2),
        ("henk", 0.0, 2.0, 5),
        ("piet", 4.0, 8.0, 5),
        ("fleur", 3.0, 8.0, 3),
        ("sanne", 2.0, 4.0, 5),
        ("kees", 7.0, 16.0, 3),
    ] {
        let p = person(id);
        assert!((p.assigned - assigned).abs() < 1e-9, "{id}: {}", p.assigned);
        assert_eq!(p.available, Some(available), "{id}");
        assert_eq!(p.tasks, tasks, "{id}");
    }
    let party = |id: &str| {
        r.workload
            .parties
            .iter()
            .find(|p| p.party.as_str() == id)
            .unwrap()
    };
    for (id, assigned, available) in [
        ("utrecht", 12.0, 22.0),
        ("amersfoort", 7.0, 16.0),
        ("zeist", 2.0, 4.0),
        ("acme", 7.0, 16.0),
    ] {
        let p = party(id);
        assert!((p.assigned - assigned).abs() < 1e-9, "{id}: {}", p.assigned);
        assert_eq!(p.available, Some(available), "{id}");
    }
    let total: f64 = r.workload.parties.iter().map(|p| p.assigned).sum();
    assert!((total - 28.0).abs() < 1e-9, "{total}");
    assert_eq!(r.workload.basic_tasks_hours, Some(7.0));
}

#[test]
fn workload_splits_a_task_over_its_responsibles() {
    // Technical maintenance alone: 4 h a week for jan and kees.
    let mut y = base();
    for t in TaskId::ALL {
        if t != TaskId::TechnicalMaintenance {
            y = without_hours(&y, t.id());
        }
    }
    let r = analyse_yaml(&y);
    assert_clean(&r);
    let hours: Vec<(String, f64)> = r
        .workload
        .people
        .iter()
        .filter(|p| p.assigned > 0.0)
        .map(|p| (p.person.to_string(), p.assigned))
        .collect();
    assert_eq!(hours, vec![("jan".into(), 2.0), ("kees".into(), 2.0)]);
    let party = |id: &str| {
        r.workload
            .parties
            .iter()
            .find(|p| p.party.as_str() == id)
            .unwrap()
            .assigned
    };
    assert_eq!(party("utrecht"), 2.0);
    assert_eq!(party("acme"), 2.0);
    assert_eq!(party("amersfoort"), 0.0);
    assert_eq!(r.workload.basic_tasks_hours, None);
}

#[test]
fn workload_of_a_party_goes_to_its_contact() {
    let y = in_task(
        &base(),
        "community-management",
        "responsible: [fleur]",
        "responsible: [zeist]",
    );
    let r = analyse_yaml(&y);
    let sanne = r
        .workload
        .people
        .iter()
        .find(|p| p.person.as_str() == "sanne")
        .unwrap();
    assert_eq!(sanne.assigned, 4.0);
    assert_absent(&r, Code::H001);
    // A party as R counts for its contact: sanne now holds six tasks.
    expect(&r, Code::H002, Severity::Advice, &on_person("sanne"));
}

#[test]
fn departure_table_lists_what_a_party_would_orphan() {
    let r = analyse_yaml(BASE);
    assert_eq!(
        r.departure
            .iter()
            .map(|d| d.party.as_str())
            .collect::<Vec<_>>(),
        vec!["utrecht", "amersfoort", "zeist", "acme"]
    );
    assert!(r.departure.iter().all(|d| d.orphaned().is_empty()));

    let r = analyse_yaml(&trigger(Code::K004).yaml);
    let row = |id: &str| r.departure.iter().find(|d| d.party.as_str() == id).unwrap();
    assert_eq!(row("acme").lose_responsible, vec!["architecture"]);
    assert!(row("acme").lose_accountable.is_empty());
    assert!(row("amersfoort").lose_responsible.is_empty());
    assert_eq!(row("amersfoort").lose_accountable, vec!["architecture"]);
    assert_eq!(row("amersfoort").orphaned(), vec!["architecture"]);
    assert!(row("utrecht").orphaned().is_empty());
    assert!(row("zeist").orphaned().is_empty());
    assert_eq!(row("acme").name, "Acme Software B.V.");
}

#[test]
fn o010_only_when_a_party_in_turn_has_fewer_hours_than_the_turn_asks() {
    let r = assert_fires(Code::O010);
    let f = r.findings.iter().find(|f| f.code == Code::O010).unwrap();
    assert_eq!(
        f.message(Lang::Nl),
        "Gemeente Zeist heeft 3 uur per week. De roulerende taken vragen 4 uur per week. \
         Als Gemeente Zeist aan de beurt is, is er dus te weinig tijd."
    );
    // Exactly the hours asked is enough; so is a party outside the rotation.
    let r = analyse_yaml(&rotation_doc("2025-01-01"));
    assert_absent(&r, Code::O010);
    let yaml = edit(
        &trigger(Code::O010).yaml,
        "order: [utrecht, amersfoort, zeist]",
        "order: [utrecht, amersfoort]",
    );
    assert_absent(&analyse_yaml(&yaml), Code::O010);
    // Unknown hours are not a shortage.
    let yaml = edit(
        &trigger(Code::O010).yaml,
        "party: zeist, title: Informatiemanager, hours_per_week: 3",
        "party: zeist, title: Informatiemanager",
    );
    assert_absent(&analyse_yaml(&yaml), Code::O010);
}

#[test]
fn person_departure_lists_what_one_person_would_orphan() {
    // In the base document every task has a backup: nobody's leaving orphans one.
    assert!(analyse_yaml(BASE).departure_people.is_empty());

    // Without a backup, marie alone is R of the contact person task and R and A of
    // nothing else; henk is A of collaboration coordination.
    let yaml = in_line(BASE, "task: contact-person", "backup: [piet], ", "");
    let yaml = in_line(
        &yaml,
        "task: collaboration-coordination",
        "backup: [piet], ",
        "",
    );
    let r = analyse_yaml(&yaml);
    let rows: Vec<(&str, Vec<String>, Vec<String>)> = r
        .departure_people
        .iter()
        .map(|d| {
            (
                d.person.as_str(),
                d.lose_responsible.clone(),
                d.lose_accountable.clone(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "marie",
                vec![
                    "contact-person".to_owned(),
                    "collaboration-coordination".to_owned()
                ],
                vec!["contact-person".to_owned()],
            ),
            (
                "henk",
                vec![],
                vec!["collaboration-coordination".to_owned()]
            ),
        ]
    );
    let marie = &r.departure_people[0];
    assert_eq!(marie.name, "Marie Jansen");
    assert_eq!(marie.party.as_str(), "utrecht");
    assert_eq!(
        marie.orphaned(),
        vec!["contact-person", "collaboration-coordination"]
    );

    // A party named as R survives any one person's leaving; a backup who is the same
    // person covers nothing.
    let yaml = in_line(
        BASE,
        "task: contact-person",
        "responsible: [marie], accountable: marie",
        "responsible: [utrecht], accountable: utrecht",
    );
    let yaml = in_line(
        &yaml,
        "task: contact-person",
        "backup: [piet]",
        "backup: [utrecht]",
    );
    assert!(analyse_yaml(&yaml).departure_people.is_empty());
    let yaml = in_line(
        BASE,
        "task: contact-person",
        "backup: [piet]",
        "backup: [marie]",
    );
    let r = analyse_yaml(&yaml);
    assert_eq!(r.departure_people.len(), 1);
    assert_eq!(r.departure_people[0].orphaned(), vec!["contact-person"]);
}

#[test]
fn departure_skips_rotating_tasks_that_pass_on() {
    let r = analyse_yaml(&rotation_doc("2025-01-01"));
    assert!(r.departure.iter().all(|d| d.orphaned().is_empty()));
    assert_absent(&r, Code::K004);
}

#[test]
fn one_sentence_says_who_holds_a_rotating_task_now_and_until_when() {
    let r = analyse_yaml(&rotation_doc("2025-01-01"));
    let doc = from_yaml(&rotation_doc("2025-01-01")).unwrap();
    let cal = r.rotation.as_ref().unwrap();
    assert_eq!(cal.current().map(|p| p.party.as_str()), Some("amersfoort"));
    assert_eq!(cal.next().map(|p| p.party.as_str()), Some("zeist"));
    assert_eq!(
        cal.phrase(&doc, Lang::Nl),
        "roulerend — nu Gemeente Amersfoort (Fleur de Boer), tot 1 januari 2027"
    );
    assert_eq!(
        cal.phrase(&doc, Lang::En),
        "rotating — now Gemeente Amersfoort (Fleur de Boer), until 1 January 2027"
    );
    // Before the start: the first turn and when it begins; a party without a
    // contact is named alone.
    let later = edit(
        &rotation_doc("2027-03-01"),
        "kind: municipality, contact: marie }",
        "kind: municipality }",
    );
    let r = analyse_yaml(&later);
    let cal = r.rotation.as_ref().unwrap();
    assert!(cal.current().is_none());
    assert_eq!(
        cal.phrase(&from_yaml(&later).unwrap(), Lang::Nl),
        "roulerend — vanaf 1 maart 2027 Gemeente Utrecht"
    );
}

#[test]
fn the_hand_over_checklist_shows_from_sixty_days_ahead() {
    use rolwijzer_core::document::HandoverItem;
    // The hand-over is 2027-01-01; 2026-11-28 is 34 days before it.
    let yaml = rotation_doc("2025-01-01");
    let r = analyse_yaml(&yaml);
    let h = r.handover.as_ref().unwrap();
    assert_eq!(h.date, date("2027-01-01"));
    assert_eq!(h.days, 34);
    assert_eq!(h.from.as_ref().map(|p| p.as_str()), Some("amersfoort"));
    assert_eq!(h.to.as_str(), "zeist");
    let done = |r: &Report| -> Vec<(HandoverItem, bool)> {
        r.handover
            .as_ref()
            .unwrap()
            .items
            .iter()
            .map(|p| (p.item, p.done))
            .collect()
    };
    // Both rotating tasks have a process in the base document: that point is done.
    assert_eq!(
        done(&r),
        vec![
            (HandoverItem::Process, true),
            (HandoverItem::Backup, false),
            (HandoverItem::Access, false),
            (HandoverItem::PublicContact, false),
        ]
    );
    // Ticks count for their own day only.
    let ticked = yaml.replace(
        "  start: 2025-01-01\n",
        "  start: 2025-01-01\n  handovers:\n    - { date: 2027-01-01, done: [backup, access] }\n    - { date: 2026-01-01, done: [public-contact] }\n",
    );
    let r = analyse_yaml(&ticked);
    assert_eq!(
        done(&r),
        vec![
            (HandoverItem::Process, true),
            (HandoverItem::Backup, true),
            (HandoverItem::Access, true),
            (HandoverItem::PublicContact, false),
        ]
    );
    // More than sixty days ahead there is no checklist yet.
    let early = analyse_yaml_at(&yaml, date("2026-10-01"));
    assert!(early.handover.is_none());
}

#[test]
fn rotation_calendar_current_holder_and_next_hand_over() {
    let r = analyse_yaml(&rotation_doc("2025-01-01"));
    let cal = r.rotation.as_ref().unwrap();
    assert_eq!(
        cal.tasks,
        vec!["meeting-coordination", "collaboration-coordination"]
    );
    assert_eq!(cal.next_handover, Some(date("2027-01-01")));
    let current: Vec<_> = cal.periods.iter().filter(|p| p.current).collect();
    assert_eq!(current.len(), 1);
    let now = current[0];
    assert_eq!(now.party.as_str(), "amersfoort");
    assert_eq!(now.holder.as_ref().map(|h| h.as_str()), Some("fleur"));
    assert_eq!(
        (now.start, now.end),
        (date("2026-01-01"), date("2027-01-01"))
    );
    assert!(now.start <= today() && today() < now.end);
    // One turn back, the current one and a full round ahead.
    let turns: Vec<(String, String)> = cal
        .periods
        .iter()
        .map(|p| (p.start.to_string(), p.party.to_string()))
        .collect();
    let want = [
        ("2025-01-01", "utrecht"),
        ("2026-01-01", "amersfoort"),
        ("2027-01-01", "zeist"),
        ("2028-01-01", "utrecht"),
        ("2029-01-01", "amersfoort"),
    ];
    assert_eq!(
        turns,
        want.iter()
            .map(|(d, p)| (d.to_string(), p.to_string()))
            .collect::<Vec<_>>()
    );
    for w in cal.periods.windows(2) {
        assert_eq!(w[0].end, w[1].start);
    }
    // The party whose turn it is holds R and A through its contact.
    for key in ["meeting-coordination", "collaboration-coordination"] {
        let t = r.tasks.iter().find(|t| t.key == key).unwrap();
        assert!(t.rotating);
        assert_eq!(t.arrangement, Arrangement::Rotating);
        assert_eq!(
            t.responsible,
            vec![rolwijzer_core::Id::parse("fleur").unwrap()]
        );
        assert_eq!(
            t.accountable,
            vec![rolwijzer_core::Id::parse("fleur").unwrap()]
        );
    }
    // Next year it is zeist's turn, and sanne holds the tasks.
    let r = analyse_yaml_at(&rotation_doc("2025-01-01"), date("2027-06-01"));
    let cal = r.rotation.as_ref().unwrap();
    let now = cal.periods.iter().find(|p| p.current).unwrap();
    assert_eq!(now.party.as_str(), "zeist");
    assert_eq!(now.holder.as_ref().map(|h| h.as_str()), Some("sanne"));
    assert_eq!(cal.next_handover, Some(date("2028-01-01")));
    // No rotation, no calendar.
    assert!(analyse_yaml(BASE).rotation.is_none());
}

#[test]
fn reserve_months_and_evaluation_due() {
    let r = analyse_yaml(BASE);
    assert_eq!(r.reserve_months, Some(5.0));
    assert_eq!(r.evaluation_due, Some(date("2027-03-01")));
    let y = edit(
        &base(),
        "evaluation_interval_months: 12",
        "evaluation_interval_months: 6",
    );
    assert_eq!(analyse_yaml(&y).evaluation_due, Some(date("2026-09-01")));
    // No fixed costs known: no months.
    let y = edit(
        &base(),
        "fixed_costs_per_month: 8000",
        "fixed_costs_per_month: 0",
    );
    let r = analyse_yaml(&y);
    assert_eq!(r.reserve_months, None);
    assert_absent(&r, Code::F002);
}

#[test]
fn contact_card_shows_the_contact_person() {
    let r = analyse_yaml(BASE);
    let c = r.contact.as_ref().unwrap();
    assert_eq!(c.collaboration, "Open Vergunningen");
    assert_eq!(c.person.as_str(), "marie");
    assert_eq!(c.name, "Marie Jansen");
    assert_eq!(c.title.as_deref(), Some("Coördinator"));
    assert_eq!(c.email.as_deref(), Some("marie@utrecht.example.nl"));
    assert_eq!(c.phone.as_deref(), Some("+31 30 123 4567"));
    assert_eq!(c.party, "Gemeente Utrecht");
    // Without a contact-person task, the coordinator's contact is the face.
    let y = in_task(
        &base(),
        "contact-person",
        "responsible: [marie]",
        "responsible: [sanne]",
    );
    assert_eq!(analyse_yaml(&y).contact.unwrap().person.as_str(), "sanne");
    let y = without_task(&base(), "contact-person");
    let y = edit(
        &y,
        "{ id: utrecht, name: Gemeente Utrecht, kind: municipality, contact: marie }",
        "{ id: utrecht, name: Gemeente Utrecht, kind: municipality, contact: henk }",
    );
    assert_eq!(analyse_yaml(&y).contact.unwrap().person.as_str(), "henk");
}

#[test]
fn recognition_per_person_and_party() {
    let r = analyse_yaml(BASE);
    let rec = |id: &str, party: bool| {
        r.recognition
            .iter()
            .find(|x| x.id.as_str() == id && x.is_party == party)
            .unwrap_or_else(|| panic!("no recognition for {id}"))
    };
    let marie = rec("marie", false);
    assert_eq!(
        marie.tasks,
        vec![
            "contact-person",
            "meeting-coordination",
            "collaboration-coordination",
            "community-contribution"
        ]
    );
    assert_eq!(marie.hours_per_year, 6.0 * 46.0);
    assert_eq!(marie.name, "Marie Jansen");
    // Henk is Accountable only: tasks, but no hours.
    let henk = rec("henk", false);
    assert_eq!(henk.tasks.len(), 5);
    assert_eq!(henk.hours_per_year, 0.0);
    let utrecht = rec("utrecht", true);
    assert_eq!(utrecht.hours_per_year, 12.0 * 46.0);
    assert_eq!(
        utrecht.tasks,
        vec![
            "contact-person",
            "repository-admin",
            "technical-maintenance",
            "meeting-coordination",
            "collaboration-coordination",
            "community-contribution",
            "financial-management",
            "development-team-lead",
            "supplier-management"
        ]
    );
    let acme = rec("acme", true);
    assert_eq!(acme.hours_per_year, 7.0 * 46.0);
    assert_eq!(r.recognition.iter().filter(|x| x.is_party).count(), 4);
    assert_eq!(r.recognition.iter().filter(|x| !x.is_party).count(), 8);
}

#[test]
fn holdings_show_the_letters_per_party() {
    let r = analyse_yaml(BASE);
    let doc = rolwijzer_core::parse::from_yaml(BASE).unwrap();
    let holdings = rolwijzer_core::analyse::holdings(&doc, &r);
    let zeist = holdings
        .iter()
        .find(|h| h.party.as_str() == "zeist")
        .unwrap();
    let letters = |task: &str| {
        zeist
            .tasks
            .iter()
            .find(|h| h.task == task)
            .map(|h| h.letters.as_str())
    };
    assert_eq!(letters("product-ownership"), Some("AC"));
    assert_eq!(letters("recruitment"), Some("R"));
    assert_eq!(letters("contact-person"), Some("I"));
    assert_eq!(letters("supplier-management"), Some("CB"));
    assert_eq!(letters("architecture"), None);
}

// ------------------------------------------------------------------------------------
// 4. Determinism and order
// ------------------------------------------------------------------------------------

/// A document with many findings of every severity.
fn messy() -> String {
    let mut y = base();
    y = in_task(&y, "communication", " accountable: sanne,", "");
    y = in_task(
        &y,
        "recruitment",
        "accountable: fleur",
        "accountable: [fleur, piet]",
    );
    y = edit(
        &y,
        "coordinator_compensated: true",
        "coordinator_compensated: false",
    );
    y = edit(&y, "  last_evaluation: 2026-03-01\n", "");
    y = edit(&y, "reserve: 40000", "reserve: 10000");
    y = in_task(&y, "architecture", " backup: [jan],", "");
    y = in_task(&y, "repository-admin", "backup: [piet]", "backup: [marie]");
    y = in_task(&y, "technical-maintenance", " backup: [piet],", "");
    y = in_task(
        &y,
        "product-ownership",
        "responsible: [piet]",
        "responsible: [kees]",
    );
    y = in_task(
        &y,
        "monitoring-reporting",
        "via: kwartaalrapportage }",
        "via: kwartaalrapportage }, deelnemers",
    );
    y = in_task(
        &y,
        "supplier-management",
        ", process: https://example.org/handboek/leveranciers",
        "",
    );
    y = in_entry(&y, "sanne", "hours_per_week: 4", "hours_per_week: 1");
    y = edit(
        &y,
        "  - { id: sanne,",
        "  - { id: piet, name: Piet Bakker, party: zeist }\n  - { id: sanne,",
    );
    y
}

#[test]
fn analyse_is_deterministic() {
    for yaml in [base(), messy(), rotation_doc("2025-01-01")] {
        let a = analyse_yaml(&yaml);
        let b = analyse_yaml(&yaml);
        assert_eq!(a, b);
        let doc = from_yaml(&yaml).unwrap();
        assert_eq!(analyse(&doc, today()), analyse(&doc, today()));
        let words = |r: &Report| -> Vec<String> {
            r.findings.iter().map(|f| f.message(Lang::Nl)).collect()
        };
        assert_eq!(words(&a), words(&b));
    }
}

#[test]
fn findings_are_sorted_errors_first() {
    let r = analyse_yaml(&messy());
    assert!(r.summary.errors > 0 && r.summary.warnings > 0 && r.summary.advice > 0);
    assert_eq!(r.findings[0].severity, Severity::Error, "{}", listing(&r));
    let sev: Vec<Severity> = r.findings.iter().map(|f| f.severity).collect();
    let mut sorted = sev.clone();
    sorted.sort();
    assert_eq!(sev, sorted, "{}", listing(&r));
    // Within a severity by code, then by subject.
    for w in r.findings.windows(2) {
        let key = |f: &Finding| (f.severity, f.code, f.subject.clone());
        assert!(key(&w[0]) <= key(&w[1]), "{}", listing(&r));
    }
    assert_eq!(
        r.summary.errors,
        r.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    );
    assert_eq!(
        r.summary.warnings,
        r.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    );
    assert_eq!(
        r.summary.advice,
        r.findings
            .iter()
            .filter(|f| f.severity == Severity::Advice)
            .count()
    );
    // Every code in this document shows up at least once.
    for code in [
        Code::D002,
        Code::R001,
        Code::R002,
        Code::K001,
        Code::K003,
        Code::K004,
        Code::K006,
        Code::O001,
        Code::O003,
        Code::F002,
        Code::E001,
        Code::H001,
        Code::I001,
    ] {
        assert!(r.findings.iter().any(|f| f.code == code), "{code}");
    }
}

// ------------------------------------------------------------------------------------
// 5. Bugs found while writing these tests (ignored until fixed)
// ------------------------------------------------------------------------------------

/// For every day of `days` days from `from`: exactly one turn of the calendar is
/// current, it contains that day, and the next hand-over is its end, after today.
fn rotation_problems(start: &str, period: u32, from: &str, days: u32) -> Vec<String> {
    let y = edit(
        &rotation_doc(start),
        "period_months: 12",
        &format!("period_months: {period}"),
    );
    let doc = from_yaml(&y).unwrap();
    let first = date(from).naive();
    let mut problems = Vec::new();
    for i in 0..days {
        let day = Date::from_naive(first + chrono_days(i));
        let r = analyse(&doc, day);
        let cal = r.rotation.as_ref().unwrap();
        let current: Vec<_> = cal.periods.iter().filter(|p| p.current).collect();
        match current.as_slice() {
            [p] => {
                if !(p.start <= day && day < p.end) {
                    problems.push(format!(
                        "{day}: current turn {}..{} does not contain today",
                        p.start, p.end
                    ));
                }
                if cal.next_handover != Some(p.end) {
                    problems.push(format!(
                        "{day}: next hand-over {:?} is not the end of the current turn {}",
                        cal.next_handover, p.end
                    ));
                }
            }
            other => problems.push(format!("{day}: {} current turns", other.len())),
        }
        if cal.next_handover.is_none_or(|h| h <= day) {
            problems.push(format!(
                "{day}: next hand-over {:?} is not after today",
                cal.next_handover
            ));
        }
        for w in cal.periods.windows(2) {
            if w[0].end != w[1].start {
                problems.push(format!("{day}: turns do not join"));
            }
        }
    }
    problems
}

fn chrono_days(n: u32) -> chrono::Days {
    chrono::Days::new(u64::from(n))
}

#[test]
fn rotation_calendar_holds_every_day_for_a_mid_month_start() {
    for period in [1, 6] {
        let p = rotation_problems("2025-01-15", period, "2025-01-15", 400);
        assert!(
            p.is_empty(),
            "period {period}:\n{}",
            p[..p.len().min(10)].join("\n")
        );
    }
}

/// Input: the rotation of `rotation_doc` with `start: 2025-08-31` and
/// `period_months: 6`. Turns should start on 2025-08-31, 2026-02-28, 2026-08-31,
/// 2027-02-28. The code computes the turn index from `start` (months_until) but the
/// turn's dates by adding months to an already clamped date (period_start + period
/// for the next hand-over, and chained add_months in rotation_calendar), so they
/// drift to the 28th: on 2026-08-29 the next hand-over is 2026-08-28 (in the past)
/// and the current turn 2026-02-28..2026-08-28 does not contain today; from
/// 2026-08-31 no turn is marked current at all. Around 2026-02-28 months_until and
/// add_months also disagree on whose turn it is.
#[test]
fn rotation_calendar_holds_every_day_for_a_start_on_the_31st() {
    let p = rotation_problems("2025-08-31", 6, "2025-08-31", 800);
    assert!(
        p.is_empty(),
        "{} problems, first:\n{}",
        p.len(),
        p[..p.len().min(10)].join("\n")
    );
}

/// Input: the base with a group `kern` of members [marie, piet, utrecht] (utrecht's
/// contact is marie) Responsible for architecture (1 h a week). The group stands for
/// two people, so each should get 0.5 h. `Index::people_of` removes duplicates with
/// `Vec::dedup_by`, which only removes adjacent ones: with members [marie, utrecht,
/// piet] marie gets 0.5 h, with [marie, piet, utrecht] she gets 0.67 h and piet 0.33 h.
#[test]
fn group_member_order_does_not_change_workload() {
    let hours = |members: &str| -> Vec<(String, f64)> {
        let y = edit(
            &base(),
            "  - { id: deelnemers,",
            &format!(
                "  - {{ id: kern, name: Kernteam, members: {members} }}\n  - {{ id: deelnemers,"
            ),
        );
        let y = in_task(
            &y,
            "architecture",
            "responsible: [kees]",
            "responsible: [kern]",
        );
        analyse_yaml(&y)
            .workload
            .people
            .iter()
            .map(|p| (p.person.to_string(), (p.assigned * 1000.0).round() / 1000.0))
            .collect()
    };
    let adjacent = hours("[marie, utrecht, piet]");
    assert!(adjacent.contains(&("marie".into(), 6.5)));
    assert!(adjacent.contains(&("piet".into(), 4.5)));
    assert_eq!(hours("[marie, piet, utrecht]"), adjacent);
}

/// Input: the base with `responsible: [deelnemers]` (the group with
/// `all_parties: true`) on communication (1 h a week). `people_of` ignores
/// `all_parties` (it only walks `members`), and `workload` only books hours on a party
/// when the id itself is a party, so the hour is booked on nobody: the party totals add
/// up to 27 h while the tasks take 28 h. (`parties_of` does honour all_parties, so the
/// holdings say every party is R.)
#[test]
fn hours_of_an_all_parties_group_are_not_lost() {
    let y = in_task(
        &base(),
        "communication",
        "responsible: [fleur]",
        "responsible: [deelnemers]",
    );
    let r = analyse_yaml(&y);
    let total: f64 = r.workload.parties.iter().map(|p| p.assigned).sum();
    assert!(
        (total - 28.0).abs() < 1e-9,
        "party totals add up to {total} h, tasks take 28 h"
    );
}

/// Input: the base with contact-person `responsible: [marie, utrecht]` (utrecht's
/// contact is marie) and `backup: [marie, piet]`. The only person doing the task is
/// marie, who is also the backup, exactly as with `responsible: [marie]` (which does
/// raise K002). check_continuity collects the people of the Responsible ids without
/// removing duplicates, sees two, and stays silent.
#[test]
fn k002_sees_one_person_behind_a_person_and_her_party() {
    let y = in_task(
        &base(),
        "contact-person",
        "responsible: [marie]",
        "responsible: [marie, utrecht]",
    );
    let y = in_task(
        &y,
        "contact-person",
        "backup: [piet]",
        "backup: [marie, piet]",
    );
    expect(
        &analyse_yaml(&y),
        Code::K002,
        Severity::Warning,
        &subject(Some("contact-person"), None, Some("marie")),
    );
}
