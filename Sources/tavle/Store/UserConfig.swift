import TavleCore

/// The user's config file, `$XDG_CONFIG_HOME/tavle/config.toml` (or `~/.config/tavle/`), read
/// once at start. A broken file is reported as `file:line:col: what` and its defaults used.
enum UserConfig {
    /// Where the file is looked for.
    /// Nil without `$HOME` or an absolute `$XDG_CONFIG_HOME`: then there is no config file.
    static func path(environment: (String) -> String? = Account.environment) -> String? {
        BaseFolder.config(environment: environment).map { $0 + "/tavle/config.toml" }
    }

    /// The settings and the problems found.
    static func load() -> (settings: Settings, problems: [FileProblem]) {
        guard let file = path(), PathName.exists(file) else { return (Settings(), []) }
        let text: String
        do {
            text = try WorkshopStore.readText(file)
        } catch {
            return (Settings(), [error])
        }
        let (settings, problems) = Settings.read(text, file: file)
        return (settings, problems.map { FileProblem(file: file, error: $0) })
    }

    /// The user's kits: the standard folder, then the folders the config names.
    static func userKits(_ settings: Settings) -> (kits: [KitLibrary.Kit], problems: [FileProblem]) {
        var kits: [KitLibrary.Kit] = []
        var problems: [FileProblem] = []
        for folder in [KitLibrary.userKitFolder()].compactMap(\.self) + settings.kitFolders.value.map(expandingHome) {
            let found = KitLibrary.userKits(in: folder)
            kits += found.kits.filter { kit in !kits.contains { $0.name == kit.name } }
            problems += found.problems
        }
        return (kits, problems)
    }

    /// `~/kits` → `/home/me/kits`.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = Account.homeFolder() else { return path }
        return home + path.dropFirst()
    }
}
