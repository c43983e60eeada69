import TavlePlatform

/// A fresh folder under `$TMPDIR` (or /tmp) for one test, so tests of real files never see
/// each other's; the test removes it with `remove()` in a `defer`.
struct ScratchFolder {
    let path: String

    /// Creates the folder; fails the test run when the system will not make one.
    init() {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((base + "/tavle-platform-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed: errno \(errno)") }
        path = String(cString: made)
    }

    /// Removes the folder and the files in it.
    func remove() {
        if let directory = opendir(path) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(path + "/" + name) }
            }
            closedir(directory)
        }
        rmdir(path)
    }

    /// Creates an empty file `name` in the folder and returns its path.
    func file(_ name: String) -> String {
        let file = path + "/" + name
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        precondition(descriptor >= 0, "cannot create \(file): errno \(errno)")
        close(descriptor)
        return file
    }
}
