import Foundation

/// Names for what a stream saves: partial images as `<name>.partial-<n>.<ext>` and finished images as
/// `<name>.<ext>`, or `<name>-1.<ext>`, `<name>-2.<ext>`, … when one request made several.
///
/// The name is fixed before the first partial image arrives, so partial and final files share it; with no
/// `-f` it is the automatic `YYYY-MM-DD-HH-MM-SS-<slug>-<id>` made once. `ImageWriter` still decides the
/// extension from the bytes and never overwrites.
struct StreamNaming {
    let directory: URL
    let stem: String
    /// Whether the user named the file (`-f`); then its extension is kept (or left out) as typed, so
    /// `ImageWriter` fixes it with the same warning as for a single image. Automatic names take the real one.
    let isRequested: Bool
    /// The image extension the user typed (`-f cat.png` → `png`), nil when none.
    let requestedExtension: String?

    /// The naming a planned job's images take: its fixed variant name, when it is one of several requests.
    init(for planned: PlannedJob, prompt: String) {
        if let variant = planned.variantName {
            self.init(
                directory: variant.directory, stem: variant.stem, isRequested: variant.isRequested,
                requestedExtension: variant.requestedExtension)
        } else {
            self.init(target: planned.output, prompt: prompt)
        }
    }

    private init(directory: URL, stem: String, isRequested: Bool, requestedExtension: String?) {
        self.directory = directory
        self.stem = stem
        self.isRequested = isRequested
        self.requestedExtension = requestedExtension
    }

    /// The fixed name of image `number` of several requests' images: `<stem>-<number>`.
    func variant(_ number: Int) -> VariantName {
        VariantName(
            directory: directory, stem: "\(stem)-\(number)", isRequested: isRequested,
            requestedExtension: requestedExtension)
    }

    init(target: OutputTarget, prompt: String, now: Date = Date()) {
        switch target {
        case .automatic(let folder):
            directory = folder.standardizedFileURL
            stem = "\(FileNamer.timestamp(now))-\(FileNamer.slug(for: prompt))-\(FileNamer.randomTag())"
            isRequested = false
            requestedExtension = nil
        case .file(let url):
            let url = url.standardizedFileURL
            directory = url.deletingLastPathComponent()
            let ext = url.pathExtension.lowercased()
            let isImage = ImageFormat.allCases.contains { $0.acceptedExtensions.contains(ext) }
            stem = isImage ? url.deletingPathExtension().lastPathComponent : url.lastPathComponent
            isRequested = true
            requestedExtension = isImage ? url.pathExtension : nil
        }
    }

    /// Where partial image number `serial` (from 1, in arrival order) goes.
    func partial(_ serial: Int, format: ImageFormat) -> OutputTarget {
        .file(directory.appendingPathComponent("\(stem).partial-\(serial).\(format.fileExtension)"))
    }

    /// Where finished image `number` (from 1) of `count` goes.
    func final(_ number: Int, of count: Int, format: ImageFormat) -> OutputTarget {
        let name = count > 1 ? "\(stem)-\(number)" : stem
        let ext = isRequested ? requestedExtension : format.fileExtension
        return .file(directory.appendingPathComponent(name + (ext.map { ".\($0)" } ?? "")))
    }
}
