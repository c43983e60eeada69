import Dispatch
import Synchronization
import TavleCore

/// Writes the workshop on its own thread, so a key never waits for a disk: the run loop hands
/// over the newest workshop and goes on drawing. While a write is under way, newer workshops
/// replace each other, and only the newest is written next (a burst of typing on a 1 MB file
/// costs one write, not one per key).
///
/// Crash safety does not change: every write is still an atomic replace, so the file on disk
/// is always one whole state the meeting had, at most one burst of keys old. The run loop
/// waits for the writes before it quits, so nothing typed is left behind.
final class BackgroundSaver: Sendable {
    private struct Slots {
        var pending: Workshop?
        var isWriting = false
        var results: [Result<String, SaveFailure>] = []
    }

    private let file: DocumentFile
    private let queue = DispatchQueue(label: "tavle.save")
    private let slots = Mutex(Slots())
    /// Called on the saver's thread when the writes asked for are done, so the run loop
    /// wakes for their outcome instead of looking every few milliseconds.
    private let finished: @Sendable () -> Void

    /// A saver for the workshop file; from now on only the saver's thread touches `file`.
    init(file: DocumentFile, finished: @escaping @Sendable () -> Void = {}) {
        self.file = file
        self.finished = finished
    }

    /// Asks for the workshop to be written; returns at once.
    func save(_ workshop: Workshop) {
        let start = slots.withLock { slots in
            slots.pending = workshop
            guard !slots.isWriting else { return false }
            slots.isWriting = true
            return true
        }
        if start { queue.async { self.writePending() } }
    }

    /// The outcome of the writes since the last call once all of them are done (only the last
    /// write counts, since it holds everything before it), and whether writes are still going
    /// on: both read at once, so no outcome can slip in between.
    func poll() -> (outcome: Result<String, SaveFailure>?, isBusy: Bool) {
        slots.withLock { slots in
            guard !slots.isWriting else { return (nil, true) }
            let last = slots.results.last
            slots.results.removeAll()
            return (last, false)
        }
    }

    /// Waits until everything asked for is written.
    func waitUntilIdle() {
        queue.sync {}
    }

    /// Runs `body` with the file on the saver's thread, after the writes asked for so far:
    /// for "save as" and for settling an outside change, which the run loop waits for.
    func withFile<T: Sendable>(_ body: @Sendable (DocumentFile) -> T) -> T {
        queue.sync { body(file) }
    }

    private func writePending() {
        while true {
            let next: Workshop? = slots.withLock { slots in
                let next = slots.pending
                slots.pending = nil
                if next == nil { slots.isWriting = false }
                return next
            }
            guard let next else {
                finished()
                return
            }
            let result = file.save(next)
            slots.withLock { $0.results.append(result) }
        }
    }
}
