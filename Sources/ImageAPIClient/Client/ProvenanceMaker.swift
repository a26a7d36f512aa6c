import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds the provenance a run's images carry, from the plan and the reply: never the key, the base URL or a
/// download link.
enum ProvenanceMaker {
    /// The stamp for the images of one reply; nil with `--metadata none`, so nothing is even computed.
    static func stamp(
        _ planned: PlannedJob, provider: Provider, requestID: String?, usage: JSONValue?, billedImages: Int,
        key: String, now: Date = Date()
    ) -> ProvenanceStamp? {
        guard planned.metadata != .none else { return nil }
        let record = record(
            planned, provider: provider, requestID: requestID, usage: usage, billedImages: billedImages, now: now)
        return ProvenanceStamp(mode: planned.metadata, record: masked(record, key: key))
    }

    /// Everything known about a request before its image is read (the writer adds what was delivered).
    static func record(
        _ planned: PlannedJob, provider: Provider, requestID: String?, usage: JSONValue?, billedImages: Int,
        now: Date = Date()
    ) -> ProvenanceRecord {
        var cost = CostEstimate()
        cost.add(planned.spec, quality: planned.parameters.quality, usage: usage, images: billedImages)
        var settings: [(name: String, value: String)] = []
        for (option, value) in planned.parameters {
            switch value {
            case .file: continue  // the mask: recorded with the inputs, by digest
            default: break
            }
            // A size `--aspect` chose is the aspect's, which a rerun asks for again.
            if option == .size, planned.aspect != nil { continue }
            // How many images were asked for is not how this one was made: running it again makes one.
            if option == .count { continue }
            settings.append((option.rawValue, value.wireText))
        }
        var inputs = planned.inputs.map { input($0, role: "image") }
        if let mask = planned.mask { inputs.append(input(mask, role: "mask")) }
        let mode: String
        switch planned.mode {
        case .generate: mode = "generate"
        case .edit: mode = "edit"
        case .fuse: mode = "fuse"
        }
        return ProvenanceRecord(
            prompt: planned.userPrompt, model: planned.model, mode: mode, provider: provider.id,
            endpoint: planned.endpoint.rawValue, sizeAsked: planned.parameters[.size]?.wireText,
            aspect: planned.aspect?.ratio.description,
            resolution: planned.aspect.flatMap { $0.resolutionGiven ? $0.resolution.rawValue : nil },
            quality: planned.parameters.quality, formatAsked: planned.parameters[.outputFormat]?.wireText,
            format: "", requestID: requestID, created: timestamp(now),
            costUSD: cost.exact + cost.guessed > 0 ? cost.dollars : nil, costIsEstimate: cost.isPartial,
            settings: settings, inputs: inputs, toolModel: planned.toolModel)
    }

    /// The record with the key masked wherever it appears (a gateway may echo it in a request id header): a
    /// file outlives the run, and is shared.
    static func masked(_ record: ProvenanceRecord, key: String) -> ProvenanceRecord {
        func mask(_ text: String) -> String { Redaction.scrub(text, secret: key) }
        var record = record
        record.prompt = mask(record.prompt)
        record.requestID = record.requestID.map(mask)
        record.toolModel = record.toolModel.map(mask)
        record.settings = record.settings.map { ($0.name, mask($0.value)) }
        return record
    }

    private static func input(_ image: InputImage, role: String) -> ProvenanceRecord.Input {
        ProvenanceRecord.Input(
            role: role, name: image.url.lastPathComponent, path: image.url.standardizedFileURL.path,
            sha256: SHA256.hex(ofFile: image.url) ?? "")
    }

    /// `2026-12-07T01:02:03Z`.
    static func timestamp(_ date: Date) -> String {
        // By hand rather than with ISO8601DateFormatter, whose creation (ICU) costs more than the rest of a
        // record: a batch makes one record per item for the file, the history and the gallery.
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}

extension PlannedJob {
    /// The record of this request as its images would carry it (prompt, model, provider, settings, inputs by
    /// digest), for what describes a request that made no image: a history line, a failed gallery card.
    public func provenance(
        provider: Provider, requestID: String? = nil, usage: JSONValue? = nil, billedImages: Int = 1
    ) -> ProvenanceRecord {
        ProvenanceMaker.record(
            self, provider: provider, requestID: requestID, usage: usage, billedImages: billedImages)
    }
}
