/// Keys bound to commands, per scope. The single source for both the core and the help screen.
public struct KeyMap: Equatable, Sendable {
    /// A key and what it does in a scope.
    public struct Binding: Equatable, Sendable {
        public var keys: [Key]
        public var action: Action
        public var scope: KeyScope
    }

    /// The meaning of a binding: the command for its scope.
    public enum Action: Equatable, Hashable, Sendable {
        case browse(Command)
        case edit(EditCommand)
        case move(MoveCommand)
        case dialog(DialogCommand)
        case help(HelpCommand)
        /// Closes "time is up".
        case dismissTimeUp
    }

    /// All bindings, in the order the help screen lists them.
    public var bindings: [Binding]

    /// What `key` means in `scope`, by the first binding that has it.
    public func action(for key: Key, in scope: KeyScope) -> Action? {
        bindings.first { $0.scope == scope && $0.keys.contains(key) }?.action
    }

    /// The command bound to `key` in a section of `kind`, with section keys before global ones.
    public func command(for key: Key, in kind: SectionKind?) -> Command? {
        for scope in [kind.map(KeyScope.init), .everywhere].compactMap({ $0 }) {
            if case .browse(let command)? = action(for: key, in: scope) { return command }
        }
        return nil
    }

    /// The editor command bound to `key`.
    public func editCommand(for key: Key) -> EditCommand? {
        if case .edit(let command)? = action(for: key, in: .editing) { return command }
        return nil
    }

    /// The move command bound to `key` while a card is picked up.
    public func moveCommand(for key: Key) -> MoveCommand? {
        if case .move(let command)? = action(for: key, in: .moving) { return command }
        return nil
    }

    /// The answer `key` gives to a question Tavle asks.
    public func dialogCommand(for key: Key) -> DialogCommand? {
        if case .dialog(let command)? = action(for: key, in: .dialog) { return command }
        return nil
    }

    /// What `key` does on the help screen; nil closes it.
    public func helpCommand(for key: Key) -> HelpCommand? {
        if case .help(let command)? = action(for: key, in: .help) { return command }
        return nil
    }

    /// Whether `key` closes "time is up".
    public func dismissesTimeUp(_ key: Key) -> Bool {
        action(for: key, in: .timeUp) == .dismissTimeUp
    }

    /// The first key bound to an action, for hints in the status line.
    public func key(for action: Action) -> Key? {
        bindings.first { $0.action == action }?.keys.first
    }


    /// Tavle's keys: vi-style letters and arrows both, Trello's `<` `>` for moving cards.
    public static let standard = KeyMap(bindings: {
        var list: [Binding] = []
        func bind(_ scope: KeyScope, _ action: Action, _ keys: Key...) {
            list.append(Binding(keys: keys, action: action, scope: scope))
        }
        let char = Key.character
        bind(.everywhere, .browse(.help), char("?"))
        bind(.everywhere, .browse(.nextSection), .tab, .pageDown)
        bind(.everywhere, .browse(.previousSection), .backTab, .pageUp)
        for number in 1...9 {
            bind(.everywhere, .browse(.goToSection(number)), char(Character(String(number))))
        }
        bind(.everywhere, .browse(.askSectionNumber), char(":"))
        bind(.everywhere, .browse(.up), .up, char("k"))
        bind(.everywhere, .browse(.down), .down, char("j"))
        bind(.everywhere, .browse(.left), .left, char("h"))
        bind(.everywhere, .browse(.right), .right, char("l"))
        bind(.everywhere, .browse(.first), .home, char("g"))
        bind(.everywhere, .browse(.last), .end, char("G"))
        bind(.everywhere, .browse(.togglePresentation), char("p"))
        bind(.everywhere, .browse(.timerStartPause), char("t"))
        bind(.everywhere, .browse(.timerSet), char("T"))
        bind(.everywhere, .browse(.timerAddMinute), char("+"))
        bind(.everywhere, .browse(.timerReset), char("r"))
        bind(.everywhere, .browse(.cycleTheme), char("c"))
        bind(.everywhere, .browse(.editMeetingDetails), char("i"))
        bind(.everywhere, .browse(.export), char("E"))
        bind(.everywhere, .browse(.toggleRoom), char("w"))
        bind(.everywhere, .browse(.pauseRoom), char("P"))
        bind(.everywhere, .browse(.undo), char("u"))
        bind(.everywhere, .browse(.redo), .control("r"), .control("y"))
        bind(.everywhere, .browse(.saveAs), char("S"))
        bind(.everywhere, .browse(.quit), char("q"), .control("c"))
        bind(.everywhere, .browse(.suspend), .control("z"))

        bind(.checklist, .browse(.toggle), char(" "), char("x"), .enter)
        bind(.checklist, .browse(.edit), char("e"))
        bind(.checklist, .browse(.add), char("a"))
        bind(.checklist, .browse(.delete), char("d"), .delete)

        bind(.questions, .browse(.edit), .enter, char("e"))
        bind(.questions, .browse(.delete), char("d"), .delete)

        bind(.board, .browse(.add), char("a"))
        bind(.board, .browse(.edit), .enter, char("e"))
        bind(.board, .browse(.delete), char("d"), .delete)
        bind(.board, .browse(.moveCardLeft), char("H"), char("<"), .shiftLeft)
        bind(.board, .browse(.moveCardRight), char("L"), char(">"), .shiftRight)
        bind(.board, .browse(.moveCardUp), char("K"), .shiftUp)
        bind(.board, .browse(.moveCardDown), char("J"), .shiftDown)
        bind(.board, .browse(.grabCard), char("m"))
        bind(.board, .browse(.addDot), char("v"), char("."))
        bind(.board, .browse(.removeDot), char("V"), char(","))
        bind(.board, .browse(.sortByVotes), char("o"))
        bind(.board, .browse(.rankTopVoted), char("R"))
        bind(.board, .browse(.setDots), char("D"))
        bind(.board, .browse(.revealRoom), char("s"))

        bind(.actions, .browse(.toggle), char(" "), char("x"))
        bind(.actions, .browse(.edit), .enter, char("e"))
        bind(.actions, .browse(.add), char("a"))
        bind(.actions, .browse(.delete), char("d"), .delete)

        bind(.editing, .edit(.finish), .escape)
        bind(.editing, .edit(.complete), .tab)
        bind(.editing, .edit(.newline), .enter)
        bind(.editing, .edit(.left), .left, .control("b"))
        bind(.editing, .edit(.right), .right, .control("f"))
        bind(.editing, .edit(.up), .up)
        bind(.editing, .edit(.down), .down)
        bind(.editing, .edit(.wordLeft), .wordLeft)
        bind(.editing, .edit(.wordRight), .wordRight)
        bind(.editing, .edit(.lineStart), .home, .control("a"))
        bind(.editing, .edit(.lineEnd), .end, .control("e"))
        bind(.editing, .edit(.deleteBackward), .backspace)
        bind(.editing, .edit(.deleteForward), .delete, .control("d"))
        bind(.editing, .edit(.deleteWordBackward), .control("w"))
        bind(.editing, .edit(.deleteToLineStart), .control("u"))

        bind(.moving, .move(.left), .left, char("h"), char("<"))
        bind(.moving, .move(.right), .right, char("l"), char(">"))
        bind(.moving, .move(.up), .up, char("k"))
        bind(.moving, .move(.down), .down, char("j"))
        bind(.moving, .move(.drop), .enter, char(" "), char("m"))
        bind(.moving, .move(.cancel), .escape)

        // Danish answers first: j(a), n(ej); y for yes too. i(ndlæs)/b(ehold) after a change
        // from outside, g(enskab)/s(gem som) for a missing file; l, k and r as in English.
        bind(.dialog, .dialog(.yes), char("j"), char("J"), char("y"), char("Y"), .enter)
        bind(.dialog, .dialog(.no), char("n"), char("N"), char("q"))
        bind(.dialog, .dialog(.cancel), .escape)
        bind(.dialog, .dialog(.loadTheirs), char("i"), char("I"), char("l"), char("L"))
        bind(.dialog, .dialog(.keepMine), char("b"), char("B"), char("k"), char("K"))
        bind(.dialog, .dialog(.recreate), char("g"), char("G"), char("r"), char("R"))
        bind(.dialog, .dialog(.saveElsewhere), char("s"), char("S"))

        bind(.help, .help(.down), .down, char("j"))
        bind(.help, .help(.up), .up, char("k"))
        bind(.help, .help(.pageDown), .pageDown, char(" "))
        bind(.help, .help(.pageUp), .pageUp)

        bind(.timeUp, .dismissTimeUp, .escape, .enter, char("t"))
        return list
    }())
}
