import Foundation

/// The provenance to put on a saved image, and where (`--metadata`); the writer fills in what was delivered
/// (pixel size and format) from the image itself.
struct ProvenanceStamp: Sendable {
    /// In the file, in a sidecar, or nowhere.
    var mode: MetadataMode
    /// Everything known about the request.
    var record: ProvenanceRecord
}
