//! Small value types parsed once at the edge, so the rest of the code never re-checks:
//! ids, hours, euro amounts, dates and month counts.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::fmt;

pub(crate) use crate::problem::PROBLEM_PREFIX;

fn problem<E: de::Error>(p: crate::problem::ValueProblem) -> E {
    E::custom(format!("{PROBLEM_PREFIX}{}", p.encode()))
}

/// What the checked string types share: the text itself, shown as is, and read
/// from a document only through their check (`$check`), so an unchecked value never
/// enters a `Document`.
macro_rules! checked_string {
    ($t:ident, $check:path) => {
        impl $t {
            /// The checked text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                $check(&s).map_err(problem)
            }
        }
    };
}

/// Longest id we accept; ids are short handles, not names.
pub const MAX_ID_LEN: usize = 64;

/// An id of a person, party, group or custom task: 1–64 characters from `a-z`, `A-Z`,
/// `0-9`, `-`, `_` and `.`. Ids are how the document refers to things, so they stay
/// plain enough to type in YAML and to use in URLs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// Checks and wraps an id.
    pub fn parse(s: &str) -> Result<Self, crate::problem::ValueProblem> {
        let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        if s.is_empty() || s.len() > MAX_ID_LEN || !s.chars().all(ok_char) {
            return Err(crate::problem::ValueProblem::InvalidId(
                s.chars().take(80).collect(),
            ));
        }
        Ok(Id(s.to_owned()))
    }

    /// A fixed valid id, for fallbacks that cannot otherwise fail.
    pub(crate) fn placeholder() -> Self {
        Id("x".to_owned())
    }
}

checked_string!(Id, Id::parse);

/// Hours a week: finite, at least 0 and at most 168 (the hours in a week).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Hours(f64);

impl Hours {
    /// Zero hours.
    pub const ZERO: Hours = Hours(0.0);

    /// Checks and wraps an amount of hours a week.
    pub fn new(h: f64) -> Result<Self, crate::problem::ValueProblem> {
        if h.is_finite() && (0.0..=168.0).contains(&h) {
            // Rounded to minutes: nobody plans in smaller units, and it keeps
            // write → parse exact.
            Ok(Hours((h * 60.0).round() / 60.0))
        } else {
            Err(crate::problem::ValueProblem::InvalidHours(h.to_string()))
        }
    }

    /// The amount as a number.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl Serialize for Hours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(self.0, s)
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let h = f64::deserialize(d)?;
        Hours::new(h).map_err(problem)
    }
}

fn serialize_number<S: Serializer>(v: f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        s.serialize_i64(v as i64)
    } else {
        s.serialize_f64(v)
    }
}

/// An amount in euro, stored in whole cents: never negative, at most a billion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Euro(u64);

impl Euro {
    /// Largest amount accepted (one billion euro); larger is surely a typo.
    pub const MAX_CENTS: u64 = 100_000_000_000;

    /// Checks and wraps an amount given in euro.
    pub fn from_euro(v: f64) -> Result<Self, crate::problem::ValueProblem> {
        let cents = (v * 100.0).round();
        if v.is_finite() && cents >= 0.0 && cents <= Self::MAX_CENTS as f64 {
            Ok(Euro(cents as u64))
        } else {
            Err(crate::problem::ValueProblem::InvalidAmount(v.to_string()))
        }
    }

    /// An amount given in cents, capped at [`Euro::MAX_CENTS`].
    pub fn from_cents_saturating(cents: u64) -> Self {
        Euro(cents.min(Self::MAX_CENTS))
    }

    /// The amount in cents.
    pub fn cents(self) -> u64 {
        self.0
    }

    /// The amount in euro.
    pub fn euro(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

impl Serialize for Euro {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(self.euro(), s)
    }
}

impl<'de> Deserialize<'de> for Euro {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(d)?;
        Euro::from_euro(v).map_err(problem)
    }
}

/// A calendar date, written as `YYYY-MM-DD` (ISO 8601), between the years 2000 and 2200.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, crate::problem::ValueProblem> {
        let bad = || crate::problem::ValueProblem::InvalidDate(s.chars().take(40).collect());
        let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| bad())?;
        // A strict shape keeps dates unambiguous: 2026-3-1 is refused.
        if s.trim().len() != 10 || !(2000..=2200).contains(&d.year()) {
            return Err(bad());
        }
        Ok(Date(d))
    }

    /// Wraps a chrono date (for callers that already hold one, such as `today`).
    pub fn from_naive(d: NaiveDate) -> Self {
        Date(d)
    }

    /// The chrono date.
    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// This date plus whole months (the last day of the month when the day does not
    /// exist there), saturating at the far future.
    pub fn add_months(self, months: u32) -> Date {
        Date(
            self.0
                .checked_add_months(chrono::Months::new(months))
                .unwrap_or(NaiveDate::MAX),
        )
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// Whole months from `self` to `later`, counting only completed months.
    pub fn months_until(self, later: Date) -> i64 {
        let (a, b) = (self.0, later.0);
        let mut m = (b.year() as i64 - a.year() as i64) * 12 + b.month() as i64 - a.month() as i64;
        if b.day() < a.day() {
            m -= 1;
        }
        m
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(problem)
    }
}

/// A number of months between 1 and 120 (evaluation interval, rotation period).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Months(u32);

impl Months {
    /// Twelve months: the chapter's yearly rhythm.
    pub const YEAR: Months = Months(12);

    /// Checks and wraps a month count.
    pub fn new(m: u32) -> Result<Self, crate::problem::ValueProblem> {
        if (1..=120).contains(&m) {
            Ok(Months(m))
        } else {
            Err(crate::problem::ValueProblem::InvalidMonths(m.to_string()))
        }
    }

    /// The count.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Months {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// A whole number, also when written as `12.0`: JSON does not tell the two
        /// apart (JSON Schema calls both an integer), and programs that hold every
        /// number as a float write them that way.
        struct Whole;
        impl de::Visitor<'_> for Whole {
            type Value = String;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("i64")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
                if v.fract() == 0.0 && v.abs() < 1e15 {
                    Ok((v as i64).to_string())
                } else {
                    Err(E::invalid_type(de::Unexpected::Float(v), &self))
                }
            }
        }
        let v = d.deserialize_any(Whole)?;
        let m = v
            .parse::<u32>()
            .map_err(|_| crate::problem::ValueProblem::InvalidMonths(v.clone()))
            .and_then(Months::new);
        m.map_err(problem)
    }
}

/// Free text with a length limit, so a pasted book cannot end up in a name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Text(String);

impl Text {
    /// Longest text accepted in one field.
    pub const MAX_CHARS: usize = 2000;

    /// Checks and wraps text: not empty after trimming, at most [`Text::MAX_CHARS`].
    pub fn new(s: &str) -> Result<Self, crate::problem::ValueProblem> {
        let t = s.trim();
        if t.is_empty() {
            return Err(crate::problem::ValueProblem::EmptyText);
        }
        if t.chars().count() > Self::MAX_CHARS {
            return Err(crate::problem::ValueProblem::TextTooLong(Self::MAX_CHARS));
        }
        Ok(Text(t.to_owned()))
    }

    /// A fixed valid text, for fallbacks that cannot otherwise fail.
    pub(crate) fn placeholder() -> Self {
        Text("?".to_owned())
    }
}

checked_string!(Text, Text::new);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_handles() {
        assert!(Id::parse("gemeente-utrecht_2.0").is_ok());
        assert!(Id::parse("").is_err());
        assert!(Id::parse("met spatie").is_err());
        assert!(Id::parse(&"x".repeat(65)).is_err());
    }

    #[test]
    fn hours_are_never_negative_or_absurd() {
        assert!(Hours::new(-1.0).is_err());
        assert!(Hours::new(169.0).is_err());
        assert!(Hours::new(f64::NAN).is_err());
        assert_eq!(Hours::new(2.5).map(Hours::get), Ok(2.5));
    }

    #[test]
    fn euro_is_kept_in_cents() {
        assert_eq!(Euro::from_euro(8000.5).map(Euro::cents), Ok(800_050));
        assert!(Euro::from_euro(-1.0).is_err());
        assert!(Euro::from_euro(2e9).is_err());
    }

    #[test]
    fn dates_are_strict_iso() {
        assert!(Date::parse("2026-03-01").is_ok());
        assert!(Date::parse("2026-3-1").is_err());
        assert!(Date::parse("2026-02-30").is_err());
        assert!(Date::parse("01-03-2026").is_err());
    }

    #[test]
    fn month_counts_are_whole_numbers_however_written() {
        let json = |s: &str| serde_json::from_str::<Months>(s).map(Months::get);
        assert_eq!(json("12").ok(), Some(12));
        // JSON does not tell 12 and 12.0 apart; a float-only client writes the latter.
        assert_eq!(json("12.0").ok(), Some(12));
        for bad in ["12.5", "0", "121", "-3", "\"12\"", "1e300"] {
            assert!(json(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn months_between_dates_count_completed_months() {
        let a = Date::parse("2026-01-31").unwrap();
        assert_eq!(a.months_until(Date::parse("2026-02-28").unwrap()), 0);
        assert_eq!(a.months_until(Date::parse("2026-03-31").unwrap()), 2);
        assert_eq!(a.add_months(1), Date::parse("2026-02-28").unwrap());
    }
}
