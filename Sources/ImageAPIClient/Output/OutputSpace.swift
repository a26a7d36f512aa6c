import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How much disk the images of one request can take, read from the model table, and how much the output
/// folder's file system has free: checked before sending, so a full disk refuses the request instead of
/// losing an image that was billed.
///
/// The bound is generous but real: the size asked for (or the largest the model's row allows when it is
/// `auto` or not the caller's to choose), at 4 bytes a pixel for PNG (RGBA stored without compression, the
/// worst case; a 3840x2160 PNG reply is under 34 MB) and 2 for JPEG and WebP, for the final image and each
/// partial image kept with `--keep-partials`, plus 1 MB for what the file system needs around them.
enum OutputSpace {
    /// The most pixels of any model gen-image knows (3840x2160): the bound when a row does not say.
    static let largestKnownPixels = 3840 * 2160
    /// Room added for the file system's own blocks and the temporary name the image is written under.
    static let slack = 1_000_000

    /// The most bytes the images of a request on `spec` with `parameters` can take on disk.
    static func largestImages(spec: ModelSpec, parameters: Parameters, keepPartials: Bool) -> Int {
        let (pixels, _) = largestImage(spec: spec, parameters: parameters)
        let perPixel = ["jpeg", "webp"].contains(parameters[.outputFormat]?.text ?? "png") ? 2 : 4
        let partials = keepPartials ? (parameters[.partialImages]?.integer ?? 0) : 0
        return (1 + max(0, partials)) * pixels * perPixel + slack
    }

    /// `largestImages` with the largest image's description, as `OutputPreflight` takes it.
    static func bound(spec: ModelSpec, parameters: Parameters, keepPartials: Bool) -> OutputPreflight.Bound {
        (
            largestImages(spec: spec, parameters: parameters, keepPartials: keepPartials),
            largestImage(spec: spec, parameters: parameters).text
        )
    }

    /// The bound of a planned job.
    static func bound(for planned: PlannedJob) -> OutputPreflight.Bound {
        bound(spec: planned.spec, parameters: planned.parameters, keepPartials: planned.keepPartials)
    }

    /// The pixels of the largest image the request can return, and how to name it (`3840x2160 PNG`).
    static func largestImage(spec: ModelSpec, parameters: Parameters) -> (pixels: Int, text: Message) {
        let format = (parameters[.outputFormat]?.text ?? "png").uppercased()
        if case .size(.pixels(let width, let height))? = parameters[.size] {
            return (width * height, .verbatim("\(width)x\(height) \(format)"))
        }
        switch spec.sizeRule {
        case .flexible(let limits):
            return (limits.maxPixels, Message.outputSpaceUpTo(pixels: limits.maxPixels.grouped, format: format))
        case .presets(let presets):
            let largest = presets.max { $0.width * $0.height < $1.width * $1.height }
            if let largest { return (largest.width * largest.height, .verbatim("\(largest.text) \(format)")) }
        case .notAccepted, .unchecked:
            break
        }
        return (largestKnownPixels, .verbatim("3840x2160 \(format)"))
    }

    /// Bytes free for an unprivileged writer on the file system holding `path` (which must exist); nil when it
    /// cannot be read, or the file system reports no sizes at all (some FUSE and network file systems report
    /// zero blocks, which says nothing about the room they have).
    static func freeBytes(at path: String) -> Int? {
        var info = statvfs()
        guard statvfs(path, &info) == 0, info.f_blocks > 0 else { return nil }
        let free = Double(info.f_bavail) * Double(info.f_frsize)
        return free >= Double(Int.max) ? Int.max : Int(free)
    }

    /// Throws when the file system of `existing` (the output folder, or the nearest part of its path that
    /// exists) has less than `needed` bytes free.
    static func check(_ existing: String, folder: String, needed: Int, image: Message) throws(ImageAPIError) {
        guard let free = freeBytes(at: existing), free < needed else { return }
        throw ImageAPIError(
            .invalidArgument,
            Message.outputSpaceShort(
                folder: folder, free: ByteCount.text(free), image: image, needed: ByteCount.text(needed)),
            hint: Message.outputSpaceShortHint)
    }
}
