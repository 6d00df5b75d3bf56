//! The signed-in user's own pages (`/account/…`).

pub mod password;
pub mod tokens;
