//! HTTP-level tests of the web app: one test binary, one module per area, all through
//! [`common::TestApp`] (a fresh SQLite database per test, requests through the real
//! router with its middleware).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod api;
mod auth;
mod common;
mod export;
mod forget;
mod history;
mod invitations;
mod matrix;
mod matrix_edit;
mod microcache;
mod people;
mod people_large;
mod plain;
mod privacy;
mod publishing;
mod routes;
mod views;
