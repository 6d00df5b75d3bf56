//! Tests of the matrix pages.

#[allow(unused_imports)]
use crate::common::*;
