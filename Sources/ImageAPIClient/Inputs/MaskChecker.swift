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
            throw ImageAPIError(.inputNotFound, "mask not found: \(path)", hint: "check the path given to --mask")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size < maxBytes else {
            throw ImageAPIError(
                .inputTooLarge,
                "the mask is too large: \(path) is \(ByteCount.text(size)); "
                    + "it must be under \(ByteCount.text(maxBytes))",
                hint: "a mask only needs alpha: save it as an 8-bit grayscale+alpha PNG, or shrink the image and mask")
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw ImageAPIError(.inputNotFound, "cannot read the mask: \(path)", hint: "check its permissions")
        }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        try? handle.close()
        guard ImageInspector.format(of: head) == .png, let facts = ImageInspector.inspect(head),
            let width = facts.width, let height = facts.height
        else {
            let what = ImageInspector.format(of: head).map { "it is \($0.rawValue.uppercased())" } ?? "not an image"
            throw ImageAPIError(
                .inputNotImage, "the mask must be a PNG image: \(path) is \(what)",
                hint: "save the mask as PNG with an alpha channel (transparent where the image should change)")
        }
        guard hasAlphaChannel(pngHead: head) else {
            throw ImageAPIError(
                .invalidArgument, "the mask has no alpha channel: \(path)",
                hint: "the transparent pixels mark what to edit; save it as RGBA or grayscale+alpha PNG "
                    + "(e.g. in Python: mask.convert(\"RGBA\"), then putalpha)")
        }
        guard let firstFacts = inspectWhole(first.url), let firstWidth = firstFacts.width,
            let firstHeight = firstFacts.height
        else {
            throw ImageAPIError(
                .invalidArgument,
                "cannot read the pixel size of \(first.url.lastPathComponent) to compare it with the mask",
                hint: "re-save the image to edit as PNG, or drop --mask")
        }
        guard width == firstWidth, height == firstHeight else {
            throw ImageAPIError(
                .invalidArgument,
                "the mask is \(width)x\(height) but the image to edit (\(first.url.lastPathComponent)) is "
                    + "\(firstWidth)x\(firstHeight); they must be the same size",
                hint: "resize the mask to \(firstWidth)x\(firstHeight); it applies to the first -i image")
        }
        if first.format != .png {
            notes.append(
                Diagnostic(
                    .warning, code: "mask_format",
                    "the image to edit is \(first.format.rawValue.uppercased()) and the mask is PNG; the API "
                        + "asks for both in the same format, so convert the image to PNG if the gateway refuses"))
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
