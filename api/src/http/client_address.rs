//! The client's address, for sign-in throttling: the direct peer, or, when the
//! peer is a trusted proxy (`INTEGRA_TRUSTED_PROXIES`), the right-most address in
//! `X-Forwarded-For` that is not a trusted proxy. Addresses further left are
//! written by the client and are never believed.

use std::net::IpAddr;

use actix_web::HttpRequest;

/// One trusted address or network (`10.0.0.5`, `10.0.0.0/8`, `fd00::/8`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

impl Network {
    /// Parses an address or a CIDR network.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad = || format!("{text:?} is not an IP address or a network such as 10.0.0.0/8");
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address: IpAddr = address.parse().map_err(|_| bad())?;
        let address = address.to_canonical();
        let bits = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix.parse::<u8>().map_err(|_| bad())?,
            None => bits,
        };
        if prefix > bits {
            return Err(bad());
        }
        Ok(Self { address, prefix })
    }

    /// Whether `address` is in this network.
    pub fn contains(&self, address: IpAddr) -> bool {
        let shift = |bits: u32| bits.checked_sub(u32::from(self.prefix));
        match (self.address, address.to_canonical()) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = shift(32).and_then(|s| u32::MAX.checked_shl(s)).unwrap_or(0);
                u32::from(network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = shift(128)
                    .and_then(|s| u128::MAX.checked_shl(s))
                    .unwrap_or(0);
                u128::from(network) & mask == u128::from(address) & mask
            }
            _ => false,
        }
    }
}

/// The proxies whose `X-Forwarded-For` is believed; none by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(pub Vec<Network>);

impl TrustedProxies {
    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(address))
    }

    /// The client's address behind `peer`, given the `X-Forwarded-For` values in order.
    pub fn client<'a>(&self, peer: IpAddr, forwarded: impl Iterator<Item = &'a str>) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        let hops: Vec<&str> = forwarded.flat_map(|value| value.split(',')).collect();
        for hop in hops.iter().rev() {
            // Each trusted proxy appended the address it was called from.
            match hop.trim().parse::<IpAddr>() {
                Ok(address) => client = address.to_canonical(),
                // Not an address: what is left of it is no proxy's word.
                Err(_) => break,
            }
            if !self.trusts(client) {
                break;
            }
        }
        client
    }

    /// The client address of a request.
    pub fn client_of(&self, req: &HttpRequest) -> String {
        let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
            return String::new();
        };
        let forwarded = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|value| value.to_str().ok());
        self.client(peer, forwarded).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn trusted(list: &[&str]) -> TrustedProxies {
        TrustedProxies(list.iter().map(|n| Network::parse(n).unwrap()).collect())
    }

    #[test]
    fn networks() {
        let net = Network::parse("10.0.0.0/8").unwrap();
        assert!(net.contains(ip("10.1.2.3")));
        assert!(!net.contains(ip("11.0.0.1")));
        assert!(net.contains(ip("::ffff:10.9.9.9")));
        assert!(Network::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert!(Network::parse("192.168.1.7")
            .unwrap()
            .contains(ip("192.168.1.7")));
        assert!(!Network::parse("192.168.1.7")
            .unwrap()
            .contains(ip("192.168.1.8")));
        let v6 = Network::parse("fd00::/8").unwrap();
        assert!(v6.contains(ip("fd12::1")) && !v6.contains(ip("fe80::1")));
        assert!(!v6.contains(ip("10.0.0.1")));
        for bad in [
            "",
            "10.0.0.0/33",
            "::/129",
            "example.org",
            "10.0.0.0/x",
            "10.0.0/8",
        ] {
            assert!(Network::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_right_most_untrusted_address_is_the_client() {
        let proxies = trusted(&["10.0.0.0/8", "192.168.1.1"]);
        let peer = ip("10.0.0.2");
        let client = |values: &[&str]| proxies.client(peer, values.iter().copied());
        assert_eq!(client(&["203.0.113.7"]), ip("203.0.113.7"));
        // A client that writes its own header gains nothing.
        assert_eq!(client(&["1.1.1.1, 203.0.113.7"]), ip("203.0.113.7"));
        assert_eq!(client(&["1.1.1.1", "203.0.113.7"]), ip("203.0.113.7"));
        // Chains of trusted proxies are walked.
        assert_eq!(
            client(&["1.1.1.1, 203.0.113.7, 192.168.1.1, 10.3.3.3"]),
            ip("203.0.113.7")
        );
        // No header, or only proxies: the last one seen.
        assert_eq!(client(&[]), peer);
        assert_eq!(client(&["10.1.1.1"]), ip("10.1.1.1"));
        // Garbage stops the walk.
        assert_eq!(client(&["203.0.113.7, junk"]), peer);
        // An untrusted peer's header is ignored.
        let stranger = ip("198.51.100.1");
        assert_eq!(
            proxies.client(stranger, ["203.0.113.7"].into_iter()),
            stranger
        );
        assert_eq!(
            TrustedProxies::default().client(peer, ["203.0.113.7"].into_iter()),
            peer
        );
    }
}
