/// A written sequence of keys and mouse actions, for replaying a session without a terminal.
///
/// Plain characters stand for themselves; `<Name>` is a special key (`<Enter>`, `<Esc>`,
/// `<C-r>`, `<S-Right>`, `<lt>` for `<`), and `<Click x y>`, `<Press x y>`, `<Drag x y>`,
/// `<Release x y>` are mouse actions at a cell (0-based); `<Wait n>` lets n seconds pass, for
/// timers.
public enum KeyScript {
    /// One step of a script.
    public enum Step: Equatable, Sendable {
        case key(Key)
        case mouse(MouseEvent.Action, Point)
        /// Time passing, in seconds.
        case wait(Int)
    }

    /// Parses a script, or names the first thing it cannot read.
    public static func parse(_ script: String) throws(FormatError) -> [Step] {
        var steps: [Step] = []
        var characters = Array(script)[...]
        var column = 1
        while let first = characters.first {
            if first == "<", let close = characters.firstIndex(of: ">") {
                let name = String(characters[characters.index(after: characters.startIndex)..<close])
                guard let parsed = step(named: name) else {
                    throw FormatError(line: 1, column: column, .unknownKey(String(name)))
                }
                steps.append(contentsOf: parsed)
                column += close - characters.startIndex + 1
                characters = characters[(close + 1)...]
            } else {
                steps.append(.key(first == "\n" ? .enter : .character(first)))
                characters = characters.dropFirst()
                column += 1
            }
        }
        return steps
    }

    private static let named: [String: Key] = [
        "enter": .enter, "cr": .enter, "esc": .escape, "tab": .tab, "s-tab": .backTab,
        "bs": .backspace, "backspace": .backspace, "del": .delete, "delete": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "s-up": .shiftUp, "s-down": .shiftDown, "s-left": .shiftLeft, "s-right": .shiftRight,
        "c-left": .wordLeft, "c-right": .wordRight, "home": .home, "end": .end,
        "pageup": .pageUp, "pagedown": .pageDown, "space": .character(" "), "lt": .character("<"),
    ]

    private static func step(named name: String) -> [Step]? {
        let lower = name.lowercased()
        if let key = named[lower] { return [.key(key)] }
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter {
            return [.key(.control(letter))]
        }
        let words = lower.split(separator: " ")
        if words.count == 2, words[0] == "wait", let seconds = Int(words[1]), (0...86_400).contains(seconds) {
            return [.wait(seconds)]
        }
        guard words.count == 3, let x = Int(words[1]), let y = Int(words[2]), x >= 0, y >= 0 else { return nil }
        let point = Point(x: x, y: y)
        switch words[0] {
        case "click": return [.mouse(.press, point), .mouse(.release, point)]
        case "press": return [.mouse(.press, point)]
        case "drag": return [.mouse(.drag, point)]
        case "release": return [.mouse(.release, point)]
        default: return nil
        }
    }
}
