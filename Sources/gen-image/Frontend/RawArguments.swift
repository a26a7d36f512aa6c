import Foundation
import ImageAPIClient

/// The command line as the process received it: `argv`'s bytes, each argument decoded as UTF-8 only when it is
/// valid UTF-8.
///
/// `CommandLine.arguments` quietly repairs invalid UTF-8 with U+FFFD, so `-f $'bad\xffname.png'` would write a
/// file of another name than the one given. Reading the bytes lets gen-image refuse such an argument instead,
/// naming it, before anything is sent.
enum RawArguments {
    /// An argument that is not valid UTF-8: its position (1 is the first after the command name), its bytes
    /// shown with every byte of a bad sequence as `\xFF`, and the option it is the value of, if any.
    struct Undecodable: Equatable {
        let position: Int
        let shown: String
        let option: String?
    }

    /// The process's arguments after the command name, and the first that is not valid UTF-8.
    static func read() -> (arguments: [String], undecodable: Undecodable?) {
        var raw: [[UInt8]] = []
        let argv = CommandLine.unsafeArgv
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = argv[index] else { continue }
            raw.append(Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) }))
        }
        return decode(raw)
    }

    /// Decodes each argument; an invalid one is kept repaired (so the rest of the line still parses for
    /// `--json` and the language) and reported.
    static func decode(_ raw: [[UInt8]]) -> (arguments: [String], undecodable: Undecodable?) {
        var arguments: [String] = []
        var undecodable: Undecodable?
        for (index, bytes) in raw.enumerated() {
            if let text = String(bytes: bytes, encoding: .utf8) {
                arguments.append(text)
                continue
            }
            arguments.append(String(decoding: bytes, as: UTF8.self))
            if undecodable == nil {
                let previous = arguments.count >= 2 ? arguments[arguments.count - 2] : nil
                let option = previous.flatMap { $0.hasPrefix("-") && $0.count > 1 && !$0.contains("=") ? $0 : nil }
                undecodable = Undecodable(position: index + 1, shown: escaped(bytes), option: option)
            }
        }
        return (arguments, undecodable)
    }

    /// `bytes` as text, with each byte that is not part of a valid UTF-8 sequence written `\xFF`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length > 0, let piece = String(bytes: bytes[index..<index + length], encoding: .utf8) {
                text += piece
                index += length
            } else {
                text += String(format: "\\x%02X", bytes[index])
                index += 1
            }
        }
        return text
    }

    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
        return index + length <= bytes.count ? length : 0
    }

    /// The usage error for `argument`.
    static func error(_ argument: Undecodable) -> UsageError {
        let text =
            argument.option.map {
                Message.usageArgumentNotUtf8ForOption(
                    position: String(argument.position), argument: argument.shown, option: $0)
            } ?? Message.usageArgumentNotUtf8(position: String(argument.position), argument: argument.shown)
        return UsageError(text, hint: Message.usageArgumentNotUtf8Hint)
    }
}
