//! The command line's own texts, next to the core's.

use rolwijzer_core::i18n::{Args, Lang, Localizer};
use std::sync::OnceLock;

const NL: &[&str] = &[include_str!("../locales/nl/cli.ftl")];
const EN: &[&str] = &[include_str!("../locales/en/cli.ftl")];

/// The CLI's texts, parsed once.
pub fn cli() -> &'static Localizer {
    static T: OnceLock<Localizer> = OnceLock::new();
    T.get_or_init(|| Localizer::from_sources(NL, EN))
}

/// A CLI message.
pub fn t(lang: Lang, id: &str, args: &Args) -> String {
    cli().get(lang, id, args)
}

/// A CLI message without values.
pub fn p(lang: Lang, id: &str) -> String {
    cli().plain(lang, id)
}

/// A core message without values.
pub fn core(lang: Lang, id: &str) -> String {
    rolwijzer_core::i18n::texts().plain(lang, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_cli_messages() {
        assert_eq!(Localizer::difference(NL, EN), (vec![], vec![]));
    }
}
