import Foundation

@testable import gen_image

/// The skills in `references/skills`, read from the repository, and the Swift source that embeds them
/// (`Sources/gen-image/Skills/EmbeddedSkills.swift`), rendered the one way the tests accept.
enum SkillSources {
    /// `references/skills`.
    static let folder = MarkdownReference.folder.appendingPathComponent("skills")

    /// The committed generated file.
    static let generatedFile = MarkdownReference.folder.deletingLastPathComponent()
        .appendingPathComponent("Sources/gen-image/Skills/EmbeddedSkills.swift")

    /// Every file of every skill folder (hidden files left out), sorted by skill, then path.
    static func read(from root: URL = folder) throws -> [EmbeddedSkillFile] {
        var files: [EmbeddedSkillFile] = []
        let skills = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }
        for skill in skills.sorted() {
            let skillFolder = root.appendingPathComponent(skill)
            for path in CLIRunner.files(in: skillFolder)
            where !path.split(separator: "/").contains(where: {
                $0.hasPrefix(".")
            }) {
                let text = try String(contentsOf: skillFolder.appendingPathComponent(path), encoding: .utf8)
                files.append(EmbeddedSkillFile(skill: skill, path: path, text: text))
            }
        }
        return files.sorted { ($0.skill, $0.path) < ($1.skill, $1.path) }
    }

    /// The generated Swift source for `files`: each text as a raw multi-line string literal, with enough `#`
    /// that nothing inside can end it or be read as an escape.
    static func render(_ files: [EmbeddedSkillFile]) -> String {
        var out = """
            // Generated from references/skills by EmbeddedSkillsTests; do not edit.
            // Regenerate after changing references/skills:
            //   GEN_IMAGE_WRITE_EMBEDDED_SKILLS=1 swift test --filter EmbeddedSkillsTests

            /// The skills in `references/skills`, compiled into the binary.
            enum EmbeddedSkills {
                static let files: [EmbeddedSkillFile] = [

            """
        for file in files {
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) || file.text.contains("\\" + hashes) { hashes += "#" }
            out += "        EmbeddedSkillFile(\n"
            out += "            skill: \"\(file.skill)\", path: \"\(file.path)\",\n"
            // Indented as the closing delimiter is, which Swift strips again; blank lines stay empty.
            let indent = String(repeating: " ", count: 16)
            let body = file.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
            out += "            text: \(hashes)\"\"\"\n\(body)\n\(indent)\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
