import Glibc
import TavleCore

/// Reads and writes workshop files. Writes replace the file atomically: a temporary file in
/// the same folder is written and flushed to disk, then renamed over the old one, so a crash
/// at any moment leaves either the old file or the new one.
enum WorkshopStore {
    /// Reads and parses a workshop or kit file.
    static func read(_ path: String) throws(FileProblem) -> Workshop {
        let text = try readText(path)
        do {
            return try WorkshopParser.parse(text)
        } catch {
            throw FileProblem(file: path, error: error)
        }
    }

    /// Reads a UTF-8 text file (a workshop, a theme, the config).
    static func readText(_ path: String) throws(FileProblem) -> String {
        let bytes = try readBytes(path)
        do {
            return try WorkshopParser.decode(bytes)
        } catch {
            throw FileProblem(file: path, error: error)
        }
    }

    /// Reads a file's bytes, refusing what is not a regular file.
    static func readBytes(_ path: String) throws(FileProblem) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileProblem(file: path, .system(systemReason())) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileProblem(file: path, .system(systemReason())) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw FileProblem(file: path, info.st_mode & S_IFMT == S_IFDIR ? .isFolder : .notRegularFile)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileProblem(file: path, .system(systemReason()))
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Whether the file starts like a Tavle file, so a folder's other Markdown files (a
    /// README) are left alone while broken workshops are still reported.
    static func startsLikeWorkshop(_ path: String) -> Bool {
        let head = (try? readBytes(path).prefix(10)).map { String(decoding: $0, as: UTF8.self) }
        return head?.hasPrefix("<!-- tavle") == true
    }

    /// Writes the workshop to `path` by atomic replace; the error names the system's reason.
    static func write(_ workshop: Workshop, to path: String) -> Result<String, SaveFailure> {
        write(WorkshopSerializer.serialize(workshop), to: path)
    }

    /// Writes text to `path` by atomic replace.
    static func write(_ text: String, to path: String) -> Result<String, SaveFailure> {
        writeBytes(Array(text.utf8), to: path)
    }

    /// Writes bytes to `path` by atomic replace.
    static func writeBytes(_ content: [UInt8], to path: String) -> Result<String, SaveFailure> {
        let folder = PathName.folder(of: path)
        let temporary = folder + "/." + PathName.fileName(of: path) + ".tavle-tmp-\(getpid())"
        func fail() -> Result<String, SaveFailure> {
            let reason = systemReason()
            unlink(temporary)
            return .failure(SaveFailure(path: path, reason: .system(reason)))
        }
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o777 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return .failure(SaveFailure(path: path, reason: .system(systemReason()))) }
        var bytes = content[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                close(descriptor)
                return fail()
            }
            bytes = bytes.dropFirst(written)
        }
        guard fsync(descriptor) == 0 else { close(descriptor); return fail() }
        guard close(descriptor) == 0 else { return fail() }
        guard rename(temporary, path) == 0 else { return fail() }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return .success(path)
    }

    /// Removes temporary files a killed Tavle left beside `path`: ones whose process is gone.
    /// Returns how many were removed.
    @discardableResult
    static func removeStaleTemporaryFiles(besides path: String) -> Int {
        let folder = PathName.folder(of: path)
        let prefix = "." + PathName.fileName(of: path) + ".tavle-tmp-"
        let names = PathName.entries(of: folder)
        var removed = 0
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)) else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
            if unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    /// Creates a new file, refusing to replace one that exists.
    static func create(_ workshop: Workshop, at path: String) -> Result<String, SaveFailure> {
        if PathName.exists(path) {
            return .failure(SaveFailure(path: path, reason: .exists))
        }
        return write(workshop, to: path)
    }

    private static func systemReason() -> SystemError {
        SystemError(errno: errno)
    }
}

extension SystemError {
    /// The error for an `errno` value.
    init(errno code: Int32) {
        switch code {
        case ENOENT: self = .noSuchFile
        case EACCES, EPERM: self = .permissionDenied
        case ENOSPC, EDQUOT: self = .diskFull
        case EROFS: self = .readOnlyFileSystem
        case ENOTDIR: self = .notAFolder
        default: self = .other(String(cString: strerror(code)))
        }
    }
}
