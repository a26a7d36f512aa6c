import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The records of a batch's finished jobs, kept on disk as they finish, so that a batch of 100,000 items holds
/// counters in memory rather than 100,000 records; the results file is then written from it in file order
/// (`BatchManifest.write(into:journal:)`).
///
/// The records are appended to a private temporary file (mode 0600, named like every other temporary file of
/// gen-image, so one left by a killed run is removed by the next); memory keeps only where each record starts
/// and how long it is. When no such file can be made (a read-only or full folder), the records stay in memory
/// and the batch still ends with its results.
public final class BatchJournal: Sendable {
    private struct Entry {
        let offset: Int
        let length: Int
    }

    private struct State {
        var descriptor: Int32
        var end = 0
        /// Where each item's record is, by its index.
        var entries: [Int: Entry] = [:]
        /// Records held in memory when there is no file (or once writing to it failed).
        var held: [Int: Data] = [:]
    }

    private let state: Locked<State>
    private let temporaryFiles = TemporaryFiles()
    /// The journal's file, or nil when records are held in memory.
    public let url: URL?

    /// Opens a journal in `directory` (created if missing).
    public init(in directory: URL) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = temporaryFiles.make(in: directory)
        let descriptor = open(file.path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        url = descriptor >= 0 ? file : nil
        state = Locked(State(descriptor: descriptor))
    }

    deinit {
        close()
    }

    /// Adds one job's record (a job's later record replaces its earlier one).
    public func append(_ job: BatchManifest.Job) {
        let record = BatchManifest.encodedRecord(job)
        state.update { state in
            if state.descriptor >= 0, Self.write(record, to: state.descriptor, at: state.end) {
                state.entries[job.index] = Entry(offset: state.end, length: record.count)
                state.held[job.index] = nil
                state.end += record.count
            } else {
                state.held[job.index] = record
                state.entries[job.index] = nil
            }
        }
    }

    /// The number of records.
    public var count: Int {
        state.withLock { $0.entries.count + $0.held.count }
    }

    /// Hands every record to `body` in index order, reading each from disk only as it is needed.
    public func forEachRecord(_ body: (Data) throws -> Void) throws {
        let (descriptor, entries, held) = state.withLock { ($0.descriptor, $0.entries, $0.held) }
        let indexes = Set(entries.keys).union(held.keys).sorted()
        for index in indexes {
            if let data = held[index] {
                try body(data)
            } else if let entry = entries[index] {
                var data = Data(count: entry.length)
                let read = data.withUnsafeMutableBytes { buffer in
                    pread(descriptor, buffer.baseAddress, entry.length, off_t(entry.offset))
                }
                guard read == entry.length else { throw CocoaError(.fileReadUnknown) }
                try body(data)
            }
        }
    }

    /// Closes and removes the file; idempotent.
    public func close() {
        state.update { state in
            if state.descriptor >= 0 { closeDescriptor(state.descriptor) }
            state.descriptor = -1
        }
        temporaryFiles.removeAll()
    }

    private static func write(_ data: Data, to descriptor: Int32, at offset: Int) -> Bool {
        data.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                done += written
            }
            return true
        }
    }
}

/// `close(2)`, out of reach of `BatchJournal.close()`'s name.
private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
