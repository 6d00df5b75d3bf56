//! The calendar: evaluation due dates, rotation hand-overs, contract end dates, as an
//! iCalendar file (RFC 5545) to import into Outlook, Google Calendar or Thunderbird.
//!
//! Written by hand: the file has one fixed shape of all-day events, and the parts a
//! library would add (escaping, folding, CRLF) are a few lines each and tested here.

use crate::ExportError;
use crate::model::{Model, holder};
use crate::texts::targs;
use rolwijzer_core::Date;
use rolwijzer_core::analyse::{EvaluationStatus, RotationPeriod};
use rolwijzer_core::i18n::{Args, join_list};

/// Longest content line in octets, without its CRLF (RFC 5545 §3.1).
pub(crate) const MAX_LINE_OCTETS: usize = 75;

/// One all-day event.
#[derive(Debug, Clone, PartialEq)]
struct Event {
    /// What it is about; part of the UID.
    kind: &'static str,
    /// What tells this event apart from others of its kind; part of the UID.
    key: String,
    /// The day.
    date: Date,
    summary: String,
    description: String,
}

/// The ICS file.
pub(crate) fn ics(m: &Model) -> Result<Vec<u8>, ExportError> {
    let name = m.doc.collaboration.name.as_str();
    let mut events = evaluation(m);
    events.extend(handovers(m));
    events.extend(contracts(m));
    events.sort_by(|a, b| (a.date, a.kind, &a.key).cmp(&(b.date, b.kind, &b.key)));

    let mut out = String::new();
    let lang = m.lang.code().to_uppercase();
    let version = env!("CARGO_PKG_VERSION");
    for l in [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//rolwijzer//rolwijzer {version}//{lang}"),
        "CALSCALE:GREGORIAN".to_owned(),
        // PUBLISH: a calendar to import, not an invitation that asks for replies.
        "METHOD:PUBLISH".to_owned(),
        format!(
            "X-WR-CALNAME:{}",
            escape(&targs(
                m.lang,
                "ics-calendar-name",
                &Args::new().with("name", name)
            ))
        ),
        format!("X-WR-CALDESC:{}", escape(&m.t("ics-calendar-description"))),
    ] {
        fold(&l, &mut out);
    }
    // DTSTAMP is when the file was made; `today` rather than the clock, so the same
    // division on the same day gives the same file.
    let stamp = format!("{}T000000Z", compact(m.today));
    for e in &events {
        for l in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", uid(name, e.kind, &e.key)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(e.date)),
        ] {
            fold(&l, &mut out);
        }
        // DTEND is the day after (exclusive); RFC 5545 would assume one day without
        // it, but older Outlook versions do not.
        if let Some(next) = e.date.naive().succ_opt() {
            fold(
                &format!("DTEND;VALUE=DATE:{}", compact(Date::from_naive(next))),
                &mut out,
            );
        }
        for l in [
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
            // A reminder, not an appointment: it must not show the day as busy.
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ] {
            fold(&l, &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    Ok(out.into_bytes())
}

/// The next evaluation. When it is overdue or was never held, the event is today: a
/// reminder on a past day would alert nobody.
fn evaluation(m: &Model) -> Vec<Event> {
    let name = m.doc.collaboration.name.as_str();
    let last = m
        .doc
        .last_evaluation()
        .map(|d| m.date(d))
        .unwrap_or_default();
    let args = |due: Option<Date>| {
        Args::new()
            .with("name", name)
            .with("last", last.clone())
            .with("due", due.map(|d| m.date(d)).unwrap_or_default())
    };
    let text = |id: &str, due: Option<Date>| targs(m.lang, id, &args(due));
    let event = match (m.report.evaluation_status, m.report.evaluation_due) {
        (EvaluationStatus::Never, _) | (_, None) => Event {
            kind: "evaluation",
            // One "never held" event, which moves to the day of each new export.
            key: "never".to_owned(),
            date: m.today,
            summary: text("ics-evaluation-never-summary", None),
            description: text("ics-evaluation-never-description", None),
        },
        (EvaluationStatus::Overdue, Some(due)) => Event {
            kind: "evaluation",
            // The same UID as the event on the due date itself: importing again
            // moves that event to today instead of adding a second one.
            key: compact(due),
            date: m.today,
            summary: text("ics-evaluation-overdue-summary", Some(due)),
            description: text("ics-evaluation-overdue-description", Some(due)),
        },
        (_, Some(due)) => Event {
            kind: "evaluation",
            key: compact(due),
            date: due,
            summary: text("ics-evaluation-summary", Some(due)),
            description: text("ics-evaluation-description", Some(due)),
        },
    };
    vec![event]
}

/// "Gemeente Heerenveen (Femke de Boer)": the party whose turn it is and the person
/// who holds its rotating tasks.
fn turn_label(m: &Model, p: &RotationPeriod) -> String {
    let party = holder(m.doc, p.party.as_str()).name;
    match &p.holder {
        Some(h) => format!("{party} ({})", holder(m.doc, h.as_str()).name),
        None => party,
    }
}

/// Each hand-over in the rotation calendar (the previous one, and a full round
/// ahead), plus the start of a rotation that has not begun.
fn handovers(m: &Model) -> Vec<Event> {
    let Some(rc) = &m.report.rotation else {
        return Vec::new();
    };
    let name = m.doc.collaboration.name.as_str();
    let tasks: Vec<String> = rc.tasks.iter().map(|k| m.task_name(k)).collect();
    let tasks_line = targs(
        m.lang,
        "ics-handover-tasks",
        &Args::new().with("tasks", join_list(m.lang, &tasks)),
    );
    let prepare = m.t("ics-handover-prepare");
    let event = |from: Option<&RotationPeriod>, to: &RotationPeriod| {
        let args = Args::new()
            .with("name", name)
            .with("from", from.map(|f| turn_label(m, f)).unwrap_or_default())
            .with("to", turn_label(m, to));
        let (summary, lead) = match from {
            Some(_) => ("ics-handover-summary", "ics-handover-description"),
            None => (
                "ics-rotation-start-summary",
                "ics-rotation-start-description",
            ),
        };
        Event {
            kind: "handover",
            // A turn boundary is fixed by the rotation's start and period; who hands
            // over on it may change when the order does, and then the event should
            // change with it rather than appear twice.
            key: compact(to.start),
            date: to.start,
            summary: targs(m.lang, summary, &args),
            description: [
                targs(m.lang, lead, &args),
                tasks_line.clone(),
                prepare.clone(),
            ]
            .join("\n"),
        }
    };
    let mut out = Vec::new();
    if let Some(first) = rc.periods.first().filter(|p| p.start > m.today) {
        out.push(event(None, first));
    }
    for pair in rc.periods.windows(2) {
        if let [from, to] = pair {
            out.push(event(Some(from), to));
        }
    }
    out
}

/// The end of each supplier's contract.
fn contracts(m: &Model) -> Vec<Event> {
    let name = m.doc.collaboration.name.as_str();
    m.suppliers()
        .filter_map(|p| {
            let until = p.contract_until?;
            let args = Args::new()
                .with("name", name)
                .with("party", p.name.as_str())
                .with("date", m.date(until));
            Some(Event {
                kind: "contract",
                // Keyed on the party, not the date: when the contract is extended, the
                // event moves to the new end date instead of leaving the old one.
                key: p.id.to_string(),
                date: until,
                summary: targs(m.lang, "ics-contract-summary", &args),
                description: targs(m.lang, "ics-contract-description", &args),
            })
        })
        .collect()
}

/// `20261128`.
fn compact(d: Date) -> String {
    d.naive().format("%Y%m%d").to_string()
}

/// A UID that stays the same for the same event across exports, so importing the
/// file again updates events instead of adding copies. The hash keeps events of two
/// collaborations apart; kind and key keep it readable. Ids are plain ASCII, so the
/// UID needs no escaping.
fn uid(collaboration: &str, kind: &str, key: &str) -> String {
    let hash = fnv1a(&[collaboration, kind, key]);
    format!("{hash:016x}-{kind}-{key}@rolwijzer")
}

/// 64-bit FNV-1a over the parts, each followed by a zero byte. Written out because
/// the standard library's hasher may change between Rust versions, and a UID must
/// not.
fn fnv1a(parts: &[&str]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut h = OFFSET;
    for part in parts {
        for b in part.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(PRIME);
        }
    }
    h
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
/// Other control characters are not allowed in TEXT and are dropped.
pub(crate) fn escape(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded at 75 octets (RFC 5545 §3.1): a longer line
/// continues on the next after CRLF and one space. Folds fall between characters,
/// never inside one, so each physical line is valid UTF-8 on its own.
pub(crate) fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        assert_eq!(escape("x\r\ny\rz\u{7}"), "x\\ny\\nz");
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let line = format!("SUMMARY:{}", "é😀a".repeat(40));
        let mut out = String::new();
        fold(&line, &mut out);
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 1);
        for p in &physical {
            assert!(p.len() <= MAX_LINE_OCTETS, "{} octets", p.len());
        }
        assert!(physical[1..].iter().all(|p| p.starts_with(' ')));
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn short_lines_stay_whole() {
        let mut out = String::new();
        fold("VERSION:2.0", &mut out);
        assert_eq!(out, "VERSION:2.0\r\n");
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        assert_eq!(uid("A", "contract", "x"), uid("A", "contract", "x"));
        assert_ne!(uid("A", "contract", "x"), uid("B", "contract", "x"));
        // Known value, so a change of hash (and of every UID out there) is noticed.
        assert_eq!(fnv1a(&[]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(&["a"]), 0x089b_e207_b544_f1e4);
    }
}
