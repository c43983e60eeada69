// The file syntax of an items section: how it is read, written and checked (docs/file-format.md).

extension WorkshopParser {
    /// Reads action items: `- [ ] what` lines with `who` and `due` lines under them.
    mutating func parseActions() throws(FormatError) -> [ActionItem] {
        var items: [ActionItem] = []
        while let line = nextInSection() {
            switch line {
            case .dash(let rest):
                guard let (isDone, text) = Self.checkbox(rest) else {
                    throw error(.actionItemSyntax, column: 3)
                }
                recordItem()
                items.append(ActionItem(what: String(text), isDone: isDone))
                advance()
            case .subDash(let rest) where !items.isEmpty:
                let field = rest.prefix { $0 != ":" }
                var value = rest.dropFirst(field.count + 1)
                if value.first == " " { value = value.dropFirst() }
                let valueColumn = 5 + rest.distance(from: rest.startIndex, to: value.startIndex)
                let hasColon = rest.dropFirst(field.count).first == ":"
                switch field {
                case "who" where hasColon:
                    guard items[items.count - 1].who.isEmpty else { throw error(.actionWhoTwice, column: 5) }
                    items[items.count - 1].who = String(value)
                case "due" where hasColon:
                    guard items[items.count - 1].due == nil else { throw error(.actionDueTwice, column: 5) }
                    guard let date = CalendarDate(iso: value) else {
                        throw error(.actionDueDate, column: valueColumn)
                    }
                    items[items.count - 1].due = date
                default:
                    throw error(.actionDetailSyntax, column: 5)
                }
                advance()
            case .subDash:
                throw error(.actionDetailOutsideItem)
            default:
                throw unexpected(inside: .actions)
            }
        }
        return items
    }
}

extension ActionList {
    /// Each action item as `- [ ] what` with `who` and `due` under it.
    func serialize(to file: inout WorkshopSerializer.Output) {
        guard !actions.isEmpty else { return }
        file.startBlock()
        for item in actions {
            file.line((item.isDone ? "- [x] " : "- [ ] ") + WorkshopSerializer.line(item.what))
            if !item.who.isEmpty { file.line("  - who: " + WorkshopSerializer.line(item.who)) }
            if let due = item.due { file.line("  - due: " + due.description) }
        }
    }

    /// Action items without a what.
    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag) {
        for (item, itemLine) in zip(actions, items) where item.what.trimmingWhitespace.isEmpty {
            flag(itemLine, 7, .actionWithoutWhat)
        }
    }
}
