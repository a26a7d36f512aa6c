/// Every text gen-image shows a person, in English: one entry per `MessageID`.
///
/// A translator owns this file; no Swift beyond the quotes is needed. In a text:
/// - `%{name}` is a value (a path, a size, the gateway's own words) or another text, shown as given;
/// - `%{-size}` is a setting, named as the reader knows it: `-s` on the command line, `"size"` in a batch file
///   (`%{--size}` for its full form, `-s/--size`);
/// - `%{count, plural, one {# image} other {# images}}` picks the form for a number (`#` is the number), by this
///   language's rules in `pluralCategory(of:)`.
/// Every entry keeps the same placeholders in every language (`MessageTableTests` checks).
enum English: LanguageTable {
    /// English has two forms: `one` for exactly 1, `other` for every other count.
    static func pluralCategory(of count: Int) -> PluralCategory {
        count == 1 ? .one : .other
    }

    /// The text of `id`, with its placeholders.
    static func template(_ id: MessageID) -> String {
        switch id {
        // MARK: - ImageAPIClient/Batch/Message+Batch.swift
        case .batchDuplicateTarget: "item %{item} already saves to %{name}"
        case .batchDuplicateTargetHint: "give each item its own filename"
        case .batchFieldAllowed: "the fields here are: %{fields}"
        case .batchFieldItemAtRoot: "item fields go inside the elements of \"prompts\""
        case .batchFieldItemInGlobal: "%{field} belongs to each item in \"prompts\", not to \"global\""
        case .batchFieldSizeHintInItem:
            "size_hint is read from \"global\" only; in an item, start the prompt with the ratio phrase itself"
        case .batchFieldUnknown: "unknown field \"%{field}\""
        case .batchFileEmpty: "the batch file is empty"
        case .batchFileEmptyHint: "write {\"prompts\": [{\"prompt\": \"…\"}]}"
        case .batchFileNoItems: "the batch file has no items"
        case .batchFileNoItemsHint: "add {\"prompt\": \"…\"}"
        case .batchFileNotObject: "the batch file holds %{kind}, not an object"
        case .batchFileNotObjectHint:
            "write {\"prompts\": [{\"prompt\": \"…\"}, …]}, or one {\"prompt\": \"…\"} per line"
        case .batchGlobalLate: "a line with \"global\" must come first, before any item"
        case .batchGlobalLateHint: "move it to the first line"
        case .batchGlobalNotObject: "\"global\" must be an object, not %{kind}"
        case .batchItemEmptyFilename: "the filename is empty"
        case .batchItemEmptyFilenameHint: "give a name such as cat.png, or leave it out"
        case .batchItemEmptyPromptHint: "write the user's words in \"prompt\""
        case .batchItemNoPrompt: "the item has no prompt"
        case .batchItemNoPromptHint: "add \"prompt\": \"…\" (it is required)"
        case .batchItemNotObject: "an item must be an object such as {\"prompt\": \"…\"}, not %{kind}"
        case .batchLocationField: "%{place}, %{field}"
        case .batchLocationFromGlobal: "%{field} (from global)"
        case .batchLocationItem: "item %{index}"
        case .batchLocationItemLine: "item %{index} (line %{line})"
        case .batchLocationLine: "line %{line}"
        case .batchProblem: "%{location}: %{message}"
        case .batchPromptsEmpty: "\"prompts\" is empty"
        case .batchPromptsEmptyHint: "add at least one {\"prompt\": \"…\"}"
        case .batchPromptsMissing: "the batch file has no \"prompts\""
        case .batchPromptsMissingHint: "add \"prompts\": [{\"prompt\": \"…\", \"filename\": \"…\"}, …]"
        case .batchPromptsNotArray: "\"prompts\" must be an array, not %{kind}"
        case .batchSyntax: "column %{column}: %{message}"
        case .batchSyntaxHint: "the file must be JSON: {\"prompts\": [...]}, or JSON Lines (one object per line)"
        case .batchSyntaxLinesHint: "in JSON Lines each line is one complete object: {\"prompt\": \"…\"}"
        case .batchValueBadPath: "every entry of %{field} must be a file path (a non-empty string)"
        case .batchValueNotPaths: "%{field} must be an array of paths, not %{kind}"
        case .batchValueNotPathsHint: "write \"%{field}\": [\"ref1.png\", \"ref2.png\"]"
        case .batchValueNotWholeNumber: "%{field} must be a whole number from %{low} to %{high}"
        case .batchValueNotWholeNumberHint: "e.g. \"%{field}\": %{example}"
        case .batchValueNotString: "%{field} must be a string, not %{kind}"
        case .jsonDuplicate: "the member \"%{name}\" appears twice in this object"
        case .jsonExpectedArrayEnd: "expected ',' or ']'"
        case .jsonExpectedColon: "expected ':' after the member name"
        case .jsonExpectedName: "expected a member name in double quotes"
        case .jsonExpectedObjectEnd: "expected ',' or '}'"
        case .jsonExpectedValue: "expected a value (a string, number, object, array, true, false or null)"
        case .jsonKindArray: "an array"
        case .jsonKindBool: "true/false"
        case .jsonKindNull: "null"
        case .jsonKindNumber: "a number"
        case .jsonKindObject: "an object"
        case .jsonKindString: "a string"
        case .jsonNumberExponent: "invalid number: digits must follow the exponent"
        case .jsonNumberFraction: "invalid number: digits must follow '.'"
        case .jsonNumberInvalid: "invalid number"
        case .jsonSingleQuotes: "strings must be in double quotes, not single quotes"
        case .jsonStringBadEscape: "invalid escape in a string"
        case .jsonStringBadUnicode: "invalid \\u escape"
        case .jsonStringControl: "a control character must be escaped in a string"
        case .jsonStringLineBreak: "a string runs past the end of the line (write a line break as \\n)"
        case .jsonStringShortUnicode: "a \\u escape needs four hex digits"
        case .jsonStringSurrogate: "a \\u escape starts a surrogate pair that is not completed"
        case .jsonStringUnclosed: "a string is not closed (missing '\"')"
        case .jsonStringUtf8: "a string is not valid UTF-8"
        case .jsonTooDeep: "values are nested too deeply"
        case .jsonTrailingCommaArray: "a trailing comma is not allowed before ']'"
        case .jsonTrailingCommaObject: "a trailing comma is not allowed before '}'"
        case .jsonTrailingText: "unexpected text after the end of the JSON value"
        case .jsonUnexpectedEnd: "the text ends where a value was expected"
        case .manifestFolder: "could not create folder %{folder} for the manifest"
        case .manifestNoFreeName: "could not find a free name for the manifest in %{folder}"
        case .manifestWrite: "could not write the manifest in %{folder}"
        case .manifestWriteHint: "check free space and permissions"
        case .batchLockBusy: "another run of this batch is in progress (process %{pid}, lock %{path}); nothing was sent"
        case .batchFileLockBusy:
            "another run of this batch is in progress (process %{pid}, batch file %{path}, perhaps reached through a "
                + "link or another spelling of its path); nothing was sent"
        case .batchLockBusyHint:
            "wait for it to finish, then run again: its saved images are skipped. A lock left by a run that was "
                + "killed never blocks"
        case .batchLockOpen: "cannot create the batch lock %{path}: %{detail}"
        case .batchPathOutside: "%{path} is outside the batch file's folder (%{folder}) and %{-out_dir} (%{outDir})"
        case .batchPathOutsideHint:
            "use a name relative to the batch file's folder, or pass %{-allow_outside} if the file is yours and it "
                + "should write there"
        case .batchValueNotBool: "%{field} must be true or false, not %{kind}"
        case .usageAspectHint: "use W:H such as 16:9, 9:16 or 1:1"
        case .usageInvalidValue: "invalid value '%{value}' for %{option}"
        case .usageResolutionHint: "use 1k, 2k or 4k"
        case .usageResolutionNeedsAspect: "%{-resolution} needs %{-aspect}"
        case .usageResolutionNeedsAspectHint: "e.g. %{-aspect} 16:9 %{-resolution} 2k, or %{-size} WxH"

        // MARK: - ImageAPIClient/Batch/SeveralRequests.swift
        case .severalImageFailed: "image %{number} of %{count} was not made [%{code}]: %{message}"
        case .batchFieldCount:
            "an item is one image: for several takes of a prompt write one item per file name, or run gen-image -p "
                + "\"…\" -n 3"

        // MARK: - ImageAPIClient/Client/Message+Client.swift
        case .streamBroke: "%{message}; the stream broke after %{count, plural, one {# event} other {# events}}"
        case .streamCancelledKept:
            "only the %{count} partial %{count, plural, one {image asked for is} other {images asked for are}} kept; "
                + "a request the gateway had already received may still be billed"
        case .streamCutMidEvent: "the stream from %{place} was cut off in the middle of an event"
        case .streamEndedHint: "try again; the gateway or a proxy may have closed the connection early"
        case .streamEndedNoEvent: "the stream from %{place} ended before any event"
        case .streamEndedUnfinished: "the stream from %{place} ended before the image was finished"
        case .streamEndedUnfinishedPartials:
            "the stream from %{place} ended before the image was finished (%{partials} came)"
        case .streamEventTooLarge: "an event in the stream from %{place} is larger than %{limit}"
        case .streamEventTooLargeHint: "check %{-base_url}; this does not look like an image stream"
        case .streamKept: "the %{count} partial %{count, plural, one {image is} other {images are}} kept"
        case .streamNoImage: "the stream finished without an image"
        case .streamNotImage: "the stream's image is not a PNG, JPEG or WebP image"
        case .streamNotImageNumbered: "the stream's image %{number} is not a PNG, JPEG or WebP image"
        case .streamPartials: "%{count} partial %{count, plural, one {image} other {images}}"
        case .streamTextInsteadHint:
            "make the request explicit (e.g. \"Generate an image of …\"); no image came back, so no cost is counted"
        case .streamTimeoutPartials: "the final image from %{place} did not arrive within %{limit} (%{partials} came)"
        case .streamUnfinished:
            "the stream ended without its closing event; saved the %{count} finished %{count, plural, one {image} "
                + "other {images}} it delivered"
        case .downloadByHandTimeout:
            "the link stays valid for about 24 hours; try again, or fetch it by hand, or raise %{-timeout}"
        case .downloadTimeout: "the image was ready but its download did not finish within %{limit}"
        case .replyImageNotImage: "the reply's image is not a PNG, JPEG or WebP image"
        case .transportCancelledHint:
            "nothing was saved; a request the gateway had already received may still be billed"
        case .transportNoImage: "no image from %{host} within %{limit}"
        case .outputRecovered: "the image was billed and is kept at %{path}"
        case .outputRecoveredInMemory:
            "that folder is in memory and is emptied when the machine restarts: move the image now"
        case .outputLost: "the image was billed but is lost: nothing could be written anywhere (%{reason})"
        case .outputLostLink: "the gateway's link to it may still work for about 24 hours: %{link}"
        case .outputLostHint:
            "tried: the output folder, the recovery folder, $XDG_RUNTIME_DIR and /dev/shm; free some space (df -h "
                + "shows which disk is full) before running again"
        case .outputLostNumberedNoLink:
            "image %{number} of the reply was billed but is lost: nothing could be written anywhere"
        case .outputLostNumberedWithLink:
            "image %{number} of the reply was billed but is lost: nothing could be written anywhere (link: %{link})"
        case .outputSavedOther: "another image of the reply was saved at %{path}"
        case .replySeveralBeyond:
            "the reply held %{total} images; the first %{max} were saved, the other %{rest} were not"
        case .replySeveralFailed: "image %{number} of the reply could not be saved (link: %{link})"
        case .streamPartialNotSaved: "partial image %{number} could not be saved: %{message}"
        case .deliveredMismatch: "%{name} is not what was asked: asked %{asked}, got %{got} (saved as delivered)"
        case .deliveredEditShape:
            "the result is %{got} but %{input} is %{inputSize}; add %{-aspect} %{aspect} to keep the input's shape"

        // MARK: - ImageAPIClient/Core/Message+Core.swift
        case .authMissing: "no API key: %{variable} is not set"
        case .authMissingHint: "get a key at %{page}, then export %{variable}=\"sk-…\" or pass %{--api_key}"
        case .commonThen: "%{first}; %{second}"
        case .inputNotFoundHint:
            "check the path; note that %{-input_images} takes every argument up to the next flag as an image, so put "
                + "%{-prompt} before %{-input_images} or quote the prompt"
        case .parameterWholeNumber: "use a whole number from %{low} to %{high}"
        case .plannerOneOf: "use one of: %{values}"
        case .plannerOptionUnsupportedDrop: "drop %{flag}, or choose another model with %{modelFlag}"
        case .plannerOptionUnsupportedTakers: "drop %{flag}, or use a model that takes it: %{models}"
        case .transportTimeoutHint:
            "the gateway may still finish (and bill) this image; raise %{-timeout} (e.g. %{-timeout} 600) or try "
                + "again later"
        case .transportCheckBaseUrl: "check %{-base_url}"
        case .secondsValue: "%{number} s"
        case .eitherPair: "%{first} or %{rest}"
        case .withNote: "%{text} (%{note})"
        case .andMore: "%{text}, %{more}"
        case .withFact: "%{text} · %{fact}"
        case .plus: "%{text} + %{more}"
        case .sentences: "%{first} %{second}"

        // MARK: - ImageAPIClient/Core/Message+Remedy.swift
        case .gatewayParamCheck:
            "the gateway rejected the value of %{setting}; check it, or choose another model with %{modelFlag}"

        // MARK: - ImageAPIClient/Diagnostics/Message+Diagnostics.swift
        case .doctorGatewayProxyAuth: "the proxy answered HTTP 407: it wants credentials before it forwards anything"
        case .doctorConnectionMade: "%{place} in %{milliseconds} ms"
        case .doctorGatewayAnsweredHttp: "HTTP works: GET /models answered HTTP %{status}"
        case .doctorGatewayAnsweredTls: "TLS and HTTP work: GET /models answered HTTP %{status}"
        case .doctorGatewayBadUrl: "cannot build %{url}/models"
        case .doctorGatewayRefusedFix: "check the key; get a new one at %{page}"
        case .doctorGatewayRefusedHttp: "HTTP works, but the gateway refused the key (HTTP %{status})"
        case .doctorGatewayRefusedTls: "TLS and HTTP work, but the gateway refused the key (HTTP %{status})"
        case .doctorGatewayTimeout: "no answer from %{host} within %{limit}"
        case .doctorGatewayTimeoutFix: "check the proxy and firewall; the gateway may be down"
        case .doctorKeyFound: "%{key} (from %{source})"
        case .doctorKeyMissing: "%{variable} is not set"
        case .doctorKeyMissingFix: "get a key at %{page}, then export %{variable}=\"sk-…\""
        case .doctorNameBaseUrl: "base URL"
        case .doctorNameConnection: "connection"
        case .doctorNameDns: "DNS"
        case .doctorNameGateway: "gateway"
        case .doctorNameKey: "key"
        case .doctorNameProxy: "proxy"
        case .doctorProxyBypassed: "%{host} is reached directly (%{variable} does not apply)"
        case .doctorProxyInvalid: "%{setting} is not a URL"
        case .doctorProxyInvalidFix: "set %{variable} to http://host:port, or unset it"
        case .doctorProxyNone: "none set; connecting directly"
        case .doctorProxyUsed: "%{setting} is used for %{host}"
        case .probeConnect: "could not connect to %{place}: %{reason}"
        case .probeConnectHint: "check the address and port, a firewall, or the proxy settings"
        case .probeNoAddress: "no address"
        case .probeNoAnswer: "no answer within %{limit}"
        case .probeResolve: "could not resolve %{host}: %{reason}"
        case .probeResolveHint: "check the host name and your DNS; behind a proxy, set https_proxy"
        case .doctorGatewayNotApi: "the base URL answered HTTP %{status}: a server is there, but not the API"

        // MARK: - ImageAPIClient/Inputs/Message+Inputs.swift
        case .inputLarge:
            "%{path} is %{size}; the gateway recommends at most %{recommended} per image and may reject it"
        case .inputNotFile: "input image is not a regular file: %{path}"
        case .inputNotFileHint: "pass the path of an image file"
        case .inputNotFound: "input image not found: %{path}"
        case .inputNotImage: "input is not a PNG, JPEG or WebP image: %{path}"
        case .inputNotImageHint:
            "convert it first (HEIC, GIF, BMP and others are not accepted; the file's bytes decide, not its extension)"
        case .inputPermissions: "check its permissions"
        case .inputTooLarge: "input image is too large: %{path} is %{size}, the limit is %{limit}"
        case .inputTooLargeHint: "shrink or re-encode it (the gateway recommends at most %{recommended} per image)"
        case .inputTooMany: "too many input images: %{count} given, at most %{max}"
        case .inputTooManyHint: "merge or drop some images; %{-input_images} takes 1 to %{max} paths"
        case .inputUnreadable: "cannot read input image: %{path}"
        case .maskFormatDiffers:
            "the image to edit is %{format} and the mask is PNG; the API asks for both in the same format, so "
                + "convert the image to PNG if the gateway refuses"
        case .maskImageSizeUnknown: "cannot read the pixel size of %{image} to compare it with the mask"
        case .maskImageSizeUnknownHint: "re-save the image to edit as PNG, or drop %{-mask}"
        case .maskNoAlpha: "the mask has no alpha channel: %{path}"
        case .maskNoAlphaHint:
            "the transparent pixels mark what to edit; save it as RGBA or grayscale+alpha PNG (e.g. in Python: "
                + "mask.convert(\"RGBA\"), then putalpha)"
        case .maskNotFound: "mask not found: %{path}"
        case .maskNotFoundHint: "check the path given to %{-mask}"
        case .maskNotPngFormat: "the mask must be a PNG image: %{path} is %{format}"
        case .maskNotPngHint: "save the mask as PNG with an alpha channel (transparent where the image should change)"
        case .maskNotPngNotImage: "the mask must be a PNG image: %{path} is not an image"
        case .maskSizeMismatch:
            "the mask is %{mask} but the image to edit (%{image}) is %{size}; they must be the same size"
        case .maskSizeMismatchHint: "resize the mask to %{size}; it applies to the first %{-input_images} image"
        case .maskTooLarge: "the mask is too large: %{path} is %{size}; it must be under %{limit}"
        case .maskTooLargeHint:
            "a mask only needs alpha: save it as an 8-bit grayscale+alpha PNG, or shrink the image and mask"
        case .maskUnreadable: "cannot read the mask: %{path}"

        // MARK: - ImageAPIClient/Metadata/Message+Metadata.swift
        case .metadataUnreadable: "could not read %{path}"
        case .metadataNotImage: "%{path} is not a PNG, JPEG or WebP image"
        case .metadataInputMissing: "input %{name} is gone (it was at %{path})"
        case .metadataInputChanged: "input %{name} has changed since the image was made (%{path} has other bytes)"
        case .metadataInputHint: "put the original file back, or pass %{-input_images} with the images to use"
        case .metadataSidecarContentCredentials:
            "the image carries Content Credentials (C2PA), so it was saved unchanged; its metadata is in %{name}"
        case .metadataSidecarTooLarge: "the metadata is too large for this format, so it was written to %{name}"
        case .metadataSidecarUnreadable:
            "could not add metadata to the image's structure, so it was saved unchanged; the metadata is in %{name}"
        case .metadataSidecarNotEmbedded:
            "could not write the image again with its metadata (is the disk full?), so it was saved unchanged; the "
                + "metadata is in %{name}"
        case .metadataSidecarNotWritten: "could not write the metadata file %{path}; the image is saved without it"

        // MARK: - ImageAPIClient/Models/Message+Models.swift
        case .plannerChoiceResponseFormat: "response format"
        case .modelAlternativeAllSize:
            "put the ratio at the start of the prompt, e.g. \"横版 16:9, …\" or \"竖版 9:16, …\", or use %{-model} "
                + "gpt-image-2 (any size) or %{-model} gpt-image-2-vip (30 preset sizes)"
        case .modelAlternativeGptImage2ResponseFormat:
            "at this gateway gpt-image-2 always returns base64 and rejects response_format; drop %{-response_format} "
                + "(gen-image saves the file either way)"
        case .modelAlternativeNoQuality: "%{model} has no quality setting; use %{-model} gpt-image-2 for %{-quality}"
        case .modelAlternativePngOnlyCompression:
            "%{model} always answers in PNG; use %{-model} gpt-image-2 with %{-output_format} jpeg|webp for "
                + "%{-output_compression}"
        case .modelAlternativePngOnlyFormat:
            "%{model} always answers in PNG; use %{-model} gpt-image-2 for %{-output_format}"
        case .modelAlternativeResponsesMask:
            "%{-mask} works on the Images API; use %{-model} gpt-image-2 without %{-endpoint} responses"
        case .modelAlternativeResponsesResponseFormat:
            "the Responses API always streams base64; drop %{-response_format} (the file is saved either way)"
        case .modelAlternativeVipQuality:
            "gpt-image-2-vip has no quality setting; pick a 1K/2K/4K size with %{-size}, or use %{-model} gpt-image-2"
        case .modelWaitHighQuality: "longer at high quality and 2K/4K"
        case .modelWaitSeveralImages: "longer for several images or %{-quality} high"
        case .plannerChoiceAction: "action"
        case .plannerChoiceBackground: "background"
        case .plannerChoiceModeration: "moderation level"
        case .plannerChoiceOutputFormat: "output format"
        case .plannerChoiceQuality: "quality"
        case .sizeRuleMaxEdge: "the longest edge must be at most %{max} pixels"
        case .sizeRuleMaxPixels: "it may have at most %{max} pixels (it has %{pixels})"
        case .sizeRuleMinPixels: "it must have at least %{min} pixels (it has %{pixels})"
        case .sizeRuleMultiple: "both edges must be multiples of %{multiple}"
        case .sizeRuleRatio: "the long edge may be at most %{ratio} times the short edge"
        case .sizeRuleSummary:
            "auto, or WxH with both edges multiples of %{multiple}, the longest edge at most %{max}, a ratio within "
                + "%{ratio}:1 and %{min}–%{maxPixels} pixels"
        case .providerCellAccepted: "accepted%{values}"
        case .providerCellNotOffered: "not offered"
        case .providerCellRefused: "refused"
        case .providerCellWithNote: "%{accepted} (%{note})"
        case .providerCellWithRefusal: "%{accepted}; %{value} not supported"
        case .providerFact: "%{flag} %{cell}"
        case .providerFactIgnored: "%{name} %{note}"
        case .providerFactOnlyHere: "offered by this provider only"
        case .providerFactRefusal: "%{value} refused: %{reason}"
        case .providerFactSame: "as the model table says"
        case .providerJoin: "%{first}; %{rest}"
        case .providerLine: "%{model} at %{provider}: %{facts}"
        case .providerLineNotOffered: "not offered at %{provider}: %{models}"
        case .providerVibeapiImagesN:
            "silently ignored, always one image per request (gen-image sends one request per image)"
        case .providerVibeapiResponsesN: "not available; ask for several images in the prompt"
        case .providerVibeapiTransparent:
            "VibeAPI's gpt-image-2 does not support a transparent background (VibeAPI: \"requests with background: "
                + "transparent are not supported\")"
        case .providerVibeapiTransparentHint:
            "use %{-background} opaque or auto, or %{-provider} openai for a transparent PNG or WebP"
        case .providerVibeapiUrlIsDataUri: "url answers a data URI"

        // MARK: - ImageAPIClient/Output/Message+Output.swift
        case .outputExtensionChanged: "the image is %{format} but the file name had %{extensionValue}; saved as %{name}"
        case .outputExtensionMissing: "the image is %{format} but the file name had no extension; saved as %{name}"
        case .outputFolderCreate: "could not create folder %{folder}"
        case .outputFolderCreateHint: "check that the path is writable, or pass %{-filename} with a different folder"
        case .outputFolderWrite: "could not write to %{folder}"
        case .outputFolderWriteHint: "check free space and permissions, or pass %{-filename} with a different folder"
        case .outputNoFreeName: "could not find a free file name in %{folder}"
        case .outputRenamed: "%{existing} already exists; saved as %{name} instead of overwriting it"
        case .outputSave: "could not save %{path}: %{detail}"
        case .outputSaveHint: "check that the folder is writable"
        case .outputPreflightCannotCreate: "cannot create the folder %{folder}: %{parent} is not writable"
        case .outputPreflightHint:
            "choose another place with %{-filename}, or fix the folder's permissions; nothing was sent"
        case .outputPreflightNameTooLong: "the file name %{name} is %{bytes} bytes long; at most %{max} bytes fit"
        case .outputPreflightNameTooLongHint: "choose a shorter name with %{-filename}; nothing was sent"
        case .outputPreflightCreateFailed: "cannot create the folder %{folder}: %{path}: %{detail}"
        case .outputPreflightDanglingLink:
            "cannot save in %{folder}: %{link} is a symbolic link to %{destination}, which does not exist"
        case .outputPreflightFolderNameTooLong:
            "the folder name %{name} is %{bytes} bytes long; a file system takes at most %{max} bytes per name"
        case .outputPreflightPathTooLong:
            "the path to save in (%{folder}) is %{bytes} bytes long with the file name; at most %{max} bytes fit"
        case .outputPreflightPathHint: "choose a shorter path with %{-filename}; nothing was sent"
        case .outputPreflightNotFolder: "cannot save in %{folder}: %{path} is a file, not a folder"
        case .outputPreflightNotWritable: "cannot write to the folder %{folder}"
        case .outputSpaceUpTo: "%{format} of up to %{pixels} pixels"
        case .outputSpaceShort:
            "not enough free space in %{folder}: %{free} free, and the image this request can return (%{image}) may "
                + "take up to %{needed}"
        case .outputSpaceShortHint: "free some space, or save on another disk with %{-filename}; nothing was sent"

        // MARK: - ImageAPIClient/Planning/Message+Planning.swift
        case .parameterIntegerInvalid: "invalid %{flag} %{value}"
        case .parameterTextEmpty: "%{flag} is empty"
        case .parameterTextEmptyHint: "give %{flag} some text, or drop it"
        case .parameterWithValue: "%{flag} %{value}"
        case .aspectImpossible: "%{model} cannot make the ratio %{ratio}"
        case .aspectImpossibleHint: "its ratios go up to %{max}:1 either way"
        case .aspectNoPhrase: "%{model} has no phrase for the ratio %{ratio}"
        case .aspectNoSize: "%{model} has no size of ratio %{ratio}"
        case .aspectNoSizeHint: "its ratios: %{ratios}; or use %{-model} gpt-image-2 for any ratio up to 3:1"
        case .aspectNoTier: "%{model} has no %{resolution} size of ratio %{ratio}"
        case .aspectNoTierHint: "its %{ratio} sizes: %{sizes}"
        case .aspectRatios: "its ratios: %{ratios}"
        case .aspectResolutionIgnored:
            "%{model} makes images of about 1.5K whatever the resolution; use %{-model} gpt-image-2 or %{-model} "
                + "gpt-image-2-vip for %{resolution}"
        case .aspectSizeConflict: "%{-aspect} and %{size} both set the size"
        case .aspectSizeConflictHint:
            "give one: %{-aspect} %{ratio} for the same shape on every model, or %{-size} for exact pixels"
        case .aspectUnknownModel: "%{-aspect} needs a model gen-image knows; %{model} is sent as given"
        case .aspectUnknownModelHint: "use %{-size} WxH with this model, or one of: %{models}"
        case .featureActionEdit: "%{flag} edit needs an image to edit"
        case .featureActionEditHint: "pass it with %{inputs}, or use %{flag} generate or auto"
        case .featureKeepPartialsCount: "%{-keep_partials} needs %{-partial_images} 1 to 3"
        case .featureKeepPartialsCountHint:
            "with no %{-partial_images} (or 0) the gateway sends no partial image to keep"
        case .featureKeepPartialsStream: "%{-keep_partials} needs %{-stream}"
        case .featureKeepPartialsStreamHint: "add %{-stream} %{-partial_images} 1-3, or drop %{-keep_partials}"
        case .featureMaskNoImage: "%{flag} needs the image to edit"
        case .featureMaskNoImageHint:
            "pass the image with %{inputs}; the mask marks the region of the first %{inputs} image to change"
        case .featurePartialImagesStream: "%{flag} needs %{stream}"
        case .featurePartialImagesStreamHint: "add %{stream}, or drop %{flag}"
        case .featureTextModelEndpoint: "%{model} is a text model; it makes images only through %{-endpoint} responses"
        case .featureTextModelEndpointHint:
            "use %{-endpoint} responses, or pick an image model with %{-model} (e.g. %{-model} gpt-image-2)"
        case .featureTextModelImageModel:
            "with %{-endpoint} responses, %{-model} names the text model that drives the image tool; %{model} is an "
                + "image model"
        case .featureTextModelImageModelHint:
            "drop %{-model} to use %{defaultValue} (its image tool uses %{tool}), or drop %{-endpoint} responses to "
                + "call %{model} directly"
        case .featureTransparentFormat: "a transparent background needs PNG or WebP output, not %{format}"
        case .featureTransparentFormatHint: "use %{options}, or drop %{flag} transparent"
        case .plannerChoiceInvalid: "invalid %{name} '%{value}' for %{model}"
        case .plannerCompressionFormat: "%{flag} applies only to JPEG and WebP output"
        case .plannerCompressionFormatHint: "add %{format} jpeg or %{format} webp, or drop %{flag}"
        case .plannerModelEmpty: "the model name is empty"
        case .plannerModelEmptyHint: "pass %{-model} with a model id"
        case .plannerModelSwitched:
            "using %{chosen} because %{flag} was given and %{defaultValue} does not take it (pass %{modelFlag} to "
                + "choose the model yourself)"
        case .plannerModelUnknown: "unknown model '%{model}' (from %{source})"
        case .plannerModelUnknownHint:
            "known models: %{models}; to use another model the gateway offers, add %{-endpoint} chat (chat "
                + "completions) or %{-endpoint} images (Images API)"
        case .plannerOptionUnsupported: "%{model} does not accept %{flag}"
        case .plannerPromptEmpty: "the prompt is empty"
        case .plannerPromptEmptyHint: "pass the prompt with %{-prompt} \"…\" (or %{-prompt} - to read stdin)"
        case .plannerPromptTooLong:
            "the prompt has %{length} characters; the gpt-image models take at most %{max}; nothing was sent"
        case .plannerPromptTooLongHint: "shorten the prompt and run again"
        case .plannerPromptStdinTooLongLimits:
            "the prompt on stdin is longer than %{bytes} bytes, more than %{max} characters can take; the rest was "
                + "not read and nothing was sent"
        case .plannerSizeInvalid: "invalid size '%{size}'"
        case .plannerSizeInvalidHint: "use WxH such as 1536x1024, or auto"
        case .plannerSizePreset: "size %{size} is not one of %{model}'s %{count} sizes"
        case .plannerSizePresetHint: "%{ratio} sizes: %{sizes}; or auto (or use %{-model} gpt-image-2 for any size)"
        case .plannerSizeRule: "size %{size} is not valid for %{model}: %{problem}"
        case .plannerSizeRuleHint: "try %{flag} %{size}; %{model} takes %{rules}"
        case .plannerTimeoutInvalid: "the timeout must be a positive number of seconds"
        case .featureToolModelEmpty: "%{-tool_model} is empty"
        case .featureToolModelEmptyHint: "name a model (e.g. %{-tool_model} gpt-image-2) or drop %{-tool_model}"
        case .featureToolModelEndpoint: "%{-tool_model} only applies to the Responses API's image tool"
        case .featureToolModelEndpointHint:
            "add %{-endpoint} responses, or drop %{-tool_model} (use %{-model} to pick the image model)"
        case .providerModelNotOffered: "%{provider} does not offer %{model}; it offers %{models}"
        case .providerModelNotOfferedHint: "use %{-provider} %{providers} for %{model}, or %{-model} one of %{models}"
        case .providerOptionElsewhere: "%{model} accepts %{flag} at %{providers} (%{-provider} %{provider})"

        // MARK: - ImageAPIClient/Transport/Message+Transport.swift
        case .transportLibcurlMissing:
            "gen-image needs libcurl to reach the network, and it could not be loaded: %{reason}"
        case .transportLibcurlMissingHint:
            "install libcurl (Debian/Ubuntu: sudo apt-get install libcurl4; Fedora/RHEL: sudo dnf install libcurl; "
                + "Alpine: apk add libcurl) and run the command again"
        case .transportProxy: "could not reach %{place} through the proxy: %{detail}"
        case .transportProxyHint: "check the proxy variables (https_proxy, http_proxy, NO_PROXY)"
        case .transportProxyAuth:
            "the proxy refused to forward the request to %{place}: it wants credentials (HTTP 407)"
        case .baseUrlCredentials: "the base URL contains a user name or password (…@%{host})"
        case .baseUrlCredentialsHint: "remove it from the URL and pass the key with %{--api_key} or APIYI_API_KEY"
        case .baseUrlNotHttp: "the base URL must be an http(s) URL with a host"
        case .baseUrlNotHttpHint: "use a URL such as https://api.apiyi.com/v1"
        case .baseUrlPlainHttp: "refusing to send the API key over plain http to %{host}"
        case .baseUrlPlainHttpHint: "use %{url}, or pass %{-allow_insecure_http} if you trust the network"
        case .downloadBadUrl: "the reply's image link is not a valid URL: %{url}"
        case .downloadByHand: "the link stays valid for about 24 hours; try again, or fetch it by hand"
        case .downloadFailed: "downloading the image failed: %{reason}"
        case .downloadHttp: "downloading the image failed: HTTP %{status} from %{host}"
        case .downloadNoLocation: "the image link redirected without a usable Location"
        case .downloadNotImage: "the image link served something that is not a PNG, JPEG or WebP image"
        case .downloadNotImageTyped: "the image link served something that is not a PNG, JPEG or WebP image (%{type})"
        case .downloadRedirects: "the image link redirected more than %{max} times"
        case .downloadScheme: "refusing to download the image over %{scheme}"
        case .downloadSchemeHint: "fetch it by hand if you trust the link (it expires in about 24 hours)"
        case .downloadSchemeRedirected: "refusing to download the image over %{scheme} (redirected to %{url})"
        case .downloadSchemeUnknown: "refusing to download the image over an unknown scheme"
        case .downloadSchemeUnknownRedirected:
            "refusing to download the image over an unknown scheme (redirected to %{url})"
        case .downloadTooLarge: "the image link served more than %{limit}; stopped reading"
        case .downloadTooLargeHint: "this is not an image the gateway made; fetch it by hand only if you trust it"
        case .baseUrlQuery: "the base URL %{url} has a query (?…) or a fragment (#…); the API path cannot follow it"
        case .baseUrlQueryHint:
            "give only scheme, host and path in %{-base_url} (e.g. https://api.apiyi.com/v1); the key goes in "
                + "%{--api_key} or the key variable"
        case .keyCarriageReturn: "a carriage return (CR)"
        case .keyLineFeed: "a line feed (LF)"
        case .keyTab: "a tab"
        case .keyControl: "the control character %{code}"
        case .keyNonASCII: "the non-ASCII character %{code}"
        case .keyBadCharacter:
            "the API key from %{source} contains %{character} at character %{position}; nothing was sent"
        case .baseUrlBadCharacter:
            "the base URL from %{source} contains %{character} at character %{position}; nothing was sent"
        case .keyLineEndingHint:
            "a value read from a file saved with Windows line endings (a .env file, say) ends in an invisible "
                + "carriage return: save the file with Unix line endings (dos2unix .env), or strip it with tr -d "
                + "'\\r', then set the value again"
        case .baseUrlClearTextProxy:
            "refusing to send the API key over plain http to %{host} through the proxy %{proxy} (from %{variable}): "
                + "the proxy would read it in clear text"
        case .baseUrlClearTextProxyHint:
            "add %{host} to NO_PROXY (e.g. NO_PROXY=%{host}), use https, or pass %{-allow_insecure_http} if you "
                + "trust the proxy"

        // MARK: - ImageAPIClient/Wire/Message+Wire.swift
        case .transportProxyAuthHint:
            "put the proxy's user and password in the proxy variable (https_proxy=http://user:password@host:port) or "
                + "add the gateway's host to NO_PROXY if it needs no proxy"
        case .transportTlsUntrusted:
            "the certificate of %{place} is not signed by an authority this machine trusts: %{detail}"
        case .transportTlsUntrustedHint:
            "if your company's proxy or gateway uses its own CA, point SSL_CERT_FILE at a PEM bundle that includes "
                + "it (or SSL_CERT_DIR at a hashed directory) and run again; never turn verification off"
        case .transportHintQuota:
            "the account's balance or quota is used up; retrying will not help until it is topped up (APIYI: "
                + "https://api.apiyi.com, console → 充值; OpenAI: https://platform.openai.com/settings/organization"
                + "/billing)"
        case .outputTemporaryCreate: "could not create a temporary file in %{folder}"
        case .outputTemporaryCreateHint: "check free space, or point TMPDIR at a writable folder"
        case .outputTemporaryWrite: "could not write a temporary file: %{detail}"
        case .replyDataUriInvalid: "the reply's %{field} holds a data URI whose payload is not valid base64 (%{uri})"
        case .replyDataUriMismatch: "the reply's %{field} claims %{type} but holds %{actual} bytes; saved as .%{ext}"
        case .replyDataUriNotBase64: "the reply's %{field} holds a data URI that is not base64 (%{uri})"
        case .replyDataUriNotImage:
            "the reply's %{field} holds a data URI claiming %{type} whose %{size} are not a PNG, JPEG or WebP image"
        case .streamCompletedEmpty: "the stream's %{type} event held no image (empty b64_json)"
        case .streamFailureFailed: "the response failed"
        case .streamFailureFailedSaid: "the response failed: %{message}"
        case .streamFailureIncomplete: "the response is incomplete"
        case .streamFailureIncompleteHint:
            "the model stopped before making the image; try again, or simplify the request"
        case .streamFailureIncompleteReason: "the response is incomplete: stopped early (%{reason})"
        case .streamFailureReported: "the stream reported an error"
        case .streamFailureReportedSaid: "the stream reported an error: %{message}"
        case .streamInvalidBase64: "the stream's %{what} is not valid base64"
        case .streamReplyTooLarge: "the reply from %{place} is larger than %{limit}"
        case .streamReplyTooLargeHint: "check %{-base_url}; this does not look like an image reply"
        case .streamWhatFinalImage: "final image"
        case .streamWhatImage: "image"
        case .streamWhatPartial: "partial"
        case .streamWhatPartialImage: "partial image"
        case .replyB64Invalid: "the reply's b64_json is not valid base64"
        case .replyDamagedHint: "try again; the gateway sent a damaged image"
        case .replyDataUrlInvalid: "the reply's %{type} data URL is not valid base64"
        case .replyImageUndecodable: "image %{number} of %{total} could not be decoded; it may still be billed"
        case .replyEmptyData: "the reply held no image (an empty data array)"
        case .replyError: "the gateway reported an error: %{message}"
        case .replyNoPayload: "the reply's data[0] has neither b64_json nor url"
        case .replyNotImageHint: "try again; the gateway sent something that is not an image"
        case .replyNotJson: "the reply is not the JSON gen-image expects: %{body}"
        case .replyNotJsonEmpty: "the reply is not the JSON gen-image expects (the body was empty)"
        case .replyNotJsonHint: "check %{-base_url} points at an OpenAI-compatible gateway; a proxy may be in the way"
        case .replyNothing: "the reply held no image and no text"
        case .replyRefusingHint: "try again; if it keeps happening, the model may be refusing this prompt"
        case .replyRephraseHint: "try again; if it keeps happening, rephrase the prompt"
        case .replyTextInstead: "the model answered with text instead of an image: %{text}"
        case .replyTextInsteadHint:
            "make the request explicit, e.g. start the prompt with \"生成图片：\" or \"Generate an image:\"; no "
                + "image came back, so no cost is counted"
        case .replyDescribedHint:
            "the prompt already asks for an image: describe the picture itself (what is in it, its style), not a "
                + "question or a task; no image came back, so no cost is counted"
        case .replyRefused: "the model refused: %{text}"
        case .replyRefusedHint:
            "sending the same prompt again will be refused again: tell the user what the model said and ask how to "
                + "change the request; no image came back, so no cost is counted"
        case .replyUnknownShape: "the reply has neither data nor choices"
        case .replyUnknownShapeHint: "check %{-base_url} and %{-endpoint}: this does not look like an image API reply"
        case .transportBadUrl: "unsupported URL: %{url}"
        case .transportCancelled: "the request was cancelled"
        case .transportCheckNetwork: "check your network and try again"
        case .transportConnect: "could not connect to %{place}"
        case .transportConnectHint: "check %{-base_url} and your network or proxy settings (https_proxy, NO_PROXY)"
        case .transportCutOff: "the reply from %{place} was cut off before it was complete (%{detail})"
        case .transportCutOffHint: "try again; the gateway or a proxy dropped the connection"
        case .transportFailed: "request to %{place} failed: %{detail}"
        case .transportFailedCode: "request to %{place} failed: network error %{code}"
        case .transportHint400: "the gateway rejected the request; check the flags and the input images"
        case .transportHint400Parameter:
            "this model rejected a parameter; drop the flag named above or choose another model with %{-model}"
        case .transportHint401: "check the key in APIYI_API_KEY or %{-api_key}; keys are at https://api.apiyi.com"
        case .transportHint403: "this key may not use this model; check the model name and your key's token group"
        case .transportHint404: "check %{-base_url} (it usually ends in /v1) and the model name"
        case .transportHint413: "the request is too large; use smaller input images (at most 10 MB each is recommended)"
        case .transportHint429:
            "the gateway is busy or your quota is used up; wait a minute and retry, or check your balance"
        case .transportHint5xx: "the gateway or its upstream failed; try again in a minute"
        case .transportHintContentBlocked:
            "the model refused this prompt or image; change the prompt (retrying it unchanged will not help)"
        case .transportHintOther: "see the gateway's message above"
        case .transportHttp: "the gateway answered HTTP %{status}"
        case .transportHttpSaid: "the gateway answered HTTP %{status}: %{message}"
        case .transportLost: "the connection to %{place} was lost before the reply was complete"
        case .transportLostHint: "try again; if it keeps happening, a proxy may be cutting long requests"
        case .transportNotHttp: "%{place} sent a reply that is not valid HTTP"
        case .transportNotHttpHint: "check %{-base_url}; a proxy may be in the way"
        case .transportOffline: "no network connection"
        case .transportResolve: "could not resolve %{host}"
        case .transportResolveHint: "check the host name in %{-base_url} and your DNS or proxy settings"
        case .transportTimeout: "no response from %{place} within %{limit}"
        case .transportTls: "could not make a secure (TLS) connection to %{place}"
        case .transportTlsHint: "check the system's certificates and any proxy that intercepts TLS"
        case .gatewayTextCut: "%{text}… (%{count} more characters not shown)"
        case .replyChatSeveral:
            "the reply linked %{total} different images; the first was saved, the other %{rest} were not: %{links}"
        case .transportRedirect:
            "the gateway answered with a redirect (HTTP %{status}) to %{host}; gen-image follows no redirect from "
                + "the API, so that the key never goes along"
        case .transportRedirectHint:
            "check %{-base_url} (or GEN_IMAGE_BASE_URL): use the API's own address, e.g. https://api.apiyi.com/v1"
        case .transportRedirectNowhere: "the gateway answered with a redirect (HTTP %{status}) without saying where to"
        case .transportTlsNameMismatch:
            "the certificate of %{place} is for %{names}, not for %{host}: a host-name mismatch"
        case .transportTlsNameMismatchUnnamed: "the certificate of %{place} does not name %{host}: a host-name mismatch"
        case .transportTlsNameMismatchHint:
            "use a base URL with a host name the certificate names, or ask whoever runs the gateway for a "
                + "certificate that names %{host}; trusting another authority cannot fix this, and never turn "
                + "verification off"

        // MARK: - gen-image/Commands/Message+Commands.swift
        case .optionAllowOutside:
            "Let items' \"filename\" write outside the batch file's folder and --out-dir (../, absolute paths, ~/). "
                + "Without it such items are refused before anything is sent."
        case .cliDoctorFailed: "gen-image doctor: %{failed} of %{count} checks failed"
        case .cliDoctorPassed: "gen-image doctor: all %{count} checks passed"
        case .cliSignalNumber: "signal %{number}"
        case .batchStdin: "from stdin"
        case .usageBatchMissingFile: "missing the batch file"
        case .usageBatchMissingFileHint: "gen-image batch jobs.json (or - to read it from stdin)"
        case .usageBatchOneFileHint: "gen-image batch takes one file; prompts go inside it"
        case .usageBatchOutDirEmpty: "--out-dir is empty"
        case .usageBatchOutDirEmptyHint: "pass a folder such as --out-dir images"
        case .usageBatchUnreadable: "batch file not found or unreadable: %{path}"
        case .usageBatchUnreadableHint: "check the path; write the file as described in references/batch-template.md"
        case .usageCompletionsMissingShell: "completions needs one shell name"
        case .usageCompletionsMissingShellHint: "gen-image completions bash (or zsh, fish)"
        case .usageCompletionsUnknownShell: "unknown shell '%{shell}'"
        case .usageCompletionsUnknownShellHint: "use one of: %{shells}"
        case .usageUnknownSubcommand: "unknown subcommand '%{name}'; did you mean '%{suggestion}'?"
        case .usageUnknownSubcommandHint: "gen-image %{synopsis}"
        case .batchHelpEnv:
            "As for gen-image (see gen-image --help): APIYI_API_KEY, GEN_IMAGE_PROVIDER, "
                + "GEN_IMAGE_BASE_URL,\nGEN_IMAGE_MODEL (the model for items that name none), "
                + "GEN_IMAGE_PROGRESS_INTERVAL, proxies."
        case .batchHelpExit0: "every item was saved or skipped"
        case .batchHelpExit1: "the manifest could not be written"
        case .batchHelpExit130: "cancelled by Ctrl-C or SIGTERM; finished images kept, manifest written"
        case .batchHelpExit2: "the file or a flag is invalid; nothing was sent"
        case .batchHelpExit3: "no API key (and some item needs one); nothing was sent"
        case .batchHelpExit4: "some items failed (or never started after --fail-fast); the others were saved"
        case .batchHelpFileChecked:
            "The whole file is checked before anything is sent. See references/batch-template.md."
        case .batchHelpFileItems:
            "Each item: prompt (required), filename, input_images (up to 5), and any global field but size_hint;\nan "
                + "item's field wins over global's, and an item's \"field\": null drops global's. size_hint goes "
                + "in\nfront of prompts that do not already start with a ratio phrase. Relative paths are read "
                + "from the\nbatch file's folder."
        case .batchHelpFileJsonl:
            "JSON Lines: one {\"prompt\": …} per line; a first line {\"global\": {…}} sets the defaults."
        case .batchHelpOutputManifest:
            "<file-stem>.results.json in --out-dir: each item's status, path, error, attempts, fingerprint."
        case .batchHelpOutputStderr:
            "[k/N] started / ok <seconds> <path> / failed [<code>]: <reason> / skipped, then a summary."
        case .batchHelpOutputStdout: "the absolute path of each image saved, one per line, as each finishes."
        case .batchHelpOverview:
            "Make many images from one file, several at once: the skills' batch template (JSON with\n\"prompts\") or "
                + "JSON Lines. Resumable: an item whose image already exists is skipped."
        case .batchHelpStdin: "<file> may be - to read the file from stdin."
        case .doctorHelpOverview:
            "Check that gen-image can reach the gateway: the key (masked), the base URL, the proxy\nvariables in "
                + "effect, DNS, a TCP connection to the host (or the proxy), and an HTTP(S) request "
                + "to\n%{base}/models. One line per check on stdout; exit 0 only if all pass, else 1."
        case .helpEnvApiKey: "API key for apiyi (or -k); VIBEAPI_API_KEY, OPENAI_API_KEY for the others."
        case .helpEnvBaseUrl: "API base (or --base-url). Default: the provider's."
        case .helpEnvModel: "Default model (or -m)."
        case .helpEnvProgressInterval: "Seconds between progress updates (default: 1 on a terminal, 10 otherwise)."
        case .helpEnvProvider: "apiyi (default), vibeapi or openai (or --provider)."
        case .helpEnvProxies: "Proxies, read by libcurl."
        case .helpEnvProxyNames: "https_proxy, HTTPS_PROXY, ALL_PROXY, http_proxy (lower case only), NO_PROXY"
        case .helpExit0: "the image was saved"
        case .helpExit1: "the API or the network failed (HTTP error, timeout, no image in the reply)"
        case .helpExit130: "cancelled by Ctrl-C or SIGTERM; temporary files removed, nothing saved"
        case .helpExit2: "a usage or input error; nothing was sent"
        case .helpExit3: "no API key"
        case .helpExit4: "gen-image batch: some items failed; the others were saved"
        case .helpModelLine: "%{endpoint}; %{options}; %{wait}; %{price}."
        case .helpModelOthers:
            "Any other model id works with --endpoint chat|images; then its options are sent unchecked. With "
                + "--endpoint responses, -m names the text model and gpt-image-2's rules apply."
        case .helpModelPerImage: "$%{dollars} per image"
        case .helpModelPerToken: "billed by tokens"
        case .helpModelRatioInPrompt: "Put the ratio at the start of the prompt, e.g. \"横版 16:9\", \"竖版 9:16\"."
        case .helpModelResponses:
            "Responses API (--endpoint responses), a text model driving %{model}'s image tool, always streamed, may "
                + "return several images"
        case .helpModelResponsesAny:
            "Responses API (--endpoint responses), a text model driving an image tool, always streamed, may return "
                + "several images"
        case .helpModelSizeAny: "-s any valid WxH"
        case .helpModelSizePresets: "-s auto or one of %{count} presets"
        case .helpModelTakes: "takes %{options}"
        case .helpModelTakesNothing: "no size or quality options"
        case .helpModelTextAndImageTokens: "billed by text tokens plus image tokens"
        case .helpOutputStderr:
            "progress, notes, warnings, errors as 'gen-image: error [code]: …' (--quiet: errors only)."
        case .helpOutputStdout: "the absolute path of each saved image, one per line, and nothing else."
        case .helpOverview:
            "Generate and edit images with GPT Image 2 models through APIYI or any OpenAI-compatible gateway."
        case .subcommandBatch:
            "Make many images from the skills' batch template or JSON Lines, several at once; resumable. See "
                + "'gen-image batch --help'."
        case .subcommandCompletions: "Print a shell completion script, e.g. source <(gen-image completions bash)."
        case .subcommandDoctor: "Check the key, base URL, proxy, DNS, connection and gateway; exit 0 only if all pass."
        case .cliMaxTime: "stopped: --max-time of %{limit} passed before the image arrived"
        case .cliMaxTimeHint:
            "nothing was saved; the gateway may still finish (and bill) a request it received; raise --max-time or "
                + "try again later"
        case .authEmpty: "no API key: %{variable} is set but empty"
        case .authEmptyFlag: "no API key: -k/--api-key was given an empty value"
        case .optionBatchDryRun:
            "Check the file and print, on stdout, what each item would do (model, prompt as sent, options, output "
                + "path, or skip); sends nothing, needs no key, writes no manifest."
        case .optionBatchEndpoint:
            "API to use for every item instead of its model's own; required for models gen-image does not list."
        case .optionBatchModel:
            "Model for items that name none (an item's or global's \"model\" wins). Default: $GEN_IMAGE_MODEL, else "
                + "chosen per item as a single run would."
        case .optionBatchQuiet: "Print only failures and errors on stderr (stdout still gets the saved paths)."
        case .optionConcurrency:
            "Requests in flight at once, 1 to %{max} (default %{defaultValue}). A 429 halves it until enough jobs "
                + "succeed again."
        case .optionFailFast: "Start no new job after the first failure (jobs in flight finish)."
        case .optionForce:
            "Run items whose image already exists too; the new image is saved beside the old one as "
                + "<name>-<timestamp>.<ext>, never over it. Without it such items are skipped."
        case .optionOutDir:
            "Folder for images of items without \"filename\" (named <index>-<first-words>.<ext>) and for the results "
                + "file <batch-file-stem>.results.json. Default: the batch file's folder (the current folder for "
                + "stdin)."
        case .doctorLineModel: "info  model: %{line}"
        case .helpProvidersIntro: "What differs between providers (--provider), from the same table every check reads:"
        case .optionSkillForce:
            "Replace skill files that exist with other contents. Files you added to a skill folder are never touched."
        case .skillCancelled:
            "gen-image: cancelled by %{signal}: the skills are partly installed (every file written is complete); "
                + "run the same command again to finish"
        case .skillInstalled: "gen-image: installed %{name} in %{path} (%{written} written, %{unchanged} unchanged)"
        case .skillLinked: "gen-image: %{path} is a hard link to %{original}: one binary on disk for both skills"
        case .skillNeedsToolchain:
            "this gen-image needs the Swift toolchain's libraries (%{libraries}), so the skills' scripts/gen-image "
                + "runs only where Swift is installed; for a portable one run 'swift build -c release "
                + "--static-swift-stdlib', then '.build/release/gen-image skill install …'"
        case .skillNext:
            "gen-image: Claude Code reads ~/.claude/skills and <project>/.claude/skills; Codex reads "
                + "~/.agents/skills and <project>/.agents/skills"
        case .skillNoBinary: "cannot find the running gen-image binary to copy into scripts/gen-image"
        case .skillReplaced: "  replaced: %{files}"
        case .skillWriteFailed: "could not write the skills into %{path}: %{reason}"
        case .skillWriteFailedHint: "choose a folder you can write to; files already written stay complete"
        case .skillHelpFolders:
            "Claude Code reads ~/.claude/skills (yours) and .claude/skills in a project.\nCodex reads "
                + "~/.agents/skills (yours) and .agents/skills from the current folder up to the repository root."
        case .skillHelpInstall:
            "Installs every skill, or the NAMEs given, into DIR (default: the current folder), one folder each.\nDIR "
                + "is the first argument unless it is a skill's name."
        case .skillHelpList: "Prints each skill's name and description, one per line."
        case .skillHelpOutput: "stdout: the absolute path of each skill folder installed. stderr: what was written."
        case .skillHelpOverview:
            "Write complete skill folders for AI agents: SKILL.md, references/ and scripts/gen-image (a copy of this "
                + "binary)."
        case .skillHelpPortable:
            "scripts/gen-image runs where the Swift toolchain is not installed only if this binary was built "
                + "with\n'swift build -c release --static-swift-stdlib'."
        case .skillHelpSafety:
            "Nothing is ever deleted. A file that exists with other contents is replaced only with --force;\nwithout "
                + "it nothing is written and the files are listed."
        case .subcommandSkill:
            "Install the agent skills (SKILL.md, references, this binary) into a folder Claude Code or Codex reads, "
                + "or list them. See 'gen-image skill --help'."
        case .usageSkillAction: "gen-image skill needs 'install' or 'list'"
        case .usageSkillActionHint: "e.g. gen-image skill install ~/.claude/skills"
        case .usageSkillBlocked:
            "cannot install: %{paths} is in the way (a file where a folder goes, or a folder where a file goes); "
                + "nothing was written"
        case .usageSkillBlockedHint: "move it away, or install into another folder"
        case .usageSkillListArguments: "gen-image skill list takes no arguments"
        case .usageSkillUnknown: "unknown skill '%{name}'"
        case .usageSkillUnknownHint: "the skills are: %{names} (see 'gen-image skill list')"
        case .usageSkillWouldReplace: "these skill files exist with other contents, so nothing was written: %{files}"
        case .usageSkillWouldReplaceHint:
            "add --force to replace them (files you added to the skill folders are kept either way), or install into "
                + "another folder"
        case .cliFactBilled: "  cost: %{cost} (billed)"
        case .helpOutputClosedStdout: "a closed stdout (| head -1) stops the printing only; the exit code is the run's"
        case .helpOutputRecovery:
            "an image billed but not savable where asked is kept in ~/.local/share/gen-image/recovered"

        // MARK: - gen-image/Commands/Message+Provenance.swift
        case .subcommandInfo:
            "Show how images were made: gen-image's record, AUTOMATIC1111/ComfyUI data, XMP, C2PA, sidecars."
        case .subcommandAgain:
            "Run the request recorded in an image again (same model, prompt, settings, inputs); flags override."
        case .infoHelpOverview:
            "Reads what each image says about how it was made. Exit 0 when every file could be read (with or without "
                + "metadata), 2 when one could not."
        case .againHelpOverview:
            "Runs the request recorded in FILE (by gen-image, in the file or its NAME.EXT.json) again: the same "
                + "model, prompt, size, quality, format, provider, endpoint and inputs, with any option given "
                + "overriding. Inputs must still be there with the same bytes (SHA-256). The result is always a "
                + "new file, beside FILE unless -f says otherwise."
        case .usageInfoNoFile: "no image file given"
        case .usageInfoNoFileHint: "run: gen-image info photo.png"
        case .usageAgainOneFile: "gen-image again takes exactly one image file"
        case .usageAgainOneFileHint: "run: gen-image again photo.png [options]"
        case .usageAgainNoRecord: "%{path} carries no gen-image record to run again"
        case .usageAgainNoRecordHint:
            "only images saved by gen-image with metadata (not --no-metadata) can be run again; 'gen-image info "
                + "FILE' shows what a file carries"
        case .infoRecord: "gen-image"
        case .infoInFile: "in the file"
        case .infoLine: "  %{label}: %{value}"
        case .infoRecordLine: "%{generator} (%{place})"
        case .infoCreated: "created %{time}"
        case .infoRequestID: "request id %{id}"
        case .infoCost: "cost %{dollars}"
        case .infoCostEstimate: "cost %{dollars} (estimate)"
        case .infoInSidecar: "in the sidecar"
        case .infoPrompt: "prompt"
        case .infoAsked: "asked"
        case .infoDelivered: "delivered"
        case .infoFacts: "run"
        case .infoInput: "input"
        case .infoParameters: "parameters (AUTOMATIC1111)"
        case .infoComfyPrompt: "ComfyUI prompt"
        case .infoComfyWorkflow: "ComfyUI workflow"
        case .infoDescription: "XMP description"
        case .infoSourceType: "digital source type"
        case .infoContentCredentials: "Content Credentials (C2PA)"
        case .infoPresent: "present"
        case .infoSidecar: "sidecar"
        case .infoNone:
            "no metadata: no gen-image record, AUTOMATIC1111 parameters, ComfyUI data, XMP description, C2PA "
                + "manifest or sidecar"

        // MARK: - gen-image/Commands/Message+Results.swift
        case .subcommandHistory:
            "What was made, newest first, with today's and this month's cost; --search, --since, --limit."
        case .historyHelpOverview:
            "Lists the history every run and batch item appends to ($XDG_STATE_HOME/gen-image/history.jsonl, by "
                + "default ~/.local/state/gen-image/): time, outcome, model, size, cost, the prompt and the saved "
                + "paths, newest first, then what today and this month cost. --no-history or GEN_IMAGE_HISTORY=off "
                + "keeps a run out of it."
        case .optionHistorySearch:
            "Only entries whose prompt, model, outcome, path or settings contain this text (any case)."
        case .optionHistorySince: "Only entries from this date on: 2026-12-01, an ISO 8601 time, or 3d / 12h / 2w ago."
        case .optionHistoryLimit: "Show at most N entries (default 20; 0 for all)."
        case .usageSinceHint: "use a date (2026-12-01), an ISO 8601 time, or 3d, 12h, 2w"
        case .historyEmpty: "gen-image: no history yet (%{path})"
        case .historyMore: "gen-image: %{shown} of %{matching} shown; --limit 0 shows all"
        case .historyCost:
            "gen-image: cost today %{today} (%{todayImages} images) · this month %{month} (%{monthImages} images)"
        case .subcommandGallery:
            "Make an HTML page of images that carry gen-image's record (files or a folder); -o names it."
        case .galleryHelpOverview:
            "Makes one self-contained HTML page (inline CSS, relative image paths, nothing from the network) with a "
                + "card per image carrying gen-image's record: thumbnail, prompt, model, size asked and delivered, "
                + "cost, and the command that makes it again. With no file, the current folder. The page goes to "
                + "gallery.html in the folder (or beside the first file) unless -o names it; its path is printed "
                + "on stdout."
        case .optionGalleryPage: "Where to write the page (default gallery.html)."
        case .galleryNothing: "no image with a gen-image record in %{path}"
        case .galleryNothingHint:
            "images saved with --no-metadata carry no record; 'gen-image info FILE' shows what a file carries"
        case .galleryWriteFailed: "could not write %{path}: %{detail}"
        case .gallerySkipped: "gen-image: %{count} files without a gen-image record left out"
        case .batchGallery: "gen-image: gallery: %{path}"
        case .galleryMissing: "%{path} does not exist"
        case .galleryNotOurs: "a file that is not a gen-image page has that name; choose another with -o"
        case .galleryNotWritable: "the folder cannot be written; choose another with -o"
        case .batchHelpOutputGallery: "<file-stem>.html beside it: a page of every item, rewritten as items finish."

        // MARK: - gen-image/Frontend/Message+Frontend.swift
        case .usageEndpointHint: "use chat, images or responses"
        case .usageFilenameEmpty: "-f/--filename is empty"
        case .usageFilenameEmptyHint: "pass a file name such as cat.png"
        case .usageGivenTwice: "%{option} was given more than once"
        case .usageGivenTwiceHint: "give it once; quote values that contain spaces"
        case .usageInvalidBaseUrl: "invalid %{source} '%{url}'"
        case .usageInvalidBaseUrlHint: "use an http(s) URL such as https://api.apiyi.com/v1"
        case .usageLangHint: "use en or zh"
        case .usageMissingPrompt: "missing -p/--prompt"
        case .usageMissingPromptHint: "e.g. gen-image -p \"一只可爱的橘猫在草地上玩耍\" -f cat.png"
        case .usageNeedsPaths: "%{option} needs at least one %{value} path"
        case .usageNeedsPathsHint: "e.g. -i photo.png, or -i ref1.png ref2.png"
        case .usageNeedsValue: "%{option} needs a value"
        case .usageNeedsValueHint: "e.g. %{spelling} <%{value}>"
        case .usageNoPositionalsHint: "gen-image takes no positional arguments; pass the prompt with -p \"…\""
        case .usageQuotePromptHint: "pass the prompt with -p and quote it whole: -p \"%{phrase}\""
        case .usageStdinNotUtf8: "the prompt on stdin is not valid UTF-8"
        case .usageTakesNoValue: "%{option} takes no value"
        case .usageTimeoutHint: "use a number of seconds, e.g. --timeout 600"
        case .usageUnexpectedArgument: "unexpected argument '%{argument}'"
        case .usageUnexpectedArguments: "unexpected arguments '%{argument}'"
        case .usageUnknownOption: "unknown option '%{option}'"
        case .usageUnknownOptionHint: "run 'gen-image --help' to see every option"
        case .usageUnknownOptionSuggestion: "unknown option '%{option}'; did you mean '%{suggestion}'?"
        case .usageUnknownProvider: "unknown provider '%{provider}' in %{source}"
        case .usageUnknownProviderHint: "use one of: %{providers}; any other gateway works with --base-url"
        case .optionMaxTime:
            "Deadline for the whole run: every attempt, wait between attempts and download; gen-image stops at once "
                + "when it passes. Without it the worst case is (retries + 1) × --timeout plus the waits (up to "
                + "300 s each when the gateway's Retry-After asks): 3 × 360 s + 2 × 300 s = 28 min for gpt-image-2 "
                + "with the defaults."
        case .usageMaxTimeHint: "give the whole run's limit in seconds, e.g. --max-time 300"
        case .usageMaxTimeTooLongHint: "the whole run's limit is at most %{max} s (one day), e.g. --max-time 300"
        case .usageHelpWordHint:
            "for help run 'gen-image --help' (or 'gen-image batch --help', 'gen-image skill --help')"
        case .usageNoCount: "%{option}: the image count is spelled -n (1-10)"
        case .usageNoCountHint:
            "e.g. gen-image -p \"a red fox\" -n 3 (saved as NAME-1 ... NAME-3); for different prompts write a batch "
                + "file and run 'gen-image batch FILE'"
        case .usageQuotePromptWholeHint: "quote the whole prompt: %{option} %{quoted}"
        case .usageQuoteValueHint: "quote the whole value: %{option} %{quoted}"
        case .usageDidYouMeanOption: "'%{word}' is not a gen-image command or option; did you mean '%{option}'?"
        case .usageDidYouMeanOptionHint: "options start with - or --: %{example}"
        case .usageUnknownCommand: "'%{word}' is not a gen-image command"
        case .usageUnknownCommandHint:
            "the commands are %{commands}; to make an image, give the prompt with -p: gen-image -p \"<your "
                + "prompt>\"; see 'gen-image --help'"
        case .optionAction: "Force the image tool to make a new image or edit the -i image (--endpoint responses)."
        case .optionAllowInsecureHttp:
            "Allow a plain http --base-url to a host other than this machine (the key then crosses the network "
                + "unencrypted)."
        case .optionApiKey:
            "API key. Default: the provider's variable ($APIYI_API_KEY, $VIBEAPI_API_KEY, $OPENAI_API_KEY)."
        case .optionAspect:
            "The same shape on every model: gpt-image-2-all gets the size guide's phrase in front of the prompt (the "
                + "only change gen-image makes to it), gpt-image-2-vip the preset of that ratio, gpt-image-2 a "
                + "valid size of that ratio."
        case .optionBackground:
            "auto, opaque or transparent; transparent needs PNG or WebP output (gpt-image-2, --endpoint responses)."
        case .optionBaseUrl: "API base. Default: $GEN_IMAGE_BASE_URL, else the provider's (https://api.apiyi.com/v1)."
        case .optionDryRun:
            "Print the request that would be sent (key masked, base64 shortened to its length) and exit 0; sends "
                + "nothing and needs no key."
        case .optionEndpoint:
            "chat, images or responses: the API to use instead of the model's own; required for models not listed "
                + "below. responses: a text model drives gpt-image-2's image tool (streamed; may return several "
                + "images)."
        case .optionFilename:
            "Where to save the image; folders are created, an existing file is never overwritten. Default: "
                + "YYYY-MM-DD-HH-MM-SS-<first-words>-<id>.<ext> in the current folder."
        case .optionHelp: "Show this help."
        case .optionInputImage:
            "1 to 5 PNG/JPEG/WebP images to edit or fuse, in the order the prompt names them. Takes every argument "
                + "up to the next option."
        case .optionInstructions:
            "System text for the model driving the image tool (--endpoint responses; a short default is sent "
                + "otherwise)."
        case .optionJson:
            "Print exactly one JSON object on stdout instead of the path: {\"ok\": true, \"files\": […], …} or "
                + "{\"ok\": false, \"error\": {\"code\": …}}. Progress and messages stay on stderr."
        case .optionMetadata:
            "Where the image's provenance (prompt, model, settings, inputs) goes: in the file (default), in a "
                + "NAME.EXT.json sidecar, or nowhere. An image with Content Credentials (C2PA) is never changed."
        case .optionCount:
            "Make N images (1-10), saved as NAME-1 ... NAME-N: one request where the gateway takes n, otherwise N "
                + "requests at once."
        case .optionPreview:
            "Show the saved image in the terminal (kitty, ghostty, iTerm2, WezTerm, VS Code); or GEN_IMAGE_PREVIEW=1."
        case .optionNoHistory:
            "Do not add this run to the history (~/.local/state/gen-image/history.jsonl); or GEN_IMAGE_HISTORY=off."
        case .optionNoMetadata: "Write no metadata at all (same as --metadata none): the prompt stays private."
        case .usageMetadataHint: "use embed, sidecar or none"
        case .usageMetadataConflict: "--no-metadata and --metadata %{value} contradict each other"
        case .optionKeepPartials:
            "Save each partial image as <name>.partial-<n>.<ext> (only the final image is printed on stdout)."
        case .optionLang:
            "Language of the messages on stderr. Default: from LC_ALL, LC_MESSAGES or LANG (zh* gives Chinese), else "
                + "English. JSON keys and error codes never change."
        case .optionMask:
            "PNG with an alpha channel, the size of the first -i image, under 4 MB: its transparent pixels mark what "
                + "to edit (gpt-image-2)."
        case .optionModel:
            "Model. Default: $GEN_IMAGE_MODEL, else gpt-image-2-all, or gpt-image-2 when -s/-q/-o/-c is given. With "
                + "--endpoint responses: the text model driving the image tool (default gpt-5.5)."
        case .optionModeration: "Content filtering level (gpt-image-2, --endpoint responses)."
        case .optionOutputCompression: "Compression for jpeg/webp output (gpt-image-2)."
        case .optionOutputFormat: "Output format (gpt-image-2)."
        case .optionPartialImages: "Partial images to send while streaming."
        case .optionPrompt: "The prompt, sent exactly as given (required). \"-\" reads it from stdin."
        case .optionProvider:
            "Gateway: sets the base URL, the key's variable and the default model (gpt-image-2-all on apiyi, "
                + "gpt-image-2 elsewhere). Default: $GEN_IMAGE_PROVIDER, else apiyi."
        case .optionQuality: "Quality (gpt-image-2)."
        case .optionQuiet: "Print only errors on stderr (stdout still gets the saved path)."
        case .optionResolution: "Size tier for --aspect (default 1k; gpt-image-2-all ignores it)."
        case .optionResponseFormat:
            "How the gateway returns the image (gpt-image-2-all, gpt-image-2-vip). The file is saved either way."
        case .optionRetries:
            "Send the request again up to n times (0-10, default 2) after 429, 500, 502, 503, 504 or a failed "
                + "connection, waiting about 2, 4, 8 s… (or as Retry-After asks). Refusals are never retried."
        case .optionRetryOnTimeout:
            "Also retry after --timeout passes; off by default because the gateway bills a request it received even "
                + "if gen-image stopped waiting."
        case .optionSize: "Output size, e.g. 2048x1152 (gpt-image-2: any valid size; gpt-image-2-vip: its 30 presets)."
        case .optionStream:
            "Stream the reply, showing partial images as they arrive (gpt-image-2; always on with --endpoint "
                + "responses)."
        case .optionTimeout:
            "Deadline for each attempt, however slowly the reply trickles in. Default: 300 (gpt-image-2-all, -vip), "
                + "360 (gpt-image-2), 600 (gpt-image-2 with -q high)."
        case .optionVersion: "Show the version."
        case .optionToolModel:
            "The model named inside the Responses image tool (--endpoint responses). Default: none is sent, as "
                + "VibeAPI documents; the gateway runs gpt-image-2."
        case .usageTimeoutTooLongHint: "the timeout is at most %{max} s (one day), e.g. --timeout 600"
        case .usageSecondsTooShortHint:
            "%{option} is at least 1 s: a shorter limit cannot carry a request, e.g. %{option} 600"
        case .usageEnvironmentRangeHint: "set %{variable} to a number from %{low} to %{high}, or unset it"
        case .usageArgumentNotUtf8: "argument %{position} ('%{argument}') is not valid UTF-8"
        case .usageArgumentNotUtf8ForOption:
            "the value of %{option} (argument %{position}, '%{argument}') is not valid UTF-8"
        case .usageArgumentNotUtf8Hint:
            "gen-image takes arguments as given and will not guess at bytes that are not UTF-8 (shown as \\xFF); use "
                + "a UTF-8 name, e.g. convert it with iconv"

        // MARK: - gen-image/MCP/Message+MCP.swift
        case .subcommandMcp:
            "Serve generate_image, run_batch, check_setup and image_info to MCP clients on stdin/stdout."
        case .mcpHelpOverview:
            "Run gen-image as an MCP server (JSON-RPC 2.0, one message per line on stdin/stdout; notes on stderr). "
                + "The key comes from the environment the client's configuration gives the server (APIYI_API_KEY, "
                + "VIBEAPI_API_KEY or OPENAI_API_KEY). Images are saved under the working folder or --out-dir, and "
                + "never outside them unless --allow-outside is given."
        case .mcpOptionConcurrency:
            "Requests in flight at once across all calls, 1 to %{max} (default %{defaultValue}); calls beyond wait "
                + "their turn."
        case .mcpOptionOutDir:
            "A folder tools may write to besides the working folder, and where images go when a call names no file "
                + "(default: the working folder)."
        case .mcpOptionAllowOutside: "Let calls write anywhere, not only inside the working folder and --out-dir."
        case .mcpOptionModel:
            "Model for calls that name none. Default: $GEN_IMAGE_MODEL, else chosen per call as a single run would."
        case .mcpInstructions:
            "gen-image makes and edits images with GPT Image 2 models. Call check_setup first when unsure the key "
                + "works (it costs nothing). generate_image saves one image and returns its path, size, cost and "
                + "request id (never the image itself); run_batch runs many at once. A request takes 20-300 s and "
                + "reports progress. Paths are relative to the server's working folder."
        case .mcpGenerateTitle: "Generate or edit an image"
        case .mcpGenerateDescription:
            "Generate an image from a prompt, or edit or fuse the images in input_images (a mask edits one region). "
                + "Saves the file under the working folder or out_dir and returns its path, delivered size, cost "
                + "and request id, with a file:// link; the image itself is never returned (preview: true adds a "
                + "small one). Bad values are refused before anything is sent or billed. Price and usual wait per "
                + "model: %{models}."
        case .mcpBatchTitle: "Run a batch of images"
        case .mcpBatchDescription:
            "Make many images at once, like `gen-image batch`: give \"file\" (a batch file in the skills' template "
                + "or JSON Lines; relative paths in it are read against its folder, and its <name>.results.json is "
                + "written so a re-run skips finished items) or \"items\" (objects with the fields of "
                + "generate_image) with an optional \"global\". Every item is checked before anything is sent. "
                + "Returns each item's status, path and request id, and the total cost."
        case .mcpSetupTitle: "Check the setup"
        case .mcpSetupDescription:
            "Check what `gen-image doctor` checks: the key, the base URL, the proxy, DNS, the connection and the "
                + "gateway, each with what to do when it fails. Sends no image request and costs nothing."
        case .mcpInfoTitle: "Read an image's facts"
        case .mcpInfoDescription:
            "Read an image file's format, pixel size and byte size from its header, without decoding it or sending "
                + "anything."
        case .mcpFieldModel:
            "The model. Without it: %{defaultModel}, or %{sizedModel} when size, quality or output_format is given. "
                + "Price and usual wait: %{models}."
        case .mcpModelLine: "%{model}: %{price}, %{wait}"
        case .mcpPriceTokens: "billed by tokens, about $%{low} (low) to $%{high} (high quality) per 1024x1024 image"
        case .mcpFieldFilename:
            "Where to save the image: relative to out_dir if given, else to the server's working folder. Without it, "
                + "a name is made from the time and the prompt. An existing file is never overwritten."
        case .mcpFieldInputImages:
            "Images to edit (one) or fuse (several): paths of PNG, JPEG or WebP files, relative to the server's "
                + "working folder."
        case .mcpFieldSizeHint:
            "A ratio phrase such as \"横版 16:9\" put in front of every prompt that has no size or aspect."
        case .mcpFieldOutDir:
            "The folder to save into, relative to the server's working folder; it must lie inside that folder or the "
                + "server's --out-dir."
        case .mcpFieldBatchOutDir:
            "Where images of items without a filename go (and the results file); inside the server's working folder "
                + "or --out-dir."
        case .mcpFieldProvider: "The gateway (its key must be in the server's environment); default: the server's."
        case .mcpFieldPreview:
            "Also return a small preview inline, at most %{limit} KB: the image itself when that small, else a "
                + "shrunk copy of a PNG (JPEG and WebP get only their link)."
        case .mcpFieldFile:
            "A batch file (the skills' template or JSON Lines), relative to the server's working folder."
        case .mcpFieldItems: "The images to make, each with generate_image's fields."
        case .mcpFieldGlobal: "Defaults every item inherits unless it sets the field itself (with items only)."
        case .mcpFieldConcurrency:
            "Requests in flight at once (default 4); the server never runs more than %{limit} across all calls."
        case .mcpFieldPath: "The image file, relative to the server's working folder."
        case .mcpProgressLine: "%{phase} · %{seconds} s"
        case .mcpPhaseQueued: "queued: other calls are using every request slot"
        case .mcpPhaseSending: "sending to %{model}"
        case .mcpPhaseWaiting: "waiting for the image (%{wait})"
        case .mcpPhasePartial: "partial image %{index}/%{expected}"
        case .mcpPhaseImageReceived: "image %{number} received"
        case .mcpPhaseBatch: "%{done} of %{total} done, %{running} in flight"
        case .mcpPhaseChecking: "checking"
        case .mcpSavedLineOne: "saved %{path} · %{size} %{format}, %{bytes} · cost %{cost} · request %{request}"
        case .mcpSavedLineMore:
            "saved %{path} (+%{more}) · %{size} %{format}, %{bytes} · cost %{cost} · request %{request}"
        case .mcpBatchLine:
            "batch of %{total}: %{ok} saved, %{skipped} skipped, %{failed} failed or not run · cost %{cost} · "
                + "results %{manifest}"
        case .mcpInfoLine: "%{path}: %{size} %{format}, %{bytes}"
        case .mcpErrorLine: "error [%{code}]: %{message}%{hint}"
        case .mcpRefused: "error [%{code}]: %{problems} (nothing was sent)"
        case .mcpPreviewTooLarge:
            "no preview: the image is %{bytes}, over %{limit} KB, and only a PNG can be shrunk here; open its link"
        case .mcpEarlierSaves: "note: a call cancelled earlier was billed and its image saved: %{paths}"
        case .mcpNothingSent: "the arguments were refused; nothing was sent"
        case .mcpArgumentsNotObject: "the arguments must be a JSON object"
        case .mcpFieldUnknown: "unknown argument \"%{field}\""
        case .mcpFieldsAllowed: "the arguments are: %{fields}"
        case .mcpNotAPath: "\"%{field}\" must be a non-empty path"
        case .mcpNotString: "\"%{field}\" must be a string"
        case .mcpNotBool: "\"%{field}\" must be true or false"
        case .mcpWholeNumber: "\"%{field}\" must be a whole number from %{low} to %{high}"
        case .mcpOutsideRoots: "%{path} is outside the folders this server may write to (%{roots})"
        case .mcpOutsideRootsHint:
            "use a path inside the server's working folder; whoever configures the server can add a folder with "
                + "`gen-image mcp --out-dir DIR` (or lift the limit with --allow-outside)"
        case .mcpFileTooLarge: "%{path} is larger than %{limit}; a batch file is that at most"
        case .mcpBatchNeedsSource: "give \"file\" (a batch file's path) or \"items\" (a list of images)"
        case .mcpBatchBothSources: "give \"file\" or \"items\", not both"
        case .mcpBatchItemsNotArray: "\"items\" must be a list of objects"
        case .mcpBatchGlobalWithFile: "\"global\" goes with \"items\"; a batch file sets its own \"global\""
        case .mcpCancelledBeforeSending: "cancelled before anything was sent"
        case .mcpKeyMissing: "no API key: %{variable} is not set for the server"
        case .mcpKeyHint:
            "get a key at %{page} and put %{variable} in the \"env\" of this server's entry in the MCP client's "
                + "configuration (claude mcp add … -e %{variable}=…), then restart the server"
        case .mcpInfoNotFound: "no file at %{path}"
        case .mcpInfoNotFoundHint: "give the path of an image file, relative to the server's working folder or absolute"
        case .mcpInfoNotImage: "%{path} is not a PNG, JPEG or WebP image"
        case .mcpLogStarted:
            "gen-image mcp: serving on stdin/stdout; files under %{folder}; %{variable} %{key}; at most "
                + "%{concurrency} requests at once"
        case .mcpLogKeySet: "is set"
        case .mcpLogKeyMissing: "is NOT set (calls will fail with auth_missing)"
        case .mcpLogInitialized: "gen-image mcp: client connected (protocol %{version})"
        case .mcpLogBadLine: "gen-image mcp: ignored a line: %{message}"
        case .mcpLogLineTooLong: "gen-image mcp: dropped a line of %{bytes} bytes (the limit is %{limit})"
        case .mcpLogCancelledButSaved:
            "gen-image mcp: call %{id} was cancelled after its image was billed; it was saved to %{path}"

        // MARK: - gen-image/Output/Message+Facts.swift
        case .cliFactApiParam: "api param: %{value}"

        // MARK: - gen-image/Output/Message+Output.swift
        case .batchChanged:
            "%{tag} edited since %{path} was made: it runs again, and the new image is saved beside the old one"
        case .batchDryChanged:
            "%{pad} edited since %{path} was made (%{fingerprint}): runs again, the new image is saved beside it"
        case .batchDryFingerprint: "%{pad} fingerprint: %{fingerprint}"
        case .batchDrySkipSame: "%{tag} skip: %{path} already exists, made for this same request (%{fingerprint})"
        case .batchRequeued:
            "%{tag} rate limited (HTTP 429); back in the queue, sent again after %{wait} (its --retries are kept)"
        case .batchRequeuedNoWait: "%{tag} rate limited (HTTP 429); back in the queue (its --retries are kept)"
        case .batchStopRateLimited:
            "gen-image: the gateway rate-limits every request (HTTP 429 up to item %{index}, even one at a time); "
                + "starting no new jobs"
        case .batchSummaryRateLimited:
            "gen-image: the gateway answered 429 to every request: its quota or rate limit is probably used up. "
                + "Nothing more was sent; check your balance or token group, then run the same command again to "
                + "resume: saved images are skipped."
        case .cliAnnounce:
            "gen-image: %{mode} with %{model} (%{endpoint} endpoint) · %{expectation} · timeout %{timeout}"
        case .cliAnnounceStreamed:
            "gen-image: %{mode} with %{model} (%{endpoint} endpoint, streamed) · %{expectation} · timeout %{timeout}"
        case .cliCancelled: "gen-image: error [cancelled]: cancelled by %{signal}: %{message}"
        case .cliCostEstimated: "≈ %{dollars} estimated"
        case .cliPreviewNote: "gen-image: note: no preview: %{reason}"
        case .cliPreviewNotTerminal: "stderr is not a terminal"
        case .cliPreviewUnsupported: "%{terminal} shows no images (kitty, ghostty, iTerm2, WezTerm and VS Code do)"
        case .cliPreviewFormat: "this terminal shows PNG images only, and this one is %{format}"
        case .cliAnnounceSeveral: "gen-image: %{count} images in %{requests} · %{cost} in all"
        case .cliOneRequestWithN: "one request (n=%{count})"
        case .cliSeveralRequests: "%{count} requests at once"
        case .cliDone: "done in %{elapsed}"
        case .cliDryRun: "gen-image: dry run: nothing was sent"
        case .cliError: "gen-image: error [%{code}]: %{message}"
        case .cliFactApiCode: "api code: %{value}"
        case .cliFactAttempts: "attempts: %{value}"
        case .cliFactImageUrl: "  image URL: %{url}"
        case .cliFactRequestId: "request id: %{value}"
        case .cliHint: "  hint: %{hint}"
        case .cliImageReceived: "gen-image: image %{number} received at %{elapsed}"
        case .cliKeyFlag: "  or pass it for one run with -k/--api-key"
        case .cliKeyGet: "  get a key at %{page} (register, then create a key in the console)"
        case .cliKeySet: "  then set it: export %{variable}=\"sk-…\""
        case .cliList: "%{first}, %{second}"
        case .cliModeEdit: "edit 1 image"
        case .cliModeFuse: "fuse %{count} images"
        case .cliModeGenerate: "generate"
        case .cliNote: "note: %{message}"
        case .cliPartial: "partial image %{index} at %{elapsed}"
        case .cliPartialOfImage: "image %{image}: partial image %{index} at %{elapsed}"
        case .cliPhaseDownloading: "downloading the image"
        case .cliPhaseFinal: "waiting for the final image"
        case .cliPhaseReceived: "received %{count, plural, one {# image} other {# images}}, waiting for the rest"
        case .cliPhaseRetry: "waiting to retry"
        case .cliPhaseSaving: "saving"
        case .cliPhaseWaiting: "waiting for the image"
        case .cliRetry: "attempt %{attempt} of %{max} failed: %{reason}; retrying in %{wait}"
        case .cliRetryRetryAfter:
            "attempt %{attempt} of %{max} failed: %{reason}; retrying in %{wait} (as Retry-After asked)"
        case .cliRevisedPrompt: "gen-image: revised prompt: %{prompt}"
        case .cliSignalUnknown: "a signal"
        case .cliTickLine: "gen-image: still %{phase}… %{elapsed}"
        case .cliTickLive: "⏳ %{phase}… %{elapsed}"
        case .cliUnitBytes: "%{value} bytes"
        case .cliUnitHours: "%{value} h"
        case .cliUnitMinutes: "%{value} min"
        case .cliUnitSeconds: "%{value} s"
        case .cliUsagePointer: "  run '%{command}' for usage"
        case .cliWaitLonger: "%{wait}, %{longer}"
        case .cliWaitUnknown: "wait time unknown"
        case .cliWaitUsual: "usually %{low}–%{high} s"
        case .cliWarning: "warning: %{message}"
        case .batchAnnounce: "gen-image: batch %{source}: %{items}, %{run} to run, %{parallel} at a time"
        case .batchAnnounceNothing: "gen-image: batch %{source}: %{items}, nothing to run"
        case .batchAnnounceNothingSkipped:
            "gen-image: batch %{source}: %{items}, %{skipped} already done (%{how}), nothing to run"
        case .batchAnnounceSkipped:
            "gen-image: batch %{source}: %{items}, %{skipped} already done (%{how}), %{run} to run, %{parallel} at a "
                + "time"
        case .batchDoneKept: "kept"
        case .batchDoneSkipped: "skipped"
        case .batchDoneMixed: "%{kept} kept, %{skipped} skipped"
        case .batchKept: "%{tag} already done: %{path} (its record is kept)"
        case .batchOkPathOnStdout: "%{tag} ok %{elapsed}"
        case .batchSummaryDoneEarlier: "%{done} already done (%{how}), %{run} run"
        case .batchSummaryDoneEarlierAndRun: "%{done} already done (%{how}), %{run} run: %{ok} ok, %{failed} failed"
        case .batchSummaryKeptCost: "the kept images cost %{dollars} when they were made"
        case .batchCancelled: "%{tag} cancelled"
        case .batchCount: "%{count, plural, one {# item} other {# items}}"
        case .batchDryInputs: "%{pad} input_images: %{paths}"
        case .batchDryOptions: "%{pad} options: %{options}"
        case .batchDryPrompt: "%{pad} prompt: %{prompt}"
        case .batchDryRun: "%{tag} run %{model} (%{endpoint} endpoint) → %{path}"
        case .batchDrySkip: "%{tag} skip: %{path} already exists"
        case .batchEstimatedCost: "estimated cost %{dollars}"
        case .batchFailed: "%{tag} failed [%{code}]: %{message}"
        case .batchItems: "%{count, plural, one {item} other {items}} %{list}"
        case .batchModel: "%{model} ×%{count} (usually %{low}–%{high} s each)"
        case .batchModelWaitUnknown: "%{model} ×%{count} (wait unknown)"
        case .batchNote: "%{note} (%{items})"
        case .batchOk: "%{tag} ok %{elapsed} %{path}"
        case .batchProblemsMore: "  … and %{count} more"
        case .batchProblems:
            "gen-image: error [invalid_argument]: %{source} is not a valid batch file: "
                + "%{count, plural, one {# problem} other {# problems}}; nothing was sent"
        case .batchProblemsSee: "  see 'gen-image batch --help' and references/batch-template.md"
        case .batchRateLimited:
            "gen-image: the gateway is rate limiting (HTTP 429); at most %{limit, plural, one {# request} other {# "
                + "requests}} in flight until jobs succeed again"
        case .batchRateRaised: "gen-image: jobs are succeeding again; up to %{limit} requests in flight"
        case .batchSkipped: "%{tag} skipped: %{path} already exists"
        case .batchStarted: "%{tag} started %{model} → %{file}"
        case .batchStatus: "%{running} running · %{done} of %{total} done · %{failed} failed · %{elapsed}"
        case .batchStatusLine: "gen-image: batch: %{status}"
        case .batchStatusLive: "⏳ batch: %{status}"
        case .batchStopFailFast: "gen-image: --fail-fast: item %{index} failed; starting no new jobs"
        case .batchStopKeyRefused:
            "gen-image: the gateway refused the key on item %{index} (HTTP 401); starting no new jobs"
        case .batchSummary: "%{headline}: %{counts} of %{total} · %{cost}"
        case .batchSummaryCancelled: "gen-image: batch cancelled by %{signal} after %{elapsed}"
        case .batchSummaryCancelledCount: "%{count} cancelled"
        case .batchSummaryCounts: "%{ok} ok, %{skipped} skipped, %{failed} failed"
        case .batchSummaryFailures: "gen-image: failed:"
        case .batchSummaryFinished: "gen-image: batch finished in %{elapsed}"
        case .batchSummaryGuessed:
            "partial: %{count} token-billed %{count, plural, one {image} other {images}} without usage, priced at "
                + "the catalog's per-image figure"
        case .batchSummaryInFlight: "gen-image: cancelled in flight: %{items}; %{hint}"
        case .batchSummaryManifest: "gen-image: manifest: %{path}"
        case .batchSummaryNotRun: "gen-image: not started: %{items} (run the same command again to do them)"
        case .batchSummaryNotRunFailFast:
            "gen-image: not started: %{items} (--fail-fast; run the same command again to do them)"
        case .batchSummaryNotStarted: "%{count} not started"
        case .batchSummaryUnpriced:
            "partial: %{count, plural, one {# image} other {# images}} on a model with no known price"
        case .batchTotalTime: "about %{low}–%{high} in all"
        case .batchUnknownError: "unknown error"
        case .batchUnpriced: "%{count} of unknown price"
        case .doctorLineFail: "fail  %{name}: %{detail}"
        case .doctorLineOk: "ok    %{name}: %{detail}"
        case .batchInputCheckPath: "check the path (relative paths are read from the batch file's folder)"
        }
    }
}
