/// What the operating system said went wrong with a file. The cases a facilitator meets are
/// named, so each language words them; anything rarer keeps the system's own words.
public enum SystemError: Error, Equatable, Sendable {
    /// ENOENT.
    case noSuchFile
    /// EACCES or EPERM.
    case permissionDenied
    /// ENOSPC or EDQUOT.
    case diskFull
    /// EROFS.
    case readOnlyFileSystem
    /// ENOTDIR: a part of the path is a file, not a folder.
    case notAFolder
    /// Something that is not a plain file (a link, a folder, a device) is where Tavle needs
    /// one; for a lock file, a planted link that would be written through.
    case notARegularFile
    /// Anything else, in the system's words (`strerror`).
    case other(String)
}
