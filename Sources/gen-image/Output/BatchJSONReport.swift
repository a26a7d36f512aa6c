import Foundation
import ImageAPIClient

/// `gen-image batch --json`: one JSON object on stdout holding every job's result (the manifest's content),
/// or the file's problems, or the plan of a dry run. Messages are in English, settings named by their fields.
enum BatchJSONReport {
    /// `{"ok", "exit_code", "manifest_path", "summary", "jobs", …}`: the manifest with what the run ended as.
    static func finished(_ manifest: BatchManifest, journal: BatchJournal? = nil, at url: URL?, exitCode: Int32)
        -> JSONValue
    {
        var fields: [String: JSONValue] = [:]
        var text = Data()
        try? manifest.render(journal: journal) { text.append($0) }
        if case .object(let content)? = try? JSONDecoder().decode(JSONValue.self, from: text) {
            fields = content
        }
        fields["ok"] = .bool(exitCode == ExitCode.success)
        fields["exit_code"] = .number(Double(exitCode))
        fields["manifest_path"] = url.map { .string($0.path) } ?? .null
        return .object(fields)
    }

    /// `{"ok": false, "error": {…}, "problems": [{"index", "line", "field", "code", "message", "hint"}]}`.
    static func problems(_ problems: [BatchProblem], spelling: Spelling) -> JSONValue {
        let english = Wording(language: .en, spelling: spelling)
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        var envelope = JSONReport.failure(
            ImageAPIError(
                .invalidArgument, .verbatim("the batch file has \(count); nothing was sent"),
                hint: .verbatim("fix each item named in \"problems\" and run again")), spelling: spelling)
        if case .object(var fields) = envelope {
            fields["problems"] = .array(
                problems.map { problem in
                    .object([
                        "index": problem.index.map { .number(Double($0)) } ?? .null,
                        "line": problem.line.map { .number(Double($0)) } ?? .null,
                        "field": problem.field.map(JSONValue.string) ?? .null,
                        "code": .string(problem.error.code.rawValue),
                        "message": .string(english.message(of: problem.error)),
                        "hint": BatchReporter.hint(of: problem.error, wording: english).map(JSONValue.string) ?? .null,
                    ])
                })
            envelope = .object(fields)
        }
        return envelope
    }

    /// `{"ok": true, "dry_run": true, "jobs": [{"index", "action", "model", "endpoint", "path", "prompt_sent",
    /// "options", "input_images", "fingerprint", "recorded_fingerprint", "changed"}], "cost_usd"}`.
    static func dryRun(_ plan: BatchPlan) -> JSONValue {
        let jobs: [JSONValue] = plan.jobs.map { job in
            let planned = job.planned
            let skip = !job.willRun
            var given: [String: JSONValue] = [:]
            for (option, value) in planned.parameters {
                switch value {
                case .integer(let number): given[option.rawValue] = .number(Double(number))
                case .flag: given[option.rawValue] = .bool(true)
                default: given[option.rawValue] = .string(value.wireText)
                }
            }
            return .object([
                "index": .number(Double(job.item.index)),
                "action": .string(skip ? "skip" : "run"),
                "model": .string(planned.model),
                "endpoint": .string(planned.endpoint.rawValue),
                "path": .string((job.existing ?? job.target).path),
                "prompt_sent": .string(planned.prompt),
                "options": .object(given),
                "input_images": .array(planned.inputs.map { .string($0.url.path) }),
                "fingerprint": .string(job.fingerprint),
                "recorded_fingerprint": job.recordedFingerprint.map(JSONValue.string) ?? .null,
                "changed": .bool(job.changedSinceExisting),
            ])
        }
        let cost = plan.estimatedCost
        return .object([
            "ok": .bool(true), "dry_run": .bool(true), "jobs": .array(jobs),
            "cost_usd": .number((cost.dollars * 10_000).rounded() / 10_000),
        ])
    }
}
