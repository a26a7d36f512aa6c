import Foundation

/// One API shape a model is reached through (chat completions, the Images API, the Responses API): how its
/// request looks.
///
/// The client asks the plan's backend (`PlannedJob.backend`), so no code above this folder switches on the
/// endpoint to build a request.
protocol APIShape: Sendable {
    /// The request for `planned`, as a value; `boundary` makes a multipart boundary when the body needs one.
    func request(for planned: PlannedJob, boundary: () -> String) -> RequestDescription
}

extension PlannedJob {
    /// The backend of the plan's API shape: the one place that maps an endpoint to its wire format.
    var backend: any APIShape {
        switch endpoint {
        case .chat: ChatCompletionsBackend()
        case .images: ImagesBackend()
        case .responses: ResponsesBackend()
        }
    }
}
