import TavleCore
import TavlePlatform

/// Reads and writes workshop files. Writes go through `FileWriter`, so a crash at any moment
/// leaves either the old file or the new one.
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
            let count = buffer.withUnsafeMutableBytes { TavlePlatform.read(descriptor, $0.baseAddress, $0.count) }
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

    /// Writes bytes to `path` by atomic replace, keeping the file's links, owner, mode and
    /// attributes (`FileWriter`).
    static func writeBytes(_ content: [UInt8], to path: String) -> Result<String, SaveFailure> {
        FileWriter.write(content, to: path).map { path }.mapError { SaveFailure(path: path, reason: .system($0)) }
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
