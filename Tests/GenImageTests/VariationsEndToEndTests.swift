import FakeGateway
import Foundation
import ImageAPIClient
import Testing

/// `-n N`: one request carrying `n` where the provider's row takes it (gpt-image-2 at APIYI), otherwise N
/// requests at once, paced by the batch's handling of 429; files `NAME-1` … `NAME-N`, one path per line, an
/// `images` array in `--json`, and the estimate multiplied by N.
@Suite("-n: several images of one prompt, end to end")
struct VariationsEndToEndTests {
    /// The paths on stdout: `count` distinct files, `NAME-1` … in order, each an image on disk.
    private func expectImages(_ lines: [String], stem: String, count: Int) {
        #expect(lines.count == count, "\(lines)")
        #expect(Set(lines).count == count)
        for (index, line) in lines.enumerated() {
            let url = URL(fileURLWithPath: line)
            #expect(url.lastPathComponent.hasPrefix("\(stem)-\(index + 1)."), "\(line)")
            let data = FileManager.default.contents(atPath: line) ?? Data()
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(line) is not a PNG")
        }
    }

    @Test func gptImage2SendsOneRequestWithN() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-m", "gpt-image-2", "-p", "a red fox", "-n", "3", "-f", "fox.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let posts = scenario.gateway.requests(to: "/v1/images/generations")
        #expect(posts.count == 1)
        #expect(posts.first?.jsonBody?["n"] as? Int == 3)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let images = try #require(json["images"] as? [String])
        expectImages(images, stem: "fox", count: 3)
        #expect((json["files"] as? [Any])?.count == 3)
        #expect((json["failures"] as? [Any])?.isEmpty == true)
        #expect(result.stderr.contains("3 images in one request (n=3)"), "\(result.stderr)")
    }

    @Test func otherModelsSendNRequestsAtOnce() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-m", "gpt-image-2-all", "-p", "a blue whale", "-n", "3", "-f", "whale.png"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let posts = scenario.gateway.requests(to: "/v1/chat/completions")
        #expect(posts.count == 3)
        #expect(posts.allSatisfy { $0.jsonBody?["n"] == nil })
        expectImages(result.stdoutLines, stem: "whale", count: 3)
        #expect(result.stderr.contains("3 images in 3 requests at once · $0.09 in all"), "\(result.stderr)")
        // Each image records one request: running one of them again makes one image.
        let info = try scenario.run(["info", result.stdoutLines[1], "--json"])
        #expect(!info.stdout.contains(#""n":"3""#), "\(info.stdout)")
    }

    @Test func vibeAPIIgnoresNSoEachImageIsItsOwnRequest() throws {
        let scenario = try Scenario()
        scenario.gateway.imitateVibeAPI()
        let result = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "-p", "a green owl", "-n", "3", "-f", "owl.png"],
            environment: ["VIBEAPI_API_KEY": CLIRunner.markerKey, "APIYI_API_KEY": nil])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let posts = scenario.gateway.requests(to: "/v1/images/generations")
        #expect(posts.count == 3)
        #expect(posts.allSatisfy { $0.jsonBody?["n"] == nil })
        expectImages(result.stdoutLines, stem: "owl", count: 3)
    }

    @Test func aRateLimitedRequestWaitsAndIsSentAgain() throws {
        let scenario = try Scenario()
        let refused = Locked(false)
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if request.method == "POST", !refused.value {
                refused.update { $0 = true }
                return .error(status: 429, message: "Too many requests", code: "rate_limit_exceeded")
            }
            return gateway.defaultResponse(to: request)
        }
        let result = try scenario.run(["-m", "gpt-image-2-all", "-p", "a grey cat", "-n", "3", "-f", "cat.png"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(scenario.gateway.requests(to: "/v1/chat/completions").count == 4)
        expectImages(result.stdoutLines, stem: "cat", count: 3)
    }

    @Test func oneFailedRequestOfThreeKeepsTheOthersAndExits4() throws {
        let scenario = try Scenario()
        let served = Locked(0)
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if request.method == "POST" {
                let number = served.withLock { count -> Int in
                    count += 1
                    return count
                }
                if number == 2 { return .error(status: 400, message: "bad request", code: "invalid_request") }
            }
            return gateway.defaultResponse(to: request)
        }
        let result = try scenario.run(
            ["-m", "gpt-image-2-all", "-p", "a red kite", "-n", "3", "-f", "kite.png", "--json"])
        #expect(result.exitCode == 4, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["images"] as? [String])?.count == 2)
        let failures = try #require(json["failures"] as? [[String: Any]])
        #expect(failures.count == 1 && failures[0]["code"] as? String != nil, "\(failures)")
        #expect(result.stderr.contains(" of 3 was not made ["), "\(result.stderr)")
    }

    @Test func theEstimateBeforeSendingIsForEveryImage() throws {
        let scenario = try Scenario()
        let one = try scenario.run(["-m", "gpt-image-2-vip", "-p", "x", "--dry-run", "--json"])
        let three = try scenario.run(["-m", "gpt-image-2-vip", "-p", "x", "-n", "3", "--dry-run", "--json"])
        func cost(_ result: CLIResult) -> Double? {
            (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["cost_usd"]
                as? Double
        }
        #expect(cost(one) == 0.03)
        #expect(cost(three).map { abs($0 - 0.09) < 1e-9 } == true, "\(three.stdout)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test(arguments: ["0", "11", "three"])
    func anImpossibleCountIsRefusedBeforeSending(count: String) throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-m", "gpt-image-2", "-p", "x", "-n", count])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("-n/--n"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aBatchItemIsOneImageSoNIsNotABatchField() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "x", "n": 3}]}"#.utf8), to: "j.json")
        let result = try scenario.run(["batch", "j.json"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(#"unknown field "n""#) && result.stderr.contains("one item per file name"))
        #expect(scenario.gateway.requests.isEmpty)
    }
}
