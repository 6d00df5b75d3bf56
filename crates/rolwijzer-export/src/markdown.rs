//! Readable text: Markdown, HTML and GOVERNANCE.md.

use crate::ExportError;
use crate::model::Model;

/// The whole division as Markdown.
pub(crate) fn markdown(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Serialise("not yet".into()))
}

/// The whole division as a standalone HTML page.
pub(crate) fn html(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Serialise("not yet".into()))
}

/// GOVERNANCE.md.
pub(crate) fn governance(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Serialise("not yet".into()))
}
