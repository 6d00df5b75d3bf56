//! Backup and restore of the SQLite database, on real files.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use rolwijzer_core::Document;
use rolwijzer_core::parse::parse_document;
use rolwijzer_store::backup::{self, BackupError};
use rolwijzer_store::{CollabId, RevisionKind, Saved, Store};
use std::path::Path;

fn example() -> Document {
    let text = include_str!("../../../examples/gestructureerd-twaalf-gemeenten.yaml");
    parse_document(text.as_bytes()).unwrap()
}

async fn store_at(path: &Path) -> Store {
    Store::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap()
}

/// Saves `n` revisions on top of the first; returns the head revision.
async fn save_revisions(store: &Store, id: CollabId, n: i64) -> i64 {
    let doc = example();
    let mut head = 1;
    for i in 0..n {
        match store
            .save(
                id,
                head,
                &doc,
                None,
                &format!("save {i}"),
                RevisionKind::Edit,
            )
            .await
            .unwrap()
        {
            Saved::Stored(r) => head = r,
            Saved::Conflict { .. } => panic!("no one else saves here"),
        }
    }
    head
}

#[tokio::test]
async fn backup_while_saving_is_consistent_and_restores() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let store = store_at(&live).await;
    let id = store
        .create_collaboration("demo", &example(), None, "start")
        .await
        .unwrap();
    save_revisions(&store, id, 5).await;

    // A writer keeps saving while the backup is taken: the copy is one snapshot.
    let writer = {
        let store = store.clone();
        tokio::spawn(async move { save_revisions_from(&store, id, 20).await })
    };
    let copy = dir.path().join("copy.db");
    let info = store.backup_to(&copy).await.unwrap();
    writer.await.unwrap();

    assert_eq!(info.collaborations, 1);
    assert!(
        info.revisions >= 6,
        "at least the saves before the backup: {info:?}"
    );
    assert_eq!(info.schema, backup::verify(&copy).await.unwrap().schema);

    // Restoring over the live file keeps the old one aside and gives the snapshot back.
    let live_revisions = count_revisions(&store).await;
    store.pool().close().await;
    let restored = backup::restore(&copy, &live).await.unwrap();
    assert_eq!(restored.info, info);
    let previous = restored.previous.expect("the replaced database is kept");
    assert!(previous.exists());
    let back = store_at(&live).await;
    assert_eq!(count_revisions(&back).await, info.revisions);
    let old = store_at(&previous).await;
    assert_eq!(count_revisions(&old).await, live_revisions, "nothing lost");
    let c = back.collaboration("demo").await.unwrap().unwrap();
    let head = back.revision(c.id, c.head).await.unwrap();
    assert_eq!(head.document, example());
}

async fn save_revisions_from(store: &Store, id: CollabId, n: i64) {
    let doc = example();
    for i in 0..n {
        let head = store.collaboration("demo").await.unwrap().unwrap().head;
        let saved = store
            .save(
                id,
                head,
                &doc,
                None,
                &format!("later {i}"),
                RevisionKind::Edit,
            )
            .await
            .unwrap();
        assert!(matches!(saved, Saved::Stored(_)));
    }
}

async fn count_revisions(store: &Store) -> i64 {
    let c = store.collaboration("demo").await.unwrap().unwrap();
    store.revisions(c.id).await.unwrap().len() as i64
}

#[tokio::test]
async fn backup_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_at(&dir.path().join("live.db")).await;
    let dest = dir.path().join("exists.db");
    std::fs::write(&dest, b"mine").unwrap();
    let err = store.backup_to(&dest).await.unwrap_err();
    assert!(matches!(err, BackupError::Exists(_)), "{err}");
    assert_eq!(std::fs::read(&dest).unwrap(), b"mine");
}

#[tokio::test]
async fn restore_refuses_a_damaged_or_foreign_file_and_keeps_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let store = store_at(&live).await;
    store
        .create_collaboration("demo", &example(), None, "start")
        .await
        .unwrap();
    store.pool().close().await;
    let before = std::fs::read(&live).unwrap();

    let text = dir.path().join("notes.db");
    std::fs::write(&text, "dit is geen database\n".repeat(100)).unwrap();
    let err = backup::restore(&text, &live).await.unwrap_err();
    assert!(matches!(err, BackupError::Damaged { .. }), "{err}");

    // A real SQLite file that is not ours (no rolwijzer tables).
    let plain = dir.path().join("plain.db");
    {
        use sqlx::any::AnyPoolOptions;
        sqlx::any::install_default_drivers();
        let pool = AnyPoolOptions::new()
            .connect(&format!("sqlite://{}?mode=rwc", plain.display()))
            .await
            .unwrap();
        sqlx::query("CREATE TABLE t (x INTEGER)")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
    let err = backup::restore(&plain, &live).await.unwrap_err();
    assert!(matches!(err, BackupError::Damaged { .. }), "{err}");

    assert_eq!(std::fs::read(&live).unwrap(), before, "target untouched");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("restoring") || n.contains("before-restore"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[tokio::test]
async fn restore_refuses_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    let store = store_at(&path).await;
    rolwijzer_store::testing::pretend_newer_schema(&store, 999)
        .await
        .unwrap();
    store.pool().close().await;
    let err = backup::restore(&path, &dir.path().join("target.db"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, BackupError::TooNew { found: 999, .. }),
        "{err}"
    );
    assert!(!dir.path().join("target.db").exists());
}

#[tokio::test]
async fn two_restores_in_one_second_keep_both_replaced_databases() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let store = store_at(&live).await;
    store
        .create_collaboration("demo", &example(), None, "start")
        .await
        .unwrap();
    let copy = dir.path().join("copy.db");
    store.backup_to(&copy).await.unwrap();
    store.pool().close().await;
    let original = std::fs::read(&live).unwrap();
    let first = backup::restore(&copy, &live)
        .await
        .unwrap()
        .previous
        .unwrap();
    let second = backup::restore(&copy, &live)
        .await
        .unwrap()
        .previous
        .unwrap();
    assert_ne!(first, second);
    assert_eq!(
        std::fs::read(&first).unwrap(),
        original,
        "the original is kept"
    );
    assert!(second.exists());
}
