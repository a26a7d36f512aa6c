import Foundation
import Testing

@testable import gen_image

/// `references/skills` is the one source of the skills; the binary carries a copy compiled from the generated
/// `EmbeddedSkills.swift`. These tests fail as soon as the two differ, and say how to regenerate.
@Suite("Embedded skills")
struct EmbeddedSkillsTests {
    @Test func generatedFileMatchesReferencesSkills() throws {
        let expected = SkillSources.render(try SkillSources.read())
        let committed = try String(contentsOf: SkillSources.generatedFile, encoding: .utf8)
        if committed != expected, ProcessInfo.processInfo.environment["GEN_IMAGE_WRITE_EMBEDDED_SKILLS"] == "1" {
            try expected.write(to: SkillSources.generatedFile, atomically: true, encoding: .utf8)
            Issue.record("regenerated \(SkillSources.generatedFile.path); build and run the tests again")
            return
        }
        #expect(
            committed == expected,
            """
            Sources/gen-image/Skills/EmbeddedSkills.swift is stale: references/skills changed. Run
            GEN_IMAGE_WRITE_EMBEDDED_SKILLS=1 swift test --filter EmbeddedSkillsTests
            """)
    }

    /// What the binary was compiled with is what references/skills holds, file by file.
    @Test func compiledCopyMatchesReferencesSkills() throws {
        let sources = try SkillSources.read()
        #expect(EmbeddedSkills.files.map { "\($0.skill)/\($0.path)" } == sources.map { "\($0.skill)/\($0.path)" })
        for (embedded, source) in zip(EmbeddedSkills.files, sources) {
            #expect(embedded.text == source.text, "\(source.skill)/\(source.path) differs from the embedded copy")
        }
        #expect(Set(sources.map(\.skill)).count >= 2)
    }

    /// The check above is not blind: one changed byte in one file, or a new file, changes the rendered source.
    @Test func theFreshnessCheckCanFail() throws {
        let sources = try SkillSources.read()
        var changed = sources
        let first = changed[0]
        changed[0] = EmbeddedSkillFile(skill: first.skill, path: first.path, text: first.text + " ")
        #expect(SkillSources.render(changed) != SkillSources.render(sources))
        let added = sources + [EmbeddedSkillFile(skill: first.skill, path: "references/new.md", text: "x")]
        #expect(SkillSources.render(added) != SkillSources.render(sources))
    }

    /// Texts that hold a raw string's own delimiters still round-trip: the renderer adds `#` until they cannot
    /// end the literal.
    @Test func rendererPicksEnoughHashes() {
        let tricky = EmbeddedSkillFile(skill: "s", path: "p", text: "a \"\"\"# b \\#(x) c")
        let source = SkillSources.render([tricky])
        #expect(source.contains("text: ##\"\"\""))
    }
}
