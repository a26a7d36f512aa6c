import Foundation

/// One value a text shows, named as its placeholder names it (`%{path}` is the argument `path`).
package struct MessageArgument: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        /// Shown as it is (control characters already replaced).
        case text(String)
        /// Another text, rendered in the language of the whole.
        case message(Message)
        /// A number: shown in decimal, and what a plural placeholder chooses its form by.
        case count(Int)
        /// A duration, written in each language's way (`300 s`, `300 秒`).
        case seconds(Double)
    }

    let name: String
    let value: Value

    /// A value from outside the program or a number already formatted, shown as it is, except that control
    /// characters cannot reach a terminal through it (a gateway's message, a model's words and file names are
    /// values; see `OutsideText`).
    package static func value(_ name: String, _ text: String) -> MessageArgument {
        MessageArgument(name: name, value: .text(OutsideText.shown(text)))
    }

    /// A value that may span lines (a prompt, a file's metadata): as `value`, but a line feed stays one.
    package static func lines(_ name: String, _ text: String) -> MessageArgument {
        MessageArgument(name: name, value: .text(OutsideText.shown(text, keepingLineBreaks: true)))
    }

    /// Another text, rendered in the same language as the text that shows it.
    package static func message(_ name: String, _ message: Message) -> MessageArgument {
        MessageArgument(name: name, value: .message(message))
    }

    /// A count, which a plural placeholder uses to choose the language's form.
    package static func count(_ name: String, _ count: Int) -> MessageArgument {
        MessageArgument(name: name, value: .count(count))
    }

    /// Seconds, written as each language writes them.
    package static func seconds(_ name: String, _ seconds: Double) -> MessageArgument {
        MessageArgument(name: name, value: .seconds(seconds))
    }

    func map(_ transform: (String) -> String) -> MessageArgument {
        switch value {
        case .text(let text): MessageArgument(name: name, value: .text(transform(text)))
        case .message(let message): MessageArgument(name: name, value: .message(message.map(transform)))
        case .count, .seconds: self
        }
    }
}
