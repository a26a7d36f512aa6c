import Foundation
import Testing

/// The metadata readers people and sites really use, run on saved files: exiftool (Debian
/// `libimage-exiftool-perl`) and Pillow (`python3-pil` for /usr/bin/python3). `.ci/run` installs both; a
/// machine without them fails these tests with a note saying what to install, rather than passing silently.
enum RealReaders {
    static let exiftool = ["/usr/bin/exiftool", "/usr/local/bin/exiftool"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// `exiftool -j -a -G1 FILE`'s one object, with its warnings.
    static func exif(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let tool = try #require(
            exiftool, "exiftool is missing: apt-get install libimage-exiftool-perl (.ci/run does)",
            sourceLocation: sourceLocation)
        let output = try run(tool, ["-j", "-a", "-G1", url.path])
        let list = try #require(
            try JSONSerialization.jsonObject(with: output) as? [[String: Any]], sourceLocation: sourceLocation)
        return try #require(list.first, sourceLocation: sourceLocation)
    }

    /// Pillow's `Image.open(FILE).info["parameters"]` (the image is decoded too, so a broken file fails).
    static func pillowParameters(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        let python = "/usr/bin/python3"
        let script = """
            import json, sys
            from PIL import Image
            image = Image.open(sys.argv[1])
            image.load()
            print(json.dumps({"parameters": image.info.get("parameters"), "size": list(image.size)}))
            """
        let output = try run(python, ["-c", script, url.path])
        let object = try #require(
            try JSONSerialization.jsonObject(with: output) as? [String: Any],
            "Pillow failed (apt-get install python3-pil): \(String(decoding: output, as: UTF8.self))",
            sourceLocation: sourceLocation)
        return object["parameters"] as? String
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
