//! The annex to the collaboration agreement: PDF/A and ODT.

use crate::ExportError;
use crate::model::Model;

/// The annex as PDF/A.
pub(crate) fn pdf(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Pdf("not yet".into()))
}

/// The annex as ODT.
pub(crate) fn odt(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Pdf("not yet".into()))
}
