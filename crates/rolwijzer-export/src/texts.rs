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
    match n {
        Notice::MissingForgeUsername { person, name } => targs(
            lang,
            "notice-missing-forge-username",
            &Args::new()
                .with("name", name.clone())
                .with("person", person.clone()),
        ),
        Notice::InvalidForgeUsername {
            person,
            name,
            username,
        } => targs(
            lang,
            "notice-invalid-forge-username",
            &Args::new()
                .with("name", name.clone())
                .with("person", person.clone())
                .with("username", username.clone()),
        ),
        Notice::NoCodeOwners => t(lang, "notice-no-code-owners"),
        // Both notices name the supplier and the contract's last day.
        Notice::ContractEnded { party, until } | Notice::ContractFarAhead { party, until } => {
            let id = if matches!(n, Notice::ContractEnded { .. }) {
                "notice-contract-ended"
            } else {
                "notice-contract-far-ahead"
            };
            targs(
                lang,
                id,
                &Args::new()
                    .with("party", party.clone())
                    .with("date", i18n::date(lang, *until)),
            )
        }
        Notice::ContractWithoutEnd { party } => targs(
            lang,
            "notice-contract-without-end",
            &Args::new().with("party", party.clone()),
        ),
        Notice::NoMaintenanceContact => t(lang, "notice-no-maintenance-contact"),
    }
}
