//! Money: the community contribution per municipality, with in-kind work counted.
//!
//! The chapter ties roles to money: the coordinating municipality's capacity is to be
//! compensated, work a municipality does for everyone may count as an in-kind
//! contribution so it pays less, and money is kept apart with a reserve. The guide's
//! financing step adds how a contribution comes about: list the year's activities, add
//! up their cost, divide it over the municipalities and say openly where the money
//! goes. This module holds the `budget:` block of the document and that calculation.
//!
//! Everything is computed in whole cents. Shares are rounded with the largest-remainder
//! method, so that they add up to the total exactly. Pure: no I/O, no clock.

use crate::analyse::Workload;
use crate::document::{Document, PartyKind};
use crate::findings::{Arg, Code, Finding, Subject, party_subject};
use crate::parse::ValueProblem;
use crate::values::{Euro, Id, PROBLEM_PREFIX, Text};
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// Most activities one budget may list; a real year has a handful to a few dozen.
pub const MAX_ACTIVITIES: usize = 1000;
/// Most tiers one budget may list.
pub const MAX_TIERS: usize = 100;
/// Largest number of inhabitants accepted for one party.
pub const MAX_INHABITANTS: u64 = 100_000_000;
/// Working weeks in a year when the budget does not say: the same 46 weeks the
/// recognition overview uses to turn hours a week into hours a year.
pub const DEFAULT_WEEKS_PER_YEAR: u32 = 46;
/// Largest in-kind value counted for one party, in cents (ten billion euro): far above
/// anything real, low enough that sums over any document never overflow.
const MAX_IN_KIND_CENTS: i64 = 1_000_000_000_000;

fn problem<E: de::Error>(p: ValueProblem) -> E {
    E::custom(format!("{PROBLEM_PREFIX}{}", p.encode()))
}

/// The year's budget: what the collaboration spends, and how the cost is divided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// The year the budget is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<Year>,
    /// How the total is divided over the contributing municipalities.
    #[serde(default)]
    pub key: Key,
    /// Euro an hour, to value in-kind work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_rate: Option<Euro>,
    /// Working weeks in the year; [`DEFAULT_WEEKS_PER_YEAR`] when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks_per_year: Option<Weeks>,
    /// What the money is spent on.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "activities"
    )]
    pub activities: Vec<Activity>,
    /// Amounts per size of municipality, for `key: tiers`: ascending, the last open.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tiers"
    )]
    pub tiers: Vec<Tier>,
}

impl Budget {
    /// Working weeks in the year.
    pub fn weeks(&self) -> u32 {
        self.weeks_per_year
            .map_or(DEFAULT_WEEKS_PER_YEAR, |w| w.get())
    }
}

/// How the total is divided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Key {
    /// Every contributing municipality pays the same share.
    #[default]
    Equal,
    /// Shares in proportion to the number of inhabitants.
    Inhabitants,
    /// A fixed amount per size class of municipality.
    Tiers,
}

impl Key {
    /// The key as written in the document.
    pub fn id(self) -> &'static str {
        match self {
            Key::Equal => "equal",
            Key::Inhabitants => "inhabitants",
            Key::Tiers => "tiers",
        }
    }
}

/// One thing the money is spent on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// What it is.
    pub name: Text,
    /// What it costs in the year.
    pub cost: Euro,
    /// Whether it is a fixed cost (infrastructure, licences) that the reserve must
    /// cover.
    #[serde(default, skip_serializing_if = "is_false")]
    pub fixed: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One size class for `key: tiers`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// Municipalities up to and including this many inhabitants; none on the last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<Inhabitants>,
    /// What a municipality in this class pays.
    pub amount: Euro,
}

fn activities<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Activity>, D::Error> {
    bounded_list(d, MAX_ACTIVITIES, "a list of activities", |_, _| Ok(()))
}

fn tiers<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Tier>, D::Error> {
    // Classes go up in inhabitants and only the last one is open-ended.
    let out = bounded_list(
        d,
        MAX_TIERS,
        "a list of tiers",
        |before: &[Tier], t| match (before.last().map(|p| p.up_to), t.up_to) {
            (Some(None), _) => Err(ValueProblem::TierAfterOpenTier),
            (Some(Some(a)), Some(b)) if b <= a => {
                Err(ValueProblem::TiersNotAscending(b.get().to_string()))
            }
            _ => Ok(()),
        },
    )?;
    if out.last().is_some_and(|t| t.up_to.is_some()) {
        return Err(problem(ValueProblem::LastTierHasUpTo));
    }
    Ok(out)
}

/// Reads a list entry by entry, refusing it at its `max + 1`th entry (before the rest
/// costs memory) and refusing an entry that `check` finds wrong after those before it.
pub(crate) fn bounded_list<'de, D, T, F>(
    d: D,
    max: usize,
    what: &'static str,
    check: F,
) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    F: FnMut(&[T], &T) -> Result<(), ValueProblem>,
{
    struct V<T, F> {
        max: usize,
        what: &'static str,
        check: F,
        entries: std::marker::PhantomData<T>,
    }
    impl<'de, T, F> Visitor<'de> for V<T, F>
    where
        T: Deserialize<'de>,
        F: FnMut(&[T], &T) -> Result<(), ValueProblem>,
    {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.what)
        }
        fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(x) = seq.next_element::<T>()? {
                if out.len() >= self.max {
                    return Err(problem(ValueProblem::TooManyEntries(self.max)));
                }
                (self.check)(&out, &x).map_err(problem)?;
                out.push(x);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(V {
        max,
        what,
        check,
        entries: std::marker::PhantomData,
    })
}

/// A whole number as written, also `12.0` (JSON does not tell the two apart);
/// `Err` holds the value as text for the message.
fn whole_number<'de, D: Deserializer<'de>>(d: D) -> Result<Result<i64, String>, D::Error> {
    struct Whole;
    impl Visitor<'_> for Whole {
        type Value = Result<i64, String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Ok(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(i64::try_from(v).map_err(|_| v.to_string()))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            if v.fract() == 0.0 && v.abs() < 1e15 {
                Ok(Ok(v as i64))
            } else {
                Ok(Err(v.to_string()))
            }
        }
    }
    d.deserialize_any(Whole)
}

macro_rules! bounded {
    ($(#[$doc:meta])* $name:ident, $ty:ty, $lo:expr, $hi:expr, $problem:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name($ty);

        impl $name {
            /// Checks and wraps the number.
            pub fn new(v: i64) -> Result<Self, ValueProblem> {
                <$ty>::try_from(v)
                    .ok()
                    .filter(|v| ($lo..=$hi).contains(v))
                    .map($name)
                    .ok_or_else(|| ValueProblem::$problem(v.to_string()))
            }

            /// The number.
            pub fn get(self) -> $ty {
                self.0
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                match whole_number(d)? {
                    Ok(v) => $name::new(v).map_err(problem),
                    Err(text) => Err(problem(ValueProblem::$problem(text))),
                }
            }
        }
    };
}

bounded!(
    /// A number of inhabitants: 1 to [`MAX_INHABITANTS`].
    Inhabitants, u64, 1, MAX_INHABITANTS, InvalidInhabitants
);
bounded!(
    /// A budget year, 2000 to 2200 (the range dates accept).
    Year, u32, 2000, 2200, InvalidYear
);
bounded!(
    /// Working weeks in a year, 1 to 52.
    Weeks, u32, 1, 52, InvalidWeeks
);

/// The fixed costs a month that the budget implies: the activities marked `fixed`,
/// divided by 12. `None` without a budget, without fixed activities, or while they
/// still cost € 0 (a start budget whose amounts are not filled in yet).
pub fn fixed_costs_per_month(doc: &Document) -> Option<Euro> {
    let b = doc.budget.as_ref()?;
    let year: u64 = b
        .activities
        .iter()
        .filter(|a| a.fixed)
        .map(|a| a.cost.cents())
        .sum();
    if year == 0 {
        return None;
    }
    Some(Euro::from_cents_saturating((year + 6) / 12))
}

/// The calculation for one year: per contributing municipality its share of the
/// total, the value of its in-kind work, and what remains to be paid or received.
/// Amounts in cents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contributions {
    /// The key as written in the budget.
    pub key: Key,
    /// The key the shares were computed with: [`Key::Equal`] when the written key
    /// cannot be applied (F004).
    pub applied_key: Key,
    /// The budget year, if given.
    pub year: Option<u32>,
    /// Euro an hour for in-kind work, if given.
    pub hourly_rate: Option<Euro>,
    /// Working weeks used for in-kind work.
    pub weeks_per_year: u32,
    /// Sum of the activities.
    pub cost: i64,
    /// Sum of the activities marked fixed.
    pub fixed: i64,
    /// Sum of all in-kind values.
    pub in_kind: i64,
    /// Cost plus in-kind values: what the collaboration is worth in the year.
    pub total: i64,
    /// Total minus the sum of shares: 0 for `equal` and `inhabitants`.
    pub gap: i64,
    /// One row per contributing municipality, in document order.
    pub parties: Vec<Contribution>,
}

/// One contributing municipality's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    /// The party.
    pub party: Id,
    /// Its name.
    pub name: String,
    /// Its inhabitants, if recorded.
    pub inhabitants: Option<u64>,
    /// Hours a week of work assigned to it and its people.
    pub hours_per_week: f64,
    /// Its share of the total.
    pub share: i64,
    /// What its work is worth: hours a week × weeks × hourly rate.
    pub in_kind: i64,
    /// Share minus in-kind value: to pay when positive, to receive when negative.
    pub cash: i64,
}

impl Contribution {
    /// Hours in the year that its in-kind value counts.
    pub fn hours_per_year(&self, weeks: u32) -> f64 {
        self.hours_per_week * f64::from(weeks)
    }
}

/// Splits `total` cents into `n` shares that differ by at most a cent and add up to
/// `total` exactly (the earlier ones get the extra cents).
pub fn split_equal(total: i64, n: usize) -> Vec<i64> {
    if n == 0 {
        return Vec::new();
    }
    let n64 = n as i64;
    let (base, rest) = (total.div_euclid(n64), total.rem_euclid(n64));
    (0..n64).map(|i| base + i64::from(i < rest)).collect()
}

/// Splits `total` cents in proportion to `weights` with the largest-remainder method:
/// every share is its exact part rounded down, and the cents left over go to the
/// largest remainders (earlier first on a tie). The shares add up to `total` exactly
/// when any weight is positive; with all weights zero every share is zero.
pub fn split_by_weight(total: i64, weights: &[u64]) -> Vec<i64> {
    let sum: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    if sum == 0 || total <= 0 {
        return vec![0; weights.len()];
    }
    let t = total as u128;
    let mut shares: Vec<i64> = Vec::with_capacity(weights.len());
    let mut rests: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
    for (i, w) in weights.iter().enumerate() {
        let exact = t * u128::from(*w);
        shares.push((exact / sum) as i64);
        rests.push((exact % sum, i));
    }
    let left = total - shares.iter().sum::<i64>();
    rests.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in rests.into_iter().take(left.max(0) as usize) {
        shares[i] += 1;
    }
    shares
}

/// The amount of the tier a municipality of `inhabitants` falls in (up to and
/// including `up_to`; the last tier takes everyone larger).
pub fn tier_amount(tiers: &[Tier], inhabitants: u64) -> Option<Euro> {
    tiers
        .iter()
        .find(|t| t.up_to.is_none_or(|u| inhabitants <= u.get()))
        .or(tiers.last())
        .map(|t| t.amount)
}

/// Works out the contributions, when the document has a budget, and adds the money
/// findings that follow from them (F004, F005, and O001 for the coordinator).
pub(crate) fn contributions(
    doc: &Document,
    workload: &Workload,
    f: &mut Vec<Finding>,
) -> Option<Contributions> {
    let b = doc.budget.as_ref()?;
    let weeks = b.weeks();
    let rate = b.hourly_rate.map_or(0, |r| r.cents());
    let mut rows: Vec<Contribution> = Vec::new();
    let mut unrated: Vec<String> = Vec::new();
    for (p, load) in doc.parties.iter().zip(&workload.parties) {
        if p.kind != PartyKind::Municipality || p.contributes == Some(false) {
            continue;
        }
        let hours = load.assigned.max(0.0);
        if hours > 0.0 && b.hourly_rate.is_none() {
            unrated.push(p.name.to_string());
        }
        let value = (hours * f64::from(weeks) * rate as f64).round();
        let in_kind = if value.is_finite() {
            (value as i64).clamp(0, MAX_IN_KIND_CENTS)
        } else {
            0
        };
        rows.push(Contribution {
            party: p.id.clone(),
            name: p.name.to_string(),
            inhabitants: p.inhabitants.map(Inhabitants::get),
            hours_per_week: hours,
            share: 0,
            in_kind,
            cash: 0,
        });
    }
    let cost: i64 = b.activities.iter().map(|a| a.cost.cents() as i64).sum();
    let fixed: i64 = b
        .activities
        .iter()
        .filter(|a| a.fixed)
        .map(|a| a.cost.cents() as i64)
        .sum();
    let in_kind: i64 = rows.iter().map(|r| r.in_kind).sum();
    let total = cost + in_kind;

    let f004 = |reason: &'static str, names: Vec<String>| {
        Finding::new(Code::F004, Subject::default())
            .arg("key", Arg::Keyword(b.key.id()))
            .arg("reason", Arg::Keyword(reason))
            .arg("count", Arg::Count(names.len()))
            .arg("parties", Arg::Text(names.join(", ")))
    };
    if rows.is_empty() {
        f.push(f004("nobody", Vec::new()));
    }
    if !unrated.is_empty() {
        f.push(f004("rate", unrated));
    }
    let without_inhabitants: Vec<String> = rows
        .iter()
        .filter(|r| r.inhabitants.is_none())
        .map(|r| r.name.clone())
        .collect();
    // One open tier fits every size; more tiers, like the inhabitants key, need sizes.
    let needs_inhabitants = match b.key {
        Key::Equal => false,
        Key::Inhabitants => true,
        Key::Tiers => b.tiers.len() > 1,
    };
    let applied_key = match b.key {
        Key::Equal => Key::Equal,
        Key::Tiers if b.tiers.is_empty() => {
            if !rows.is_empty() {
                f.push(f004("tiers", Vec::new()));
            }
            Key::Equal
        }
        _ if needs_inhabitants && !without_inhabitants.is_empty() => {
            f.push(f004("inhabitants", without_inhabitants));
            Key::Equal
        }
        k => k,
    };
    let shares: Vec<i64> = match applied_key {
        Key::Equal => split_equal(total, rows.len()),
        Key::Inhabitants => {
            let w: Vec<u64> = rows.iter().map(|r| r.inhabitants.unwrap_or(0)).collect();
            split_by_weight(total, &w)
        }
        Key::Tiers => rows
            .iter()
            .map(|r| {
                tier_amount(&b.tiers, r.inhabitants.unwrap_or(0)).map_or(0, |e| e.cents() as i64)
            })
            .collect(),
    };
    for (r, s) in rows.iter_mut().zip(shares) {
        r.share = s;
        r.cash = s - r.in_kind;
    }
    let gap = total - rows.iter().map(|r| r.share).sum::<i64>();
    if gap > 0 && !rows.is_empty() {
        f.push(
            Finding::new(Code::F005, Subject::default())
                .arg("gap", Arg::Euro(gap as u64))
                .arg("total", Arg::Euro(total as u64))
                .arg("shares", Arg::Euro((total - gap).max(0) as u64)),
        );
    }

    // O001 from the calculation: the coordinator is compensated when its work is
    // valued and offset against its share (paid out where it exceeds the share).
    let c = &doc.collaboration;
    if c.arrangement == crate::catalogue::Arrangement::Coordinating {
        let coordinator = c
            .coordinator
            .as_ref()
            .and_then(|id| doc.parties.iter().find(|p| p.id == *id));
        if let Some(p) = coordinator {
            let valued = rows.iter().any(|r| r.party == p.id && r.in_kind > 0);
            if !valued {
                f.push(
                    Finding::new(Code::O001, party_subject(p.id.as_str()))
                        .arg("party", Arg::Text(p.name.to_string()))
                        .arg("basis", Arg::Keyword("budget")),
                );
            }
        }
    }

    Some(Contributions {
        key: b.key,
        applied_key,
        year: b.year.map(Year::get),
        hourly_rate: b.hourly_rate,
        weeks_per_year: weeks,
        cost,
        fixed,
        in_kind,
        total,
        gap,
        parties: rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_shares_spread_the_odd_cents() {
        assert_eq!(split_equal(10_000_000, 20), vec![500_000; 20]);
        assert_eq!(split_equal(100, 3), vec![34, 33, 33]);
        assert!(split_equal(100, 0).is_empty());
    }

    #[test]
    fn weighted_shares_use_the_largest_remainder() {
        // 1/3 each: 33.33…, the first gets the odd cent.
        assert_eq!(split_by_weight(100, &[1, 1, 1]), vec![34, 33, 33]);
        // 100 × 2/3 = 66.67 and 100 × 1/3 = 33.33: the larger remainder wins the cent.
        assert_eq!(split_by_weight(100, &[2, 1]), vec![67, 33]);
        assert_eq!(split_by_weight(100, &[0, 0]), vec![0, 0]);
    }

    #[test]
    fn tiers_include_their_upper_bound() {
        let t = |up: Option<i64>, eur: f64| Tier {
            up_to: up.and_then(|u| Inhabitants::new(u).ok()),
            amount: Euro::from_euro(eur).unwrap_or_default(),
        };
        let tiers = vec![
            t(Some(50_000), 2500.0),
            t(Some(150_000), 5000.0),
            t(None, 10_000.0),
        ];
        let cents = |n| tier_amount(&tiers, n).map(Euro::cents);
        assert_eq!(cents(50_000), Some(250_000));
        assert_eq!(cents(50_001), Some(500_000));
        assert_eq!(cents(900_000), Some(1_000_000));
    }
}
