import Foundation

/// How a front end names what a user sets: a request parameter by its wire name (`size`), or `model`.
///
/// The library says which setting a sentence is about and the front end spells it: the command line as its flag
/// (`-s/--size`), a batch file as its field (`size`), so a batch user is never told about `-s`.
public struct Spelling: Sendable {
    /// The spelling of `setting`; `short` asks for the shortest form where a sentence goes on with a value
    /// (`-s 1536x1024`).
    public let name: @Sendable (_ setting: Setting, _ short: Bool) -> String

    /// Creates a spelling.
    public init(_ name: @escaping @Sendable (_ setting: Setting, _ short: Bool) -> String) {
        self.name = name
    }

    /// Names as the request body and a batch file spell them.
    public static let wire = Spelling { setting, _ in setting.rawValue }
}

extension Message {
    /// The text in `language`, with settings named as `spelling` names them.
    public func text(in language: Language, spelling: Spelling) -> String {
        text(in: language) { name, short in
            Setting(rawValue: name).map { spelling.name($0, short) } ?? name
        }
    }

    /// `setting`, spelled by the front end that renders it; `short` for its shortest form, where a value
    /// follows (`-s 1536x1024`).
    public static func parameter(_ setting: Setting, short: Bool = false) -> Message {
        Message.setting(named: setting.rawValue, short: short)
    }

    /// The request parameter `option`, spelled by the front end that renders it (see `parameter(_:short:)`).
    public static func parameter(_ option: ImageOption, short: Bool = false) -> Message {
        parameter(.option(option), short: short)
    }
}
