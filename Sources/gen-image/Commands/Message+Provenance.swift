import ImageAPIClient

/// The texts of `gen-image info` and `gen-image again`, in English and Simplified Chinese side by side.
extension Message {
    static var subcommandInfo: Message {
        Message(.subcommandInfo)
    }

    static var subcommandAgain: Message {
        Message(.subcommandAgain)
    }

    static var infoHelpOverview: Message {
        Message(.infoHelpOverview)
    }

    static var againHelpOverview: Message {
        Message(.againHelpOverview)
    }

    static var usageInfoNoFile: Message {
        Message(.usageInfoNoFile)
    }

    static var usageInfoNoFileHint: Message {
        Message(.usageInfoNoFileHint)
    }

    static var usageAgainOneFile: Message {
        Message(.usageAgainOneFile)
    }

    static var usageAgainOneFileHint: Message {
        Message(.usageAgainOneFileHint)
    }

    static func usageAgainNoRecord(path: String) -> Message {
        Message(.usageAgainNoRecord, .value("path", path))
    }

    static var usageAgainNoRecordHint: Message {
        Message(.usageAgainNoRecordHint)
    }

    static var infoRecord: Message {
        Message(.infoRecord)
    }
    static var infoInFile: Message {
        Message(.infoInFile)
    }
    static func infoLine(label: Message, value: String) -> Message {
        Message(.infoLine, .message("label", label), .lines("value", value))
    }

    static func infoRecordLine(generator: String, place: Message) -> Message {
        Message(.infoRecordLine, .value("generator", generator), .message("place", place))
    }

    static func infoCreated(time: String) -> Message {
        Message(.infoCreated, .value("time", time))
    }

    static func infoRequestID(id: String) -> Message {
        Message(.infoRequestID, .value("id", id))
    }

    static func infoCost(dollars: String) -> Message {
        Message(.infoCost, .value("dollars", dollars))
    }

    static func infoCostEstimate(dollars: String) -> Message {
        Message(.infoCostEstimate, .value("dollars", dollars))
    }

    static var infoInSidecar: Message {
        Message(.infoInSidecar)
    }
    static var infoPrompt: Message {
        Message(.infoPrompt)
    }
    static var infoAsked: Message {
        Message(.infoAsked)
    }
    static var infoDelivered: Message {
        Message(.infoDelivered)
    }
    static var infoFacts: Message {
        Message(.infoFacts)
    }
    static var infoInput: Message {
        Message(.infoInput)
    }
    static var infoParameters: Message {
        Message(.infoParameters)
    }
    static var infoComfyPrompt: Message {
        Message(.infoComfyPrompt)
    }
    static var infoComfyWorkflow: Message {
        Message(.infoComfyWorkflow)
    }
    static var infoDescription: Message {
        Message(.infoDescription)
    }
    static var infoSourceType: Message {
        Message(.infoSourceType)
    }
    static var infoContentCredentials: Message {
        Message(.infoContentCredentials)
    }
    static var infoPresent: Message {
        Message(.infoPresent)
    }
    static var infoSidecar: Message {
        Message(.infoSidecar)
    }

    static var infoNone: Message {
        Message(.infoNone)
    }
}
