import Glibc
import TavleCore

/// One writer per workshop: an exclusive `flock` on a hidden `.NAME.lock` beside the file.
///
/// The kernel drops the lock when its holder exits or is killed, so a crash never leaves a
/// stale lock behind; the file's text only says who holds it, for the message a second Tavle
/// shows. The workshop file itself cannot carry the lock, since every save replaces it.
final class DocumentLock {
    private let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file for a workshop.
    static func lockPath(for document: String) -> String {
        PathName.folder(of: document) + "/." + PathName.fileName(of: document) + ".lock"
    }

    /// Takes the lock, or says who holds it ("root@host, pid 123, 2026-11-23 15:02": no words,
    /// since the Tavle that reads it may speak another language).
    static func acquire(for document: String) -> Result<DocumentLock, Holder> {
        let path = lockPath(for: document)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            // A folder we cannot write to: nobody can save here, so nobody needs the lock.
            return .failure(Holder(description: nil, reason: SystemError(errno: errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? WorkshopStore.readBytes(path)).map { String(decoding: $0, as: UTF8.self).trimmingWhitespace }.map(String.init)
            close(descriptor)
            return .failure(Holder(description: holder?.isEmpty == false ? holder : nil, reason: nil))
        }
        let info = "\(Account.userName)@\(Account.hostName), pid \(getpid()), \(timestamp())\n"
        ftruncate(descriptor, 0)
        var bytes = Array(info.utf8)
        _ = pwrite(descriptor, &bytes, bytes.count, 0)
        return .success(DocumentLock(path: path, descriptor: descriptor))
    }

    /// Lets go of the lock and removes the lock file.
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// Who holds a lock, or why the lock could not be taken.
    struct Holder: Error {
        var description: String?
        /// Why the lock could not be taken at all; nil when another Tavle holds it.
        var reason: SystemError?
    }

    private static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M", &parts)
        return String(cString: buffer)
    }
}
