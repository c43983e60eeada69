/// "Did you mean …?" for a misspelled command: `tavle chek m.md` would otherwise be read as a
/// workshop file named `chek`, or as too many arguments.
enum CommandSuggestion {
    /// The command `typed` is most likely a slip for, when it is no more than two edits away
    /// and names no file; nil otherwise.
    static func near(_ typed: String, commands: Set<String>, exists: (String) -> Bool) -> String? {
        guard !typed.hasPrefix("-"), !commands.contains(typed), !typed.contains("/"), !typed.contains("."),
              !exists(typed) else { return nil }
        let scored = commands.map { ($0, distance(typed.lowercased(), $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    /// Levenshtein distance: inserts, deletes and replacements of characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
