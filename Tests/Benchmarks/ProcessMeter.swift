import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The wall time and peak resident memory of one finished process (and, for a shell pipeline, the largest
/// of the processes it waited for).
struct Measurement {
    let seconds: Double
    let peakBytes: Int
    let exitStatus: Int32
    /// User plus system CPU seconds (of the process and the children it waited for), as `/usr/bin/time` reports.
    var cpuSeconds: Double = 0
}

/// Runs a command with posix_spawn and reads its peak memory from wait4's rusage, which Foundation's
/// Process cannot report.
enum ProcessMeter {
    /// Measures a command through a small launcher (a fresh copy of this binary), so the figures are the
    /// command's own and not inherited from the benchmark's memory.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) -> Measurement {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-bench-\(UUID()).txt")
        defer { try? FileManager.default.removeItem(at: report) }
        let launcher = URL(fileURLWithPath: CommandLine.arguments[0]).path
        let outer = spawnAndWait(
            launcher, ["--measure-child", report.path, executable] + arguments, environment: environment)
        guard outer.exitStatus == 0, let text = try? String(contentsOf: report, encoding: .utf8) else {
            return Measurement(seconds: 0, peakBytes: 0, exitStatus: outer.exitStatus == 0 ? 1 : outer.exitStatus)
        }
        let fields = text.split(separator: " ")
        guard fields.count == 4, let seconds = Double(fields[0]), let peak = Int(fields[1]),
            let status = Int32(fields[2]), let cpu = Double(fields[3].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return Measurement(seconds: 0, peakBytes: 0, exitStatus: 1) }
        return Measurement(seconds: seconds, peakBytes: peak, exitStatus: status, cpuSeconds: cpu)
    }

    /// The launcher: `--measure-child REPORT EXECUTABLE ARGS...`; writes "seconds peakBytes status cpu" to
    /// REPORT.
    static func childMain(_ arguments: [String]) -> Never {
        let report = arguments[0]
        let result = spawnAndWait(
            arguments[1], Array(arguments.dropFirst(2)),
            environment: ProcessInfo.processInfo.environment)
        let line = "\(result.seconds) \(result.peakBytes) \(result.exitStatus) \(result.cpuSeconds)\n"
        _ = FileManager.default.createFile(atPath: report, contents: Data(line.utf8))
        exit(0)
    }

    private static func spawnAndWait(
        _ executable: String, _ arguments: [String], environment: [String: String],
        stdout: String = "/dev/null", stderr: String = "/dev/null"
    ) -> Measurement {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&fileActions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let started = DispatchTime.now()
        let spawned = posix_spawn(&pid, executable, &fileActions, nil, argv, envp)
        guard spawned == 0 else {
            fatalError("could not start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        #if canImport(Darwin)
            let peak = Int(usage.ru_maxrss)
        #else
            let peak = Int(usage.ru_maxrss) * 1024
        #endif
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        // On Linux wait4 counts the descendants the process waited for, so a pipeline's CPU is all of it.
        func cpu(_ usage: rusage) -> Double {
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
                + Double(usage.ru_stime.tv_usec) / 1e6
        }
        return Measurement(seconds: seconds, peakBytes: peak, exitStatus: exitStatus, cpuSeconds: cpu(usage))
    }
}
