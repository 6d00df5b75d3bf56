//! The web app's texts: its own Fluent files next to the core's catalogue texts.

use rolwijzer_core::i18n::{Args, Localizer};
use std::sync::OnceLock;

pub use rolwijzer_core::Lang;

const NL: &[&str] = &[
    include_str!("../../locales/nl/web.ftl"),
    include_str!("../../locales/nl/web-matrix.ftl"),
    include_str!("../../locales/nl/web-people.ftl"),
    include_str!("../../locales/nl/web-views.ftl"),
    include_str!("../../locales/nl/web-history.ftl"),
    include_str!("../../locales/nl/web-export.ftl"),
    include_str!("../../locales/nl/web-api.ftl"),
    include_str!("../../locales/nl/web-accounts.ftl"),
    include_str!("../../locales/nl/web-fix.ftl"),
    include_str!("../../locales/nl/web-publishing.ftl"),
];
const EN: &[&str] = &[
    include_str!("../../locales/en/web.ftl"),
    include_str!("../../locales/en/web-matrix.ftl"),
    include_str!("../../locales/en/web-people.ftl"),
    include_str!("../../locales/en/web-views.ftl"),
    include_str!("../../locales/en/web-history.ftl"),
    include_str!("../../locales/en/web-export.ftl"),
    include_str!("../../locales/en/web-api.ftl"),
    include_str!("../../locales/en/web-accounts.ftl"),
    include_str!("../../locales/en/web-fix.ftl"),
    include_str!("../../locales/en/web-publishing.ftl"),
];

fn web() -> &'static Localizer {
    static T: OnceLock<Localizer> = OnceLock::new();
    T.get_or_init(|| Localizer::from_sources(NL, EN))
}

/// Whether the web app has a text of its own with this id (a page's own wording of a
/// finding, for example).
pub fn has_own(lang: Lang, id: &str) -> bool {
    web().has(lang, id)
}

/// A text: the web app's own first, then the core's (catalogue, findings).
pub fn text(lang: Lang, id: &str, args: &Args) -> String {
    if web().has(lang, id) {
        web().get(lang, id, args)
    } else {
        rolwijzer_core::i18n::texts().get(lang, id, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_web_messages() {
        let (only_nl, only_en) = Localizer::difference(NL, EN);
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "nl only: {only_nl:?}, en only: {only_en:?}"
        );
    }

    /// Every finding code has a web fix text in both languages, and none of them
    /// shows a document key in backquotes (that is how the core's CLI texts show them).
    #[test]
    fn every_code_has_a_web_fix_text() {
        for &code in rolwijzer_core::Code::ALL {
            for lang in Lang::ALL {
                let id = format!("fix-web-{}", code.as_str());
                assert!(web().has(lang, &id), "{id} missing in {lang:?}");
            }
        }
        for src in NL.iter().chain(EN) {
            assert!(
                !src.contains('`'),
                "a web text shows a document key in backquotes"
            );
        }
    }

    #[test]
    fn web_fluent_files_parse() {
        for src in NL.iter().chain(EN) {
            assert!(
                fluent_syntax::parser::parse(*src).is_ok(),
                "syntax error in a web .ftl file"
            );
        }
    }
}
