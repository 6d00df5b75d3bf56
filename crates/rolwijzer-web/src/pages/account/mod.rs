//! The signed-in user's own pages (`/account/…`).

pub mod tokens;
