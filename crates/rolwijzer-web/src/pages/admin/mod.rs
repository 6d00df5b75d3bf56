//! The instance administrator's pages (`/admin/…`).

pub mod privacy;
pub mod users;
