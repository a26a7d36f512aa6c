import Foundation

/// One file of a skill in `references/skills`, as the build embedded it, so that an installed `gen-image` can
/// write its skills with no repository at hand (`gen-image skill install`).
struct EmbeddedSkillFile: Sendable, Equatable {
    /// The skill's folder name, which is also its `name` in the front matter.
    let skill: String
    /// The path inside the skill's folder, e.g. `SKILL.md` or `references/size-guide.md`.
    let path: String
    /// The file's text, byte for byte.
    let text: String
}

/// A skill: its files, and what its front matter says about it.
struct Skill: Sendable {
    let name: String
    let files: [EmbeddedSkillFile]

    /// The `description:` of SKILL.md's front matter (one line), or an empty string.
    var description: String {
        guard let skillFile = files.first(where: { $0.path == "SKILL.md" }) else { return "" }
        let lines = skillFile.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---" else { return "" }
        for line in lines.dropFirst() {
            if line == "---" { break }
            if line.hasPrefix("description:") {
                return line.dropFirst("description:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        return ""
    }

    /// The embedded skills, in name order.
    static let all: [Skill] = {
        var names: [String] = []
        for file in EmbeddedSkills.files where !names.contains(file.skill) { names.append(file.skill) }
        return names.sorted().map { name in Skill(name: name, files: EmbeddedSkills.files.filter { $0.skill == name }) }
    }()

    /// Where `scripts/gen-image`, the copy of the running binary, goes in every skill.
    static let binaryPath = "scripts/gen-image"
}
