//! The role-division document, format version 1 (DESIGN.md §3).
//!
//! The same types are the YAML file in git, the JSON in the database and what the web
//! app edits. Key names are a contract with tests outside this repository: add keys,
//! never rename them. Field order here is the order keys are written in, so that
//! diffs of the YAML stay small.

use crate::catalogue::{AmbitionLevel, Arrangement, ItemId, TaskId};
use crate::values::{Date, Euro, Hours, Id, Months, Text};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The only format version this program reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A collaboration's whole role division.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Format version; always 1 for now.
    pub version: FormatVersion,
    /// The collaboration as a whole.
    pub collaboration: Collaboration,
    /// Organisations taking part: municipalities, suppliers, others.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
    /// People who hold roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Named groups (steering group, all participants) that can be Consulted or Informed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Who does what: one entry per task (or checklist item assigned on its own).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assignments: Vec<Assignment>,
    /// Tasks that pass from party to party, for the `rotating` arrangement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<Rotation>,
    /// The year's budget and how its cost is divided (the community contribution).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<crate::money::Budget>,
    /// The evaluations held, with what came out of them (tip "evalueer
    /// regelmatig").
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "evaluations"
    )]
    pub evaluations: Vec<Evaluation>,
}

/// Most evaluations a document keeps: one a year for a century and then some.
pub const MAX_EVALUATIONS: usize = 200;

/// One evaluation of the division of roles: when it was held and what came out of
/// it, in the words of the people who held it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// The day it was held.
    pub date: Date,
    /// What went well.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub went_well: Option<Text>,
    /// What should change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_change: Option<Text>,
    /// The decisions taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decisions: Option<Text>,
}

fn evaluations<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Evaluation>, D::Error> {
    crate::money::bounded_list(d, MAX_EVALUATIONS, "a list of evaluations", |_, _| Ok(()))
}

impl Document {
    /// The day of the last evaluation: `collaboration.last_evaluation` or the latest
    /// entry of `evaluations`, whichever is later, so the two never disagree.
    pub fn last_evaluation(&self) -> Option<Date> {
        let listed = self.evaluations.iter().map(|e| e.date).max();
        self.collaboration.last_evaluation.max(listed)
    }

    /// The evaluation held on the last evaluation day, with its notes, if recorded.
    pub fn latest_evaluation(&self) -> Option<&Evaluation> {
        let last = self.last_evaluation()?;
        self.evaluations.iter().rev().find(|e| e.date == last)
    }
}

/// The format version, which can only hold a version this program understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormatVersion;

impl Serialize for FormatVersion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(FORMAT_VERSION)
    }
}

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = i64::deserialize(d)?;
        if v == i64::from(FORMAT_VERSION) {
            Ok(FormatVersion)
        } else {
            Err(de::Error::custom(format!(
                "{}{}",
                crate::problem::PROBLEM_PREFIX,
                crate::problem::ValueProblem::UnsupportedVersion(v.to_string()).encode()
            )))
        }
    }
}

/// Settings of the collaboration as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collaboration {
    /// Name of the collaboration (usually the product's name).
    pub name: Text,
    /// What the collaboration is about, for the public page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Website of the product or collaboration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<Text>,
    /// How a new municipality can join, for the public page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_join: Option<Text>,
    /// The chosen ambition level.
    pub ambition: AmbitionLevel,
    /// How tasks are divided by default.
    pub arrangement: Arrangement,
    /// The coordinating municipality (penvoerder), a party id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<Id>,
    /// Whether the coordinating municipality is compensated for its capacity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator_compensated: Option<bool>,
    /// Whether a community contribution is collected.
    #[serde(default, skip_serializing_if = "is_false")]
    pub contribution: bool,
    /// Whether community money is kept apart from other budgets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub separate_administration: Option<bool>,
    /// Fixed costs a month, in euro.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_costs_per_month: Option<Euro>,
    /// The reserve, in euro.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve: Option<Euro>,
    /// Date of the last evaluation of the division.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_evaluation: Option<Date>,
    /// Months between evaluations; 12 when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_interval_months: Option<Months>,
}

/// Default months between evaluations: the chapter says every year.
pub const DEFAULT_EVALUATION_INTERVAL: u32 = 12;

impl Collaboration {
    /// Months between evaluations, with the chapter's yearly default.
    pub fn evaluation_interval(&self) -> u32 {
        self.evaluation_interval_months
            .map_or(DEFAULT_EVALUATION_INTERVAL, Months::get)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What kind of organisation a party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartyKind {
    /// A municipality (gemeente).
    #[default]
    Municipality,
    /// A company that develops or supports the product.
    Supplier,
    /// Another organisation: a foundation, cooperative or other public body.
    Organisation,
}

/// An organisation taking part in the collaboration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: Text,
    /// What kind of organisation it is.
    #[serde(default)]
    pub kind: PartyKind,
    /// The person who acts for the party (holder of rotating tasks, public contact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Id>,
    /// Whether the party develops the product (a supplier with commercial interests).
    #[serde(default, skip_serializing_if = "is_false")]
    pub develops_product: bool,
    /// Its website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<Text>,
    /// End date of the contract with this (external) party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_until: Option<Date>,
    /// Number of inhabitants, for the budget keys `inhabitants` and `tiers`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inhabitants: Option<crate::money::Inhabitants>,
    /// `false` for a municipality that does not pay the community contribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contributes: Option<bool>,
}

impl Party {
    /// A party with only its id, name and kind: no contact, website or money yet.
    pub fn new(id: Id, name: Text, kind: PartyKind) -> Party {
        Party {
            id,
            name,
            kind,
            contact: None,
            develops_product: false,
            website: None,
            contract_until: None,
            inhabitants: None,
            contributes: None,
        }
    }
}

/// A person who holds roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Their id.
    pub id: Id,
    /// Their name.
    pub name: Text,
    /// The party they work for.
    pub party: Id,
    /// Job title or role, e.g. "Coördinator".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Text>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<Text>,
    /// Hours a week they have for the collaboration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<Hours>,
    /// Whether they have admin rights on the code repository.
    #[serde(default, skip_serializing_if = "is_false")]
    pub repository_admin: bool,
    /// User name on the code forge (GitHub, GitLab), for CODEOWNERS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forge_username: Option<Text>,
}

impl Person {
    /// A person with only an id, a name and a party: no contact details, hours or
    /// rights yet.
    pub fn new(id: Id, name: Text, party: Id) -> Person {
        Person {
            id,
            name,
            party,
            title: None,
            email: None,
            phone: None,
            hours_per_week: None,
            repository_admin: false,
            forge_username: None,
        }
    }
}

/// A named group of people or parties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: Text,
    /// What the group is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Members: ids of people or parties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Id>,
    /// Whether every party is a member (such as "all participants").
    #[serde(default, skip_serializing_if = "is_false")]
    pub all_parties: bool,
}

/// What an assignment is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A task from the catalogue.
    Task(TaskId),
    /// A task the collaboration adds itself.
    Custom(CustomTask),
    /// A checklist item assigned on its own (release management apart from the
    /// repository admin, say).
    Item(ItemId),
    /// A task or item id we do not know (finding D003); kept so nothing is lost.
    Unknown {
        /// `task` or `item`: the key it was given under.
        key: TargetKey,
        /// The id as written.
        id: String,
    },
}

/// Whether an assignment named a task or a checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKey {
    /// `task: …`
    Task,
    /// `item: …`
    Item,
}

/// A task the collaboration declares itself (`task: custom`).
#[derive(Debug, Clone, PartialEq)]
pub struct CustomTask {
    /// Its id, unique among all ids.
    pub id: Id,
    /// Its name.
    pub name: Text,
    /// Whether it needs a backup like the chapter's critical tasks.
    pub critical: bool,
}

impl Target {
    /// The id of the target as written in the document (`technical-maintenance`,
    /// `security-officer`, `release-management`).
    pub fn key(&self) -> &str {
        match self {
            Target::Task(t) => t.id(),
            Target::Custom(c) => c.id.as_str(),
            Target::Item(i) => i.id(),
            Target::Unknown { id, .. } => id,
        }
    }

    /// Whether the task needs a backup.
    pub fn critical(&self) -> bool {
        match self {
            Target::Task(t) => t.info().critical,
            Target::Custom(c) => c.critical,
            Target::Item(i) => i.task().info().critical,
            Target::Unknown { .. } => false,
        }
    }
}

/// Someone who is kept informed, and through which channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Informed {
    /// A person, party or group id.
    pub who: Id,
    /// The channel: newsletter, meeting, mailing list.
    pub via: Option<Text>,
}

/// Who does what for one task: the RACI letters plus backup, hours and process.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    /// The task or item.
    pub target: Target,
    /// What the task means in this collaboration (required wording for custom tasks
    /// is their name; this adds detail).
    pub description: Option<Text>,
    /// How this task is divided, when it differs from the collaboration's arrangement.
    pub arrangement: Option<Arrangement>,
    /// R: who does the work (people, parties or groups).
    pub responsible: Vec<Id>,
    /// A: who answers for it. Must be exactly one person or party (R002 otherwise);
    /// kept as a list so a wrong document still round-trips and can be explained.
    pub accountable: Vec<Id>,
    /// C: who is consulted.
    pub consulted: Vec<Id>,
    /// I: who is kept informed.
    pub informed: Vec<Informed>,
    /// People who take over during illness, leave or departure.
    pub backup: Vec<Id>,
    /// Hours a week the task takes.
    pub hours_per_week: Option<Hours>,
    /// Where the process is written down (a link or a short description).
    pub process: Option<Text>,
    /// Free notes.
    pub notes: Option<Text>,
}

/// The wire shape of an assignment; [`Assignment`] is what it must mean.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssignmentRepr {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    task: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    item: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    critical: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    arrangement: Option<Arrangement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    responsible: Vec<Id>,
    #[serde(default, skip_serializing_if = "OneOrMany::is_empty")]
    accountable: OneOrMany,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    consulted: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    informed: Vec<Informed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    backup: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hours_per_week: Option<Hours>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    process: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notes: Option<Text>,
}

/// `accountable: marie` or, wrongly but readably, `accountable: [marie, jan]`.
#[derive(Default)]
struct OneOrMany(Vec<Id>);

impl OneOrMany {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for OneOrMany {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => one.serialize(s),
            many => many.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("one id, or a list of ids")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<OneOrMany, E> {
                Id::deserialize(de::value::StrDeserializer::<E>::new(s)).map(|i| OneOrMany(vec![i]))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut v = Vec::new();
                while let Some(i) = seq.next_element::<Id>()? {
                    v.push(i);
                }
                Ok(OneOrMany(v))
            }
        }
        d.deserialize_any(V)
    }
}

fn shape_problem<E: de::Error>(p: crate::problem::ValueProblem) -> E {
    E::custom(format!("{}{}", crate::problem::PROBLEM_PREFIX, p.encode()))
}

impl<'de> Deserialize<'de> for Assignment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::problem::ValueProblem as P;
        let r = AssignmentRepr::deserialize(d)?;
        let custom_fields = r.id.is_some() || r.name.is_some() || r.critical.is_some();
        let target = match (r.task, r.item) {
            (Some(_), Some(_)) => return Err(shape_problem(P::TaskAndItem)),
            (None, None) => return Err(shape_problem(P::NoTask)),
            (Some(t), None) if t == "custom" => match (r.id, r.name) {
                (Some(id), Some(name)) => Target::Custom(CustomTask {
                    id,
                    name,
                    critical: r.critical.unwrap_or(false),
                }),
                _ => return Err(shape_problem(P::CustomWithoutIdOrName)),
            },
            (Some(_), None) | (None, Some(_)) if custom_fields => {
                return Err(shape_problem(P::CustomFieldsOnCatalogueTask));
            }
            (Some(t), None) => match TaskId::from_id(&t) {
                Some(id) => Target::Task(id),
                None => Target::Unknown {
                    key: TargetKey::Task,
                    id: t,
                },
            },
            (None, Some(i)) => match ItemId::from_id(&i) {
                Some(id) => Target::Item(id),
                None => Target::Unknown {
                    key: TargetKey::Item,
                    id: i,
                },
            },
        };
        Ok(Assignment {
            target,
            description: r.description,
            arrangement: r.arrangement,
            responsible: r.responsible,
            accountable: r.accountable.0,
            consulted: r.consulted,
            informed: r.informed,
            backup: r.backup,
            hours_per_week: r.hours_per_week,
            process: r.process,
            notes: r.notes,
        })
    }
}

impl Serialize for Assignment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut r = AssignmentRepr {
            task: None,
            item: None,
            id: None,
            name: None,
            description: self.description.clone(),
            critical: None,
            arrangement: self.arrangement,
            responsible: self.responsible.clone(),
            accountable: OneOrMany(self.accountable.clone()),
            consulted: self.consulted.clone(),
            informed: self.informed.clone(),
            backup: self.backup.clone(),
            hours_per_week: self.hours_per_week,
            process: self.process.clone(),
            notes: self.notes.clone(),
        };
        match &self.target {
            Target::Task(t) => r.task = Some(t.id().to_owned()),
            Target::Item(i) => r.item = Some(i.id().to_owned()),
            Target::Custom(c) => {
                r.task = Some("custom".to_owned());
                r.id = Some(c.id.clone());
                r.name = Some(c.name.clone());
                r.critical = c.critical.then_some(true);
            }
            Target::Unknown { key, id } => match key {
                TargetKey::Task => r.task = Some(id.clone()),
                TargetKey::Item => r.item = Some(id.clone()),
            },
        }
        r.serialize(s)
    }
}

impl Serialize for Informed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.via {
            None => self.who.serialize(s),
            Some(via) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("who", &self.who)?;
                m.serialize_entry("via", via)?;
                m.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Informed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Informed;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an id, or { who: id, via: channel }")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Informed, E> {
                let who = Id::deserialize(de::value::StrDeserializer::<E>::new(s))?;
                Ok(Informed { who, via: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Informed, A::Error> {
                const FIELDS: &[&str] = &["who", "via"];
                let (mut who, mut via) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "who" if who.is_none() => who = Some(map.next_value::<Id>()?),
                        "via" if via.is_none() => via = Some(map.next_value::<Text>()?),
                        "who" | "via" => return Err(de::Error::duplicate_field("who/via")),
                        other => return Err(de::Error::unknown_field(other, FIELDS)),
                    }
                }
                let who = who.ok_or_else(|| de::Error::missing_field("who"))?;
                Ok(Informed { who, via })
            }
        }
        d.deserialize_any(V)
    }
}

/// Tasks that pass from party to party in turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rotation {
    /// The task ids that rotate (catalogue or custom).
    pub tasks: Vec<String>,
    /// The parties in turn; each party's `contact` holds R and A during its turn.
    pub order: Vec<Id>,
    /// How long each turn lasts.
    pub period_months: Months,
    /// When the first turn starts.
    pub start: Date,
    /// What is done of the checklist of coming hand-overs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handovers: Vec<Handover>,
}

/// A hand-over of the rotating tasks and the points of its checklist that are done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handover {
    /// The day of the hand-over (a turn boundary).
    pub date: Date,
    /// The points done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<HandoverItem>,
}

/// A point of the hand-over checklist (tip: "goede documentatie en overdracht").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HandoverItem {
    /// The process of every rotating task is written down.
    Process,
    /// The backup knows what is coming.
    Backup,
    /// Access rights and repository rights moved to the new holder.
    Access,
    /// The contact details on the public page name the new holder.
    PublicContact,
}

impl HandoverItem {
    /// Every point, in checklist order.
    pub const ALL: [HandoverItem; 4] = [
        HandoverItem::Process,
        HandoverItem::Backup,
        HandoverItem::Access,
        HandoverItem::PublicContact,
    ];

    /// The id used in the document and in texts.
    pub fn id(self) -> &'static str {
        match self {
            HandoverItem::Process => "process",
            HandoverItem::Backup => "backup",
            HandoverItem::Access => "access",
            HandoverItem::PublicContact => "public-contact",
        }
    }
}

/// Every key of the document format, as FORMAT.md names them. People meet these only
/// where they edit the file (CLI texts, FORMAT.md); the web app names the field on its
/// page instead, and its tests check that no page shows one of these as text.
pub const KEYS: &[&str] = &[
    // The document.
    "version",
    "collaboration",
    "parties",
    "people",
    "groups",
    "assignments",
    "rotation",
    "budget",
    "evaluations",
    // The collaboration.
    "name",
    "description",
    "website",
    "how_to_join",
    "ambition",
    "arrangement",
    "coordinator",
    "coordinator_compensated",
    "contribution",
    "separate_administration",
    "fixed_costs_per_month",
    "reserve",
    "last_evaluation",
    "evaluation_interval_months",
    // Parties, people and groups.
    "id",
    "kind",
    "contact",
    "develops_product",
    "contract_until",
    "inhabitants",
    "contributes",
    "party",
    "title",
    "email",
    "phone",
    "hours_per_week",
    "repository_admin",
    "forge_username",
    "members",
    "all_parties",
    // Assignments.
    "task",
    "item",
    "critical",
    "responsible",
    "accountable",
    "consulted",
    "informed",
    "who",
    "via",
    "backup",
    "process",
    "notes",
    // The rotation.
    "tasks",
    "order",
    "period_months",
    "start",
    "handovers",
    "date",
    "done",
    // The budget.
    "year",
    "key",
    "hourly_rate",
    "weeks_per_year",
    "activities",
    "cost",
    "fixed",
    "tiers",
    "up_to",
    "amount",
    // Evaluations.
    "went_well",
    "to_change",
    "decisions",
];

#[cfg(test)]
mod key_tests {
    use super::*;

    fn collect(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    out.insert(k.clone());
                    collect(v, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }

    /// Every key the examples use (as the core writes them back) is in [`KEYS`], so
    /// the web's check for keys on its pages knows them all.
    #[test]
    fn keys_lists_every_key_the_examples_use() {
        let examples = [
            include_str!("../../../examples/begroting-in-natura-twintig-gemeenten.yaml"),
            include_str!("../../../examples/begroting-twintig-gemeenten.yaml"),
            include_str!("../../../examples/delen-twee-gemeenten.yaml"),
            include_str!("../../../examples/gestructureerd-twaalf-gemeenten.yaml"),
            include_str!("../../../examples/roulerend-licht-vier-gemeenten.yaml"),
        ];
        let mut seen = std::collections::BTreeSet::new();
        for text in examples {
            let doc = crate::parse::parse_document(text.as_bytes()).expect("example parses");
            collect(&serde_json::to_value(&doc).expect("serialises"), &mut seen);
        }
        let unknown: Vec<&String> = seen
            .iter()
            .filter(|k| !KEYS.contains(&k.as_str()))
            .collect();
        assert!(unknown.is_empty(), "keys missing from KEYS: {unknown:?}");
        assert!(seen.len() > 40, "the examples use only {} keys", seen.len());
    }
}
