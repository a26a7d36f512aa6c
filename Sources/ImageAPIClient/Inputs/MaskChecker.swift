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
                .inputNotFound, Message.maskNotFound(path: path), hint: Message.maskNotFoundHint)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size < maxBytes else {
            throw ImageAPIError(
                .inputTooLarge,
                Message.maskTooLarge(path: path, size: ByteCount.text(size), limit: ByteCount.text(maxBytes)),
                hint: Message.maskTooLargeHint)
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw ImageAPIError(
                .inputNotFound, Message.maskUnreadable(path: path), hint: Message.inputPermissions)
        }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        try? handle.close()
        guard ImageInspector.format(of: head) == .png, let facts = ImageInspector.inspect(head),
            let width = facts.width, let height = facts.height
        else {
            let message =
                ImageInspector.format(of: head).map {
                    Message.maskNotPngFormat(path: path, format: $0.rawValue.uppercased())
                } ?? Message.maskNotPngNotImage(path: path)
            throw ImageAPIError(.inputNotImage, message, hint: Message.maskNotPngHint)
        }
        guard hasAlphaChannel(pngHead: head) else {
            throw ImageAPIError(
                .invalidArgument, Message.maskNoAlpha(path: path), hint: Message.maskNoAlphaHint)
        }
        guard let firstFacts = inspectWhole(first.url), let firstWidth = firstFacts.width,
            let firstHeight = firstFacts.height
        else {
            throw ImageAPIError(
                .invalidArgument, Message.maskImageSizeUnknown(image: first.url.lastPathComponent),
                hint: Message.maskImageSizeUnknownHint)
        }
        guard width == firstWidth, height == firstHeight else {
            throw ImageAPIError(
                .invalidArgument,
                Message.maskSizeMismatch(
                    mask: "\(width)x\(height)", image: first.url.lastPathComponent, size: "\(firstWidth)x\(firstHeight)"
                ),
                hint: Message.maskSizeMismatchHint(size: "\(firstWidth)x\(firstHeight)"))
        }
        if first.format != .png {
            notes.append(
                Diagnostic(
                    .warning, code: "mask_format",
                    Message.maskFormatDiffers(format: first.format.rawValue.uppercased())))
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
