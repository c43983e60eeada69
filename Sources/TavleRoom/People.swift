import TavleCore

/// Who is in the room: each joined name and the random key its phone was given. A phone
/// proves who it is with the key (in its page's address and forms), never with the name, so
/// nobody can read another person's hidden cards or spend their dots by typing their name.
struct People: Sendable {
    private var names: [String: String] = [:]
    private var keys: [String: String] = [:]
    private var joins: [String: Int] = [:]

    /// The most names one address may take: a phone or two per person, not a list of made-up names.
    static let namesPerAddress = 8

    /// The name a key stands for, or nil for a key this room never gave.
    func name(for key: String) -> String? {
        names[key]
    }

    /// Why `name` may not join now (taken by another phone, or too many names from this
    /// address), or nil when it may. A phone that holds the name's key may join again.
    func mayJoin(_ name: String, holding key: String?, from address: String) -> RoomRefusal? {
        if let holder = keys[name] { return holder == key ? nil : .nameTaken }
        return joins[address, default: 0] < Self.namesPerAddress ? nil : .tooFast
    }

    /// The key for `name`: the one it has, or a new one, remembered.
    mutating func key(for name: String, from address: String) -> String {
        if let key = keys[name] { return key }
        let key = RoomSecrets.randomToken()
        keys[name] = key
        names[key] = name
        joins[address, default: 0] += 1
        return key
    }
}
