import Foundation
import Testing

/// The built binary in a real terminal (tmux), driven like a facilitator would.
@Suite("End to end: a meeting in tmux", .serialized)
struct MeetingTests {
    @Test("tick a point, type a Danish note, move cards by keys and by mouse drag, quit, reopen: all there")
    func wholeMeeting() throws {
        let folder = try TemporaryFolder()
        let created = try TavleBinary.run(["new", "partnerskab", "møde.md"], in: folder.path)
        #expect(created.status == 0)
        var tmux: Tmux? = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) møde.md", directory: folder.path)
        guard let session = tmux else { return }
        try session.waitFor(text: "Før I går i gang")
        // The terminal was asked for button-event tracking (motion while a button is held,
        // so a real terminal reports drags) in SGR encoding.
        let modes = try session.run(["display-message", "-p", "-t", "0", "#{mouse_button_flag}#{mouse_sgr_flag}"])
        #expect(modes == "11\n")

        // Checklist: tick the first point.
        try session.press("Space")
        try session.waitFor(text: "[x] Fortæl deltagerne")

        // A click on a box ticks it.
        let screen0 = try session.screen()
        let box = try #require(session.find("[ ] Vis de fem trin", in: screen0))
        try session.mouse(.press, x: box.x + 1, y: box.y)
        try session.mouse(.release, x: box.x + 1, y: box.y)
        try session.waitFor(text: "[x] Vis de fem trin")

        // Questions: type the group's answer with æ ø å and a new line.
        try session.press("2", "Enter")
        try session.waitFor(text: "Esc færdig")
        try session.type("Vi vil nå flere unge på Ærø")
        try session.press("Enter")
        try session.type("Også de ældre i Åbenrå")
        try session.press("Escape")
        try session.waitFor(text: "│ Også de ældre i Åbenrå")

        // Board: add three cards, move one to the top three with a key.
        try session.press("3", "a")
        try session.type("Biblioteket")
        try session.press("Enter", "a")
        try session.type("Ungdomsskolen")
        try session.press("Enter", "a")
        try session.type("Kirken")
        try session.press("Enter")
        try session.waitFor(text: "Alle forslag (3)")
        try session.press("L")
        let afterKey = try session.waitFor(text: "▶1 Kirken")  // focus follows the card
        #expect(afterKey.contains { $0.contains("Top tre 1/3") })

        // Drag "Biblioteket" with the mouse to the top of the top three.
        let screen = try session.screen()
        let card = try #require(session.find("Biblioteket", in: screen))
        let target = try #require(session.find("▶1 Kirken", in: screen))
        try session.mouse(.press, x: card.x + 2, y: card.y)
        try session.mouse(.drag, x: card.x + 6, y: card.y)
        try session.mouse(.drag, x: target.x + 3, y: target.y)
        try session.waitFor(text: "1. Biblioteket")
        try session.mouse(.release, x: target.x + 3, y: target.y)
        try session.waitFor(all: ["2. Kirken", "Top tre 2/3", "✓ Gemt"])

        try session.press("q")
        try session.waitUntilExited()
        tmux = nil

        // The file reads as the minutes, and the atomic saves left no temporary files behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["møde.md"])
        let minutes = try folder.read("møde.md")
        #expect(minutes.contains("- [x] Fortæl deltagerne"))
        #expect(minutes.contains("- [x] Vis de fem trin"))
        #expect(minutes.contains("> Vi vil nå flere unge på Ærø\n> Også de ældre i Åbenrå\n"))
        #expect(minutes.contains("<!-- ranked limit=3 -->"))
        #expect(minutes.contains("1. Biblioteket\n2. Kirken\n"))
        #expect(minutes.contains("- Ungdomsskolen\n"))

        // Reopen: everything as it was.
        // Reopen: everything as it was, on the board where the meeting was left.
        let reopened = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) møde.md", directory: folder.path)
        try reopened.waitFor(all: ["Biblioteket", "2. Kirken", "Ungdomsskolen", "Top tre 2/3"])
        try reopened.press("2")
        try reopened.waitFor(text: "│ Vi vil nå flere unge på Ærø")
        try reopened.press("1")
        try reopened.waitFor(text: "[x] Fortæl deltagerne")
        try reopened.press("q")
        try reopened.waitUntilExited()
    }

    @Test("undo and redo in the real terminal change the file too")
    func undoRedo() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "samarbejde", width: 80, height: 24)
        try session.waitFor(text: "Beskriv borgerens")
        try session.press("6", "x")
        try session.waitFor(all: ["[x]", "✓ Gemt"])
        #expect(try folder.read("m.md").contains("- [x] "))
        try session.press("u")
        try session.waitFor(all: ["Fortrudt", "✓ Gemt"])
        #expect(try !folder.read("m.md").contains("- [x] "))
        try session.press("C-r")
        try session.waitFor(all: ["Gentaget", "✓ Gemt"])
        #expect(try folder.read("m.md").contains("- [x] "))
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("the start screen lists the kits; choosing one creates a dated workshop and opens it")
    func startScreen() throws {
        let folder = try TemporaryFolder()
        try folder.write("<!-- tavle 1 -->\n# Flettet\n\n## Liste\n<!-- tjekliste -->\n", to: "flettet.md")
        try folder.write("# Bare en README\n", to: "README.md")
        let session = try Tmux(width: 100, height: 30, command: TavleBinary.path, directory: folder.path)
        // A broken workshop is shown with its problem, not lost.
        let screen = try session.waitFor(all: [
            "Sådan kommer et partnerskab i stand", "Forening · En aften", "Find de rette partnere",
            "Kan ikke åbnes", "flettet.md:5:6: ukendt afsnitstype 'tjekliste'",
        ])
        #expect(!screen.contains { $0.contains("README") }, "other Markdown files are not workshops")
        try session.press("2", "Enter")
        try session.waitFor(text: "Beskriv borgerens dagligdag")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("-samarbejde.md") }
        #expect(files.count == 1)
        #expect(files.first?.hasSuffix("-samarbejde.md") == true)
        #expect(files.first?.first?.isNumber == true, "named after today's date")
        try session.press("?")
        try session.waitFor(text: "Gemt i " + (files.first ?? "?"))
        try session.press("q", "q")
        try session.waitUntilExited()
    }

    @Test("reopening a workshop continues at the section and focus it was left at, kept outside the minutes")
    func continuesWhereLeft() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        let minutes = try folder.read("m.md")
        try session.press("2", "j", "j")
        try session.waitFor(all: ["Afsnit 2/7", "▶ 3. Hvad har vi at tilbyde"])
        try session.press("q")
        try session.waitUntilExited()
        #expect(try folder.read("m.md") == minutes, "where the facilitator was is not in the minutes")
        let again = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try again.waitFor(all: ["Afsnit 2/7", "▶ 3. Hvad har vi at tilbyde"])
        try again.press("q")
        try again.waitUntilExited()
        #expect(FileManager.default.fileExists(atPath: session.stateFolder + "/tavle/places"))
    }

    @Test("on the start screen a digit only selects, Enter opens, and keys typed ahead do not reach the workshop; the newest workshop is selected first")
    func startScreenDigits() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "gammel.md"], in: folder.path)
        try TavleBinary.run(["new", "samarbejde", "ny.md"], in: folder.path)
        var old = utimbuf(actime: 1_000_000_000, modtime: 1_000_000_000)
        utime(folder.path + "/gammel.md", &old)
        // The sleep only keeps the window open after Tavle, for the line it prints on quit.
        let script = "\(TavleBinary.path); sleep 30"
        let session = try Tmux(width: 100, height: 30, command: "sh -c '\(script)'", directory: folder.path)
        let screen = try session.waitFor(all: ["ny.md", "gammel.md"])
        #expect(screen.contains { $0.contains("▶") && $0.contains("ny.md") }, "the newest workshop is selected")
        // The digit of the partnerskab kit; then Enter and a Space typed at once.
        try session.press("1")
        try session.waitFor(text: "▶ 1.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2, "a digit opened nothing")
        try session.type("\r ")
        try session.waitFor(text: "Før I går i gang")
        try session.press("q")
        let created = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix("-partnerskab.md") })
        try session.waitFor(text: "Gemt i \(created)")  // the new file's name, said on quit
        #expect(try !folder.read(created).contains("- [x]"), "the Space typed ahead ticked nothing")
    }
}

@Suite("End to end: the terminal and bad input", .serialized)
struct TerminalTests {
    /// What the shell prints once Tavle has ended and the terminal's modes are recorded.
    static let shellGoesOn = "efter-tavle"

    /// Records the terminal's modes before and after Tavle and how Tavle ended, then says so
    /// on screen; the sleep only keeps the window open so the test can read it.
    static let recordingTerminal = "stty -a > before.txt; \(TavleBinary.path) m.md; echo $? > status.txt; stty -a > after.txt; echo \(shellGoesOn); sleep 30"

    @Test("the terminal is restored after q, Ctrl-C, SIGTERM, SIGHUP, SIGQUIT, SIGUSR2 and a crash",
          arguments: ["q", "C-c", "TERM", "HUP", "QUIT", "USR2", "SEGV"])
    func restored(how: String) throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let session = try Tmux(width: 80, height: 24, command: "sh -c '\(Self.recordingTerminal)'", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        let signals = ["TERM": SIGTERM, "HUP": SIGHUP, "QUIT": SIGQUIT, "USR2": SIGUSR2, "SEGV": SIGSEGV]
        if let signal = signals[how] {
            let pid = try TavleBinary.pidOfRunning(in: folder.path)
            kill(pid, signal)
        } else {
            try session.press(how)
        }
        // The shell prints its line after it has written status.txt and after.txt: on screen,
        // both files are whole, and the screen read is the one after Tavle.
        let screen = try session.waitFor(text: Self.shellGoesOn)
        #expect(try folder.read("after.txt") == folder.read("before.txt"), "terminal modes as before")
        #expect(try folder.read("status.txt") == (how == "SEGV" ? "139\n" : "0\n"), "a crash still ends as one")
        #expect(!screen.contains { $0.contains("Før I går i gang") }, "the alternate screen is gone")
    }

    @Test("emoji sequences, skin tones and flags leave no stale characters when cards move over them")
    func emojiClusters() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let cards = "- 👨‍👩‍👧‍👦 Familien\n- 🇩🇰 Danmark\n- 👍🏽 Tommel\n- Slut\n\n### Top tre"
        try folder.write(try folder.read("m.md").replacingOccurrences(of: "\n### Top tre", with: "\n" + cards), to: "m.md")
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("3")
        try session.waitFor(all: ["• 🇩🇰 Danmark", "Slut"])
        for keys in [["j", "j", "j", "L"], ["k", "k", "L"], ["H"], ["h", "j", "j", "L"]] {
            for key in keys { try session.press(key) }
            // Any frame on screen must be clean, so the latest saved one is read.
            let screen = try session.waitFor(text: "✓ Gemt")
            for row in screen where row.contains("Familien") || row.contains("Danmark") || row.contains("Tommel") || row.contains("Slut") {
                let cells = row.split(separator: "│", maxSplits: 1).last.map(String.init) ?? row
                #expect(!cells.unicodeScalars.contains { $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) }, "no half sequence: \(row)")
                #expect(cells.range(of: #"[🇦-🇿][a-z]"#, options: .regularExpression) == nil, "no letter left inside a flag: \(row)")
            }
            #expect(!screen.contains { $0.contains("‍") })
        }
        try session.press("q")
        try session.waitUntilExited()
        #expect(try folder.read("m.md").contains("👨‍👩‍👧‍👦 Familien"), "the text itself is kept whole")
    }

    @Test("SIGUSR1 and SIGALRM are ignored, as vim ignores them: Tavle goes on, then quits cleanly")
    func ignoredSignals() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let session = try Tmux(width: 80, height: 24, command: "sh -c '\(Self.recordingTerminal)'", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        let pid = try TavleBinary.pidOfRunning(in: folder.path)
        kill(pid, SIGUSR1)
        kill(pid, SIGALRM)
        try session.press("Space")
        try session.waitFor(all: ["[x] Fortæl deltagerne", "✓ Gemt"])
        #expect(kill(pid, 0) == 0, "still running")
        try session.press("q")
        try session.waitFor(text: Self.shellGoesOn)
        #expect(try folder.read("after.txt") == folder.read("before.txt"), "terminal modes as before")
        #expect(try folder.read("status.txt") == "0\n")
    }

    @Test("colours come from the theme; with NO_COLOR only attributes remain, focus still reversed")
    func colours() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        for noColor in [false, true] {
            let prefix = noColor ? "NO_COLOR=1 " : ""
            let session = try Tmux(width: 80, height: 24, command: prefix + "\(TavleBinary.path) m.md", directory: folder.path)
            try session.waitFor(text: "Før I går i gang")
            let styled = try session.run(["capture-pane", "-p", "-e", "-t", "0"])
            let header = try #require(styled.split(separator: "\n").first)
            if noColor {
                #expect(!styled.contains("\u{1B}[46m") && !styled.contains("\u{1B}[32m"), "no colours")
            } else {
                #expect(header.contains("46m"), "the header's cyan background from themes/standard.theme")
            }
            if noColor {
                #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "without colour reverse video marks the focus")
            } else {
                let focus = styled.split(separator: "\n").first { $0.contains("▶") } ?? ""
                #expect(focus.contains("47m"), "the focus is a light bar, white (themes/dark.theme): \(focus)")
            }
            try session.press("q")
            try session.waitUntilExited()
        }
    }

    @Test("resizing re-lays out the screen; 200x60 and 80x24 both draw the board")
    func resize() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 200, height: 60)
        defer { withExtendedLifetime(folder) {} }  // the folder lives until Tavle has quit
        try session.waitFor(text: "Før I går i gang")
        try session.press("3")
        let wide = try session.waitFor(text: "Plan B (0)")
        #expect(wide.count == 60)
        let header = try #require(wide.first)
        #expect(header.hasSuffix("Afsnit 3/7"))
        #expect(header.count >= 190)
        try session.resize(width: 80, height: 24)
        // Waits for the whole redrawn screen: a capture may fall between two rows of a redraw.
        try session.waitFor("the 80-column layout") { rows in
            rows.count == 24 && (rows.first?.hasSuffix("Afsnit 3/7") ?? false) && rows.first!.count <= 80
                && rows.contains { $0.contains("Top tre 0/3") }
        }
        try session.resize(width: 20, height: 5)
        try session.waitFor(text: "Gør vinduet større")
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "Top tre 0/3")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a file that cannot be read or parsed: one file:line:col line, exit 1, nothing written")
    func badFiles() throws {
        let folder = try TemporaryFolder()
        let broken = "<!-- tavle 1 -->\n# Møde\n\n## Liste\n<!-- tjekliste -->\n- [ ] Et punkt\n"
        try folder.write(broken, to: "broken.md")
        let result = try TavleBinary.run(["broken.md"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.error == "broken.md:5:6: ukendt afsnitstype 'tjekliste'; brug checklist, questions, board eller actions\n")
        let english = try TavleBinary.run(["broken.md"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(english.error == "broken.md:5:6: unknown section kind 'tjekliste'; use checklist, questions, board or actions\n")
        #expect(try folder.read("broken.md") == broken)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["broken.md"])

        let missing = try TavleBinary.run(["missing.md"], in: folder.path)
        #expect(missing.status == 1)
        #expect(missing.error == "missing.md: filen eller mappen findes ikke\n")

        try Data([0x3C, 0x21, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: folder.path + "/binary.md"))
        let binary = try TavleBinary.run(["binary.md"], in: folder.path)
        #expect(binary.error == "binary.md:1:3: ugyldig UTF-8; gem filen som UTF-8\n")
    }

    @Test("a file deleted while open is not made anew silently: the edits stay, and save-as writes them elsewhere")
    func failedSave() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        try TavleBinary.run(["new", "partnerskab", "sub/m.md"], in: folder.path)
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) sub/m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try FileManager.default.removeItem(atPath: folder.path + "/sub")
        try session.press("Space")
        let failed = try session.waitFor(all: ["IKKE GEMT", "Filen er slettet eller flyttet", "g = genskab"])
        #expect(failed.contains { $0.contains("[x] Fortæl deltagerne") }, "the tick is kept in memory")
        try session.press("s", "C-u")
        try session.type("reddet.md")
        try session.press("Enter")
        try session.waitFor(text: "Gemt som reddet.md")
        #expect(try folder.read("reddet.md").contains("- [x] Fortæl deltagerne"))
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("kits, check and replay work from the command line")
    func commandLine() throws {
        let folder = try TemporaryFolder()
        let kits = try TavleBinary.run(["kits"], in: folder.path)
        #expect(kits.output.split(separator: "\n").count == 5)
        #expect(kits.output.contains("partnerskab"))
        let version = try TavleBinary.run(["--version"], in: folder.path)
        #expect(version.output.first?.isNumber == true)
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let check = try TavleBinary.run(["check", "m.md"], in: folder.path)
        #expect(check.status == 0 && check.output.isEmpty)
        let replay = try TavleBinary.run(["replay", "m.md", "--keys", "3aRådhuset<Enter>L", "--size", "80x24"], in: folder.path)
        #expect(replay.status == 0)
        #expect(replay.output.contains("▶1 Rådhuset"))
        #expect(try !folder.read("m.md").contains("Rådhuset"), "replay writes nothing without --save")
        try TavleBinary.run(["replay", "m.md", "--keys", "3aRådhuset<Enter>", "--save"], in: folder.path)
        #expect(try folder.read("m.md").contains("- Rådhuset"))
    }
}

extension Tmux {
    /// Resizes the window, as a person dragging the terminal's corner would.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }
}

extension TavleBinary {
    /// The process id of the `tavle` whose working folder is `folder`.
    /// Every running tavle whose working folder is `folder`.
    static func pids(in folder: String) -> [pid_t] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { entry in
            guard let pid = pid_t(entry),
                  let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/exe"),
                  exe.hasSuffix("/tavle"),
                  let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/cwd"),
                  cwd == folder || cwd == (folder as NSString).resolvingSymlinksInPath
            else { return nil }
            return pid
        }
    }

    static func pidOfRunning(in folder: String) throws -> pid_t {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = pid_t(entry),
                      let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/exe"),
                      exe.hasSuffix("/tavle"),
                      let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/cwd"),
                      cwd == folder || cwd == (folder as NSString).resolvingSymlinksInPath
                else { continue }
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw NoProcess()
    }

    struct NoProcess: Error {}

    /// Waits until process `pid` is gone altogether, collected by its parent; records an issue
    /// if it never is. Dead is not enough: the next Tavle keeps the temporary files of every
    /// process that still exists, a zombie too, and a tavle whose tmux server ended first is
    /// left to init, which here collects it a second or two later.
    static func waitUntilGone(_ pid: pid_t, sourceLocation: SourceLocation = #_sourceLocation) {
        waitUntil("process \(pid) to be gone", interval: 0.005, sourceLocation: sourceLocation) { kill(pid, 0) != 0 }
    }
}
