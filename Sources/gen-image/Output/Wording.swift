import ImageAPIClient

/// The words gen-image uses on the terminal, in one place, so they stay consistent (and can be translated).
enum Wording {
    static func mode(_ mode: ImageMode) -> String {
        switch mode {
        case .generate: "generate"
        case .edit: "edit 1 image"
        case .fuse(let count): "fuse \(count) images"
        }
    }

    /// `300 s`, or `84.2 s` when `precise`.
    static func seconds(_ value: Double, precise: Bool = false) -> String {
        if precise { return "\((value * 10).rounded() / 10) s" }
        return value == value.rounded() ? "\(Int(value)) s" : "\((value * 10).rounded() / 10) s"
    }
}
