import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line of the history: what one request (a run, or one item of a batch) asked for, what it made, what it
/// cost and how it ended.
///
/// Built from the same `ProvenanceRecord` a saved image carries, so the history, the image and `gen-image info`
/// agree; never the key, the base URL or a download link.
package struct HistoryEntry: Sendable, Equatable {
    /// When the request ended, ISO 8601 in UTC.
    package var time: String
    /// `run` for a single run (one line per request of `-n`), `batch` for a batch item.
    package var source: String
    /// `ok`, or the stable error code (`rate_limited`, `cancelled`, …).
    package var outcome: String
    /// The error's message in English, for a failure.
    package var message: String?
    /// The request as recorded: prompt, model, provider, endpoint, settings, inputs, request id, cost.
    package var record: ProvenanceRecord
    /// The images saved, absolute paths.
    package var paths: [String]
    /// Seconds the request took, retries included.
    package var elapsed: Double?

    /// Creates an entry.
    package init(
        time: String, source: String, outcome: String, message: String? = nil, record: ProvenanceRecord,
        paths: [String], elapsed: Double?
    ) {
        self.time = time
        self.source = source
        self.outcome = outcome
        self.message = message
        self.record = record
        self.paths = paths
        self.elapsed = elapsed
    }

    /// The line for a request that saved `result`.
    package init(_ planned: PlannedJob, provider: Provider, result: ImageResult, source: String, now: Date = Date()) {
        var record = planned.provenance(
            provider: provider, requestID: result.requestID, usage: result.usage, billedImages: result.billedImages)
        if let first = result.files.first {
            record.width = first.width
            record.height = first.height
            record.format = first.format.rawValue
        }
        self.init(
            time: ProvenanceMaker.timestamp(now), source: source, outcome: "ok", record: record,
            paths: result.files.map(\.path.path), elapsed: result.elapsed)
    }

    /// The line for a request that failed with `error` (an image kept in the recovery folder is its path).
    package init(
        _ planned: PlannedJob, provider: Provider, error: ImageAPIError, elapsed: Double?, source: String,
        now: Date = Date()
    ) {
        var record = planned.provenance(
            provider: provider, requestID: error.requestID, usage: error.usage, billedImages: error.billedImages ?? 0)
        if (error.billedImages ?? 0) == 0 { record.costUSD = nil }
        self.init(
            time: ProvenanceMaker.timestamp(now), source: source, outcome: error.code.rawValue,
            message: error.message, record: record, paths: error.recoveredPath.map { [$0] } ?? [], elapsed: elapsed)
    }

    /// The entry with `secret` (the key) masked wherever a gateway could have echoed it: the request id, the
    /// message, the record's texts. The history outlives the run; it never holds the key.
    package func masked(_ secret: String?) -> HistoryEntry {
        guard let secret, !secret.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return self }
        let key = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        var entry = self
        entry.record = ProvenanceMaker.masked(record, key: key)
        entry.message = message.map { Redaction.scrub($0, secret: key) }
        entry.paths = paths.map { Redaction.scrub($0, secret: key) }
        return entry
    }

    /// The line as one JSON object (snake_case keys, no line breaks).
    package var json: JSONValue {
        let recorded = record.json
        func field(_ key: String) -> JSONValue { recorded[key] ?? .null }
        var delivered: JSONValue = .null
        if record.width != nil || !record.format.isEmpty { delivered = field("delivered") }
        return .object([
            "time": .string(time), "source": .string(source), "outcome": .string(outcome),
            "message": message.map(JSONValue.string) ?? .null,
            "prompt": .string(record.prompt), "model": .string(record.model), "provider": .string(record.provider),
            "endpoint": .string(record.endpoint), "mode": .string(record.mode),
            "size_asked": field("size_asked"), "aspect": field("aspect"), "quality": field("quality"),
            "settings": field("settings"), "setting_order": field("setting_order"), "inputs": field("inputs"),
            "paths": .array(paths.map(JSONValue.string)), "delivered": delivered,
            "request_id": field("request_id"), "cost_usd": field("cost_usd"),
            "cost_is_estimate": field("cost_is_estimate"),
            "elapsed": elapsed.map { .number(($0 * 1000).rounded() / 1000) } ?? .null,
            "generator": .string(record.generator),
        ])
    }

    /// Reads a line written by `json`; nil for a line that is not one (a torn or foreign line is skipped).
    package init?(json: JSONValue) {
        guard let time = json["time"]?.stringValue, let outcome = json["outcome"]?.stringValue,
            case .object(var fields) = json
        else { return nil }
        fields["created"] = .string(time)
        guard let record = ProvenanceRecord(json: .object(fields)) else { return nil }
        var paths: [String] = []
        if case .array(let list)? = json["paths"] { paths = list.compactMap(\.stringValue) }
        var elapsed: Double?
        if case .number(let seconds)? = json["elapsed"] { elapsed = seconds }
        self.init(
            time: time, source: json["source"]?.stringValue ?? "run", outcome: outcome,
            message: json["message"]?.stringValue, record: record, paths: paths, elapsed: elapsed)
    }

    /// When the request ended, parsed from `time` (`2026-12-07T01:02:03Z`, as written); nil for another form.
    package var date: Date? {
        let digits = Array(time.utf8)
        guard digits.count == 20, digits[4] == UInt8(ascii: "-"), digits[10] == UInt8(ascii: "T"),
            digits[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ range: Range<Int>) -> Int32? {
            var value: Int32 = 0
            for byte in digits[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int32(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
        else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}
