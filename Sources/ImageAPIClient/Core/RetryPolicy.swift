import Foundation

/// When a failed request is sent again, and how long to wait first.
///
/// An image costs money, so only failures the gateway does not bill are retried: 429, 500, 502, 503, 504,
/// and connections that failed before the request went out (refused, DNS, TLS). A timeout after the request
/// was sent is billed, so it is retried only when `retryOnTimeout` says so. Refusals (400, 401, 403, 404, 413,
/// content blocks, a chat reply without an image) are never retried: the same request would fail the same way.
public struct RetryPolicy: Sendable {
    /// How many times a request may be sent again after the first attempt (`--retries`).
    public var maxRetries: Int
    /// Whether a request that timed out after it was sent is sent again (`--retry-on-timeout`).
    public var retryOnTimeout: Bool
    /// The first backoff, doubled after each further failure (about 2 s, 4 s, 8 s…).
    public var baseDelay: Double
    /// The longest backoff.
    public var maxDelay: Double
    /// The longest `Retry-After` worth waiting for; a gateway asking for more is reported instead of obeyed.
    public var maxRetryAfter: Double
    /// A random number in 0..<1 that spreads the backoff by ±25%, so many clients don't retry in step.
    public var random: @Sendable () -> Double
    /// Waits between attempts; injectable so tests can run the waits in milliseconds.
    public var sleep: @Sendable (Double) async throws -> Void
    /// Whether a 429 is retried here. Batch turns it off: it requeues a throttled job itself, paced for the
    /// whole batch, so the job's own retries are kept for other failures.
    public var retriesRateLimits = true

    /// Creates a policy; the defaults are gen-image's.
    public init(
        maxRetries: Int = 2,
        retryOnTimeout: Bool = false,
        baseDelay: Double = 2,
        maxDelay: Double = 60,
        maxRetryAfter: Double = 300,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        sleep: @escaping @Sendable (Double) async throws -> Void = { seconds in
            // Never trapping on a huge value (a scaled wait, a far-off Retry-After): about 30 years at most.
            try await Task.sleep(nanoseconds: UInt64(min(max(seconds, 0), 1e9) * 1_000_000_000))
        }
    ) {
        self.maxRetries = maxRetries
        self.retryOnTimeout = retryOnTimeout
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.random = random
        self.sleep = sleep
    }

    /// Never sends a request twice.
    public static let never = RetryPolicy(maxRetries: 0)

    /// The backoff after failed attempt `attempt` (1-based): `baseDelay · 2^(attempt-1)`, spread ±25%, capped
    /// at `maxDelay`.
    public func backoff(afterAttempt attempt: Int) -> Double {
        let exponent = Double(min(max(attempt - 1, 0), 30))
        let nominal = min(maxDelay, baseDelay * pow(2, exponent))
        return min(maxDelay, nominal * (0.75 + 0.5 * random()))
    }

    /// How long to wait before attempt `attempt + 1`, or nil when the failure must not be retried.
    func delay(after attempt: Int, for failure: AttemptFailure) -> (seconds: Double, fromRetryAfter: Bool)? {
        guard attempt <= maxRetries, retriesRateLimits || failure.error.httpStatus != 429 else { return nil }
        switch failure.retry {
        case .never:
            return nil
        case .timedOutAfterSending:
            return retryOnTimeout ? (backoff(afterAttempt: attempt), false) : nil
        case .transient(let retryAfter):
            if let retryAfter {
                return retryAfter <= maxRetryAfter ? (max(retryAfter, 0), true) : nil
            }
            return (backoff(afterAttempt: attempt), false)
        }
    }
}

/// One attempt's failure and whether sending the request again could help.
struct AttemptFailure: Error {
    /// Whether and why a retry may help.
    enum Retry {
        /// Not billed and likely to pass on a later try; `retryAfter` is the gateway's own wish, in seconds.
        case transient(retryAfter: Double?)
        /// The request went out and the deadline passed: billed, retried only on request.
        case timedOutAfterSending
        /// Sending it again would fail the same way, or bill twice.
        case never
    }

    var error: ImageAPIError
    var retry: Retry
}

/// Reads a `Retry-After` header: whole seconds, or an HTTP date (RFC 9110 §10.2.3).
enum RetryAfter {
    /// Seconds to wait from `now`, or nil when the value is neither form.
    public static func seconds(_ value: String, now: Date = Date()) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
            return Double(text)
        }
        for format in httpDateFormats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                return max(0, date.timeIntervalSince(now))
            }
        }
        return nil
    }

    /// IMF-fixdate, then the obsolete RFC 850 and asctime forms that recipients must still accept.
    private static let httpDateFormats = [
        "EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy",
    ]
}

/// Said through `ImageEvent.retrying` before the client waits and sends a request again.
public struct RetryNotice: Sendable, Equatable {
    /// The attempt that just failed, counting from 1.
    public let attempt: Int
    /// The most attempts this request may take (`--retries` + 1).
    public let maxAttempts: Int
    /// What went wrong, as it would have been thrown.
    public let error: ImageAPIError
    /// Seconds the client waits before the next attempt.
    public let delay: Double
    /// Whether `delay` is the gateway's own `Retry-After`.
    public let delayFromRetryAfter: Bool

    /// The failure's stable code, e.g. `rate_limited`.
    public var code: ImageAPIError.Code { error.code }
    /// The HTTP status, when the failure was an HTTP reply.
    public var httpStatus: Int? { error.httpStatus }
    /// The failure in words.
    public var reason: String { error.message }

    /// The failure in words, in `language`.
    public func reason(in language: Language) -> String { error.message(in: language) }
}

extension RetryPolicy {
    /// Runs `attempt` (numbered from 1) until it succeeds, fails in a way this policy does not retry, or the task
    /// is cancelled; reports each retry through `events` before waiting.
    ///
    /// - Parameter cancelled: the error to throw when the task is cancelled after `n` attempts.
    /// - Returns: the value and how many attempts it took.
    func run<T>(
        events: (ImageEvent) -> Void,
        cancelled: (Int) -> ImageAPIError,
        _ attempt: (Int) async throws(AttemptFailure) -> T
    ) async throws(ImageAPIError) -> (value: T, attempts: Int) {
        var number = 0
        while true {
            number += 1
            do {
                return (try await attempt(number), number)
            } catch {
                var retryAfter: Double?
                if case .transient(let wait) = error.retry { retryAfter = wait }
                let failure = error.error.after(attempts: number, retryAfter: retryAfter)
                if Task.isCancelled || failure.code == .cancelled { throw cancelled(number) }
                guard let wait = delay(after: number, for: error) else { throw failure }
                events(
                    .retrying(
                        RetryNotice(
                            attempt: number, maxAttempts: maxRetries + 1, error: failure, delay: wait.seconds,
                            delayFromRetryAfter: wait.fromRetryAfter)))
                do {
                    try await sleep(wait.seconds)
                } catch {
                    throw cancelled(number)
                }
                if Task.isCancelled { throw cancelled(number) }
            }
        }
    }
}
