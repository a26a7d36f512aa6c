import Foundation

/// How a front end names what a user sets: a request parameter by its wire name (`size`), or `model`.
///
/// The library says which setting a sentence is about and the front end spells it: the command line as its flag
/// (`-s/--size`), a batch file as its field (`size`), so a batch user is never told about `-s`.
public struct Spelling: Sendable {
    /// The spelling of the setting the request body names `name`; `short` asks for the shortest form where a
    /// sentence goes on with a value (`-s 1536x1024`).
    public let name: @Sendable (_ name: String, _ short: Bool) -> String

    /// Creates a spelling.
    public init(_ name: @escaping @Sendable (_ name: String, _ short: Bool) -> String) {
        self.name = name
    }

    /// Names as the request body and a batch file spell them.
    public static let wire = Spelling { name, _ in name }
}
