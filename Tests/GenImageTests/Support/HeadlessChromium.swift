import Foundation
import Testing

/// Headless Chromium (Debian `chromium`), the browser the gallery page is checked in: it renders a page from
/// disk to a PNG, with the network made unreachable, so the screenshot shows only what the page holds.
/// `.ci/run` installs it; a machine without it fails with a note saying what to install.
enum HeadlessChromium {
    static let executable = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Renders `page` at 1100×800 CSS pixels into `screenshot`, with its own profile in `profile`.
    static func screenshot(
        of page: URL, to screenshot: URL, profile: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let browser = try #require(
            executable, "chromium is missing: apt-get install chromium (.ci/run does)", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1100,800", "--screenshot=\(screenshot.path)", page.absoluteString,
        ]
        process.environment = ["HOME": profile.path, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// How many distinct colours the PNG holds and its size, read by Pillow; a blank page is one colour.
    static func colours(of png: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> (
        count: Int, width: Int, height: Int
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            "-c",
            """
            import sys
            from PIL import Image
            image = Image.open(sys.argv[1]).convert("RGB")
            colours = image.getcolors(1 << 24)
            print(len(colours), image.size[0], image.size[1])
            """,
            png.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let numbers = output.split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let values = try #require(
            numbers.count == 3 ? numbers : nil, "Pillow could not read the screenshot (apt-get install python3-pil)",
            sourceLocation: sourceLocation)
        return (values[0], values[1], values[2])
    }
}
