import TavleRoom

/// `--room-address HOST[:PORT]`: where the room listens, e.g. `127.0.0.1:0` for a test on this
/// machine only, or the address of the laptop's own hotspot.
enum RoomAddress {
    /// The place, or nil for text that is not an IPv4 address with an optional port.
    static func place(_ text: String) -> RoomServer.Place? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) && Int($0)! <= 255 }) else { return nil }
        var port = 8080
        if parts.count == 2 {
            guard let number = Int(parts[1]), (0...65535).contains(number) else { return nil }
            port = number
        }
        return RoomServer.Place(host: String(parts[0]), port: port)
    }
}
