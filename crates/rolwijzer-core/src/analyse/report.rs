//! The report and its derived views: plain data, filled by the rule families.

use crate::catalogue::{Arrangement, ItemId, TaskId};
use crate::findings::{Finding, TaskLabel};
use crate::values::{Date, Id};
use serde::Serialize;

/// Everything `analyse` concludes about a document on a given day.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The day the report is about.
    pub today: Date,
    /// What was found, most serious first.
    pub findings: Vec<Finding>,
    /// Counts per severity.
    pub summary: Summary,
    /// Every task in the division as it holds today (rotation applied).
    pub tasks: Vec<TaskView>,
    /// The chapter's checklist with ticks.
    pub checklist: Vec<ChecklistRow>,
    /// Hours per person and per party against what they have.
    pub workload: Workload,
    /// Per party: what its leaving would orphan.
    pub departure: Vec<DepartureRow>,
    /// Per person whose leaving would orphan a task (illness, leave or a new job):
    /// those tasks. People whose leaving orphans nothing are left out.
    pub departure_people: Vec<PersonDepartureRow>,
    /// The rotation calendar, when tasks rotate.
    pub rotation: Option<RotationCalendar>,
    /// The coming hand-over and its checklist, from 60 days before it.
    pub handover: Option<HandoverView>,
    /// The reserve in months of fixed costs, when both are known.
    pub reserve_months: Option<f64>,
    /// When the next evaluation is due, when the last one is known.
    pub evaluation_due: Option<Date>,
    /// Whether the evaluation is overdue, due soon, fine, or never held.
    pub evaluation_status: EvaluationStatus,
    /// How many of the required catalogue tasks have a Responsible and an Accountable.
    pub coverage: Coverage,
    /// Who a newcomer should contact.
    pub contact: Option<ContactCard>,
    /// Tasks carried and hours a year per person and per party (tip "erken en
    /// waardeer de inzet").
    pub recognition: Vec<Recognition>,
    /// The community contribution per municipality, when the document has a budget.
    pub contributions: Option<crate::money::Contributions>,
}

/// Where the yearly evaluation stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvaluationStatus {
    /// No evaluation was ever recorded (E001).
    Never,
    /// The due date has passed (E002).
    Overdue,
    /// Due within [`EVALUATION_NOTICE_MONTHS`](super::EVALUATION_NOTICE_MONTHS): put it on the agenda.
    Soon,
    /// Not due for a while.
    Fine,
}

/// Required tasks that are filled, against all required tasks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Required tasks with a Responsible and an Accountable.
    pub filled: usize,
    /// Tasks the level (or the contribution) requires.
    pub required: usize,
}

/// Counts of findings per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Advice.
    pub advice: usize,
}

/// A task as it holds today.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskView {
    /// The id as written (catalogue, custom or item id).
    pub key: String,
    /// How to name it.
    #[serde(skip)]
    pub label: TaskLabel,
    /// The catalogue task, if it is one (for items: the item's task).
    pub task: Option<TaskId>,
    /// Whether the level (or the contribution) requires it.
    pub required: bool,
    /// Whether it needs a backup.
    pub critical: bool,
    /// Whether it passes between parties in turn.
    pub rotating: bool,
    /// The arrangement that applies to it.
    pub arrangement: Arrangement,
    /// R, after the rotation is applied.
    pub responsible: Vec<Id>,
    /// A, after the rotation is applied.
    pub accountable: Vec<Id>,
    /// C.
    pub consulted: Vec<Id>,
    /// I, with channel.
    pub informed: Vec<(Id, Option<String>)>,
    /// Backups.
    pub backup: Vec<Id>,
    /// Hours a week.
    pub hours_per_week: Option<f64>,
    /// Where the process is described.
    pub process: Option<String>,
}

impl TaskView {
    /// Whether someone does it and someone answers for it.
    pub fn filled(&self) -> bool {
        !self.responsible.is_empty() && !self.accountable.is_empty()
    }
}

/// Whether a checklist item is covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    /// Its task (or the item itself) has a Responsible and an Accountable.
    Done,
    /// Needed at this level but not filled.
    Missing,
    /// Not needed at this level and not filled.
    NotNeeded,
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistRow {
    /// The item.
    pub item: ItemId,
    /// Its group.
    pub group: crate::catalogue::ChecklistGroup,
    /// The task that covers it.
    pub task: TaskId,
    /// Whether it is assigned on its own.
    pub own_assignment: bool,
    /// Whether it is needed at this level.
    pub required: bool,
    /// The tick.
    pub status: ItemStatus,
    /// Names of those Responsible.
    pub holders: Vec<String>,
}

/// Hours one person carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonLoad {
    /// The person.
    pub person: Id,
    /// Their name.
    pub name: String,
    /// Their party.
    pub party: Id,
    /// Hours a week assigned through tasks.
    pub assigned: f64,
    /// Hours a week they have, if recorded.
    pub available: Option<f64>,
    /// Tasks on which they are R or A.
    pub tasks: usize,
}

/// Hours one party carries (its in-kind contribution).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartyLoad {
    /// The party.
    pub party: Id,
    /// Its name.
    pub name: String,
    /// Hours a week assigned to it and its people.
    pub assigned: f64,
    /// Hours a week its people have, if any are recorded.
    pub available: Option<f64>,
}

/// Workload per person and per party.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Workload {
    /// Per person, in document order.
    pub people: Vec<PersonLoad>,
    /// Per party, in document order.
    pub parties: Vec<PartyLoad>,
    /// Hours a week of the three basic tasks, if all are given.
    pub basic_tasks_hours: Option<f64>,
}

/// The letters a party holds on one task.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Holding {
    /// The task key.
    pub task: String,
    /// Letters among R, A, C, I and B (backup).
    pub letters: String,
}

/// What a party holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartyHoldings {
    /// The party.
    pub party: Id,
    /// Its name.
    pub name: String,
    /// Its tasks.
    pub tasks: Vec<Holding>,
}

/// What one party's leaving would orphan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepartureRow {
    /// The party.
    pub party: Id,
    /// Its name.
    pub name: String,
    /// Tasks that would have no Responsible left (and no backup outside the party).
    pub lose_responsible: Vec<String>,
    /// Tasks that would have no Accountable left (and no backup outside the party).
    pub lose_accountable: Vec<String>,
}

/// What one person's leaving would orphan: the tasks where they alone are Responsible
/// or Accountable and nobody else is backup.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonDepartureRow {
    /// The person.
    pub person: Id,
    /// Their name.
    pub name: String,
    /// Their party.
    pub party: Id,
    /// Tasks that would have no Responsible left.
    pub lose_responsible: Vec<String>,
    /// Tasks that would have no Accountable left.
    pub lose_accountable: Vec<String>,
}

impl PersonDepartureRow {
    /// All task keys that would be orphaned, without repeats, in task order.
    pub fn orphaned(&self) -> Vec<String> {
        merged(&self.lose_responsible, &self.lose_accountable)
    }
}

/// `a` then what `b` adds, without repeats.
fn merged(a: &[String], b: &[String]) -> Vec<String> {
    let mut v = a.to_vec();
    for t in b {
        if !v.contains(t) {
            v.push(t.clone());
        }
    }
    v
}

impl DepartureRow {
    /// All task keys that would be orphaned, without repeats, in task order.
    pub fn orphaned(&self) -> Vec<String> {
        merged(&self.lose_responsible, &self.lose_accountable)
    }
}

/// One turn in the rotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RotationPeriod {
    /// First day.
    pub start: Date,
    /// First day of the next turn.
    pub end: Date,
    /// The party whose turn it is.
    pub party: Id,
    /// The person who holds R and A (the party's contact), if set.
    pub holder: Option<Id>,
    /// Whether `today` falls in this turn.
    pub current: bool,
}

/// Who holds the rotating tasks when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RotationCalendar {
    /// Rotating task keys.
    pub tasks: Vec<String>,
    /// The previous, current and next turns (one full round ahead).
    pub periods: Vec<RotationPeriod>,
    /// The next hand-over date.
    pub next_handover: Option<Date>,
}

/// A coming hand-over of the rotating tasks and its checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HandoverView {
    /// The day of the hand-over.
    pub date: Date,
    /// The party whose turn ends (none before the first turn).
    pub from: Option<Id>,
    /// The party whose turn begins.
    pub to: Id,
    /// Days until the hand-over.
    pub days: i64,
    /// Each point of the checklist and whether it is done.
    pub items: Vec<HandoverPoint>,
}

/// One point of a hand-over checklist.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HandoverPoint {
    /// The point.
    pub item: crate::document::HandoverItem,
    /// Whether it is done.
    pub done: bool,
}

impl RotationCalendar {
    /// The turn that holds today, once the rotation has started.
    pub fn current(&self) -> Option<&RotationPeriod> {
        self.periods.iter().find(|p| p.current)
    }

    /// The turn after the current one; before the start, the first turn.
    pub fn next(&self) -> Option<&RotationPeriod> {
        match self.periods.iter().position(|p| p.current) {
            Some(i) => self.periods.get(i + 1),
            None => self.periods.first(),
        }
    }

    /// The one sentence every view uses for a rotating task, e.g. "roulerend — nu
    /// Gemeente Zwolle (Anna de Vries), tot 15 december 2026", or before the start
    /// "roulerend — vanaf 1 januari 2027 Gemeente Zwolle (Anna de Vries)".
    pub fn phrase(&self, doc: &crate::Document, lang: crate::Lang) -> String {
        let t = crate::i18n::texts();
        let (id, turn) = match self.current() {
            Some(p) => ("rotation-now", p),
            None => match self.next() {
                Some(p) => ("rotation-from", p),
                None => return t.plain(lang, "rotation-plain"),
            },
        };
        let mut a = crate::i18n::Args::new()
            .with("party", doc.name_of(turn.party.as_str()))
            .with("until", crate::i18n::date(lang, turn.end))
            .with("from", crate::i18n::date(lang, turn.start));
        match &turn.holder {
            Some(h) => a.set("holder", doc.name_of(h.as_str())),
            None => a.set("holder", String::new()),
        };
        a.set("known", if turn.holder.is_some() { "yes" } else { "no" });
        t.get(lang, id, &a)
    }
}

/// Who a newcomer should contact: the public face of the collaboration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactCard {
    /// Collaboration name.
    pub collaboration: String,
    /// Person id.
    pub person: Id,
    /// Their name.
    pub name: String,
    /// Their title.
    pub title: Option<String>,
    /// Their e-mail.
    pub email: Option<String>,
    /// Their phone.
    pub phone: Option<String>,
    /// Their party's name.
    pub party: String,
}

/// Tasks carried and hours a year, per person or party, for recognition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recognition {
    /// Person or party id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// Whether this is a party (otherwise a person).
    pub is_party: bool,
    /// Task keys on which they are R or A.
    pub tasks: Vec<String>,
    /// Hours a year (hours a week × 52, less 6 weeks of holidays: 46 working weeks).
    pub hours_per_year: f64,
}
