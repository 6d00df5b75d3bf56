//! HTTP plumbing: who is asking ([`ctx`]), what they may do ([`access`]), how errors
//! answer ([`error`]), security headers, caches, and starting the server.

pub mod access;
pub mod cache;
pub mod client;
pub mod ctx;
pub mod error;
pub mod microcache;
pub mod security;
pub mod startup;
pub mod work;
