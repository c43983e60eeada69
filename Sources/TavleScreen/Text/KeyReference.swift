import TavleCore

/// The key map as rows of (keys, what they do), grouped by scope: what the help screen shows
/// and what `docs/keys.md` is checked against, so neither can drift from the keys in use.
public enum KeyReference {
    /// One group of the reference.
    public struct Group: Equatable, Sendable {
        public var title: String
        public var rows: [(keys: String, description: String)]

        /// Groups are equal when title and rows are.
        public static func == (lhs: Group, rhs: Group) -> Bool {
            lhs.title == rhs.title && lhs.rows.map(\.keys) == rhs.rows.map(\.keys)
                && lhs.rows.map(\.description) == rhs.rows.map(\.description)
        }
    }

    /// The groups in key map order; bindings with the same description share a row.
    public static func groups(_ keyMap: KeyMap, text: any UICatalogue = DanishText()) -> [Group] {
        KeyScope.allCases.compactMap { scope in
            let bindings = keyMap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { return nil }
            var group = Group(title: text.title(of: scope), rows: [])
            var rowOf: [String: Int] = [:]
            for binding in bindings {
                let description = text.describe(binding.action)
                let keys = binding.keys.map(\.name).joined(separator: " ")
                if let index = rowOf[description] {
                    group.rows[index].keys += " " + keys
                } else {
                    rowOf[description] = group.rows.count
                    group.rows.append((keys, description))
                }
            }
            return group
        }
    }

    /// The reference as Markdown tables, for `docs/keys.md`.
    public static func markdown(_ keyMap: KeyMap, text: any UICatalogue = DanishText()) -> String {
        groups(keyMap, text: text).map { group in
            "### \(group.title)\n\n| Tast | Virkning |\n| --- | --- |\n"
                + group.rows.map { "| \($0.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")) | \($0.description) |" }
                    .joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }
}
