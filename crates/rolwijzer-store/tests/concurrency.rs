//! Many editors saving from the same revision at once, on SQLite and on PostgreSQL
//! (when `ROLWIJZER_TEST_POSTGRES` is set): exactly one save wins per revision, the
//! others are told of the conflict, and after retrying no update is lost.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use rolwijzer_core::document::{Party, PartyKind};
use rolwijzer_core::parse::parse_document;
use rolwijzer_core::values::Text;
use rolwijzer_core::{Document, Id};
use rolwijzer_store::{CollabId, RevisionKind, Saved, Store};
use std::collections::BTreeSet;

const CLIENTS: usize = 12;
const UPDATES_PER_CLIENT: usize = 5;

fn example() -> Document {
    let text = include_str!("../../../examples/gestructureerd-twaalf-gemeenten.yaml");
    parse_document(text.as_bytes()).unwrap()
}

fn marker(client: usize, update: usize) -> String {
    format!("client-{client}-update-{update}")
}

/// One editor: read the newest revision, add its own party, save from that revision;
/// on a conflict read again and retry. Returns the revisions it won and how many
/// conflicts it was told about.
async fn editor(store: Store, id: CollabId, client: usize) -> (Vec<i64>, usize) {
    let mut won = Vec::new();
    let mut conflicts = 0;
    for update in 0..UPDATES_PER_CLIENT {
        loop {
            let c = store.collaboration("race").await.unwrap().unwrap();
            let mut doc = store.revision(id, c.head).await.unwrap().document;
            doc.parties.push(Party {
                id: Id::parse(&marker(client, update)).unwrap(),
                name: Text::new(&marker(client, update)).unwrap(),
                kind: PartyKind::Municipality,
                contact: None,
                develops_product: false,
                website: None,
                contract_until: None,
                inhabitants: None,
                contributes: None,
            });
            let summary = marker(client, update);
            match store
                .save(id, c.head, &doc, None, &summary, RevisionKind::Edit)
                .await
                .unwrap()
            {
                Saved::Stored(r) => {
                    assert_eq!(r, c.head + 1, "a save lands right after its base");
                    won.push(r);
                    break;
                }
                Saved::Conflict { head } => {
                    assert!(head > c.head, "a conflict means someone saved first");
                    conflicts += 1;
                }
            }
        }
    }
    (won, conflicts)
}

async fn race(store: Store) {
    let id = store
        .create_collaboration("race", &example(), None, "start")
        .await
        .unwrap();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| tokio::spawn(editor(store.clone(), id, c)))
        .collect();
    let mut all_won = Vec::new();
    let mut conflicts = 0;
    for t in tasks {
        let (won, n) = t.await.unwrap();
        all_won.extend(won);
        conflicts += n;
    }
    // Exactly one winner per revision: every number from 2 up, each once.
    all_won.sort_unstable();
    let expected: Vec<i64> = (2..=(1 + (CLIENTS * UPDATES_PER_CLIENT) as i64)).collect();
    assert_eq!(all_won, expected);
    eprintln!("{conflicts} conflicts were answered and retried");

    // No update lost: the newest revision holds every editor's every party.
    let c = store.collaboration("race").await.unwrap().unwrap();
    let head = store.revision(id, c.head).await.unwrap().document;
    let have: BTreeSet<String> = head.parties.iter().map(|p| p.id.to_string()).collect();
    for client in 0..CLIENTS {
        for update in 0..UPDATES_PER_CLIENT {
            assert!(
                have.contains(&marker(client, update)),
                "{} lost",
                marker(client, update)
            );
        }
    }
    assert_eq!(
        head.parties.len(),
        example().parties.len() + CLIENTS * UPDATES_PER_CLIENT
    );
    assert_eq!(
        store.revisions(id).await.unwrap().len(),
        1 + CLIENTS * UPDATES_PER_CLIENT
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_one_winner_per_revision_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!(
        "sqlite://{}",
        dir.path().join("race.db").display()
    ))
    .await
    .unwrap();
    race(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_one_winner_per_revision_nothing_lost() {
    let Ok(base) = std::env::var("ROLWIJZER_TEST_POSTGRES") else {
        eprintln!("ROLWIJZER_TEST_POSTGRES not set: PostgreSQL part skipped");
        return;
    };
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).unwrap();
    let schema = format!(
        "race_{}",
        b.iter().map(|x| format!("{x:02x}")).collect::<String>()
    );
    rolwijzer_store::testing::create_schema(&base, &schema)
        .await
        .unwrap();
    let sep = if base.contains('?') { '&' } else { '?' };
    let store = Store::connect(&format!("{base}{sep}options=-c%20search_path%3D{schema}"))
        .await
        .unwrap();
    race(store.clone()).await;
    store.pool().close().await;
    rolwijzer_store::testing::drop_schema(&base, &schema)
        .await
        .unwrap();
}
