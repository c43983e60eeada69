import Dispatch
import Synchronization
import TavleCore
import TavlePlatform

/// The room's server as the run loop sees it: `tavle-room`, installed beside `tavle`, started
/// when the facilitator opens the room and spoken to in `RoomWire` lines over its pipes. Its
/// news (opened, connections, phones' requests) arrive as events through `send`, from a
/// thread of their own; what the run loop tells it is written by another thread, so a slow
/// room never holds up a key.
final class RoomProcess: Sendable {
    /// The program's name beside Tavle's own.
    static let programName = "tavle-room"

    private let place: RoomPlace
    private let send: @Sendable (AppEvent) -> Void
    private let state = Mutex(Outbox())
    private let wake = DispatchSemaphore(value: 0)
    private let written = DispatchSemaphore(value: 0)
    private let child = Mutex<ChildProcess?>(nil)

    /// What waits to be written, and whether the room is closing.
    private struct Outbox {
        var lines: [(line: String, isStep: Bool)] = []
        var isClosing = false
    }

    /// A room that will listen at `place`, sending its news through `send`.
    init(place: RoomPlace, send: @escaping @Sendable (AppEvent) -> Void) {
        self.place = place
        self.send = send
    }

    /// Starts the room's program; `roomOpened` or `roomFailed` follows through `send`.
    func open() {
        guard let folder = ThisProgram.folder else {
            send(.roomFailed("/proc/self/exe: " + ErrorNumber(errno: errno).description))
            return
        }
        let path = folder + "/" + Self.programName
        switch ChildProcess.start(path, arguments: place.arguments) {
        case .failure(let error):
            send(.roomFailed(path + ": " + error.description))
        case .success(let started):
            child.withLock { $0 = started }
            DispatchQueue(label: "tavle.room.news").async { [self] in readNews(from: started) }
            DispatchQueue(label: "tavle.room.commands").async { [self] in writeCommands(to: started) }
        }
    }

    /// The step the phones see now. A step not yet written gives way to this one: only the
    /// latest matters, and a room that reads slowly is not sent every step in between.
    func publish(_ step: RoomStep?) {
        let line = RoomWire.line(.publish(step))
        state.withLock { outbox in
            outbox.lines.removeAll { $0.isStep }
            outbox.lines.append((line, true))
        }
        wake.signal()
    }

    /// The core's answer to a phone's request.
    func answer(_ reply: RoomReply) {
        state.withLock { $0.lines.append((RoomWire.line(.answer(reply)), false)) }
        wake.signal()
    }

    /// Writes what was asked before, then closes the room (its program tells every phone) and
    /// returns once the program has ended (after 5 seconds it is ended by force).
    func close() {
        guard let started = child.withLock({ $0 }) else { return }
        state.withLock { $0.isClosing = true }
        wake.signal()
        _ = written.wait(timeout: .now() + 5)
        started.wait(upTo: 5)
    }

    /// The writing thread: lines in the order asked, until the room closes; then the end of
    /// the program's input, which is how it knows to close.
    private func writeCommands(to started: ChildProcess) {
        while true {
            wake.wait()
            let (lines, closing) = state.withLock { outbox in
                defer { outbox.lines = [] }
                return (outbox.lines.map(\.line), outbox.isClosing)
            }
            if !lines.isEmpty {
                // A program that went away is told by the news thread; later lines are dropped.
                _ = ChildProcess.write(Array(lines.map { $0 + "\n" }.joined().utf8), to: started.input)
            }
            if closing { break }
        }
        _ = TavlePlatform.close(started.input)
        written.signal()
    }

    /// The reading thread: each line of news as an event. When the program ends without being
    /// asked to (it could not start, or crashed), the room fails with what it said on error.
    private func readNews(from started: ChildProcess) {
        var pending: [UInt8] = []
        while true {
            let bytes = ChildProcess.read(started.output)
            if bytes.isEmpty { break }
            pending += bytes
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                if let event = RoomWire.event(line[...]) { send(event) }
            }
        }
        let closing = state.withLock { $0.isClosing }
        if !closing {
            let said = String(decoding: ChildProcess.read(started.errors, limit: 4096), as: UTF8.self)
            let firstLine = said.split(separator: "\n").first.map(String.init) ?? ""
            send(.roomFailed(Self.programName + ": " + (firstLine.isEmpty ? "stopped" : VisibleText.oneLine(firstLine))))
        }
        _ = TavlePlatform.close(started.output)
        _ = TavlePlatform.close(started.errors)
    }
}
