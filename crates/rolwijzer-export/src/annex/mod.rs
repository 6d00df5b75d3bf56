//! The annex to the collaboration agreement: PDF/A and ODT.
//!
//! The guide's first practical tip is to write the division down and attach it to the
//! agreement. Both formats are laid out from one [`content::Annex`], so the PDF and the
//! ODT always say the same thing in the same order.

mod content;
mod odt;
mod pdf;

use crate::ExportError;
use crate::model::Model;

/// The annex as PDF/A.
pub(crate) fn pdf(m: &Model) -> Result<Vec<u8>, ExportError> {
    pdf::render(&content::Annex::new(m))
}

/// The annex as ODT.
pub(crate) fn odt(m: &Model) -> Result<Vec<u8>, ExportError> {
    odt::render(&content::Annex::new(m))
}
