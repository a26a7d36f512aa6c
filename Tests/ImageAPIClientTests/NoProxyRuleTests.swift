import Foundation
import Testing

@testable import ImageAPIClient

/// `NO_PROXY` as libcurl (7.86 and later) reads it, so doctor's fallback reading agrees with the transport: an
/// IP address matches an equal address or a CIDR range, never a name suffix; names match exactly or by suffix.
@Suite("NO_PROXY rules")
struct NoProxyRuleTests {
    func bypassed(_ host: String, _ list: String) -> Bool {
        ProxySettings.isBypassed(host, environment: ["NO_PROXY": list])
    }

    @Test func addressesMatchByRangeNotBySuffix() {
        #expect(bypassed("127.0.0.1", "127.0.0.0/8"))
        #expect(bypassed("10.1.2.3", "192.168.0.0/16, 10.0.0.0/8"))
        #expect(bypassed("127.0.0.1", "127.0.0.1"))
        #expect(!bypassed("127.0.0.1", ".0.0.1"))
        #expect(!bypassed("127.0.0.1", "0.0.1"))
        #expect(!bypassed("128.0.0.1", "127.0.0.0/8"))
        #expect(!bypassed("127.0.0.1", "127.0.0.0/33"))
        #expect(bypassed("127.0.0.1", "*"))
    }

    @Test func namesMatchExactlyOrAsASuffix() {
        #expect(bypassed("api.apiyi.com", ".apiyi.com"))
        #expect(bypassed("api.apiyi.com", "apiyi.com"))
        #expect(bypassed("localhost", "localhost"))
        #expect(!bypassed("api.apiyi.com", "yi.com"))
        #expect(!bypassed("api.apiyi.com", "127.0.0.0/8"))
    }

    @Test func theCandidateIgnoresNoProxy() throws {
        let url = try #require(URL(string: "http://127.0.0.1:8080/v1"))
        let environment = ["http_proxy": "http://p:3128", "NO_PROXY": "127.0.0.0/8"]
        #expect(ProxySettings.proxy(for: url, environment: environment) == nil)
        #expect(ProxySettings.candidate(for: url, environment: environment)?.value == "http://p:3128")
    }
}
