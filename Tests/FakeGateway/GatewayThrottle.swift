import Foundation

/// How the gateway rate-limits image requests (POSTs; downloads are never throttled), imitating a token group
/// at its peak: `429` with `Retry-After`, answered at once.
public enum GatewayThrottle: Sendable, Equatable {
    /// 429 whenever `limit` image requests are already being answered (read, reply not yet sent).
    case aboveInFlight(Int, retryAfter: Int = 1)
    /// 429 to every image request: a quota used up.
    case always(retryAfter: Int = 1)

    var retryAfter: Int {
        switch self {
        case .aboveInFlight(_, let retryAfter), .always(let retryAfter): retryAfter
        }
    }
}

/// What the throttle has seen, for benchmarks and assertions.
public struct ThrottleCounts: Sendable, Equatable {
    /// Image requests (POSTs) received, throttled or not.
    public var imageRequests = 0
    /// Those answered 429 by the throttle.
    public var rateLimited = 0
    /// The most image requests answered at once (not throttled).
    public var maxServedAtOnce = 0
}

extension GatewayStore {
    /// Decides whether `request` is throttled; when not, books it as in flight until `reply` is due. The check
    /// and the booking happen under one lock so concurrent requests never both take the last place.
    func throttle(_ request: RecordedRequest, reply: FakeResponse) -> FakeResponse {
        guard request.method == "POST" else { return reply }
        return state.withLock { state in
            state.throttleCounts.imageRequests += 1
            let now = Date()
            state.busyUntil.removeAll { $0 <= now }
            let refused: Bool
            switch state.throttle {
            case nil: refused = false
            case .always: refused = true
            case .aboveInFlight(let limit, _): refused = state.busyUntil.count >= limit
            }
            if refused, let throttle = state.throttle {
                state.throttleCounts.rateLimited += 1
                var response = FakeResponse.error(
                    status: 429, message: "Rate limit reached for requests; please try again later",
                    code: "rate_limit_exceeded")
                response.headers.append(("Retry-After", String(throttle.retryAfter)))
                return response
            }
            state.busyUntil.append(now.addingTimeInterval(max(reply.delay, 0.05)))
            state.throttleCounts.maxServedAtOnce = max(state.throttleCounts.maxServedAtOnce, state.busyUntil.count)
            return reply
        }
    }
}
