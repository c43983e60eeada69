import Dispatch
import TavleCore
import TavlePlatform
import TavleTerminal

/// A source of events for the end-to-end tests that places cards visibly, at an exact place,
/// while the facilitator edits or moves another (the room's phones send hidden cards, always
/// to the first column's end): with `TAVLE_TEST_FEED=PATH` (a named pipe), a thread of its
/// own reads lines `SECTION COLUMN INDEX TEXT` (0-based numbers) and sends each as a card
/// arriving there, through the same `EventQueue` the keys, the saves and the room share.
/// Without the variable nothing starts.
enum TestFeed {
    /// Starts reading the pipe named by `TAVLE_TEST_FEED`, if it is set.
    static func start(sending queue: EventQueue<AppEvent>) {
        guard let path = Account.environment("TAVLE_TEST_FEED"), !path.isEmpty else { return }
        // Only a named pipe: a plain file would be read again and again, every line a card.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return }
        DispatchQueue(label: "tavle.test-feed").async {
            // A writer that closes the pipe ends one round; the next writer starts another.
            while let file = fopen(path, "r") {
                var line: UnsafeMutablePointer<CChar>?
                var capacity = 0
                while getline(&line, &capacity, file) > 0, let line {
                    if let event = event(from: String(cString: line)) { queue.send(event) }
                }
                free(line)
                fclose(file)
            }
        }
    }

    /// The event a line asks for; nil for a line that is not `SECTION COLUMN INDEX TEXT`.
    static func event(from line: String) -> AppEvent? {
        let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, let section = Int(parts[0]), let column = Int(parts[1]), let index = Int(parts[2]) else { return nil }
        let text = parts[3].hasSuffix("\n") ? String(parts[3].dropLast()) : String(parts[3])
        return .cardsArrived(section: section, column: column, index: index, texts: [text])
    }
}
