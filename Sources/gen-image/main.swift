import Foundation
import ImageAPIClient

// gen-image: generate and edit images with GPT Image 2 models. See `gen-image --help`.
_ = MaxTime.launch  // --max-time counts from here
StandardStreams.ignoreBrokenPipes()
MemoryTuning.apply()
#if os(Linux)
    // libcurl initialises globally, not thread-safely in older versions: load it here, on the main thread,
    // before any other thread exists. A failure only matters to commands that use the network.
    _ = Libcurl.load()
#endif
let command = GenImageCommand(
    arguments: LaunchInfo.argumentBytes.map { String(decoding: $0, as: UTF8.self) },
    environment: ProcessInfo.processInfo.environment,
    terminal: Terminal(),
    interrupts: Interrupts())
exit(await command.run())
