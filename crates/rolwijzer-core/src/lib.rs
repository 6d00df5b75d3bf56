//! rolwijzer-core: the role-division document, the catalogue of the VNG Realisatie
//! chapter "Stap 2: Verdeel rollen en taken" (CC BY-SA 4.0), and [`analyse`], the one
//! function that judges a division. No files, no network, no clock: `today` is an
//! input, so every result can be reproduced.

pub mod analyse;
pub mod catalogue;
pub mod diff;
pub mod document;
pub mod findings;
pub mod i18n;
pub mod init;
pub mod lookup;
pub mod money;
pub mod parse;
pub mod privacy;
mod problem;
pub mod time;
pub mod values;

pub use analyse::{Report, analyse};
pub use catalogue::{AmbitionLevel, Arrangement, ItemId, TaskId};
pub use document::Document;
pub use findings::{Code, Finding, Severity, Subject};
pub use i18n::Lang;
pub use parse::{Limits, ParseError, ParseErrorKind, ValueProblem, parse_document};
pub use values::{Date, Euro, Hours, Id};
