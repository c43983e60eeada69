/// A file's time stamp as `stat` reports it, to the nanosecond, so that code comparing versions
/// of a file or sorting files by age need not know that Linux calls the fields `st_mtim` and
/// `st_ctim` and macOS `st_mtimespec` and `st_ctimespec`.
public struct FileTime: Hashable, Comparable, Sendable {
    public var seconds: Int64
    public var nanoseconds: Int64

    /// A time stamp made from its parts, for tests and for files that are not there (zero).
    public init(seconds: Int64, nanoseconds: Int64) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// Reads a `timespec` as the C library hands it out.
    public init(_ spec: timespec) {
        self.init(seconds: Int64(spec.tv_sec), nanoseconds: Int64(spec.tv_nsec))
    }

    /// Older first, so files sort by age without adding up nanoseconds.
    public static func < (lhs: FileTime, rhs: FileTime) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }
}

extension stat {
    /// When the content last changed (which `touch` can set to anything).
    public var modificationTime: FileTime {
        #if canImport(Darwin)
        FileTime(st_mtimespec)
        #else
        FileTime(st_mtim)
        #endif
    }

    /// When the content or the file's status (mode, owner, links) last changed: nobody can set
    /// it back, so an outside edit that restores the modification time still shows here.
    public var statusChangeTime: FileTime {
        #if canImport(Darwin)
        FileTime(st_ctimespec)
        #else
        FileTime(st_ctim)
        #endif
    }
}
