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
// argv's bytes, not CommandLine.arguments, which would replace invalid UTF-8 with U+FFFD unannounced.
let commandLine = RawArguments.read()
let command = GenImageCommand(
    arguments: commandLine.arguments,
    undecodable: commandLine.undecodable,
    environment: ProcessInfo.processInfo.environment,
    terminal: Terminal(),
    interrupts: Interrupts())
exit(await command.run())
