//! The instance administrator's pages (`/admin/…`).

pub mod users;
