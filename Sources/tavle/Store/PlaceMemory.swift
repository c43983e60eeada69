import TavleCore
import TavlePlatform

/// Where the facilitator left each workshop (its section and the focus in it), so reopening a
/// workshop continues there. Kept in `$XDG_STATE_HOME/tavle/places`, never in the minutes: it
/// is this laptop's memory, not the meeting's.
///
/// One line a workshop, newest first: `SECTION ROW COLUMN` and a tab before the file's
/// resolved path. At most `limit` workshops are remembered.
enum PlaceMemory {
    /// A section and the focus in it.
    struct Place: Equatable {
        var section: Int
        var cursor: Cursor
    }

    static let limit = 200

    /// The file the places are kept in; nil without a state folder.
    static func path() -> String? {
        BaseFolder.state().map { $0 + "/tavle/places" }
    }

    /// Where `target` was left, if it was.
    static func recall(_ target: String) -> Place? {
        entries().first { $0.target == target }?.place
    }

    /// Remembers where `target` was left; a failure only costs the memory.
    static func remember(_ place: Place, for target: String) {
        guard let path = path(), !target.contains("\n"), !target.contains("\t") else { return }
        let others = entries().filter { $0.target != target }.prefix(limit - 1)
        let lines = [(place, target)] + others.map { ($0.place, $0.target) }
        let text = lines.map { "\($0.0.section) \($0.0.cursor.row) \($0.0.cursor.column)\t\($0.1)\n" }.joined()
        PathName.makeFolders(PathName.folder(of: path), mode: 0o700)
        _ = WorkshopStore.write(text, to: path)
    }

    private static func entries() -> [(place: Place, target: String)] {
        guard let path = path(), let bytes = try? WorkshopStore.readBytes(path) else { return [] }
        return bytes.split(separator: 0x0A).compactMap { line in
            let text = String(decoding: line, as: UTF8.self)
            guard let tab = text.firstIndex(of: "\t") else { return nil }
            let numbers = text[..<tab].split(separator: " ").compactMap { Int($0) }
            guard numbers.count == 3, numbers.allSatisfy({ $0 >= 0 }) else { return nil }
            return (Place(section: numbers[0], cursor: Cursor(column: numbers[2], row: numbers[1])), String(text[text.index(after: tab)...]))
        }
    }
}
