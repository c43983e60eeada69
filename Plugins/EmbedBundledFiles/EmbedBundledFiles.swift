import Foundation
import PackagePlugin

/// Embeds a target's plain files into it at build time, so editing one rebuilds the binary with
/// it: the kits (`Sources/TavleKits/Kits/*.md`) and themes (`themes/*.theme`) into TavleKits,
/// the participants' page (`Sources/TavleRoom/Page/*`) into TavleRoom.
@main
struct EmbedBundledFiles: BuildToolPlugin {
    /// One command: TavleEmbed reads every file to embed and writes one Swift file.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let kits = try files(in: target.directoryURL.appending(path: "Kits"), withExtension: "md")
        let page = try files(in: target.directoryURL.appending(path: "Page"), withExtension: nil)
        // The themes live at the package's top, where people look for them; only TavleKits embeds them.
        let themes = target.name == "TavleKits"
            ? try files(in: context.package.directoryURL.appending(path: "themes"), withExtension: "theme") : []
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledFiles+Contents.swift")
        let arguments = [output.path] + kits.flatMap { ["Kits", $0.path] } + themes.flatMap { ["themes", $0.path] }
            + page.flatMap { ["Page", $0.path] }
        return [
            .buildCommand(
                displayName: "Embedding \(kits.count + themes.count + page.count) files into \(target.name)",
                executable: try context.tool(named: "TavleEmbed").url,
                arguments: arguments,
                inputFiles: kits + themes + page,
                outputFiles: [output]
            ),
        ]
    }

    /// The folder's files with the extension (any, if nil), by name; none if there is no folder.
    private func files(in folder: URL, withExtension fileExtension: String?) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { fileExtension == nil ? !$0.lastPathComponent.hasPrefix(".") : $0.pathExtension == fileExtension }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
