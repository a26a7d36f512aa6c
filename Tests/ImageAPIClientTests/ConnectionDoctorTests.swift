import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// The doctor's checks against the fake gateway, a closed port, and made-up proxy environments.
@Suite("Connection doctor")
struct ConnectionDoctorTests {
    func doctor(_ base: String, key: String?, environment: [String: String] = [:]) async -> [ConnectionDoctor.Check] {
        let configuration = ImageClient.Configuration(baseURL: URL(string: base)!, apiKey: key)
        return await ConnectionDoctor(configuration: configuration, environment: environment, timeout: 2).run()
    }

    @Test func everyCheckPassesAgainstTheFakeGateway() async throws {
        let gateway = try FakeGateway()
        let key = "sk-doctor-0123456789abcd"
        let checks = await doctor(gateway.baseURL, key: key, environment: ["APIYI_API_KEY": key])
        #expect(checks.map(\.name) == ["key", "base URL", "proxy", "DNS", "connection", "gateway"])
        #expect(checks.allSatisfy { $0.passed }, "\(checks)")
        #expect(checks[0].detail == "sk-…abcd (from APIYI_API_KEY)")
        #expect(checks[3].detail == "127.0.0.1 → 127.0.0.1")
        #expect(checks[5].detail.hasPrefix("HTTP works: GET /models answered HTTP"))
        let request = try #require(gateway.requests(to: "/v1/models").first)
        #expect(request.header("Authorization") == "Bearer \(key)")
        #expect(!checks.map(\.detail).joined().contains(key))
    }

    @Test func aRefusedKeyFailsTheGatewayCheck() async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(.error(status: 401, message: "Invalid token"), for: "/v1/models")
        let checks = await doctor(gateway.baseURL, key: "sk-invalid")
        #expect(checks.last?.name == "gateway")
        #expect(checks.last?.passed == false)
        #expect(checks.last?.detail.contains("refused the key (HTTP 401)") == true)
    }

    @Test func aClosedPortFailsTheConnectionAndStops() async throws {
        let gateway = try FakeGateway()
        let port = gateway.port
        gateway.shutdown()
        let checks = await doctor("http://127.0.0.1:\(port)/v1", key: nil)
        #expect(checks.first?.passed == false)
        #expect(checks.first?.detail == "APIYI_API_KEY is not set")
        #expect(checks.last?.name == "connection")
        #expect(checks.last?.passed == false)
        #expect(checks.last?.detail.contains("could not connect to 127.0.0.1:\(port)") == true, "\(checks)")
    }

    @Test func anUnsafeBaseURLStopsBeforeTheNetwork() async {
        let checks = await doctor("http://api.example.test/v1", key: "sk-x")
        #expect(checks.map(\.name) == ["key", "base URL"])
        #expect(checks.last?.passed == false)
    }

    @Test func proxiesAreReadTheWayLibcurlReadsThem() throws {
        let https = try #require(URL(string: "https://api.apiyi.com/v1"))
        let http = try #require(URL(string: "http://127.0.0.1:8080/v1"))
        #expect(ProxySettings.proxy(for: https, environment: ["HTTPS_PROXY": "http://p:1"])?.variable == "HTTPS_PROXY")
        #expect(ProxySettings.proxy(for: https, environment: ["ALL_PROXY": "http://p:1"])?.variable == "ALL_PROXY")
        #expect(ProxySettings.proxy(for: http, environment: ["HTTP_PROXY": "http://p:1"]) == nil)
        #expect(ProxySettings.proxy(for: http, environment: ["http_proxy": "http://p:1"])?.value == "http://p:1")
        let bypass = ["https_proxy": "http://p:1", "NO_PROXY": "localhost, .apiyi.com"]
        #expect(ProxySettings.proxy(for: https, environment: bypass) == nil)
        #expect(ProxySettings.proxy(for: https, environment: ["https_proxy": "http://p:1", "no_proxy": "*"]) == nil)
        #expect(ProxySettings.proxy(for: https, environment: ["https_proxy": "x", "NO_PROXY": "pi.com"]) != nil)
        #expect(ProxySettings.masked("http://user:secret@proxy:8080") == "http://user:…@proxy:8080")
        #expect(ProxySettings.masked("http://proxy:8080") == "http://proxy:8080")
    }

    @Test func aProxyIsWhereTheConnectionGoes() async throws {
        let gateway = try FakeGateway()
        let environment = ["https_proxy": "http://u:pw@127.0.0.1:\(gateway.port)"]
        let checks = await doctor("https://api.example.test/v1", key: "sk-abc", environment: environment)
        #expect(checks[2].detail == "https_proxy=http://u:…@127.0.0.1:\(gateway.port) is used for api.example.test")
        #expect(checks[3].detail == "127.0.0.1 → 127.0.0.1")
        #expect(checks[4].passed)
    }
}
