//! The community contribution: the guide's example in both forms, the codes F004 and
//! F005, O001 from the calculation, the budget's format, and properties of the split.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use proptest::prelude::*;
use rolwijzer_core::money::{Key, split_by_weight, split_equal};
use rolwijzer_core::parse::{ParseErrorKind, ValueProblem, parse_document, to_json, to_yaml};
use rolwijzer_core::{Code, Date, Lang, Report, analyse};

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

fn report(yaml: &str) -> Report {
    let doc =
        parse_document(yaml.as_bytes()).unwrap_or_else(|e| panic!("{}", e.render("t", Lang::En)));
    analyse(&doc, today())
}

fn codes(r: &Report) -> Vec<Code> {
    r.findings.iter().map(|f| f.code).collect()
}

const GUIDE: &str = include_str!("../../../examples/begroting-twintig-gemeenten.yaml");
const IN_KIND: &str = include_str!("../../../examples/begroting-in-natura-twintig-gemeenten.yaml");

#[test]
fn the_guides_example_gives_five_thousand_euro_to_each_of_twenty() {
    let r = report(GUIDE);
    let c = r.contributions.as_ref().unwrap();
    assert_eq!(c.key, Key::Equal);
    assert_eq!(c.cost, 10_000_000);
    assert_eq!(c.in_kind, 0);
    assert_eq!(c.total, 10_000_000);
    assert_eq!(c.gap, 0);
    assert_eq!(c.parties.len(), 20, "the foundation does not contribute");
    for p in &c.parties {
        assert_eq!(
            (p.share, p.in_kind, p.cash),
            (500_000, 0, 500_000),
            "{}",
            p.party
        );
    }
    // Fixed costs come from the budget: € 2.000 a year is € 166,67 a month, and the
    // reserve of € 1.000 covers six months of it.
    assert_eq!(c.fixed, 200_000);
    assert!((r.reserve_months.unwrap() - 1000.0 / (2000.0 / 12.0)).abs() < 0.01);
    assert!(
        !codes(&r)
            .iter()
            .any(|c| matches!(c, Code::F002 | Code::F003 | Code::F004 | Code::F005))
    );
    assert_eq!(r.summary.errors, 0);
}

#[test]
fn coordination_in_kind_pays_zwolle_and_lowers_everyone_elses_share() {
    let r = report(IN_KIND);
    let c = r.contributions.as_ref().unwrap();
    assert_eq!(c.cost, 8_500_000);
    assert_eq!(c.in_kind, 1_380_000, "4 hours × 46 weeks × € 75");
    assert_eq!(c.total, 9_880_000);
    assert_eq!(c.gap, 0);
    assert_eq!(c.parties.len(), 20);
    let zwolle = &c.parties[0];
    assert_eq!(zwolle.party.as_str(), "zwolle");
    assert_eq!(
        (zwolle.share, zwolle.in_kind, zwolle.cash),
        (494_000, 1_380_000, -886_000)
    );
    assert!((zwolle.hours_per_week - 4.0).abs() < 1e-9);
    for p in &c.parties[1..] {
        assert_eq!(
            (p.share, p.in_kind, p.cash),
            (494_000, 0, 494_000),
            "{}",
            p.party
        );
    }
    // The coordinator's work is valued and paid out: no O001.
    assert!(!codes(&r).contains(&Code::O001), "{:?}", codes(&r));
    assert_eq!(r.summary.errors, 0);
}

/// The in-kind example without an hourly rate: Zwolle's hours cannot be valued.
fn without_rate() -> String {
    IN_KIND.replace("  hourly_rate: 75\n", "")
}

#[test]
fn hours_without_an_hourly_rate_give_f004_and_the_coordinator_o001() {
    let r = report(&without_rate());
    let f004 = r.findings.iter().find(|f| f.code == Code::F004).unwrap();
    assert_eq!(
        f004.message(Lang::Nl),
        "Er staat geen uurtarief in de begroting. Daarom telt het werk van Gemeente Zwolle niet mee als bijdrage in natura."
    );
    assert!(f004.fix(Lang::En).contains("`hourly_rate`"));
    // Not valued, so not compensated, whatever the flag says.
    let with_flag = without_rate().replace(
        "  coordinator: zwolle\n",
        "  coordinator: zwolle\n  coordinator_compensated: true\n",
    );
    for yaml in [without_rate(), with_flag] {
        let r = report(&yaml);
        let o001 = r.findings.iter().find(|f| f.code == Code::O001).unwrap();
        assert_eq!(o001.subject.party.as_deref(), Some("zwolle"));
        assert!(
            o001.fix(Lang::Nl).contains("`hourly_rate`"),
            "{}",
            o001.fix(Lang::Nl)
        );
        let c = r.contributions.as_ref().unwrap();
        assert_eq!((c.total, c.parties[0].share), (8_500_000, 425_000));
    }
}

#[test]
fn without_a_budget_o001_still_follows_the_flag() {
    let no_budget = &IN_KIND[..IN_KIND.find("budget:").unwrap()];
    let r = report(no_budget);
    assert!(r.contributions.is_none());
    assert!(codes(&r).contains(&Code::O001));
    let flagged = no_budget.replace(
        "  coordinator: zwolle\n",
        "  coordinator: zwolle\n  coordinator_compensated: true\n",
    );
    assert!(!codes(&report(&flagged)).contains(&Code::O001));
    // …and its fix still names the flag.
    let o001 = r.findings.iter().find(|f| f.code == Code::O001).unwrap();
    assert!(o001.fix(Lang::En).contains("`coordinator_compensated`"));
}

#[test]
fn inhabitants_divide_the_total_by_size() {
    let r = report(&GUIDE.replace("  key: equal", "  key: inhabitants"));
    let c = r.contributions.as_ref().unwrap();
    assert_eq!(c.key, Key::Inhabitants);
    assert_eq!(c.applied_key, Key::Inhabitants);
    assert_eq!(c.gap, 0);
    assert_eq!(c.parties.iter().map(|p| p.share).sum::<i64>(), 10_000_000);
    // Enschede (161.000 of 1.057.000 inhabitants) pays the most.
    let all: u64 = c.parties.iter().map(|p| p.inhabitants.unwrap()).sum();
    assert_eq!(all, 1_057_000);
    let enschede = c
        .parties
        .iter()
        .find(|p| p.party.as_str() == "enschede")
        .unwrap();
    assert!((enschede.share - 10_000_000 * 161_000 / 1_057_000).abs() <= 1);
    assert!(!codes(&r).contains(&Code::F004));
}

#[test]
fn a_missing_number_of_inhabitants_gives_f004_and_equal_shares() {
    let yaml = GUIDE
        .replace("  key: equal", "  key: inhabitants")
        .replace(", inhabitants: 17000 }", " }");
    let r = report(&yaml);
    let f004 = r.findings.iter().find(|f| f.code == Code::F004).unwrap();
    assert!(
        f004.message(Lang::En).contains("Gemeente Staphorst"),
        "{}",
        f004.message(Lang::En)
    );
    let c = r.contributions.as_ref().unwrap();
    assert_eq!(c.applied_key, Key::Equal);
    assert!(c.parties.iter().all(|p| p.share == 500_000));
}

#[test]
fn tiers_that_fall_short_give_f005_with_the_amount() {
    let yaml = GUIDE.replace(
        "  key: equal\n",
        "  key: tiers\n  tiers:\n    - { up_to: 50000, amount: 2500 }\n    - { up_to: 150000, amount: 5000 }\n    - { amount: 10000 }\n",
    );
    let r = report(&yaml);
    let c = r.contributions.as_ref().unwrap();
    // 13 municipalities up to 50.000 (€ 2.500), 6 up to 150.000 (€ 5.000), Enschede € 10.000.
    assert_eq!(c.parties.iter().map(|p| p.share).sum::<i64>(), 7_250_000);
    assert_eq!(c.gap, 2_750_000);
    let f005 = r.findings.iter().find(|f| f.code == Code::F005).unwrap();
    assert_eq!(
        f005.message(Lang::Nl),
        "De bijdragen van de gemeenten zijn samen € 72.500. De kosten en het werk in natura zijn samen € 100.000. Er ontbreekt € 27.500."
    );
    // A surplus is no shortfall.
    let rich = yaml.replace("amount: 2500", "amount: 9000");
    let r = report(&rich);
    assert!(r.contributions.as_ref().unwrap().gap < 0);
    assert!(!codes(&r).contains(&Code::F005));
    // Key tiers without tiers: F004, equal shares.
    let r = report(&GUIDE.replace("  key: equal", "  key: tiers"));
    assert!(codes(&r).contains(&Code::F004));
    assert_eq!(r.contributions.as_ref().unwrap().gap, 0);
}

#[test]
fn parties_that_opt_out_or_are_not_municipalities_pay_nothing() {
    let yaml = GUIDE.replace(
        "  - { id: zwolle, name: Gemeente Zwolle, inhabitants: 132000 }",
        "  - { id: zwolle, name: Gemeente Zwolle, inhabitants: 132000, contributes: false }",
    );
    let r = report(&yaml);
    let c = r.contributions.as_ref().unwrap();
    assert_eq!(c.parties.len(), 19);
    assert!(c.parties.iter().all(|p| p.party.as_str() != "zwolle"));
    assert_eq!(c.parties.iter().map(|p| p.share).sum::<i64>(), 10_000_000);
    // 10.000.000 cents over 19: the first 5 get one cent more.
    assert_eq!(c.parties[0].share, 526_316);
    assert_eq!(c.parties[18].share, 526_315);
}

#[test]
fn a_budget_nobody_pays_for_gives_f004() {
    let yaml = GUIDE.replace("name: Gemeente ", "kind: organisation, name: Gemeente ");
    let r = report(&yaml);
    assert!(r.contributions.as_ref().unwrap().parties.is_empty());
    let f004 = r.findings.iter().find(|f| f.code == Code::F004).unwrap();
    assert!(
        f004.message(Lang::En)
            .contains("no municipality contributes")
    );
}

#[test]
fn the_budget_round_trips_through_yaml_and_json() {
    for src in [GUIDE, IN_KIND] {
        let doc = parse_document(src.as_bytes()).unwrap();
        assert!(doc.budget.is_some());
        assert_eq!(parse_document(to_yaml(&doc).as_bytes()).unwrap(), doc);
        assert_eq!(parse_document(to_json(&doc).as_bytes()).unwrap(), doc);
    }
}

fn parse_error(yaml: &str) -> (ParseErrorKind, Option<u64>) {
    let e = parse_document(yaml.as_bytes()).unwrap_err();
    (*e.kind, e.line)
}

#[test]
fn unknown_budget_keys_are_refused_with_a_suggestion_and_a_place() {
    let (kind, line) = parse_error(&GUIDE.replace("  key: equal", "  kee: equal"));
    let ParseErrorKind::UnknownKey {
        key, suggestion, ..
    } = kind
    else {
        panic!("{kind:?}")
    };
    assert_eq!((key.as_str(), suggestion.as_deref()), ("kee", Some("key")));
    let expected = GUIDE.lines().position(|l| l == "  key: equal").unwrap() as u64 + 1;
    assert_eq!(line, Some(expected));

    let (kind, _) = parse_error(&GUIDE.replace("cost: 2000, fixed", "cost: 2000, fxed"));
    assert!(
        matches!(&kind, ParseErrorKind::UnknownKey { suggestion: Some(s), .. } if s == "fixed"),
        "{kind:?}"
    );
    let (kind, _) = parse_error(&GUIDE.replace("inhabitants: 132000", "inhabitant: 132000"));
    assert!(
        matches!(&kind, ParseErrorKind::UnknownKey { suggestion: Some(s), .. } if s == "inhabitants"),
        "{kind:?}"
    );
    let (kind, _) = parse_error(&GUIDE.replace("  key: equal", "  key: equall"));
    assert!(
        matches!(&kind, ParseErrorKind::UnknownValue { suggestion: Some(s), .. } if s == "equal"),
        "{kind:?}"
    );
}

#[test]
fn bad_budget_values_say_what_is_wrong() {
    let cases: [(&str, &str, ValueProblem); 6] = [
        (
            "inhabitants: 132000",
            "inhabitants: -5",
            ValueProblem::InvalidInhabitants("-5".into()),
        ),
        (
            "inhabitants: 132000",
            "inhabitants: 1.5",
            ValueProblem::InvalidInhabitants("1.5".into()),
        ),
        (
            "  year: 2027",
            "  year: 27",
            ValueProblem::InvalidYear("27".into()),
        ),
        (
            "cost: 80000",
            "cost: -80000",
            ValueProblem::InvalidAmount("-80000".into()),
        ),
        (
            "  key: equal\n",
            "  key: equal\n  weeks_per_year: 60\n",
            ValueProblem::InvalidWeeks("60".into()),
        ),
        (
            "  key: equal\n",
            "  key: equal\n  tiers:\n    - { up_to: 5000, amount: 1 }\n    - { up_to: 5000, amount: 2 }\n    - { amount: 3 }\n",
            ValueProblem::TiersNotAscending("5000".into()),
        ),
    ];
    for (from, to, want) in cases {
        let (kind, line) = parse_error(&GUIDE.replacen(from, to, 1));
        assert_eq!(kind, ParseErrorKind::Value(want), "{to}");
        assert!(line.is_some(), "{to}");
    }
    let tiers = |t: &str| GUIDE.replace("  key: equal\n", &format!("  key: tiers\n  tiers:\n{t}"));
    let (kind, _) = parse_error(&tiers("    - { up_to: 5000, amount: 1 }\n"));
    assert_eq!(kind, ParseErrorKind::Value(ValueProblem::LastTierHasUpTo));
    let (kind, _) = parse_error(&tiers("    - { amount: 1 }\n    - { amount: 2 }\n"));
    assert_eq!(kind, ParseErrorKind::Value(ValueProblem::TierAfterOpenTier));
    // Every problem has its own words in both languages.
    let e = parse_document(tiers("    - { up_to: 5000, amount: 1 }\n").as_bytes()).unwrap_err();
    assert!(
        e.message(Lang::Nl)
            .contains("de laatste regel heeft een bovengrens")
    );
    assert!(
        e.message(Lang::En)
            .contains("the last tier has an upper limit")
    );
}

#[test]
fn a_budget_has_a_limit_on_its_lists() {
    let many: String = (0..=rolwijzer_core::money::MAX_ACTIVITIES)
        .map(|i| format!("    - {{ name: Post {i}, cost: 1 }}\n"))
        .collect();
    let yaml = GUIDE.replace("  activities:\n", &format!("  activities:\n{many}"));
    let e = parse_document(yaml.as_bytes()).unwrap_err();
    assert_eq!(
        *e.kind,
        ParseErrorKind::Value(ValueProblem::TooManyEntries(1000))
    );
    assert!(e.message(Lang::Nl).contains("hoogstens 1000"));
}

// --- properties -------------------------------------------------------------------

/// A division with `n` parties of mixed kinds, some opting out, some with people who
/// carry hours, and a budget with the given key.
fn division(
    parties: &[(u8, Option<u32>, bool, f64)],
    costs: &[u32],
    key: &str,
    rate: Option<u32>,
) -> String {
    let mut y = String::from(
        "version: 1\ncollaboration:\n  name: P\n  ambition: sharing\n  arrangement: distributed\nparties:\n",
    );
    for (i, (kind, inh, opt_out, _)) in parties.iter().enumerate() {
        let kind = ["municipality", "supplier", "organisation"][*kind as usize % 3];
        y.push_str(&format!("  - {{ id: p{i}, name: P{i}, kind: {kind}"));
        if let Some(n) = inh {
            y.push_str(&format!(", inhabitants: {n}"));
        }
        if *opt_out {
            y.push_str(", contributes: false");
        }
        y.push_str(" }\n");
    }
    y.push_str("people:\n");
    for i in 0..parties.len() {
        y.push_str(&format!("  - {{ id: m{i}, name: M{i}, party: p{i} }}\n"));
    }
    y.push_str("assignments:\n");
    for (i, (_, _, _, hours)) in parties.iter().enumerate() {
        y.push_str(&format!(
            "  - {{ task: custom, id: t{i}, name: T{i}, responsible: [m{i}], accountable: m{i}, hours_per_week: {hours} }}\n"
        ));
    }
    y.push_str(&format!("budget:\n  key: {key}\n"));
    if let Some(r) = rate {
        y.push_str(&format!("  hourly_rate: {r}\n"));
    }
    y.push_str(if costs.is_empty() {
        "  activities: []\n"
    } else {
        "  activities:\n"
    });
    for (i, c) in costs.iter().enumerate() {
        y.push_str(&format!("    - {{ name: A{i}, cost: {c}.37 }}\n"));
    }
    y
}

fn party() -> impl Strategy<Value = (u8, Option<u32>, bool, f64)> {
    (
        prop::sample::select(vec![0u8, 0, 0, 1, 2]),
        prop::option::weighted(0.9, 1u32..2_000_000),
        prop::bool::weighted(0.15),
        prop::sample::select(vec![0.0, 0.0, 0.5, 1.0, 2.25, 4.0, 16.0]),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn shares_add_up_to_the_total_and_cash_to_the_cost(
        parties in prop::collection::vec(party(), 1..25),
        costs in prop::collection::vec(0u32..500_000, 0..8),
        key in prop::sample::select(vec!["equal", "inhabitants"]),
        rate in prop::option::of(1u32..200),
    ) {
        let r = report(&division(&parties, &costs, key, rate));
        let c = r.contributions.as_ref().unwrap();
        // Every contributor has exactly one row, in document order, and no one else.
        let contributors: Vec<String> = parties
            .iter()
            .enumerate()
            .filter(|(_, (kind, _, opt_out, _))| kind % 3 == 0 && !opt_out)
            .map(|(i, _)| format!("p{i}"))
            .collect();
        let rows: Vec<String> = c.parties.iter().map(|p| p.party.to_string()).collect();
        prop_assert_eq!(&rows, &contributors);
        prop_assert_eq!(c.total, c.cost + c.in_kind);
        prop_assert_eq!(c.in_kind, c.parties.iter().map(|p| p.in_kind).sum::<i64>());
        if !c.parties.is_empty() {
            prop_assert_eq!(c.parties.iter().map(|p| p.share).sum::<i64>(), c.total);
            prop_assert_eq!(c.gap, 0);
            prop_assert_eq!(c.parties.iter().map(|p| p.cash).sum::<i64>(), c.cost);
            prop_assert!(!r.findings.iter().any(|f| f.code == Code::F005));
        }
        for p in &c.parties {
            prop_assert_eq!(p.cash, p.share - p.in_kind);
            prop_assert!(p.share >= 0 && p.in_kind >= 0);
            if rate.is_none() {
                prop_assert_eq!(p.in_kind, 0);
            }
        }
        if c.applied_key == Key::Equal && !c.parties.is_empty() {
            let max = c.parties.iter().map(|p| p.share).max().unwrap();
            let min = c.parties.iter().map(|p| p.share).min().unwrap();
            prop_assert!(max - min <= 1);
        }
    }

    #[test]
    fn tiers_leave_the_gap_between_total_and_shares(
        parties in prop::collection::vec(party(), 1..25),
        costs in prop::collection::vec(0u32..500_000, 0..8),
    ) {
        let yaml = division(&parties, &costs, "tiers", Some(80)).replace(
            "  activities:",
            "  tiers:\n    - { up_to: 50000, amount: 2500 }\n    - { amount: 10000 }\n  activities:",
        );
        let r = report(&yaml);
        let c = r.contributions.as_ref().unwrap();
        prop_assert_eq!(c.gap, c.total - c.parties.iter().map(|p| p.share).sum::<i64>());
        prop_assert_eq!(r.findings.iter().any(|f| f.code == Code::F005), c.gap > 0 && !c.parties.is_empty());
        if c.applied_key == Key::Tiers {
            for p in &c.parties {
                let want = if p.inhabitants.unwrap() <= 50_000 { 250_000 } else { 1_000_000 };
                prop_assert_eq!(p.share, want);
            }
        }
    }

    #[test]
    fn a_weighted_split_adds_up_and_stays_within_a_cent(
        total in 0i64..10_000_000_000_000,
        weights in prop::collection::vec(1u64..100_000_000, 1..400),
    ) {
        let shares = split_by_weight(total, &weights);
        prop_assert_eq!(shares.iter().sum::<i64>(), total);
        let sum: f64 = weights.iter().map(|w| *w as f64).sum();
        for (s, w) in shares.iter().zip(&weights) {
            let exact = total as f64 * *w as f64 / sum;
            prop_assert!((*s as f64 - exact).abs() < 1.0 + exact * 1e-9);
        }
    }

    #[test]
    fn an_equal_split_adds_up(total in 0i64..10_000_000_000_000, n in 1usize..500) {
        let shares = split_equal(total, n);
        prop_assert_eq!(shares.len(), n);
        prop_assert_eq!(shares.iter().sum::<i64>(), total);
    }
}
