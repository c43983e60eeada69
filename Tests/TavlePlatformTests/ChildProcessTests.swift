import Testing
import TavlePlatform

/// How Tavle starts the room's program: over pipes, in a process group of its own, holding
/// nothing of Tavle's open, and ended by closing its input (or by force when it will not).
@Suite("Child processes")
struct ChildProcessTests {
    /// Everything the child writes until it closes its output.
    private func readAll(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        while true {
            let chunk = ChildProcess.read(descriptor)
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("what is written to its input comes back from cat; closing the input ends it with status 0")
    func pipes() throws {
        let child = try ChildProcess.start("/bin/cat", arguments: []).get()
        #expect(ChildProcess.write(Array("æøå en linje\n".utf8), to: child.input))
        close(child.input)
        #expect(readAll(child.output) == "æøå en linje\n")
        #expect(child.wait(upTo: 5) == 0)
        close(child.output)
        close(child.errors)
    }

    @Test("the child has its own process group and only its three standard descriptors of Tavle's")
    func isolated() throws {
        // A descriptor of ours that is not marked close-on-exec, as a lock file might be.
        let opened = open("/dev/null", O_RDONLY)
        let leaked = fcntl(opened, F_DUPFD, 100)
        close(opened)
        defer { close(leaked) }
        let child = try ChildProcess.start("/bin/sh", arguments: ["-c", "ls /proc/$$/fd; cut -d' ' -f5 /proc/$$/stat"]).get()
        close(child.input)
        let lines = readAll(child.output).split(separator: "\n").map { $0.trimmingCharacters() }
        #expect(child.wait(upTo: 5) == 0)
        let descriptors = Set(lines.dropLast().compactMap { Int32($0) })
        #expect(descriptors.isSuperset(of: [0, 1, 2]) && leaked >= 100 && !descriptors.contains(leaked), "\(descriptors)")
        #expect(lines.last.flatMap { Int32($0) } == child.pid, "a group of its own: the terminal's ^C and ^Z reach Tavle only")
        close(child.output)
        close(child.errors)
    }

    @Test("a program that is not there fails at once with the system's reason")
    func missing() {
        switch ChildProcess.start("/nonexistent/tavle-room", arguments: []) {
        case .success: Issue.record("a missing program started")
        case .failure(let error):
            #expect(error.errno == ENOENT)
            #expect(error.description == "No such file or directory")
        }
    }

    @Test("a child that does not end when asked is ended by force; its status says so")
    func stubborn() throws {
        let child = try ChildProcess.start("/bin/sh", arguments: ["-c", "trap '' TERM; exec sleep 30"]).get()
        #expect(child.wait(upTo: 0.1) == 128 + SIGKILL)
        [child.input, child.output, child.errors].forEach { close($0) }
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
