import Foundation
import Testing

/// The room through the real binary: phones (curl) join over HTTP, send cards, dots and
/// answers; the file and the screen (tmux) show what the core made of them.
@Suite("End to end: the room joins in from phones")
struct ParticipantRoomTests {
    /// The token address the short address and the code lead to.
    static func enter(_ phone: Phone, code: String) throws -> String {
        let reply = try phone.post("/code", [("code", code)])
        #expect(reply.status == 303)
        return try #require(reply.header("location"))
    }

    /// The fields every action form carries.
    static func act(_ what: String, key: String, submission: String, section: Int = 2, _ more: [(String, String)] = []) -> [(String, String)] {
        [("k", key), ("sid", submission), ("section", String(section)), ("do", what)] + more
    }

    /// Joins as `name`; the key the phone proves itself with from then on.
    static func join(_ phone: Phone, _ room: String, _ name: String) throws -> String {
        let joined = try phone.post(room + "/join", [("p", name), ("sid", "join-\(name)")])
        #expect(joined.status == 303)
        return String(try #require(joined.header("location")?.firstMatch(of: /k=([A-Za-z0-9_-]{22})/)).output.1)
    }

    @Test("a phone joins with the code, sends a card that waits hidden; a resend adds nothing; the reveal shows it; quitting closes the room")
    func hiddenCardAndReveal() throws {
        let (folder, session, phone, code) = try Tmux.room()
        let start = try phone.get("/")
        #expect(start.status == 200 && start.body.contains("name=\"code\""))
        #expect(start.header("content-security-policy")?.contains("default-src 'none'") == true)
        #expect(try phone.post("/code", [("code", "000000" == code ? "111111" : "000000")]).status == 403, "a wrong code opens nothing")
        let room = try Self.enter(phone, code: code)
        #expect(room.hasPrefix("/r/") && room.count >= 3 + 22, "at least 128 bits of token")
        try session.press("3")
        try session.waitFor(text: "Alle forslag (0)")
        let join = try phone.get(room)
        #expect(join.body.contains("Hvem er du?"))
        let birgit = try Self.join(phone, room, "Birgit")
        let carl = try Self.join(phone, room, "Carl")
        let taken = try phone.post(room + "/join", [("p", "Birgit"), ("sid", "j9")])
        #expect(taken.header("location")?.contains("m=nameTaken") == true, "a name is one phone's")
        #expect(try phone.get(room + "?p=Birgit").body.contains("Hvem er du?"), "a name alone shows nobody's page")
        let page = try phone.get(room + "?k=" + birgit)
        #expect(page.body.contains("Afsnit 3 af 7") && page.body.contains("Send kort"))
        let sent = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "c1", [("text", "Ungdomsskolen")]))
        #expect(sent.status == 303 && sent.header("location")?.contains("m=done") == true)
        // Acknowledged after the save: the file holds it already, hidden.
        #expect(try folder.read("m.md").contains("- Ungdomsskolen <!-- by=Birgit -->"))
        #expect(try folder.read("m.md").contains("- participants: Birgit, Carl"))
        let again = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "c1", [("text", "Ungdomsskolen")]), json: true)
        #expect(again.status == 200 && again.body.contains("\"ok\":true"))
        #expect(try folder.read("m.md").components(separatedBy: "Ungdomsskolen").count == 2, "the resend made no second card")
        try session.waitFor(text: "1 kort skjult")
        #expect(try !session.screen().joined().contains("Ungdomsskolen"), "hidden from the projector until revealed")
        #expect(try phone.get(room + "?k=" + birgit).body.contains("value=\"Ungdomsskolen\""), "the author sees their own card")
        #expect(try !phone.get(room + "?k=" + carl).body.contains("Ungdomsskolen"), "nobody else does")
        try session.press("s")
        try session.waitFor(text: "Ungdomsskolen")
        try waitUntil("the revealed card in the file") { try folder.read("m.md").contains("- Ungdomsskolen\n") }
        try session.press("q")
        try session.waitUntilExited()
        #expect(!phone.isListening(), "quitting closes the room")
    }

    @Test("dots from phones: each person has the board's dots, hidden until the reveal adds them up")
    func dots() throws {
        let (folder, session, phone, code) = try Tmux.room()
        let room = try Self.enter(phone, code: code)
        try session.press("3", "a")
        try session.type("Biblioteket")
        try session.press("Enter", "Escape", "D")
        try session.type("2")
        try session.press("Enter")
        try session.waitFor(text: "Biblioteket")
        try waitUntil("two dots each in the file") { try folder.read("m.md").contains("dots=2") }
        let birgit = try Self.join(phone, room, "Birgit")
        let page = try phone.get(room + "?k=" + birgit).body
        let card = try #require(page.firstMatch(of: /name="card" value="(\d+)"/)).output.1
        for (index, expected) in ["done", "done", "noDotsLeft"].enumerated() {
            let reply = try phone.post(room + "/act", Self.act("dot", key: birgit, submission: "d\(index)", [("card", String(card))]))
            #expect(reply.header("location")?.contains("m=\(expected)") == true, "dot \(index + 1): \(reply.header("location") ?? "")")
        }
        #expect(try phone.get(room + "?m=noDotsLeft&k=" + birgit).body.contains("Du har givet alle dine prikker"))
        #expect(try folder.read("m.md").contains("- Biblioteket <!-- ballots=Birgit:2 -->"))
        try session.waitFor(text: "2 prikker skjult")
        try session.press("s")
        try waitUntil("the dots revealed") { try folder.read("m.md").contains("- Biblioteket <!-- dots=2 -->") }
        try session.press("u")
        try waitUntil("one undo hides them again") { try folder.read("m.md").contains("ballots=Birgit:2") }
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("without the token: 403 and nothing read or changed; too long, too large and a step left behind are refused")
    func refusals() throws {
        let (folder, session, phone, code) = try Tmux.room()
        let room = try Self.enter(phone, code: code)
        try session.press("3")
        try session.waitFor(text: "Alle forslag (0)")
        let birgit = try Self.join(phone, room, "Birgit")
        try waitUntil("Birgit among the participants") { try folder.read("m.md").contains("- participants: Birgit") }
        let before = try folder.read("m.md")
        let forged = "/r/" + String(repeating: "A", count: 22)
        #expect(try phone.get(forged + "?k=" + birgit).status == 403)
        #expect(try !phone.get(forged + "?k=" + birgit).body.contains("Trin"), "nothing of the step is shown")
        let stranger = try phone.post(room + "/act", Self.act("add", key: String(repeating: "B", count: 22), submission: "x0", [("text", "Indbrud")]))
        #expect(stranger.header("location")?.contains("m=notJoined") == true, "a key the room never gave changes nothing")
        #expect(try phone.post(forged + "/act", Self.act("add", key: birgit, submission: "x1", [("text", "Indbrud")])).status == 403)
        #expect(try phone.post(room + "/act", Self.act("add", key: birgit, submission: "x2", [("text", String(repeating: "ø", count: 201))])).status == 413)
        #expect(try phone.post(room + "/act", body: "k=\(birgit)&text=" + String(repeating: "a", count: 5000)).status == 413)
        let late = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "x3", section: 1, [("text", "For sent")]))
        #expect(late.header("location")?.contains("m=stepChanged") == true)
        let control = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "x4", [("text", "\u{1B}\u{7}\t")]))
        #expect(control.header("location")?.contains("m=empty") == true, "control characters are removed, and nothing is left")
        #expect(try folder.read("m.md") == before, "nothing changed on disk")
        _ = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "x6", [("text", "\u{7}Kirken\u{1B}")]))
        #expect(try folder.read("m.md").contains("- Kirken <!-- by=Birgit -->"), "a card keeps its text, never its control characters")
        try session.press("P")
        try session.waitFor(text: "Rum (pause)")
        let paused = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "x5", [("text", "Under pausen")]))
        #expect(paused.header("location")?.contains("m=paused") == true)
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("an answer to the question in focus becomes a note line with the name")
    func answer() throws {
        let (folder, session, phone, code) = try Tmux.room()
        let room = try Self.enter(phone, code: code)
        try session.press("2")
        try session.waitFor(text: "Trin 1")
        let birgit = try Self.join(phone, room, "Birgit")
        let page = try phone.get(room + "?k=" + birgit).body
        #expect(page.contains("Send svar"))
        let question = try #require(page.firstMatch(of: /name="q" value="(\d+)"/)).output.1
        let reply = try phone.post(room + "/act", Self.act("answer", key: birgit, submission: "a1", section: 1, [("q", String(question)), ("text", "Flere unge")]))
        #expect(reply.header("location")?.contains("m=done") == true)
        #expect(try folder.read("m.md").contains("> Birgit: Flere unge"))
        try session.waitFor(text: "Birgit: Flere unge")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a hundred wrong codes, from many addresses, change the code: the old one opens nothing, the projector shows the new")
    func codeChangesAfterGuessing() throws {
        let (folder, session, phone, code) = try Tmux.room()
        _ = folder
        let wrong = code == "000000" ? "111111" : "000000"
        // Four guesses from each of 25 addresses: under every per-address limit.
        for address in 0..<25 {
            for _ in 0..<4 {
                let guess = try Spawn.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--interface", "127.0.0.\(address + 30)",
                                           "--data-urlencode", "code=\(wrong)", phone.base + "/code"], captureOutput: true)
                #expect(guess.output == "403")
            }
        }
        let screen = try session.waitFor("a new code on the status line") { rows in
            rows.contains { $0.contains("Rummet er åbent") && !$0.contains("kode \(code)") }
        }
        let line = screen.first { $0.contains("Rummet er åbent") } ?? ""
        let newCode = String(try #require(line.firstMatch(of: /kode (\d{6})/)).output.1)
        #expect(try Spawn.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--interface", "127.0.0.90",
                               "--data-urlencode", "code=\(code)", phone.base + "/code"], captureOutput: true).output == "403")
        #expect(try Spawn.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--interface", "127.0.0.91",
                               "--data-urlencode", "code=\(newCode)", phone.base + "/code"], captureOutput: true).output == "303")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("without JavaScript, a card not on disk within 10 s comes back in its form with the same submission id; sending it again adds no second card")
    func unsavedFormComesBack() throws {
        // Tavle under a shell: this test stops it, and it must stay stopped.
        let (folder, session, phone, code) = try Tmux.room(underShell: true)
        let room = try Self.enter(phone, code: code)
        try session.press("3")
        try session.waitFor(text: "Alle forslag (0)")
        let birgit = try Self.join(phone, room, "Birgit")
        // Tavle stopped (as by a disk that does not answer): the room waits its 10 s in vain.
        let tavle = try RoomProgramTests.tavleProcess(in: folder.path)
        kill(tavle, SIGSTOP)
        var resumed = false
        defer { if !resumed { kill(tavle, SIGCONT) } }
        let late = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "slow-1", [("text", "Ældresagen & co")]))
        #expect(late.status == 503, "\(late.header("location") ?? "")")
        #expect(late.body.contains("Ikke gemt endnu"), "\(late.body.prefix(600))")
        #expect(late.body.contains("name=\"sid\" value=\"slow-1\"><input type=\"hidden\" name=\"section\" value=\"2\"><input type=\"hidden\" name=\"do\" value=\"add\">"),
                "the add form again, with its own submission id")
        #expect(late.body.contains("value=\"Ældresagen &amp; co\""), "and the text as it was typed")
        kill(tavle, SIGCONT)
        resumed = true
        try waitUntil("the card on disk once Tavle goes on") { try folder.read("m.md").contains("- Ældresagen & co <!-- by=Birgit -->") }
        let again = try phone.post(room + "/act", Self.act("add", key: birgit, submission: "slow-1", [("text", "Ældresagen & co")]))
        #expect(again.header("location")?.contains("m=done") == true)
        #expect(try folder.read("m.md").components(separatedBy: "Ældresagen").count == 2, "one card, not two")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("connections count as they are accepted, idle ones too: past 100 in all or 20 from one address a phone hears 'too busy'; once they close, it gets in")
    func connectionLimit() throws {
        let (folder, session, phone, _) = try Tmux.room()
        _ = folder
        let port = try #require(UInt16(phone.base.split(separator: ":").last ?? ""))
        var open: [Int32] = []
        defer { open.forEach { _ = close($0) } }
        // 105 connections from six addresses, at most 20 from each, all made before any asks
        // anything: the room holds 100 of them, and the other 5 are told it is too busy.
        for number in 0..<105 { open.append(try Self.connect(port, from: "127.0.0.\(2 + number / 20)")) }
        // The facilitator's screen goes on meanwhile.
        try session.press("3")
        try session.waitFor(text: "Alle forslag (0)")
        var answers = try open.map { try Self.ask($0) }
        #expect(answers.filter { $0.status == 200 }.count == 100, "\(answers.map(\.status))")
        #expect(answers.filter { $0.status == 503 }.count == 5)
        let busy = try #require(answers.first { $0.status == 503 })
        #expect(busy.text.contains("Der er for travlt lige nu") && busy.text.contains("Retry-After: 10"), "a clear message: \(busy.text.prefix(400))")
        open.forEach { _ = close($0) }
        open = []
        try waitUntil("room again once they close") { try phone.get("/").status == 200 }
        // Twenty-one from one address: twenty get in, the last hears it is too busy.
        for _ in 0..<21 { open.append(try Self.connect(port, from: "127.0.0.9")) }
        answers = try open.map { try Self.ask($0) }
        #expect(answers.map(\.status).sorted() == Array(repeating: 200, count: 20) + [503])
        #expect(try phone.get("/").status == 200, "another address still gets in")
        try session.press("q")
        try session.waitUntilExited()
    }

    /// Asks for the room's front page on an open connection; its status and the whole answer.
    static func ask(_ descriptor: Int32) throws -> (status: Int, text: String) {
        var patience = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &patience, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET / HTTP/1.1\r\nHost: tavle\r\nConnection: close\r\n\r\n".utf8)
        guard send(descriptor, request, request.count, 0) == request.count else { throw Phone.PhoneFailure(message: "send failed: errno \(errno)") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            bytes += buffer.prefix(count)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, text)
    }

    /// A TCP connection to the room from `source` (an address on the loopback network), left idle.
    static func connect(_ port: UInt16, from source: String) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        func address(_ text: String, _ port: UInt16) -> sockaddr_in {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            _ = inet_pton(AF_INET, text, &address.sin_addr)
            return address
        }
        var local = address(source, 0)
        var remote = address("127.0.0.1", port)
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, size) } }
        let connected = withUnsafePointer(to: &remote) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, size) } }
        guard descriptor >= 0, bound == 0, connected == 0 else {
            close(descriptor)
            throw Phone.PhoneFailure(message: "no connection from \(source): errno \(errno)")
        }
        return descriptor
    }

    @Test("a step change between drawing a page and its live line connecting is told at once")
    func changeWhileConnecting() throws {
        let (folder, session, phone, code) = try Tmux.room()
        _ = folder
        let room = try Self.enter(phone, code: code)
        let birgit = try Self.join(phone, room, "Birgit")
        let page = try phone.get(room + "?k=" + birgit).body
        let events = try #require(page.firstMatch(of: /data-events="([^"]+)"/)).output.1.replacing("&amp;", with: "&")
        try session.press("Tab")
        try session.waitFor(text: "Afsnit 2/7")
        // The line connects after the change: its first news is the change, not the next one.
        let line = try Spawn.run(["curl", "-s", "-N", "--max-time", "2", phone.base + events], captureOutput: true)
        #expect(line.output.components(separatedBy: "data: ").count - 1 == 2, "the greeting and the change: \(line.output)")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("the page's live line: a step change reaches a connected phone at once, and the status line counts it")
    func liveUpdates() throws {
        let (folder, session, phone, code) = try Tmux.room()
        _ = folder
        let room = try Self.enter(phone, code: code)
        let output = NSTemporaryDirectory() + "tavle-events-\(UUID().uuidString.prefix(8))"
        FileManager.default.createFile(atPath: output, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        listener.arguments = ["curl", "-s", "-N", "--max-time", "30", phone.base + room + "/events"]
        listener.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        try listener.run()
        defer { if listener.isRunning { listener.terminate() } }
        try session.waitFor(text: "Rum: 1 med")
        let events = { (try? String(contentsOfFile: output, encoding: .utf8))?.components(separatedBy: "data: ").count ?? 0 }
        let seen = events()
        try session.press("Tab")
        try waitUntil("an event after the step changed", timeout: 5) { events() > seen }
        try session.press("q")
        try session.waitUntilExited()
        try waitUntil("the live line closed with the room", timeout: 5) { !listener.isRunning }
    }
}

/// The QR code the projector draws, read back from the terminal's cells by a real decoder.
@Suite("End to end: the room's QR code scans")
struct RoomScanCodeTests {
    @Test("zbarimg reads the projector's half-block QR code as the room's address, token included",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg"), "zbarimg (Debian zbar-tools) is not installed"))
    func decodes() throws {
        let (folder, session, phone, code) = try Tmux.room(width: 150, height: 45)
        let room = try ParticipantRoomTests.enter(phone, code: code)
        try session.press("p")
        let screen = try session.waitFor(text: "Scan koden")
        let caption = try #require(screen.firstIndex { $0.contains("Scan koden") })
        let left = try #require(session.find("Scan koden", in: screen)).x
        // The code's cells, colours included: a space is its background's colour all through,
        // `▀` its foreground's on top and its background's below. Black (0) is a dark module.
        // tmux leaves out a line's last run of blank cells, colour and all: there the code's
        // light quiet zone ends the line, so what is missing is light.
        let cells = try session.coloredScreen()
        let width = cells[1..<(caption - 1)].map { $0.count - left }.max() ?? 0
        var modules: [[Bool]] = []
        for row in cells[1..<(caption - 1)] {
            var top = Array(repeating: false, count: width)
            var bottom = Array(repeating: false, count: width)
            for (x, cell) in row.dropFirst(left).enumerated() {
                top[x] = (cell.character == "▀" ? cell.foreground : cell.background) == 0
                bottom[x] = cell.background == 0
            }
            modules += [top, bottom]
        }
        let image = folder.path + "/code.pbm"
        try Self.pbm(modules, scale: 6, border: 4).write(toFile: image, atomically: true, encoding: .ascii)
        let decoded = try Spawn.run(["zbarimg", "--raw", "-q", image], captureOutput: true)
        #expect(decoded.status == 0)
        #expect(decoded.output.trimmingCharacters(in: .whitespacesAndNewlines) == phone.base + room)
        try session.press("q")
        try session.waitUntilExited()
    }

    /// A plain PBM image of the modules: each `scale` pixels square, a light border around.
    static func pbm(_ modules: [[Bool]], scale: Int, border: Int) -> String {
        let width = (modules.first?.count ?? 0) + 2 * border
        let height = modules.count + 2 * border
        var lines = ["P1", "\(width * scale) \(height * scale)"]
        for y in 0..<height {
            var row = ""
            for x in 0..<width {
                let dark = y >= border && y < height - border && x >= border && x < width - border && modules[y - border][x - border]
                row += String(repeating: dark ? "1 " : "0 ", count: scale)
            }
            lines += Array(repeating: row, count: scale)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
