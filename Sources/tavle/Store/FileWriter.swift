import TavleCore
import TavlePlatform

/// Puts new bytes into a file so that a crash at any moment leaves the old content or the new,
/// and nothing about the file changes but its content: its links, mode, owner, group, ACLs and
/// extended attributes stay as they were.
///
/// Normally a temporary file is written beside the target (created exclusively, at a random
/// name, never through a link), given the target's owner, mode and attributes, flushed, and
/// renamed over it: what git, SQLite's rollback and vim's default do. Where a rename would
/// break something (the file has other hard links, or its owner or attributes cannot be given
/// to a new file) the new content is written *in place* after a durable copy of it, the
/// journal, is on disk; a crash during that write is finished at the next start from the
/// journal. That is vim's `backupcopy=auto`, with SQLite's roll-forward.
enum FileWriter {
    /// Writes `content` to `target`; a new file is created with the usual mode (0666 less the
    /// umask). Never follows a symbolic link at `target`: a link there is replaced.
    static func write(_ content: [UInt8], to target: String) -> Result<Void, SystemError> {
        var existing = stat()
        let exists = lstat(target, &existing) == 0
        if exists, existing.st_mode & S_IFMT == S_IFDIR { return .failure(.other(String(cString: strerror(EISDIR)))) }
        let regular = exists && existing.st_mode & S_IFMT == S_IFREG
        let folder = PathName.folder(of: target)
        let name = PathName.fileName(of: target)
        let temporary: String, descriptor: Int32
        switch createTemporary(in: folder, besides: name, mode: regular ? 0o600 : 0o666) {
        case .success(let created): (temporary, descriptor) = created
        case .failure(let error): return .failure(error)
        }
        func fail(_ error: SystemError) -> Result<Void, SystemError> {
            close(descriptor)
            unlink(temporary)
            return .failure(error)
        }
        if case .failure(let error) = writeAll(content, to: descriptor) { return fail(error) }
        // Everything about the old file that a new one would lose; what cannot be carried
        // over means the file is written in place instead.
        var inPlace = regular && existing.st_nlink > 1
        if regular, !inPlace {
            inPlace = !carryOver(from: target, existing, to: descriptor)
        }
        guard fsync(descriptor) == 0 else { return fail(SystemError(errno: errno)) }
        guard close(descriptor) == 0 else { unlink(temporary); return .failure(SystemError(errno: errno)) }
        if inPlace {
            let journal = folder + "/" + DerivedName.journal(for: name)
            guard rename(temporary, journal) == 0 else { let error = SystemError(errno: errno); unlink(temporary); return .failure(error) }
            syncFolder(folder)
            let written = overwrite(target, with: content)
            // On failure the journal stays: it holds the new content whole, for the next
            // save to replace or the next start to roll forward.
            if case .success = written {
                unlink(journal)
                syncFolder(folder)
            }
            return written
        }
        guard rename(temporary, target) == 0 else { let error = SystemError(errno: errno); unlink(temporary); return .failure(error) }
        syncFolder(folder)
        return .success(())
    }

    /// Finishes an in-place write a crash interrupted: the journal beside `target` holds the
    /// whole new content (it was flushed before the write began), so it is written again.
    /// Returns whether there was one.
    @discardableResult
    static func recoverInterruptedWrite(of target: String) -> Bool {
        let journal = PathName.folder(of: target) + "/" + DerivedName.journal(for: PathName.fileName(of: target))
        var info = stat()
        guard lstat(journal, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              info.st_uid == geteuid() || geteuid() == 0,
              let content = try? WorkshopStore.readBytes(journal) else { return false }
        guard case .success = overwrite(target, with: content) else { return false }
        unlink(journal)
        syncFolder(PathName.folder(of: target))
        return true
    }

    /// Removes temporary files that Tavles which are gone left in `folder` (killed during a
    /// save or a save-as); files of running Tavles and other people's files stay.
    @discardableResult
    static func removeStaleTemporaryFiles(in folder: String) -> Int {
        var removed = 0
        for name in PathName.entries(of: folder) {
            guard let pid = DerivedName.temporaryOwner(name), pid > 0 else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                  info.st_uid == geteuid() || geteuid() == 0 else { continue }
            if unlink(path) == 0 { removed += 1 }
        }
        return removed
    }

    /// A new file beside `name` that nobody else can have prepared: `O_EXCL` at a random name,
    /// `O_NOFOLLOW` so a planted link is never written through.
    private static func createTemporary(in folder: String, besides name: String, mode: mode_t) -> Result<(String, Int32), SystemError> {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let path = folder + "/" + DerivedName.temporary(for: name, pid: getpid(), random: random.next())
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return .success((path, descriptor)) }
            if errno != EEXIST { return .failure(SystemError(errno: errno)) }
        }
        return .failure(SystemError(errno: EEXIST))
    }

    private static func writeAll(_ content: [UInt8], to descriptor: Int32, at offset: Int? = nil) -> Result<Void, SystemError> {
        var done = 0
        while done < content.count {
            let written = content.withUnsafeBytes { bytes in
                let start = bytes.baseAddress! + done
                return offset.map { pwrite(descriptor, start, bytes.count - done, off_t($0 + done)) }
                    ?? TavlePlatform.write(descriptor, start, bytes.count - done)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError(errno: errno))
            }
            done += written
        }
        return .success(())
    }

    /// Gives the new file the old one's owner, group, mode and extended attributes (ACLs are
    /// extended attributes on Linux). False when any of it cannot be done.
    private static func carryOver(from target: String, _ existing: stat, to descriptor: Int32) -> Bool {
        var mine = stat()
        guard fstat(descriptor, &mine) == 0 else { return false }
        if mine.st_uid != existing.st_uid || mine.st_gid != existing.st_gid {
            guard fchown(descriptor, existing.st_uid, existing.st_gid) == 0 else { return false }
        }
        guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else { return false }
        let source = open(target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard source >= 0 else { return errno == EACCES ? false : true }
        defer { close(source) }
        // A file system without extended attributes has none to lose.
        guard let names = ExtendedAttributes.names(of: source) else { return errno == ENOTSUP }
        for name in names {
            guard let value = ExtendedAttributes.value(of: name, on: source),
                  ExtendedAttributes.set(name, to: value, on: descriptor) else { return false }
        }
        return true
    }

    /// Writes `content` over the file's old bytes, then cuts it to length and flushes it.
    private static func overwrite(_ target: String, with content: [UInt8]) -> Result<Void, SystemError> {
        let descriptor = open(target, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(SystemError(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(.other(String(cString: strerror(EINVAL)))) }
        if case .failure(let error) = writeAll(content, to: descriptor, at: 0) { return .failure(error) }
        guard ftruncate(descriptor, off_t(content.count)) == 0, fsync(descriptor) == 0 else { return .failure(SystemError(errno: errno)) }
        return .success(())
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}
