//! Spreadsheets: XLSX workbook and CSV.

use crate::ExportError;
use crate::model::Model;

/// The workbook.
pub(crate) fn xlsx(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Xlsx("not yet".into()))
}

/// One row per task, holder and letter.
pub(crate) fn csv(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Xlsx("not yet".into()))
}
