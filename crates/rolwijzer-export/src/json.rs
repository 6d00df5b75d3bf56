//! The analysis as JSON: the shape of `check --format json`.

use crate::ExportError;
use crate::model::Model;

/// The report as JSON bytes.
pub fn report(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Serialise("not yet".into()))
}
