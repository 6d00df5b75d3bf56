//! `analyse(document, today) -> Report`: every rule of the chapter in one pure
//! function. The command line, the web app and every export show this report; nothing
//! else re-implements a rule.

use crate::catalogue::{AmbitionLevel, Arrangement, ItemId, TaskId};
use crate::document::{Assignment, Document, Group, Party, PartyKind, Person, Target};
use crate::findings::{
    Arg, Code, Finding, Severity, Subject, TaskLabel, party_subject, person_subject, task_subject,
};
use crate::values::{Date, Id};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Days before a rotation hand-over when O006 starts to remind.
pub const HANDOVER_NOTICE_DAYS: i64 = 60;
/// More R/A tasks than this on one person raises H002.
pub const MAX_TASKS_PER_PERSON: usize = 5;

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
    /// The rotation calendar, when tasks rotate.
    pub rotation: Option<RotationCalendar>,
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

/// Months before the due date when an evaluation counts as "due soon" (agenda,
/// evaluation page).
pub const EVALUATION_NOTICE_MONTHS: u32 = 3;

/// Where the yearly evaluation stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvaluationStatus {
    /// No evaluation was ever recorded (E001).
    Never,
    /// The due date has passed (E002).
    Overdue,
    /// Due within [`EVALUATION_NOTICE_MONTHS`]: put it on the agenda.
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

impl DepartureRow {
    /// All task keys that would be orphaned, without repeats, in task order.
    pub fn orphaned(&self) -> Vec<String> {
        let mut v = self.lose_responsible.clone();
        for t in &self.lose_accountable {
            if !v.contains(t) {
                v.push(t.clone());
            }
        }
        v
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

/// Working weeks in a year, for turning hours a week into hours a year.
pub const WORKING_WEEKS_PER_YEAR: f64 = 46.0;

enum Kind<'a> {
    Person(&'a Person),
    Party(&'a Party),
    Group(&'a Group),
}

/// Lookups over the document, built once. Every id's parties and people are resolved
/// here once, so rules and views never walk a group again (an "all parties" group
/// in a division of 800 parties made that cubic).
struct Index<'a> {
    doc: &'a Document,
    ids: HashMap<&'a str, Kind<'a>>,
    people_of_party: HashMap<&'a str, Vec<&'a Person>>,
    party_sets: HashMap<&'a str, BTreeSet<&'a str>>,
    people_sets: HashMap<&'a str, Vec<&'a Person>>,
    empty_parties: BTreeSet<&'a str>,
}

impl<'a> Index<'a> {
    fn new(doc: &'a Document) -> Self {
        let mut ids = HashMap::new();
        // First definition wins; later duplicates are reported as D002.
        for p in &doc.parties {
            ids.entry(p.id.as_str()).or_insert(Kind::Party(p));
        }
        for p in &doc.people {
            ids.entry(p.id.as_str()).or_insert(Kind::Person(p));
        }
        for g in &doc.groups {
            ids.entry(g.id.as_str()).or_insert(Kind::Group(g));
        }
        let mut people_of_party: HashMap<&str, Vec<&Person>> = HashMap::new();
        for p in &doc.people {
            people_of_party.entry(p.party.as_str()).or_default().push(p);
        }
        let mut ix = Index {
            doc,
            ids,
            people_of_party,
            party_sets: HashMap::new(),
            people_sets: HashMap::new(),
            empty_parties: BTreeSet::new(),
        };
        let keys: Vec<&'a str> = ix.ids.keys().copied().collect();
        for id in keys {
            let parties = ix.resolve_parties(id);
            let people = ix.resolve_people(id);
            ix.party_sets.insert(id, parties);
            ix.people_sets.insert(id, people);
        }
        ix
    }

    /// The parties an id stands for (resolved once in `new`).
    fn parties_of(&self, id: &str) -> &BTreeSet<&'a str> {
        self.party_sets.get(id).unwrap_or(&self.empty_parties)
    }

    /// The people an id stands for (resolved once in `new`).
    fn people_of(&self, id: &str) -> &[&'a Person] {
        self.people_sets.get(id).map_or(&[], Vec::as_slice)
    }

    fn person(&self, id: &str) -> Option<&'a Person> {
        match self.ids.get(id) {
            Some(Kind::Person(p)) => Some(p),
            _ => None,
        }
    }

    fn party(&self, id: &str) -> Option<&'a Party> {
        match self.ids.get(id) {
            Some(Kind::Party(p)) => Some(p),
            _ => None,
        }
    }

    fn is_group(&self, id: &str) -> bool {
        matches!(self.ids.get(id), Some(Kind::Group(_)))
    }

    fn name(&self, id: &str) -> String {
        match self.ids.get(id) {
            Some(Kind::Person(p)) => p.name.to_string(),
            Some(Kind::Party(p)) => p.name.to_string(),
            Some(Kind::Group(g)) => g.name.to_string(),
            None => id.to_owned(),
        }
    }

    /// The parties an id stands for.
    fn resolve_parties(&self, id: &str) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        match self.ids.get(id) {
            Some(Kind::Person(p)) => {
                if self.party(p.party.as_str()).is_some() {
                    out.insert(p.party.as_str());
                }
            }
            Some(Kind::Party(p)) => {
                out.insert(p.id.as_str());
            }
            Some(Kind::Group(g)) => {
                if g.all_parties {
                    out.extend(self.doc.parties.iter().map(|p| p.id.as_str()));
                }
                for m in &g.members {
                    match self.ids.get(m.as_str()) {
                        Some(Kind::Person(p)) if self.party(p.party.as_str()).is_some() => {
                            out.insert(p.party.as_str());
                        }
                        Some(Kind::Party(p)) => {
                            out.insert(p.id.as_str());
                        }
                        _ => {}
                    }
                }
            }
            None => {}
        }
        out
    }

    /// The people an id stands for (a party: its contact).
    fn resolve_people(&self, id: &str) -> Vec<&'a Person> {
        let contact_of = |p: &Party| p.contact.as_ref().and_then(|c| self.person(c.as_str()));
        match self.ids.get(id) {
            Some(Kind::Person(p)) => vec![p],
            Some(Kind::Party(p)) => contact_of(p).into_iter().collect(),
            Some(Kind::Group(g)) => {
                let mut v: Vec<&Person> = Vec::new();
                if g.all_parties {
                    v.extend(self.doc.parties.iter().filter_map(contact_of));
                }
                for m in &g.members {
                    match self.ids.get(m.as_str()) {
                        Some(Kind::Person(p)) => v.push(p),
                        Some(Kind::Party(p)) => v.extend(contact_of(p)),
                        _ => {}
                    }
                }
                dedup_people(v)
            }
            None => Vec::new(),
        }
    }
}

/// Removes repeated people, keeping the first occurrence (order matters for display).
fn dedup_people(v: Vec<&Person>) -> Vec<&Person> {
    let mut seen = HashSet::new();
    v.into_iter()
        .filter(|p| seen.insert(p.id.as_str()))
        .collect()
}

/// Where the rotation stands on a day.
struct RotationState {
    index: usize,
    /// Turns completed since the start.
    turn: u64,
    next_handover: Date,
    started: bool,
}

fn rotation_state(doc: &Document, today: Date) -> Option<RotationState> {
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

/// Analyses a document as it stands on `today`.
pub fn analyse(doc: &Document, today: Date) -> Report {
    let ix = Index::new(doc);
    let level = doc.collaboration.ambition;
    let contribution = doc.collaboration.contribution;
    let mut f: Vec<Finding> = Vec::new();

    // --- identity: D001, D002, D003 -------------------------------------------------
    check_ids(doc, &ix, &mut f);

    let rot = rotation_state(doc, today);
    let rotating: Vec<&str> = doc
        .rotation
        .as_ref()
        .map(|r| r.tasks.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let rotation_holder: Option<Id> = rot.as_ref().and_then(|s| {
        let r = doc.rotation.as_ref()?;
        let party = r.order.get(s.index)?;
        Some(
            ix.party(party.as_str())
                .and_then(|p| p.contact.clone())
                .unwrap_or_else(|| party.clone()),
        )
    });

    // --- the tasks as they hold today ------------------------------------------------
    let tasks = task_views(doc, &ix, &rotating, rotation_holder.as_ref());

    // --- RACI: R001, R002, R003 --------------------------------------------------------
    for t in &tasks {
        let s = task_subject(&t.key);
        if t.accountable.is_empty() {
            f.push(Finding::new(Code::R001, s.clone()).arg("task", Arg::Task(t.label.clone())));
        } else {
            let group = t.accountable.iter().any(|a| ix.is_group(a.as_str()));
            if t.accountable.len() > 1 || group {
                let holders: Vec<String> =
                    t.accountable.iter().map(|a| ix.name(a.as_str())).collect();
                f.push(
                    Finding::new(Code::R002, s.clone())
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("holders", Arg::Text(holders.join(", ")))
                        .arg(
                            "reason",
                            Arg::Keyword(if t.accountable.len() > 1 {
                                "many"
                            } else {
                                "group"
                            }),
                        ),
                );
            }
        }
        if t.responsible.is_empty() {
            f.push(Finding::new(Code::R003, s).arg("task", Arg::Task(t.label.clone())));
        }
    }

    // --- completeness: C001, C002, A001 ----------------------------------------------
    let has_task = |id: TaskId| {
        tasks
            .iter()
            .any(|t| t.task == Some(id) && !matches!(t.label, TaskLabel::Item(_)))
    };
    for id in TaskId::ALL {
        let required = id.required(level, contribution);
        if required && !has_task(id) {
            let reason = if id.info().level <= level {
                "level"
            } else {
                "contribution"
            };
            f.push(
                Finding::new(Code::C001, task_subject(id.id()))
                    .arg("task", Arg::Task(TaskLabel::Task(id)))
                    .arg("level", Arg::Level(level))
                    .arg("reason", Arg::Keyword(reason)),
            );
        }
        // Distributed collaborations need a coordinator of the whole (O007) at any
        // level, so that task is never "roles on paper" there.
        let needed_by_arrangement = id == TaskId::CollaborationCoordination
            && doc.collaboration.arrangement == Arrangement::Distributed;
        if !required && !needed_by_arrangement && has_task(id) {
            f.push(
                Finding::new(Code::C002, task_subject(id.id()))
                    .arg("task", Arg::Task(TaskLabel::Task(id)))
                    .arg("level", Arg::Level(level))
                    .arg("task_level", Arg::Level(id.info().level)),
            );
        }
    }
    let filled = |id: TaskId| {
        tasks
            .iter()
            .any(|t| t.task == Some(id) && !matches!(t.label, TaskLabel::Item(_)) && t.filled())
    };
    let required: Vec<TaskId> = TaskId::ALL
        .into_iter()
        .filter(|t| t.required(level, contribution))
        .collect();
    let filled_count = required.iter().filter(|t| filled(**t)).count();
    if filled_count * 2 < required.len() {
        let suggested = AmbitionLevel::ALL
            .into_iter()
            .filter(|l| *l < level)
            .filter(|l| {
                TaskId::ALL
                    .iter()
                    .filter(|t| t.required(*l, false))
                    .all(|t| filled(*t))
            })
            .max()
            .unwrap_or(AmbitionLevel::Sharing);
        if suggested < level {
            f.push(
                Finding::new(Code::A001, Subject::default())
                    .arg("filled", Arg::Count(filled_count))
                    .arg("required", Arg::Count(required.len()))
                    .arg("current", Arg::Level(level))
                    .arg("level", Arg::Level(suggested)),
            );
        }
    }

    // --- continuity: K001–K006 --------------------------------------------------------
    check_continuity(doc, &ix, &tasks, &mut f);
    let departure = departure_table(doc, &ix, &tasks);
    for row in &departure {
        let orphaned = row.orphaned();
        if !orphaned.is_empty() {
            let labels: Vec<TaskLabel> = orphaned
                .iter()
                .filter_map(|k| tasks.iter().find(|t| &t.key == k).map(|t| t.label.clone()))
                .collect();
            f.push(
                Finding::new(Code::K004, party_subject(row.party.as_str()))
                    .arg("party", Arg::Text(row.name.clone()))
                    .arg("count", Arg::Count(labels.len()))
                    .arg("tasks", Arg::Tasks(labels)),
            );
        }
    }

    // --- organisation: O001–O009 ------------------------------------------------------
    check_organisation(doc, &ix, &tasks, rot.as_ref(), today, &mut f);

    // --- money: F001–F003 --------------------------------------------------------------
    let c = &doc.collaboration;
    // Without fixed costs of its own, the budget's fixed activities give them.
    let fixed_costs = c
        .fixed_costs_per_month
        .or_else(|| crate::money::fixed_costs_per_month(doc));
    if contribution && c.separate_administration != Some(true) {
        f.push(Finding::new(Code::F001, Subject::default()));
    }
    let reserve_months = match (c.reserve, fixed_costs) {
        (Some(r), Some(fc)) if fc.cents() > 0 => Some(r.cents() as f64 / fc.cents() as f64),
        _ => None,
    };
    if let (Some(m), Some(r), Some(fc)) = (reserve_months, c.reserve, fixed_costs) {
        if m < f64::from(crate::catalogue::RESERVE_MONTHS_BAND.0) {
            f.push(
                Finding::new(Code::F002, Subject::default())
                    .arg("months", Arg::Months(m))
                    .arg("reserve", Arg::Euro(r.cents()))
                    .arg("fixed", Arg::Euro(fc.cents())),
            );
        }
    }
    if contribution && (c.reserve.is_none() || fixed_costs.is_none()) {
        let missing = match (fixed_costs.is_none(), c.reserve.is_none()) {
            (true, true) => "both",
            (true, false) => "fixed",
            _ => "reserve",
        };
        f.push(Finding::new(Code::F003, Subject::default()).arg("missing", Arg::Keyword(missing)));
    }

    // --- evaluation: E001, E002 --------------------------------------------------------
    let evaluation_due = c
        .last_evaluation
        .map(|d| d.add_months(c.evaluation_interval()));
    match (c.last_evaluation, evaluation_due) {
        (Some(last), Some(due)) if due < today => f.push(
            Finding::new(Code::E002, Subject::default())
                .arg("date", Arg::Date(last))
                .arg("due", Arg::Date(due))
                .arg("months", Arg::Count(c.evaluation_interval() as usize)),
        ),
        (None, _) => f.push(Finding::new(Code::E001, Subject::default())),
        _ => {}
    }

    // --- hours: H001, H002 --------------------------------------------------------------
    let workload = workload(doc, &ix, &tasks);
    for p in &workload.people {
        if let Some(avail) = p.available {
            if p.assigned > avail + 1e-9 {
                f.push(
                    Finding::new(Code::H001, person_subject(p.person.as_str()))
                        .arg("person", Arg::Text(p.name.clone()))
                        .arg("assigned", Arg::Hours(p.assigned))
                        .arg("available", Arg::Hours(avail)),
                );
            }
        }
        if p.tasks > MAX_TASKS_PER_PERSON {
            f.push(
                Finding::new(Code::H002, person_subject(p.person.as_str()))
                    .arg("person", Arg::Text(p.name.clone()))
                    .arg("count", Arg::Count(p.tasks)),
            );
        }
    }

    // --- money: the contribution per municipality, F004, F005 (and O001) ------------
    let contributions = crate::money::contributions(doc, &workload, &mut f);

    // --- informed: I001 -----------------------------------------------------------------
    for t in &tasks {
        for (who, via) in &t.informed {
            if via.is_none() {
                f.push(
                    Finding::new(Code::I001, task_subject(&t.key))
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("who", Arg::Text(ix.name(who.as_str()))),
                );
            }
        }
    }

    // Deterministic order: severity, code, subject, then message values.
    f.sort_by(|a, b| {
        (a.severity, a.code, &a.subject)
            .cmp(&(b.severity, b.code, &b.subject))
            .then_with(|| format!("{:?}", a.args).cmp(&format!("{:?}", b.args)))
    });
    f.dedup();
    let summary = Summary {
        errors: f.iter().filter(|x| x.severity == Severity::Error).count(),
        warnings: f.iter().filter(|x| x.severity == Severity::Warning).count(),
        advice: f.iter().filter(|x| x.severity == Severity::Advice).count(),
    };

    let checklist = checklist(doc, &ix, &tasks);
    let rotation = rotation_calendar(doc, rot.as_ref(), &ix);
    let contact = contact_card(doc, &ix, &tasks);
    let recognition = recognition(doc, &ix, &tasks, &workload);

    let evaluation_status = match evaluation_due {
        None => EvaluationStatus::Never,
        Some(due) if due < today => EvaluationStatus::Overdue,
        Some(due) if due <= today.add_months(EVALUATION_NOTICE_MONTHS) => EvaluationStatus::Soon,
        Some(_) => EvaluationStatus::Fine,
    };
    Report {
        today,
        evaluation_status,
        coverage: Coverage {
            filled: filled_count,
            required: required.len(),
        },
        findings: f,
        summary,
        tasks,
        checklist,
        workload,
        departure,
        rotation,
        reserve_months,
        evaluation_due,
        contact,
        recognition,
        contributions,
    }
}

fn label_of(target: &Target) -> TaskLabel {
    match target {
        Target::Task(t) => TaskLabel::Task(*t),
        Target::Item(i) => TaskLabel::Item(*i),
        Target::Custom(c) => TaskLabel::Named(c.name.to_string()),
        Target::Unknown { id, .. } => TaskLabel::Named(id.clone()),
    }
}

fn task_views(
    doc: &Document,
    ix: &Index<'_>,
    rotating: &[&str],
    holder: Option<&Id>,
) -> Vec<TaskView> {
    let c = &doc.collaboration;
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    let view = |a: Option<&Assignment>,
                key: &str,
                label: TaskLabel,
                task: Option<TaskId>,
                critical: bool| {
        let is_rotating = rotating.contains(&key);
        let mut responsible = a.map(|a| a.responsible.clone()).unwrap_or_default();
        let mut accountable = a.map(|a| a.accountable.clone()).unwrap_or_default();
        // The party whose turn it is holds R and A, unless the document names them.
        if is_rotating {
            if let Some(h) = holder {
                if responsible.is_empty() {
                    responsible.push(h.clone());
                }
                if accountable.is_empty() {
                    accountable.push(h.clone());
                }
            }
        }
        let arrangement = a.and_then(|a| a.arrangement).unwrap_or(if is_rotating {
            Arrangement::Rotating
        } else {
            c.arrangement
        });
        let required = match (&label, task) {
            (TaskLabel::Item(_), Some(t)) | (TaskLabel::Task(_), Some(t)) => {
                t.required(c.ambition, c.contribution)
            }
            _ => false,
        };
        TaskView {
            key: key.to_owned(),
            label,
            task,
            required,
            critical,
            rotating: is_rotating,
            arrangement,
            responsible,
            accountable,
            consulted: a.map(|a| a.consulted.clone()).unwrap_or_default(),
            informed: a
                .map(|a| {
                    a.informed
                        .iter()
                        .map(|i| (i.who.clone(), i.via.as_ref().map(|v| v.to_string())))
                        .collect()
                })
                .unwrap_or_default(),
            backup: a.map(|a| a.backup.clone()).unwrap_or_default(),
            hours_per_week: a.and_then(|a| a.hours_per_week).map(|h| h.get()),
            process: a.and_then(|a| a.process.as_ref()).map(|p| p.to_string()),
        }
    };
    let _ = ix;
    for a in &doc.assignments {
        let key = a.target.key().to_owned();
        // Unknown ids are reported as D003 and a repeated task as D002; neither is
        // judged further, so one mistake gives one finding.
        if matches!(a.target, Target::Unknown { .. }) || !seen.insert(key.clone()) {
            continue;
        }
        let task = match &a.target {
            Target::Task(t) => Some(*t),
            Target::Item(i) => Some(i.task()),
            _ => None,
        };
        out.push(view(
            Some(a),
            &key,
            label_of(&a.target),
            task,
            a.target.critical(),
        ));
    }
    // Rotating tasks without an assignment entry still exist: the rotation holds them.
    for key in rotating {
        if seen.contains(*key) {
            continue;
        }
        if let Some(t) = TaskId::from_id(key) {
            seen.insert((*key).to_owned());
            out.push(view(
                None,
                key,
                TaskLabel::Task(t),
                Some(t),
                t.info().critical,
            ));
        }
    }
    out
}

fn check_ids(doc: &Document, ix: &Index<'_>, f: &mut Vec<Finding>) {
    // D002: one namespace for people, parties, groups and custom tasks.
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let all_ids = doc
        .parties
        .iter()
        .map(|p| &p.id)
        .chain(doc.people.iter().map(|p| &p.id))
        .chain(doc.groups.iter().map(|g| &g.id));
    for id in all_ids {
        *count.entry(id.as_str()).or_default() += 1;
    }
    for (id, n) in &count {
        if *n > 1 {
            let subject = if ix.person(id).is_some() {
                person_subject(id)
            } else if ix.party(id).is_some() {
                party_subject(id)
            } else {
                Subject::default()
            };
            f.push(Finding::new(Code::D002, subject).arg("id", Arg::Text((*id).to_owned())));
        }
    }
    let mut task_keys: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &doc.assignments {
        *task_keys.entry(a.target.key()).or_default() += 1;
        if let Target::Custom(c) = &a.target {
            let clash = count.contains_key(c.id.as_str())
                || TaskId::from_id(c.id.as_str()).is_some()
                || ItemId::from_id(c.id.as_str()).is_some()
                || c.id.as_str() == "custom";
            if clash {
                f.push(
                    Finding::new(Code::D002, task_subject(c.id.as_str()))
                        .arg("id", Arg::Text(c.id.to_string())),
                );
            }
        }
    }
    for (key, n) in task_keys {
        if n > 1 {
            f.push(
                Finding::new(Code::D002, task_subject(key)).arg("id", Arg::Text(key.to_owned())),
            );
        }
    }

    // D003: unknown task and item ids.
    for a in &doc.assignments {
        if let Target::Unknown { id, .. } = &a.target {
            f.push(Finding::new(Code::D003, task_subject(id)).arg("task", Arg::Text(id.clone())));
        }
    }
    let custom: HashSet<&str> = doc
        .assignments
        .iter()
        .filter_map(|a| match &a.target {
            Target::Custom(c) => Some(c.id.as_str()),
            _ => None,
        })
        .collect();
    if let Some(r) = &doc.rotation {
        for t in &r.tasks {
            if TaskId::from_id(t).is_none() && !custom.contains(t.as_str()) {
                f.push(Finding::new(Code::D003, task_subject(t)).arg("task", Arg::Text(t.clone())));
            }
        }
    }

    // D001: every reference must exist, and be of the kind the field needs.
    let mut missing = |ok: bool, id: &Id, field: String, subject: Subject| {
        if !ok {
            f.push(
                Finding::new(Code::D001, subject)
                    .arg("id", Arg::Text(id.to_string()))
                    .arg("field", Arg::Text(field)),
            );
        }
    };
    let c = &doc.collaboration;
    if let Some(id) = &c.coordinator {
        missing(
            ix.party(id.as_str()).is_some(),
            id,
            "collaboration › coordinator".into(),
            Subject::default(),
        );
    }
    for p in &doc.parties {
        if let Some(id) = &p.contact {
            missing(
                ix.person(id.as_str()).is_some(),
                id,
                format!("parties › {} › contact", p.id),
                party_subject(p.id.as_str()),
            );
        }
    }
    for p in &doc.people {
        missing(
            ix.party(p.party.as_str()).is_some(),
            &p.party,
            format!("people › {} › party", p.id),
            person_subject(p.id.as_str()),
        );
    }
    for g in &doc.groups {
        for m in &g.members {
            let ok = ix.person(m.as_str()).is_some() || ix.party(m.as_str()).is_some();
            missing(
                ok,
                m,
                format!("groups › {} › members", g.id),
                Subject::default(),
            );
        }
    }
    for a in &doc.assignments {
        let key = a.target.key();
        let s = task_subject(key);
        let any = |id: &Id| ix.ids.contains_key(id.as_str());
        for (letter, ids) in [
            ("responsible", &a.responsible),
            ("accountable", &a.accountable),
            ("consulted", &a.consulted),
        ] {
            for id in ids {
                missing(
                    any(id),
                    id,
                    format!("assignments › {key} › {letter}"),
                    s.clone(),
                );
            }
        }
        for i in &a.informed {
            missing(
                any(&i.who),
                &i.who,
                format!("assignments › {key} › informed"),
                s.clone(),
            );
        }
        for b in &a.backup {
            missing(
                ix.person(b.as_str()).is_some(),
                b,
                format!("assignments › {key} › backup"),
                s.clone(),
            );
        }
    }
    if let Some(r) = &doc.rotation {
        for p in &r.order {
            missing(
                ix.party(p.as_str()).is_some(),
                p,
                "rotation › order".into(),
                Subject::default(),
            );
        }
    }
}

fn check_continuity(doc: &Document, ix: &Index<'_>, tasks: &[TaskView], f: &mut Vec<Finding>) {
    for t in tasks {
        let s = task_subject(&t.key);
        if t.critical && !t.responsible.is_empty() {
            if t.backup.is_empty() {
                f.push(Finding::new(Code::K001, s.clone()).arg("task", Arg::Task(t.label.clone())));
            }
            // K002: the only Responsible is also the backup: nobody takes over.
            let r_people: Vec<&Person> = dedup_people(
                t.responsible
                    .iter()
                    .flat_map(|r| ix.people_of(r.as_str()).iter().copied())
                    .collect(),
            );
            if let [only] = r_people.as_slice() {
                if t.backup.iter().any(|b| b == &only.id) {
                    f.push(
                        Finding::new(
                            Code::K002,
                            Subject {
                                person: Some(only.id.to_string()),
                                ..s.clone()
                            },
                        )
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("person", Arg::Text(only.name.to_string())),
                    );
                }
            }
            // K003: all hands on this task come from one party.
            let mut parties: BTreeSet<&str> = BTreeSet::new();
            for id in t.responsible.iter().chain(&t.accountable).chain(&t.backup) {
                parties.extend(ix.parties_of(id.as_str()));
            }
            if parties.len() == 1 {
                if let Some(p) = parties.first() {
                    f.push(
                        Finding::new(
                            Code::K003,
                            Subject {
                                party: Some((*p).to_owned()),
                                ..s.clone()
                            },
                        )
                        .arg("task", Arg::Task(t.label.clone()))
                        .arg("party", Arg::Text(ix.name(p))),
                    );
                }
            }
        }
        // K006: a process makes a task transferable; essential when it changes hands.
        if t.process.is_none() && !t.responsible.is_empty() {
            let reason = if t.rotating {
                "rotating"
            } else if t.arrangement == Arrangement::External {
                "external"
            } else {
                "other"
            };
            let mut k = Finding::new(Code::K006, s.clone())
                .arg("task", Arg::Task(t.label.clone()))
                .arg("reason", Arg::Keyword(reason));
            if reason != "other" {
                k.severity = Severity::Warning;
            }
            f.push(k);
        }
    }
    let admins = doc.people.iter().filter(|p| p.repository_admin).count();
    if admins < 2 {
        f.push(
            Finding::new(Code::K005, task_subject(TaskId::RepositoryAdmin.id()))
                .arg("count", Arg::Count(admins)),
        );
    }
}

fn departure_table(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Vec<DepartureRow> {
    let rotation_parties: BTreeSet<&str> = doc
        .rotation
        .as_ref()
        .map(|r| r.order.iter().map(Id::as_str).collect())
        .unwrap_or_default();
    // The one party every holder in `ids` belongs to, if there is exactly one: only
    // that party's leaving can take all of them away.
    let sole_party = |ids: &[Id]| -> Option<&str> {
        let mut only: Option<&str> = None;
        for id in ids {
            let ps = ix.parties_of(id.as_str());
            if ps.len() != 1 {
                return None;
            }
            let p = *ps.first()?;
            match only {
                Some(o) if o != p => return None,
                _ => only = Some(p),
            }
        }
        only
    };
    let mut lose_r: HashMap<&str, Vec<String>> = HashMap::new();
    let mut lose_a: HashMap<&str, Vec<String>> = HashMap::new();
    for t in tasks {
        let backup_parties: BTreeSet<&str> = t
            .backup
            .iter()
            .flat_map(|b| ix.parties_of(b.as_str()).iter().copied())
            .collect();
        let covered = |x: &str| backup_parties.iter().any(|p| *p != x);
        // A rotating task passes to the next party, unless nobody else is in turn.
        let rotates_on = |x: &str| t.rotating && rotation_parties.iter().any(|p| *p != x);
        if let Some(x) = sole_party(&t.responsible) {
            if !covered(x) && !rotates_on(x) {
                lose_r.entry(x).or_default().push(t.key.clone());
            }
        }
        if let Some(x) = sole_party(&t.accountable) {
            // The chapter's backup is "someone who can take over at departure": a
            // backup from another party covers the Accountable too.
            if !covered(x) && !rotates_on(x) {
                lose_a.entry(x).or_default().push(t.key.clone());
            }
        }
    }
    doc.parties
        .iter()
        .map(|party| DepartureRow {
            party: party.id.clone(),
            name: party.name.to_string(),
            lose_responsible: lose_r.get(party.id.as_str()).cloned().unwrap_or_default(),
            lose_accountable: lose_a.get(party.id.as_str()).cloned().unwrap_or_default(),
        })
        .collect()
}

fn check_organisation(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
    rot: Option<&RotationState>,
    today: Date,
    f: &mut Vec<Finding>,
) {
    let c = &doc.collaboration;
    let coordinator = c.coordinator.as_ref().and_then(|id| ix.party(id.as_str()));
    if c.arrangement == Arrangement::Coordinating {
        match coordinator {
            // With a budget, O001 follows from the calculation (money.rs).
            Some(p) if doc.budget.is_none() && c.coordinator_compensated != Some(true) => f.push(
                Finding::new(Code::O001, party_subject(p.id.as_str()))
                    .arg("party", Arg::Text(p.name.to_string())),
            ),
            None if c.coordinator.is_none() => f.push(Finding::new(Code::O009, Subject::default())),
            _ => {}
        }
    }
    // O002: the penvoerder answering for money without anyone looking over its shoulder.
    if let Some(p) = coordinator {
        for t in tasks
            .iter()
            .filter(|t| t.task.is_some_and(TaskId::is_money_task))
        {
            let coord_accountable = t.accountable.iter().any(|a| {
                ix.parties_of(a.as_str())
                    .iter()
                    .any(|q| *q == p.id.as_str())
                    && !ix.is_group(a.as_str())
            });
            let group_consulted = t.consulted.iter().any(|c| ix.is_group(c.as_str()));
            if coord_accountable && !group_consulted {
                f.push(
                    Finding::new(
                        Code::O002,
                        Subject {
                            party: Some(p.id.to_string()),
                            ..task_subject(&t.key)
                        },
                    )
                    .arg("party", Arg::Text(p.name.to_string()))
                    .arg("task", Arg::Task(t.label.clone())),
                );
            }
        }
    }
    // O003: the developer steering its own supplier, product or money.
    let sensitive = [
        TaskId::SupplierManagement,
        TaskId::ProductOwnership,
        TaskId::CommunityContribution,
    ];
    for dev in doc.parties.iter().filter(|p| p.develops_product) {
        let of_dev =
            |id: &Id| id == &dev.id || ix.person(id.as_str()).is_some_and(|p| p.party == dev.id);
        for t in tasks
            .iter()
            .filter(|t| t.task.is_some_and(|x| sensitive.contains(&x)))
        {
            let r = t.responsible.iter().any(of_dev);
            let a = t.accountable.iter().any(of_dev);
            let letter = match (r, a) {
                (true, true) => "A",
                (true, false) => "R",
                (false, true) => "A",
                (false, false) => continue,
            };
            f.push(
                Finding::new(
                    Code::O003,
                    Subject {
                        party: Some(dev.id.to_string()),
                        ..task_subject(&t.key)
                    },
                )
                .arg("party", Arg::Text(dev.name.to_string()))
                .arg("task", Arg::Task(t.label.clone()))
                .arg("letter", Arg::Text(letter.to_owned())),
            );
        }
    }
    // O004: an external party costs money.
    if !c.contribution {
        if c.arrangement == Arrangement::External {
            f.push(
                Finding::new(Code::O004, Subject::default())
                    .arg("scope", Arg::Keyword("collaboration"))
                    .arg("task", Arg::Text(String::new())),
            );
        }
        for a in &doc.assignments {
            if a.arrangement == Some(Arrangement::External)
                && c.arrangement != Arrangement::External
            {
                f.push(
                    Finding::new(Code::O004, task_subject(a.target.key()))
                        .arg("scope", Arg::Keyword("task"))
                        .arg("task", Arg::Task(label_of(&a.target))),
                );
            }
        }
    }
    // O005
    if !c.arrangement.suits_level(c.ambition) {
        f.push(
            Finding::new(Code::O005, Subject::default())
                .arg("arrangement", Arg::Arrangement(c.arrangement))
                .arg("level", Arg::Level(c.ambition))
                .arg("suits", Arg::Levels(c.arrangement.suits().to_vec())),
        );
    }
    // O006: a hand-over is coming.
    if let (Some(r), Some(s)) = (&doc.rotation, rot) {
        let days = today.days_until(s.next_handover);
        if (0..=HANDOVER_NOTICE_DAYS).contains(&days) && !r.order.is_empty() {
            let from = if s.started {
                r.order.get(s.index)
            } else {
                None
            };
            let to_index = if s.started {
                (s.index + 1) % r.order.len()
            } else {
                0
            };
            let to = r.order.get(to_index);
            let labels: Vec<TaskLabel> = r
                .tasks
                .iter()
                .filter_map(|k| tasks.iter().find(|t| &t.key == k).map(|t| t.label.clone()))
                .collect();
            let name = |p: Option<&Id>| p.map_or_else(|| "—".to_owned(), |p| ix.name(p.as_str()));
            f.push(
                Finding::new(
                    Code::O006,
                    to.filter(|p| ix.party(p.as_str()).is_some())
                        .map_or_else(Subject::default, |p| party_subject(p.as_str())),
                )
                .arg("task", Arg::Tasks(labels))
                .arg("date", Arg::Date(s.next_handover))
                .arg("days", Arg::Count(days as usize))
                .arg("from", Arg::Text(name(from)))
                .arg("to", Arg::Text(name(to))),
            );
        }
    }
    // O007
    if c.arrangement == Arrangement::Distributed
        && !tasks
            .iter()
            .any(|t| t.task == Some(TaskId::CollaborationCoordination) && !t.responsible.is_empty())
    {
        f.push(Finding::new(
            Code::O007,
            task_subject(TaskId::CollaborationCoordination.id()),
        ));
    }
    // O008: penvoerder and rotation are for municipalities.
    if let Some(p) = coordinator {
        if p.kind != PartyKind::Municipality {
            f.push(
                Finding::new(Code::O008, party_subject(p.id.as_str()))
                    .arg("id", Arg::Text(p.id.to_string()))
                    .arg("role", Arg::Keyword("coordinator")),
            );
        }
    }
    if let Some(r) = &doc.rotation {
        for id in &r.order {
            if let Some(p) = ix.party(id.as_str()) {
                if p.kind != PartyKind::Municipality {
                    f.push(
                        Finding::new(Code::O008, party_subject(p.id.as_str()))
                            .arg("id", Arg::Text(p.id.to_string()))
                            .arg("role", Arg::Keyword("rotation")),
                    );
                }
            }
        }
    }
}

fn workload(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Workload {
    let mut person_hours: HashMap<&str, f64> = HashMap::new();
    let mut party_direct: HashMap<&str, f64> = HashMap::new();
    let mut person_tasks: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for t in tasks {
        // A task's hours are shared equally by those Responsible; a party's share goes
        // to its contact, a group's to its members.
        if let Some(h) = t.hours_per_week {
            let n = t.responsible.len().max(1) as f64;
            for r in &t.responsible {
                let share = h / n;
                let people = ix.people_of(r.as_str());
                if people.is_empty() {
                    if let Some(p) = ix.party(r.as_str()) {
                        *party_direct.entry(p.id.as_str()).or_default() += share;
                    }
                } else {
                    let each = share / people.len() as f64;
                    for p in people {
                        *person_hours.entry(p.id.as_str()).or_default() += each;
                    }
                }
            }
        }
        for id in t.responsible.iter().chain(&t.accountable) {
            // Only direct holders count for H002: a group does not overload its members.
            let direct = ix.person(id.as_str()).map(|p| p.id.as_str()).or_else(|| {
                ix.party(id.as_str())
                    .and_then(|p| p.contact.as_ref())
                    .and_then(|c| ix.person(c.as_str()))
                    .map(|p| p.id.as_str())
            });
            if let Some(p) = direct {
                person_tasks.entry(p).or_default().insert(t.key.as_str());
            }
        }
    }
    let people: Vec<PersonLoad> = doc
        .people
        .iter()
        .map(|p| PersonLoad {
            person: p.id.clone(),
            name: p.name.to_string(),
            party: p.party.clone(),
            assigned: person_hours.get(p.id.as_str()).copied().unwrap_or(0.0),
            available: p.hours_per_week.map(|h| h.get()),
            tasks: person_tasks.get(p.id.as_str()).map_or(0, BTreeSet::len),
        })
        .collect();
    let parties = doc
        .parties
        .iter()
        .map(|party| {
            let members = ix
                .people_of_party
                .get(party.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let assigned = party_direct.get(party.id.as_str()).copied().unwrap_or(0.0)
                + members
                    .iter()
                    .map(|m| person_hours.get(m.id.as_str()).copied().unwrap_or(0.0))
                    .sum::<f64>();
            let known: Vec<f64> = members
                .iter()
                .filter_map(|m| m.hours_per_week.map(|h| h.get()))
                .collect();
            PartyLoad {
                party: party.id.clone(),
                name: party.name.to_string(),
                assigned,
                available: (!known.is_empty()).then(|| known.iter().sum()),
            }
        })
        .collect();
    let basic = [
        TaskId::ContactPerson,
        TaskId::RepositoryAdmin,
        TaskId::TechnicalMaintenance,
    ];
    let basic_hours: Option<Vec<f64>> = basic
        .iter()
        .map(|b| {
            tasks
                .iter()
                .find(|t| t.task == Some(*b) && !matches!(t.label, TaskLabel::Item(_)))
                .and_then(|t| t.hours_per_week)
        })
        .collect();
    Workload {
        people,
        parties,
        basic_tasks_hours: basic_hours.map(|v| v.iter().sum()),
    }
}

fn checklist(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Vec<ChecklistRow> {
    let c = &doc.collaboration;
    ItemId::ALL
        .into_iter()
        .map(|item| {
            let own = tasks.iter().find(|t| t.label == TaskLabel::Item(item));
            let via_task = tasks
                .iter()
                .find(|t| t.task == Some(item.task()) && !matches!(t.label, TaskLabel::Item(_)));
            let covering = own.or(via_task);
            let required = item.task().required(c.ambition, c.contribution);
            let filled = covering.is_some_and(TaskView::filled);
            let status = match (filled, required) {
                (true, _) => ItemStatus::Done,
                (false, true) => ItemStatus::Missing,
                (false, false) => ItemStatus::NotNeeded,
            };
            ChecklistRow {
                item,
                group: item.group(),
                task: item.task(),
                own_assignment: own.is_some(),
                required,
                status,
                holders: covering
                    .map(|t| t.responsible.iter().map(|r| ix.name(r.as_str())).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Per party: which letters it holds on which task (R, A, C, I, B for backup).
///
/// Not part of [`Report`]: its size is parties × tasks (every party is Informed on
/// every task through an "all participants" group), so it is computed only where it
/// is shown, from the report's tasks.
pub fn holdings(doc: &Document, report: &Report) -> Vec<PartyHoldings> {
    party_holdings(doc, &Index::new(doc), &report.tasks)
}

fn party_holdings(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Vec<PartyHoldings> {
    // One pass over the tasks, adding letters to every party a holder stands for.
    let mut by_party: HashMap<&str, Vec<Holding>> = HashMap::new();
    for t in tasks {
        let mut letters: BTreeMap<&str, String> = BTreeMap::new();
        let lists: [(char, Vec<&Id>); 5] = [
            ('R', t.responsible.iter().collect()),
            ('A', t.accountable.iter().collect()),
            ('C', t.consulted.iter().collect()),
            ('I', t.informed.iter().map(|(w, _)| w).collect()),
            ('B', t.backup.iter().collect()),
        ];
        for (letter, ids) in lists {
            for id in ids {
                for p in ix.parties_of(id.as_str()) {
                    let l = letters.entry(p).or_default();
                    if !l.contains(letter) {
                        l.push(letter);
                    }
                }
            }
        }
        for (p, letters) in letters {
            by_party.entry(p).or_default().push(Holding {
                task: t.key.clone(),
                letters,
            });
        }
    }
    doc.parties
        .iter()
        .map(|party| PartyHoldings {
            party: party.id.clone(),
            name: party.name.to_string(),
            tasks: by_party.remove(party.id.as_str()).unwrap_or_default(),
        })
        .collect()
}

fn rotation_calendar(
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

fn contact_card(doc: &Document, ix: &Index<'_>, tasks: &[TaskView]) -> Option<ContactCard> {
    let from_task = tasks
        .iter()
        .find(|t| t.task == Some(TaskId::ContactPerson) && !matches!(t.label, TaskLabel::Item(_)))
        .and_then(|t| {
            t.responsible
                .iter()
                .find_map(|r| ix.people_of(r.as_str()).first().copied())
        });
    let from_coordinator = || {
        doc.collaboration
            .coordinator
            .as_ref()
            .and_then(|c| ix.party(c.as_str()))
            .and_then(|p| p.contact.as_ref())
            .and_then(|c| ix.person(c.as_str()))
    };
    let person = from_task.or_else(from_coordinator)?;
    Some(ContactCard {
        collaboration: doc.collaboration.name.to_string(),
        person: person.id.clone(),
        name: person.name.to_string(),
        title: person.title.as_ref().map(|t| t.to_string()),
        email: person.email.as_ref().map(|t| t.to_string()),
        phone: person.phone.as_ref().map(|t| t.to_string()),
        party: ix.name(person.party.as_str()),
    })
}

fn recognition(
    doc: &Document,
    ix: &Index<'_>,
    tasks: &[TaskView],
    w: &Workload,
) -> Vec<Recognition> {
    // One pass over the tasks: who (person, party) is R or A on what.
    let mut of_person: HashMap<&str, Vec<String>> = HashMap::new();
    let mut of_party: HashMap<&str, Vec<String>> = HashMap::new();
    for t in tasks {
        let mut people: BTreeSet<&str> = BTreeSet::new();
        let mut parties: BTreeSet<&str> = BTreeSet::new();
        for id in t.responsible.iter().chain(&t.accountable) {
            people.extend(ix.people_of(id.as_str()).iter().map(|p| p.id.as_str()));
            if !ix.is_group(id.as_str()) {
                parties.extend(ix.parties_of(id.as_str()).iter().copied());
            }
        }
        for p in people {
            of_person.entry(p).or_default().push(t.key.clone());
        }
        for p in parties {
            of_party.entry(p).or_default().push(t.key.clone());
        }
    }
    let mut out = Vec::new();
    for p in &w.people {
        let held = of_person.remove(p.person.as_str()).unwrap_or_default();
        if !held.is_empty() || p.assigned > 0.0 {
            out.push(Recognition {
                id: p.person.clone(),
                name: p.name.clone(),
                is_party: false,
                tasks: held,
                hours_per_year: p.assigned * WORKING_WEEKS_PER_YEAR,
            });
        }
    }
    for (party, load) in doc.parties.iter().zip(&w.parties) {
        let held = of_party.remove(party.id.as_str()).unwrap_or_default();
        if !held.is_empty() || load.assigned > 0.0 {
            out.push(Recognition {
                id: party.id.clone(),
                name: party.name.to_string(),
                is_party: true,
                tasks: held,
                hours_per_year: load.assigned * WORKING_WEEKS_PER_YEAR,
            });
        }
    }
    out
}
