import TavleCore
import TavleKits
import TavlePlatform
import TavleScreen

/// Finds themes by bundled name or by path, cycles through the bundled ones, and remembers
/// the facilitator's choice; a broken theme is reported and the built-in look used.
enum ThemeLoader {
    /// The bundled themes in the order the cycle key visits them; the first is the default.
    static let cycle = ["dark", "light", "contrast", "mono"]

    /// Where the theme Tavle starts with comes from, so `tavle config` can say why it is that one.
    enum Source: Equatable {
        /// `--theme`.
        case commandLine
        /// Chosen with the cycle key and kept at `path`; `overrules` is the config file's
        /// setting it goes before, if the file names a theme.
        case remembered(path: String, overrules: Settings.Setting<String?>?)
        /// The config file's `theme`, at `origin` (`file:line`).
        case config(origin: String)
        /// Nobody chose one.
        case standard
    }

    /// The theme to start with and where it came from: the command line, then the theme last
    /// chosen with the cycle key, then the config file's, then the default. One rule, used both
    /// at start-up and by `tavle config`, so the two cannot disagree.
    static func choice(commandLine: String?, configured: Settings.Setting<String?>) -> (name: String, source: Source) {
        if let commandLine { return (commandLine, .commandLine) }
        if let remembered = remembered(), let path = preferencePath() {
            return (remembered, .remembered(path: path, overrules: configured.value == nil ? nil : configured))
        }
        if let name = configured.value { return (name, .config(origin: configured.origin)) }
        return (cycle[0], .standard)
    }

    /// The theme to use and, if the wanted one could not be used, why; which one is wanted is
    /// `choice(commandLine:configured:)`'s to say.
    static func load(_ nameOrPath: String?, configured: Settings.Setting<String?> = Settings().theme) -> (theme: Theme, problem: FileProblem?) {
        let (name, source) = choice(commandLine: nameOrPath, configured: configured)
        guard case .config = source else { return load(wanted: name) }
        return load(wanted: UserConfig.expandingHome(name))
    }

    /// A bundled theme by name, or a theme file by path; the default theme and the problem
    /// when it cannot be used.
    private static func load(wanted: String) -> (theme: Theme, problem: FileProblem?) {
        let text: String
        let label: String
        if let bundled = BundledFiles.themes().first(where: { $0.name == wanted }) {
            text = bundled.text
            label = "themes/\(wanted).theme"
        } else {
            do {
                text = try WorkshopStore.readText(wanted)
                label = wanted
            } catch {
                // A bare word that is no file was meant as a theme's name: say which there are.
                if !wanted.contains("/"), !wanted.hasSuffix(".theme"), !PathName.exists(wanted) {
                    return (load(wanted: cycle[0]).theme, FileProblem(file: wanted, .unknownTheme(known: cycle)))
                }
                return (load(wanted: cycle[0]).theme, error)
            }
        }
        do {
            let name = PathName.baseName(of: label)
            return (try Theme.parse(text, name: name), nil)
        } catch {
            // The default theme is bundled and tested; the fallback only if even it failed.
            return (wanted == cycle[0] ? .fallback : load(wanted: cycle[0]).theme, FileProblem(file: label, error: error))
        }
    }

    /// The bundled theme after `current` in the cycle (the first after a theme of one's own).
    static func next(after current: String) -> Theme {
        let index = cycle.firstIndex(of: current).map { ($0 + 1) % cycle.count } ?? 0
        return load(wanted: cycle[index]).theme
    }

    /// Where the choice is kept: `$XDG_STATE_HOME/tavle/theme`, or `~/.local/state/tavle/theme`.
    /// Nil without `$HOME` or an absolute `$XDG_STATE_HOME`: then nothing is remembered.
    static func preferencePath(environment: (String) -> String? = Account.environment) -> String? {
        BaseFolder.state(environment: environment).map { $0 + "/tavle/theme" }
    }

    /// The remembered theme's name, if one was chosen and it is still bundled.
    static func remembered() -> String? {
        guard let path = preferencePath(), let bytes = try? WorkshopStore.readBytes(path) else { return nil }
        let name = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
        return cycle.contains(String(name)) ? String(name) : nil
    }

    /// Remembers a bundled theme for the next start. A failure only costs the memory, but it
    /// is returned, so the status line does not claim the theme will be there next time.
    static func remember(_ name: String) -> Result<String, SaveFailure> {
        guard let path = preferencePath() else {
            return .failure(SaveFailure(path: "$HOME", reason: .system(.noSuchFile)))
        }
        PathName.makeFolders(PathName.folder(of: path), mode: 0o755)
        return WorkshopStore.write(name + "\n", to: path)
    }
}
