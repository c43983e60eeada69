import Foundation
import Testing

/// What the machine around Tavle can do to it: names and settings full of escape codes,
/// relative XDG folders, file names that look like options, huge files, old Mac line ends.
@Suite("End to end: hostile environments", .serialized)
struct HostileEnvironmentTests {
    /// Whether any character in `text` could act on a terminal: C0 but the line feed, DEL, C1,
    /// and the bidirectional overrides.
    static func actsOnTerminal(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
    }

    static let escape = "\u{1B}"

    @Test("kits, config, new, check, status, actions and export print kit titles, file names and config values with visible escapes")
    func escapedOutput() throws {
        let folder = try TemporaryFolder()
        let kits = folder.path + "/.config/tavle/kits"
        try FileManager.default.createDirectory(atPath: kits, withIntermediateDirectories: true)
        let kitName = "ond\(Self.escape)kit"
        try folder.write("""
        <!-- tavle 1 -->
        # Rød \u{1B}[31mtitel\u{07} og \u{9B}2J slut

        - duration: to \u{1B}[0mtimer

        ## Liste
        <!-- checklist -->

        - [ ] Et punkt

        ## Opfølgning
        <!-- actions -->

        - [ ] Ring \u{1B}[31mtil\u{07} nogen
          - who: Mette\u{9B}
          - due: 2030-01-01

        """, to: ".config/tavle/kits/\(kitName).md")
        try folder.write("theme = \"lys\u{1B}[31m\"\nkits = [\"/tmp/\u{1B}]0;titel\u{07}\"]\n", to: ".config/tavle/config.toml")
        let environment = ["XDG_CONFIG_HOME": folder.path + "/.config"]
        func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, output: String, error: String) {
            let result = try TavleBinary.run(arguments, in: folder.path, environment: environment)
            #expect(!Self.actsOnTerminal(result.output), "stdout of \(arguments): \(result.output.debugDescription)", sourceLocation: sourceLocation)
            #expect(!Self.actsOnTerminal(result.error), "stderr of \(arguments): \(result.error.debugDescription)", sourceLocation: sourceLocation)
            return result
        }

        let listed = try run(["kits"])
        #expect(listed.output.contains("ond^[kit") && listed.output.contains("Rød ^[[31mtitel^G og <U+009B>2J slut"), "\(listed.output)")
        #expect(listed.output.contains("to ^[[0mtimer"))
        let config = try run(["config"])
        #expect(config.output.contains("lys^[[31m") && config.output.contains("/tmp/^[]0;titel^G"), "\(config.output)")

        let created = try run(["new", kitName, "ny\(Self.escape)[2J.md"])
        #expect(created.status == 0 && created.output == "ny^[[2J.md\n", "\(created)")
        let workshop = "ny\(Self.escape)[2J.md"
        let checked = try run(["check", workshop])
        #expect(checked.status == 0)
        try folder.write("<!-- tavle 1 -->\n# \u{1B}[31m\n\n## Tom\n<!-- checklist -->\n", to: "fejl\(Self.escape).md")
        let problems = try run(["check", "fejl\(Self.escape).md"])
        #expect(problems.status == 1 && problems.output.hasPrefix("fejl^[.md:4:1: "), "\(problems.output)")
        let status = try run(["status"])
        #expect(status.output.contains("ny^[[2J.md") && status.output.contains("Rød ^[[31mtitel^G"), "\(status.output)")
        let json = try run(["status", "--json", workshop])
        #expect(json.output.contains("\\u001b[31mtitel\\u0007") && json.output.contains("\\u009b2J"), "JSON escapes its own way: \(json.output)")
        let actions = try run(["actions", "--today", "2029-01-01"])
        #expect(actions.output.contains("Ring ^[[31mtil^G nogen") && actions.output.contains("Mette<U+009B>"), "\(actions.output)")
        #expect(actions.output.contains("ny^[[2J.md"))
        let exported = try run(["export", workshop, "--format", "md"])
        #expect(exported.status == 0 && exported.output == "ny^[[2J-referat.md\n", "\(exported)")
        let missing = try run(["check", "mangler\(Self.escape)[2J.md", "--ukendt\(Self.escape)"])
        #expect(missing.status != 0 && missing.error.contains("--ukendt^["), "swift-argument-parser's own message: \(missing.error)")
    }

    @Test("an export to - is data in a pipe and shown with visible escapes on a terminal")
    func exportToTerminal() throws {
        let folder = try TemporaryFolder()
        // The export leaves the bidi control out (VisibleText.oneLine); a zero-width space is
        // no control, so it stays in the export, and only a terminal shows it as an escape.
        try folder.write("<!-- tavle 1 -->\n# Vendt \u{202E}om\u{200B}kring\n\n## Liste\n<!-- checklist -->\n\n- [ ] Et punkt\n", to: "m.md")
        let piped = try TavleBinary.run(["export", "m.md", "--format", "txt", "-o", "-"], in: folder.path)
        #expect(piped.output.contains("Vendt om\u{200B}kring"), "a pipe gets the export as it is: \(piped.output)")
        // The sleep only keeps the window open for the test to read the export.
        let session = try Tmux(width: 80, height: 10, command: "sh -c '\(TavleBinary.path) export m.md --format txt -o -; sleep 30'", directory: folder.path)
        try session.waitFor(text: "Vendt om<U+200B>kring")
    }

    @Test("relative XDG_STATE_HOME and XDG_CONFIG_HOME are ignored: the theme is remembered under $HOME, and the config read from there")
    func relativeBaseFolders() throws {
        let folder = try TemporaryFolder()
        let home = folder.path + "/home"
        try FileManager.default.createDirectory(atPath: home + "/.config/tavle", withIntermediateDirectories: true)
        try folder.write("date-format = \"iso\"\n", to: "home/.config/tavle/config.toml")
        try FileManager.default.createDirectory(atPath: folder.path + "/relconfig/tavle", withIntermediateDirectories: true)
        try folder.write("date-format = \"numeric\"\n", to: "relconfig/tavle/config.toml")
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let rootHadIt = FileManager.default.fileExists(atPath: "/relstate")
        let session = try Tmux(width: 100, height: 24, command: "env HOME='\(home)' XDG_STATE_HOME=relstate XDG_CONFIG_HOME=relconfig \(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("c")
        try session.waitFor(text: "Farvetema: lys (huskes til næste gang)")
        try session.press("q")
        try session.waitUntilExited()
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/relstate"), "a relative XDG_STATE_HOME is not used")
        #expect(rootHadIt || !FileManager.default.fileExists(atPath: "/relstate"))
        #expect(try String(contentsOfFile: home + "/.local/state/tavle/theme", encoding: .utf8) == "light\n")
        let shown = try TavleBinary.run(["config"], in: folder.path, environment: ["HOME": home, "XDG_CONFIG_HOME": "relconfig", "XDG_STATE_HOME": "relstate"])
        #expect(shown.output.hasPrefix("indstillingsfil  \(home)/.config/tavle/config.toml\n"), "\(shown.output)")
        #expect(shown.output.contains("date-format  iso"), "\(shown.output)")
        #expect(shown.output.contains("light") && shown.output.contains("husket i \(home)/.local/state/tavle/theme"), "\(shown.output)")
    }

    @Test("a theme choice that cannot be written says so in the status line instead of 'remembered'")
    func themeNotRemembered() throws {
        let folder = try TemporaryFolder()
        try folder.write("not a folder\n", to: "state")
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let session = try Tmux(width: 160, height: 24, command: "env XDG_STATE_HOME='\(folder.path)/state' \(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("c")
        let screen = try session.waitFor(text: "Farvetema: lys – men valget kunne ikke huskes til næste gang: \(folder.path)/state/tavle/theme")
        #expect(!screen.contains { $0.contains("huskes til næste gang)") })
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a file name that starts with - is a file: checked, not read as flags (the -h in -dash.md printed the help and exited 0)")
    func dashFileNames() throws {
        let folder = try TemporaryFolder()
        try folder.write("<!-- tavle 1 -->\n# Møde\n\n## Tom\n<!-- checklist -->\n", to: "-dash.md")
        try folder.write("<!-- tavle 1 -->\n# Møde\n\n## Liste\n<!-- checklist -->\n\n- [ ] Et punkt\n", to: "-godt.md")
        let checked = try TavleBinary.run(["check", "-dash.md"], in: folder.path)
        #expect(checked.status == 1, "\(checked)")
        #expect(checked.output == "./-dash.md:4:1: tjeklisten 'Tom' har ingen punkter\n", "\(checked.output)")
        #expect(!checked.output.contains("USAGE") && !checked.output.contains("OVERVIEW"))
        let afterDashes = try TavleBinary.run(["check", "--", "-dash.md", "-godt.md"], in: folder.path)
        #expect(afterDashes.status == 1 && afterDashes.output.hasPrefix("-dash.md:4:1: "), "\(afterDashes)")
        let good = try TavleBinary.run(["check", "-godt.md", "-dash.md"], in: folder.path)
        #expect(good.status == 1 && good.output.split(separator: "\n").count == 1, "\(good)")
        let missing = try TavleBinary.run(["check", "-hmangler.md"], in: folder.path)
        #expect(missing.status == 1 && missing.output.contains("-hmangler.md: filen eller mappen findes ikke") && !missing.output.contains("USAGE"), "\(missing)")
        let status = try TavleBinary.run(["status", "-godt.md"], in: folder.path)
        #expect(status.status == 0 && status.output.contains("-godt.md  Møde"), "\(status)")
        let replayed = try TavleBinary.run(["replay", "-godt.md", "--keys", "j"], in: folder.path)
        #expect(replayed.status == 0 && replayed.output.contains("Et punkt"), "\(replayed)")
        let exported = try TavleBinary.run(["export", "-godt.md", "--format", "md", "-o", "-ud.md"], in: folder.path)
        #expect(exported.status == 0 && FileManager.default.fileExists(atPath: folder.path + "/-ud.md"), "\(exported)")
        let help = try TavleBinary.run(["check", "-h"], in: folder.path)
        #expect(help.status == 0 && help.output.contains("BRUG: tavle check"), "-h is still the help")
    }

    @Test("an old Mac file (CR line ends only) is read as lines: checked, opened and saved back with line feeds")
    func carriageReturnFiles() throws {
        let folder = try TemporaryFolder()
        let text = "<!-- tavle 1 -->\r# Gammel Mac\r\r## Liste\r<!-- checklist -->\r\r- [ ] Første punkt\r- [ ] Andet punkt\r"
        try folder.write(text, to: "mac.md")
        let checked = try TavleBinary.run(["check", "mac.md"], in: folder.path)
        #expect(checked.status == 0 && checked.output.isEmpty, "\(checked)")
        let status = try TavleBinary.run(["status", "mac.md"], in: folder.path)
        #expect(status.output.contains("Gammel Mac · 0/2 punkter"), "\(status.output)")
        let session = try Tmux(width: 100, height: 24, command: "\(TavleBinary.path) mac.md", directory: folder.path)
        try session.waitFor(all: ["Første punkt", "Andet punkt"])
        try session.press("Space")
        try session.waitFor(text: "1/2")
        try session.press("q")
        try session.waitUntilExited()
        let saved = try folder.read("mac.md")
        #expect(saved == "<!-- tavle 1 -->\n# Gammel Mac\n\n## Liste\n<!-- checklist -->\n\n- [x] Første punkt\n- [ ] Andet punkt\n", "\(saved.debugDescription)")
    }

    @Test("a card, a note or an action item that starts with spaces is no code block in the Markdown export")
    func indentedMarkdown() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
        <!-- tavle 1 -->
        # Møde

        ## Tavle
        <!-- board -->

        ### Alle forslag

        -     Indrykket kort
        - Biblioteket

        ## Spørgsmål
        <!-- questions -->

        ### Hvad?

        >     indrykket note

        """, to: "m.md")
        let exported = try TavleBinary.run(["export", "m.md", "--format", "md", "-o", "-"], in: folder.path)
        #expect(exported.status == 0, "\(exported)")
        let lines = exported.output.split(separator: "\n")
        let card = try #require(lines.first { $0.contains("Indrykket kort") })
        #expect(!card.hasPrefix("-     ") && !card.hasPrefix("    "), "\(card)")
        #expect(card == "- &#32;   Indrykket kort")
        let note = try #require(lines.first { $0.contains("indrykket note") })
        #expect(!note.hasPrefix(">     "), "\(note)")
    }

    @Test("tavle check on 10 MB of blank lines stays within 10x the file size + 30 MB of memory (it took 834 MB)")
    func bigFileMemory() throws {
        let folder = try TemporaryFolder()
        let size = 10_000_000
        var text = "<!-- tavle 1 -->\n# Stor\n"
        text += String(repeating: "\n", count: size)
        text += "## Liste\n<!-- checklist -->\n\n- [ ] Et punkt\n"
        try folder.write(text, to: "stor.md")
        let (status, peakKilobytes) = try PeakMemory.run([TavleBinary.path, "check", folder.path + "/stor.md"])
        #expect(status == 0)
        let bound = (10 * size + 30_000_000) / 1024
        #expect(peakKilobytes > 0 && peakKilobytes < bound, "peak \(peakKilobytes) KiB, bound \(bound) KiB")
    }
}

/// A program run to its end, with its own peak resident memory, measured by GNU time.
///
/// Not by `wait4` on a child spawned from here: `posix_spawn` runs the child in the test
/// process's memory until it execs, and Linux counts that memory's high-water mark in the
/// child's peak, so a test runner that had grown made `tavle check` look hundreds of MB big.
/// GNU time forks, so its child starts from time's own small memory.
enum PeakMemory {
    static func run(_ arguments: [String]) throws -> (status: Int32, peakKilobytes: Int) {
        let time = "/usr/bin/time"
        try #require(FileManager.default.isExecutableFile(atPath: time), "GNU time is needed: apt-get install time")
        let folder = try TemporaryFolder()
        let report = folder.path + "/peak"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: time)
        process.arguments = ["-o", report, "-f", "%M"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let written = try String(contentsOfFile: report, encoding: .utf8)
        // A child that failed makes time write "Command exited with non-zero status N" first.
        let peak = written.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return (process.terminationStatus, peak)
    }
}
