//! Where a rotation stands on a day, and its calendar. One truth for who holds the
//! rotating tasks, shared by the task views, O006 and the calendar.

use super::index::Index;
use super::report::{RotationCalendar, RotationPeriod};
use crate::document::Document;
use crate::values::{Date, Id};

/// Where the rotation stands on a day.
pub(super) struct RotationState {
    pub(super) index: usize,
    /// Turns completed since the start.
    pub(super) turn: u64,
    pub(super) next_handover: Date,
    pub(super) started: bool,
}

pub(super) fn rotation_state(doc: &Document, today: Date) -> Option<RotationState> {
    let r = doc.rotation.as_ref()?;
    let n = r.order.len();
    if n == 0 {
        return None;
    }
    let period = u64::from(r.period_months.get());
    if today < r.start {
        return Some(RotationState {
            index: 0,
            turn: 0,
            next_handover: r.start,
            started: false,
        });
    }
    // Every boundary is counted from the start date itself, never from the previous
    // boundary: a start on the 31st would otherwise drift to the 28th for good.
    let boundary = |turn: u64| {
        r.start
            .add_months(u32::try_from(turn * period).unwrap_or(u32::MAX))
    };
    let mut turn = (r.start.months_until(today).max(0) as u64) / period;
    while boundary(turn + 1) <= today {
        turn += 1;
    }
    while turn > 0 && boundary(turn) > today {
        turn -= 1;
    }
    Some(RotationState {
        index: (turn % n as u64) as usize,
        turn,
        next_handover: boundary(turn + 1),
        started: true,
    })
}

/// The rotating task keys (empty without a rotation).
pub(super) fn rotating_tasks(doc: &Document) -> Vec<&str> {
    doc.rotation
        .as_ref()
        .map(|r| r.tasks.iter().map(String::as_str).collect())
        .unwrap_or_default()
}

/// Who holds the rotating tasks now: the contact of the party in turn, or the party
/// itself when it has no contact.
pub(super) fn current_holder(
    doc: &Document,
    ix: &Index<'_>,
    rot: Option<&RotationState>,
) -> Option<Id> {
    let s = rot?;
    let r = doc.rotation.as_ref()?;
    let party = r.order.get(s.index)?;
    Some(
        ix.party(party.as_str())
            .and_then(|p| p.contact.clone())
            .unwrap_or_else(|| party.clone()),
    )
}

pub(super) fn rotation_calendar(
    doc: &Document,
    rot: Option<&RotationState>,
    ix: &Index<'_>,
) -> Option<RotationCalendar> {
    let r = doc.rotation.as_ref()?;
    let s = rot?;
    let n = r.order.len() as u64;
    let period = u64::from(r.period_months.get());
    let boundary = |turn: u64| {
        r.start
            .add_months(u32::try_from(turn * period).unwrap_or(u32::MAX))
    };
    let holder_of = |turn: u64| {
        r.order
            .get((turn % n) as usize)
            .and_then(|p| ix.party(p.as_str()))
            .and_then(|p| p.contact.clone())
    };
    // One turn back (when there was one), the current turn and one full round ahead.
    let first = if s.started {
        s.turn.saturating_sub(1)
    } else {
        0
    };
    let last = s.turn + n;
    let periods = (first..=last)
        .map(|turn| RotationPeriod {
            start: boundary(turn),
            end: boundary(turn + 1),
            party: r.order[(turn % n) as usize].clone(),
            holder: holder_of(turn),
            current: s.started && turn == s.turn,
        })
        .collect();
    Some(RotationCalendar {
        tasks: r.tasks.clone(),
        periods,
        next_handover: Some(s.next_handover),
    })
}

/// The coming hand-over with its checklist, from [`HANDOVER_NOTICE_DAYS`] before it.
/// The process point is done when every rotating task has a process written down,
/// or when it is ticked; the other points when they are ticked for that day.
///
/// [`HANDOVER_NOTICE_DAYS`]: super::organisation::HANDOVER_NOTICE_DAYS
pub(super) fn handover(
    doc: &Document,
    rot: Option<&RotationState>,
    tasks: &[super::report::TaskView],
    today: Date,
) -> Option<super::report::HandoverView> {
    use crate::document::HandoverItem;
    let r = doc.rotation.as_ref()?;
    let s = rot?;
    let days = today.days_until(s.next_handover);
    if !(0..=super::organisation::HANDOVER_NOTICE_DAYS).contains(&days) || r.order.is_empty() {
        return None;
    }
    let n = r.order.len();
    let from = s.started.then(|| r.order[s.index].clone());
    let to = if s.started {
        r.order[(s.index + 1) % n].clone()
    } else {
        r.order[0].clone()
    };
    let ticked: Vec<HandoverItem> = r
        .handovers
        .iter()
        .filter(|h| h.date == s.next_handover)
        .flat_map(|h| h.done.iter().copied())
        .collect();
    let processes_written = tasks
        .iter()
        .filter(|t| t.rotating)
        .all(|t| t.process.is_some());
    let items = HandoverItem::ALL
        .iter()
        .map(|&item| {
            let done =
                ticked.contains(&item) || (item == HandoverItem::Process && processes_written);
            super::report::HandoverPoint { item, done }
        })
        .collect();
    Some(super::report::HandoverView {
        date: s.next_handover,
        from,
        to,
        days,
        items,
    })
}
