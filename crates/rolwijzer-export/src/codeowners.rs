//! CODEOWNERS from the Responsibles of the repository tasks.

use crate::model::Model;
use crate::{Export, ExportError};

/// The CODEOWNERS file.
pub(crate) fn codeowners(_m: &Model) -> Result<Export, ExportError> {
    Err(ExportError::Serialise("not yet".into()))
}
