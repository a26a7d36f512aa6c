import ImageAPIClient

/// The texts of `gen-image info` and `gen-image again`, in English and Simplified Chinese side by side.
extension Message {
    static var subcommandInfo: Message {
        Message(
            en: "Show how images were made: gen-image's record, AUTOMATIC1111/ComfyUI data, XMP, C2PA, sidecars.",
            zh: "显示图片的生成信息：gen-image 记录、AUTOMATIC1111/ComfyUI 数据、XMP、C2PA、旁注文件。")
    }

    static var subcommandAgain: Message {
        Message(
            en: "Run the request recorded in an image again (same model, prompt, settings, inputs); flags override.",
            zh: "按图片里记录的请求再生成一次（同样的模型、提示词、参数、输入图）；给出的参数优先。")
    }

    static var infoHelpOverview: Message {
        Message(
            en: "Reads what each image says about how it was made. Exit 0 when every file could be read (with or "
                + "without metadata), 2 when one could not.",
            zh: "读取每张图片记录的生成信息。所有文件都能读取时退出码为 0（无论有无元数据），有文件无法读取时为 2。")
    }

    static var againHelpOverview: Message {
        Message(
            en: "Runs the request recorded in FILE (by gen-image, in the file or its NAME.EXT.json) again: the same "
                + "model, prompt, size, quality, format, provider, endpoint and inputs, with any option given "
                + "overriding. Inputs must still be there with the same bytes (SHA-256). The result is always a new "
                + "file, beside FILE unless -f says otherwise.",
            zh: "按 FILE 中（或其 NAME.EXT.json 中）gen-image 记录的请求再生成一次：同样的模型、提示词、尺寸、质量、"
                + "格式、服务商、接口和输入图，给出的参数优先。输入图必须仍在且内容相同（SHA-256）。结果总是新文件，"
                + "默认保存在 FILE 旁边，可用 -f 指定。")
    }

    static var usageInfoNoFile: Message {
        Message(en: "no image file given", zh: "没有给出图片文件")
    }

    static var usageInfoNoFileHint: Message {
        Message(en: "run: gen-image info photo.png", zh: "例如：gen-image info photo.png")
    }

    static var usageAgainOneFile: Message {
        Message(en: "gen-image again takes exactly one image file", zh: "gen-image again 只接受一个图片文件")
    }

    static var usageAgainOneFileHint: Message {
        Message(en: "run: gen-image again photo.png [options]", zh: "例如：gen-image again photo.png [选项]")
    }

    static func usageAgainNoRecord(path: String) -> Message {
        Message(
            en: "\(path) carries no gen-image record to run again",
            zh: "\(path) 中没有可以重新运行的 gen-image 记录")
    }

    static var usageAgainNoRecordHint: Message {
        Message(
            en: "only images saved by gen-image with metadata (not --no-metadata) can be run again; "
                + "'gen-image info FILE' shows what a file carries",
            zh: "只有 gen-image 保存且带元数据（未用 --no-metadata）的图片才能重新运行；'gen-image info FILE' 可查看文件内容")
    }

    static var infoRecord: Message { Message(en: "gen-image", zh: "gen-image") }
    static var infoInFile: Message { Message(en: "in the file", zh: "在文件内") }
    static var infoInSidecar: Message { Message(en: "in the sidecar", zh: "在旁注文件中") }
    static var infoPrompt: Message { Message(en: "prompt", zh: "提示词") }
    static var infoAsked: Message { Message(en: "asked", zh: "请求") }
    static var infoDelivered: Message { Message(en: "delivered", zh: "实际") }
    static var infoFacts: Message { Message(en: "run", zh: "运行") }
    static var infoInput: Message { Message(en: "input", zh: "输入") }
    static var infoParameters: Message { Message(en: "parameters (AUTOMATIC1111)", zh: "parameters（AUTOMATIC1111）") }
    static var infoComfyPrompt: Message { Message(en: "ComfyUI prompt", zh: "ComfyUI prompt") }
    static var infoComfyWorkflow: Message { Message(en: "ComfyUI workflow", zh: "ComfyUI workflow") }
    static var infoDescription: Message { Message(en: "XMP description", zh: "XMP 描述") }
    static var infoSourceType: Message { Message(en: "digital source type", zh: "数字来源类型") }
    static var infoContentCredentials: Message { Message(en: "Content Credentials (C2PA)", zh: "内容凭证（C2PA）") }
    static var infoPresent: Message { Message(en: "present", zh: "有") }
    static var infoSidecar: Message { Message(en: "sidecar", zh: "旁注文件") }

    static var infoNone: Message {
        Message(
            en: "no metadata: no gen-image record, AUTOMATIC1111 parameters, ComfyUI data, XMP description, "
                + "C2PA manifest or sidecar",
            zh: "没有元数据：没有 gen-image 记录、AUTOMATIC1111 参数、ComfyUI 数据、XMP 描述、C2PA 清单或旁注文件")
    }
}
