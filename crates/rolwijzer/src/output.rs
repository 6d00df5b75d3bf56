//! Writing files the commands produce (`init`, `export`, `import`).

use crate::texts::t;
use rolwijzer_core::i18n::{Args, Lang};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// An I/O error in words. `prefix` picks the texts for a missing file and a refused
/// permission (`io` for reading, `backup-io` for the backup's read-and-write).
pub fn io_reason(e: &std::io::Error, lang: Lang, prefix: &str) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => crate::texts::p(lang, &format!("{prefix}-not-found")),
        K::PermissionDenied => crate::texts::p(lang, &format!("{prefix}-permission")),
        K::IsADirectory => crate::texts::p(lang, "io-directory"),
        _ => t(lang, "io-other", &Args::new().with("detail", e.to_string())),
    }
}

/// Writes a command's file with [`write_atomically`] and tells the user: `written`
/// (with `file` and `extra` arguments) on success and exit code 0; `failed` (with
/// `file` and `reason`) on failure and exit code 2.
pub fn write_and_tell(
    path: &Path,
    bytes: &[u8],
    lang: Lang,
    (written, failed): (&str, &str),
    extra: Args,
) -> ExitCode {
    let file = crate::display_path(path);
    match write_atomically(path, bytes) {
        Ok(()) => {
            eprintln!("{}", t(lang, written, &extra.with("file", file)));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let a = Args::new().with("file", file).with("reason", e.to_string());
            eprintln!("{}", t(lang, failed, &a));
            ExitCode::from(2)
        }
    }
}

/// Writes via a temporary file in the same folder and a rename, so a crash or a full
/// disk never leaves half a file where a good one was. On any error the temporary file
/// is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    // `create_new`: never write through a file or link that is already there (and
    // never remove one we did not make).
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)?;
    let result = write_and_sync(f, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes all bytes and waits until they are on disk; closes the file.
fn write_and_sync(mut f: std::fs::File, bytes: &[u8]) -> std::io::Result<()> {
    f.write_all(bytes)?;
    f.sync_all()
}
