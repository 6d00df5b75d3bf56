//! Tests of the people pages.

#[allow(unused_imports)]
use crate::common::*;
