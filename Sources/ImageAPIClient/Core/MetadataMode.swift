import Foundation

/// Where a saved image's provenance (prompt, model, settings, inputs) goes: `--metadata`.
///
/// In the file by default, so a viewer's "Get Info", civitai and exiftool show how it was made; in a sidecar
/// `NAME.EXT.json` when the file must stay as the gateway sent it; nowhere when the prompt is private.
public enum MetadataMode: String, Sendable, CaseIterable {
    /// Inside the image (PNG text chunks, JPEG APP1, WebP `XMP `/`EXIF`); a sidecar instead when the image
    /// carries Content Credentials (C2PA), which any added byte would break.
    case embed
    /// In `NAME.EXT.json` beside the image; the image is saved exactly as received.
    case sidecar
    /// Nowhere: the image is saved exactly as received and nothing else is written.
    case none
}
