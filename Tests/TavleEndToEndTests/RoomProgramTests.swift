import Foundation
import Testing

/// The room's server is a program of its own (`tavle-room`, beside `tavle`), started when the
/// room opens: it must never outlive the Tavle that started it, however Tavle ends, and a
/// Tavle installed without it says so and goes on with the workshop.
@Suite("End to end: the room's program", .serialized)
struct RoomProgramTests {
    /// Tavle's process: the one running the binary with the workshop's folder as its folder.
    static func tavleProcess(in folder: String) throws -> Int32 {
        var found: Int32?
        try waitUntil("tavle's process") {
            found = Processes.all().first { Processes.executable($0) == TavleBinary.realPath && Processes.folder($0) == folder }
            return found != nil
        }
        return found!
    }

    /// The room's program started by `parent`.
    static func roomProcess(of parent: Int32) throws -> Int32 {
        var found: Int32?
        try waitUntil("tavle-room started by tavle") {
            found = Processes.all().first { Processes.parent(of: $0) == parent && Processes.name($0) == "tavle-room" }
            return found != nil
        }
        return found!
    }

    @Test("no tavle-room before the room opens; it ends when the room closes (w), when Tavle quits, and when Tavle is killed")
    func endsWithTavle() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 140, height: 40)
        try session.waitFor(text: "Trin")
        let tavle = try Self.tavleProcess(in: folder.path)
        #expect(!Processes.all().contains { Processes.parent(of: $0) == tavle }, "nothing of the room runs before it opens")
        try session.press("w")
        try session.waitFor(text: "Rummet er åbent")
        let first = try Self.roomProcess(of: tavle)
        #expect(Processes.group(of: first) == first, "a process group of its own: the terminal's signals reach Tavle only")
        try session.press("w")
        try waitUntil("the room's program ends with the room") { !Processes.isRunning(first) }
        try session.press("w")
        try session.waitFor(text: "Rummet er åbent")
        let second = try Self.roomProcess(of: tavle)
        kill(tavle, SIGKILL)
        try waitUntil("a killed Tavle takes its room with it") { !Processes.isRunning(second) }

        let (again, quitting) = try Tmux.newWorkshop(kit: "partnerskab", width: 140, height: 40, options: " --room")
        try quitting.waitFor(text: "Rummet er åbent")
        let third = try Self.roomProcess(of: try Self.tavleProcess(in: again.path))
        try quitting.press("q")
        try quitting.waitUntilExited()
        #expect(!Processes.isRunning(third), "quitting has ended the room's program before Tavle itself ends")
    }

    @Test("a Tavle without tavle-room beside it says so when the room opens, and the workshop goes on")
    func missingProgram() throws {
        let folder = try TemporaryFolder()
        let alone = folder.path + "/bin/tavle"
        try FileManager.default.createDirectory(atPath: folder.path + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TavleBinary.path, toPath: alone)
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let session = try Tmux(width: 140, height: 40, command: "\(alone) m.md --room", directory: folder.path)
        let screen = try session.waitFor(text: "Rummet kunne ikke åbnes")
        #expect(screen.joined().contains("tavle-room: No such file or directory"), "\(screen.last ?? "")")
        try session.press("3", "a")
        try session.type("Biblioteket")
        try session.press("Enter", "Escape")
        try waitUntil("the workshop goes on") { try folder.read("m.md").contains("- Biblioteket") }
        try session.press("q")
        try session.waitUntilExited()
    }
}

extension TavleBinary {
    /// The binary's path with links resolved, as `/proc/PID/exe` shows it.
    static var realPath: String { URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
}

/// What `/proc` tells about processes.
enum Processes {
    static func all() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }
    }

    static func executable(_ pid: Int32) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
    }

    static func folder(_ pid: Int32) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")
    }

    /// The fields of `/proc/PID/stat` after the name: state, parent, process group, ...
    private static func stat(_ pid: Int32) -> [Substring]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }

    static func name(_ pid: Int32) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func parent(of pid: Int32) -> Int32? { stat(pid).flatMap { Int32($0[1]) } }

    static func group(of pid: Int32) -> Int32? { stat(pid).flatMap { Int32($0[2]) } }

    /// Running: there, and not a zombie waiting to be reaped (a reparented child may stay one
    /// where nothing reaps orphans).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let state = stat(pid)?.first else { return false }
        return state != "Z" && state != "X"
    }
}
