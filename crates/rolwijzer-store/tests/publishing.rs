//! Publishing levels and disclosure switches (issue 13) on a real SQLite file and,
//! when `ROLWIJZER_TEST_POSTGRES` holds its URL, on a real PostgreSQL server: new
//! collaborations are not published, what an owner chooses is stored and read back
//! whole, and a collaboration published before schema 6 becomes `full` with no
//! personal details.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use rolwijzer_core::parse::{parse_document, to_json};
use rolwijzer_core::privacy::{Disclosure, Level, Publishing};
use rolwijzer_core::values::Text;
use rolwijzer_store::Store;

/// A database brought to schema `version` (`None`: the latest), with its URL and
/// what must be cleaned up afterwards.
struct Db {
    url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl Db {
    /// An SQLite file, or a fresh schema on the PostgreSQL server at `pg`.
    async fn new(pg: Option<&str>) -> Db {
        match pg {
            None => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}", dir.path().join("p.db").display());
                Db {
                    url,
                    _dir: Some(dir),
                    pg: None,
                }
            }
            Some(base) => {
                let mut b = [0u8; 6];
                getrandom::fill(&mut b).unwrap();
                let schema: String = std::iter::once("p_".to_owned())
                    .chain(b.iter().map(|x| format!("{x:02x}")))
                    .collect();
                rolwijzer_store::testing::create_schema(base, &schema)
                    .await
                    .unwrap();
                let sep = if base.contains('?') { '&' } else { '?' };
                Db {
                    url: format!("{base}{sep}options=-c%20search_path%3D{schema}"),
                    _dir: None,
                    pg: Some((base.to_owned(), schema)),
                }
            }
        }
    }

    /// The raw pool of this database at schema `version`.
    async fn at_version(&self, version: i64) -> sqlx::AnyPool {
        if self.pg.is_some() {
            rolwijzer_store::testing::postgres_at_version(&self.url, version)
                .await
                .unwrap()
        } else {
            rolwijzer_store::testing::sqlite_at_version(&self.url, version)
                .await
                .unwrap()
        }
    }

    async fn finish(self, store: Store) {
        store.pool().close().await;
        if let Some((base, schema)) = self.pg {
            rolwijzer_store::testing::drop_schema(&base, &schema)
                .await
                .unwrap();
        }
    }
}

/// Collaborations as schema 5 wrote them (one published, one not) are migrated; then
/// the latest schema stores and reads back every choice.
async fn levels_and_switches(db: Db) {
    let old = db.at_version(5).await;
    let doc = parse_document(
        include_str!("../../../examples/gestructureerd-twaalf-gemeenten.yaml").as_bytes(),
    )
    .unwrap();
    let json = to_json(&doc).replace('\'', "''");
    let insert = format!(
        "INSERT INTO collaborations (id, slug, head, published, created_at, name) VALUES (3, 'open', 1, 1, 1700000000, 'Open');
         INSERT INTO collaborations (id, slug, head, published, created_at, name) VALUES (4, 'dicht', 1, 0, 1700000000, 'Dicht');
         INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) VALUES (3, 1, '{json}', NULL, 1700000000, 'eerste', 'create');
         INSERT INTO revisions (collaboration_id, number, document, author_id, created_at, summary, kind) VALUES (4, 1, '{json}', NULL, 1700000000, 'eerste', 'create');"
    );
    rolwijzer_store::testing::execute(&old, &insert)
        .await
        .unwrap();
    old.close().await;

    let s = Store::connect(&db.url).await.unwrap();
    // Published before: every page stays reachable, but no personal detail shows.
    let open = s.collaboration("open").await.unwrap().unwrap();
    assert_eq!(
        open.publishing,
        Publishing {
            level: Level::Full,
            disclosure: Disclosure::default(),
            contact_address: None,
        }
    );
    assert!(open.published);
    let closed = s.collaboration("dicht").await.unwrap().unwrap();
    assert_eq!(closed.publishing, Publishing::default());
    assert!(!closed.published);

    // A new collaboration is not published.
    let id = s
        .create_collaboration("nieuw", &doc, None, "start")
        .await
        .unwrap();
    let fresh = s.collaboration("nieuw").await.unwrap().unwrap();
    assert_eq!(fresh.publishing.level, Level::NotPublished);
    assert_eq!(
        s.published()
            .await
            .unwrap()
            .iter()
            .map(|c| c.slug.as_str())
            .collect::<Vec<_>>(),
        vec!["open"]
    );

    // Every switch is stored on its own: each one alone reads back alone.
    let one_each = [
        Disclosure {
            names: true,
            ..Disclosure::default()
        },
        Disclosure {
            emails: true,
            ..Disclosure::default()
        },
        Disclosure {
            phones: true,
            ..Disclosure::default()
        },
        Disclosure {
            hours: true,
            ..Disclosure::default()
        },
        Disclosure {
            titles: true,
            ..Disclosure::default()
        },
        Disclosure {
            forge_usernames: true,
            ..Disclosure::default()
        },
        Disclosure {
            contact: true,
            ..Disclosure::default()
        },
    ];
    for disclosure in one_each {
        let p = Publishing {
            level: Level::Summary,
            disclosure,
            contact_address: Some(Text::new("info@open-inkomensloket.example.org").unwrap()),
        };
        s.set_publishing(id, &p).await.unwrap();
        assert_eq!(
            s.collaboration("nieuw").await.unwrap().unwrap().publishing,
            p
        );
    }
    // Listed among the published, at the summary level too; and through the list of
    // a member's collaborations the same choice reads back.
    assert_eq!(s.published().await.unwrap().len(), 2);

    // Back to a level without details clears the switches and the address.
    s.set_publish_level(id, Level::NotPublished).await.unwrap();
    assert_eq!(
        s.collaboration("nieuw").await.unwrap().unwrap().publishing,
        Publishing::default()
    );
    assert_eq!(s.published().await.unwrap().len(), 1);
    // Publishing a collaboration that does not exist is refused, not ignored.
    assert!(
        s.set_publish_level(rolwijzer_store::CollabId::new(999), Level::Full)
            .await
            .is_err()
    );
    db.finish(s).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn levels_and_switches_on_sqlite() {
    levels_and_switches(Db::new(None).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn levels_and_switches_on_postgres() {
    let Ok(url) = std::env::var("ROLWIJZER_TEST_POSTGRES") else {
        eprintln!("ROLWIJZER_TEST_POSTGRES not set: PostgreSQL part skipped");
        return;
    };
    levels_and_switches(Db::new(Some(&url)).await).await;
}
