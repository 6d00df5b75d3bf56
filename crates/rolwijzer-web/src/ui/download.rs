//! How a download is sent: its media type, language and file name. Shared by the
//! export page and the API.

use axum::http::{HeaderValue, header};
use rolwijzer_core::Lang;
use rolwijzer_export::Format;

/// The file name stem from the slug, keeping only characters that are safe in any file
/// system and inside a quoted `Content-Disposition` file name.
pub fn file_stem(slug: &str) -> String {
    let stem: String = slug
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "rolwijzer".to_owned()
    } else {
        stem.to_owned()
    }
}

/// The headers of an export: its media type and language, and, as a download, an
/// attachment with a safe file name. Shared by this page and the API.
pub fn download_headers(
    h: &mut axum::http::HeaderMap,
    format: Format,
    slug: &str,
    lang: Lang,
    attachment: bool,
) {
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.media_type()),
    );
    if attachment {
        let disposition = format!(
            "attachment; filename=\"{}\"",
            format.file_name(&file_stem(slug))
        );
        if let Ok(v) = HeaderValue::from_str(&disposition) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
    }
    // Also set by the security layer; set here too because a download must never be
    // sniffed into something the browser runs (the HTML export above all).
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("open-inkomensloket"), "open-inkomensloket");
        assert_eq!(file_stem("a\"b/c\\d"), "a-b-c-d");
        assert_eq!(file_stem("Ëë"), "rolwijzer");
        assert_eq!(file_stem(""), "rolwijzer");
    }
}
