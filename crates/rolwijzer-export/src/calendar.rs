//! The calendar: evaluation due dates, rotation hand-overs, contract end dates.

use crate::ExportError;
use crate::model::Model;

/// The ICS file.
pub(crate) fn ics(_m: &Model) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Serialise("not yet".into()))
}
