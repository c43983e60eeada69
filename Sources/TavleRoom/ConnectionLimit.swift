import HummingbirdCore
import Logging
import NIOCore
import Synchronization

/// The phones' connections, counted as they are accepted and until they close (an idle
/// keep-alive connection counts as much as a busy one): at most `total` in all and
/// `perAddress` from one address. Someone on the guest network cannot hold the room's doors
/// shut with idle connections, and one device cannot take them all.
final class ConnectionLimit: Sendable {
    let total: Int
    let perAddress: Int
    private let open = Mutex(Counts())

    private struct Counts {
        var total = 0
        var perAddress: [String: Int] = [:]
    }

    /// A limit of `total` connections, `perAddress` from each address.
    init(total: Int, perAddress: Int) {
        self.total = total
        self.perAddress = perAddress
    }

    /// Counts a new connection from `address` if there is room for it; false when it is one too many.
    func admit(_ address: String) -> Bool {
        open.withLock { counts in
            guard counts.total < total, counts.perAddress[address, default: 0] < perAddress else { return false }
            counts.total += 1
            counts.perAddress[address, default: 0] += 1
            return true
        }
    }

    /// A counted connection closed.
    func release(_ address: String) {
        open.withLock { counts in
            counts.total -= 1
            counts.perAddress[address, default: 1] -= 1
            if counts.perAddress[address] == 0 { counts.perAddress[address] = nil }
        }
    }

    /// How many connections are open now.
    var count: Int { open.withLock { $0.total } }
}

/// HTTP/1 with the room's connection limit: a connection past it is answered "too busy" (the
/// page `refusal` gives, in the workshop's language) as soon as it asks anything, and closed.
struct LimitedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let http: HTTP1Channel
    let limit: ConnectionLimit
    let refusal: @Sendable () -> String

    /// Counts the connection as it is accepted; one past the limit gets `TooBusy` in front.
    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let address = channel.remoteAddress?.ipAddress ?? "?"
        let admitted = limit.admit(address)
        if admitted {
            channel.closeFuture.whenComplete { _ in limit.release(address) }
        }
        return http.setup(channel: channel, logger: logger).flatMapThrowing { value in
            if !admitted {
                // In front of the HTTP decoder: the request is never read as one.
                try channel.pipeline.syncOperations.addHandler(TooBusy(page: refusal()), position: .first)
            }
            return value
        }
    }

    /// Serves the connection as plain HTTP/1 does.
    func handle(value: Value, logger: Logger) async {
        await http.handle(value: value, logger: logger)
    }
}

/// Answers a connection past the limit with 503 and the page, then closes it. It waits for the
/// request's first bytes, so the browser is listening when the answer comes, and closes only
/// its own side at first: the rest of the request is read and dropped until the browser closes
/// too (closing with unread bytes would reset the connection, and the page would be lost).
private final class TooBusy: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let page: String
    private var answered = false

    init(page: String) {
        self.page = page
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        answered = true
        let body = Array(page.utf8)
        let head = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src 'none'; style-src 'self'\r\n"
            + "Retry-After: 10\r\nConnection: close\r\n\r\n"
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: Array(head.utf8) + body)), promise: nil)
        context.close(mode: .output, promise: nil)
    }
}
