import Foundation
import Testing

/// A participant's phone for the room's end-to-end tests: HTTP requests to the real server
/// through curl, the way a browser without JavaScript sends them (forms, redirects by hand).
struct Phone {
    /// `http://127.0.0.1:PORT`.
    let base: String
    /// The address it sends from (`curl --interface`), e.g. `127.0.0.7`: another phone on the
    /// network, for the limits per address; nil for the system's choice.
    var source: String? = nil

    /// What came back.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String

        /// A header by its lower-case name.
        func header(_ name: String) -> String? { headers[name] }
    }

    /// A GET of `path`.
    func get(_ path: String) throws -> Reply {
        try curl([base + path])
    }

    /// A form POST of `fields` to `path`; `json` asks for the JSON answer the page's script gets.
    func post(_ path: String, _ fields: [(String, String)], json: Bool = false) throws -> Reply {
        var arguments = ["-X", "POST"]
        for (name, value) in fields { arguments += ["--data-urlencode", "\(name)=\(value)"] }
        if json { arguments += ["-H", "Accept: application/json"] }
        return try curl(arguments + [base + path])
    }

    /// A POST of a raw body, for the size limit.
    func post(_ path: String, body: String) throws -> Reply {
        let file = NSTemporaryDirectory() + "tavle-body-\(UUID().uuidString.prefix(8))"
        try body.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try curl(["-X", "POST", "-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary", "@" + file, base + path])
    }

    /// Whether anything answers at the address.
    func isListening() -> Bool {
        (try? Spawn.run(["curl", "-s", "-o", "/dev/null", "--max-time", "2", base + "/"], captureOutput: false).status) == 0
    }

    private func curl(_ arguments: [String]) throws -> Reply {
        let from = source.map { ["--interface", $0] } ?? []
        let result = try Spawn.run(["curl", "-s", "-i", "--max-time", "20"] + from + arguments, captureOutput: true)
        guard result.status == 0 else { throw PhoneFailure(message: "curl \(arguments.last ?? "") exited \(result.status)") }
        let text = result.output
        guard let split = text.range(of: "\r\n\r\n") else { throw PhoneFailure(message: "no HTTP reply: \(text.prefix(200))") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    struct PhoneFailure: Error { var message: String }
}

extension Tmux {
    /// Starts a workshop from `kit` with the room open on this machine only (`127.0.0.1`, any
    /// port), and waits until the status line says where it listens. `underShell` runs Tavle
    /// under a shell instead of as the window's own process: tmux wakes a stopped process of
    /// its own at once (SIGCONT), so a test that stops Tavle needs one in between.
    static func room(kit: String = "partnerskab", width: Int = 140, height: Int = 40, underShell: Bool = false) throws -> (TemporaryFolder, Tmux, Phone, code: String) {
        let options = " --room --room-address 127.0.0.1:0"
        let (folder, session): (TemporaryFolder, Tmux)
        if underShell {
            folder = try TemporaryFolder()
            try TavleBinary.run(["new", kit, "m.md"], in: folder.path)
            session = try Tmux(width: width, height: height, command: "sh -c '\(TavleBinary.path) m.md\(options); true'", directory: folder.path)
        } else {
            (folder, session) = try newWorkshop(kit: kit, width: width, height: height, options: options)
        }
        let screen = try session.waitFor(text: "Rummet er åbent")
        let line = screen.first { $0.contains("Rummet er åbent") } ?? ""
        let address = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/)).output
        let code = try #require(line.firstMatch(of: /kode (\d{6})/)).output.1
        return (folder, session, Phone(base: String(address)), String(code))
    }
}
