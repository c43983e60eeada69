import Foundation
import Testing

/// A second host on this machine: a network namespace joined to this one by a veth pair, with
/// an address of its own, as a participant's phone on the meeting's Wi-Fi would be.
struct SecondHost {
    let namespace: String
    let laptop: String
    let phone: String

    /// Whether namespaces can be made here (root, iproute2, a kernel that allows it).
    static let isAvailable: Bool = {
        let probe = "tavle-probe-\(UInt16.random(in: 0...UInt16.max))"
        guard (try? Spawn.run(["ip", "netns", "add", probe], captureOutput: false).status) == 0 else { return false }
        _ = try? Spawn.run(["ip", "netns", "delete", probe], captureOutput: false)
        return true
    }()

    /// Makes the namespace and the link: 10.77.X.1 here, 10.77.X.2 there.
    init() throws {
        let tag = String(format: "%04x", UInt16.random(in: 0...UInt16.max))
        let subnet = Int.random(in: 1...250)
        namespace = "tavle-phone-\(tag)"
        laptop = "10.77.\(subnet).1"
        phone = "10.77.\(subnet).2"
        let here = "tvh\(tag)"
        let there = "tvp\(tag)"
        for command in [
            ["ip", "netns", "add", namespace],
            ["ip", "link", "add", here, "type", "veth", "peer", "name", there],
            ["ip", "link", "set", there, "netns", namespace],
            ["ip", "addr", "add", laptop + "/24", "dev", here],
            ["ip", "link", "set", here, "up"],
            ["ip", "netns", "exec", namespace, "ip", "addr", "add", phone + "/24", "dev", there],
            ["ip", "netns", "exec", namespace, "ip", "link", "set", there, "up"],
            ["ip", "netns", "exec", namespace, "ip", "link", "set", "lo", "up"],
        ] {
            guard try Spawn.run(command, captureOutput: false).status == 0 else {
                remove()
                throw Phone.PhoneFailure(message: "could not run \(command.joined(separator: " "))")
            }
        }
    }

    /// Removes the namespace; its end of the link goes with it, and the other end too.
    func remove() {
        _ = try? Spawn.run(["ip", "netns", "delete", namespace], captureOutput: false)
    }

    /// curl run on the second host.
    func curl(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Spawn.run(["ip", "netns", "exec", namespace, "curl", "-s", "--max-time", "10"] + arguments, captureOutput: true)
    }
}

@Suite("End to end: the room from another host")
struct RoomNetworkTests {
    @Test("a phone on another host reaches the room at the laptop's address, and only there",
          .enabled(if: SecondHost.isAvailable, "network namespaces are not available here (needs root and iproute2)"))
    func fromAnotherHost() throws {
        let host = try SecondHost()
        defer { host.remove() }
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let session = try Tmux(width: 140, height: 40, command: "\(TavleBinary.path) m.md --room --room-address \(host.laptop):0", directory: folder.path)
        let line = try session.waitFor(text: "Rummet er åbent").first { $0.contains("Rummet er åbent") } ?? ""
        let base = String(try #require(line.firstMatch(of: /http:\/\/[0-9.]+:\d+/)).output)
        let code = String(try #require(line.firstMatch(of: /kode (\d{6})/)).output.1)
        #expect(base.hasPrefix("http://\(host.laptop):"))
        let start = try host.curl(["-o", "/dev/null", "-w", "%{http_code}", base + "/"])
        #expect(start.output == "200", "the other host gets the page")
        let entered = try host.curl(["-o", "/dev/null", "-w", "%{redirect_url}", "--data-urlencode", "code=\(code)", base + "/code"])
        let room = try #require(entered.output.firstMatch(of: /\/r\/[A-Za-z0-9_-]+/)).output
        try session.press("3")
        try session.waitFor(text: "Alle forslag (0)")
        let joined = try host.curl(["-o", "/dev/null", "-w", "%{redirect_url}", "--data-urlencode", "p=Birgit", "--data-urlencode", "sid=n1", base + room + "/join"])
        let key = String(try #require(joined.output.firstMatch(of: /k=([A-Za-z0-9_-]{22})/)).output.1)
        let added = try host.curl(["-w", "%{http_code}", "-H", "Accept: application/json",
                                   "--data-urlencode", "k=\(key)", "--data-urlencode", "sid=n2", "--data-urlencode", "section=2",
                                   "--data-urlencode", "do=add", "--data-urlencode", "text=Fra nabohuset", base + room + "/act"])
        #expect(added.output.hasSuffix("200"), "added: \(added.output)")
        #expect(try folder.read("m.md").contains("- Fra nabohuset <!-- by=Birgit -->"))
        let port = base.split(separator: ":").last.map(String.init) ?? ""
        #expect(!Phone(base: "http://127.0.0.1:\(port)").isListening(), "it listens on the address it was given only")
        try session.press("q")
        try session.waitUntilExited()
        let after = try host.curl(["-o", "/dev/null", "-w", "%{http_code}", base + "/"])
        #expect(after.output == "000", "closed with Tavle")
    }
}
