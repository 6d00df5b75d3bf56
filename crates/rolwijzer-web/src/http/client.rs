//! The client's address, as the sign-in throttle counts it.
//!
//! The address is the TCP peer's, except when the peer is the reverse proxy named
//! with `--trusted-proxy` (`ROLWIJZER_TRUSTED_PROXY`): then it is the last entry of
//! `X-Forwarded-For`, the one that proxy added. From any other peer the header is
//! ignored, so a client cannot choose its own address. IPv6 addresses count per /64
//! network, the block one subscriber usually gets.

use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};

/// The address the browser used for this site (`http(s)://host`, by the scheme this
/// server is run with), when its Host header looks sane; for links shown to the user.
pub fn browser_origin(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        })?;
    let scheme = if state.secure_cookies {
        "https"
    } else {
        "http"
    };
    Some(format!("{scheme}://{host}"))
}

/// The client's address, when the server knows it (tests without a socket do not:
/// they are all `unknown`).
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddr(client_addr(
            peer,
            &parts.headers,
            state.trusted_proxy,
        )))
    }
}

/// The address to count for a request from `peer` with `headers`, given the trusted
/// proxy (if any).
pub fn client_addr(peer: Option<IpAddr>, headers: &HeaderMap, trusted: Option<IpAddr>) -> String {
    let Some(peer) = peer.map(|p| p.to_canonical()) else {
        return "unknown".to_owned();
    };
    let from_proxy = trusted.is_some_and(|t| t.to_canonical() == peer);
    let forwarded = if from_proxy {
        last_forwarded(headers)
    } else {
        None
    };
    counted(forwarded.unwrap_or(peer))
}

/// The last entry of the last `X-Forwarded-For` header, when it is an address.
fn last_forwarded(headers: &HeaderMap) -> Option<IpAddr> {
    let last = headers.get_all("x-forwarded-for").iter().next_back()?;
    let entry = last.to_str().ok()?.rsplit(',').next()?.trim();
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .map(|ip| ip.to_canonical())
}

/// An IPv4 address as it is; an IPv6 address as its /64 network.
fn counted(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let net = u128::from(v6) & !((1u128 << 64) - 1);
            format!("{}/64", Ipv6Addr::from(net))
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;
    use axum::http::HeaderValue;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn the_header_counts_only_from_the_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let h = headers(&["203.0.113.5, 198.51.100.2"]);
        assert_eq!(client_addr(Some(proxy), &h, None), "10.0.0.1");
        let other: IpAddr = "10.0.0.2".parse().unwrap();
        assert_eq!(client_addr(Some(other), &h, Some(proxy)), "10.0.0.2");
        // The last entry is the one the proxy added; earlier ones the client wrote.
        assert_eq!(client_addr(Some(proxy), &h, Some(proxy)), "198.51.100.2");
        assert_eq!(
            client_addr(
                Some(proxy),
                &headers(&["1.1.1.1", "198.51.100.3"]),
                Some(proxy)
            ),
            "198.51.100.3"
        );
        // No usable header from the proxy: the proxy's own address.
        assert_eq!(
            client_addr(Some(proxy), &headers(&["onzin"]), Some(proxy)),
            "10.0.0.1"
        );
        assert_eq!(client_addr(None, &h, Some(proxy)), "unknown");
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let h = HeaderMap::new();
        assert_eq!(client_addr(Some(a), &h, None), "2001:db8:1:2::/64");
        assert_eq!(
            client_addr(Some(a), &h, None),
            client_addr(Some(b), &h, None)
        );
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(client_addr(Some(mapped), &h, None), "192.0.2.1");
    }
}
