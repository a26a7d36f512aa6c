import Foundation

extension ImageAPIError {
    /// Turns a failure to save a billed image that no folder would take either into the plain statement that
    /// the image is lost (its cost stays on the error), naming what was tried and the reply's link, if any.
    mutating func declareLost(link: String?) {
        let reason = text
        setMessage(Message.outputLost(reason: reason))
        setHint(Message.outputLostHint)
        if let link { appendHint(Message.outputLostLink(link: link)) }
    }
}
