/// The languages Tavle speaks.
public enum Language: String, CaseIterable, Sendable {
    case da, en
}

/// What a config file can set, each with where it came from, so `tavle config` can say why
/// a setting has its value.
public struct Settings: Equatable, Sendable {
    /// A setting's value and its origin (`default`, `config.toml:3`, `--theme`, …).
    public struct Setting<Value: Equatable & Sendable>: Equatable, Sendable {
        public var value: Value
        public var origin: String
    }

    /// How dates are shown on screen and in the exports people read (html, Markdown, text).
    public enum DateStyle: String, CaseIterable, Sendable {
        /// `1. dec. 2026`
        case danish
        /// `2026-12-01`
        case iso
        /// `01.12.2026`
        case numeric

        /// A date in this style.
        public func format(_ date: CalendarDate) -> String {
            switch self {
            case .danish: date.danish
            case .iso: date.description
            case .numeric:
                (date.day < 10 ? "0" : "") + "\(date.day)." + (date.month < 10 ? "0" : "") + "\(date.month).\(date.year)"
            }
        }
    }

    /// The origin of a setting nobody set.
    public static let defaultOrigin = "default"

    /// A bundled theme's name or a theme file's path; nil: the remembered or default theme.
    public var theme = Setting<String?>(value: nil, origin: defaultOrigin)
    /// `da` or `en`; nil: from the locale.
    public var language = Setting<Language?>(value: nil, origin: defaultOrigin)
    /// Folders of the user's own kits, besides the standard one.
    public var kitFolders = Setting<[String]>(value: [], origin: defaultOrigin)
    public var dateStyle = Setting<DateStyle>(value: .danish, origin: defaultOrigin)
    /// Key remappings: a command's config name and its new keys, with where each was set.
    public var keys: [(command: String, keys: [Key], origin: String)] = []

    /// Settings are equal when their values and origins are.
    public static func == (lhs: Settings, rhs: Settings) -> Bool {
        lhs.theme == rhs.theme && lhs.language == rhs.language && lhs.kitFolders == rhs.kitFolders
            && lhs.dateStyle == rhs.dateStyle && lhs.keys.map(\.command) == rhs.keys.map(\.command)
            && lhs.keys.map(\.keys) == rhs.keys.map(\.keys) && lhs.keys.map(\.origin) == rhs.keys.map(\.origin)
    }

    /// The defaults.
    public init() {}

    /// Reads a config file's text. A syntax error leaves every default in place; a setting with
    /// a wrong value keeps its default while the others apply. Problems are `line:col: what`.
    public static func read(_ text: String, file: String, keyMap: KeyMap = .standard) -> (settings: Settings, problems: [FormatError]) {
        var settings = Settings()
        let entries: [ConfigFile.Entry]
        do {
            entries = try ConfigFile.parse(text)
        } catch {
            return (settings, [error])
        }
        var problems: [FormatError] = []
        let commands = keyMap.configNames
        for entry in entries {
            let origin = "\(file):\(entry.line)"
            func problem(_ problem: FormatProblem) { problems.append(FormatError(line: entry.line, column: entry.column, problem)) }
            switch (entry.path, entry.value) {
            case ("theme", .string(let name)):
                settings.theme = Setting(value: name, origin: origin)
            case ("language", .string(let code)):
                guard let language = Language(rawValue: code) else { problem(.languageValue); continue }
                settings.language = Setting(value: language, origin: origin)
            case ("kits", .strings(let folders)):
                settings.kitFolders = Setting(value: folders, origin: origin)
            case ("kits", .string(let folder)):
                settings.kitFolders = Setting(value: [folder], origin: origin)
            case ("date-format", .string(let name)):
                // "dansk" was the name before the values were all English; old configs keep working.
                guard let style = DateStyle(rawValue: name == "dansk" ? DateStyle.danish.rawValue : name) else {
                    problem(.dateFormatValue(DateStyle.allCases.map(\.rawValue)))
                    continue
                }
                settings.dateStyle = Setting(value: style, origin: origin)
            case (let path, let value) where path.hasPrefix("keys."):
                let command = String(path.dropFirst(5))
                guard commands.contains(command) else {
                    problem(.unknownCommand(command))
                    continue
                }
                let names: [String]
                switch value {
                case .string(let name): names = [name]
                case .strings(let list): names = list
                default: problem(.keysValue); continue
                }
                var keys: [Key] = []
                for name in names {
                    guard let key = Key(configName: name) else {
                        problem(.notAKey(name))
                        break
                    }
                    keys.append(key)
                }
                guard keys.count == names.count, !keys.isEmpty else { continue }
                // In the editor a character is typed, so an editor command needs a special key.
                if command.hasPrefix("editor-"), keys.contains(where: { if case .character = $0 { true } else { false } }) {
                    problem(.editorKeyIsCharacter)
                    continue
                }
                settings.keys.append((command, keys, origin))
            case ("theme", let value), ("language", let value), ("date-format", let value), ("kits", let value):
                problem(.wrongType(setting: entry.path, expectsList: entry.path == "kits", found: value.kind))
            default:
                problem(.unknownSetting(entry.path))
            }
        }
        return (settings, problems)
    }

    /// The key map with the user's keys: each remapped command gets exactly the keys given,
    /// and those keys are taken from whatever else had them in the same scope.
    public func apply(to keyMap: KeyMap) -> KeyMap {
        var map = keyMap
        for remap in keys {
            for index in map.bindings.indices where map.bindings[index].action.configName == remap.command {
                let scope = map.bindings[index].scope
                // Section keys come before keys that work everywhere, so a key given to an
                // everywhere command is taken from the sections too; a section's key stays
                // the section's, and works as before everywhere else.
                let sections = Set(SectionKind.allCases.map(KeyScope.init))
                for other in map.bindings.indices where other != index {
                    let otherScope = map.bindings[other].scope
                    if otherScope == scope || (scope == .everywhere && sections.contains(otherScope)) {
                        map.bindings[other].keys.removeAll { remap.keys.contains($0) }
                    }
                }
                map.bindings[index].keys = remap.keys
            }
        }
        return map
    }
}

extension Key {
    /// A key as a config file writes it: one character, or a name in angle brackets as in
    /// replay scripts (`<Enter>`, `<C-r>`); the brackets may be left out of a name.
    public init?(configName name: String) {
        let written = name.count > 1 && !name.hasPrefix("<") ? "<" + name + ">" : name
        guard let steps = try? KeyScript.parse(written), steps.count == 1, case .key(let key) = steps[0] else { return nil }
        self = key
    }
}

extension KeyMap {
    /// Every remappable action's config name, in key map order.
    public var configNames: [String] {
        var names: [String] = []
        for binding in bindings where !names.contains(binding.action.configName) { names.append(binding.action.configName) }
        return names
    }
}

extension KeyMap.Action {
    /// The name a config file uses for the action: `undo`, `add-dot`, `editor-finish`, `moving-drop`.
    public var configName: String {
        switch self {
        case .browse(let command): command.configName
        case .edit(let command): "editor-" + Self.kebab(String(describing: command))
        case .move(let command): "moving-" + Self.kebab(String(describing: command))
        case .dialog(let command): "answer-" + Self.kebab(String(describing: command))
        case .help(let command): "help-" + Self.kebab(String(describing: command))
        case .dismissTimeUp: "dismiss-time-up"
        }
    }

    /// `moveCardLeft` → `move-card-left`.
    static func kebab(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase { result += "-" + character.lowercased() } else { result.append(character) }
        }
        return result
    }
}

extension Command {
    /// The name a config file uses for the command.
    public var configName: String {
        if case .goToSection(let number) = self { return "go-to-section-\(number)" }
        return KeyMap.Action.kebab(String(describing: self))
    }
}
