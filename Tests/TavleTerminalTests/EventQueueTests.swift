import Dispatch
import Testing
import TavlePlatform
import TavleTerminal

/// The run loop's one wait: events from other threads and bytes on a descriptor (the terminal)
/// both wake it, none is lost or reordered, and nothing is polled.
@Suite("Event queue")
struct EventQueueTests {
    /// A non-blocking pipe standing in for the terminal.
    static func pipeEnds() -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        return (ends[0], ends[1])
    }

    @Test("events from a second thread and keys on the terminal arrive complete and each in order")
    func twoSources() {
        let queue = EventQueue<Int>()
        let terminal = Self.pipeEnds()
        defer { close(terminal.read); close(terminal.write) }
        let count = 2_000
        let sender = DispatchQueue(label: "phones")
        let typist = DispatchQueue(label: "keys")
        sender.async { for number in 0..<count { queue.send(number) } }
        typist.async {
            for number in 0..<count {
                var byte = UInt8(number % 256)
                _ = write(terminal.write, &byte, 1)
            }
        }
        var events: [Int] = []
        var keys: [UInt8] = []
        var timedOut = 0
        // The loop as Tavle runs it: take what is there, one key at a time, sleep only when
        // nothing was found. A lost wake-up would show as a wait that ends by its time limit.
        while events.count < count || keys.count < count {
            var found = false
            let taken = queue.take()
            events += taken
            found = !taken.isEmpty
            var byte: UInt8 = 0
            if read(terminal.read, &byte, 1) == 1 {
                keys.append(byte)
                found = true
            }
            if !found, queue.wait(for: [terminal.read], timeoutMilliseconds: 10_000).timedOut {
                timedOut += 1
                if timedOut > 2 { break }
            }
        }
        #expect(events.count == count && events.elementsEqual(0..<count), "every event, in the order sent")
        #expect(keys.count == count && keys.elementsEqual((0..<count).lazy.map { UInt8($0 % 256) }), "every key, in the order typed")
        #expect(timedOut == 0, "the loop slept through news")
    }

    @Test("an event sent before the loop goes to sleep still wakes it")
    func sentBeforeWait() {
        let queue = EventQueue<String>()
        queue.send("kort fra en telefon")
        // Without a time limit: a lost wake-up would hang here, and the test runner with it.
        let wake = queue.wait(for: [], timeoutMilliseconds: nil)
        #expect(wake.readable.isEmpty && !wake.timedOut, "the queue woke the wait")
        #expect(queue.take() == ["kort fra en telefon"])
        #expect(queue.wait(for: [], timeoutMilliseconds: 0).timedOut, "nothing more: the time limit ends it")
    }

    @Test("a readable descriptor is reported; a wake without events reports none")
    func readableDescriptor() {
        let queue = EventQueue<Int>()
        let terminal = Self.pipeEnds()
        defer { close(terminal.read); close(terminal.write) }
        var byte: UInt8 = 65
        _ = write(terminal.write, &byte, 1)
        #expect(queue.wait(for: [terminal.read], timeoutMilliseconds: nil).readable == [terminal.read])
        _ = read(terminal.read, &byte, 1)
        queue.wake()
        let woken = queue.wait(for: [terminal.read], timeoutMilliseconds: nil)
        #expect(woken.readable.isEmpty && !woken.timedOut)
        #expect(queue.take().isEmpty)
    }
}
