import Foundation

/// Remembers how far an attempt got, so a timeout can say whether the image was downloading (and keep its
/// URL) and whether the gateway had already answered.
final class PhaseTracker: Sendable {
    private let downloadURL = Locked<String?>(nil)
    private let gotAnswer = Locked(false)

    func answered() { gotAnswer.update { $0 = true } }
    func downloading(_ url: String) { downloadURL.update { $0 = url } }
    var url: String? { downloadURL.value }
    var hasAnswer: Bool { gotAnswer.value }
}
