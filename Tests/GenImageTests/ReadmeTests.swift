import Foundation
import Testing

@testable import gen_image

/// The README's newcomer part: what a first reader needs comes first, every in-page link lands on a heading,
/// and the sample outputs show what gen-image prints today.
@Suite("README")
struct ReadmeTests {
    static let text: String = {
        let url = MarkdownReference.folder.deletingLastPathComponent().appendingPathComponent("README.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// GitHub's anchor for a heading: lower case, punctuation other than `-` dropped, spaces to `-`.
    static func anchor(_ heading: String) -> String {
        let kept = heading.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " || $0 == "_" }
        return kept.replacingOccurrences(of: " ", with: "-")
    }

    static var headings: [String] {
        text.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
            .map { String($0.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces) }
    }

    @Test func newcomerPartComesFirst() throws {
        let lines = Self.text.components(separatedBy: "\n")
        let order = [
            "## Start here", "### The two commands", "### A first image without a key", "### Install as an agent skill",
            "### Contents", "## Usage",
        ]
        let positions = order.map { heading in lines.firstIndex(of: heading) }
        #expect(!positions.contains(nil), "missing: \(zip(order, positions).filter { $0.1 == nil }.map(\.0))")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect((positions.last ?? 0) ?? 0 < 220, "the newcomer part is too long to come first")
    }

    @Test func everyInPageLinkLandsOnAHeading() {
        let anchors = Set(Self.headings.map(Self.anchor))
        let links = Self.text.matches(of: /\]\(#([^)]+)\)/).map { String($0.1) }
        #expect(links.count >= 20)
        for link in links { #expect(anchors.contains(link), "no heading for #\(link)") }
        // The contents list every top-level section.
        let contents = Self.text.components(separatedBy: "### Contents").last ?? ""
        for line in Self.text.components(separatedBy: "\n") where line.hasPrefix("## ") && line != "## Start here" {
            #expect(contents.contains("(#\(Self.anchor(String(line.dropFirst(3)))))"), "not in Contents: \(line)")
        }
    }

    @Test func installAndSkillSectionsSayWhatWorks() {
        #expect(Self.text.contains("swift package experimental-install --product gen-image"))
        #expect(!Self.text.contains("swift package experimental-install  "))
        for skill in Skill.all { #expect(Self.text.contains("`\(skill.name)`"), "\(skill.name)") }
        for folder in ["~/.claude/skills", ".claude/skills", "~/.agents/skills", ".agents/skills"] {
            #expect(Self.text.contains(folder))
        }
        #expect(Self.text.contains("--static-swift-stdlib"))
        #expect(Self.text.contains("Executed 0 tests"))
    }

    /// A sample run's `done in` line shows the cost whenever the model has a known price, as gen-image does.
    @Test func sampleOutputsShowTheCost() {
        var model = ""
        var checked = 0
        for line in Self.text.components(separatedBy: "\n") {
            if let match = line.firstMatch(of: /^gen-image: .* with ([a-z0-9.-]+)/) { model = String(match.1) }
            guard line.hasPrefix("gen-image: done in ") else { continue }
            #expect(
                line.firstMatch(of: /^gen-image: done in [0-9.]+ s · \d+x\d+ [A-Z]+ · [0-9.]+ [KMG]?B\b/) != nil,
                "\(line)")
            if ["gpt-image-2-all", "gpt-image-2-vip", "gpt-image-2"].contains(model) {
                #expect(line.contains(" · $"), "no cost in a sample of \(model): \(line)")
                checked += 1
            }
        }
        #expect(checked >= 5)
    }
}
