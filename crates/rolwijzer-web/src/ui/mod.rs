//! What pages share: rendering ([`render`]), the collaboration's navigation
//! ([`nav`]), findings with their fix links ([`findings`]), the form layer
//! ([`forms`]), the one save path ([`save`]), downloads, texts and charts.

pub mod download;
pub mod findings;
pub mod forms;
pub mod i18n;
pub mod nav;
pub mod render;
pub mod save;
pub mod svg;
