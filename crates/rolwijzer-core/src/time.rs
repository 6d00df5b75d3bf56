//! Dutch civil time. Every moment rolwijzer stores is Unix seconds (UTC); people read
//! it in the Netherlands' time, whatever the time zone of the machine that serves the
//! page. The rule is the EU's: CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the
//! last Sunday of March to 01:00 UTC on the last Sunday of October. Written out here,
//! a dozen lines, instead of a time-zone database for one zone.

use crate::values::Date;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeDelta};

/// The moment `secs` (Unix seconds) as the wall-clock time in the Netherlands.
/// Moments outside chrono's range read as the Unix epoch.
pub fn dutch_local(secs: i64) -> NaiveDateTime {
    let utc = DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .naive_utc();
    let offset_hours = if is_summer_time(utc) { 2 } else { 1 };
    utc + TimeDelta::hours(offset_hours)
}

/// The Dutch calendar day of the moment `secs`.
pub fn dutch_date(secs: i64) -> Date {
    Date::from_naive(dutch_local(secs).date())
}

fn is_summer_time(utc: NaiveDateTime) -> bool {
    let year = utc.year();
    let switch = |month| {
        last_sunday(year, month)
            .and_hms_opt(1, 0, 0)
            .unwrap_or_default()
    };
    utc >= switch(3) && utc < switch(10)
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    // The 31st exists in both March and October.
    let last = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or_default();
    let back = last.weekday().num_days_from_sunday();
    last - TimeDelta::days(i64::from(back))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> i64 {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S")
            .map(|t| t.and_utc().timestamp())
            .unwrap_or(i64::MIN)
    }

    /// Each pair is a UTC time and the Dutch civil time it shows as.
    fn assert_local(cases: &[(&str, &str)]) {
        for (utc, local) in cases {
            assert_eq!(dutch_local(at(utc)).to_string(), *local, "{utc} UTC");
        }
    }

    #[test]
    fn winter_is_one_hour_ahead_and_summer_two() {
        assert_local(&[
            ("2026-12-04 23:30:00", "2026-12-05 00:30:00"),
            ("2026-07-01 12:00:00", "2026-07-01 14:00:00"),
        ]);
    }

    #[test]
    fn switches_at_one_utc_on_the_last_sundays() {
        // 2026: last Sunday of March is the 29th, of October the 25th.
        assert_local(&[
            ("2026-03-29 00:59:59", "2026-03-29 01:59:59"),
            ("2026-03-29 01:00:00", "2026-03-29 03:00:00"),
            ("2026-10-25 00:59:59", "2026-10-25 02:59:59"),
            ("2026-10-25 01:00:00", "2026-10-25 02:00:00"),
        ]);
    }

    #[test]
    fn the_date_follows_dutch_midnight() {
        for (utc, date) in [
            ("2026-11-30 23:30:00", "2026-12-01"),
            ("2026-11-30 22:59:59", "2026-11-30"),
        ] {
            assert_eq!(dutch_date(at(utc)).to_string(), date, "{utc} UTC");
        }
    }
}
