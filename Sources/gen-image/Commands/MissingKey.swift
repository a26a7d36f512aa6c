import ImageAPIClient

/// The error for a run without a usable key, saying whether the key is absent or present but empty
/// (`APIYI_API_KEY=` in a CI file, `-k "$UNSET_VARIABLE"`): "not set" would send the user looking in the wrong
/// place.
enum MissingKey {
    static func error(for provider: Provider, arguments: [String], environment: [String: String]) -> ImageAPIError {
        let hint = Message.authMissingHint(page: provider.keyPage, variable: provider.keyVariable)
        if flagValue(in: arguments).map(isBlank) == true {
            return ImageAPIError(.authMissing, Message.authEmptyFlag, hint: hint)
        }
        if let value = environment[provider.keyVariable], isBlank(value) {
            return ImageAPIError(.authMissing, Message.authEmpty(variable: provider.keyVariable), hint: hint)
        }
        return ImageAPIError.missingKey(for: provider)
    }

    /// The value given to `-k`/`--api-key`, if any.
    private static func flagValue(in arguments: [String]) -> String? {
        var value: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "-k" || argument == "--api-key", index + 1 < arguments.count {
                value = arguments[index + 1]
            } else if argument.hasPrefix("--api-key=") {
                value = String(argument.dropFirst("--api-key=".count))
            } else if argument.hasPrefix("-k=") {
                value = String(argument.dropFirst(3))
            }
        }
        return value
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace }
    }
}
