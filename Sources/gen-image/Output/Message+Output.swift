import Foundation
import ImageAPIClient

/// The texts that `Output/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Batch under pressure

    static func batchChanged(tag: String, path: String) -> Message {
        Message(.batchChanged, .value("tag", tag), .value("path", path))
    }

    static func batchDryChanged(pad: String, path: String, fingerprint: String) -> Message {
        Message(.batchDryChanged, .value("pad", pad), .value("path", path), .value("fingerprint", fingerprint))
    }

    static func batchDryFingerprint(pad: String, fingerprint: String) -> Message {
        Message(.batchDryFingerprint, .value("pad", pad), .value("fingerprint", fingerprint))
    }

    static func batchDrySkipSame(tag: String, path: String, fingerprint: String) -> Message {
        Message(.batchDrySkipSame, .value("tag", tag), .value("path", path), .value("fingerprint", fingerprint))
    }

    static func batchRequeued(tag: String, wait: String) -> Message {
        Message(.batchRequeued, .value("tag", tag), .value("wait", wait))
    }

    static func batchRequeuedNoWait(tag: String) -> Message {
        Message(.batchRequeuedNoWait, .value("tag", tag))
    }

    static func batchStopRateLimited(index: String) -> Message {
        Message(.batchStopRateLimited, .value("index", index))
    }

    static var batchSummaryRateLimited: Message {
        Message(.batchSummaryRateLimited)
    }

    // MARK: - The plain command

    static func cliAnnounce(
        mode: String, model: String, endpoint: String, expectation: String, timeout: String
    ) -> Message {
        Message(
            .cliAnnounce,
            .value("mode", mode),
            .value("model", model),
            .value("endpoint", endpoint),
            .value("expectation", expectation),
            .value("timeout", timeout))
    }

    static func cliAnnounceStreamed(
        mode: String, model: String, endpoint: String, expectation: String, timeout: String
    ) -> Message {
        Message(
            .cliAnnounceStreamed,
            .value("mode", mode),
            .value("model", model),
            .value("endpoint", endpoint),
            .value("expectation", expectation),
            .value("timeout", timeout))
    }

    /// The first line of a run stopped by a signal, with the code `--json` gives (`cancelled`), like every error.
    static func cliCancelled(signal: String, message: String) -> Message {
        Message(.cliCancelled, .value("signal", signal), .value("message", message))
    }

    static func cliCostEstimated(dollars: String) -> Message {
        Message(.cliCostEstimated, .value("dollars", dollars))
    }

    static func cliPreviewNote(reason: Message) -> Message {
        Message(.cliPreviewNote, .message("reason", reason))
    }

    static var cliPreviewNotTerminal: Message {
        Message(.cliPreviewNotTerminal)
    }

    static func cliPreviewUnsupported(terminal: String) -> Message {
        Message(.cliPreviewUnsupported, .value("terminal", terminal))
    }

    static func cliPreviewFormat(format: String) -> Message {
        Message(.cliPreviewFormat, .value("format", format))
    }

    static func cliAnnounceSeveral(count: String, requests: String, cost: String) -> Message {
        Message(.cliAnnounceSeveral, .value("count", count), .value("requests", requests), .value("cost", cost))
    }

    static func cliOneRequestWithN(count: String) -> Message {
        Message(.cliOneRequestWithN, .value("count", count))
    }

    static func cliSeveralRequests(count: String) -> Message {
        Message(.cliSeveralRequests, .value("count", count))
    }

    static func cliDone(elapsed: String) -> Message {
        Message(.cliDone, .value("elapsed", elapsed))
    }

    static var cliDryRun: Message {
        Message(.cliDryRun)
    }

    /// The first line of every error: the stable code `--json` gives as `error.code`, then the message, so an agent
    /// can decide by the code without running again with `--json`.
    static func cliError(code: String, message: String) -> Message {
        Message(.cliError, .value("code", code), .value("message", message))
    }

    static func cliFactApiCode(value: String) -> Message {
        Message(.cliFactApiCode, .value("value", value))
    }

    static func cliFactAttempts(value: String) -> Message {
        Message(.cliFactAttempts, .value("value", value))
    }

    static func cliFactImageUrl(url: String) -> Message {
        Message(.cliFactImageUrl, .value("url", url))
    }

    static func cliFactRequestId(value: String) -> Message {
        Message(.cliFactRequestId, .value("value", value))
    }

    static func cliHint(hint: String) -> Message {
        Message(.cliHint, .value("hint", hint))
    }

    static func cliImageReceived(number: String, elapsed: String) -> Message {
        Message(.cliImageReceived, .value("number", number), .value("elapsed", elapsed))
    }

    static var cliKeyFlag: Message {
        Message(.cliKeyFlag)
    }

    static func cliKeyGet(page: String) -> Message {
        Message(.cliKeyGet, .value("page", page))
    }

    static func cliKeySet(variable: String) -> Message {
        Message(.cliKeySet, .value("variable", variable))
    }

    static func cliList(first: String, second: String) -> Message {
        Message(.cliList, .value("first", first), .value("second", second))
    }

    static var cliModeEdit: Message {
        Message(.cliModeEdit)
    }

    static func cliModeFuse(count: String) -> Message {
        Message(.cliModeFuse, .value("count", count))
    }

    static var cliModeGenerate: Message {
        Message(.cliModeGenerate)
    }

    static func cliNote(message: String) -> Message {
        Message(.cliNote, .value("message", message))
    }

    static func cliPartial(index: String, elapsed: String) -> Message {
        Message(.cliPartial, .value("index", index), .value("elapsed", elapsed))
    }

    static func cliPartialOfImage(image: String, index: String, elapsed: String) -> Message {
        Message(.cliPartialOfImage, .value("image", image), .value("index", index), .value("elapsed", elapsed))
    }

    static var cliPhaseDownloading: Message {
        Message(.cliPhaseDownloading)
    }

    static var cliPhaseFinal: Message {
        Message(.cliPhaseFinal)
    }

    static func cliPhaseReceived(count: Int) -> Message {
        Message(.cliPhaseReceived, .count("count", count))
    }

    static var cliPhaseRetry: Message {
        Message(.cliPhaseRetry)
    }

    static var cliPhaseSaving: Message {
        Message(.cliPhaseSaving)
    }

    static var cliPhaseWaiting: Message {
        Message(.cliPhaseWaiting)
    }

    static func cliRetry(attempt: String, max: String, reason: String, wait: String) -> Message {
        Message(
            .cliRetry,
            .value("attempt", attempt),
            .value("max", max),
            .value("reason", reason),
            .value("wait", wait))
    }

    static func cliRetryRetryAfter(attempt: String, max: String, reason: String, wait: String) -> Message {
        Message(
            .cliRetryRetryAfter,
            .value("attempt", attempt),
            .value("max", max),
            .value("reason", reason),
            .value("wait", wait))
    }

    static func cliRevisedPrompt(prompt: String) -> Message {
        Message(.cliRevisedPrompt, .value("prompt", prompt))
    }

    static var cliSignalUnknown: Message {
        Message(.cliSignalUnknown)
    }

    static func cliTickLine(phase: String, elapsed: String) -> Message {
        Message(.cliTickLine, .value("phase", phase), .value("elapsed", elapsed))
    }

    static func cliTickLive(phase: String, elapsed: String) -> Message {
        Message(.cliTickLive, .value("phase", phase), .value("elapsed", elapsed))
    }

    static func cliUnitBytes(value: String) -> Message {
        Message(.cliUnitBytes, .value("value", value))
    }

    static func cliUnitHours(value: String) -> Message {
        Message(.cliUnitHours, .value("value", value))
    }

    static func cliUnitMinutes(value: String) -> Message {
        Message(.cliUnitMinutes, .value("value", value))
    }

    static func cliUnitSeconds(value: String) -> Message {
        Message(.cliUnitSeconds, .value("value", value))
    }

    static func cliUsagePointer(command: String) -> Message {
        Message(.cliUsagePointer, .value("command", command))
    }

    static func cliWaitLonger(wait: String, longer: String) -> Message {
        Message(.cliWaitLonger, .value("wait", wait), .value("longer", longer))
    }

    static var cliWaitUnknown: Message {
        Message(.cliWaitUnknown)
    }

    static func cliWaitUsual(low: String, high: String) -> Message {
        Message(.cliWaitUsual, .value("low", low), .value("high", high))
    }

    static func cliWarning(message: String) -> Message {
        Message(.cliWarning, .value("message", message))
    }

    // MARK: - Batch progress and summary

    static func batchAnnounce(source: String, items: String, run: String, parallel: String) -> Message {
        Message(
            .batchAnnounce,
            .value("source", source),
            .value("items", items),
            .value("run", run),
            .value("parallel", parallel))
    }

    static func batchAnnounceNothing(source: String, items: String) -> Message {
        Message(.batchAnnounceNothing, .value("source", source), .value("items", items))
    }

    static func batchAnnounceNothingSkipped(source: String, items: String, skipped: String, how: Message) -> Message {
        Message(
            .batchAnnounceNothingSkipped,
            .value("source", source),
            .value("items", items),
            .value("skipped", skipped),
            .message("how", how))
    }

    static func batchAnnounceSkipped(
        source: String, items: String, skipped: String, how: Message, run: String, parallel: String
    ) -> Message {
        Message(
            .batchAnnounceSkipped,
            .value("source", source),
            .value("items", items),
            .value("skipped", skipped),
            .message("how", how),
            .value("run", run),
            .value("parallel", parallel))
    }

    /// How items done earlier were treated: their records kept, or (without a record) skipped.
    static var batchDoneKept: Message {
        Message(.batchDoneKept)
    }

    static var batchDoneSkipped: Message {
        Message(.batchDoneSkipped)
    }

    static func batchDoneMixed(kept: String, skipped: String) -> Message {
        Message(.batchDoneMixed, .value("kept", kept), .value("skipped", skipped))
    }

    static func batchKept(tag: String, path: String) -> Message {
        Message(.batchKept, .value("tag", tag), .value("path", path))
    }

    static func batchOkPathOnStdout(tag: String, elapsed: String) -> Message {
        Message(.batchOkPathOnStdout, .value("tag", tag), .value("elapsed", elapsed))
    }

    static func batchSummaryDoneEarlier(done: String, how: Message, run: String) -> Message {
        Message(.batchSummaryDoneEarlier, .value("done", done), .message("how", how), .value("run", run))
    }

    static func batchSummaryDoneEarlierAndRun(
        done: String, how: Message, run: String, ok: String, failed: String
    ) -> Message {
        Message(
            .batchSummaryDoneEarlierAndRun, .value("done", done), .message("how", how), .value("run", run),
            .value("ok", ok), .value("failed", failed))
    }

    static func batchSummaryKeptCost(dollars: String) -> Message {
        Message(.batchSummaryKeptCost, .value("dollars", dollars))
    }

    static func batchCancelled(tag: String) -> Message {
        Message(.batchCancelled, .value("tag", tag))
    }

    static func batchCount(count: Int) -> Message {
        Message(.batchCount, .count("count", count))
    }

    static func batchDryInputs(pad: String, paths: String) -> Message {
        Message(.batchDryInputs, .value("pad", pad), .value("paths", paths))
    }

    static func batchDryOptions(pad: String, options: String) -> Message {
        Message(.batchDryOptions, .value("pad", pad), .value("options", options))
    }

    static func batchDryPrompt(pad: String, prompt: String) -> Message {
        Message(.batchDryPrompt, .value("pad", pad), .value("prompt", prompt))
    }

    static func batchDryRun(tag: String, model: String, endpoint: String, path: String) -> Message {
        Message(
            .batchDryRun,
            .value("tag", tag),
            .value("model", model),
            .value("endpoint", endpoint),
            .value("path", path))
    }

    static func batchDrySkip(tag: String, path: String) -> Message {
        Message(.batchDrySkip, .value("tag", tag), .value("path", path))
    }

    static func batchEstimatedCost(dollars: String) -> Message {
        Message(.batchEstimatedCost, .value("dollars", dollars))
    }

    static func batchFailed(tag: String, code: String, message: String) -> Message {
        Message(.batchFailed, .value("tag", tag), .value("code", code), .value("message", message))
    }

    static func batchItems(list: String, count: Int) -> Message {
        Message(.batchItems, .value("list", list), .count("count", count))
    }

    static func batchModel(model: String, count: String, low: String, high: String) -> Message {
        Message(.batchModel, .value("model", model), .value("count", count), .value("low", low), .value("high", high))
    }

    static func batchModelWaitUnknown(model: String, count: String) -> Message {
        Message(.batchModelWaitUnknown, .value("model", model), .value("count", count))
    }

    static func batchNote(note: String, items: String) -> Message {
        Message(.batchNote, .value("note", note), .value("items", items))
    }

    static func batchOk(tag: String, elapsed: String, path: String) -> Message {
        Message(.batchOk, .value("tag", tag), .value("elapsed", elapsed), .value("path", path))
    }

    static func batchProblemsMore(count: String) -> Message {
        Message(.batchProblemsMore, .value("count", count))
    }

    static func batchProblems(source: String, count: Int) -> Message {
        Message(.batchProblems, .value("source", source), .count("count", count))
    }

    static var batchProblemsSee: Message {
        Message(.batchProblemsSee)
    }

    static func batchRateLimited(limit: Int) -> Message {
        Message(.batchRateLimited, .count("limit", limit))
    }

    static func batchRateRaised(limit: String) -> Message {
        Message(.batchRateRaised, .value("limit", limit))
    }

    static func batchSkipped(tag: String, path: String) -> Message {
        Message(.batchSkipped, .value("tag", tag), .value("path", path))
    }

    static func batchStarted(tag: String, model: String, file: String) -> Message {
        Message(.batchStarted, .value("tag", tag), .value("model", model), .value("file", file))
    }

    static func batchStatus(
        running: String, done: String, total: String, failed: String, elapsed: String
    ) -> Message {
        Message(
            .batchStatus,
            .value("running", running),
            .value("done", done),
            .value("total", total),
            .value("failed", failed),
            .value("elapsed", elapsed))
    }

    static func batchStatusLine(status: String) -> Message {
        Message(.batchStatusLine, .value("status", status))
    }

    static func batchStatusLive(status: String) -> Message {
        Message(.batchStatusLive, .value("status", status))
    }

    static func batchStopFailFast(index: String) -> Message {
        Message(.batchStopFailFast, .value("index", index))
    }

    static func batchStopKeyRefused(index: String) -> Message {
        Message(.batchStopKeyRefused, .value("index", index))
    }

    static func batchSummary(headline: String, counts: String, total: String, cost: String) -> Message {
        Message(
            .batchSummary,
            .value("headline", headline),
            .value("counts", counts),
            .value("total", total),
            .value("cost", cost))
    }

    static func batchSummaryCancelled(signal: String, elapsed: String) -> Message {
        Message(.batchSummaryCancelled, .value("signal", signal), .value("elapsed", elapsed))
    }

    static func batchSummaryCancelledCount(count: String) -> Message {
        Message(.batchSummaryCancelledCount, .value("count", count))
    }

    static func batchSummaryCounts(ok: String, skipped: String, failed: String) -> Message {
        Message(.batchSummaryCounts, .value("ok", ok), .value("skipped", skipped), .value("failed", failed))
    }

    static var batchSummaryFailures: Message {
        Message(.batchSummaryFailures)
    }

    static func batchSummaryFinished(elapsed: String) -> Message {
        Message(.batchSummaryFinished, .value("elapsed", elapsed))
    }

    static func batchSummaryGuessed(count: Int) -> Message {
        Message(.batchSummaryGuessed, .count("count", count))
    }

    static func batchSummaryInFlight(items: String, hint: String) -> Message {
        Message(.batchSummaryInFlight, .value("items", items), .value("hint", hint))
    }

    static func batchSummaryManifest(path: String) -> Message {
        Message(.batchSummaryManifest, .value("path", path))
    }

    static func batchSummaryNotRun(items: String) -> Message {
        Message(.batchSummaryNotRun, .value("items", items))
    }

    static func batchSummaryNotRunFailFast(items: String) -> Message {
        Message(.batchSummaryNotRunFailFast, .value("items", items))
    }

    static func batchSummaryNotStarted(count: String) -> Message {
        Message(.batchSummaryNotStarted, .value("count", count))
    }

    static func batchSummaryUnpriced(count: Int) -> Message {
        Message(.batchSummaryUnpriced, .count("count", count))
    }

    static func batchTotalTime(low: String, high: String) -> Message {
        Message(.batchTotalTime, .value("low", low), .value("high", high))
    }

    static var batchUnknownError: Message {
        Message(.batchUnknownError)
    }

    static func batchUnpriced(count: String) -> Message {
        Message(.batchUnpriced, .value("count", count))
    }

    // MARK: - gen-image doctor

    static func doctorLineFail(name: String, detail: String) -> Message {
        Message(.doctorLineFail, .value("name", name), .value("detail", detail))
    }

    static func doctorLineOk(name: String, detail: String) -> Message {
        Message(.doctorLineOk, .value("name", name), .value("detail", detail))
    }

    // MARK: - Request parameters

    static var batchInputCheckPath: Message {
        Message(.batchInputCheckPath)
    }
}
