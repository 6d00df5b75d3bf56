//! Tests of the views pages.

#[allow(unused_imports)]
use crate::common::*;
