import Glibc
import TavleCore

/// The workshop file as Tavle last read or wrote it, so a change made by someone else (a
/// colleague's editor, `git pull`, a second machine) is noticed before it is overwritten.
///
/// During a meeting it is used only on `BackgroundSaver`'s thread, which is what makes
/// handing it there safe.
final class DocumentFile: @unchecked Sendable {
    /// What identifies one version of a file on disk.
    struct Version: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec

        /// Whether both name the same file on disk, whatever its content.
        func sameFile(as other: Version?) -> Bool {
            other.map { $0.device == device && $0.inode == inode } ?? false
        }

        /// Versions are equal when nothing identifying the file on disk differs.
        static func == (lhs: Version, rhs: Version) -> Bool {
            lhs.device == rhs.device && lhs.inode == rhs.inode && lhs.size == rhs.size
                && lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
        }
    }

    private(set) var path: String
    private var known: Version?

    /// Remembers the version on disk now, right after the file was read.
    init(path: String) {
        self.path = path
        known = Self.version(of: path)
    }

    /// The version on disk now; nil when there is no file.
    static func version(of path: String) -> Version? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Version(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: info.st_mtim)
    }

    /// Writes the workshop unless the file changed since Tavle last read or wrote it.
    func save(_ workshop: Workshop) -> Result<String, SaveFailure> {
        if let now = Self.version(of: path), now != known {
            return .failure(SaveFailure(path: path, reason: .changedOutside))
        }
        return write(workshop, to: path)
    }

    /// Writes to a new path and continues there.
    func save(_ workshop: Workshop, as newPath: String) -> Result<String, SaveFailure> {
        let result = write(workshop, to: newPath)
        if case .success = result { path = newPath }
        return result
    }

    /// Settles a change from outside; the version not kept in the file is saved beside it.
    func resolveOutsideChange(keepMine: Bool, mine: Workshop) -> AppEvent {
        let copy = conflictCopyPath()
        if keepMine {
            let theirs: [UInt8]
            do { theirs = try WorkshopStore.readBytes(path) } catch {
                return .saved(.failure(SaveFailure(path: path, reason: .unreadable(error.error.problem))))
            }
            if case .failure(let failure) = WorkshopStore.writeBytes(theirs, to: copy) { return .saved(.failure(failure)) }
            if case .failure(let failure) = write(mine, to: path) { return .saved(.failure(failure)) }
            return .outsideChangeResolved(theirs: nil, copy: copy)
        }
        let theirs: Workshop
        do { theirs = try WorkshopStore.read(path) } catch {
            // Theirs cannot be read as a workshop: keep ours in the file, theirs beside it.
            return resolveOutsideChange(keepMine: true, mine: mine)
        }
        if case .failure(let failure) = WorkshopStore.write(mine, to: copy) { return .saved(.failure(failure)) }
        known = Self.version(of: path)
        return .outsideChangeResolved(theirs: theirs, copy: copy)
    }

    private func write(_ workshop: Workshop, to target: String) -> Result<String, SaveFailure> {
        let result = WorkshopStore.write(workshop, to: target)
        if case .success = result { known = Self.version(of: target) }
        return result
    }

    /// `NAME.conflict-DATE-TIME.md` beside the file, numbered if taken.
    private func conflictCopyPath() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        strftime(&buffer, buffer.count, "%Y-%m-%d-%H%M%S", &parts)
        let base = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
        var candidate = "\(base).conflict-\(String(cString: buffer)).md"
        var number = 2
        while PathName.exists(candidate) {
            candidate = "\(base).conflict-\(String(cString: buffer))-\(number).md"
            number += 1
        }
        return candidate
    }
}
