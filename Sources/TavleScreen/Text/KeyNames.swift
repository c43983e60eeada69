import TavleCore

/// The keys bound to an action, named for interface strings that tell which key to press
/// ("j = ja", "Esc, Enter eller t lukker"): taken from the key map in use, so a remapped key is
/// named as it now is and no string goes stale.
public struct KeyNames: Sendable {
    let keyMap: KeyMap

    /// Names from `keyMap`.
    public init(_ keyMap: KeyMap) {
        self.keyMap = keyMap
    }

    /// One key for `action`: `preferring` when it is bound (the letter of the language's own
    /// word, "j" for ja, "y" for yes), else the first key bound; "?" when none is.
    public func name(_ action: KeyMap.Action, in scope: KeyScope? = nil, preferring: Character? = nil) -> String {
        let keys = keys(action, in: scope)
        if let preferring, keys.contains(.character(preferring)) { return String(preferring) }
        return keys.first?.name ?? "?"
    }

    /// Every key bound to `action`, by name, in the order bound.
    public func names(_ action: KeyMap.Action, in scope: KeyScope? = nil) -> [String] {
        keys(action, in: scope).map(\.name)
    }

    private func keys(_ action: KeyMap.Action, in scope: KeyScope?) -> [Key] {
        keyMap.bindings.filter { $0.action == action && (scope == nil || $0.scope == scope) }.flatMap(\.keys)
    }
}
