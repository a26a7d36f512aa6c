import Foundation

/// Whether a path stays inside a folder once `..`, `~` and symbolic links are resolved: a batch item's image
/// must land inside the batch file's folder or `--out-dir`, unless `--allow-outside` says otherwise.
package enum PathConfinement {
    /// True when `path` resolves inside (or to) one of `folders`.
    package static func isInside(_ path: URL, anyOf folders: [URL]) -> Bool {
        isInside(path, resolvedFolders: folders.map(resolve))
    }

    /// True when `path` resolves inside (or to) one of `folders`, already resolved by `resolve(_:)` (a batch
    /// resolves its two folders once, not once per item).
    static func isInside(_ path: URL, resolvedFolders folders: [String]) -> Bool {
        let resolved = resolve(path)
        return folders.contains { folder in
            resolved == folder || resolved.hasPrefix(folder == "/" ? "/" : folder + "/")
        }
    }

    /// The absolute path with `.` and `..` removed and every symbolic link in its existing part followed: the
    /// deepest folder that exists is resolved by the file system, and the rest (still to be created) is
    /// appended as written.
    static func resolve(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while existing.path != "/", !FileManager.default.fileExists(atPath: existing.path) {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for component in rest {
            path = path == "/" ? "/" + component : path + "/" + component
        }
        return path
    }
}
