//! Where the time comes from. The server and the command line read the system clock;
//! tests pin it, so that a page shows the same date on any day, in any time zone.

use rolwijzer_core::Date;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// A source of the current moment, shared by the store and the web app.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// Seconds added to the system clock (a clock started at another day runs on).
    shift: i64,
    /// A pinned clock stands still and moves only when told to.
    pinned: Option<Arc<AtomicI64>>,
}

/// Noon in the Netherlands on `date`, in Unix seconds (11:00 UTC is noon in winter
/// and 13:00 in summer: the day is right either way).
fn noon(date: Date) -> i64 {
    date.naive()
        .and_hms_opt(11, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp())
}

fn system_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock that stands still at `secs` (Unix seconds) until [`Clock::advance`].
    pub fn pinned(secs: i64) -> Clock {
        Clock {
            shift: 0,
            pinned: Some(Arc::new(AtomicI64::new(secs))),
        }
    }

    /// A clock pinned at noon (Dutch time) of `date`: for tests.
    pub fn pinned_at_noon(date: Date) -> Clock {
        Clock::pinned(noon(date))
    }

    /// A clock that starts at noon of `date` and runs on from there: for a server
    /// started with `--today` (demonstrations, and tests of the whole binary).
    pub fn starting_at_noon(date: Date) -> Clock {
        Clock {
            shift: noon(date) - system_secs(),
            pinned: None,
        }
    }

    /// Seconds since 1970 (UTC).
    pub fn now(&self) -> i64 {
        match &self.pinned {
            Some(secs) => secs.load(Ordering::SeqCst),
            None => system_secs().saturating_add(self.shift),
        }
    }

    /// Today in the Netherlands.
    pub fn today(&self) -> Date {
        rolwijzer_core::time::dutch_date(self.now())
    }

    /// Moves a pinned clock forward (tests of expiry and throttling); the system
    /// clock is not ours to move, so this does nothing there.
    pub fn advance(&self, secs: i64) {
        if let Some(pinned) = &self.pinned {
            pinned.fetch_add(secs, Ordering::SeqCst);
        }
    }

    /// Whether this clock is pinned.
    pub fn is_pinned(&self) -> bool {
        self.pinned.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pinned_clock_stands_still_until_advanced() {
        let clock = Clock::pinned(1_000);
        assert_eq!(clock.now(), 1_000);
        clock.advance(60);
        assert_eq!(clock.now(), 1_060);
        // Clones share the moment, as the store and the app state do.
        let other = clock.clone();
        other.advance(1);
        assert_eq!(clock.now(), 1_061);
    }

    #[test]
    fn noon_pins_the_dutch_day() {
        let day = Date::parse("2026-11-28").unwrap();
        assert_eq!(Clock::pinned_at_noon(day).today(), day);
        assert_eq!(Clock::starting_at_noon(day).today(), day);
        assert!(!Clock::starting_at_noon(day).is_pinned());
    }
}
