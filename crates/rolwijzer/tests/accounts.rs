//! Accounts over real sockets against the real binary (issue 12): a new password
//! revokes the API tokens, an owner invites a colleague who makes an account and lands
//! in the collaboration, and used and revoked invitation links are refused.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod support;

use support::server::{
    Answer, bearer, create, http, rolwijzer, serve, stderr, stdout, user_with_token,
};

const PASSWORD: &str = "een heel goed wachtwoord";

fn encode(fields: &[(&str, &str)]) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn get(addr: &str, path: &str, cookie: &str) -> Answer {
    let mut headers = vec![("Sec-Fetch-Site", "same-origin")];
    if !cookie.is_empty() {
        headers.push(("Cookie", cookie));
    }
    http(addr, "GET", path, &headers, "")
}

fn post(addr: &str, path: &str, cookie: &str, fields: &[(&str, &str)]) -> Answer {
    let mut headers = vec![
        ("Sec-Fetch-Site", "same-origin"),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    if !cookie.is_empty() {
        headers.push(("Cookie", cookie));
    }
    http(addr, "POST", path, &headers, &encode(fields))
}

/// The session cookie an answer sets, as `name=value`.
fn session(a: &Answer) -> String {
    a.headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, v)| v.split(';').next().unwrap().to_owned())
        .find(|c| c.starts_with("rolwijzer_session=") && c.len() > 20)
        .expect("no session cookie")
}

fn csrf(body: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let i = body.find(marker).expect("no form token") + marker.len();
    body[i..i + 64].to_owned()
}

/// The path of the first `/invite/…` link in a page.
fn invitation(body: &str) -> String {
    let i = body.find("/invite/").expect("no invitation link");
    body[i..i + 8 + 64].to_owned()
}

#[test]
fn a_new_password_revokes_tokens_and_an_invited_colleague_lands_in_the_collaboration() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("a.db").display());
    let server = serve(&db);
    let addr = server.addr.as_str();
    let token = user_with_token(&db, "olga");
    let document = create(addr, &token, "samen");
    let slug = document
        .trim_start_matches("/api/collaborations/")
        .trim_end_matches("/document")
        .to_owned();

    // Olga sets her password with a reset link: her API token stops working.
    let out = rolwijzer(&[
        "user",
        "reset",
        "olga",
        "--database",
        &db,
        "--public-url",
        &format!("http://{addr}"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let link = stdout(&out).trim().to_owned();
    let setup = &link[link.find("/setup/").unwrap()..];
    let a = post(
        addr,
        setup,
        "",
        &[("password", PASSWORD), ("repeat", PASSWORD)],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    let olga = session(&a);
    let auth = bearer(&token);
    let api = http(
        addr,
        "GET",
        "/api/collaborations",
        &[("Authorization", &auth)],
        "",
    );
    assert_eq!(api.status, 401);

    // She invites Carla as an editor; the link is shown once.
    let members = format!("/c/{slug}/members");
    let page = get(addr, &members, &olga);
    assert_eq!(page.status, 200);
    let form = csrf(&page.body);
    let a = post(
        addr,
        &format!("{members}/invite"),
        &olga,
        &[
            ("csrf", &form),
            ("email", "carla@example.nl"),
            ("role", "editor"),
        ],
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(
        a.body.contains(&format!("http://{addr}/invite/")),
        "the link names the site"
    );
    let link = invitation(&a.body);

    // Carla opens it without an account, makes one and lands in the collaboration.
    let page = get(addr, &link, "");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Maak je account"));
    let a = post(
        addr,
        &link,
        "",
        &[
            ("display_name", "Carla Smit"),
            ("username", "carla"),
            ("password", PASSWORD),
            ("repeat", PASSWORD),
        ],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert_eq!(a.header("location"), format!("/c/{slug}"));
    let carla = session(&a);
    assert_eq!(get(addr, &format!("/c/{slug}"), &carla).status, 200);
    let page = get(addr, &members, &olga);
    assert!(page.body.contains("Carla Smit"));
    // Used once.
    let again = get(addr, &link, "");
    assert_eq!(again.status, 410);
    assert!(again.body.contains("al gebruikt"));

    // A revoked link stops working at once.
    let a = post(
        addr,
        &format!("{members}/invite"),
        &olga,
        &[
            ("csrf", &form),
            ("email", "later@example.nl"),
            ("role", "viewer"),
        ],
    );
    let revoked = invitation(&a.body);
    let page = get(addr, &members, &olga);
    let i = page.body.find("/members/invitations/").unwrap();
    let action = &page.body[page.body[..i].rfind('"').unwrap() + 1..];
    let action = &action[..action.find('"').unwrap()];
    let a = post(addr, action, &olga, &[("csrf", &form)]);
    assert_eq!(a.status, 303, "{action}: {}", a.body);
    let gone = get(addr, &revoked, "");
    assert_eq!(gone.status, 410);
    assert!(gone.body.contains("ingetrokken"));
}
