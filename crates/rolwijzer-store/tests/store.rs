//! One test suite for the store, run against a real SQLite file always and against a
//! real PostgreSQL server when `ROLWIJZER_TEST_POSTGRES` holds its URL (each test in a
//! schema of its own, dropped afterwards).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use rolwijzer_core::parse::parse_document;
use rolwijzer_core::privacy::Level;
use rolwijzer_core::values::Text;
use rolwijzer_core::{Date, Document};
use rolwijzer_store::{
    ADDRESS_FAILURE_LIMIT, ADDRESS_WINDOW_SECS, Backend, Clock, CollabId, FREE_ATTEMPTS_PER_PAIR,
    LoginAttempt, MAX_LOGIN_DELAY_SECS, RevisionKind, Role, Saved, Store, StoreError, UserId,
    login_delay, slugify,
};

fn example() -> Document {
    let text = include_str!("../../../examples/gestructureerd-twaalf-gemeenten.yaml");
    parse_document(text.as_bytes()).unwrap()
}

/// A fresh, empty store on one backend.
struct TestDb {
    store: Store,
    _dir: Option<tempfile::TempDir>,
    pg_schema: Option<(String, String)>,
}

impl TestDb {
    async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        TestDb {
            store: Store::connect(&url).await.unwrap(),
            _dir: Some(dir),
            pg_schema: None,
        }
    }

    async fn postgres(base: &str) -> TestDb {
        let schema = format!("t_{}", random_id());
        rolwijzer_store::testing::create_schema(base, &schema)
            .await
            .unwrap();
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
        TestDb {
            store: Store::connect(&url).await.unwrap(),
            _dir: None,
            pg_schema: Some((base.to_owned(), schema)),
        }
    }

    async fn finish(self) {
        if let Some((base, schema)) = self.pg_schema {
            self.store.pool().close().await;
            rolwijzer_store::testing::drop_schema(&base, &schema)
                .await
                .unwrap();
        }
    }
}

fn random_id() -> String {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).unwrap();
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Runs a test body on SQLite, and on PostgreSQL when configured.
macro_rules! on_both {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $db = TestDb::sqlite().await;
                $body
                $db.finish().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Ok(url) = std::env::var("ROLWIJZER_TEST_POSTGRES") else {
                    eprintln!("ROLWIJZER_TEST_POSTGRES not set: PostgreSQL part skipped");
                    return;
                };
                let $db = TestDb::postgres(&url).await;
                $body
                $db.finish().await;
            }
        }
    };
}

on_both!(create_and_read_back, |db| {
    let s = &db.store;
    let user = s
        .create_user("Marie", "Marie Jansen", Some("een lang wachtwoord"), false)
        .await
        .unwrap();
    assert_eq!(user.username, "marie");
    let doc = example();
    let id = s
        .create_collaboration("open-inkomensloket", &doc, Some(user.id), "Eerste versie")
        .await
        .unwrap();
    let c = s
        .collaboration("open-inkomensloket")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((c.id, c.head, c.published), (id, 1, false));
    assert_eq!(c.name, "Open Inkomensloket");
    let rev = s.revision(id, 1).await.unwrap();
    assert_eq!(rev.document, doc);
    assert_eq!(rev.meta.author.as_deref(), Some("Marie Jansen"));
    assert_eq!(rev.meta.kind, RevisionKind::Create);
    assert_eq!(s.role(id, user.id).await.unwrap(), Some(Role::Owner));
    assert!(matches!(
        s.create_collaboration("open-inkomensloket", &doc, None, "x")
            .await,
        Err(StoreError::Taken(_))
    ));
    assert_eq!(
        s.free_slug("Open Inkomensloket").await.unwrap(),
        "open-inkomensloket-2"
    );
    // The wizard lives at /c/new: no collaboration may take that name.
    assert_eq!(s.free_slug("New").await.unwrap(), "new-2");
    // What users get: the name and a random part, whether the name is free or
    // taken, so the answer tells nothing about (private) slugs that exist.
    for wish in ["Open Inkomensloket", "Nog vrij", "New"] {
        let slug = s.new_slug(wish).await.unwrap();
        let base = slugify(wish);
        let random = slug.strip_prefix(&format!("{base}-")).unwrap();
        assert_eq!(random.len(), rolwijzer_store::SLUG_TOKEN_LEN, "{slug}");
        assert_eq!(slugify(&slug), slug);
    }
    let long = s.new_slug(&"x".repeat(80)).await.unwrap();
    assert_eq!((long.chars().count(), slugify(&long) == long), (60, true));
    assert_ne!(
        s.new_slug("a").await.unwrap(),
        s.new_slug("a").await.unwrap()
    );
});

on_both!(
    every_save_is_a_new_revision_and_nothing_is_overwritten,
    |db| {
        let s = &db.store;
        let mut doc = example();
        let id = s
            .create_collaboration("c", &doc, None, "start")
            .await
            .unwrap();
        for n in 1..=5 {
            doc.collaboration.last_evaluation =
                Some(Date::parse(&format!("2026-0{n}-01")).unwrap());
            let saved = s
                .save(
                    id,
                    n,
                    &doc,
                    None,
                    &format!("evaluatie {n}"),
                    RevisionKind::Edit,
                )
                .await
                .unwrap();
            assert_eq!(saved, Saved::Stored(n + 1));
        }
        let revs = s.revisions(id).await.unwrap();
        assert_eq!(
            revs.iter().map(|r| r.number).collect::<Vec<_>>(),
            vec![6, 5, 4, 3, 2, 1]
        );
        // The old versions are still there, unchanged.
        let third = s.revision(id, 3).await.unwrap();
        assert_eq!(
            third.document.collaboration.last_evaluation,
            Some(Date::parse("2026-02-01").unwrap())
        );
        assert_eq!(third.meta.summary, "evaluatie 2");
    }
);

on_both!(
    a_save_from_a_stale_revision_is_a_conflict_and_stores_nothing,
    |db| {
        let s = &db.store;
        let doc = example();
        let id = s
            .create_collaboration("c", &doc, None, "start")
            .await
            .unwrap();
        let mut a = doc.clone();
        a.collaboration.reserve = None;
        let mut b = doc.clone();
        b.collaboration.fixed_costs_per_month = None;
        assert_eq!(
            s.save(id, 1, &a, None, "a", RevisionKind::Edit)
                .await
                .unwrap(),
            Saved::Stored(2)
        );
        assert_eq!(
            s.save(id, 1, &b, None, "b", RevisionKind::Edit)
                .await
                .unwrap(),
            Saved::Conflict { head: 2 }
        );
        assert_eq!(s.revisions(id).await.unwrap().len(), 2);
        assert_eq!(s.revision(id, 2).await.unwrap().document, a);
    }
);

on_both!(
    concurrent_saves_from_one_revision_have_exactly_one_winner,
    |db| {
        let s = db.store.clone();
        let doc = example();
        let id = s
            .create_collaboration("c", &doc, None, "start")
            .await
            .unwrap();
        let mut tasks = Vec::new();
        for i in 0..12 {
            let s = s.clone();
            let mut d = doc.clone();
            d.collaboration.reserve = rolwijzer_core::Euro::from_euro(f64::from(i) * 1000.0).ok();
            tasks.push(tokio::spawn(async move {
                s.save(id, 1, &d, None, &format!("poging {i}"), RevisionKind::Edit)
                    .await
            }));
        }
        let mut stored = 0;
        let mut conflicts = 0;
        for t in tasks {
            match t.await.unwrap().unwrap() {
                Saved::Stored(n) => {
                    assert_eq!(n, 2);
                    stored += 1;
                }
                Saved::Conflict { head } => {
                    assert_eq!(head, 2);
                    conflicts += 1;
                }
            }
        }
        assert_eq!((stored, conflicts), (1, 11));
        assert_eq!(s.collaboration("c").await.unwrap().unwrap().head, 2);
    }
);

on_both!(memberships_and_publishing, |db| {
    let s = &db.store;
    let owner = s
        .create_user("eigenaar", "Eigenaar", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    let viewer = s
        .create_user("lezer", "Lezer", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    let outsider = s
        .create_user("buiten", "Buiten", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    let id = s
        .create_collaboration("c", &example(), Some(owner.id), "start")
        .await
        .unwrap();
    s.set_role(id, viewer.id, Role::Viewer).await.unwrap();
    assert_eq!(s.role(id, viewer.id).await.unwrap(), Some(Role::Viewer));
    s.set_role(id, viewer.id, Role::Editor).await.unwrap();
    assert_eq!(s.role(id, viewer.id).await.unwrap(), Some(Role::Editor));
    assert_eq!(s.role(id, outsider.id).await.unwrap(), None);
    let members = s.members(id).await.unwrap();
    assert_eq!(
        members
            .iter()
            .map(|m| (m.username.as_str(), m.role))
            .collect::<Vec<_>>(),
        vec![("eigenaar", Role::Owner), ("lezer", Role::Editor)]
    );
    assert_eq!(s.collaborations_of(outsider.id).await.unwrap().len(), 0);
    assert_eq!(s.collaborations_of(viewer.id).await.unwrap().len(), 1);
    assert!(s.published().await.unwrap().is_empty());
    s.set_publish_level(id, Level::Full).await.unwrap();
    assert_eq!(s.published().await.unwrap().len(), 1);
    s.remove_member(id, viewer.id).await.unwrap();
    assert_eq!(s.role(id, viewer.id).await.unwrap(), None);
    // The last owner can be neither demoted nor removed; with a second owner, yes.
    assert!(
        !s.change_member_keeping_an_owner(id, owner.id, Some(Role::Editor))
            .await
            .unwrap()
    );
    assert!(
        !s.change_member_keeping_an_owner(id, owner.id, None)
            .await
            .unwrap()
    );
    assert_eq!(s.role(id, owner.id).await.unwrap(), Some(Role::Owner));
    assert!(
        s.change_member_keeping_an_owner(id, viewer.id, Some(Role::Owner))
            .await
            .unwrap()
    );
    assert!(
        s.change_member_keeping_an_owner(id, owner.id, Some(Role::Viewer))
            .await
            .unwrap()
    );
    assert_eq!(s.role(id, owner.id).await.unwrap(), Some(Role::Viewer));
});

on_both!(passwords_sessions_and_links, |db| {
    let s = &db.store;
    let admin = s
        .create_user("beheer", "Beheerder", None, true)
        .await
        .unwrap();
    assert!(!admin.has_password);
    assert!(s.check_password("beheer", "").await.unwrap().is_none());
    let token = s.create_password_token(admin.id, 3600).await.unwrap();
    assert_eq!(
        s.password_token_user(&token).await.unwrap().map(|u| u.id),
        Some(admin.id)
    );
    let user = s
        .use_password_token(&token, "correct paard batterij")
        .await
        .unwrap()
        .unwrap();
    assert!(user.has_password && user.is_admin);
    // A link works once.
    assert!(
        s.use_password_token(&token, "nog een keer")
            .await
            .unwrap()
            .is_none()
    );
    assert!(s.check_password("beheer", "fout").await.unwrap().is_none());
    assert!(s.check_password("nobody", "fout").await.unwrap().is_none());
    let u = s
        .check_password("Beheer", "correct paard batterij")
        .await
        .unwrap()
        .unwrap();
    let cookie = s.create_session(u.id, 3600).await.unwrap();
    let session = s.session(&cookie).await.unwrap().unwrap();
    assert_eq!(session.user.id, u.id);
    assert_eq!(session.csrf_token.len(), 64);
    assert!(s.session("niet-bestaand").await.unwrap().is_none());
    // A new password ends existing sessions.
    s.set_password(u.id, "een nieuw wachtwoord").await.unwrap();
    assert!(s.session(&cookie).await.unwrap().is_none());
    let cookie = s.create_session(u.id, 3600).await.unwrap();
    s.delete_session(&cookie).await.unwrap();
    assert!(s.session(&cookie).await.unwrap().is_none());
    // An expired session is gone.
    let cookie = s.create_session(u.id, -1).await.unwrap();
    assert!(s.session(&cookie).await.unwrap().is_none());
});

/// A moment for throttling tests; the clock stands still there until advanced.
const T0: i64 = 1_764_000_000;

on_both!(
    parallel_attempts_for_one_pair_get_at_most_the_free_checks,
    |db| {
        let s = db.store.clone().with_clock(Clock::pinned(T0));
        let mut tasks = Vec::new();
        for _ in 0..30 {
            let s = s.clone();
            tasks.push(tokio::spawn(async move {
                s.begin_login_attempt("beheerder", "192.0.2.7")
                    .await
                    .unwrap()
            }));
        }
        let mut checks = 0;
        let mut waits = Vec::new();
        for t in tasks {
            match t.await.unwrap() {
                LoginAttempt::Check => checks += 1,
                LoginAttempt::Wait(secs) => waits.push(secs),
            }
        }
        // Counted and decided in one step: never more checks than the free attempts.
        assert_eq!(checks, FREE_ATTEMPTS_PER_PAIR);
        assert!(waits.iter().all(|w| *w == 8), "{waits:?}");
        assert_eq!(
            s.login_failures("beheerder", "192.0.2.7").await.unwrap(),
            (3, 3)
        );
    }
);

on_both!(
    a_pair_waits_longer_after_each_failure_and_a_right_password_resets_it,
    |db| {
        let s = db.store.clone().with_clock(Clock::pinned(T0));
        let (who, from) = ("marie", "192.0.2.7");
        for _ in 0..3 {
            assert_eq!(
                s.begin_login_attempt(who, from).await.unwrap(),
                LoginAttempt::Check
            );
        }
        for expected in [8, 16, 32] {
            assert_eq!(
                s.begin_login_attempt(who, from).await.unwrap(),
                LoginAttempt::Wait(expected)
            );
            s.clock().advance(expected - 1);
            assert_eq!(
                s.begin_login_attempt(who, from).await.unwrap(),
                LoginAttempt::Wait(1)
            );
            s.clock().advance(1);
            assert_eq!(
                s.begin_login_attempt(who, from).await.unwrap(),
                LoginAttempt::Check
            );
        }
        // Other addresses and other accounts are not slowed by this pair.
        assert_eq!(
            s.begin_login_attempt(who, "198.51.100.1").await.unwrap(),
            LoginAttempt::Check
        );
        assert_eq!(
            s.begin_login_attempt("jan", from).await.unwrap(),
            LoginAttempt::Check
        );
        // The delay never grows past the cap.
        assert_eq!(login_delay(40, false), MAX_LOGIN_DELAY_SECS);
        // A right password (after the wait) forgets the pair.
        s.clock().advance(64);
        assert_eq!(
            s.begin_login_attempt(who, from).await.unwrap(),
            LoginAttempt::Check
        );
        s.login_succeeded(who, from).await.unwrap();
        assert_eq!(s.login_failures(who, from).await.unwrap().0, 0);
        assert_eq!(
            s.begin_login_attempt(who, from).await.unwrap(),
            LoginAttempt::Check
        );
    }
);

on_both!(
    an_address_over_its_limit_is_slowed_only_on_accounts_it_failed_on,
    |db| {
        let s = db.store.clone().with_clock(Clock::pinned(T0));
        let from = "192.0.2.9";
        for i in 0..ADDRESS_FAILURE_LIMIT {
            let name = format!("gok{i}");
            assert_eq!(
                s.begin_login_attempt(&name, from).await.unwrap(),
                LoginAttempt::Check
            );
        }
        // One failure on `gok0` is now enough to wait the full delay...
        assert_eq!(
            s.begin_login_attempt("gok0", from).await.unwrap(),
            LoginAttempt::Wait(MAX_LOGIN_DELAY_SECS)
        );
        // ...but an account this address has not failed on is checked, from here and
        // from elsewhere.
        assert_eq!(
            s.begin_login_attempt("beheerder", from).await.unwrap(),
            LoginAttempt::Check
        );
        s.login_succeeded("beheerder", from).await.unwrap();
        assert_eq!(
            s.begin_login_attempt("gok0", "198.51.100.1").await.unwrap(),
            LoginAttempt::Check
        );
        // After a quiet window the address starts again.
        s.clock().advance(ADDRESS_WINDOW_SECS);
        assert_eq!(
            s.begin_login_attempt("gok0", from).await.unwrap(),
            LoginAttempt::Check
        );
    }
);

on_both!(evaluations_are_dated_snapshots, |db| {
    let s = &db.store;
    let id = s
        .create_collaboration("c", &example(), None, "start")
        .await
        .unwrap();
    s.record_evaluation(id, 1, "2026-03-01", None)
        .await
        .unwrap();
    assert!(matches!(
        s.record_evaluation(id, 1, "2026-03-02", None).await,
        Err(StoreError::Taken(_))
    ));
    let evals = s.evaluations(id).await.unwrap();
    assert_eq!(evals.len(), 1);
    assert_eq!(evals[0].evaluated_on, "2026-03-01");
});

#[tokio::test]
async fn sqlite_file_is_in_wal_mode_and_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("r.db").display());
    {
        let s = Store::connect(&url).await.unwrap();
        assert_eq!(s.backend(), Backend::Sqlite);
        assert_eq!(s.journal_mode().await.unwrap(), "wal");
        s.create_collaboration("c", &example(), None, "start")
            .await
            .unwrap();
        s.pool().close().await;
    }
    let s = Store::connect(&url).await.unwrap();
    assert_eq!(s.count_collaborations().await.unwrap(), 1);
}

#[tokio::test]
async fn a_database_from_a_newer_rolwijzer_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("new.db").display());
    let s = Store::connect(&url).await.unwrap();
    rolwijzer_store::testing::pretend_newer_schema(&s, 999)
        .await
        .unwrap();
    s.pool().close().await;
    match Store::connect(&url).await {
        Err(StoreError::DatabaseTooNew { found, known }) => assert_eq!((found, known), (999, 8)),
        other => panic!("expected DatabaseTooNew, got {other:?}"),
    }
}

#[tokio::test]
async fn data_in_the_schema_1_layout_survives_the_migration_to_the_latest() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    let old = rolwijzer_store::testing::sqlite_at_version(&url, 1)
        .await
        .unwrap();
    // Rows as rolwijzer with schema 1 wrote them.
    let doc_json = rolwijzer_core::parse::to_json(&example());
    let insert = format!(
        "INSERT INTO users (id, username, display_name, password_hash, is_admin, created_at) VALUES (7, 'marie', 'Marie Jansen', NULL, 0, 1700000000);
         INSERT INTO collaborations (id, slug, head, published, created_at) VALUES (3, 'oud', 2, 1, 1700000000);
         INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) VALUES (3, 1, '{j}', 7, 1700000000, 'eerste', 'create');
         INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) VALUES (3, 2, '{j}', 7, 1700000100, 'tweede', 'edit');
         INSERT INTO memberships (collaboration_id, user_id, role) VALUES (3, 7, 'owner');",
        j = doc_json.replace('\'', "''")
    );
    rolwijzer_store::testing::execute(&old, &insert)
        .await
        .unwrap();
    old.close().await;

    let s = Store::connect(&url).await.unwrap();
    let c = s.collaboration("oud").await.unwrap().unwrap();
    let (oud, marie) = (CollabId::new(3), UserId::new(7));
    assert_eq!(
        (c.id, c.head, c.published, c.name.as_str()),
        (oud, 2, true, "Open Inkomensloket")
    );
    assert_eq!(s.revision(oud, 2).await.unwrap().document, example());
    let revs = s.revisions(oud).await.unwrap();
    assert_eq!(
        revs.iter().map(|r| r.summary.as_str()).collect::<Vec<_>>(),
        vec!["tweede", "eerste"]
    );
    assert_eq!(revs[0].author.as_deref(), Some("Marie Jansen"));
    assert_eq!(s.role(oud, marie).await.unwrap(), Some(Role::Owner));
    // And the migrated database keeps working: a new save continues the numbering.
    assert_eq!(
        s.save(oud, 2, &example(), Some(marie), "derde", RevisionKind::Edit)
            .await
            .unwrap(),
        Saved::Stored(3)
    );
}

#[tokio::test]
async fn unsupported_urls_are_named() {
    assert!(matches!(
        Store::connect("mysql://x").await,
        Err(StoreError::UnsupportedUrl(_))
    ));
}

on_both!(api_tokens_are_stored_hashed_used_and_revoked, |db| {
    use sha2::Digest;
    let s = &db.store;
    let marie = s
        .create_user("marie", "Marie", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    let kees = s
        .create_user("kees", "Kees", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    let (id, secret) = s
        .create_api_token(marie.id, "  jaarplanning  ")
        .await
        .unwrap()
        .unwrap();
    assert!(secret.starts_with(rolwijzer_store::API_TOKEN_PREFIX));
    assert_eq!(secret.len(), 4 + 64);
    assert!(rolwijzer_store::is_api_token(&secret));
    // Only the hash is in the database, never the secret.
    let rows = sqlx::query("SELECT token_hash, name FROM api_tokens")
        .fetch_all(s.pool())
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let hash: String = sqlx::Row::try_get(&rows[0], 0).unwrap();
    let name: String = sqlx::Row::try_get(&rows[0], 1).unwrap();
    let expected: String = sha2::Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(hash, expected);
    assert!(!hash.contains(&secret[4..]));
    assert_eq!(name, "jaarplanning");

    let listed = s.api_tokens(marie.id).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].id, listed[0].name.as_str()),
        (id, "jaarplanning")
    );
    assert_eq!((listed[0].last_used_at, listed[0].revoked_at), (None, None));
    assert!(s.api_tokens(kees.id).await.unwrap().is_empty());

    assert_eq!(
        s.user_for_api_token(&secret).await.unwrap().map(|u| u.id),
        Some(marie.id)
    );
    assert!(
        s.api_tokens(marie.id).await.unwrap()[0]
            .last_used_at
            .is_some()
    );
    // Wrong, malformed and session-shaped secrets find no one.
    let mut wrong = secret.clone();
    wrong.replace_range(10..11, if &secret[10..11] == "0" { "1" } else { "0" });
    for bad in [
        wrong.as_str(),
        &secret[4..],
        "rwt_",
        "rwt_xyz",
        "",
        &format!("{secret}0"),
    ] {
        assert!(s.user_for_api_token(bad).await.unwrap().is_none(), "{bad}");
    }

    // Only the owner can revoke, once; a revoked token no longer works.
    assert!(!s.revoke_api_token(kees.id, id).await.unwrap());
    assert!(s.user_for_api_token(&secret).await.unwrap().is_some());
    assert!(s.revoke_api_token(marie.id, id).await.unwrap());
    assert!(!s.revoke_api_token(marie.id, id).await.unwrap());
    assert!(!s.revoke_api_token(marie.id, id + 1000).await.unwrap());
    assert!(s.user_for_api_token(&secret).await.unwrap().is_none());
    assert!(
        s.api_tokens(marie.id).await.unwrap()[0]
            .revoked_at
            .is_some()
    );
});

on_both!(api_token_names_and_numbers_are_limited, |db| {
    use rolwijzer_store::{ApiTokenRefused, MAX_ACTIVE_API_TOKENS, MAX_API_TOKEN_NAME_CHARS};
    let s = &db.store;
    let u = s
        .create_user("marie", "Marie", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    assert_eq!(
        s.create_api_token(u.id, "   ").await.unwrap(),
        Err(ApiTokenRefused::EmptyName)
    );
    let long = "é".repeat(MAX_API_TOKEN_NAME_CHARS + 1);
    assert_eq!(
        s.create_api_token(u.id, &long).await.unwrap(),
        Err(ApiTokenRefused::NameTooLong)
    );
    // The limit counts characters, not bytes.
    let longest = "é".repeat(MAX_API_TOKEN_NAME_CHARS);
    let (first, _) = s.create_api_token(u.id, &longest).await.unwrap().unwrap();
    for n in 1..MAX_ACTIVE_API_TOKENS {
        s.create_api_token(u.id, &format!("sleutel {n}"))
            .await
            .unwrap()
            .unwrap();
    }
    assert_eq!(
        s.create_api_token(u.id, "een te veel").await.unwrap(),
        Err(ApiTokenRefused::TooMany)
    );
    // Revoked tokens do not count.
    assert!(s.revoke_api_token(u.id, first).await.unwrap());
    assert!(
        s.create_api_token(u.id, "weer ruimte")
            .await
            .unwrap()
            .is_ok()
    );
    assert_eq!(
        s.api_tokens(u.id).await.unwrap().len() as i64,
        MAX_ACTIVE_API_TOKENS + 1
    );
    assert!(matches!(
        s.create_api_token(UserId::new(u.id.get() + 1000), "niemand")
            .await,
        Err(StoreError::NotFound)
    ));
});

on_both!(concurrent_token_requests_stay_within_the_limit, |db| {
    use rolwijzer_store::MAX_ACTIVE_API_TOKENS;
    let s = db.store.clone();
    let u = s
        .create_user("marie", "Marie", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    for n in 1..MAX_ACTIVE_API_TOKENS {
        s.create_api_token(u.id, &format!("sleutel {n}"))
            .await
            .unwrap()
            .unwrap();
    }
    let mut tasks = Vec::new();
    for i in 0..6 {
        let s = s.clone();
        tasks.push(tokio::spawn(async move {
            s.create_api_token(u.id, &format!("tegelijk {i}")).await
        }));
    }
    let mut made = 0;
    for t in tasks {
        if t.await.unwrap().unwrap().is_ok() {
            made += 1;
        }
    }
    assert_eq!(made, 1);
    assert_eq!(
        s.api_tokens(u.id).await.unwrap().len() as i64,
        MAX_ACTIVE_API_TOKENS
    );
});

#[tokio::test]
async fn a_schema_2_database_gets_api_tokens_and_keeps_its_users() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("v2.db").display());
    let old = rolwijzer_store::testing::sqlite_at_version(&url, 2)
        .await
        .unwrap();
    rolwijzer_store::testing::execute(
        &old,
        "INSERT INTO users (id, username, display_name, password_hash, is_admin, created_at) \
         VALUES (7, 'marie', 'Marie Jansen', NULL, 1, 1700000000);",
    )
    .await
    .unwrap();
    old.close().await;

    let s = Store::connect(&url).await.unwrap();
    let marie = s.user(UserId::new(7)).await.unwrap().unwrap();
    assert_eq!((marie.username.as_str(), marie.is_admin), ("marie", true));
    let (_, secret) = s
        .create_api_token(marie.id, "script")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        s.user_for_api_token(&secret).await.unwrap().map(|u| u.id),
        Some(UserId::new(7))
    );
}

on_both!(the_name_follows_the_head_revision, |db| {
    let s = &db.store;
    let owner = s
        .create_user("eigenaar", "Eigenaar", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    let doc = example();
    let id = s
        .create_collaboration("c", &doc, Some(owner.id), "start")
        .await
        .unwrap();
    s.set_publish_level(id, Level::Full).await.unwrap();
    let mut renamed = doc.clone();
    renamed.collaboration.name = Text::new("Open Formulieren").unwrap();
    assert_eq!(
        s.save(id, 1, &renamed, None, "nieuwe naam", RevisionKind::Edit)
            .await
            .unwrap(),
        Saved::Stored(2)
    );
    let names =
        |c: Vec<rolwijzer_store::Collaboration>| c.into_iter().map(|c| c.name).collect::<Vec<_>>();
    assert_eq!(
        s.collaboration("c").await.unwrap().unwrap().name,
        "Open Formulieren"
    );
    assert_eq!(
        names(s.published().await.unwrap()),
        vec!["Open Formulieren"]
    );
    assert_eq!(
        s.collaborations_of(owner.id).await.unwrap()[0].0.name,
        "Open Formulieren"
    );
    // A conflicting save stores nothing, the name included.
    assert_eq!(
        s.save(id, 1, &doc, None, "te laat", RevisionKind::Edit)
            .await
            .unwrap(),
        Saved::Conflict { head: 2 }
    );
    assert_eq!(
        s.collaboration("c").await.unwrap().unwrap().name,
        "Open Formulieren"
    );
    // Restoring the first revision brings its name back.
    assert_eq!(
        s.save(id, 2, &doc, None, "terug", RevisionKind::Restore)
            .await
            .unwrap(),
        Saved::Stored(3)
    );
    assert_eq!(
        s.collaboration("c").await.unwrap().unwrap().name,
        "Open Inkomensloket"
    );
});

/// A database on one backend at an older schema, as an older rolwijzer left it: the
/// URL to open it with the store, and the raw pool to load old rows.
struct OldDb {
    url: String,
    pool: sqlx::AnyPool,
    _dir: Option<tempfile::TempDir>,
    pg_schema: Option<(String, String)>,
}

impl OldDb {
    async fn sqlite(version: i64) -> OldDb {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("old.db").display());
        let pool = rolwijzer_store::testing::sqlite_at_version(&url, version)
            .await
            .unwrap();
        OldDb {
            url,
            pool,
            _dir: Some(dir),
            pg_schema: None,
        }
    }

    async fn postgres(base: &str, version: i64) -> OldDb {
        let schema = format!("t_{}", random_id());
        rolwijzer_store::testing::create_schema(base, &schema)
            .await
            .unwrap();
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
        let pool = rolwijzer_store::testing::postgres_at_version(&url, version)
            .await
            .unwrap();
        OldDb {
            url,
            pool,
            _dir: None,
            pg_schema: Some((base.to_owned(), schema)),
        }
    }

    async fn finish(self, store: Store) {
        store.pool().close().await;
        if let Some((base, schema)) = self.pg_schema {
            rolwijzer_store::testing::drop_schema(&base, &schema)
                .await
                .unwrap();
        }
    }
}

/// Loads rows as rolwijzer with schema 3 wrote them (no name column), migrates, and
/// checks that every collaboration has the name of its head revision.
async fn names_survive_the_migration_from_schema_3(old: OldDb) {
    let first = example();
    let mut renamed = example();
    renamed.collaboration.name = Text::new("Open Formulieren").unwrap();
    let json = |d: &Document| rolwijzer_core::parse::to_json(d).replace('\'', "''");
    let insert = format!(
        "INSERT INTO users (id, username, display_name, password_hash, is_admin, created_at) VALUES (7, 'marie', 'Marie Jansen', NULL, 0, 1700000000);
         INSERT INTO collaborations (id, slug, head, published, created_at) VALUES (3, 'oud', 2, 1, 1700000000);
         INSERT INTO collaborations (id, slug, head, published, created_at) VALUES (4, 'ander', 1, 0, 1700000000);
         INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) VALUES (3, 1, '{a}', 7, 1700000000, 'eerste', 'create');
         INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) VALUES (3, 2, '{b}', 7, 1700000100, 'nieuwe naam', 'edit');
         INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) VALUES (4, 1, '{a}', 7, 1700000000, 'eerste', 'create');
         INSERT INTO memberships (collaboration_id, user_id, role) VALUES (3, 7, 'owner');
         INSERT INTO memberships (collaboration_id, user_id, role) VALUES (4, 7, 'editor');",
        a = json(&first),
        b = json(&renamed),
    );
    rolwijzer_store::testing::execute(&old.pool, &insert)
        .await
        .unwrap();
    old.pool.close().await;

    let s = Store::connect(&old.url).await.unwrap();
    let (oud, ander, marie) = (CollabId::new(3), CollabId::new(4), UserId::new(7));
    let c = s.collaboration("oud").await.unwrap().unwrap();
    // The head's name, not the first revision's.
    assert_eq!(
        (c.id, c.head, c.published, c.name.as_str()),
        (oud, 2, true, "Open Formulieren")
    );
    let c = s.collaboration("ander").await.unwrap().unwrap();
    assert_eq!((c.id, c.name.as_str()), (ander, "Open Inkomensloket"));
    let mine = s.collaborations_of(marie).await.unwrap();
    assert_eq!(
        mine.iter()
            .map(|(c, r)| (c.name.as_str(), *r))
            .collect::<Vec<_>>(),
        vec![
            ("Open Formulieren", Role::Owner),
            ("Open Inkomensloket", Role::Editor)
        ]
    );
    assert_eq!(
        s.published()
            .await
            .unwrap()
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        vec!["Open Formulieren"]
    );
    assert_eq!(s.revision(oud, 1).await.unwrap().document, first);
    // The migrated database keeps working: a save continues the numbering and the name.
    assert_eq!(
        s.save(
            oud,
            2,
            &first,
            Some(marie),
            "oude naam",
            RevisionKind::Restore
        )
        .await
        .unwrap(),
        Saved::Stored(3)
    );
    assert_eq!(
        s.collaboration("oud").await.unwrap().unwrap().name,
        "Open Inkomensloket"
    );
    old.finish(s).await;
}

mod data_in_the_schema_3_layout_keeps_its_names_in_schema_4 {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        names_survive_the_migration_from_schema_3(OldDb::sqlite(3).await).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        let Ok(url) = std::env::var("ROLWIJZER_TEST_POSTGRES") else {
            eprintln!("ROLWIJZER_TEST_POSTGRES not set: PostgreSQL part skipped");
            return;
        };
        names_survive_the_migration_from_schema_3(OldDb::postgres(&url, 3).await).await;
    }
}

/// Every stored byte of the test database that could hold personal data: on SQLite
/// the file and its write-ahead log; on PostgreSQL the documents and summaries.
async fn stored_text(db: &TestDb) -> String {
    match &db._dir {
        Some(dir) => {
            let mut all = Vec::new();
            for name in ["test.db", "test.db-wal"] {
                if let Ok(bytes) = std::fs::read(dir.path().join(name)) {
                    all.extend(bytes);
                }
            }
            String::from_utf8_lossy(&all).into_owned()
        }
        None => {
            let rows = sqlx::query("SELECT document, summary FROM revisions")
                .fetch_all(db.store.pool())
                .await
                .unwrap();
            use sqlx::Row;
            rows.iter()
                .map(|r| {
                    format!(
                        "{}{}",
                        r.try_get::<String, _>("document").unwrap(),
                        r.try_get::<String, _>("summary").unwrap()
                    )
                })
                .collect()
        }
    }
}

fn web_actor(user: UserId) -> rolwijzer_store::Actor {
    rolwijzer_store::Actor {
        user: Some(user),
        via: rolwijzer_store::Via::Web,
    }
}

on_both!(forgetting_a_person_rewrites_every_revision, |db| {
    let s = &db.store;
    let owner = s
        .create_user("eigenaar", "Eigenaar", None, false)
        .await
        .unwrap();
    let doc = example();
    let id = s
        .create_collaboration("proef", &doc, Some(owner.id), "Eerste versie")
        .await
        .unwrap();
    // Revision 2 mentions Eva in a note and its summary; revision 3 removes her, so
    // only older revisions still hold her record.
    let mut with_note = doc.clone();
    with_note.assignments[0].notes = Text::new("Vraag Eva van den Broek of Gerard").ok();
    s.save(
        id,
        1,
        &with_note,
        Some(owner.id),
        "Notitie voor Eva van den Broek",
        RevisionKind::Edit,
    )
    .await
    .unwrap();
    let mut without = with_note.clone();
    without.people.retain(|p| p.id.as_str() != "eva");
    s.save(id, 2, &without, Some(owner.id), "Weg", RevisionKind::Edit)
        .await
        .unwrap();
    assert!(stored_text(&db).await.contains("eva.vandenbroek@tilburg"));

    let req = rolwijzer_store::ForgetRequest {
        collaboration: id,
        person: "eva",
        word: "oud-medewerker",
        reason: "Eva van den Broek is vertrokken en vroeg erom",
        summary: &|label| format!("Persoonsgegevens van {label} gewist"),
        by: web_actor(owner.id),
    };
    let done = s.forget_person(req).await.unwrap().unwrap();
    assert_eq!(
        (
            done.label.as_str(),
            done.id.as_str(),
            done.revisions,
            done.head
        ),
        ("oud-medewerker 1", "oud-medewerker-1", 3, 4)
    );
    let text = stored_text(&db).await;
    for secret in ["Eva van den Broek", "eva.vandenbroek@tilburg"] {
        assert!(!text.contains(secret), "{secret} still stored");
    }
    // Her place in old revisions stays, under the neutral label; Gerard is untouched.
    let old = s.revision(id, 1).await.unwrap().document;
    assert!(
        old.people
            .iter()
            .any(|p| p.name.as_str() == "oud-medewerker 1")
    );
    assert!(
        old.people
            .iter()
            .any(|p| p.name.as_str() == "Gerard Brouwers")
    );
    let note = s.revision(id, 2).await.unwrap();
    assert_eq!(note.meta.summary, "Notitie voor oud-medewerker 1");
    assert_eq!(
        note.document.assignments[0]
            .notes
            .as_ref()
            .map(Text::as_str),
        Some("Vraag oud-medewerker 1 of Gerard")
    );
    assert_eq!(s.collaboration("proef").await.unwrap().unwrap().head, 4);
    assert_eq!(
        s.revision(id, 4).await.unwrap().meta.summary,
        "Persoonsgegevens van oud-medewerker 1 gewist"
    );
    // The log says who, when and why, without her name.
    let log = s.privacy_log(Some(id)).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (
            log[0].action.as_str(),
            log[0].actor.as_deref(),
            log[0].subject.as_str()
        ),
        ("forget-person", Some("Eigenaar"), "oud-medewerker 1")
    );
    assert_eq!(
        log[0].reason,
        "oud-medewerker 1 is vertrokken en vroeg erom"
    );
    // Someone no revision holds: nothing happens. The next one is number 2.
    let none = rolwijzer_store::ForgetRequest {
        person: "eva",
        ..req
    };
    assert_eq!(s.forget_person(none).await.unwrap(), None);
    let gerard = rolwijzer_store::ForgetRequest {
        person: "gerard",
        ..req
    };
    assert_eq!(
        s.forget_person(gerard).await.unwrap().unwrap().label,
        "oud-medewerker 2"
    );
});

on_both!(deleting_an_account_unlinks_its_revisions, |db| {
    let s = &db.store;
    let admin = s
        .create_user("beheerder", "Beheerder", None, true)
        .await
        .unwrap();
    let user = s
        .create_user(
            "dave",
            "Dave de Schrijver",
            Some("een lang wachtwoord"),
            false,
        )
        .await
        .unwrap();
    let id = s
        .create_collaboration("proef", &example(), Some(user.id), "Eerste versie")
        .await
        .unwrap();
    s.create_session(user.id, 3600).await.unwrap();
    s.create_api_token(user.id, "script")
        .await
        .unwrap()
        .unwrap();
    s.record_evaluation(id, 1, "2026-01-05", Some(user.id))
        .await
        .unwrap();
    let by = rolwijzer_store::Actor {
        user: Some(admin.id),
        via: rolwijzer_store::Via::Cli,
    };
    assert!(
        s.delete_account(user.id, "Verzoek van dave (Dave de Schrijver)", by)
            .await
            .unwrap()
    );
    assert_eq!(s.user_by_name("dave").await.unwrap(), None);
    assert_eq!(s.revision(id, 1).await.unwrap().meta.author, None);
    assert_eq!(s.members(id).await.unwrap(), vec![]);
    assert!(!stored_text(&db).await.contains("Dave de Schrijver"));
    let log = s.privacy_log(None).await.unwrap();
    assert_eq!(log[0].action, "delete-account");
    assert_eq!(log[0].reason, "Verzoek van … (…)");
    assert!(!s.delete_account(user.id, "nog eens", by).await.unwrap());
});

on_both!(inzage_finds_a_person_and_an_account_everywhere, |db| {
    let s = &db.store;
    let user = s
        .create_user("marie", "Marie Jansen", None, false)
        .await
        .unwrap();
    let a = s
        .create_collaboration("een", &example(), Some(user.id), "Eerste versie")
        .await
        .unwrap();
    let mut changed = example();
    changed.people[0].phone = Text::new("013 123 4567").ok();
    s.save(
        a,
        1,
        &changed,
        Some(user.id),
        "Telefoon",
        RevisionKind::Edit,
    )
    .await
    .unwrap();
    s.create_collaboration("twee", &example(), None, "Eerste versie")
        .await
        .unwrap();
    let by = web_actor(user.id);
    let out = s
        .export_person("Eva.vandenBroek@tilburg.example.nl", "verzoek", by)
        .await
        .unwrap();
    let c = out["collaborations"].as_array().unwrap();
    assert_eq!(c.len(), 2);
    assert_eq!(c[0]["slug"], "een");
    // Two records in "een" (before and after the phone number), one in "twee".
    assert_eq!(c[0]["records"].as_array().unwrap().len(), 2);
    assert_eq!(c[0]["records"][0]["revisions"], serde_json::json!([1]));
    assert_eq!(c[0]["records"][1]["person"]["phone"], "013 123 4567");
    assert_eq!(c[1]["records"][0]["person"]["name"], "Eva van den Broek");

    let acc = s
        .export_account("marie", "verzoek", by)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(acc["account"]["display_name"], "Marie Jansen");
    assert_eq!(acc["memberships"][0]["role"], "owner");
    assert_eq!(acc["revisions_written"].as_array().unwrap().len(), 2);
    assert!(!acc.to_string().contains("argon2"));
    assert_eq!(s.export_account("niemand", "x", by).await.unwrap(), None);
    // Both requests are logged, without the address.
    let log = s.privacy_log(None).await.unwrap();
    assert_eq!(log.len(), 2);
    assert!(
        log.iter()
            .all(|l| l.action == "inzage" && !l.subject.contains('@'))
    );
});

on_both!(retention_keeps_heads_and_evaluated_revisions, |db| {
    let s = db
        .store
        .clone()
        .with_clock(Clock::pinned_at_noon(Date::parse("2026-01-01").unwrap()));
    let id = s
        .create_collaboration("proef", &example(), None, "Eerste versie")
        .await
        .unwrap();
    let mut doc = example();
    for n in 1..=3_i64 {
        doc.people[0].hours_per_week = rolwijzer_core::Hours::new(n as f64).ok();
        s.save(id, n, &doc, None, "Uren", RevisionKind::Edit)
            .await
            .unwrap();
    }
    s.record_evaluation(id, 2, "2026-01-01", None)
        .await
        .unwrap();
    // A second collaboration whose only revision is old: its head stays.
    let other = s
        .create_collaboration("ander", &example(), None, "Eerste versie")
        .await
        .unwrap();
    s.clock().advance(40 * 86_400);
    doc.people[0].hours_per_week = rolwijzer_core::Hours::new(9.0).ok();
    s.save(id, 4, &doc, None, "Uren", RevisionKind::Edit)
        .await
        .unwrap();
    // Nothing is 60 days old yet.
    assert_eq!(s.prune_revisions(60).await.unwrap(), 0);
    // 30 days: revisions 1, 3 and 4 go; 2 (evaluated) and 5 (the head) stay.
    assert_eq!(s.prune_revisions(30).await.unwrap(), 3);
    let left: Vec<i64> = s
        .revisions(id)
        .await
        .unwrap()
        .iter()
        .map(|r| r.number)
        .collect();
    assert_eq!(left, vec![5, 2]);
    assert_eq!(s.revisions(other).await.unwrap().len(), 1);
    assert_eq!(s.revision(id, 2).await.unwrap().meta.number, 2);
});

on_both!(limits_on_collaborations_and_bytes, |db| {
    let s = db.store.clone().with_quota(rolwijzer_store::Quota {
        collaborations_per_account: Some(2),
        bytes_per_collaboration: Some(3 * rolwijzer_core::parse::to_json(&example()).len() as u64),
    });
    let user = s.create_user("marie", "Marie", None, false).await.unwrap();
    for slug in ["een", "twee"] {
        s.create_collaboration(slug, &example(), Some(user.id), "x")
            .await
            .unwrap();
    }
    assert!(matches!(
        s.create_collaboration("drie", &example(), Some(user.id), "x")
            .await,
        Err(StoreError::Limit(
            rolwijzer_store::LimitReached::Collaborations { max: 2 }
        ))
    ));
    assert_eq!(s.collaboration("drie").await.unwrap(), None);
    // Another account still may.
    let other = s.create_user("bram", "Bram", None, false).await.unwrap();
    s.create_collaboration("drie", &example(), Some(other.id), "x")
        .await
        .unwrap();

    let id = s.collaboration("een").await.unwrap().unwrap().id;
    let mut doc = example();
    doc.people[0].phone = Text::new("1").ok();
    s.save(id, 1, &doc, None, "x", RevisionKind::Edit)
        .await
        .unwrap();
    doc.people[0].phone = Text::new("2").ok();
    assert!(matches!(
        s.save(id, 2, &doc, None, "x", RevisionKind::Edit).await,
        Err(StoreError::Limit(
            rolwijzer_store::LimitReached::Bytes { .. }
        ))
    ));
    assert_eq!(s.collaboration("een").await.unwrap().unwrap().head, 2);
    assert!(s.stored_bytes(id).await.unwrap() > 0);
});
on_both!(
    disabling_ends_sessions_and_tokens_and_refuses_sign_in,
    |db| {
        let s = &db.store;
        let kees = s
            .create_user("kees", "Kees", Some("wachtwoord-1234"), false)
            .await
            .unwrap();
        let cookie = s.create_session(kees.id, 3600).await.unwrap();
        let (_, secret) = s
            .create_api_token(kees.id, "script")
            .await
            .unwrap()
            .unwrap();
        let link = s.create_password_token(kees.id, 3600).await.unwrap();
        assert!(s.set_disabled(kees.id, true).await.unwrap());
        assert!(s.user(kees.id).await.unwrap().unwrap().disabled);
        assert!(s.session(&cookie).await.unwrap().is_none());
        assert!(s.user_for_api_token(&secret).await.unwrap().is_none());
        assert!(s.api_tokens(kees.id).await.unwrap()[0].revoked_at.is_some());
        assert!(
            s.check_password("kees", "wachtwoord-1234")
                .await
                .unwrap()
                .is_none()
        );
        // A password link does not let a disabled account back in.
        assert!(s.password_token_user(&link).await.unwrap().is_none());
        assert!(
            s.use_password_token(&link, "iets nieuws 123")
                .await
                .unwrap()
                .is_none()
        );
        // A session made anyway (a race with disabling) is not accepted.
        let late = s.create_session(kees.id, 3600).await.unwrap();
        assert!(s.session(&late).await.unwrap().is_none());
        // Enabling lets the password work again, but gives no token back.
        assert!(s.set_disabled(kees.id, false).await.unwrap());
        assert!(!s.user(kees.id).await.unwrap().unwrap().disabled);
        assert!(
            s.check_password("kees", "wachtwoord-1234")
                .await
                .unwrap()
                .is_some()
        );
        assert!(s.user_for_api_token(&secret).await.unwrap().is_none());
        assert!(
            !s.set_disabled(rolwijzer_store::UserId::from(999_999), true)
                .await
                .unwrap()
        );
    }
);

on_both!(a_new_password_ends_other_sessions_and_every_token, |db| {
    let s = &db.store;
    let kees = s
        .create_user("kees", "Kees", Some("wachtwoord-1234"), false)
        .await
        .unwrap();
    let mine = s.create_session(kees.id, 3600).await.unwrap();
    let other = s.create_session(kees.id, 3600).await.unwrap();
    let (_, secret) = s
        .create_api_token(kees.id, "script")
        .await
        .unwrap()
        .unwrap();
    s.set_password_keeping(kees.id, "een nieuw wachtwoord", Some(&mine))
        .await
        .unwrap();
    assert!(s.session(&mine).await.unwrap().is_some());
    assert!(s.session(&other).await.unwrap().is_none());
    assert!(s.user_for_api_token(&secret).await.unwrap().is_none());
    // Through a password link: every session and token ends.
    let (_, secret) = s
        .create_api_token(kees.id, "script 2")
        .await
        .unwrap()
        .unwrap();
    let link = s.create_password_token(kees.id, 3600).await.unwrap();
    s.use_password_token(&link, "nog een wachtwoord")
        .await
        .unwrap()
        .unwrap();
    assert!(s.session(&mine).await.unwrap().is_none());
    assert!(s.user_for_api_token(&secret).await.unwrap().is_none());
});

on_both!(
    invitations_are_hashed_listed_used_once_revoked_and_expire,
    |db| {
        use rolwijzer_store::{InvitationState, NewAccount};
        let s = db.store.clone().with_clock(Clock::pinned(1_800_000_000));
        let owner = s
            .create_user("eigenaar", "Eigenaar", Some("wachtwoord-1234"), false)
            .await
            .unwrap();
        let id = s
            .create_collaboration("samen", &example(), Some(owner.id), "Eerste versie")
            .await
            .unwrap();
        let (inv, token) = s
            .create_invitation(
                id,
                " Carla.Smit@Example.NL ",
                Role::Editor,
                owner.id,
                7 * 86_400,
            )
            .await
            .unwrap();
        // Only the hash is stored.
        let stored: String = sqlx::Row::try_get(
            &sqlx::query("SELECT token_hash FROM invitations")
                .fetch_one(s.pool())
                .await
                .unwrap(),
            0,
        )
        .unwrap();
        assert_ne!(stored, token);
        let pending = s.pending_invitations(id).await.unwrap();
        assert_eq!(pending.len(), 1);
        assert_eq!(pending[0].id, inv);
        assert_eq!(pending[0].email, "carla.smit@example.nl");
        assert_eq!(pending[0].invited_by.as_deref(), Some("Eigenaar"));
        let link = s.invitation_by_token(&token).await.unwrap().unwrap();
        assert_eq!(
            (link.slug.as_str(), link.state),
            ("samen", InvitationState::Pending)
        );
        assert!(
            s.invitation_by_token(&"0".repeat(64))
                .await
                .unwrap()
                .is_none()
        );

        // A taken login name changes nothing; a free one makes the account and member.
        assert_eq!(
            s.accept_invitation_as_new_user(&token, "Eigenaar", "Carla", "wachtwoord-5678")
                .await
                .unwrap(),
            NewAccount::NameTaken
        );
        let NewAccount::Made { user, slug } = s
            .accept_invitation_as_new_user(&token, "Carla", "Carla Smit", "wachtwoord-5678")
            .await
            .unwrap()
        else {
            panic!("not made");
        };
        assert_eq!((user.username.as_str(), slug.as_str()), ("carla", "samen"));
        assert_eq!(s.role(id, user.id).await.unwrap(), Some(Role::Editor));
        assert!(
            s.check_password("carla", "wachtwoord-5678")
                .await
                .unwrap()
                .is_some()
        );
        // Used once: a second use changes nothing, and a dead link tells nothing about names.
        assert_eq!(
            s.accept_invitation_as_new_user(&token, "nieuw", "Nieuw", "wachtwoord-5678")
                .await
                .unwrap(),
            NewAccount::Gone
        );
        assert_eq!(
            s.accept_invitation_as_new_user(&token, "eigenaar", "X", "wachtwoord-5678")
                .await
                .unwrap(),
            NewAccount::Gone
        );
        assert!(s.user_by_name("nieuw").await.unwrap().is_none());
        assert!(
            s.accept_invitation(&token, owner.id)
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            s.invitation_by_token(&token).await.unwrap().unwrap().state,
            InvitationState::Used
        );
        assert!(s.pending_invitations(id).await.unwrap().is_empty());
        // A used link no longer keeps the address it was made for.
        let emails = |sql: &'static str| {
            let s = s.clone();
            async move {
                sqlx::query(sql)
                    .fetch_all(s.pool())
                    .await
                    .unwrap()
                    .iter()
                    .map(|r| sqlx::Row::try_get::<String, _>(r, 0).unwrap())
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(
            emails("SELECT email FROM invitations").await,
            vec![String::new()]
        );

        // An existing account accepts; an invitation never demotes.
        let (_, as_viewer) = s
            .create_invitation(id, "x@example.nl", Role::Viewer, owner.id, 7 * 86_400)
            .await
            .unwrap();
        assert_eq!(
            s.accept_invitation(&as_viewer, user.id)
                .await
                .unwrap()
                .as_deref(),
            Some("samen")
        );
        assert_eq!(s.role(id, user.id).await.unwrap(), Some(Role::Editor));
        let (_, as_owner) = s
            .create_invitation(id, "x@example.nl", Role::Owner, owner.id, 7 * 86_400)
            .await
            .unwrap();
        s.accept_invitation(&as_owner, user.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(s.role(id, user.id).await.unwrap(), Some(Role::Owner));

        // Revoked: only a pending one, only of its own collaboration.
        let (rev, revoked) = s
            .create_invitation(id, "y@example.nl", Role::Viewer, owner.id, 7 * 86_400)
            .await
            .unwrap();
        assert!(
            !s.revoke_invitation(CollabId::from(999_999), rev)
                .await
                .unwrap()
        );
        assert!(s.revoke_invitation(id, rev).await.unwrap());
        assert!(!s.revoke_invitation(id, rev).await.unwrap());
        assert_eq!(
            s.invitation_by_token(&revoked)
                .await
                .unwrap()
                .unwrap()
                .state,
            InvitationState::Revoked
        );
        assert!(
            s.accept_invitation(&revoked, owner.id)
                .await
                .unwrap()
                .is_none()
        );

        // Expired after its time, to the second.
        let (_, late) = s
            .create_invitation(id, "z@example.nl", Role::Viewer, owner.id, 7 * 86_400)
            .await
            .unwrap();
        s.clock().advance(7 * 86_400 - 1);
        assert_eq!(s.pending_invitations(id).await.unwrap().len(), 1);
        s.clock().advance(1);
        assert!(s.pending_invitations(id).await.unwrap().is_empty());
        assert_eq!(
            s.invitation_by_token(&late).await.unwrap().unwrap().state,
            InvitationState::Expired
        );
        assert_eq!(
            s.accept_invitation_as_new_user(&late, "laat", "Laat", "wachtwoord-5678")
                .await
                .unwrap(),
            NewAccount::Gone
        );
        assert!(
            s.accept_invitation(&late, owner.id)
                .await
                .unwrap()
                .is_none()
        );
        // Revoked and expired links lose their address too (the expired one when the
        // next invitation is made).
        s.create_invitation(id, "nieuw@example.nl", Role::Viewer, owner.id, 60)
            .await
            .unwrap();
        assert_eq!(
            emails("SELECT email FROM invitations WHERE email <> ''").await,
            vec!["nieuw@example.nl".to_owned()]
        );
    }
);

/// Loads an account with a session and a token as schema 5 wrote them, migrates to
/// schema 8, and checks that nothing is disabled or lost and invitations work.
async fn accounts_survive_the_migration_from_schema_5(old: OldDb) {
    let sql = "INSERT INTO users (id, username, display_name, password_hash, is_admin, created_at) VALUES (7, 'marie', 'Marie Jansen', NULL, 0, 1700000000);
         INSERT INTO collaborations (id, slug, head, published, created_at, name) VALUES (3, 'oud', 1, 0, 1700000000, 'Oud');
         INSERT INTO memberships (collaboration_id, user_id, role) VALUES (3, 7, 'owner');";
    rolwijzer_store::testing::execute(&old.pool, sql)
        .await
        .unwrap();
    old.pool.close().await;
    let s = Store::connect(&old.url).await.unwrap();
    let marie = s.user(UserId::new(7)).await.unwrap().unwrap();
    assert!(!marie.disabled);
    let cookie = s.create_session(marie.id, 3600).await.unwrap();
    assert!(s.session(&cookie).await.unwrap().is_some());
    let (_, token) = s
        .create_invitation(CollabId::new(3), "a@example.nl", Role::Viewer, marie.id, 60)
        .await
        .unwrap();
    assert_eq!(
        s.invitation_by_token(&token).await.unwrap().unwrap().slug,
        "oud"
    );
    old.finish(s).await;
}

mod data_in_the_schema_5_layout_keeps_its_accounts_in_schema_8 {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        accounts_survive_the_migration_from_schema_5(OldDb::sqlite(5).await).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        let Ok(url) = std::env::var("ROLWIJZER_TEST_POSTGRES") else {
            eprintln!("ROLWIJZER_TEST_POSTGRES not set: PostgreSQL part skipped");
            return;
        };
        accounts_survive_the_migration_from_schema_5(OldDb::postgres(&url, 5).await).await;
    }
}
