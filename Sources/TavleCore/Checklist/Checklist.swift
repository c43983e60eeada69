/// Points the group ticks together, optionally under group headings.
///
/// Kept as a flat list, one entry per file line, so focus, editing and the file format all
/// address an entry by its index. The list is chunked, so an undo snapshot after ticking one
/// point of thousands shares all but one chunk; the counts the agenda shows on every frame
/// are kept up to date on each change instead of counted on each frame.
public struct Checklist: Equatable, Sendable {
    /// Group headings and points, in order.
    public var entries: ChunkedList<ChecklistEntry> {
        didSet { (pointCount, tickedCount) = Self.counts(of: entries) }
    }

    /// How many points there are, sub-points included.
    public private(set) var pointCount: Int

    /// How many points are ticked.
    public private(set) var tickedCount: Int

    /// Creates a checklist.
    public init(entries: [ChecklistEntry] = []) {
        self.init(chunked: ChunkedList(entries))
    }

    /// Creates a checklist from entries already chunked, as the parser reads them.
    init(chunked entries: ChunkedList<ChecklistEntry>) {
        self.entries = entries
        (pointCount, tickedCount) = Self.counts(of: self.entries)
    }

    private static func counts(of entries: ChunkedList<ChecklistEntry>) -> (points: Int, ticked: Int) {
        var points = 0
        var ticked = 0
        for entry in entries {
            guard case .point(let point) = entry else { continue }
            points += 1
            if point.isDone { ticked += 1 }
        }
        return (points, ticked)
    }

    /// Checklists are equal when their entries are; the counts follow from them.
    public static func == (lhs: Checklist, rhs: Checklist) -> Bool { lhs.entries == rhs.entries }

    /// Whether the entry at `index` is a point (focus lands only on points).
    public func isPoint(at index: Int) -> Bool {
        entries.indices.contains(index) && entries[index].isPoint
    }

    /// The first point after `index`, if any: the cost is the distance, not the list's length.
    public func point(after index: Int) -> Int? {
        var candidate = max(index + 1, 0)
        while candidate < entries.count {
            if entries[candidate].isPoint { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The last point before `index`, if any.
    public func point(before index: Int) -> Int? {
        var candidate = min(index, entries.count) - 1
        while candidate >= 0 {
            if entries[candidate].isPoint { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// The first point, if any.
    public var firstPoint: Int? { point(after: -1) }

    /// Where the point with `id` is among the entries now, if it is still there.
    public func entryIndex(of id: ItemID) -> Int? {
        entries.firstIndex { if case .point(let point) = $0 { point.id == id } else { false } }
    }

    /// The last point, if any.
    public var lastPoint: Int? { point(before: entries.count) }

    /// The range of entries that deleting the point at `index` removes: it and its sub-points.
    public func pointRange(at index: Int) -> Range<Int> {
        guard case .point(let point) = entries[index], !point.isSubpoint else {
            return index..<(index + 1)
        }
        var end = index + 1
        while end < entries.count, case .point(let next) = entries[end], next.isSubpoint {
            end += 1
        }
        return index..<end
    }
}

/// One line of a checklist: a group heading or a point.
public enum ChecklistEntry: Equatable, Sendable {
    /// A heading that groups the points below it.
    case group(ChecklistGroup)
    /// A point to tick.
    case point(ChecklistPoint)

    /// True for points.
    public var isPoint: Bool {
        if case .point = self { return true }
        return false
    }
}

/// A heading inside a checklist, with optional text explaining the group.
public struct ChecklistGroup: Equatable, Sendable {
    /// The heading.
    public var title: String
    /// Text under the heading.
    public var description: String

    /// Creates a group heading.
    public init(title: String, description: String = "") {
        self.title = title
        self.description = description
    }
}

/// A point to tick; a sub-point belongs to the point above it.
public struct ChecklistPoint: Equatable, Sendable {
    /// What the point says.
    public var text: String
    /// Whether the group has ticked it.
    public var isDone: Bool
    /// Whether it is indented under the point above.
    public var isSubpoint: Bool
    /// The point's identity while Tavle runs; not content, so not compared and not saved.
    public let id: ItemID

    /// Creates a point.
    public init(text: String, isDone: Bool = false, isSubpoint: Bool = false, id: ItemID = .next()) {
        self.text = text
        self.isDone = isDone
        self.isSubpoint = isSubpoint
        self.id = id
    }

    /// Points are equal when they say the same, ticked or not, at the same depth.
    public static func == (lhs: ChecklistPoint, rhs: ChecklistPoint) -> Bool {
        lhs.text == rhs.text && lhs.isDone == rhs.isDone && lhs.isSubpoint == rhs.isSubpoint
    }
}
