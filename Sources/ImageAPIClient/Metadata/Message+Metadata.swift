import Foundation

/// The texts that `Metadata/` shows a person, in English and Simplified Chinese side by side.
extension Message {
    static func metadataUnreadable(path: String) -> Message {
        Message(.metadataUnreadable, .value("path", path))
    }

    static func metadataNotImage(path: String) -> Message {
        Message(.metadataNotImage, .value("path", path))
    }

    static func metadataInputMissing(name: String, path: String) -> Message {
        Message(.metadataInputMissing, .value("name", name), .value("path", path))
    }

    static func metadataInputChanged(name: String, path: String) -> Message {
        Message(.metadataInputChanged, .value("name", name), .value("path", path))
    }

    static var metadataInputHint: Message {
        Message(.metadataInputHint)
    }

    static func metadataSidecarContentCredentials(name: String) -> Message {
        Message(.metadataSidecarContentCredentials, .value("name", name))
    }

    static func metadataSidecarTooLarge(name: String) -> Message {
        Message(.metadataSidecarTooLarge, .value("name", name))
    }

    static func metadataSidecarUnreadable(name: String) -> Message {
        Message(.metadataSidecarUnreadable, .value("name", name))
    }

    static func metadataSidecarNotEmbedded(name: String) -> Message {
        Message(.metadataSidecarNotEmbedded, .value("name", name))
    }

    static func metadataSidecarNotWritten(path: String) -> Message {
        Message(.metadataSidecarNotWritten, .value("path", path))
    }
}
