import Testing
import TavlePlatform

/// What `tavle view` sleeps on: a descriptor that wakes when its file's folder changes, or
/// nil where the system has no such notice, so the run loop falls back to looking.
@Suite("Folder changes")
struct FolderChangesTests {
    /// Whether `descriptor` can be read within `milliseconds`.
    private func readable(_ descriptor: Int32, within milliseconds: Int32) -> Bool {
        var polled = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        return poll(&polled, 1, milliseconds) == 1 && polled[0].revents & Int16(POLLIN) != 0
    }

    #if os(Linux)
    /// Quiet while nothing happens; readable once a file is renamed into the folder, which is
    /// how every save arrives.
    @Test func wakesWhenAFileIsRenamedIntoTheFolder() throws {
        let folder = ScratchFolder()
        defer { folder.remove() }
        let scratch = folder.file(".workshop.md.tmp")
        let descriptor = try #require(FolderChanges.descriptor(watching: folder.path))
        defer { close(descriptor) }
        #expect(!readable(descriptor, within: 0))
        #expect(rename(scratch, folder.path + "/workshop.md") == 0)
        #expect(readable(descriptor, within: 5_000))
    }

    /// A folder that is not there cannot be watched.
    @Test func missingFolderIsNil() {
        #expect(FolderChanges.descriptor(watching: "/nonexistent/tavle/folder") == nil)
    }
    #else
    /// Without inotify there is no descriptor, and the caller polls the file.
    @Test func absentWithoutInotify() {
        let folder = ScratchFolder()
        defer { folder.remove() }
        #expect(FolderChanges.descriptor(watching: folder.path) == nil)
    }
    #endif
}
