/// Points the group ticks together, optionally under group headings.
///
/// Kept as a flat list, one entry per file line, so focus, editing and the file format all
/// address an entry by its index.
public struct Checklist: Equatable, Sendable {
    /// Group headings and points, in order.
    public var entries: [ChecklistEntry]

    /// Creates a checklist.
    public init(entries: [ChecklistEntry] = []) {
        self.entries = entries
    }

    /// Indices of the entries that are points (what focus can land on).
    public var pointIndices: [Int] {
        entries.indices.filter { entries[$0].isPoint }
    }

    /// How many points there are, sub-points included.
    public var pointCount: Int { entries.reduce(0) { $0 + ($1.isPoint ? 1 : 0) } }

    /// How many points are ticked.
    public var tickedCount: Int {
        entries.reduce(0) { count, entry in
            if case .point(let point) = entry, point.isDone { return count + 1 }
            return count
        }
    }

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

    /// Creates a point.
    public init(text: String, isDone: Bool = false, isSubpoint: Bool = false) {
        self.text = text
        self.isDone = isDone
        self.isSubpoint = isSubpoint
    }
}
