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
                .invalidArgument, "too many input images: \(paths.count) given, at most \(spec.maxInputImages)",
                hint: "merge or drop some images; -i takes 1 to \(spec.maxInputImages) paths")
        }
        var inputs: [InputImage] = []
        var notes: [Diagnostic] = []
        for path in paths {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ImageAPIError(
                    .inputNotFound, "input image not found: \(path)",
                    hint: "check the path; note that -i takes every argument up to the next flag as an image, "
                        + "so put -p before -i or quote the prompt")
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            guard !isDirectory.boolValue, (attributes?[.type] as? FileAttributeType) == .typeRegular else {
                throw ImageAPIError(
                    .inputNotFound, "input image is not a regular file: \(path)", hint: "pass the path of an image file"
                )
            }
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
            if size > spec.maxInputBytes {
                throw ImageAPIError(
                    .inputTooLarge,
                    "input image is too large: \(path) is \(ByteCount.text(size)), "
                        + "the limit is \(ByteCount.text(spec.maxInputBytes))",
                    hint: "shrink or re-encode it (the gateway recommends at most "
                        + "\(ByteCount.text(spec.recommendedInputBytes)) per image)")
            }
            guard let handle = FileHandle(forReadingAtPath: url.path) else {
                throw ImageAPIError(.inputNotFound, "cannot read input image: \(path)", hint: "check its permissions")
            }
            let head = (try? handle.read(upToCount: 64)) ?? Data()
            try? handle.close()
            guard let format = ImageInspector.format(of: head) else {
                throw ImageAPIError(
                    .inputNotImage, "input is not a PNG, JPEG or WebP image: \(path)",
                    hint: "convert it first (HEIC, GIF, BMP and others are not accepted; the file's bytes decide, "
                        + "not its extension)")
            }
            if size > spec.recommendedInputBytes {
                notes.append(
                    Diagnostic(
                        .warning, code: "input_large",
                        "\(path) is \(ByteCount.text(size)); the gateway recommends at most "
                            + "\(ByteCount.text(spec.recommendedInputBytes)) per image and may reject it"))
            }
            inputs.append(InputImage(url: url, format: format, byteCount: size))
        }
        return (inputs, notes)
    }
}
