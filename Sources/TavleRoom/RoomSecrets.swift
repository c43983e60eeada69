import TavlePlatform

/// The room's secrets, drawn when it opens: the token in the QR code's address (128 random
/// bits, base64url) and the six-digit code for typing at the short address.
struct RoomSecrets: Sendable {
    /// The token every participant request must carry in its path.
    let token: String
    /// The join code the room opens with (it changes after many wrong guesses: `RoomServer`).
    let code: String

    /// New secrets from the system's random source.
    init() {
        var random = SystemRandomNumberGenerator()
        token = Self.randomToken()
        code = Self.randomCode(using: &random)
    }

    /// A new six-digit join code.
    static func randomCode() -> String {
        var random = SystemRandomNumberGenerator()
        return randomCode(using: &random)
    }

    private static func randomCode(using random: inout SystemRandomNumberGenerator) -> String {
        String(Int.random(in: 0..<1_000_000, using: &random)).leftPadded(to: 6)
    }

    /// Whether a typed code (spaces allowed) is `code`, compared in constant time.
    static func same(_ typed: String, _ code: String) -> Bool {
        sameInConstantTime(Array(typed.filter { !$0.isWhitespace }.utf8), Array(code.utf8))
    }

    /// 128 random bits as 22 URL-safe characters: the room's token, a phone's key.
    static func randomToken() -> String {
        var random = SystemRandomNumberGenerator()
        return base64URL((0..<16).map { _ in UInt8.random(in: 0...255, using: &random) })
    }

    /// Whether `candidate` is the token, compared in constant time so timing tells nothing.
    func isToken(_ candidate: Substring) -> Bool {
        Self.sameInConstantTime(Array(candidate.utf8), Array(token.utf8))
    }

    private static func sameInConstantTime(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(left, right) { difference |= a ^ b }
        return difference == 0
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var result = ""
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | Int(byte)
            bits += 8
            while bits >= 6 {
                bits -= 6
                result.append(alphabet[(buffer >> bits) & 63])
            }
        }
        if bits > 0 { result.append(alphabet[(buffer << (6 - bits)) & 63]) }
        return result
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
