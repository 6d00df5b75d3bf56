//! Invitations and account administration (issue 12): an owner invites by e-mail
//! address and role; the link makes a new account or is accepted by an existing one;
//! used, revoked and expired links are refused; only owners invite. Disabling an
//! account and setting a new password end sessions and API tokens.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use rolwijzer_store::Role;

/// The invitation link shown on a page (its path: the tests send no Host header).
fn invite_link(page: &Page) -> String {
    let start = page
        .body
        .find("/invite/")
        .expect("no invitation link on the page");
    let token = &page.body[start + 8..start + 8 + 64];
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()), "{token}");
    format!("/invite/{token}")
}

/// Invites `email` as `role` to `slug` as `owner`; returns the link.
async fn invite(app: &TestApp, owner: &Browser, slug: &str, email: &str, role: &str) -> String {
    let page = app.get(owner, &format!("/c/{slug}/members")).await;
    let res = app
        .post(
            owner,
            &format!("/c/{slug}/members/invite"),
            &[("csrf", &page.csrf()), ("email", email), ("role", role)],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    invite_link(&res)
}

/// The session cookie a response sets.
fn session_of(page: &Page) -> Browser {
    let cookie = page
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("rolwijzer_session="))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .expect("no session cookie");
    Browser {
        cookie: Some(cookie),
    }
}

/// The status of an API call with `token`.
async fn api_status(app: &TestApp, token: &str) -> StatusCode {
    let req = Request::get("/api/collaborations")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    app.send(req).await.status
}

async fn collab_id(app: &TestApp, slug: &str) -> rolwijzer_store::CollabId {
    app.store().collaboration(slug).await.unwrap().unwrap().id
}

#[tokio::test]
async fn an_invitation_makes_a_new_account_that_lands_in_the_collaboration_with_its_role() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("olga").await;
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    page.assert_contains(&[
        "Iemand uitnodigen",
        "name=\"email\"",
        "Er staan geen uitnodigingen open.",
    ]);
    // The form takes no login names, so it cannot tell whether one exists.
    assert!(!page.body.contains("name=\"username\""));

    let res = app
        .post(
            &owner,
            &format!("/c/{slug}/members/invite"),
            &[
                ("csrf", &page.csrf()),
                ("email", " Carla.Smit@Deventer.NL "),
                ("role", "editor"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.assert_contains(&[
        "Uitnodiging gemaakt voor carla.smit@deventer.nl",
        "id=\"invite-link\"",
        "readonly",
        "data-copy=\"invite-link\"",
        "/static/copy.js",
        "De link werkt 7 dagen.",
    ]);
    let link = invite_link(&res);
    // Shown once (the store keeps only its hash: see the store tests).
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    page.assert_contains(&["carla.smit@deventer.nl", "bewerker", "Intrekken"]);
    assert!(!page.body.contains(&link), "the link is shown only once");
    let js = app.get(&Browser::default(), "/static/copy.js").await;
    assert_eq!(js.status, StatusCode::OK);
    js.assert_contains(&["navigator.clipboard"]);

    let anonymous = Browser::default();
    let page = app.get(&anonymous, &link).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "olga nodigt je uit voor de samenwerking",
        "Je rol wordt: bewerker.",
        "Maak je account",
        "name=\"display_name\"",
    ]);

    // Mistakes are shown beside their field; a taken login name is refused and
    // leaves the link working.
    for (name, login, password, repeat, msg) in [
        ("", "carla", PASSWORD, PASSWORD, "Vul je naam in."),
        (
            "Carla Smit",
            "Carla Smit",
            PASSWORD,
            PASSWORD,
            "Deze gebruikersnaam kan niet",
        ),
        ("Carla Smit", "carla", "kort", "kort", "te kort"),
        (
            "Carla Smit",
            "carla",
            PASSWORD,
            "iets anders dan dat",
            "niet gelijk",
        ),
        ("Carla Smit", "olga", PASSWORD, PASSWORD, "al in gebruik"),
    ] {
        let res = app
            .post(
                &anonymous,
                &link,
                &[
                    ("display_name", name),
                    ("username", login),
                    ("password", password),
                    ("repeat", repeat),
                ],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{login}: {}",
            res.body
        );
        res.assert_contains(&[msg, "aria-invalid=\"true\""]);
    }
    assert!(app.store().user_by_name("carla").await.unwrap().is_none());

    let res = app
        .post(
            &anonymous,
            &link,
            &[
                ("display_name", "Carla Smit"),
                ("username", "carla"),
                ("password", PASSWORD),
                ("repeat", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), format!("/c/{slug}"));
    let carla = session_of(&res);
    let overview = app.get(&carla, &format!("/c/{slug}")).await;
    assert_eq!(overview.status, StatusCode::OK);
    let user = app.store().user_by_name("carla").await.unwrap().unwrap();
    assert_eq!(user.display_name, "Carla Smit");
    assert_eq!(
        app.store()
            .role(collab_id(&app, &slug).await, user.id)
            .await
            .unwrap(),
        Some(Role::Editor)
    );
    // Her password works for signing in.
    app.login("carla", PASSWORD).await;

    // Used once: the link now says so, and cannot make a second account.
    let again = app.get(&anonymous, &link).await;
    assert_eq!(again.status, StatusCode::GONE);
    again.assert_contains(&["Deze uitnodiging is al gebruikt."]);
    let res = app
        .post(
            &anonymous,
            &link,
            &[
                ("display_name", "Tweede"),
                ("username", "tweede"),
                ("password", PASSWORD),
                ("repeat", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(app.store().user_by_name("tweede").await.unwrap().is_none());
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    page.assert_contains(&["Carla Smit", "Er staan geen uitnodigingen open."]);
}

#[tokio::test]
async fn an_existing_account_accepts_explicitly_and_lands_in_the_collaboration() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("olga").await;
    let vera = app.user_with_role("vera", None).await;
    let vera_id = app.store().user_by_name("vera").await.unwrap().unwrap().id;
    let link = invite(&app, &owner, &slug, "vera@example.nl", "viewer").await;

    // Opening the link adds no one: she has to accept.
    let page = app.get(&vera, &link).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Je bent ingelogd als",
        "Uitnodiging aannemen",
        "Je rol wordt: lezer.",
    ]);
    assert!(!page.body.contains("name=\"password\""));
    let id = collab_id(&app, &slug).await;
    assert_eq!(app.store().role(id, vera_id).await.unwrap(), None);
    // Without the form token nothing happens.
    let res = app
        .post(&vera, &format!("{link}/accept"), &[("csrf", "x")])
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.store().role(id, vera_id).await.unwrap(), None);

    let res = app
        .post(&vera, &format!("{link}/accept"), &[("csrf", &page.csrf())])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), format!("/c/{slug}"));
    assert_eq!(
        app.store().role(id, vera_id).await.unwrap(),
        Some(Role::Viewer)
    );
    assert_eq!(
        app.get(&vera, &format!("/c/{slug}")).await.status,
        StatusCode::OK
    );
    // A second accept finds a used link.
    let res = app
        .post(&vera, &format!("{link}/accept"), &[("csrf", &page.csrf())])
        .await;
    assert_eq!(res.status, StatusCode::GONE);
    // Accepting needs an account: anonymous is sent to sign in.
    let res = app
        .post(
            &Browser::default(),
            &format!("{link}/accept"),
            &[("csrf", "")],
        )
        .await;
    assert_eq!(
        (res.status, res.location()),
        (StatusCode::SEE_OTHER, "/login")
    );
}

#[tokio::test]
async fn expired_revoked_and_unknown_links_are_refused_with_a_clear_page() {
    let app = TestApp::spawn().await;
    let (slug, owner) = app.private_collaboration("olga").await;
    let sam = app.user_with_role("sam", None).await;
    let sam_id = app.store().user_by_name("sam").await.unwrap().unwrap().id;
    let id = collab_id(&app, &slug).await;
    let revoked = invite(&app, &owner, &slug, "a@example.nl", "owner").await;
    let later = invite(&app, &owner, &slug, "b@example.nl", "viewer").await;

    // Revoke the first from the list.
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    let pending = app.store().pending_invitations(id).await.unwrap();
    let first = pending.iter().find(|i| i.email == "a@example.nl").unwrap();
    let res = app
        .post(
            &owner,
            &format!("/c/{slug}/members/invitations/{}/revoke", first.id),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    assert!(!page.body.contains("a@example.nl"));
    page.assert_contains(&["b@example.nl"]);
    let res = app.get(&Browser::default(), &revoked).await;
    assert_eq!(res.status, StatusCode::GONE);
    res.assert_contains(&[
        "Deze uitnodiging is ingetrokken",
        "Vraag de persoon die je uitnodigde om een nieuwe link",
    ]);
    assert!(!res.body.contains("name=\"password\""));
    let page = app.get(&sam, &revoked).await;
    let res = app
        .post(
            &sam,
            &format!("{revoked}/accept"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::GONE);
    assert_eq!(app.store().role(id, sam_id).await.unwrap(), None);

    // Seven days later, to the second, the other one has expired.
    app.store().clock().advance(7 * 86_400 - 1);
    assert_eq!(
        app.get(&Browser::default(), &later).await.status,
        StatusCode::OK
    );
    app.store().clock().advance(1);
    let res = app.get(&Browser::default(), &later).await;
    assert_eq!(res.status, StatusCode::GONE);
    res.assert_contains(&["Deze uitnodiging is verlopen."]);
    let res = app
        .post(
            &Browser::default(),
            &later,
            &[
                ("display_name", "Laat"),
                ("username", "laat"),
                ("password", PASSWORD),
                ("repeat", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(app.store().user_by_name("laat").await.unwrap().is_none());
    // Sessions end after a working day: sign in again.
    let sam = app.login("sam", PASSWORD).await;
    let page = app.get(&sam, &later).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(!page.body.contains("Uitnodiging aannemen"));
    let csrf = app.get(&sam, "/").await.csrf();
    let res = app
        .post(&sam, &format!("{later}/accept"), &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status, StatusCode::GONE);
    assert_eq!(app.store().role(id, sam_id).await.unwrap(), None);
    let owner = app.login("olga", PASSWORD).await;
    let page = app.get(&owner, &format!("/c/{slug}/members")).await;
    assert!(!page.body.contains("b@example.nl"));

    // Unknown and malformed links: 404, with the same plain words.
    for path in [
        format!("/invite/{}", "0".repeat(64)),
        "/invite/kort".to_owned(),
    ] {
        let res = app.get(&Browser::default(), &path).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        res.assert_contains(&["Deze uitnodigingslink bestaat niet."]);
    }
}

#[tokio::test]
async fn only_owners_invite_and_revoke() {
    let app = TestApp::spawn().await;
    let owner = app.user_with_role("olga", Some(Role::Owner)).await;
    let id = collab_id(&app, DEMO).await;
    let link_page = app.get(&owner, &format!("/c/{DEMO}/members")).await;
    let res = app
        .post(
            &owner,
            &format!("/c/{DEMO}/members/invite"),
            &[
                ("csrf", &link_page.csrf()),
                ("email", "c@example.nl"),
                ("role", "owner"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let pending = app.store().pending_invitations(id).await.unwrap();
    assert_eq!(pending.len(), 1);
    for (name, role, refused) in [
        ("eddie", Some(Role::Editor), StatusCode::FORBIDDEN),
        ("vera", Some(Role::Viewer), StatusCode::FORBIDDEN),
        // An outsider of the published demo: refused (403), as on every owner form.
        ("sam", None, StatusCode::FORBIDDEN),
    ] {
        let b = app.user_with_role(name, role).await;
        let page = app.get(&b, "/").await;
        let res = app
            .post(
                &b,
                &format!("/c/{DEMO}/members/invite"),
                &[
                    ("csrf", &page.csrf()),
                    ("email", "x@example.nl"),
                    ("role", "owner"),
                ],
            )
            .await;
        assert_eq!(res.status, refused, "{name} invites");
        let res = app
            .post(
                &b,
                &format!("/c/{DEMO}/members/invitations/{}/revoke", pending[0].id),
                &[("csrf", &page.csrf())],
            )
            .await;
        assert_eq!(res.status, refused, "{name} revokes");
        if role.is_some() {
            let members = app.get(&b, &format!("/c/{DEMO}/members")).await;
            assert!(
                !members.body.contains("c@example.nl"),
                "{name} sees invitations"
            );
            assert!(!members.body.contains("/members/invite"));
        }
    }
    assert_eq!(app.store().pending_invitations(id).await.unwrap(), pending);

    // Mistakes in the invite form are shown beside the field, and make nothing.
    for (email, role, msg) in [
        ("", "viewer", "Vul het e-mailadres in."),
        ("carla", "viewer", "Dit e-mailadres klopt niet."),
        (
            "carla smit@deventer.nl",
            "viewer",
            "Dit e-mailadres klopt niet.",
        ),
        ("carla@deventer", "viewer", "Dit e-mailadres klopt niet."),
        ("carla@deventer.nl", "baas", "Kies een rol"),
    ] {
        let res = app
            .post(
                &owner,
                &format!("/c/{DEMO}/members/invite"),
                &[
                    ("csrf", &link_page.csrf()),
                    ("email", email),
                    ("role", role),
                ],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{email}/{role}"
        );
        let marked = if role == "baas" {
            "aria-describedby=\"role-error\""
        } else {
            "aria-invalid=\"true\""
        };
        res.assert_contains(&[msg, marked]);
    }
    assert_eq!(app.store().pending_invitations(id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in_and_its_sessions_and_tokens_stop() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let kees = app.user_with_role("kees", Some(Role::Editor)).await;
    let kees_id = app.store().user_by_name("kees").await.unwrap().unwrap().id;
    let (_, token) = app
        .store()
        .create_api_token(kees_id, "script")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(api_status(&app, &token).await, StatusCode::OK);
    assert_eq!(
        app.get(&kees, "/account/tokens").await.status,
        StatusCode::OK
    );

    let page = app.get(&admin, "/admin/users").await;
    page.assert_contains(&[
        "Uitschakelen",
        "actief",
        &format!("/admin/users/{kees_id}/disable"),
    ]);
    let res = app
        .post(
            &admin,
            &format!("/admin/users/{kees_id}/disable"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.assert_contains(&[
        "Account kees is uitgeschakeld.",
        "uitgeschakeld",
        "Weer inschakelen",
    ]);

    // At once: the session is gone, the token refused, the password refused with the
    // same words as a wrong one.
    let res = app.get(&kees, "/account/tokens").await;
    assert_eq!(
        (res.status, res.location()),
        (StatusCode::SEE_OTHER, "/login")
    );
    assert_eq!(api_status(&app, &token).await, StatusCode::UNAUTHORIZED);
    let right = app
        .post(
            &Browser::default(),
            "/login",
            &[("username", "kees"), ("password", PASSWORD)],
        )
        .await;
    let wrong = app
        .post(
            &Browser::default(),
            "/login",
            &[("username", "kees"), ("password", "fout fout fout")],
        )
        .await;
    assert_eq!(right.status, StatusCode::UNAUTHORIZED);
    assert_eq!(right.status, wrong.status);
    right.assert_contains(&["De gebruikersnaam of het wachtwoord klopt niet."]);
    assert!(!right.body.contains("uitgeschakeld"));

    // The administrator cannot disable their own account.
    let me = app
        .store()
        .user_by_name("beheerder")
        .await
        .unwrap()
        .unwrap()
        .id;
    let res = app
        .post(
            &admin,
            &format!("/admin/users/{me}/disable"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&["Je kunt je eigen account niet uitschakelen."]);
    assert!(!app.store().user(me).await.unwrap().unwrap().disabled);

    // Enabled again: the password works, the old token stays revoked.
    let res = app
        .post(
            &admin,
            &format!("/admin/users/{kees_id}/enable"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    res.assert_contains(&["Account kees is weer ingeschakeld."]);
    app.login("kees", PASSWORD).await;
    assert_eq!(api_status(&app, &token).await, StatusCode::UNAUTHORIZED);
    // Not for anyone but the administrator.
    let kees = app.login("kees", PASSWORD).await;
    let csrf = app.get(&kees, "/").await.csrf();
    let res = app
        .post(
            &kees,
            &format!("/admin/users/{me}/disable"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(!app.store().user(me).await.unwrap().unwrap().disabled);
}

#[tokio::test]
async fn a_new_password_ends_every_other_session_and_every_token() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let kees = app.user_with_role("kees", None).await;
    let kees_on_laptop = app.login("kees", PASSWORD).await;
    let kees_id = app.store().user_by_name("kees").await.unwrap().unwrap().id;
    let (_, token) = app
        .store()
        .create_api_token(kees_id, "script")
        .await
        .unwrap()
        .unwrap();
    // A reset link from the administrator, used by kees.
    let page = app.get(&admin, "/admin/users").await;
    let res = app
        .post(
            &admin,
            &format!("/admin/users/{kees_id}/link"),
            &[("csrf", &page.csrf())],
        )
        .await;
    let start = res.body.find("/setup/").unwrap();
    let link = res.body[start..start + 7 + 64].to_owned();
    let res = app
        .post(
            &Browser::default(),
            &link,
            &[
                ("password", "een nieuw lang wachtwoord"),
                ("repeat", "een nieuw lang wachtwoord"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let fresh = session_of(&res);
    for old in [&kees, &kees_on_laptop] {
        let res = app.get(old, "/account/tokens").await;
        assert_eq!(
            (res.status, res.location()),
            (StatusCode::SEE_OTHER, "/login")
        );
    }
    assert_eq!(api_status(&app, &token).await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.get(&fresh, "/account/tokens").await.status,
        StatusCode::OK
    );
    // The token page says it was revoked.
    app.get(&fresh, "/account/tokens")
        .await
        .assert_contains(&["ingetrokken op"]);
}

#[tokio::test]
async fn a_new_password_on_the_account_page_keeps_this_session_and_ends_the_others() {
    let app = TestApp::spawn().await;
    let here = app.user_with_role("kees", None).await;
    let elsewhere = app.login("kees", PASSWORD).await;
    let kees_id = app.store().user_by_name("kees").await.unwrap().unwrap().id;
    let (_, token) = app
        .store()
        .create_api_token(kees_id, "script")
        .await
        .unwrap()
        .unwrap();
    let tokens = app.get(&here, "/account/tokens").await;
    tokens.assert_contains(&["href=\"/account/password\""]);
    let page = app.get(&here, "/account/password").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&["Wachtwoord wijzigen", "autocomplete=\"current-password\""]);
    let new = "een ander goed wachtwoord";

    // A wrong current password changes nothing.
    let res = app
        .post(
            &here,
            "/account/password",
            &[
                ("csrf", &page.csrf()),
                ("current", "fout fout fout"),
                ("password", new),
                ("repeat", new),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains(&[
        "Het huidige wachtwoord klopt niet.",
        "aria-invalid=\"true\"",
    ]);
    assert_eq!(
        app.get(&elsewhere, "/account/tokens").await.status,
        StatusCode::OK
    );
    assert_eq!(api_status(&app, &token).await, StatusCode::OK);

    let res = app
        .post(
            &here,
            "/account/password",
            &[
                ("csrf", &page.csrf()),
                ("current", PASSWORD),
                ("password", new),
                ("repeat", new),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.assert_contains(&["Je wachtwoord is gewijzigd."]);
    assert_eq!(
        app.get(&here, "/account/tokens").await.status,
        StatusCode::OK
    );
    let res = app.get(&elsewhere, "/account/tokens").await;
    assert_eq!(
        (res.status, res.location()),
        (StatusCode::SEE_OTHER, "/login")
    );
    assert_eq!(api_status(&app, &token).await, StatusCode::UNAUTHORIZED);
    app.login("kees", new).await;
}
