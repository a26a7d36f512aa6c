import Foundation
import ImageAPIClient

/// The command line that makes a recorded request, ready to paste into a POSIX shell.
enum GalleryCommandLine {
    static func text(_ record: ProvenanceRecord, filename: String? = nil) -> String {
        // A prompt that starts with a dash could read as an option: it goes attached to its flag.
        var words =
            record.prompt.hasPrefix("-")
            ? ["gen-image", "--prompt=" + record.prompt] : ["gen-image", "-p", record.prompt]
        words += ["-m", record.model]
        if record.provider != Provider.apiyi.id { words += ["--provider", record.provider] }
        if let endpoint = Endpoint(rawValue: record.endpoint),
            ModelCatalog.spec(named: record.model)?.endpoint != endpoint
        {
            words += ["--endpoint", record.endpoint]
        }
        if let aspect = record.aspect { words += ["--aspect", aspect] }
        if let resolution = record.resolution { words += ["--resolution", resolution] }
        if let tool = record.toolModel { words += ["--tool-model", tool] }
        for (name, value) in record.settings {
            guard let option = ImageOption(rawValue: name) else { continue }
            if case .flag = option.rule {
                if value != "false" { words.append(option.shortestFlag) }
            } else {
                words += [option.shortestFlag, value]
            }
        }
        for input in record.inputs {
            words += [input.role == "mask" ? "--mask" : "-i", input.path]
        }
        if let filename { words += ["-f", filename] }
        return words.map(quoted).joined(separator: " ")
    }

    /// A word as the shell reads it: bare when it is plain, else in single quotes.
    static func quoted(_ word: String) -> String {
        let plain = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,")
        if !word.isEmpty, word.unicodeScalars.allSatisfy(plain.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
