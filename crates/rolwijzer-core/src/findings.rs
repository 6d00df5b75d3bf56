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

macro_rules! codes {
    ($($code:ident => $sev:ident, $part:ident;)*) => {
        /// A stable finding code (DESIGN.md §5).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[allow(missing_docs)]
        pub enum Code { $($code,)* }

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
        }
    };
}

codes! {
    D001 => Error, Raci;
    D002 => Error, Raci;
    D003 => Error, Checklist;
    R001 => Error, Raci;
    R002 => Error, Raci;
    R003 => Error, Raci;
    C001 => Warning, Checklist;
    C002 => Advice, TipStartSmall;
    K001 => Warning, TipBackup;
    K002 => Warning, TipBackup;
    K003 => Warning, TipBackup;
    K004 => Warning, OptionCoordinating;
    K005 => Warning, BasicTasks;
    K006 => Advice, TipDocument;
    O001 => Warning, OptionCoordinating;
    O002 => Warning, OptionCoordinating;
    O003 => Warning, OptionExternal;
    O004 => Warning, OptionExternal;
    O005 => Warning, OptionCoordinating;
    O006 => Advice, OptionRotating;
    O007 => Warning, OptionDistributed;
    O008 => Error, OptionCoordinating;
    O009 => Warning, OptionCoordinating;
    F001 => Warning, TipSeparateMoney;
    F002 => Warning, TipReserves;
    F003 => Advice, TipReserves;
    F004 => Warning, OptionRotating;
    F005 => Warning, TipReserves;
    E001 => Advice, TipEvaluate;
    E002 => Warning, TipEvaluate;
    A001 => Advice, TipStartSmall;
    H001 => Warning, TipRecognise;
    H002 => Advice, TipRecognise;
    I001 => Advice, Raci;
}

impl Code {
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

    fn fluent_args(&self, lang: Lang) -> Args {
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
