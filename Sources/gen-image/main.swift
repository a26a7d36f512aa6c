import Foundation

// gen-image: generate and edit images with GPT Image 2 models. See `gen-image --help`.
StandardStreams.ignoreBrokenPipes()
MemoryTuning.apply()
let command = GenImageCommand(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    terminal: Terminal(),
    interrupts: Interrupts())
exit(await command.run())
