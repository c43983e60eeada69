/// A key as the person pressed it, independent of the terminal's codes.
public enum Key: Hashable, Sendable {
    /// A printable character, including æ ø å and anything else the keyboard sends.
    case character(Character)
    /// Ctrl plus a letter, given in lower case (`control("r")` is Ctrl-R).
    case control(Character)
    case up, down, left, right
    case shiftUp, shiftDown, shiftLeft, shiftRight
    /// Ctrl-arrows: word jumps in the editor.
    case wordLeft, wordRight
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete

    /// The key's name as the help screen and the key notation write it.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .shiftUp: "Shift-↑"
        case .shiftDown: "Shift-↓"
        case .shiftLeft: "Shift-←"
        case .shiftRight: "Shift-→"
        case .wordLeft: "Ctrl-←"
        case .wordRight: "Ctrl-→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        }
    }
}
