import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle config`: the settings in effect and where each came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: CommandHelp.configAbstract.text,
        discussion: CommandHelp.configDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: .tavle(.commandsFlag))
    var commands = false

    /// Prints the settings, or the commands.
    func run() throws {
        let (settings, problems) = UserConfig.load()
        let text = LanguageChoice.commandLine
        problems.forEach { StandardError.line(text.located($0)) }
        let keyMap = settings.apply(to: .standard)
        if commands {
            // The nine section numbers are one line, as the help screen has them.
            let sectionNames = (1...9).map { KeyMap.Action.browse(.goToSection($0)).configName }
            for name in keyMap.configNames where !sectionNames.dropFirst().contains(name) {
                let names = name == sectionNames[0] ? sectionNames : [name]
                // A command bound in several section kinds (tick, edit, add) lists its keys once.
                var keys: [String] = []
                for key in keyMap.bindings.filter({ names.contains($0.action.configName) }).flatMap(\.keys).map(\.name) where !keys.contains(key) {
                    keys.append(key)
                }
                let description = keyMap.bindings.first { $0.action.configName == name }.map { text.describe($0.action) } ?? ""
                let shown = name == sectionNames[0] ? "go-to-section-1…9" : name
                StandardOutput.line(pad(shown, 22) + pad(keys.joined(separator: " "), 18) + description)
            }
            return
        }
        let configPath = UserConfig.path()
        StandardOutput.line(text.configFile + "  " + (configPath.map { $0 + (PathName.exists($0) ? "" : " (\(text.configFileMissing))") } ?? text.noHomeFolder))
        func origin(_ origin: String) -> String { origin == Settings.defaultOrigin ? text.defaultOrigin : origin }
        // The theme `tavle FILE` would start with, by the rule start-up uses.
        let theme = ThemeLoader.choice(commandLine: nil, configured: settings.theme)
        let themeOrigin = switch theme.source {
        case .commandLine: "--theme"
        case .remembered(let path, nil): text.rememberedIn(path)
        case .remembered(let path, let configured?): text.rememberedIn(path, before: configured.value ?? "", from: configured.origin)
        case .config(let line): line
        case .standard: text.defaultOrigin
        }
        StandardOutput.line(pad("theme", 13) + pad(theme.name, 20) + themeOrigin)
        let language = LanguageChoice.resolve(option: nil, settings: settings)
        StandardOutput.line(pad("language", 13) + pad(language.language.rawValue, 20) + text.describe(language.origin))
        let folders = [KitLibrary.userKitFolder() ?? text.noHomeFolder] + settings.kitFolders.value
        StandardOutput.line(pad("kits", 13) + pad(folders.joined(separator: ", "), 20)
            + text.defaultOrigin + (settings.kitFolders.value.isEmpty ? "" : " + " + settings.kitFolders.origin))
        StandardOutput.line(pad("date-format", 13) + pad(settings.dateStyle.value.rawValue, 20) + origin(settings.dateStyle.origin))
        for remap in settings.keys {
            StandardOutput.line(pad("keys", 13) + pad("\(remap.command) = \(remap.keys.map(\.name).joined(separator: " "))", 20) + remap.origin)
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// A column of a settings line: escaped first (a value comes from a file), then padded to
    /// the width it will have on screen.
    private func pad(_ text: String, _ width: Int) -> String {
        let shown = VisibleText.printable(text)
        return shown + String(repeating: " ", count: max(1, width - DisplayWidth.of(shown)))
    }
}
