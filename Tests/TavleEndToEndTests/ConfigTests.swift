import Foundation
import Testing

/// The user's config file through the real binary: keys remapped in the app and its help, a
/// broken file reported without a crash, and `tavle config` saying where each setting came from
/// and which theme Tavle starts with.
@Suite("End to end: config file", .serialized)
struct ConfigTests {
    @Test("a remapped key works in the app and the help screen shows it; tavle config names the file and line")
    func remap() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/.config/tavle", withIntermediateDirectories: true)
        try folder.write("date-format = \"iso\"\n[keys]\nundo = \"z\"\n", to: ".config/tavle/config.toml")
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let session = try Tmux(width: 100, height: 40, command: "env XDG_CONFIG_HOME='\(folder.path)/.config' \(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("Space")
        try session.waitFor(text: "1/4│")
        try session.press("z")
        try session.waitFor(all: ["Fortrudt.", "0/4│"])
        try session.press("?")
        // Waits for the whole help screen: a capture can fall between two rows of a redraw.
        try session.waitFor("the help with the user's undo key") { rows in
            rows.contains { $0.contains("Taster") } && rows.contains { $0.contains(" z ") && $0.contains("Fortryd") && !$0.contains("Gentag") }
        }
        try session.press("Escape", "q")
        try session.waitUntilExited()
        let shown = try TavleBinary.run(["config"], in: folder.path, environment: ["XDG_CONFIG_HOME": folder.path + "/.config"])
        #expect(shown.status == 0)
        #expect(shown.output.contains("date-format  iso") && shown.output.contains("config.toml:1"))
        #expect(shown.output.contains("undo = z") && shown.output.contains("config.toml:3"))
        let commands = try TavleBinary.run(["config", "--commands"], in: folder.path, environment: ["XDG_CONFIG_HOME": folder.path + "/.config"])
        let sectionLines = commands.output.split(separator: "\n").filter { $0.hasPrefix("go-to-section") }
        #expect(sectionLines.count == 1 && sectionLines[0].contains("1 2 3 4 5 6 7 8 9"), "the numbers are one line: \(sectionLines)")
        #expect(commands.output.split(separator: "\n").contains { $0.hasPrefix("undo ") && $0.contains(" z ") })
        // Tick, edit, add and delete work in several section kinds: each key once on its line.
        for line in commands.output.split(separator: "\n") where ["toggle ", "edit ", "add ", "delete "].contains(where: line.hasPrefix) {
            let keys = line.dropFirst(22).prefix(18).split(separator: " ")  // the keys' column
            #expect(Set(keys).count == keys.count, "a key twice: \(line)")
        }
    }

    @Test("a broken config: file:line:col in the status line and on stderr, defaults used, no crash")
    func broken() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/.config/tavle", withIntermediateDirectories: true)
        try folder.write("theme = \"light\"\n[keys]\nundo = 3\n", to: ".config/tavle/config.toml")
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let session = try Tmux(width: 160, height: 30, command: "env XDG_CONFIG_HOME='\(folder.path)/.config' \(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "config.toml:3:8: en tast skrives som tekst")
        try session.press("Space", "u")
        try session.waitFor(text: "Fortrudt.")  // u is still undo
        try session.press("q")
        try session.waitUntilExited()
        // The test's own state folder: a theme the developer chose with c would go before the config's.
        let environment = ["XDG_CONFIG_HOME": folder.path + "/.config", "XDG_STATE_HOME": folder.path + ".state"]
        let shown = try TavleBinary.run(["config"], in: folder.path, environment: environment)
        #expect(shown.status == 1 && shown.error.contains("/.config/tavle/config.toml:3:8: en tast skrives som tekst"))
        let english = try TavleBinary.run(["config"], in: folder.path, environment: environment.merging(["LC_MESSAGES": "en_GB"]) { $1 })
        #expect(english.error.contains("/.config/tavle/config.toml:3:8: keys are a string like \"z\""))
        #expect(english.output.hasPrefix("config file  ") && shown.output.hasPrefix("indstillingsfil  "))
        #expect(shown.output.contains("theme        light"), "the good setting still applies")
    }

    @Test("tavle config names the theme Tavle starts with: one chosen with c goes before the config's, and it says so")
    func rememberedThemeWins() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/.config/tavle", withIntermediateDirectories: true)
        try folder.write("theme = \"light\"\n", to: ".config/tavle/config.toml")
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        // The folders the tmux window uses, so the command reads what the app wrote.
        let environment = ["XDG_CONFIG_HOME": folder.path + "/.config", "XDG_STATE_HOME": folder.path + ".state"]
        let configured = try TavleBinary.run(["config"], in: folder.path, environment: environment)
        #expect(configured.output.contains("theme        light               \(folder.path)/.config/tavle/config.toml:1\n"), "\(configured.output)")

        // c goes on from the config's light to high contrast and remembers it.
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("c")
        try session.waitFor(text: "Farvetema: høj kontrast (huskes til næste gang)")
        try session.press("q")
        try session.waitUntilExited()
        let remembered = "\(folder.path).state/tavle/theme"
        let shown = try TavleBinary.run(["config"], in: folder.path, environment: environment)
        #expect(shown.status == 0)
        #expect(shown.output.contains("theme        contrast            husket i \(remembered); går forud for light fra \(folder.path)/.config/tavle/config.toml:1\n"),
                "\(shown.output)")
        let english = try TavleBinary.run(["config"], in: folder.path, environment: environment.merging(["LC_MESSAGES": "en_GB.UTF-8"]) { $1 })
        #expect(english.output.contains("theme        contrast            remembered in \(remembered); goes before light from \(folder.path)/.config/tavle/config.toml:1\n"),
                "\(english.output)")

        // And the app does start with it: c goes on from high contrast to monochrome.
        let again = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try again.waitFor(text: "Før I går i gang")
        try again.press("c")
        try again.waitFor(text: "Farvetema: monokrom (huskes til næste gang)")
        try again.press("q")
        try again.waitUntilExited()
    }
}

/// The interface's language through the real binary: `--lang`, the config, the locale.
@Suite("End to end: Danish and English", .serialized)
struct LanguageEndToEndTests {
    @Test("--lang en, language = \"en\" in the config, and an English locale all give the English interface; the kit stays Danish")
    func english() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let ways = [
            "\(TavleBinary.path) --lang en m.md",
            "env LC_MESSAGES=en_GB.UTF-8 \(TavleBinary.path) m.md",
        ]
        for command in ways {
            let session = try Tmux(width: 100, height: 30, command: command, directory: folder.path)
            try session.waitFor(all: ["✓ Saved", "Section 1/7", "Før I går i gang"])
            try session.press("?")
            try session.waitFor(all: ["Keys", "Show all keys"])
            try session.press("Escape", "q")
            try session.waitUntilExited()
        }
        try FileManager.default.createDirectory(atPath: folder.path + "/.config/tavle", withIntermediateDirectories: true)
        try folder.write("language = \"en\"\n", to: ".config/tavle/config.toml")
        let configured = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try configured.waitFor(all: ["✓ Saved", "Section 1/7"])
        try configured.press("q")
        try configured.waitUntilExited()
        let danish = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) --lang da m.md", directory: folder.path)
        try danish.waitFor(all: ["✓ Gemt", "Afsnit 1/7"])
        try danish.press("q")
        try danish.waitUntilExited()
    }

    @Test("the live view and a file's problems speak the interface's language too")
    func englishMessages() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let viewer = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) view --lang en m.md", directory: folder.path)
        try viewer.waitFor(text: "✎ Read-only")
        try viewer.press("Space")
        try viewer.waitFor(text: "Read-only: live view, following the file.")
        try viewer.press("q")
        try viewer.waitUntilExited()
        try folder.write("<!-- tavle 1 -->\n# Møde\n\n## Liste\n<!-- tjekliste -->\n", to: "broken.md")
        let broken = try TavleBinary.run(["--lang", "en", "broken.md"], in: folder.path)
        #expect(broken.status == 1)
        #expect(broken.error == "broken.md:5:6: unknown section kind 'tjekliste'; use checklist, questions, board or actions\n")
        let noKit = try TavleBinary.run(["new", "ørnen"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(noKit.error.hasPrefix("no kit named 'ørnen'; the kits are "))
        let danishKit = try TavleBinary.run(["new", "ørnen"], in: folder.path)
        #expect(danishKit.error.hasPrefix("der er ingen skabelon ved navn 'ørnen'; vælg en af partnerskab, "))
    }
}
