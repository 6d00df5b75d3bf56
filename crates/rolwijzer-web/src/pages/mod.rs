//! The pages, laid out as the site is: `home` (`/`, `/about`), `privacy` (`/privacy`), `auth` (`/login`,
//! `/logout`, `/setup/…`), `account` (`/account/…`), `admin` (`/admin/…`), `invite` (`/invite/…`), `public`
//! (`/p/…`) and `collab` (`/c/…`). Which handler answers which path, and who may use
//! it, is in `crate::routes`.

pub mod account;
pub mod admin;
pub mod assets;
pub mod auth;
pub mod collab;
pub mod home;
pub mod invite;
pub mod privacy;
pub mod public;
