import CPlatform

/// A program Tavle starts and talks to over pipes: its standard input, output and error are
/// Tavle's to write and read, nothing else of Tavle's is open in it, and it runs in its own
/// process group, so the terminal's signals (^C, ^Z, a hang-up) reach Tavle alone, which then
/// ends it. Used for the room's server (`tavle-room`), kept out of Tavle's own process so
/// that nothing of the network stack is loaded until a room opens.
public final class ChildProcess: Sendable {
    /// The child's process id.
    public let pid: pid_t
    /// Writes to the child's standard input; closing it tells the child to end.
    public let input: Int32
    /// Reads the child's standard output.
    public let output: Int32
    /// Reads the child's standard error.
    public let errors: Int32

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
    }

    /// Starts `path` with `arguments`; the error is the system's (`ENOENT` for a missing
    /// program), in its words.
    public static func start(_ path: String, arguments: [String]) -> Result<ChildProcess, ErrorNumber> {
        var pipes: [[Int32]] = []
        defer { pipes.flatMap { $0 }.forEach { _ = close($0) } }
        for _ in 0..<3 {
            var ends: [Int32] = [-1, -1]
            guard tavle_pipe2(&ends, O_CLOEXEC) == 0 else { return .failure(ErrorNumber(errno: errno)) }
            pipes.append(ends)
        }
        // The child's ends: the read end of its input, the write ends of its output and errors.
        let childEnds = [pipes[0][0], pipes[1][1], pipes[2][1]]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, end) in childEnds.enumerated() {
            posix_spawn_file_actions_adddup2(&actions, end, Int32(target))
        }
        // Everything else of Tavle's (the workshop's lock, the terminal) stays out of the child.
        tavle_spawn_closefrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        // Tavle ignores these for itself (a closed pipe, ncurses' timers); the child starts
        // from the defaults and chooses its own.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        [SIGPIPE, SIGALRM, SIGUSR1].forEach { sigaddset(&defaults, $0) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard started == 0 else { return .failure(ErrorNumber(errno: started)) }
        let child = ChildProcess(pid: pid, input: pipes[0][1], output: pipes[1][0], errors: pipes[2][0])
        // Tavle's ends stay open (the child's close with the deferred cleanup).
        for (index, end) in childEnds.enumerated() {
            pipes[index] = [end]
        }
        return .success(child)
    }

    /// Reads up to `limit` bytes from `descriptor`, retrying interrupted reads; empty at the end.
    public static func read(_ descriptor: Int32, limit: Int = 65536) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, limit) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno != EINTR { return [] }
        }
    }

    /// Writes all of `bytes` to `descriptor`; false when the other end is gone.
    public static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    /// Waits up to `seconds` for the child to end, then ends it with SIGKILL; returns its exit
    /// status (128 + the signal's number when a signal ended it).
    @discardableResult
    public func wait(upTo seconds: Double) -> Int32 {
        let deadline = seconds * 1000
        var waited = 0.0
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return -1 }
            if waited >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(10_000)
            waited += 10
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// An error number from the system, with its words (`strerror`).
public struct ErrorNumber: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `errno` value.
    public let errno: Int32

    /// The error for `errno`.
    public init(errno: Int32) {
        self.errno = errno
    }

    /// The system's words for it.
    public var description: String { String(cString: strerror(errno)) }
}

/// This program's own file, to find the programs installed beside it.
public enum ThisProgram {
    /// The folder this program's file is in (from `/proc/self/exe`, so a symlink to it on the
    /// PATH still finds its real folder); nil when it cannot be read.
    public static var folder: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
        guard count > 0 else { return nil }
        let path = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}
