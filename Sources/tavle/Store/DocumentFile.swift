import TavleCore
import TavlePlatform

/// The workshop file as Tavle last read or wrote it, with its one-writer lock, so a change made
/// by someone else (a colleague's editor, `git pull`, a second machine) is noticed before it is
/// overwritten, and a file deleted or moved away is noticed instead of silently made anew.
///
/// `path` is the name the facilitator gave; `target` is the file a save writes: a symbolic
/// link is resolved when the workshop is opened, so the link stays a link, the real file gets
/// the edits, and `tavle link.md` and `tavle real.md` share one lock (SQLite resolves a
/// database's links the same way).
///
/// During a meeting it is used only on `BackgroundSaver`'s thread, which is what makes
/// handing it there safe.
final class DocumentFile: @unchecked Sendable {
    /// What identifies one version of a file on disk.
    struct Version: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: FileTime
        /// The status change time, which nobody can set back: an outside edit that restores
        /// the modification time (`touch -r`, `cp -p`) still changes it, as git's index knows.
        var changed: FileTime

        /// Whether both name the same file on disk, whatever its content.
        func sameFile(as other: Version?) -> Bool {
            other.map { $0.device == device && $0.inode == inode } ?? false
        }
    }

    private(set) var path: String
    /// The file a save writes: `path` with its links resolved.
    private(set) var target: String
    private var known: Version?
    private var lock: DocumentLock?

    /// Remembers the version on disk now, right after the file was read.
    init(path: String) {
        self.path = path
        target = PathName.resolved(path)
        known = Self.version(of: target)
    }

    /// Takes the one-writer lock; on success, first finishes a write a crash interrupted and
    /// clears away temporary files dead Tavles left. Returns why the lock was not taken.
    func takeLock() -> DocumentLock.Refusal? {
        switch DocumentLock.acquire(for: target) {
        case .success(let taken):
            lock = taken
            if FileWriter.recoverInterruptedWrite(of: target) { known = Self.version(of: target) }
            FileWriter.removeStaleTemporaryFiles(in: PathName.folder(of: target))
            return nil
        case .failure(let refusal):
            return refusal
        }
    }

    /// Remembers the version on disk now: called right after the workshop is read.
    func rememberVersionOnDisk() {
        known = Self.version(of: target)
    }

    /// Lets go of the lock.
    func releaseLock() {
        lock?.release()
        lock = nil
    }

    /// The version on disk now, not following a link; nil when there is no file.
    static func version(of path: String) -> Version? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Version(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                       modified: info.modificationTime, changed: info.statusChangeTime)
    }

    /// Writes the workshop unless the file changed, or went away, since Tavle last read or
    /// wrote it.
    func save(_ workshop: Workshop) -> Result<String, SaveFailure> {
        guard let now = Self.version(of: target) else {
            return .failure(SaveFailure(path: path, reason: errno == ENOENT ? .missing : .system(SystemError(errno: errno))))
        }
        if now != known { return .failure(SaveFailure(path: path, reason: .changedOutside)) }
        return write(workshop)
    }

    /// Writes the workshop where the file was before it was deleted or moved away: the
    /// facilitator's answer to `.missing`. A file that has appeared there since is not
    /// overwritten.
    func recreate(_ workshop: Workshop) -> Result<String, SaveFailure> {
        if Self.version(of: target) != nil { return .failure(SaveFailure(path: path, reason: .changedOutside)) }
        return write(workshop)
    }

    /// Writes to a new path and continues there. A file already there is replaced only when
    /// the facilitator said so, and never while another Tavle holds it: the new file's lock is
    /// taken before anything is written.
    func save(_ workshop: Workshop, as newPath: String, replacing: Bool) -> Result<String, SaveFailure> {
        let newTarget = PathName.resolved(newPath)
        if newTarget == target, lock != nil {
            let result = save(workshop)
            if case .success = result { path = newPath }
            return result.map { _ in newPath }
        }
        if !replacing, PathName.exists(newTarget) { return .failure(SaveFailure(path: newPath, reason: .exists)) }
        let newLock: DocumentLock
        switch DocumentLock.acquire(for: newTarget) {
        case .success(let taken): newLock = taken
        case .failure(.held(let holder)): return .failure(SaveFailure(path: newPath, reason: .heldElsewhere(holder)))
        case .failure(.unavailable(let error)): return .failure(SaveFailure(path: newPath, reason: .system(error)))
        }
        FileWriter.removeStaleTemporaryFiles(in: PathName.folder(of: newTarget))
        if case .failure(let failure) = write(workshop, to: newTarget, named: newPath) {
            newLock.release()
            return .failure(failure)
        }
        // A writer goes on writing the new file, so it is the one another Tavle must find
        // locked; a read-only Tavle only made a copy and holds nothing.
        if lock != nil {
            lock?.release()
            lock = newLock
        } else {
            newLock.release()
        }
        path = newPath
        target = newTarget
        return .success(newPath)
    }

    /// Settles a change from outside; the version not kept in the file is saved beside it.
    func resolveOutsideChange(keepMine: Bool, mine: Workshop) -> AppEvent {
        let copy = conflictCopyPath()
        if keepMine {
            let theirs: [UInt8]
            do { theirs = try WorkshopStore.readBytes(target) } catch {
                return .saved(.failure(SaveFailure(path: path, reason: .unreadable(error.error.problem))))
            }
            if case .failure(let failure) = WorkshopStore.writeBytes(theirs, to: copy) { return .saved(.failure(failure)) }
            if case .failure(let failure) = write(mine) { return .saved(.failure(failure)) }
            return .outsideChangeResolved(theirs: nil, copy: copy)
        }
        let theirs: Workshop
        do { theirs = try WorkshopStore.read(target) } catch {
            // Theirs cannot be read as a workshop: keep ours in the file, theirs beside it.
            return resolveOutsideChange(keepMine: true, mine: mine)
        }
        if case .failure(let failure) = WorkshopStore.write(mine, to: copy) { return .saved(.failure(failure)) }
        known = Self.version(of: target)
        return .outsideChangeResolved(theirs: theirs, copy: copy)
    }

    /// Writes the workshop to its file (or to `destination`, shown as `name`) and remembers
    /// the version written.
    private func write(_ workshop: Workshop, to destination: String? = nil, named name: String? = nil) -> Result<String, SaveFailure> {
        let destination = destination ?? target
        let name = name ?? path
        switch FileWriter.write(Array(WorkshopSerializer.serialize(workshop).utf8), to: destination) {
        case .success:
            known = Self.version(of: destination)
            return .success(name)
        case .failure(let error):
            return .failure(SaveFailure(path: name, reason: .system(error)))
        }
    }

    /// `NAME.conflict-DATE-TIME.md` beside the file, numbered if taken, shortened to fit.
    private func conflictCopyPath() -> String {
        let stamp = SystemClock.localStamp("%Y-%m-%d-%H%M%S")
        // Beside the real file; named from the folder the facilitator gave, unless that
        // folder only held a link to it.
        let given = PathName.folder(of: path)
        let folder = PathName.resolved(given) == PathName.folder(of: target) ? given : PathName.folder(of: target)
        let name = PathName.fileName(of: target)
        var number = 1
        while PathName.exists(PathName.join(folder, DerivedName.conflictCopy(of: name, stamp: stamp, number: number))) { number += 1 }
        return PathName.join(folder, DerivedName.conflictCopy(of: name, stamp: stamp, number: number))
    }
}
