//! Finding codes, severities and subjects, and how a finding becomes words.
//!
//! Codes are a contract (tests outside this repository look for them); the words live
//! in the Fluent files and are rendered only when shown.

use crate::catalogue::{AmbitionLevel, Arrangement, ChapterPart, ItemId, TaskId};
use crate::i18n::{self, Args, Lang, texts};
use crate::values::Date;
use serde::Serialize;
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The division is wrong: fix before it is agreed.
    Error,
    /// A risk the chapter warns about.
    Warning,
    /// A suggestion from the chapter's tips.
    Advice,
}

impl Severity {
    /// `error`, `warning` or `advice`.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }

    /// All severities, most serious first.
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Advice];
}

/// The page where a code's findings are fixed, before the finding's subject says
/// which task, person or party. Declared per code in the table below, so the web app
/// does not decide it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixPage {
    /// The page of the finding's task.
    Task,
    /// The page of the finding's task when it names one, otherwise a settings field
    /// (a rule about one task or about the whole collaboration).
    TaskOr(SettingsField),
    /// The parties and people page, at the finding's person.
    Person,
    /// The parties and people page, at the finding's party.
    Party,
    /// The party when the finding names one, otherwise a settings field.
    PartyOr(SettingsField),
    /// The parties and people page as a whole.
    People,
    /// A field of the settings page.
    Settings(SettingsField),
    /// Where the reference sits: the person, the task, the party, or else the parties
    /// and people page (D001, D002: any id can be wrong).
    Reference,
    /// The money page, where the budget and its distribution key are edited.
    Money,
}

/// A field of the collaboration's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsField {
    /// `ambition`.
    Ambition,
    /// `coordinator`.
    Coordinator,
    /// `coordinator_compensated`.
    CoordinatorCompensated,
    /// `contribution`.
    Contribution,
    /// `separate_administration`.
    SeparateAdministration,
    /// `reserve`.
    Reserve,
    /// `last_evaluation`.
    LastEvaluation,
    /// The rotation (`rotation`).
    Rotation,
}

impl SettingsField {
    /// The field's name: the document key, which the settings page uses as anchor.
    pub fn anchor(self) -> &'static str {
        match self {
            SettingsField::Ambition => "ambition",
            SettingsField::Coordinator => "coordinator",
            SettingsField::CoordinatorCompensated => "coordinator_compensated",
            SettingsField::Contribution => "contribution",
            SettingsField::SeparateAdministration => "separate_administration",
            SettingsField::Reserve => "reserve",
            SettingsField::LastEvaluation => "last_evaluation",
            SettingsField::Rotation => "rotation",
        }
    }
}

/// The form field, on a code's [`FixPage`], that fixes its findings. Declared per code
/// in the table below, so that every web link can open and focus that field; the
/// web app spells each field's HTML id in one exhaustive match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixField {
    /// The whole edit form of the task, person or party (the fix is a choice about
    /// the thing as a whole: keep it, remove it, or change its name).
    Form,
    /// The field that holds the wrong reference: a person's party, a task's
    /// Responsible, a party's contact (D001).
    Reference,
    /// The name of the task, person or party (an id twice, D002).
    Name,
    /// A task's Responsible (R).
    Responsible,
    /// A task's Accountable (A).
    Accountable,
    /// A task's Consulted (C).
    Consulted,
    /// A task's Informed (I) with the channel for each.
    Informed,
    /// A task's backup.
    Backup,
    /// Where a task's way of working is written down.
    Process,
    /// A task's own arrangement (done by an external party or not).
    Arrangement,
    /// A person's admin rights on the code repository.
    RepositoryAdmin,
    /// A person's hours a week.
    Hours,
    /// A party's kind (municipality or not).
    PartyKind,
    /// The field of the settings page that the [`FixPage`] names.
    Setting,
    /// The budget and its distribution key on the money page.
    Budget,
}

/// Where one finding is fixed: a [`FixPage`] with the subject filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixPlace {
    /// The RACI matrix (a task rule whose finding names no task).
    Matrix,
    /// A task's page, by task key.
    Task(String),
    /// The parties and people page, at a person.
    Person(String),
    /// The parties and people page, at a party.
    Party(String),
    /// The parties and people page.
    People,
    /// A field of the settings page.
    Settings(SettingsField),
    /// The budget on the money page.
    Money,
}

/// The families of codes: the code's letter, and the file in `analyse/` with its rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// D: ids and references.
    Ids,
    /// R and I: the RACI of each task.
    Raci,
    /// C and A: which tasks the level needs.
    Coverage,
    /// K: continuity when someone is away or a party leaves.
    Continuity,
    /// O: the arrangement and who steers what.
    Organisation,
    /// F: the community's money.
    Money,
    /// E: the yearly evaluation.
    Evaluation,
    /// H: hours and load per person.
    Hours,
}

macro_rules! codes {
    ($($(#[$doc:meta])* $code:ident => $sev:ident, $part:ident, $fix:ident $(($field:ident))?, $fixfield:ident;)*) => {
        /// A stable finding code (DESIGN.md §5).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Code { $($(#[$doc])* $code,)* }

        impl Code {
            /// Every code, in the order of the design's table.
            pub const ALL: &'static [Code] = &[$(Code::$code,)*];

            /// The code as text, e.g. `K001`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$code => stringify!($code),)* }
            }

            /// The usual severity (K006 is raised to a warning in some cases).
            pub fn severity(self) -> Severity {
                match self { $(Code::$code => Severity::$sev,)* }
            }

            /// The part of the chapter the rule comes from.
            pub fn chapter(self) -> ChapterPart {
                match self { $(Code::$code => ChapterPart::$part,)* }
            }

            /// The page (and field) where the rule's findings are fixed.
            pub fn fix_page(self) -> FixPage {
                match self { $(Code::$code => FixPage::$fix $((SettingsField::$field))?,)* }
            }

            /// The field on [`Code::fix_page`] that fixes the rule's findings.
            pub fn fix_field(self) -> FixField {
                match self { $(Code::$code => FixField::$fixfield,)* }
            }
        }
    };
}

codes! {
    /// A reference to an id that does not exist, or of the wrong kind for its field.
    D001 => Error, Raci, Reference, Reference;
    /// The same id is used twice (people, parties, groups and custom tasks share ids).
    D002 => Error, Raci, Reference, Name;
    /// An unknown task or checklist item id (custom tasks are declared as custom).
    D003 => Error, Checklist, Task, Form;
    /// A task has no Accountable.
    R001 => Error, Raci, Task, Accountable;
    /// The Accountable is a group, or more than one.
    R002 => Error, Raci, Task, Accountable;
    /// A task has no Responsible.
    R003 => Error, Raci, Task, Responsible;
    /// A task required at this level (or by the contribution) is not assigned.
    C001 => Warning, Checklist, Task, Responsible;
    /// A task above the chosen level is assigned (roles on paper).
    C002 => Advice, TipStartSmall, Task, Form;
    /// A critical task has no backup.
    K001 => Warning, TipBackup, Task, Backup;
    /// The backup is the same person as the only Responsible.
    K002 => Warning, TipBackup, Task, Backup;
    /// Everyone on a critical task (R, A, backup) belongs to one party.
    K003 => Warning, TipBackup, Task, Backup;
    /// If the party left, these tasks would lose their Responsible or Accountable.
    K004 => Warning, OptionCoordinating, Party, Form;
    /// Fewer than two people have admin rights on the code repository.
    K005 => Warning, BasicTasks, People, RepositoryAdmin;
    /// A task has no documented process (a warning when it rotates or is external).
    K006 => Advice, TipDocument, Task, Process;
    /// The coordinating municipality is not compensated for its capacity.
    O001 => Warning, OptionCoordinating, Settings(CoordinatorCompensated), Setting;
    /// The coordinator is Accountable for a money task and no group is Consulted.
    O002 => Warning, OptionCoordinating, Task, Consulted;
    /// A party that develops the product holds R or A on a task that steers it.
    O003 => Warning, OptionExternal, Task, Responsible;
    /// An external arrangement (collaboration or task) without a contribution to pay for it.
    O004 => Warning, OptionExternal, TaskOr(Contribution), Arrangement;
    /// The arrangement does not suit the ambition level.
    O005 => Warning, OptionCoordinating, Settings(Ambition), Setting;
    /// A rotation hand-over falls within 60 days.
    O006 => Advice, OptionRotating, PartyOr(Rotation), Form;
    /// A distributed arrangement and nobody holds collaboration coordination.
    O007 => Warning, OptionDistributed, Task, Responsible;
    /// The coordinator or a rotation party is not a municipality.
    O008 => Error, OptionCoordinating, Party, PartyKind;
    /// A coordinating arrangement without a coordinator.
    O009 => Warning, OptionCoordinating, Settings(Coordinator), Setting;
    /// A municipality in the rotation has fewer hours than its turn asks.
    O010 => Advice, OptionRotating, PartyOr(Rotation), Form;
    /// A contribution is collected but not kept in a separate administration.
    F001 => Warning, TipSeparateMoney, Settings(SeparateAdministration), Setting;
    /// The reserve covers less than three months of fixed costs.
    F002 => Warning, TipReserves, Settings(Reserve), Setting;
    /// Fixed costs or reserve unknown while a contribution is collected.
    F003 => Advice, TipReserves, Settings(Reserve), Setting;
    /// The budget's distribution key cannot be applied (inhabitants or tiers missing,
    /// in-kind hours without an hourly rate).
    F004 => Warning, OptionRotating, Money, Budget;
    /// The shares do not cover the total of the budget.
    F005 => Warning, TipReserves, Money, Budget;
    /// No evaluation date recorded.
    E001 => Advice, TipEvaluate, Settings(LastEvaluation), Setting;
    /// The last evaluation is older than the interval.
    E002 => Warning, TipEvaluate, Settings(LastEvaluation), Setting;
    /// Fewer than half the required tasks are filled: a lower level would be filled.
    A001 => Advice, TipStartSmall, Settings(Ambition), Setting;
    /// A person's assigned hours exceed the hours they have.
    H001 => Warning, TipRecognise, Person, Hours;
    /// One person is R or A on more than five tasks.
    H002 => Advice, TipRecognise, Person, Form;
    /// Someone Informed has no channel (`via`).
    I001 => Advice, Raci, Task, Informed;
}

impl Code {
    /// The family the code belongs to. Listed per code, so a new code must be placed.
    pub fn family(self) -> Family {
        use Code::*;
        match self {
            D001 | D002 | D003 => Family::Ids,
            R001 | R002 | R003 | I001 => Family::Raci,
            C001 | C002 | A001 => Family::Coverage,
            K001 | K002 | K003 | K004 | K005 | K006 => Family::Continuity,
            O001 | O002 | O003 | O004 | O005 | O006 | O007 | O008 | O009 | O010 => {
                Family::Organisation
            }
            F001 | F002 | F003 | F004 | F005 => Family::Money,
            E001 | E002 => Family::Evaluation,
            H001 | H002 => Family::Hours,
        }
    }

    /// Whether the code is about money (the money page lists these): the money
    /// family, and O004, an external party with no contribution to pay it.
    pub fn is_money(self) -> bool {
        self.family() == Family::Money || self == Code::O004
    }

    /// Parses a code, case-insensitively (`k001` works on the command line).
    pub fn parse(s: &str) -> Option<Code> {
        let up = s.trim().to_ascii_uppercase();
        Code::ALL.iter().copied().find(|c| c.as_str() == up)
    }

    fn msg_id(self) -> String {
        format!("finding-{}", self.as_str().to_ascii_lowercase())
    }

    /// The rule in a few words.
    pub fn title(self, lang: Lang) -> String {
        texts().plain(lang, &format!("{}-title", self.msg_id()))
    }

    /// Why the chapter asks for this (for `explain`).
    pub fn why(self, lang: Lang) -> String {
        texts().plain(lang, &format!("{}-why", self.msg_id()))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a finding is about. Ids as written in the document; `None` when the finding
/// is about the collaboration as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Subject {
    /// A task, custom task or checklist item id.
    pub task: Option<String>,
    /// A party id.
    pub party: Option<String>,
    /// A person id.
    pub person: Option<String>,
}

/// A task as it is named in a message: catalogue names are translated, custom names
/// are shown as written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TaskLabel {
    /// A catalogue task.
    Task(TaskId),
    /// A checklist item assigned on its own.
    Item(ItemId),
    /// A custom task's name, or an unknown id as written.
    Named(String),
}

impl TaskLabel {
    /// The name in a language.
    pub fn name(&self, lang: Lang) -> String {
        match self {
            TaskLabel::Task(t) => texts().plain(lang, &format!("task-{}", t.id())),
            TaskLabel::Item(i) => texts().plain(lang, &format!("item-{}", i.id())),
            TaskLabel::Named(n) => n.clone(),
        }
    }
}

/// A value in a finding's message, translated only when shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as is (names of people and parties, ids).
    Text(String),
    /// A task name.
    Task(TaskLabel),
    /// Several task names, joined.
    Tasks(Vec<TaskLabel>),
    /// A level name.
    Level(AmbitionLevel),
    /// Several level names, joined.
    Levels(Vec<AmbitionLevel>),
    /// An arrangement name.
    Arrangement(Arrangement),
    /// A keyword for a Fluent select expression.
    Keyword(&'static str),
    /// A whole number.
    Count(usize),
    /// Hours, one decimal at most.
    Hours(f64),
    /// Months, one decimal.
    Months(f64),
    /// Money in cents.
    Euro(u64),
    /// A date.
    Date(Date),
}

impl Arg {
    fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Task(t) => t.name(lang),
            Arg::Tasks(ts) => {
                let names: Vec<String> = ts.iter().map(|t| t.name(lang)).collect();
                i18n::join_list(lang, &names)
            }
            Arg::Level(l) => texts().plain(lang, &format!("level-{}", l.id())),
            Arg::Levels(ls) => {
                let names: Vec<String> = ls
                    .iter()
                    .map(|l| texts().plain(lang, &format!("level-{}", l.id())))
                    .collect();
                i18n::join_list(lang, &names)
            }
            Arg::Arrangement(a) => texts().plain(lang, &format!("arrangement-{}", a.id())),
            Arg::Keyword(k) => (*k).to_owned(),
            Arg::Count(n) => n.to_string(),
            Arg::Hours(h) => i18n::hours(lang, *h),
            Arg::Months(m) => i18n::number(lang, *m, 1),
            Arg::Euro(c) => i18n::euro(lang, *c),
            Arg::Date(d) => i18n::date(lang, *d),
        }
    }
}

/// One thing `analyse` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The stable code.
    pub code: Code,
    /// How serious it is here.
    pub severity: Severity,
    /// What it is about.
    pub subject: Subject,
    /// Values for the message.
    pub args: Vec<(&'static str, Arg)>,
}

impl Finding {
    /// A finding with the code's usual severity.
    pub fn new(code: Code, subject: Subject) -> Self {
        Finding {
            code,
            severity: code.severity(),
            subject,
            args: Vec::new(),
        }
    }

    /// Adds a value for the message.
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The finding's values as Fluent arguments, for texts outside the core that say
    /// the same thing in other words (the web's fix texts name fields, not keys).
    pub fn fluent_args(&self, lang: Lang) -> Args {
        let mut a = Args::new();
        for (k, v) in &self.args {
            a.set(k, v.render(lang));
        }
        a
    }

    /// What was found, in words.
    pub fn message(&self, lang: Lang) -> String {
        texts().get(lang, &self.code.msg_id(), &self.fluent_args(lang))
    }

    /// How to fix it, in words.
    pub fn fix(&self, lang: Lang) -> String {
        texts().get(
            lang,
            &format!("{}-fix", self.code.msg_id()),
            &self.fluent_args(lang),
        )
    }

    /// The chapter part, in words.
    pub fn chapter(&self, lang: Lang) -> String {
        texts().plain(lang, &format!("chapter-{}", self.code.chapter().id()))
    }

    /// Where this finding is fixed: the code's [`FixPage`] with the subject filled in.
    pub fn fix_place(&self) -> FixPlace {
        let s = &self.subject;
        let task = || s.task.clone().map(FixPlace::Task);
        let person = || s.person.clone().map(FixPlace::Person);
        let party = || s.party.clone().map(FixPlace::Party);
        match self.code.fix_page() {
            // A task rule that names no task can only be fixed in the matrix.
            FixPage::Task => task().unwrap_or(FixPlace::Matrix),
            FixPage::TaskOr(field) => task().unwrap_or(FixPlace::Settings(field)),
            FixPage::Person => person().unwrap_or(FixPlace::People),
            FixPage::Party => party().unwrap_or(FixPlace::People),
            FixPage::PartyOr(field) => party().unwrap_or(FixPlace::Settings(field)),
            FixPage::People => FixPlace::People,
            FixPage::Settings(field) => FixPlace::Settings(field),
            FixPage::Reference => person()
                .or_else(task)
                .or_else(party)
                .unwrap_or(FixPlace::People),
            FixPage::Money => FixPlace::Money,
        }
    }
}

impl Finding {
    /// The field at [`Finding::fix_place`] that fixes this finding: the code's
    /// [`FixField`], or the settings field when the place fell back to settings.
    pub fn fix_field(&self) -> FixField {
        match self.fix_place() {
            FixPlace::Settings(_) => FixField::Setting,
            _ => self.code.fix_field(),
        }
    }
}

/// Builds a subject about a task.
pub fn task_subject(task: &str) -> Subject {
    Subject {
        task: Some(task.to_owned()),
        ..Subject::default()
    }
}

/// Builds a subject about a party.
pub fn party_subject(party: &str) -> Subject {
    Subject {
        party: Some(party.to_owned()),
        ..Subject::default()
    }
}

/// Builds a subject about a person.
pub fn person_subject(person: &str) -> Subject {
    Subject {
        person: Some(person.to_owned()),
        ..Subject::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The family listing agrees with the letters the codes are named by.
    #[test]
    fn every_code_is_in_the_family_of_its_letter() {
        for &code in Code::ALL {
            let letters = match code.family() {
                Family::Ids => "D",
                Family::Raci => "RI",
                Family::Coverage => "CA",
                Family::Continuity => "K",
                Family::Organisation => "O",
                Family::Money => "F",
                Family::Evaluation => "E",
                Family::Hours => "H",
            };
            assert!(
                code.as_str().get(..1).is_some_and(|l| letters.contains(l)),
                "{code} is not in {:?}",
                code.family()
            );
        }
    }

    /// A code's field is "the settings field" exactly when its page is a settings
    /// field, so a link never asks a task or person form for a settings field.
    #[test]
    fn the_setting_field_belongs_to_settings_pages() {
        for &code in Code::ALL {
            let on_settings = matches!(code.fix_page(), FixPage::Settings(_));
            assert_eq!(code.fix_field() == FixField::Setting, on_settings, "{code}");
        }
    }

    /// The money page shows the money family and O004 (paying an external party).
    #[test]
    fn money_codes_are_the_f_codes_and_o004() {
        for &code in Code::ALL {
            assert_eq!(
                code.is_money(),
                code.as_str().starts_with('F') || code == Code::O004,
                "{code}"
            );
        }
    }
}
