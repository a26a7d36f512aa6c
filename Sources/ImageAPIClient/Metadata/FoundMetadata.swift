import Foundation

/// What a file's metadata blocks hold, as found by walking its chunks or segments.
struct FoundMetadata {
    /// PNG text chunks (`tEXt`, uncompressed `iTXt`), by keyword, in file order.
    var texts: [(keyword: String, text: String)] = []
    /// Keywords of compressed text chunks (`zTXt`, compressed `iTXt`), which are not decoded.
    var compressedKeywords: [String] = []
    /// The XMP packet.
    var xmp: String?
    /// EXIF `UserComment`.
    var userComment: String?
    /// Whether a C2PA manifest (Content Credentials) is carried.
    var hasC2PA = false
    /// Whether the walk reached the image data and the end without finding a fault; only such a file is
    /// rewritten.
    var isWellFormed = false

    /// The first text chunk with `keyword`.
    func text(_ keyword: String) -> String? { texts.first { $0.keyword == keyword }?.text }
}

/// What embedding needs from a format: a scan, and a stream copy with gen-image's blocks in place of any the
/// file had.
protocol MetadataFormat {
    /// Walks the file's structure, reading only headers and metadata blocks.
    static func scan(_ cursor: FileCursor) -> FoundMetadata
    /// Writes the file to `output` with `record`'s blocks; throws when the file is not as the scan found it
    /// or a block does not fit the format.
    static func embed(_ record: ProvenanceRecord, from cursor: FileCursor, to output: FileHandle) throws
}

/// A metadata block too large for the format (a JPEG segment holds at most 65,533 bytes).
struct MetadataTooLarge: Error {}

/// Largest metadata block read back (a text chunk, an XMP packet); larger ones are skipped, not loaded.
let metadataReadLimit = 16 << 20
