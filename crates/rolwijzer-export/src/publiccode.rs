//! publiccode.yml: the `maintenance` block out, a starter division in.

use crate::model::Model;
use crate::{Export, ExportError};
use rolwijzer_core::{Document, Lang};

/// The `maintenance` block.
pub(crate) fn maintenance(_m: &Model) -> Result<Export, ExportError> {
    Err(ExportError::Serialise("not yet".into()))
}

/// Why a publiccode.yml could not be imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    /// Line in the file, when known.
    pub line: Option<usize>,
    /// The field (`maintenance.contacts[0].name`), when known.
    pub field: Option<String>,
    /// What is wrong, as a text id and values (translated by [`ImportError::render`]).
    pub problem: String,
}

impl ImportError {
    /// The error in words, with file, line and field, and what to do.
    pub fn render(&self, file: &str, _lang: Lang) -> String {
        format!("{file}: {}", self.problem)
    }
}

/// A starter division from a publiccode.yml: maintenance, contacts and `usedBy`.
pub fn import(_text: &str, _lang: Lang) -> Result<Document, ImportError> {
    Err(ImportError {
        line: None,
        field: None,
        problem: "not yet".into(),
    })
}
