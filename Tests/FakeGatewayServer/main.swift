import Foundation

exit(ServerMain.run(arguments: Array(CommandLine.arguments.dropFirst())))
