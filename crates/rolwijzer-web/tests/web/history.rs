//! Tests of the history pages.

#[allow(unused_imports)]
use crate::common::*;
