import Synchronization
import TavleCore
import TavlePlatform
import TavleRoom

/// `tavle-room [--host ADDRESS] --port PORT`: the room's web server as a program of its own,
/// which Tavle starts when the facilitator opens the room and ends by closing its standard
/// input. Tavle itself then never loads the network stack or the QR library (a workshop
/// without a room starts as fast as before there were rooms), and a room cannot outlive the
/// Tavle that opened it: when Tavle ends in any way, the pipe closes and so does the room.
///
/// Standard input: `RoomWire` commands (the step to show, answers to requests), one a line.
/// Standard output: `RoomWire` news (opened, failed, connections, requests), one a line.
@main
enum RoomHelper {
    static func main() {
        // A Tavle that went away is noticed as a failed write or the end of input, not a signal.
        signal(SIGPIPE, SIG_IGN)
        guard let place = place(Array(CommandLine.arguments.dropFirst())) else {
            _ = ChildProcess.write(Array("usage: tavle-room [--host ADDRESS] --port PORT\n".utf8), to: 2)
            exit(2)
        }
        let news = NewsLine()
        let server = RoomServer(place: place, send: { event in news.tell(event) })
        server.open()
        var pending: [UInt8] = []
        reading: while true {
            let bytes = ChildProcess.read(0)
            if bytes.isEmpty { break reading }
            pending += bytes
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                switch RoomWire.command(line[...]) {
                case .publish(let step)?: server.publish(step)
                case .answer(let reply)?: server.answer(reply)
                case nil: continue
                }
            }
        }
        server.close()
    }

    /// The place the arguments name; nil when they are not `[--host ADDRESS] --port PORT`.
    static func place(_ arguments: [String]) -> RoomPlace? {
        var place = RoomPlace(host: nil, port: -1)
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard let value = rest.popFirst() else { return nil }
            switch option {
            case "--host": place.host = value
            case "--port":
                guard let port = Int(value), (0...65535).contains(port) else { return nil }
                place.port = port
            default: return nil
            }
        }
        guard place.port >= 0, place.host.map({ RoomPlace($0) != nil }) ?? true else { return nil }
        return place
    }
}

/// Standard output, written one whole line at a time from the server's threads.
final class NewsLine: Sendable {
    private let lock = Mutex(())

    /// Writes the line for `event`; one the wire has no line for is not sent.
    func tell(_ event: AppEvent) {
        guard let line = RoomWire.line(event) else { return }
        lock.withLock { _ in _ = ChildProcess.write(Array((line + "\n").utf8), to: 1) }
    }
}
