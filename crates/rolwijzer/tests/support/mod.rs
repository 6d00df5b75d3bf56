//! What every test of the whole binary shares.

use std::process::Command;

#[allow(dead_code, reason = "each test binary uses a part of the helpers")]
pub mod server;

/// The day every run of the binary in these tests lives on.
pub const TODAY: &str = "2026-11-28";

/// The binary, in an environment that gives the same output on any day, in any time
/// zone and under any locale: the clock starts at [`TODAY`] (`ROLWIJZER_TODAY`), the
/// time zone is one far from the Netherlands, and the caller's rolwijzer settings are
/// removed.
pub fn rolwijzer() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rolwijzer"));
    cmd.env("ROLWIJZER_TODAY", TODAY)
        .env("TZ", "Pacific/Kiritimati")
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .env_remove("ROLWIJZER_LANG")
        .env_remove("ROLWIJZER_DATABASE")
        .env_remove("ROLWIJZER_PUBLIC_URL")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("RUST_BACKTRACE", "0");
    cmd
}
