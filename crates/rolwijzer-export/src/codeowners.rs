//! CODEOWNERS from the Responsibles of the repository tasks.
//!
//! The code owners are the people named directly as Responsible for code repository
//! administration and technical maintenance: they review and accept changes. A party
//! or group as Responsible gets a comment, not its members: the document does not say
//! which of its people review code, and a wrong code owner blocks or leaks reviews.
//! We never guess a user name either; a person without a valid `forge_username`
//! gets a [`Notice`] and a comment.

use crate::markdown::comment;
use crate::model::{HolderKind, Model};
use crate::texts::targs;
use crate::{Export, ExportError, Notice};
use rolwijzer_core::catalogue::TaskId;
use rolwijzer_core::i18n::Args;

/// The tasks whose Responsible people own the code, in the order they are listed.
const OWNER_TASKS: [TaskId; 2] = [TaskId::RepositoryAdmin, TaskId::TechnicalMaintenance];

/// Longest user name GitHub or GitLab accepts (GitLab: 255; GitHub: 39). A longer
/// value is a pasted sentence, not a user name.
const MAX_USERNAME: usize = 255;

/// A user name as forges accept it: letters, digits, `-`, `_` and `.`. An optional
/// leading `@` is dropped (people often write it); anything else is refused rather
/// than written as a line the forge would reject or misread.
pub(crate) fn forge_username(raw: &str) -> Option<String> {
    let name = raw.trim();
    let name = name.strip_prefix('@').unwrap_or(name);
    let ok = !name.is_empty()
        && name.len() <= MAX_USERNAME
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    ok.then(|| name.to_owned())
}

/// The CODEOWNERS file.
pub(crate) fn codeowners(m: &Model) -> Result<Export, ExportError> {
    let lang = m.lang;
    let mut owners: Vec<String> = Vec::new();
    let mut notices: Vec<Notice> = Vec::new();
    let mut remarks: Vec<String> = Vec::new();
    let mut seen_people: Vec<String> = Vec::new();

    for task in OWNER_TASKS {
        let Some(row) = m.tasks.iter().find(|r| r.key == task.id()) else {
            continue;
        };
        for h in &row.responsible {
            match h.kind {
                HolderKind::Person => {
                    if seen_people.contains(&h.id) {
                        continue;
                    }
                    seen_people.push(h.id.clone());
                    match h.forge_username.as_deref().map(forge_username) {
                        Some(Some(u)) => {
                            if !owners.contains(&u) {
                                owners.push(u);
                            }
                        }
                        Some(None) => {
                            notices.push(Notice::InvalidForgeUsername {
                                person: h.id.clone(),
                                name: h.name.clone(),
                                username: h.forge_username.clone().unwrap_or_default(),
                            });
                            remarks.push(targs(
                                lang,
                                "co-invalid-username",
                                &Args::new()
                                    .with("name", h.name.clone())
                                    .with("username", h.forge_username.clone().unwrap_or_default()),
                            ));
                        }
                        None => {
                            notices.push(Notice::MissingForgeUsername {
                                person: h.id.clone(),
                                name: h.name.clone(),
                            });
                            remarks.push(targs(
                                lang,
                                "co-missing-username",
                                &Args::new().with("name", h.name.clone()),
                            ));
                        }
                    }
                }
                HolderKind::Party | HolderKind::Group | HolderKind::Unknown => {
                    remarks.push(targs(
                        lang,
                        "co-not-a-person",
                        &Args::new()
                            .with("name", h.name.clone())
                            .with("task", row.name.clone()),
                    ));
                }
            }
        }
    }

    let mut out = crate::markdown::headed(m, "co-header");
    if let Some(r) = m.revision {
        comment(
            &mut out,
            &targs(
                lang,
                "co-revision",
                &Args::new().with("revision", r.to_string()),
            ),
        );
    }
    comment(&mut out, &crate::t(lang, "co-do-not-edit"));
    comment(&mut out, &crate::t(lang, "co-who"));
    for r in &remarks {
        comment(&mut out, r);
    }
    if owners.is_empty() {
        notices.push(Notice::NoCodeOwners);
        comment(&mut out, &crate::t(lang, "co-nobody"));
    } else {
        out.push('*');
        for o in &owners {
            out.push_str(" @");
            out.push_str(o);
        }
        out.push('\n');
    }
    Ok(Export {
        bytes: out.into_bytes(),
        notices,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_names_are_checked_not_guessed() {
        assert_eq!(forge_username("jose-m"), Some("jose-m".to_owned()));
        assert_eq!(forge_username("@ines"), Some("ines".to_owned()));
        assert_eq!(forge_username("a.b_c"), Some("a.b_c".to_owned()));
        assert_eq!(forge_username("jose m"), None);
        assert_eq!(forge_username("x\n* @evil"), None);
        assert_eq!(forge_username("org/team"), None);
        assert_eq!(forge_username("@"), None);
    }
}
