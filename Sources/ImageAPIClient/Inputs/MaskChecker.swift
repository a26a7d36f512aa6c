import Foundation

/// Checks an edit mask before anything is sent: it must exist, be a PNG by its bytes, carry an alpha channel,
/// have exactly the pixel size of the first input image, and stay under the row's byte limit (4 MB).
///
/// The API uses the mask's transparent pixels to mark where the image may change, so a mask without alpha, or
/// of another size, fails on the gateway after an upload and a wait; every one of these is found here in
/// milliseconds instead.
enum MaskChecker {
    static func check(_ path: String, against first: InputImage, maxBytes: Int, notes: inout [Diagnostic])
        throws(ImageAPIError) -> InputImage
    {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else {
            throw ImageAPIError(
                .inputNotFound, Message("mask.not_found", ["path": path]), hint: Message("mask.not_found.hint"))
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size < maxBytes else {
            throw ImageAPIError(
                .inputTooLarge,
                Message(
                    "mask.too_large", ["path": path, "size": ByteCount.text(size), "limit": ByteCount.text(maxBytes)]),
                hint: Message("mask.too_large.hint"))
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw ImageAPIError(
                .inputNotFound, Message("mask.unreadable", ["path": path]), hint: Message("input.permissions"))
        }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        try? handle.close()
        guard ImageInspector.format(of: head) == .png, let facts = ImageInspector.inspect(head),
            let width = facts.width, let height = facts.height
        else {
            let message =
                ImageInspector.format(of: head).map {
                    Message("mask.not_png.format", ["path": path, "format": $0.rawValue.uppercased()])
                } ?? Message("mask.not_png.not_image", ["path": path])
            throw ImageAPIError(.inputNotImage, message, hint: Message("mask.not_png.hint"))
        }
        guard hasAlphaChannel(pngHead: head) else {
            throw ImageAPIError(
                .invalidArgument, Message("mask.no_alpha", ["path": path]), hint: Message("mask.no_alpha.hint"))
        }
        guard let firstFacts = inspectWhole(first.url), let firstWidth = firstFacts.width,
            let firstHeight = firstFacts.height
        else {
            throw ImageAPIError(
                .invalidArgument, Message("mask.image_size_unknown", ["image": first.url.lastPathComponent]),
                hint: Message("mask.image_size_unknown.hint"))
        }
        guard width == firstWidth, height == firstHeight else {
            throw ImageAPIError(
                .invalidArgument,
                Message(
                    "mask.size_mismatch",
                    [
                        "mask": "\(width)x\(height)", "image": first.url.lastPathComponent,
                        "size": "\(firstWidth)x\(firstHeight)",
                    ]),
                hint: Message("mask.size_mismatch.hint", ["size": "\(firstWidth)x\(firstHeight)"]))
        }
        if first.format != .png {
            notes.append(
                Diagnostic(
                    .warning, code: "mask_format",
                    Message("mask.format_differs", ["format": first.format.rawValue.uppercased()])))
        }
        return InputImage(url: url, format: .png, byteCount: size)
    }

    /// Whether a PNG's header declares an alpha channel: colour type 4 (grey + alpha) or 6 (RGBA), the byte
    /// after the bit depth in IHDR. A palette with a tRNS chunk is transparency, not an alpha channel, and the
    /// API asks for the channel.
    static func hasAlphaChannel(pngHead: Data) -> Bool {
        guard pngHead.count > 25 else { return false }
        let colourType = pngHead[pngHead.startIndex + 25]
        return colourType == 4 || colourType == 6
    }

    /// The facts of a whole file, memory-mapped: a JPEG's size can sit after large metadata blocks.
    private static func inspectWhole(_ url: URL) -> ImageInspector.Facts? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        return ImageInspector.inspect(data)
    }
}
