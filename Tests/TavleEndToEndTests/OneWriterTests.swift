import Foundation
import Testing

@Suite("End to end: one writer", .serialized)
struct OneWriterTests {
    @Test("a second Tavle on the same workshop opens read-only and says who holds it")
    func secondIsReadOnly() throws {
        let (folder, first) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        try first.waitFor(text: "✓ Gemt")
        let second = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try second.waitFor(text: "Skrivebeskyttet")
        let before = try folder.read("m.md")
        try second.press("Space")
        try second.waitFor(all: ["åben i en anden Tavle", "pid"])  // names the holder
        // Saves run on a thread of their own, and Tavle finishes every one before it exits:
        // once the second has gone, nothing more can come from it.
        try second.press("q")
        try second.waitUntilExited()
        #expect(try folder.read("m.md") == before, "nothing written by the second")

        // The first still writes.
        try first.press("Space")
        try first.waitFor(all: ["[x] Fortæl deltagerne", "✓ Gemt"])
        #expect(try folder.read("m.md").contains("- [x] Fortæl deltagerne"))
        try first.press("q")
        try first.waitUntilExited()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.md"], "the lock file is gone")
    }

    @Test("the lock of a Tavle that was killed does not keep the next one out")
    func staleAfterCrash() throws {
        let (folder, killed) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        try killed.waitFor(text: "✓ Gemt")
        let pid = try TavleBinary.pidOfRunning(in: folder.path)
        kill(pid, SIGKILL)
        TavleBinary.waitUntilGone(pid)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/.m.md.lock"), "the lock file is left behind")
        let next = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try next.waitFor(text: "✓ Gemt")
        try next.press("Space")
        try next.waitFor(all: ["[x] Fortæl deltagerne", "✓ Gemt"])
        #expect(try folder.read("m.md").contains("- [x] Fortæl deltagerne"))
        try next.press("q")
        try next.waitUntilExited()
    }

    @Test("--read-only opens without taking the lock and changes nothing")
    func readOnlyFlag() throws {
        let (folder, viewer) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30, options: " --read-only")
        try viewer.waitFor(text: "Skrivebeskyttet")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.m.md.lock"))
        try viewer.press("3", "a")
        try viewer.waitFor(text: "--read-only")
        try viewer.press("q")
        try viewer.waitUntilExited()
    }
}

/// After save-as, the lock moves with the file being written.
@Suite("End to end: the lock follows save-as", .serialized)
struct LockFollowsSaveAsTests {
    @Test("after save-as the new file is locked and the old one is free")
    func lockMoves() throws {
        let (folder, first) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        defer { withExtendedLifetime(folder) {} }
        try first.waitFor(text: "✓ Gemt")
        try first.press("S", "C-u")
        try first.type("kopi.md")
        try first.press("Enter")
        try first.waitFor(text: "Gemt som kopi.md")
        let onCopy = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) kopi.md", directory: folder.path)
        try onCopy.waitFor(text: "✎ Skrivebeskyttet")
        try onCopy.press("q")
        try onCopy.waitUntilExited()
        let onOld = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try onOld.waitFor(text: "✓ Gemt")
        #expect(try !onOld.screen().contains { $0.contains("Skrivebeskyttet") }, "the old file is free to write")
        try onOld.press("q")
        try onOld.waitUntilExited()
        try first.press("q")
        try first.waitUntilExited()
    }
}
