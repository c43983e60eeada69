import Synchronization
import TavleCore

/// Phones waiting for the core's answer, by submission id. A resend of the same submission
/// waits beside the first and gets the same answer.
final class Replies: Sendable {
    private let waiting = Mutex<(phones: [String: [CheckedContinuation<RoomReply.Outcome?, Never>]], isClosed: Bool)>(([:], false))

    /// Registers the wait, then calls `start` (so an answer cannot come before anyone waits),
    /// and returns the answer, or nil after `patience`.
    func wait(for submission: String, patience: Duration, start: () -> Void) async -> RoomReply.Outcome? {
        let timeout = Task { [weak self] in
            try? await Task.sleep(for: patience)
            if !Task.isCancelled { self?.deliver(submission, nil) }
        }
        defer { timeout.cancel() }
        return await withCheckedContinuation { continuation in
            // A request that comes in as the room closes is answered at once, not left to wait.
            let open = waiting.withLock { waiting in
                guard !waiting.isClosed else { return false }
                waiting.phones[submission, default: []].append(continuation)
                return true
            }
            if open { start() } else { continuation.resume(returning: .refused(.closed)) }
        }
    }

    /// Answers everyone waiting for `submission`.
    func deliver(_ submission: String, _ outcome: RoomReply.Outcome?) {
        let waiters = waiting.withLock { $0.phones.removeValue(forKey: submission) } ?? []
        waiters.forEach { $0.resume(returning: outcome) }
    }

    /// Answers every waiting phone that the room closed.
    func abandonAll() {
        let all = waiting.withLock { waiting in
            defer { waiting = ([:], true) }
            return waiting.phones.values.flatMap { $0 }
        }
        all.forEach { $0.resume(returning: .refused(.closed)) }
    }
}
