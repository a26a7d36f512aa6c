import ImageAPIClient

/// The documented exit codes.
enum ExitCode {
    /// The image was saved.
    static let success: Int32 = 0
    /// The API or the network failed.
    static let failure: Int32 = 1
    /// A usage or input error; nothing was sent.
    static let usage: Int32 = 2
    /// No API key.
    static let noKey: Int32 = 3
    /// `gen-image batch`: some items failed (or never started after `--fail-fast`); the others were saved. Also a
    /// `-n` run where some images were made and others not.
    static let someFailed: Int32 = 4
    /// Cancelled by Ctrl-C or SIGTERM.
    static let cancelled: Int32 = 130

    /// The exit code for a library error.
    static func of(_ error: ImageAPIError) -> Int32 {
        if error.code == .authMissing { return noKey }
        if error.code == .cancelled { return cancelled }
        return error.code.isUsageError ? usage : failure
    }
}
