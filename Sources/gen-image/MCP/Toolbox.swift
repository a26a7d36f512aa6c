import Foundation
import ImageAPIClient

/// The server's tools, in the order `tools/list` gives them (the same order every time, so clients can cache
/// the list), and the one place a call is routed to its tool.
struct Toolbox: Sendable {
    let generate: GenerateTool
    let batch: BatchTool
    let setup: SetupTool
    let info: ImageInfoTool

    init(settings: MCPSettings, slots: CallSlots) {
        generate = GenerateTool(settings: settings, slots: slots)
        batch = BatchTool(settings: settings, slots: slots)
        setup = SetupTool(settings: settings)
        info = ImageInfoTool(settings: settings)
    }

    /// The tool names.
    static let names = [GenerateTool.name, BatchTool.name, SetupTool.name, ImageInfoTool.name]

    /// The `tools/list` entries.
    func definitions() -> [JSONValue] {
        [generate.definition(), batch.definition(), setup.definition(), info.definition()]
    }

    /// Runs the tool `name` (one of `names`).
    func call(_ name: String, arguments: JSONValue?, progress: CallProgress) async -> ToolOutcome {
        switch name {
        case GenerateTool.name: await generate.call(arguments, progress: progress)
        case BatchTool.name: await batch.call(arguments, progress: progress)
        case SetupTool.name: await setup.call(arguments, progress: progress)
        default: await info.call(arguments)
        }
    }
}
