//! What every export shows, resolved once: tasks with their holders by name and
//! organisation, in the user's language. Formats only lay this out.

use crate::Options;
use rolwijzer_core::document::{PartyKind, Target};
use rolwijzer_core::findings::TaskLabel;
use rolwijzer_core::i18n::{self, texts};
use rolwijzer_core::lookup::HolderRef;
use rolwijzer_core::{Date, Document, Lang, Report};

/// What kind of thing holds a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolderKind {
    /// A person (the name is theirs, the organisation their party's).
    Person,
    /// A whole party.
    Party,
    /// A group of parties or people.
    Group,
    /// An id the document does not define (finding D001 says so).
    Unknown,
}

/// Someone who holds a letter on a task, by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    /// The id in the document.
    pub id: String,
    /// The person's, party's or group's name (the id itself when unknown).
    pub name: String,
    /// For a person: their party's name.
    pub organisation: Option<String>,
    /// What it is.
    pub kind: HolderKind,
    /// For a person: e-mail, when given.
    pub email: Option<String>,
    /// For a person: user name on the code forge, when given.
    pub forge_username: Option<String>,
}

impl Holder {
    /// "Name (Organisation)" for people, the name otherwise.
    pub fn label(&self) -> String {
        match &self.organisation {
            Some(o) => format!("{} ({})", self.name, o),
            None => self.name.clone(),
        }
    }
}

/// One RACI letter, plus B for backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Letter {
    /// Responsible: does the work.
    R,
    /// Accountable: answers for it.
    A,
    /// Consulted before decisions.
    C,
    /// Informed afterwards.
    I,
    /// Backup: takes over on absence or departure.
    B,
}

impl Letter {
    /// All letters in the order they are shown.
    pub const ALL: [Letter; 5] = [Letter::R, Letter::A, Letter::C, Letter::I, Letter::B];

    /// The letter itself.
    pub fn as_str(self) -> &'static str {
        match self {
            Letter::R => "R",
            Letter::A => "A",
            Letter::C => "C",
            Letter::I => "I",
            Letter::B => "B",
        }
    }

    /// Its name in a language ("Uitvoerend (R)").
    pub fn name(self, lang: Lang) -> String {
        crate::t(lang, &format!("letter-{}", self.as_str().to_lowercase()))
    }
}

/// A task as every export shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskRow {
    /// The id as written in the document.
    pub key: String,
    /// Its name in the language.
    pub name: String,
    /// What it involves: the assignment's own description, else the catalogue's.
    pub description: Option<String>,
    /// The catalogue's duties for it (empty for custom tasks).
    pub duties: Vec<String>,
    /// Whether the level requires it.
    pub required: bool,
    /// Whether it needs a backup.
    pub critical: bool,
    /// Whether it passes between parties in turn.
    pub rotating: bool,
    /// The arrangement's name in the language.
    pub arrangement: String,
    /// R (after rotation).
    pub responsible: Vec<Holder>,
    /// A (after rotation).
    pub accountable: Vec<Holder>,
    /// C.
    pub consulted: Vec<Holder>,
    /// I, with the channel through which they are informed.
    pub informed: Vec<(Holder, Option<String>)>,
    /// Backups.
    pub backup: Vec<Holder>,
    /// Hours a week.
    pub hours_per_week: Option<f64>,
    /// Where the process is described (a link or a text).
    pub process: Option<String>,
    /// Notes on the assignment.
    pub notes: Option<String>,
}

impl TaskRow {
    /// The holders of one letter.
    pub fn holders(&self, letter: Letter) -> Vec<&Holder> {
        match letter {
            Letter::R => self.responsible.iter().collect(),
            Letter::A => self.accountable.iter().collect(),
            Letter::C => self.consulted.iter().collect(),
            Letter::I => self.informed.iter().map(|(h, _)| h).collect(),
            Letter::B => self.backup.iter().collect(),
        }
    }

    /// Whether anyone holds R and A.
    pub fn filled(&self) -> bool {
        !self.responsible.is_empty() && !self.accountable.is_empty()
    }
}

/// A document, its report and the options, with everything resolved once.
#[derive(Debug)]
pub struct Model<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its analysis.
    pub report: &'a Report,
    /// Language of all texts.
    pub lang: Lang,
    /// The day of the export.
    pub today: Date,
    /// The stored revision, if any.
    pub revision: Option<i64>,
    /// The options as given.
    pub options: &'a Options,
    /// Every task, in report order.
    pub tasks: Vec<TaskRow>,
}

impl<'a> Model<'a> {
    /// Resolves the document for export.
    pub fn new(doc: &'a Document, report: &'a Report, options: &'a Options) -> Self {
        let lang = options.lang;
        let tasks = report
            .tasks
            .iter()
            .map(|tv| {
                let assignment = doc.assignments.iter().find(|a| a.target.key() == tv.key);
                let catalogue_desc = match assignment.map(|a| &a.target) {
                    Some(Target::Item(_))
                    | Some(Target::Custom(_))
                    | Some(Target::Unknown { .. }) => None,
                    _ => tv
                        .task
                        .map(|t| texts().plain(lang, &format!("task-{}-desc", t.id()))),
                };
                let duties = match assignment.map(|a| &a.target) {
                    Some(Target::Task(t)) => texts().list(lang, &format!("duty-{}", t.id())),
                    _ => Vec::new(),
                };
                let holders = |ids: &[rolwijzer_core::Id]| -> Vec<Holder> {
                    ids.iter().map(|id| holder(doc, id.as_str())).collect()
                };
                TaskRow {
                    key: tv.key.clone(),
                    name: tv.label.name(lang),
                    description: assignment
                        .and_then(|a| a.description.as_ref().map(|d| d.to_string()))
                        .or(catalogue_desc),
                    duties,
                    required: tv.required,
                    critical: tv.critical,
                    rotating: tv.rotating,
                    arrangement: texts()
                        .plain(lang, &format!("arrangement-{}", tv.arrangement.id())),
                    responsible: holders(&tv.responsible),
                    accountable: holders(&tv.accountable),
                    consulted: holders(&tv.consulted),
                    informed: tv
                        .informed
                        .iter()
                        .map(|(id, via)| (holder(doc, id.as_str()), via.clone()))
                        .collect(),
                    backup: holders(&tv.backup),
                    hours_per_week: tv.hours_per_week,
                    process: tv.process.clone(),
                    notes: assignment.and_then(|a| a.notes.as_ref().map(|n| n.to_string())),
                }
            })
            .collect();
        Model {
            doc,
            report,
            lang,
            today: options.today,
            revision: options.revision,
            options,
            tasks,
        }
    }

    /// A text in the model's language (export texts first, then the core's).
    pub fn t(&self, id: &str) -> String {
        crate::t(self.lang, id)
    }

    /// How a rotating task is held now, the one sentence every view uses
    /// ("roulerend — nu Gemeente Zwolle (Anna de Vries), tot 15 december 2026").
    pub fn rotation_phrase(&self) -> String {
        match &self.report.rotation {
            Some(cal) => cal.phrase(self.doc, self.lang),
            None => self.t("rotation-plain"),
        }
    }

    /// A date in the model's language ("28 november 2026").
    pub fn date(&self, d: Date) -> String {
        i18n::date(self.lang, d)
    }

    /// A number of hours in the model's language, without the unit ("2,5").
    pub fn hours(&self, h: f64) -> String {
        i18n::hours(self.lang, h)
    }

    /// A task's name by the key written in the document: the task's own row, else the
    /// catalogue's name for a task or checklist item, else the key as written (a
    /// rotation may name a task that has no assignment).
    pub fn task_name(&self, key: &str) -> String {
        if let Some(t) = self.tasks.iter().find(|t| t.key == key) {
            return t.name.clone();
        }
        let label = if let Some(t) = rolwijzer_core::TaskId::from_id(key) {
            TaskLabel::Task(t)
        } else if let Some(i) = rolwijzer_core::ItemId::from_id(key) {
            TaskLabel::Item(i)
        } else {
            TaskLabel::Named(key.to_owned())
        };
        label.name(self.lang)
    }

    /// The collaboration's ambition level in words.
    pub fn level_name(&self) -> String {
        texts().plain(
            self.lang,
            &format!("level-{}", self.doc.collaboration.ambition.id()),
        )
    }

    /// The collaboration's arrangement in words.
    pub fn arrangement_name(&self) -> String {
        texts().plain(
            self.lang,
            &format!("arrangement-{}", self.doc.collaboration.arrangement.id()),
        )
    }

    /// External parties (suppliers), which publiccode.yml calls contractors.
    pub fn suppliers(&self) -> impl Iterator<Item = &rolwijzer_core::document::Party> {
        self.doc
            .parties
            .iter()
            .filter(|p| p.kind == PartyKind::Supplier)
    }
}

/// Resolves an id to a holder (the core's lookup order); unknown ids are kept as
/// written.
pub fn holder(doc: &Document, id: &str) -> Holder {
    let plain = |name: &str, kind| Holder {
        id: id.to_owned(),
        name: name.to_owned(),
        organisation: None,
        kind,
        email: None,
        forge_username: None,
    };
    match doc.holder(id) {
        Some(HolderRef::Person(p)) => Holder {
            id: id.to_owned(),
            name: p.name.to_string(),
            organisation: match doc.holder(p.party.as_str()) {
                Some(HolderRef::Party(x)) => Some(x.name.to_string()),
                _ => None,
            },
            kind: HolderKind::Person,
            email: p.email.as_ref().map(|e| e.to_string()),
            forge_username: p.forge_username.as_ref().map(|e| e.to_string()),
        },
        Some(HolderRef::Party(p)) => plain(p.name.as_str(), HolderKind::Party),
        Some(HolderRef::Group(g)) => plain(g.name.as_str(), HolderKind::Group),
        None => plain(id, HolderKind::Unknown),
    }
}
