//! Placeholder; the benchmark arrives in the next commit.
fn main() {}
