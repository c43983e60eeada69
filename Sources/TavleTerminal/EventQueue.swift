import Synchronization
import TavlePlatform

/// The run loop's one wait, shared by every source of events.
///
/// Sources on any thread `send` their events (a finished save, a changed file, later the room's
/// phones); a send wakes the waiting loop at once, and the loop `take`s the events in the order
/// they were sent. The terminal's keys and watched files are waited for in the same call, so no
/// source needs a polling interval (bubbletea's `Program.Send`, with a self-pipe for the wake-up).
public final class EventQueue<Event: Sendable>: Sendable {
    private let pending = Mutex<[Event]>([])
    /// A pipe's ends, both non-blocking: a byte in it stays until the loop reads it, so an
    /// event sent between the loop's last look at the queue and its going to sleep still wakes
    /// it. A full pipe already wakes the loop, so a write that finds it full is not needed.
    private let readEnd: Int32
    /// Where `wake` and the signal handlers write.
    public let wakeDescriptor: Int32

    /// A queue with nothing in it.
    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        readEnd = ends[0]
        wakeDescriptor = ends[1]
    }

    deinit {
        close(readEnd)
        close(wakeDescriptor)
    }

    /// Adds an event and wakes the loop; callable from any thread.
    public func send(_ event: Event) {
        pending.withLock { $0.append(event) }
        wake()
    }

    /// Wakes the loop without an event, for a source whose news the loop fetches itself (the
    /// saver's outcome).
    public func wake() {
        var one: UInt8 = 1
        _ = write(wakeDescriptor, &one, 1)
    }

    /// The events sent since the last call, oldest first.
    public func take() -> [Event] {
        pending.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }

    /// Why a wait ended.
    public struct Wake: Equatable, Sendable {
        /// The descriptors that can be read now.
        public var readable: Set<Int32>
        /// The time limit passed with no news at all.
        public var timedOut: Bool
        /// The descriptors whose other end is gone (hang-up or error, nothing to read).
        public var hungUp: Set<Int32> = []
    }

    /// Sleeps until something is sent or woken, one of `descriptors` can be read, or
    /// `timeoutMilliseconds` pass (nil: no time limit).
    public func wait(for descriptors: [Int32], timeoutMilliseconds: Int32?) -> Wake {
        var polled = ([readEnd] + descriptors).map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let count = poll(&polled, nfds_t(polled.count), timeoutMilliseconds ?? -1)
        if polled[0].revents != 0 {
            var bytes = [UInt8](repeating: 0, count: 512)
            while read(readEnd, &bytes, bytes.count) > 0 {}
        }
        let watched = polled.dropFirst()
        let gone = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        return Wake(readable: Set(watched.filter { $0.revents & Int16(POLLIN) != 0 }.map(\.fd)), timedOut: count == 0,
                    hungUp: Set(watched.filter { $0.revents & gone != 0 && $0.revents & Int16(POLLIN) == 0 }.map(\.fd)))
    }
}
