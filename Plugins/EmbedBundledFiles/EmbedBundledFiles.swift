import Foundation
import PackagePlugin

/// Embeds the kits (`Sources/TavleKits/Kits/*.md`) and themes (`themes/*.theme`) into the
/// TavleKits module at build time, so editing a kit file rebuilds the binary with it.
@main
struct EmbedBundledFiles: BuildToolPlugin {
    /// One command: TavleEmbed reads every kit and theme file and writes one Swift file.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let kits = try files(in: target.directoryURL.appending(path: "Kits"), withExtension: "md")
        let themes = try files(in: context.package.directoryURL.appending(path: "themes"), withExtension: "theme")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledFiles+Contents.swift")
        let arguments = [output.path] + kits.flatMap { ["Kits", $0.path] } + themes.flatMap { ["themes", $0.path] }
        return [
            .buildCommand(
                displayName: "Embedding \(kits.count) kits and \(themes.count) themes",
                executable: try context.tool(named: "TavleEmbed").url,
                arguments: arguments,
                inputFiles: kits + themes,
                outputFiles: [output]
            ),
        ]
    }

    private func files(in folder: URL, withExtension fileExtension: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == fileExtension }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
