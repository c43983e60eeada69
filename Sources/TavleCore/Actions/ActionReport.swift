/// Open action items gathered from many workshops, soonest deadline first: the list the group
/// looks at when it meets again (`tavle actions`).
public struct ActionReport: Equatable, Sendable {
    /// One open item and where it was agreed.
    public struct Entry: Equatable, Sendable {
        /// The workshop file, as the person named it.
        public var file: String
        /// The section's title.
        public var section: String
        /// The item.
        public var item: ActionItem
    }

    /// Open items in the order they were read.
    private var found: [Entry] = []

    /// Open items, soonest deadline first; items without a deadline last; equal deadlines in
    /// the order they were read.
    public var entries: [Entry] {
        found.enumerated().sorted { left, right in
            switch (left.element.item.due, right.element.item.due) {
            case let (a?, b?) where a != b: return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.offset < right.offset
            }
        }.map(\.element)
    }

    /// An empty report.
    public init() {}

    /// Adds a workshop's open items.
    public mutating func add(_ workshop: Workshop, file: String) {
        for section in workshop.sections {
            guard case .actions(let items) = section.body else { continue }
            for item in items where !item.isDone {
                found.append(Entry(file: file, section: section.title, item: item))
            }
        }
    }

    /// One line per item, `due  who  what  (file: section)`, overdue ones marked; what the
    /// command prints.
    public func lines(today: CalendarDate?, noDue: String = "uden frist") -> [String] {
        let entries = self.entries
        let dueWidth = entries.map { ($0.item.due?.description ?? noDue).count }.max() ?? 0
        let whoWidth = entries.map { $0.item.who.isEmpty ? 1 : $0.item.who.count }.max() ?? 0
        return entries.map { entry in
            let due = entry.item.due?.description ?? noDue
            let who = entry.item.who.isEmpty ? "–" : entry.item.who
            let mark = entry.item.isOverdue(on: today) ? "! " : "  "
            return mark + pad(due, dueWidth) + "  " + pad(who, whoWidth) + "  " + entry.item.what
                + "  (" + entry.file + ": " + entry.section + ")"
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
