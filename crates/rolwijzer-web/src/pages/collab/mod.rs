//! A collaboration's pages (`/c/{slug}/…`), one module a page (the read-only views
//! of the analysis in `views/`), and starting a new one (`/c/new`).

mod assignment;
pub mod evaluation;
pub mod export;
pub mod history;
pub mod import;
pub mod matrix;
pub mod members;
pub mod new;
pub mod overview;
pub mod people;
pub mod publishing;
pub mod settings;
pub mod task;
pub mod views;

use rolwijzer_core::Id;
use rolwijzer_core::values::Text;

/// The name of the entry with `id` in one of the document's lists (parties, people,
/// groups), given how to read an entry's id and name.
fn name_in<T>(items: &[T], id: &str, of: impl Fn(&T) -> (&Id, &Text)) -> Option<String> {
    items
        .iter()
        .map(&of)
        .find(|(i, _)| i.as_str() == id)
        .map(|(_, name)| name.to_string())
}
