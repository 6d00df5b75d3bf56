//! What can be wrong with a single value, and how that travels through serde.
//!
//! Value types (ids, hours, dates), the document's own checks and the parser all need
//! it; it lives here, depending on nothing, so those modules depend one way.

/// Prefix of deserialisation errors raised by our own value types. The parser turns
/// them back into a [`ValueProblem`] so the message can be localised.
pub(crate) const PROBLEM_PREFIX: &str = "rolwijzer-problem:";

/// What is wrong with a single value. Raised inside deserialisation by our value types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueProblem {
    /// An id with characters or a length we do not accept.
    InvalidId(String),
    /// Hours that are negative, too many, or not a number.
    InvalidHours(String),
    /// A negative or absurd amount of money.
    InvalidAmount(String),
    /// A date not written as YYYY-MM-DD, or that does not exist.
    InvalidDate(String),
    /// A month count outside 1–120.
    InvalidMonths(String),
    /// A name or other text that is empty.
    EmptyText,
    /// A text longer than the limit (the limit is given).
    TextTooLong(usize),
    /// A format version we cannot read.
    UnsupportedVersion(String),
    /// An assignment with both `task` and `item`.
    TaskAndItem,
    /// An assignment with neither `task` nor `item`.
    NoTask,
    /// `task: custom` without `id` and `name`.
    CustomWithoutIdOrName,
    /// `id`, `name` or `critical` on a task that is not custom.
    CustomFieldsOnCatalogueTask,
    /// A number of inhabitants that is not a whole number from 1 to 100 million.
    InvalidInhabitants(String),
    /// A budget year outside 2000–2200.
    InvalidYear(String),
    /// Working weeks outside 1–52.
    InvalidWeeks(String),
    /// A list longer than its limit (the limit is given).
    TooManyEntries(usize),
    /// A tier whose `up_to` is not above the one before (the value is given).
    TiersNotAscending(String),
    /// A tier after one without `up_to` (only the last tier is open).
    TierAfterOpenTier,
    /// The last tier has an `up_to`, so larger municipalities have no tier.
    LastTierHasUpTo,
}

impl ValueProblem {
    /// Encodes the problem into a serde error message: its tag (the Fluent id without
    /// `parse-`) and its value, separated by US; [`ValueProblem::decode`] reads it back.
    pub(crate) fn encode(&self) -> String {
        let tag = self.message_id().trim_start_matches("parse-");
        format!("{tag}\u{1f}{}", self.value())
    }

    pub(crate) fn decode(s: &str) -> Option<Self> {
        let (tag, v) = s.split_once('\u{1f}')?;
        let v = v.to_owned();
        Some(match tag {
            "invalid-id" => Self::InvalidId(v),
            "invalid-hours" => Self::InvalidHours(v),
            "invalid-amount" => Self::InvalidAmount(v),
            "invalid-date" => Self::InvalidDate(v),
            "invalid-months" => Self::InvalidMonths(v),
            "empty-text" => Self::EmptyText,
            "text-too-long" => Self::TextTooLong(v.parse().unwrap_or(0)),
            "unsupported-version" => Self::UnsupportedVersion(v),
            "task-and-item" => Self::TaskAndItem,
            "no-task" => Self::NoTask,
            "custom-without-id" => Self::CustomWithoutIdOrName,
            "custom-fields" => Self::CustomFieldsOnCatalogueTask,
            "invalid-inhabitants" => Self::InvalidInhabitants(v),
            "invalid-year" => Self::InvalidYear(v),
            "invalid-weeks" => Self::InvalidWeeks(v),
            "too-many-entries" => Self::TooManyEntries(v.parse().unwrap_or(0)),
            "tiers-not-ascending" => Self::TiersNotAscending(v),
            "tier-after-open" => Self::TierAfterOpenTier,
            "last-tier-up-to" => Self::LastTierHasUpTo,
            _ => return None,
        })
    }

    pub(crate) fn is_about_whole_entry(&self) -> bool {
        matches!(
            self,
            Self::TaskAndItem
                | Self::NoTask
                | Self::CustomWithoutIdOrName
                | Self::CustomFieldsOnCatalogueTask
        )
    }

    pub(crate) fn message_id(&self) -> &'static str {
        match self {
            Self::InvalidId(_) => "parse-invalid-id",
            Self::InvalidHours(_) => "parse-invalid-hours",
            Self::InvalidAmount(_) => "parse-invalid-amount",
            Self::InvalidDate(_) => "parse-invalid-date",
            Self::InvalidMonths(_) => "parse-invalid-months",
            Self::EmptyText => "parse-empty-text",
            Self::TextTooLong(_) => "parse-text-too-long",
            Self::UnsupportedVersion(_) => "parse-unsupported-version",
            Self::TaskAndItem => "parse-task-and-item",
            Self::NoTask => "parse-no-task",
            Self::CustomWithoutIdOrName => "parse-custom-without-id",
            Self::CustomFieldsOnCatalogueTask => "parse-custom-fields",
            Self::InvalidInhabitants(_) => "parse-invalid-inhabitants",
            Self::InvalidYear(_) => "parse-invalid-year",
            Self::InvalidWeeks(_) => "parse-invalid-weeks",
            Self::TooManyEntries(_) => "parse-too-many-entries",
            Self::TiersNotAscending(_) => "parse-tiers-not-ascending",
            Self::TierAfterOpenTier => "parse-tier-after-open",
            Self::LastTierHasUpTo => "parse-last-tier-up-to",
        }
    }

    pub(crate) fn value(&self) -> String {
        match self {
            Self::InvalidId(v)
            | Self::InvalidHours(v)
            | Self::InvalidAmount(v)
            | Self::InvalidDate(v)
            | Self::InvalidMonths(v)
            | Self::UnsupportedVersion(v)
            | Self::InvalidInhabitants(v)
            | Self::InvalidYear(v)
            | Self::InvalidWeeks(v)
            | Self::TiersNotAscending(v) => v.clone(),
            Self::TextTooLong(n) | Self::TooManyEntries(n) => n.to_string(),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ValueProblem::{self, *};

    #[test]
    fn every_problem_survives_the_trip_through_serde() {
        let all = [
            InvalidId("a b".into()),
            InvalidHours("-1".into()),
            InvalidAmount("x".into()),
            InvalidDate("2026-13-01".into()),
            InvalidMonths("0".into()),
            EmptyText,
            TextTooLong(2000),
            UnsupportedVersion("9".into()),
            TaskAndItem,
            NoTask,
            CustomWithoutIdOrName,
            CustomFieldsOnCatalogueTask,
            InvalidInhabitants("0".into()),
            InvalidYear("1999".into()),
            InvalidWeeks("53".into()),
            TooManyEntries(100),
            TiersNotAscending("10".into()),
            TierAfterOpenTier,
            LastTierHasUpTo,
        ];
        for p in all {
            assert_eq!(ValueProblem::decode(&p.encode()), Some(p.clone()), "{p:?}");
        }
        assert_eq!(ValueProblem::decode("no-such-tag\u{1f}x"), None);
    }
}
