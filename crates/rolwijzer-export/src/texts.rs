//! The export's own texts (Fluent files per format family), falling back to the
//! core's texts (catalogue, findings) for ids they do not define.

use crate::Notice;
use rolwijzer_core::Lang;
use rolwijzer_core::i18n::{self, Args, Localizer, texts};
use std::sync::OnceLock;

const NL: &[&str] = &[
    include_str!("../locales/nl/export.ftl"),
    include_str!("../locales/nl/annex.ftl"),
    include_str!("../locales/nl/sheets.ftl"),
    include_str!("../locales/nl/text.ftl"),
];
const EN: &[&str] = &[
    include_str!("../locales/en/export.ftl"),
    include_str!("../locales/en/annex.ftl"),
    include_str!("../locales/en/sheets.ftl"),
    include_str!("../locales/en/text.ftl"),
];

/// The Fluent sources of the export texts, for tests that compare languages.
pub const SOURCES: [&[&str]; 2] = [NL, EN];

fn localizer() -> &'static Localizer {
    static L: OnceLock<Localizer> = OnceLock::new();
    L.get_or_init(|| Localizer::from_sources(NL, EN))
}

/// A text by id: the export's own, else the core's.
pub fn t(lang: Lang, id: &str) -> String {
    targs(lang, id, &Args::new())
}

/// A text by id with values: the export's own, else the core's.
pub fn targs(lang: Lang, id: &str, args: &Args) -> String {
    if localizer().has(lang, id) {
        localizer().get(lang, id, args)
    } else {
        texts().get(lang, id, args)
    }
}

pub(crate) fn notice(n: &Notice, lang: Lang) -> String {
    let (id, args) = notice_parts(n, lang);
    targs(lang, id, &args)
}

/// A notice's text id and values, so that a page can word it its own way.
pub(crate) fn notice_parts(n: &Notice, lang: Lang) -> (&'static str, Args) {
    match n {
        Notice::MissingForgeUsername { person, name } => (
            "notice-missing-forge-username",
            Args::new()
                .with("name", name.clone())
                .with("person", person.clone()),
        ),
        Notice::InvalidForgeUsername {
            person,
            name,
            username,
        } => (
            "notice-invalid-forge-username",
            Args::new()
                .with("name", name.clone())
                .with("person", person.clone())
                .with("username", username.clone()),
        ),
        Notice::NoCodeOwners => ("notice-no-code-owners", Args::new()),
        Notice::ContractEnded { party, until } => (
            "notice-contract-ended",
            Args::new()
                .with("party", party.clone())
                .with("date", i18n::date(lang, *until)),
        ),
        Notice::ContractFarAhead { party, until } => (
            "notice-contract-far-ahead",
            Args::new()
                .with("party", party.clone())
                .with("date", i18n::date(lang, *until)),
        ),
        Notice::ContractWithoutEnd { party } => (
            "notice-contract-without-end",
            Args::new().with("party", party.clone()),
        ),
        Notice::NoMaintenanceContact => ("notice-no-maintenance-contact", Args::new()),
    }
}
