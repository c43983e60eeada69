import Foundation
import Testing

@Suite("End to end: edits from outside", .serialized)
struct OutsideChangeEndToEndTests {
    /// Starts Tavle on a new workshop, then changes the file behind its back, as git pull would.
    func changedBehindTheBack() throws -> (TemporaryFolder, Tmux) {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        try session.waitFor(text: "✓ Gemt")
        let theirs = try folder.read("m.md").replacingOccurrences(of: "# Sådan kommer et partnerskab i stand", with: "# Kollegaens udgave")
        // No pause for the clock: written as a new file renamed over the old, as editors and
        // git do, the change has another inode and size, which Tavle compares besides the times.
        try folder.write(theirs, to: "m.md")
        try session.press("Space")
        try session.waitFor(text: "ændret uden for Tavle")
        return (folder, session)
    }

    func conflictCopy(in folder: TemporaryFolder) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".conflict-") }
        #expect(names.count == 1)
        return try folder.read(try #require(names.first))
    }

    @Test("loading theirs: their version on screen and in the file, ours kept as a conflict copy")
    func loadTheirs() throws {
        let (folder, session) = try changedBehindTheBack()
        #expect(try folder.read("m.md").contains("# Kollegaens udgave"), "nothing overwritten while asking")
        try session.press("i")
        try session.waitFor(text: "Kollegaens udgave")
        try session.waitFor(text: "Din version er gemt i")
        #expect(try folder.read("m.md").contains("# Kollegaens udgave"))
        let ours = try conflictCopy(in: folder)
        #expect(ours.contains("- [x] Fortæl deltagerne") && ours.contains("# Sådan kommer et partnerskab i stand"))
        try session.press("j", "Space")
        try session.waitFor(text: "✓ Gemt")
        #expect(try folder.read("m.md").contains("# Kollegaens udgave"), "later saves write on top of theirs")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("keeping ours: ours in the file, theirs kept as a conflict copy")
    func keepMine() throws {
        let (folder, session) = try changedBehindTheBack()
        try session.press("b")
        try session.waitFor(text: "Versionen fra disken er gemt i")
        let file = try folder.read("m.md")
        #expect(file.contains("- [x] Fortæl deltagerne") && file.contains("# Sådan kommer et partnerskab i stand"))
        #expect(try conflictCopy(in: folder).contains("# Kollegaens udgave"))
        try session.press("q")
        try session.waitUntilExited()
    }
}
