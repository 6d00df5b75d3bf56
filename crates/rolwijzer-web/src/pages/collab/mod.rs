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
pub mod settings;
pub mod task;
pub mod views;
