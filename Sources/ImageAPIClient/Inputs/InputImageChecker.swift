import Foundation

/// Checks input images before anything is sent: each must exist, be a regular file, be PNG, JPEG or WebP by
/// its bytes, and be small enough for the gateway.
///
/// The skill scripts label every upload `image/png` and only check that the path exists; a phone photo in
/// HEIC or a 60 MB scan then fails minutes later on the gateway, after the user has waited. Checking here
/// turns that into an immediate, precise error.
enum InputImageChecker {
    /// The checked inputs plus warnings (e.g. over the recommended size).
    static func check(_ paths: [String], spec: ModelSpec) throws(ImageAPIError) -> ([InputImage], [Diagnostic]) {
        if paths.count > spec.maxInputImages {
            throw ImageAPIError(
                .invalidArgument,
                Message.inputTooMany(count: String(paths.count), max: String(spec.maxInputImages)),
                hint: Message.inputTooManyHint(max: String(spec.maxInputImages)))
        }
        var inputs: [InputImage] = []
        var notes: [Diagnostic] = []
        for path in paths {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ImageAPIError(
                    .inputNotFound, Message.inputNotFound(path: path), setting: .inputImages,
                    remedy: .checkInputPath)
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            guard !isDirectory.boolValue, (attributes?[.type] as? FileAttributeType) == .typeRegular else {
                throw ImageAPIError(
                    .inputNotFound, Message.inputNotFile(path: path), hint: Message.inputNotFileHint)
            }
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
            if size > spec.maxInputBytes {
                throw ImageAPIError(
                    .inputTooLarge,
                    Message.inputTooLarge(
                        path: path, size: ByteCount.text(size), limit: ByteCount.text(spec.maxInputBytes)),
                    hint: Message.inputTooLargeHint(recommended: ByteCount.text(spec.recommendedInputBytes)))
            }
            guard let handle = FileHandle(forReadingAtPath: url.path) else {
                throw ImageAPIError(
                    .inputNotFound, Message.inputUnreadable(path: path), hint: Message.inputPermissions)
            }
            let head = (try? handle.read(upToCount: 64)) ?? Data()
            try? handle.close()
            guard let format = ImageInspector.format(of: head) else {
                throw ImageAPIError(
                    .inputNotImage, Message.inputNotImage(path: path), hint: Message.inputNotImageHint)
            }
            if size > spec.recommendedInputBytes {
                notes.append(
                    Diagnostic(
                        .warning, code: "input_large",
                        Message.inputLarge(
                            path: path, size: ByteCount.text(size),
                            recommended: ByteCount.text(spec.recommendedInputBytes))))
            }
            inputs.append(InputImage(url: url, format: format, byteCount: size))
        }
        return (inputs, notes)
    }
}
