import Foundation
import Testing

/// The built `tavle` binary, found beside the test bundle in the build folder.
enum TavleBinary {
    static let path: String = {
        if let path = ProcessInfo.processInfo.environment["TAVLE_BINARY"] { return path }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("tavle").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return "tavle"
    }()

    /// Runs `tavle` to completion without a terminal; returns status, output and errors.
    @discardableResult
    /// `prefix` runs tavle through another program, e.g. to drop privileges.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                    prefix: [String] = []) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        // Danish, as the tests read it, unless a test asks for another language.
        let base = ProcessInfo.processInfo.environment.merging(["LC_MESSAGES": "da_DK.UTF-8"]) { $1 }
        process.environment = base.merging(environment) { $1 }
        process.executableURL = URL(fileURLWithPath: prefix.first ?? path)
        process.arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [path] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // No terminal, as in cron or a script: the same whether the tests run in one or not.
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // A hang is a failure, not a wait: stop the process after a minute.
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: deadline)
        defer { deadline.cancel() }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// A private tmux server with one window running a command: the real terminal for tests.
final class Tmux {
    let socket = "tavle-test-\(UUID().uuidString.prefix(8))"
    let directory: String
    /// `$XDG_STATE_HOME` of the window: beside the workshop's folder, not in it, so the places
    /// and the theme Tavle remembers never show up among a test's files, while every window
    /// on the same folder shares them, as one laptop does.
    var stateFolder: String { directory + ".state" }

    /// Starts `command` in a detached window of the given size.
    init(width: Int, height: Int, command: String, directory: String) throws {
        self.directory = directory
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", directory,
                  "env LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME='\(directory).state' XDG_CONFIG_HOME='\(directory)/.config' LC_MESSAGES=da_DK.UTF-8 \(command)"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Sends keys by tmux's names (`Enter`, `Escape`, `Tab`, `Space`, `q`, `S-Right`, `C-c`).
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Types text literally, as a keyboard would send it (UTF-8).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Pastes text as a terminal does: bracketed (`ESC [200~ … ESC [201~`) when the program
    /// asked for it, as plain typed bytes otherwise.
    func paste(_ text: String) throws {
        let file = NSTemporaryDirectory() + "tavle-paste-\(socket)"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        try tmux(["load-buffer", "-b", "tavle-test", file])
        try tmux(["paste-buffer", "-p", "-b", "tavle-test", "-t", "0"])
    }

    /// Sends an SGR mouse report at a 0-based cell: button 0 press, motion with the button
    /// held (32), or release.
    func mouse(_ action: MouseAction, x: Int, y: Int) throws {
        let code = action == .drag ? 32 : 0
        let end = action == .release ? "m" : "M"
        try type("\u{1B}[<\(code);\(x + 1);\(y + 1)\(end)")
    }

    enum MouseAction { case press, drag, release }

    /// The visible screen, one string per row.
    func screen() throws -> [String] {
        var rows = try tmux(["capture-pane", "-p", "-t", "0"]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// A cell as tmux holds it: the character and its colours (256-colour numbers; nil for the
    /// terminal's default).
    struct ColoredCell { var character: Character; var foreground: Int?; var background: Int? }

    /// The screen with each cell's colours, read from `capture-pane -e` (SGR sequences).
    func coloredScreen() throws -> [[ColoredCell]] {
        let text = try tmux(["capture-pane", "-p", "-e", "-N", "-t", "0"])
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cells: [ColoredCell] = []
            var foreground: Int?
            var background: Int?
            var rest = Substring(line)
            while let first = rest.first {
                if first == "\u{1B}", rest.dropFirst().first == "[", let end = rest.firstIndex(of: "m") {
                    let codes = rest[rest.index(rest.startIndex, offsetBy: 2)..<end].split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                    var index = 0
                    while index < codes.count {
                        switch codes[index] {
                        case 0: foreground = nil; background = nil
                        case 30...37: foreground = codes[index] - 30
                        case 39: foreground = nil
                        case 40...47: background = codes[index] - 40
                        case 49: background = nil
                        case 90...97: foreground = codes[index] - 90 + 8
                        case 100...107: background = codes[index] - 100 + 8
                        case 38 where index + 2 < codes.count && codes[index + 1] == 5: foreground = codes[index + 2]; index += 2
                        case 48 where index + 2 < codes.count && codes[index + 1] == 5: background = codes[index + 2]; index += 2
                        default: break
                        }
                        index += 1
                    }
                    rest = rest[rest.index(after: end)...]
                } else {
                    cells.append(ColoredCell(character: first, foreground: foreground, background: background))
                    rest = rest.dropFirst()
                }
            }
            return cells
        }
    }

    /// Waits until the screen satisfies `condition`; records the screen if it never does.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = patience, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        // One look after the deadline: a condition met during the last sleep still counts.
        last = try screen()
        if condition(last) { return last }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return last
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = patience, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains { $0.contains(text) } }
    }

    /// Waits until the screen shows every one of `texts`: a capture may fall between two rows
    /// of a redraw, so everything a test reads afterwards belongs in the wait.
    @discardableResult
    func waitFor(all texts: [String], timeout: Double = patience, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor(texts.map { "'\($0)'" }.joined(separator: ", "), timeout: timeout, sourceLocation: sourceLocation) { rows in
            texts.allSatisfy { text in rows.contains { $0.contains(text) } }
        }
    }

    /// Proves that everything sent before has been handled, for a test that checks that
    /// something did NOT happen: opens the help and closes it again, then waits until the
    /// screen satisfies `condition`. Tavle reads the terminal in order, so once the help has
    /// come and gone every key and mouse report sent before `?` has been handled; no fixed
    /// sleep could promise that. Only while browsing, where `?` opens the help.
    @discardableResult
    func waitPastHelp(_ what: String, timeout: Double = patience, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: @escaping ([String]) -> Bool) throws -> [String] {
        let footer = "en anden tast lukker"
        try press("?")
        try waitFor(text: footer, timeout: timeout, sourceLocation: sourceLocation)
        try press("Escape")
        return try waitFor("\(what), after the help", timeout: timeout, sourceLocation: sourceLocation) { rows in
            !rows.contains { $0.contains(footer) } && condition(rows)
        }
    }

    /// Waits until the command in the window has ended.
    func waitUntilExited(timeout: Double = patience, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? tmux(["has-session"])) == nil { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("tavle did not exit", sourceLocation: sourceLocation)
    }

    /// Where `text` is on screen, as a 0-based cell (columns counted in characters).
    func find(_ text: String, in screen: [String]) -> (x: Int, y: Int)? {
        for (y, line) in screen.enumerated() {
            if let range = line.range(of: text) {
                return (line.distance(from: line.startIndex, to: range.lowerBound), y)
            }
        }
        return nil
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String { try tmux(arguments) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments,
                                   captureOutput: arguments.first == "capture-pane" || arguments.first == "display-message")
        guard result.status == 0 else { throw TmuxFailure(arguments: arguments) }
        return result.output
    }

    struct TmuxFailure: Error { var arguments: [String] }
}

/// How long a wait lasts before it fails. Generous, since a passing wait ends as soon as its
/// condition holds, and CI runs every suite at once on two cores.
let patience: Double = 30

/// Polls `condition` until it holds, for a positive signal outside the screen (a file's
/// content, a process gone); records an issue naming `what` and returns false if it never does.
/// `interval` is how often it looks (a poll, not a wait for something to pass).
@discardableResult
func waitUntil(_ what: String, timeout: Double = patience, interval: Double = 0.01, sourceLocation: SourceLocation = #_sourceLocation,
               _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: interval)
    }
    if try condition() { return true }
    Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
    return false
}

/// A fresh temporary folder per test, removed afterwards.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tavle-e2e-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.removeItem(atPath: path + ".state")
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
}

/// Runs a program with posix_spawn and waitpid.
///
/// Foundation's Process notices a child's exit through a descriptor the child inherits; a
/// tmux client that starts the server hands it on to the daemon, and the wait never ends.
enum Spawn {
    static func run(_ arguments: [String], captureOutput: Bool) throws -> (status: Int32, output: String) {
        var fds: [Int32] = [-1, -1]
        if captureOutput { guard pipe(&fds) == 0 else { throw SpawnFailure() } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        // swift test sets NO_COLOR for its children; each test says itself whether it wants it.
        environment.removeValue(forKey: "NO_COLOR")
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        // Spawned from a worker thread, the child would inherit that thread's blocked signals.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        if captureOutput { close(fds[1]) }
        guard spawned == 0 else {
            if captureOutput { close(fds[0]) }
            throw SpawnFailure()
        }
        var output = [UInt8]()
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                output.append(contentsOf: buffer[0..<count])
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }

    struct SpawnFailure: Error {}
}

extension Tmux {
    /// A new workshop from `kit` in a fresh folder, opened in Tavle in a window of the given size.
    static func newWorkshop(kit: String, file: String = "m.md", width: Int = 100, height: Int = 30,
                            options: String = "") throws -> (TemporaryFolder, Tmux) {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", kit, file], in: folder.path)
        let session = try Tmux(width: width, height: height, command: "\(TavleBinary.path) \(file)\(options)", directory: folder.path)
        return (folder, session)
    }
}
