import Foundation
import Testing

/// After the meeting: exports from the app and the command line, read back by other programs,
/// and `tavle status` across a folder of workshops.
@Suite("End to end: exports and status", .serialized)
struct AfterMeetingTests {
    /// Runs Python on a script; returns its standard output.
    static func python(_ script: String, _ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("E in the app writes the printable minutes beside the workshop and shows the path")
    func exportFromTheApp() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        defer { withExtendedLifetime(folder) {} }
        try session.waitFor(text: "Før I går i gang")
        try session.press("Space", "E")
        // partnerskab is held in two meetings: the minutes are the first meeting's.
        try session.waitFor(text: "Referatet er eksporteret til m-referat-1.html.")
        let html = try folder.read("m-referat-1.html")
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<h1>Sådan kommer et partnerskab i stand – Møde 1: foreningen alene</h1>"))
        #expect(!html.contains("Trin 4"), "the second meeting is not in the first one's minutes")
        #expect(html.contains("<li class=\"done\"><span class=\"box\">☑</span>"), "the point ticked before the export")
        #expect(!html.contains("Partnerskabsaftale"), "an agreement nobody has written yet is not exported; the minutes are")
        #expect(html.contains("Ikke nået"), "the steps not reached are listed once")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("exports write dates as the screen does, by the config's date-format, from the command line and E; CSV keeps ISO")
    func exportDateFormat() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
            <!-- tavle 1 -->
            # Møde
            - date: 2026-11-23

            ## Aftaler
            <!-- actions -->

            - [ ] Ring til biblioteket
              - who: Mette
              - due: 2026-12-01

            """, to: "m.md")
        // Without a config: the Danish style, as on screen.
        let standard = try TavleBinary.run(["export", "m.md", "--format", "md", "-o", "-"], in: folder.path, environment: ["XDG_CONFIG_HOME": folder.path + "/.config"])
        #expect(standard.output.contains("**Dato:** 23. nov. 2026") && standard.output.contains("| 1. dec. 2026 |"), "\(standard)")
        try FileManager.default.createDirectory(atPath: folder.path + "/.config/tavle", withIntermediateDirectories: true)
        try folder.write("date-format = \"numeric\"\n", to: ".config/tavle/config.toml")
        let environment = ["XDG_CONFIG_HOME": folder.path + "/.config"]
        let md = try TavleBinary.run(["export", "m.md", "--format", "md", "-o", "-"], in: folder.path, environment: environment)
        #expect(md.status == 0 && md.output.contains("**Dato:** 23.11.2026") && md.output.contains("| Ring til biblioteket | Mette | 01.12.2026 | åben |"), "\(md)")
        let txt = try TavleBinary.run(["export", "m.md", "--format", "txt", "-o", "-"], in: folder.path, environment: environment)
        #expect(txt.output.contains("Dato: 23.11.2026\n") && txt.output.contains("(Mette, 01.12.2026)"), "\(txt)")
        let csv = try TavleBinary.run(["export", "m.md", "--format", "csv", "-o", "-"], in: folder.path, environment: environment)
        #expect(csv.output.contains(",Ring til biblioteket,Mette,2026-12-01,nej\r\n"), "CSV is for spreadsheets: ISO, \(csv)")
        try TavleBinary.run(["export", "m.md"], in: folder.path, environment: environment)
        let html = try folder.read("m-referat.html")
        #expect(html.contains("<dd>23.11.2026</dd>") && html.contains("<td>01.12.2026</td>"))
        // E in the app writes the same page (the tmux window reads the same config folder).
        try FileManager.default.removeItem(atPath: folder.path + "/m-referat.html")
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "01.12.2026")
        try session.press("E")
        try session.waitFor(text: "Referatet er eksporteret til m-referat.html.")
        try session.press("q")
        try session.waitUntilExited()
        #expect(try folder.read("m-referat.html") == html)
    }

    @Test("tavle export: hostile text survives as text; Python's csv module reads the CSV back field for field")
    func csvReadBack() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let hostile = "=1+1, \"citat\"; <script>&"
        var text = try folder.read("m.md")
        text = text.replacingOccurrences(of: "### Top tre\n", with: "- Biblioteket <!-- dots=2 -->\n- \(hostile)\n\n### Top tre\n")
        text = text.replacingOccurrences(of: "### Hvad har vi at tilbyde en partner?\n", with: "### Hvad har vi at tilbyde en partner?\n\n> Lokaler, \"kaffe\"\n> og æbler\n")
        try folder.write(text, to: "m.md")
        for (separator, bom) in [(",", false), (";", true)] {
            var arguments = ["export", "m.md", "--format", "csv", "-o", "out.csv", "--separator", separator]
            if bom { arguments.append("--bom") }
            let exported = try TavleBinary.run(arguments, in: folder.path)
            #expect(exported.status == 0 && exported.output == "out.csv\n", "\(exported.error)")
            let script = """
            import csv, json, sys
            with open('out.csv', newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f, delimiter=sys.argv[1]))))
            """
            let read = try Self.python(script, [separator], in: folder.path)
            let rows = try JSONDecoder().decode([[String]].self, from: Data(read.output.utf8))
            #expect(rows.first == ["afsnit", "type", "kolonne", "plads", "prikker", "tekst", "hvem", "frist", "gjort"])
            #expect(rows.allSatisfy { $0.count == 9 }, "every row has every field")
            #expect(rows.contains { $0[1] == "kort" && $0[5] == "'" + hostile && $0[2] == "Alle forslag" })
            #expect(rows.contains { $0[1] == "kort" && $0[5] == "Biblioteket" && $0[4] == "2" })
            #expect(rows.contains { $0[1] == "note" && $0[5] == "Lokaler, \"kaffe\"\nog æbler" })
            #expect(rows.filter { $0[1] == "punkt" }.count == 11, "4 + 7 points of the kit")
        }
        let html = try TavleBinary.run(["export", "m.md", "-o", "-"], in: folder.path)
        #expect(html.output.contains("=1+1, &quot;citat&quot;; &lt;script&gt;&amp;") && !html.output.contains("<script>&"))
        for path in ["m.md", "./m.md", folder.path + "/m.md"] {
            let refused = try TavleBinary.run(["export", "m.md", "--format", "md", "-o", path], in: folder.path)
            #expect(refused.status == 1 && refused.error.contains("det er selve workshopfilen"), "\(path)")
        }
        #expect(try folder.read("m.md").hasPrefix("<!-- tavle 1 -->"), "the workshop is untouched")
        try folder.write("<!-- tavle 1 -->\n# T\n\n## A\n<!-- bo\u{1B}[2Jard -->\n", to: "esc.md")
        for arguments in [["check", "esc.md"], ["export", "esc.md"], ["status", "esc.md"]] {
            let result = try TavleBinary.run(arguments, in: folder.path)
            #expect(result.status == 1 && !(result.output + result.error).contains("\u{1B}"), "\(arguments): file text is shown, never run")
        }
    }

    @Test("tavle status on a folder: a line per workshop, broken files as file:line:col, --json for scripts")
    func status() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "a.md"], in: folder.path)
        try TavleBinary.run(["new", "forventninger", "b.md"], in: folder.path)
        try TavleBinary.run(["replay", "a.md", "--save", "--keys", "<Space>j<Space>5l<Enter>Mette<Enter>l<Enter>2026-01-05<Enter>", "--today", "2026-11-23"], in: folder.path)
        try folder.write("<!-- tavle 1 -->\n# Ødelagt\n\n## Trin\n<!-- tjekliste -->\n", to: "c.md")
        try folder.write("# Bare en README\n", to: "README.md")
        let result = try TavleBinary.run(["status", "--today", "2026-11-23"], in: folder.path)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("a.md  Sådan kommer et partnerskab i stand · skabelon partnerskab"))
        #expect(lines[0].hasSuffix("2/11 punkter · 0/16 spørgsmål · 0/3 rangerede · 2 åbne handlinger (1 overskredet)"))
        #expect(lines[1].hasPrefix("b.md  Afstem forventningerne"))
        #expect(result.error == "c.md:5:6: ukendt afsnitstype 'tjekliste'; brug checklist, questions, board eller actions\n")
        let json = try TavleBinary.run(["status", "--json", "a.md", "b.md"], in: folder.path)
        let script = "import json, sys\nfor line in sys.stdin.read().splitlines(): d = json.loads(line); print(d['file'], d['points']['ticked'], d['actions']['open'])"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(json.output.utf8))
        try input.fileHandleForWriting.close()
        let parsed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(parsed == "a.md 2 2\nb.md 0 1\n")
        // In English where the locale says so.
        let english = try TavleBinary.run(["status", "--today", "2026-11-23", "a.md"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(english.output.hasSuffix("2/11 points · 0/16 questions · 0/3 ranked · 2 open action items (1 overdue)\n"))
        let none = try TavleBinary.run(["actions", "b.md"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(none.output.contains("2026") || none.output.contains("no deadline"))
    }
}

/// `tavle view`: a participant follows the facilitator's file from another terminal.
@Suite("End to end: live view", .serialized)
struct LiveViewTests {
    /// How soon the view follows is measured by scripts/bench, not asserted here: a test with a
    /// deadline in seconds fails on a busy machine and passes a slow follow on a quiet one.
    @Test("tavle view redraws by itself when another process changes the file, keeps its own place, and edits nothing")
    func follows() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let facilitator = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try facilitator.waitFor(text: "Før I går i gang")
        let viewer = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) view m.md", directory: folder.path)
        try viewer.waitFor(all: ["Før I går i gang", "✎ Skrivebeskyttet"])
        try viewer.press("2")  // the viewer looks at step 1 while the facilitator works on the checklist
        try viewer.waitFor(text: "│  Trin 1: strategisk")
        try facilitator.press("Space")
        try facilitator.waitFor(text: "✓ Gemt")
        // No key is pressed in the viewer: the file's change alone redraws it.
        let followed = try viewer.waitFor(text: "1/4│")
        #expect(followed.contains { $0.contains("Trin 1: strategisk forankring") && $0.contains("│  Trin 1") }, "still on its own section")
        // A second process (not Tavle) changes the file: the view follows that too.
        let text = try folder.read("m.md").replacingOccurrences(of: "# Sådan kommer et partnerskab i stand", with: "# Kollegaens titel")
        try folder.write(text, to: "m.md.tmp")
        rename(folder.path + "/m.md.tmp", folder.path + "/m.md")
        try viewer.waitFor(text: "Kollegaens titel")
        // No edit keys: a tick is refused and nothing is written.
        let before = try folder.read("m.md")
        try viewer.press("1", "Space")
        try viewer.waitFor(all: ["Skrivebeskyttet: livevisning, følger filen", "[x] Fortæl deltagerne"])
        // Saves run on a thread of their own, and Tavle finishes every one before it exits:
        // once the viewer has gone, nothing more can come from it.
        try viewer.press("q")
        try viewer.waitUntilExited()
        #expect(try folder.read("m.md") == before)
        try facilitator.press("q")
        try facilitator.waitUntilExited()
    }
}
