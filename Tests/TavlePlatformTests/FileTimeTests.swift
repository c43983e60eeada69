import Testing
import TavlePlatform

/// The time stamps `DocumentFile` compares to notice an outside change and the start screen
/// sorts by: read from the real `stat` fields, to the nanosecond.
@Suite("File times")
struct FileTimeTests {
    /// The modification time a file was given is the one read back, nanoseconds included
    /// (a save within the same second must still count as a change).
    @Test func modificationTimeIsReadToTheNanosecond() {
        let folder = ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("workshop.md")
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 123_456_789), timespec(tv_sec: 1_700_000_000, tv_nsec: 123_456_789)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.modificationTime == FileTime(seconds: 1_700_000_000, nanoseconds: 123_456_789))
    }

    /// Setting the modification time back (`touch -r`, `cp -p`) moves the status change time
    /// forward: what lets an outside edit that hides its date still be noticed.
    @Test func statusChangeTimeCannotBeSetBack() {
        let folder = ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("workshop.md")
        var before = stat()
        #expect(stat(path, &before) == 0)
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.modificationTime == FileTime(seconds: 1_000_000_000, nanoseconds: 0))
        #expect(after.statusChangeTime >= before.statusChangeTime)
        #expect(after.statusChangeTime > after.modificationTime)
    }

    /// Times order by seconds, then nanoseconds, as the start screen lists newest first.
    @Test func timesOrderBySecondsThenNanoseconds() {
        let times = [FileTime(seconds: 2, nanoseconds: 0), FileTime(seconds: 1, nanoseconds: 999_999_999), FileTime(seconds: 2, nanoseconds: 1)]
        #expect(times.sorted() == [FileTime(seconds: 1, nanoseconds: 999_999_999), FileTime(seconds: 2, nanoseconds: 0), FileTime(seconds: 2, nanoseconds: 1)])
    }
}
