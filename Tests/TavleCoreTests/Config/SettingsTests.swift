import Testing
@testable import TavleCore

@Suite("Config file")
struct SettingsTests {
    @Test("a good file sets every setting, with its line as the origin")
    func good() {
        let text = """
        # Tavle
        theme = "contrast"   # for the bright room
        language = 'en'
        kits = ["~/kits", "/srv/kommune/kits"]
        date-format = "numeric"

        [keys]
        undo = "z"
        add-dot = ["+", "<C-v>"]
        editor-finish = "<C-s>"
        """
        let (settings, problems) = Settings.read(text, file: "c.toml")
        #expect(problems.isEmpty)
        #expect(settings.theme == .init(value: "contrast", origin: "c.toml:2"))
        #expect(settings.language == .init(value: .en, origin: "c.toml:3"))
        #expect(settings.kitFolders.value == ["~/kits", "/srv/kommune/kits"])
        #expect(settings.dateStyle.value == .numeric && settings.dateStyle.value.format(CalendarDate(year: 2026, month: 3, day: 5)!) == "05.03.2026")
        #expect(settings.keys.map(\.command) == ["undo", "add-dot", "editor-finish"])
        #expect(settings.keys[1].keys == [.character("+"), .control("v")] && settings.keys[1].origin == "c.toml:9")
    }

    @Test("broken files name the line, the column and the problem; a syntax error keeps every default", arguments: [
        ("theme = light", 1, 9, FormatProblem.bareWord("light")),
        ("theme \"dark\"", 1, 7, .equalsMissing(after: "theme")),
        ("[keys\nundo = \"z\"", 1, 1, .tableHeadingSyntax),
        ("theme = \"dark", 1, 9, .stringNotClosed("\"")),
        ("kits = [\"a\", 3]", 1, 14, .listSyntax),
        ("theme = \"a\"\ntheme = \"b\"", 2, 1, .setTwice("theme")),
        ("tema = \"dark\"", 1, 8, .unknownSetting("tema")),
        ("language = \"sv\"", 1, 12, .languageValue),
        ("date-format = \"us\"", 1, 15, .dateFormatValue(["danish", "iso", "numeric"])),
        ("[keys]\nfrobnicate = \"x\"", 2, 14, .unknownCommand("frobnicate")),
        ("[keys]\nundo = \"<Hyper-z>\"", 2, 8, .notAKey("<Hyper-z>")),
        ("theme = 3", 1, 9, .wrongType(setting: "theme", expectsList: false, found: .integer)),
        ("theme = \"x\\q\"", 1, 11, .unknownEscape("q")),
        ("[keys]\neditor-finish = \"f\"", 2, 17, .editorKeyIsCharacter),
        ("theme = \"æe\u{301}\\q\"", 1, 12, .unknownEscape("q")),
        ("# kommentar\r\rtheme = \"a\" x", 3, 13, .textAfterValue),
        ("theme = \"a\"\r\n[keys]\r\r\nundo = z", 3, 8, .bareWord("z")),
    ])
    func broken(text: String, line: Int, column: Int, problem: FormatProblem) {
        let (settings, problems) = Settings.read(text, file: "c.toml")
        #expect(problems == [FormatError(line: line, column: column, problem)])
        #expect(settings.dateStyle.value == .danish && settings.keys.isEmpty)
    }

    @Test("CR-only and CRLF line ends, a byte-order mark, escapes, and a 5 MB string are read")
    func lineEndsAndLongStrings() throws {
        let (settings, problems) = Settings.read("\u{FEFF}theme = \"light\"\rdate-format = 'iso'\r\n[keys]\rundo = [\"z\", \"<C-z>\"]\r", file: "c.toml")
        #expect(problems.isEmpty)
        #expect(settings.theme == .init(value: "light", origin: "c.toml:1") && settings.dateStyle.value == .iso)
        #expect(settings.keys.first?.origin == "c.toml:4")
        let long = String(repeating: "æ", count: 5_000_000)
        let entries = try ConfigFile.parse("theme = \"" + long + "\\n\\\"\\\\" + long + "\"\n")
        #expect(entries == [ConfigFile.Entry(path: "theme", value: .string(long + "\n\"\\" + long), line: 1, column: 9)])
    }

    @Test("one wrong value keeps its default while the other settings apply")
    func partlyBroken() {
        let (settings, problems) = Settings.read("theme = \"light\"\ndate-format = \"us\"\n[keys]\nundo = \"z\"", file: "c.toml")
        #expect(problems.count == 1 && settings.theme.value == "light" && settings.dateStyle.value == .danish && settings.keys.count == 1)
    }

    @Test("remapped keys drive the core and the help screen's key list; the key leaves what had it before")
    func remap() {
        let (settings, _) = Settings.read("[keys]\nundo = \"z\"\ntoggle = \"u\"", file: "c.toml")
        let keyMap = settings.apply(to: .standard)
        #expect(keyMap.command(for: .character("z"), in: .checklist) == .undo)
        #expect(keyMap.command(for: .character("u"), in: .checklist) == .toggle)
        #expect(keyMap.command(for: .character(" "), in: .checklist) == nil, "toggle has only the keys given")
        #expect(keyMap.key(for: .browse(.undo)) == .character("z"))
        var state = AppState(workshop: Fixtures.workshop, documentPath: "x.md", keyMap: keyMap)
        state.press(.character("u"))
        #expect(state.workshop.sections[0] != Fixtures.workshop.sections[0], "u ticks now")
        state.press(.character("z"))
        #expect(state.workshop == Fixtures.workshop, "z undoes")
    }

    @Test("every action has a config name, all different, and a key written in a config reads back")
    func names() {
        let names = KeyMap.standard.configNames
        #expect(Set(names).count == names.count)
        #expect(names.contains("move-card-left") && names.contains("editor-delete-word-backward") && names.contains("moving-drop") && names.contains("go-to-section-9"))
        #expect(Key(configName: "Enter") == .enter && Key(configName: "<S-Right>") == .shiftRight && Key(configName: "æ") == .character("æ"))
        #expect(Key(configName: "") == nil && Key(configName: "ab") == nil)
    }

    @Test("date-format values are one language; the old \"dansk\" still reads")
    func dateFormatNames() throws {
        let (settings, problems) = Settings.read("date-format = \"dansk\"", file: "c.toml")
        #expect(problems.isEmpty && settings.dateStyle.value == .danish)
        #expect(Settings.DateStyle.allCases.map(\.rawValue) == ["danish", "iso", "numeric"])
    }
}
