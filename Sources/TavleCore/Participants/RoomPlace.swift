/// Where the room listens: an IPv4 address of this machine (nil: its local-network address,
/// found when the room opens) and a port (0: any free one). Typed as `--room-address HOST[:PORT]`
/// and handed on to the room process as the same text.
public struct RoomPlace: Equatable, Sendable {
    public var host: String?
    public var port: Int

    /// The place used when none is given: the local-network address, port 8080 (or any free
    /// one when 8080 is taken).
    public static let standard = RoomPlace(host: nil, port: 8080)

    /// A place to listen.
    public init(host: String?, port: Int) {
        self.host = host
        self.port = port
    }

    /// Reads `HOST[:PORT]` (e.g. `127.0.0.1:0` for a test on this machine only, or the
    /// address of the laptop's own hotspot); nil for text that is not an IPv4 address with an
    /// optional port.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) && Int($0).map { $0 <= 255 } == true })
        else { return nil }
        var port = 8080
        if parts.count == 2 {
            guard let number = Int(parts[1]), (0...65535).contains(number) else { return nil }
            port = number
        }
        self.init(host: String(parts[0]), port: port)
    }

    /// The arguments that tell the room process this place.
    public var arguments: [String] {
        (host.map { ["--host", $0] } ?? []) + ["--port", String(port)]
    }
}
