import Foundation

extension ImageAPIError {
    /// Turns a failure to save a billed image that no folder would take either into the plain statement that
    /// the image is lost (its cost stays on the error), naming what was tried and the reply's link, if any.
    func declaredLost(link: String?) -> ImageAPIError {
        let lost = withMessage(Message.outputLost(reason: text)).withHint(Message.outputLostHint)
        return link.map { lost.appendingHint(Message.outputLostLink(link: $0)) } ?? lost
    }
}
