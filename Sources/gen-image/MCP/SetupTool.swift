import Foundation
import ImageAPIClient

/// `check_setup`: what `gen-image doctor` checks (the key, the base URL, the proxy, DNS, the connection, the
/// gateway), from the server's own environment, so an agent can tell a missing key from a dead network before
/// it spends anything. Read-only: it sends no image request.
struct SetupTool: Sendable {
    static let name = "check_setup"

    let settings: MCPSettings

    /// The `tools/list` entry.
    func definition() -> JSONValue {
        let wording = settings.wording
        return .object([
            "name": .string(Self.name),
            "title": .string(wording.text(.mcpSetupTitle)),
            "description": .string(wording.text(.mcpSetupDescription)),
            "inputSchema": ToolSchema.object([
                "provider": .object([
                    "type": .string("string"), "enum": .array(Provider.all.map { .string($0.id) }),
                    "description": .string(wording.text(.mcpFieldProvider)),
                ])
            ]),
            "outputSchema": ToolOutputSchemas.setup,
            "annotations": .object([
                "title": .string(wording.text(.mcpSetupTitle)), "readOnlyHint": .bool(true),
                "openWorldHint": .bool(true),
            ]),
        ])
    }

    func call(_ arguments: JSONValue?, progress: CallProgress) async -> ToolOutcome {
        let wording = settings.wording
        var provider: String?
        switch arguments ?? .object([:]) {
        case .object(let fields):
            for key in fields.keys.sorted() where key != "provider" {
                return refuse(key, .mcpFieldUnknown(field: key), hint: .mcpFieldsAllowed(fields: "provider"))
            }
            switch fields["provider"] {
            case nil, .null?: break
            case .string(let text)?: provider = text
            default: return refuse("provider", .mcpNotString(field: "provider"))
            }
        default:
            return refuse(nil, .mcpArgumentsNotObject)
        }
        let connection: ConnectionOptions
        do {
            connection = try settings.connection(provider)
        } catch {
            return .failure(error, wording: wording)
        }
        progress.phase(.mcpPhaseChecking)
        let doctor = ConnectionDoctor(
            configuration: connection.makeClient().configuration, environment: settings.environment,
            timeout: connection.timeout ?? 10)
        let checks = await doctor.run()
        let failed = checks.filter { !$0.passed }
        let english = Wording(language: .en, spelling: wording.spelling)
        let structured: JSONValue = .object([
            "ok": .bool(failed.isEmpty),
            "provider": .string(connection.provider.id),
            "base_url": .string(connection.baseURL.absoluteString),
            "checks": .array(
                checks.map { check in
                    .object([
                        "name": .string(check.name), "passed": .bool(check.passed),
                        "detail": .string(english.text(check.detailText)),
                        "fix": check.fixText.map { .string(english.text($0)) } ?? .null,
                    ])
                }),
            "models": .array(ProviderSummary.lines(for: connection.provider).map { .string(english.text($0)) }),
        ])
        var lines = [
            failed.isEmpty
                ? wording.text(.cliDoctorPassed(count: String(checks.count)))
                : wording.text(.cliDoctorFailed(failed: String(failed.count), count: String(checks.count)))
        ]
        lines += failed.map(wording.doctorLine)
        return ToolOutcome(
            structured: structured, content: [ToolOutcome.text(lines.joined(separator: "\n"))], isError: false)
    }

    private func refuse(_ field: String?, _ message: Message, hint: Message? = nil) -> ToolOutcome {
        .refused(
            [BatchProblem(field: field, error: ImageAPIError(.invalidArgument, message, hint: hint))],
            wording: settings.wording, single: true)
    }
}
