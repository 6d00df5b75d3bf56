//! rolwijzer's exports: one document and its [`Report`] turned into the files people
//! work with — the annex to the collaboration agreement (PDF, ODT), spreadsheets (XLSX,
//! CSV), a calendar (ICS), readable text (Markdown, HTML, GOVERNANCE.md) and repository
//! files (CODEOWNERS, the publiccode.yml `maintenance` block) — and back: a starter
//! division from a publiccode.yml.
//!
//! Every format is built from the same [`model::Model`], so names, organisations and
//! task descriptions read the same everywhere. Nothing here decides a rule: findings,
//! checklist ticks and hours all come from `analyse()`.

pub mod model;

mod annex;
mod calendar;
mod codeowners;
pub mod json;
mod markdown;
mod money;
pub mod publiccode;
mod sheets;
pub mod texts;

use rolwijzer_core::{Date, Document, Lang, Report};

pub use texts::t;

/// A file format rolwijzer can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// The annex to the collaboration agreement as PDF/A.
    AnnexPdf,
    /// The annex as an OpenDocument text (LibreOffice, Word).
    AnnexOdt,
    /// A workbook: RACI matrix, findings, hours.
    Xlsx,
    /// One row per task, holder and letter.
    Csv,
    /// Evaluation due dates, rotation hand-overs, contract end dates.
    Ics,
    /// The whole division as Markdown (wiki, repository).
    Markdown,
    /// The whole division as a standalone HTML page.
    Html,
    /// A GOVERNANCE.md filled from the document.
    Governance,
    /// A CODEOWNERS file from the repository and maintenance Responsibles.
    Codeowners,
    /// The `maintenance` block of publiccode.yml.
    Publiccode,
    /// The analysis as JSON, the same shape as `check --format json`.
    Json,
    /// The contribution per municipality as CSV, for the financial administration.
    ContributionsCsv,
}

impl Format {
    /// Every format, in the order the export page lists them.
    pub const ALL: [Format; 12] = [
        Format::AnnexPdf,
        Format::AnnexOdt,
        Format::Xlsx,
        Format::Csv,
        Format::Ics,
        Format::Markdown,
        Format::Html,
        Format::Governance,
        Format::Codeowners,
        Format::Publiccode,
        Format::Json,
        Format::ContributionsCsv,
    ];

    /// The name used on the command line, in URLs and in the API.
    pub fn id(self) -> &'static str {
        match self {
            Format::AnnexPdf => "annex-pdf",
            Format::AnnexOdt => "annex-odt",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Governance => "governance",
            Format::Codeowners => "codeowners",
            Format::Publiccode => "publiccode",
            Format::Json => "json",
            Format::ContributionsCsv => "contributions-csv",
        }
    }

    /// The format with this [`Format::id`].
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The media type to serve it with.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::AnnexPdf => "application/pdf",
            Format::AnnexOdt => "application/vnd.oasis.opendocument.text",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv | Format::ContributionsCsv => "text/csv; charset=utf-8",
            Format::Ics => "text/calendar; charset=utf-8",
            Format::Markdown | Format::Governance => "text/markdown; charset=utf-8",
            Format::Html => "text/html; charset=utf-8",
            Format::Codeowners => "text/plain; charset=utf-8",
            Format::Publiccode => "application/yaml; charset=utf-8",
            Format::Json => "application/json",
        }
    }

    /// A file name for a collaboration with this slug (or any short name).
    pub fn file_name(self, stem: &str) -> String {
        match self {
            Format::AnnexPdf => format!("{stem}-bijlage.pdf"),
            Format::AnnexOdt => format!("{stem}-bijlage.odt"),
            Format::Xlsx => format!("{stem}-rollen.xlsx"),
            Format::Csv => format!("{stem}-rollen.csv"),
            Format::Ics => format!("{stem}-agenda.ics"),
            Format::Markdown => format!("{stem}-rollen.md"),
            Format::Html => format!("{stem}-rollen.html"),
            Format::Governance => "GOVERNANCE.md".to_owned(),
            Format::Codeowners => "CODEOWNERS".to_owned(),
            Format::Publiccode => "publiccode-maintenance.yml".to_owned(),
            Format::Json => format!("{stem}-analyse.json"),
            Format::ContributionsCsv => format!("{stem}-bijdragen.csv"),
        }
    }

    /// Whether the result is text (shown inline) rather than a binary file.
    pub fn is_text(self) -> bool {
        !matches!(self, Format::AnnexPdf | Format::AnnexOdt | Format::Xlsx)
    }
}

/// The separator of the CSV export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvSeparator {
    /// `;`, what Dutch Excel expects (the decimal separator is a comma there).
    #[default]
    Semicolon,
    /// `,`, for English-language spreadsheets and most tools.
    Comma,
}

impl CsvSeparator {
    /// The byte written between fields.
    pub fn byte(self) -> u8 {
        match self {
            CsvSeparator::Semicolon => b';',
            CsvSeparator::Comma => b',',
        }
    }
}

/// How to write an export.
#[derive(Debug, Clone)]
pub struct Options {
    /// Language of the texts.
    pub lang: Lang,
    /// The day the export is made (dates on the title page, "until" checks).
    pub today: Date,
    /// The stored revision this document is, when it comes from the web app.
    pub revision: Option<i64>,
    /// The day that revision was saved: the annex says "versie van 4 december 2026"
    /// rather than an internal counter.
    pub revision_date: Option<Date>,
    /// Separator of the CSV export.
    pub csv_separator: CsvSeparator,
}

impl Options {
    /// Dutch, semicolons, no revision.
    pub fn new(today: Date) -> Self {
        Options {
            lang: Lang::Nl,
            today,
            revision: None,
            revision_date: None,
            csv_separator: CsvSeparator::Semicolon,
        }
    }
}

/// Something the user should know about an export that was nonetheless written: a
/// value that could not be filled in, or one that is out of date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A Responsible of a repository task has no `forge_username`, so CODEOWNERS lacks
    /// them (we never guess a user name).
    MissingForgeUsername {
        /// The person's id.
        person: String,
        /// Their name.
        name: String,
    },
    /// A Responsible of a repository task has a `forge_username` that no code forge
    /// accepts (letters, digits, `-`, `_` and `.` only), so it is left out.
    InvalidForgeUsername {
        /// The person's id.
        person: String,
        /// Their name.
        name: String,
        /// The user name as written.
        username: String,
    },
    /// CODEOWNERS would be empty: nobody with a forge user name is Responsible.
    NoCodeOwners,
    /// An external party's `contract_until` has passed.
    ContractEnded {
        /// The party's name.
        party: String,
        /// The date.
        until: Date,
    },
    /// An external party's `contract_until` is more than two years ahead, which the
    /// publiccode.yml standard advises against.
    ContractFarAhead {
        /// The party's name.
        party: String,
        /// The date.
        until: Date,
    },
    /// An external party has no `contract_until`, which publiccode.yml requires for
    /// each contractor.
    ContractWithoutEnd {
        /// The party's name.
        party: String,
    },
    /// Maintenance is internal or community, but no person could be listed as contact.
    NoMaintenanceContact,
}

impl Notice {
    /// The notice in words.
    pub fn message(&self, lang: Lang) -> String {
        texts::notice(self, lang)
    }

    /// The text id of [`Notice::message`] and its values: the web app words some
    /// notices its own way (naming the field on its page instead of the file's key).
    pub fn parts(&self, lang: Lang) -> (&'static str, rolwijzer_core::i18n::Args) {
        texts::notice_parts(self, lang)
    }
}

/// A written export.
#[derive(Debug, Clone)]
pub struct Export {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// What the user should know about it.
    pub notices: Vec<Notice>,
}

impl Export {
    fn plain(bytes: Vec<u8>) -> Self {
        Export {
            bytes,
            notices: Vec::new(),
        }
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A template failed to render (a bug, not the user's input).
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    /// The PDF writer refused the document.
    #[error("pdf: {0}")]
    Pdf(String),
    /// The spreadsheet writer failed.
    #[error("xlsx: {0}")]
    Xlsx(String),
    /// Writing the zip container or CSV failed.
    #[error("write: {0}")]
    Io(#[from] std::io::Error),
    /// Serialising YAML or JSON failed.
    #[error("serialise: {0}")]
    Serialise(String),
}

/// Writes `doc` (analysed as `report`) in `format`.
pub fn export(
    doc: &Document,
    report: &Report,
    format: Format,
    options: &Options,
) -> Result<Export, ExportError> {
    let model = model::Model::new(doc, report, options);
    match format {
        Format::AnnexPdf => annex::pdf(&model).map(Export::plain),
        Format::AnnexOdt => annex::odt(&model).map(Export::plain),
        Format::Xlsx => sheets::xlsx(&model).map(Export::plain),
        Format::Csv => sheets::csv(&model).map(Export::plain),
        Format::Ics => calendar::ics(&model).map(Export::plain),
        Format::Markdown => markdown::markdown(&model).map(Export::plain),
        Format::Html => markdown::html(&model).map(Export::plain),
        Format::Governance => markdown::governance(&model).map(Export::plain),
        Format::Codeowners => codeowners::codeowners(&model),
        Format::Publiccode => publiccode::maintenance(&model),
        Format::Json => json::report(&model).map(Export::plain),
        Format::ContributionsCsv => sheets::contributions_csv(&model).map(Export::plain),
    }
}
