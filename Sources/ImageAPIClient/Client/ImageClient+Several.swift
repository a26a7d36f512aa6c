import Foundation

extension ImageClient {
    /// Saves the images after the first of a reply that held several (`<name>-2`, `<name>-3`, …), downloading
    /// those given as links. One that cannot be fetched or saved becomes a warning naming its link, or is kept
    /// in the recovery folder; the others are saved regardless. Each download gets `timeout` seconds (the
    /// attempt's own limit), so a stalled link cannot hang a run whose image is already saved.
    func saveAdditional(
        _ payloads: [ReplyParser.Payload], naming: StreamNaming, count: Int, prompt: String, writer: ImageWriter,
        timeout: Double, stamp: ProvenanceStamp? = nil
    ) async -> (files: [SavedImage], notes: [Diagnostic]) {
        let downloader = ImageDownloader(transport: configuration.transport, userAgent: configuration.userAgent)
        var files: [SavedImage] = []
        var notes: [Diagnostic] = []
        for (index, payload) in payloads.enumerated() {
            let number = index + 2
            var link: String?
            let data: Data
            switch payload {
            case .inline(let bytes):
                data = bytes
            case .remote(let url):
                link = url
                guard let bytes = try? await withDeadline(seconds: timeout, { try await downloader.fetch(url) }) else {
                    notes.append(failed(number, link: url))
                    continue
                }
                data = bytes
            }
            guard let facts = ImageInspector.inspect(data) else {
                notes.append(failed(number, link: link))
                continue
            }
            let target = naming.final(number, of: count, format: facts.format)
            let path: URL
            var sidecar: URL?
            if let outcome = try? writer.write(data, format: facts.format, prompt: prompt, target: target, stamp: stamp)
            {
                path = outcome.url
                sidecar = outcome.sidecar
                notes += outcome.notes
            } else if let kept = RecoveryFolder.keepAnywhere(
                data, format: facts.format, prompt: prompt, temporaryFiles: writer.temporaryFiles, stamp: stamp)
            {
                path = kept
                notes.append(
                    Diagnostic(.warning, code: "image_recovered", Message.outputRecovered(path: kept.path)))
            } else {
                notes.append(
                    Diagnostic(
                        .warning, code: "image_lost", Message.outputLostNumbered(number: String(number), link: link)))
                continue
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path.path)[.size]) as? NSNumber
            var saved = SavedImage(
                path: path, byteCount: size?.intValue ?? ImageSpool.byteCount(of: data), width: facts.width,
                height: facts.height, format: facts.format)
            saved.sidecar = sidecar
            files.append(saved)
        }
        return (files, notes)
    }

    private func failed(_ number: Int, link: String?) -> Diagnostic {
        Diagnostic(
            .warning, code: "image_not_saved",
            Message.replySeveralFailed(number: String(number), link: link ?? "-"))
    }
}
