import FakeGateway
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Issue #12's measurements: CPU while waiting for a reply that never comes (one run and `batch -j 8`, with
/// curl beside them), and how fast Ctrl-C ends a waiting run; each with every transport the platform has.
extension Bench {
    /// The transports to compare: the default, and on Linux the URLSession fallback.
    var transports: [(label: String, environment: [String: String])] {
        #if os(Linux)
            [("libcurl", [:]), ("URLSession", ["GEN_IMAGE_TRANSPORT": "urlsession"])]
        #else
            [("URLSession", [:])]
        #endif
    }

    func waitCPU() {
        let wait = 10.0
        gateway.setHandler { _ in FakeResponse(bodyMode: .neverRespond) }
        defer { gateway.setHandler(nil) }
        print("")
        print("5. CPU over a \(seconds(wait)) wait for a reply that never comes (user+sys; goal < 0.2 s)")
        func show(_ label: String, _ run: Measurement) {
            let cpu = String(format: "%.2f s", run.cpuSeconds)
            let padded = label.padding(toLength: 30, withPad: " ", startingAt: 0)
            print("   \(padded) CPU \(cpu)   wall \(seconds(run.seconds))   exit \(run.exitStatus)")
        }
        let timeout = String(Int(wait))
        for (label, extra) in transports {
            let run = ProcessMeter.run(
                options.binary.path,
                [
                    "-p", "wait", "-m", "gpt-image-2", "--timeout", timeout, "--retries", "0", "--quiet", "-f",
                    folder.appendingPathComponent("wait.png").path,
                ],
                environment: environment.merging(extra) { $1 })
            show("gen-image (\(label))", run)
            print("   goal: CPU < 0.2 s: \(verdict(run.cpuSeconds < 0.2))")
        }
        let curl = ProcessMeter.run(
            "/bin/sh",
            [
                "-c",
                "curl -sS -m \(timeout) -X POST -H 'Content-Type: application/json' -d '{}' "
                    + "'\(gateway.baseURL)/images/generations' > /dev/null 2>&1; true",
            ],
            environment: environment)
        show("curl", curl)

        let jobs = 8
        let file = folder.appendingPathComponent("wait-batch.json")
        let items = (1...jobs).map { "{\"prompt\": \"wait \($0)\"}" }
        _ = FileManager.default.createFile(
            atPath: file.path, contents: Data(("{\"prompts\": [" + items.joined(separator: ",") + "]}\n").utf8))
        for (label, extra) in transports {
            let out = folder.appendingPathComponent("wait-batch-\(label)")
            let run = ProcessMeter.run(
                options.binary.path,
                [
                    "batch", file.path, "-j", String(jobs), "--timeout", timeout, "--retries", "0", "--out-dir",
                    out.path,
                    "--quiet",
                ],
                environment: environment.merging(extra) { $1 })
            try? FileManager.default.removeItem(at: out)
            show("batch -j \(jobs) (\(label))", run)
        }
        let curls = ProcessMeter.run(
            "/bin/sh",
            [
                "-c",
                (1...jobs).map { _ in
                    "curl -sS -m \(timeout) -X POST -d '{}' '\(gateway.baseURL)/images/generations' >/dev/null 2>&1 &"
                }.joined(separator: " ") + " wait",
            ],
            environment: environment)
        show("\(jobs) curls at once", curls)
    }

    /// From SIGINT to exit, while the run waits for the gateway.
    func cancelLatency() {
        gateway.setHandler { _ in FakeResponse(bodyMode: .neverRespond) }
        defer { gateway.setHandler(nil) }
        print("")
        print("6. cancellation: SIGINT while waiting for the reply, time until gen-image has exited")
        for (label, extra) in transports {
            var latencies: [Double] = []
            for _ in 0..<max(options.runs, 3) {
                let before = gateway.requests.count
                // posix_spawn and waitpid rather than Process, whose waitUntilExit polls every 50 ms.
                let arguments = [
                    options.binary.path, "-p", "cancel", "-m", "gpt-image-2", "--quiet", "-f",
                    folder.appendingPathComponent("cancel.png").path,
                ]
                let argv = arguments.map { strdup($0) } + [nil]
                let envp = environment.merging(extra) { $1 }.map { strdup("\($0.key)=\($0.value)") } + [nil]
                defer {
                    argv.forEach { free($0) }
                    envp.forEach { free($0) }
                }
                var quiet = posix_spawn_file_actions_t()
                posix_spawn_file_actions_init(&quiet)
                defer { posix_spawn_file_actions_destroy(&quiet) }
                posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0)
                var pid = pid_t()
                guard posix_spawn(&pid, options.binary.path, &quiet, nil, argv, envp) == 0 else { return }
                let deadline = Date().addingTimeInterval(10)
                while gateway.requests.count == before && Date() < deadline { usleep(2_000) }
                usleep(200_000)  // well into the wait
                let sent = DispatchTime.now()
                kill(pid, SIGINT)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - sent.uptimeNanoseconds) / 1e6)
            }
            let text = latencies.map { String(format: "%.1f", $0) }.joined(separator: ", ")
            print("   gen-image (\(label)): \(String(format: "%.1f", median(latencies))) ms median (runs: \(text) ms)")
        }
    }
}
