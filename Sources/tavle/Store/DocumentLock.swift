import TavleCore
import TavlePlatform

/// One writer per workshop: an exclusive `flock` on a hidden `.NAME.lock` beside the file.
///
/// The kernel drops the lock when its holder exits or is killed, so a crash never leaves a
/// stale lock behind; the file's text only says who holds it, for the message a second Tavle
/// shows. The workshop file itself cannot carry the lock, since every save replaces it.
///
/// The lock file is never followed through a link (`O_NOFOLLOW`; anything but a regular file
/// is refused), and after locking Tavle checks that the name still leads to the file it
/// locked: the holder removes the file when it lets go, and a Tavle that opened the old file
/// just before would otherwise hold a lock nobody else can see (git and SQLite's dot-file
/// locking face the same race and check the same way).
final class DocumentLock {
    private let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file for a workshop (the file a save writes, links resolved).
    static func lockPath(for document: String) -> String {
        PathName.folder(of: document) + "/" + DerivedName.lock(for: PathName.fileName(of: document))
    }

    /// At most this much of a lock file is read for the holder's name: a lock file is one short
    /// line, and a huge one planted there must not cost the time and memory of reading it.
    static let holderBytes = 512

    /// Takes the lock, or says why not: who holds it ("root@host, pid 123, 2026-11-23 15:02":
    /// no words, since the Tavle that reads it may speak another language), or what stopped
    /// Tavle from taking it. A lock that cannot be taken means the workshop opens read-only.
    static func acquire(for document: String) -> Result<DocumentLock, Refusal> {
        let path = lockPath(for: document)
        for _ in 0..<8 {
            let descriptor: Int32
            switch open(lockFileAt: path, sharedWithGroup: isSharedFolder(PathName.folder(of: document))) {
            case .success(let opened): descriptor = opened
            case .failure(let refusal): return .failure(refusal)
            }
            testPause()
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = readHolder(descriptor)
                close(descriptor)
                return .failure(.held(holder))
            }
            // The holder before us may have removed the file between our open and our lock:
            // then we hold a lock on a file nobody else can find. Start again.
            guard names(descriptor, path) else {
                close(descriptor)
                continue
            }
            var bytes = Array("\(Account.userName)@\(Account.hostName), pid \(getpid()), \(SystemClock.localStamp("%Y-%m-%d %H:%M"))\n".utf8)
            if ftruncate(descriptor, 0) == 0 { _ = pwrite(descriptor, &bytes, bytes.count, 0) }
            return .success(DocumentLock(path: path, descriptor: descriptor))
        }
        return .failure(.unavailable(.other(String(cString: strerror(EAGAIN)))))
    }

    /// Lets go of the lock: the file is removed while still locked, so nobody can take the
    /// lock on a file that is about to disappear without noticing (see `acquire`).
    func release() {
        guard descriptor >= 0 else { return }
        if Self.names(descriptor, path) { unlink(path) }
        close(descriptor)
        descriptor = -1
    }

    /// Why the lock was not taken.
    enum Refusal: Error, Equatable {
        /// Another Tavle holds it; who, when the lock file says.
        case held(String?)
        /// The lock file could not be made or opened: the folder is not writable, the lock
        /// belongs to someone who shares no group with us, or something that is not a plain
        /// file was put in its place.
        case unavailable(SystemError)
    }

    /// Opens (or creates) the lock file without following links. Another person's lock file
    /// that we may read but not write still locks: `flock` needs no write permission.
    private static func open(lockFileAt path: String, sharedWithGroup: Bool) -> Result<Int32, Refusal> {
        var descriptor = TavlePlatform.open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, sharedWithGroup ? 0o664 : 0o644)
        if descriptor < 0, errno == EACCES {
            descriptor = TavlePlatform.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            if descriptor < 0 { errno = EACCES }
        }
        guard descriptor >= 0 else {
            return .failure(.unavailable(errno == ELOOP ? .notARegularFile : SystemError(errno: errno)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(.unavailable(.notARegularFile))
        }
        if sharedWithGroup, info.st_uid == geteuid(), info.st_mode & 0o020 == 0 {
            // Ours, in a folder a group shares: the group's Tavles must be able to lock it too.
            fchmod(descriptor, (info.st_mode & 0o777) | 0o060)
        }
        return .success(descriptor)
    }

    /// Whether `path` still leads to the file `descriptor` has open (not a newer lock file).
    private static func names(_ descriptor: Int32, _ path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && lstat(path, &named) == 0
            && open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// For the end-to-end test of the race `acquire` guards against: a pause between opening
    /// and locking, as a busy machine may make, until the file `TAVLE_TEST_LOCK_GATE` names
    /// exists. The test creates it once the other Tavles have done their part, so the race
    /// happens in the same order on a fast machine and a slow one; after 30 s the pause ends
    /// anyway, so a test that never opens the gate cannot hang. Nothing but that test sets it.
    private static func testPause() {
        guard let gate = Account.environment("TAVLE_TEST_LOCK_GATE"), !gate.isEmpty else { return }
        for _ in 0..<3_000 {
            if access(gate, F_OK) == 0 { return }
            usleep(10_000)
        }
    }

    /// A folder people share through a group: writable by its group.
    private static func isSharedFolder(_ folder: String) -> Bool {
        var info = stat()
        return stat(folder, &info) == 0 && info.st_mode & 0o020 != 0
    }

    /// The first line of the lock file, read from a bounded prefix.
    private static func readHolder(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: holderBytes)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let line = buffer[..<count].prefix { $0 != 0x0A }
        let text = String(decoding: line, as: UTF8.self).trimmingWhitespace
        return text.isEmpty ? nil : String(text)
    }
}
