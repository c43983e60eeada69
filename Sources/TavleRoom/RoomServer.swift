import Dispatch
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Synchronization
import TavlePlatform
import TavleCore

/// The room's web server: participants' phones on the local network join, send cards, dots and
/// answers, and follow the step on the projector. It turns their requests into the core's
/// events (sent to the run loop's queue, so they are saved, undone and drawn like any edit)
/// and serves the page the run loop publishes. It exists only while the room is open; nothing
/// of it runs, or is even set up, before then.
public final class RoomServer: Sendable {
    /// The most connections open at once, counted as they are accepted (an idle one too), and
    /// the most from one address (a phone's browser opens a few); the next gets a clear "too busy".
    static let maximumConnections = 100
    static let maximumConnectionsPerAddress = 20
    /// The largest request body read.
    static let maximumBody = 4096
    /// Wrong codes, from all addresses together, after which the code changes (the projector
    /// shows the new one): guessing from many addresses cannot go on for hours.
    static let wrongCodesBeforeNewCode = 100
    /// How long a phone waits for its change to reach the disk before it is told to try again.
    static let replyPatience: Duration = .seconds(10)

    private let place: RoomPlace
    private let send: @Sendable (AppEvent) -> Void
    private let secrets = RoomSecrets()
    private let shared = Mutex(Shared())
    private let replies = Replies()
    private let connections = ConnectionLimit(total: maximumConnections, perAddress: maximumConnectionsPerAddress)
    private let stopped = DispatchSemaphore(value: 0)

    /// What the run loop and the server's threads share.
    private struct Shared {
        var step: RoomStep?
        var fingerprints = PageFingerprints(nil)
        var subscribers: [Int: Subscriber] = [:]
        var nextSubscriber = 0
        var task: Task<Void, Never>?
        var isClosed = false
        var perAddress = RateLimit(burst: 20, perSecond: 5)
        var people = People()
        /// Where phones join; its code changes after `wrongCodesBeforeNewCode` wrong guesses.
        var link: RoomLink?
        var wrongCodes = 0
        var perPerson = RateLimit(burst: 5, perSecond: 1)
        var codeGuesses = RateLimit(burst: 5, perSecond: 1.0 / 12)
    }

    /// A server for the room, sending events through `send` (from its own threads).
    public init(place: RoomPlace, send: @escaping @Sendable (AppEvent) -> Void) {
        self.place = place
        self.send = send
    }

    /// Starts listening in the background; `roomOpened` or `roomFailed` follows through `send`.
    /// When the port asked for is taken (another program on 8080), any free port is used:
    /// the address on the projector says which.
    public func open() {
        guard let host = place.host ?? LocalAddress.find() else {
            send(.roomFailed("no local network"))
            stopped.signal()
            return
        }
        let ports = place.port == 0 ? [0] : [place.port, 0]
        let task = Task.detached { [self, send, stopped] in
            for (attempt, port) in ports.enumerated() {
                let started = Started()
                do {
                    try await application(host: host, port: port, started: started).run()
                    break
                } catch {
                    if Task.isCancelled { break }
                    // A port that could not be bound: try the next; any other failure is final.
                    if !started.value.withLock({ $0 }), attempt + 1 < ports.count { continue }
                    send(.roomFailed(Self.describe(error)))
                    break
                }
            }
            stopped.signal()
        }
        shared.withLock { $0.task = task }
    }

    /// Whether a server got as far as listening.
    private final class Started: Sendable {
        let value = Mutex(false)
    }

    private func application(host: String, port: Int, started: Started) -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            // A phone that keeps a connection open without asking anything lets it go after a
            // minute (a live line is never idle: it hears a comment every few seconds).
            server: HTTPServerBuilder { [self] responder in
                LimitedHTTP1Channel(
                    http: HTTP1Channel(responder: responder, configuration: .init(idleTimeout: .seconds(60))),
                    limit: connections,
                    refusal: { [self] in words().document(words().message(words().words.tooMany), events: nil) }
                )
            },
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { [self] channel in
                started.value.withLock { $0 = true }
                let port = channel.localAddress?.port ?? port
                let short = "http://\(host):\(port)"
                let address = short + "/r/" + secrets.token
                let link = RoomLink(address: address, shortAddress: short, code: secrets.code, scanCode: ScanCode(encoding: address))
                shared.withLock { $0.link = link }
                send(.roomOpened(link))
            },
            logger: Logger(label: "tavle.room", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    /// Stops listening and closes every phone's connection; returns once the server is down.
    public func close() {
        let (task, subscribers) = shared.withLock { shared in
            shared.isClosed = true
            defer { shared.subscribers = [:] }
            return (shared.task, shared.subscribers.values.map(\.line))
        }
        // The phones hear that the room closed before their line goes quiet.
        for subscriber in subscribers {
            subscriber.yield("event: closed\ndata: \(words().words.closed)\n\n")
            subscriber.finish()
        }
        replies.abandonAll()
        if !subscribers.isEmpty { usleep(200_000) }
        task?.cancel()
        _ = stopped.wait(timeout: .now() + 5)
    }

    /// The step the phones see now; each phone whose page it changes is told to look again.
    public func publish(_ step: RoomStep?) {
        let fingerprints = PageFingerprints(step)
        let changed = shared.withLock { shared in
            shared.step = step
            shared.fingerprints = fingerprints
            var changed: [(AsyncStream<String>.Continuation, Int)] = []
            for (id, subscriber) in shared.subscribers {
                let page = fingerprints.of(subscriber.person)
                guard page != subscriber.page else { continue }
                shared.subscribers[id]?.page = page
                changed.append((subscriber.line, page))
            }
            return changed
        }
        for (line, page) in changed { line.yield("data: \(page)\n\n") }
    }

    /// A phone's live line, whose page it is, and what that page showed when last told.
    private struct Subscriber {
        var line: AsyncStream<String>.Continuation
        var person: String?
        var page: Int
    }

    /// The core's answer to a request, for the phone waiting for it.
    public func answer(_ reply: RoomReply) {
        replies.deliver(reply.submission, reply.outcome)
    }

    private static func describe(_ error: any Error) -> String {
        VisibleText.oneLine(String(describing: error))
    }

    // MARK: Routes

    private func makeRouter() -> Router<RoomContext> {
        let router = Router(context: RoomContext.self)
        router.get("/room.css") { _, _ in Self.asset("room.css", type: "text/css; charset=utf-8") }
        router.get("/room.js") { _, _ in Self.asset("room.js", type: "text/javascript; charset=utf-8") }
        // Browsers ask for an icon on every page; "none" is an answer, not an error in their log.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/") { [self] _, _ in page(words().message(words().words.typeCode, codeForm: true)) }
        router.post("/code") { [self] request, context in try await code(request, context) }
        router.get("/r/:token") { [self] request, context in try await guarded(request, context) { try await self.show(request) } }
        router.post("/r/:token/join") { [self] request, context in try await guarded(request, context) { try await self.join(request, context) } }
        router.post("/r/:token/act") { [self] request, context in try await guarded(request, context) { try await self.act(request, context) } }
        router.get("/r/:token/events") { [self] request, context in try await guarded(request, context) { self.events(request) } }
        return router
    }

    /// Checks the token, and that the room is still open, before `body` runs.
    private func guarded(_ request: Request, _ context: RoomContext, _ body: () async throws -> Response) async throws -> Response {
        guard let token = context.parameters.get("token"), secrets.isToken(token[...]) else {
            return page(words().message(words().words.noToken), status: .forbidden)
        }
        guard !shared.withLock({ $0.isClosed }) else { return page(words().message(words().words.closed), status: .serviceUnavailable) }
        return try await body()
    }

    private func code(_ request: Request, _ context: RoomContext) async throws -> Response {
        let address = context.address
        guard shared.withLock({ $0.codeGuesses.allow(address, now: Self.now()) }) else {
            return page(words().message(words().words.tooManyTries, codeForm: true), status: .tooManyRequests)
        }
        let typed = try await form(request)?["code"] ?? ""
        let (right, newLink) = shared.withLock { shared -> (Bool, RoomLink?) in
            guard var link = shared.link else { return (false, nil) }
            if RoomSecrets.same(typed, link.code) { return (true, nil) }
            shared.wrongCodes += 1
            guard shared.wrongCodes >= Self.wrongCodesBeforeNewCode else { return (false, nil) }
            shared.wrongCodes = 0
            link.code = RoomSecrets.randomCode()
            shared.link = link
            return (false, link)
        }
        if let newLink { send(.roomOpened(newLink)) }
        guard right else { return page(words().message(words().words.wrongCode, codeForm: true), status: .forbidden) }
        return redirect("/r/" + secrets.token)
    }

    private func show(_ request: Request) async throws -> Response {
        let query = FormFields(request.uri.query.map { Substring($0) } ?? "")
        let view = words()
        let message = query["m"].flatMap(view.message(for:))
        guard let step = shared.withLock({ $0.step }) else { return page(view.message(view.words.closed)) }
        guard let key = query["k"], let person = shared.withLock({ $0.people.name(for: key) }) else {
            return page(view.join(participants: step.participants, submission: Self.submissionID(), message: message))
        }
        // The live line starts from this page's fingerprint: a change between drawing the page
        // and the line connecting is told at once, not lost until the next one.
        let shown = PageFingerprints(step).of(person)
        let events = "/r/\(secrets.token)/events?k=" + FormFields.encode(key) + "&v=\(shown)"
        return page(view.step(step, person: person, key: key, submission: Self.submissionID, message: message), events: events)
    }

    private func join(_ request: Request, _ context: RoomContext) async throws -> Response {
        guard let fields = try await form(request) else { return tooLarge(request) }
        let person = Self.name(fields["p"] ?? "")
        guard !person.isEmpty else { return answer(.refused(.empty), to: request, key: nil) }
        // A name is one phone's: whoever holds it sees its hidden cards and spends its dots.
        let (section, admitted) = shared.withLock { shared in
            (shared.step?.section ?? 0, shared.people.mayJoin(person, holding: fields["k"], from: context.address))
        }
        if let refusal = admitted { return answer(.refused(refusal), to: request, key: nil) }
        let outcome = await ask(ParticipantRequest(submission: fields["sid"] ?? Self.submissionID(), person: person, section: section, action: .join),
                                address: context.address)
        guard outcome == .done else { return answer(outcome, to: request, key: nil) }
        let key = shared.withLock { $0.people.key(for: person, from: context.address) }
        return answer(outcome, to: request, key: key)
    }

    private func act(_ request: Request, _ context: RoomContext) async throws -> Response {
        guard let fields = try await form(request) else { return tooLarge(request) }
        let key = fields["k"] ?? ""
        guard let person = shared.withLock({ $0.people.name(for: key) }) else { return answer(.refused(.notJoined), to: request, key: nil) }
        let text = fields["text"] ?? ""
        guard text.count <= RoomText.maximumLength else { return tooLarge(request) }
        let card = fields["card"].flatMap { UInt64($0) }.map(ItemID.init(number:))
        let question = fields["q"].flatMap { UInt64($0) }.map(ItemID.init(number:))
        let action: ParticipantAction? = switch fields["do"] {
        case "add": .addCard(text)
        case "edit": card.map { .editCard($0, text) }
        case "delete": card.map { .deleteCard($0) }
        case "dot": card.map { .placeDot($0) }
        case "undot": card.map { .takeDot($0) }
        case "answer": question.map { .answer(question: $0, text: text) }
        default: nil
        }
        guard let action, let section = fields["section"].flatMap({ Int($0) }) else {
            return answer(.refused(.notHere), to: request, key: key)
        }
        let submission = fields["sid"].map { String($0.prefix(64)) } ?? Self.submissionID()
        let outcome = await ask(ParticipantRequest(submission: submission, person: person, section: section, action: action,
                                                   lot: UInt64.random(in: 0...UInt64.max)),
                                address: context.address)
        // Not on disk in time, and no script on the page to send it again by itself: the page
        // comes back with this form as it was sent, same submission id, for the person to send
        // again, which cannot add it twice. Only on the step it was meant for.
        if outcome == nil, !Self.wantsJSON(request), let step = shared.withLock({ $0.step }), step.section == section {
            let view = words()
            let unsaved = RoomPage.Unsaved(action: fields["do"] ?? "", target: card?.number ?? question?.number, submission: submission, text: text)
            let html = view.step(step, person: person, key: key, submission: Self.submissionID, message: view.words.notSavedYet, unsaved: unsaved)
            return page(html, status: .serviceUnavailable)
        }
        return answer(outcome, to: request, key: key)
    }

    /// The phones' live line: one `data:` event whenever the step changes, and a comment every
    /// five seconds, so a phone that went away is noticed (its write fails) and the count drops.
    private func events(_ request: Request) -> Response {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let query = FormFields(request.uri.query.map { Substring($0) } ?? "")
        let key = query["k"]
        let shown = query["v"].flatMap { Int($0) }
        let person = key.flatMap { key in shared.withLock { $0.people.name(for: key) } }
        let (id, count, current) = shared.withLock { shared in
            guard !shared.isClosed else { return (-1, 0, 0) }
            let id = shared.nextSubscriber
            shared.nextSubscriber += 1
            let current = shared.fingerprints.of(person)
            shared.subscribers[id] = Subscriber(line: continuation, person: person, page: current)
            return (id, shared.subscribers.count, current)
        }
        guard id >= 0 else { return page(words().message(words().words.closed), status: .serviceUnavailable) }
        send(.roomConnections(count))
        continuation.yield("retry: 1000\ndata: 0\n\n")
        if let shown, shown != current { continuation.yield("data: \(current)\n\n") }
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(5))
                continuation.yield(": still here\n\n")
            }
        }
        continuation.onTermination = { [weak self] _ in
            heartbeat.cancel()
            guard let self else { return }
            let count = shared.withLock { shared in
                shared.subscribers[id] = nil
                return shared.subscribers.count
            }
            send(.roomConnections(count))
        }
        let body = ResponseBody { writer in
            for await chunk in stream {
                try await writer.write(ByteBuffer(string: chunk))
            }
            try await writer.finish(nil)
        }
        var headers = Self.headers(type: "text/event-stream; charset=utf-8")
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: body)
    }

    // MARK: Asking the core

    /// Sends the request to the core and waits for its answer; nil when the change has not
    /// reached the disk in time (the phone may resend: it carries the same submission id).
    private func ask(_ request: ParticipantRequest, address: String) async -> RoomReply.Outcome? {
        let now = Self.now()
        let allowed = shared.withLock { shared in
            shared.perAddress.allow(address, now: now) && (request.action == .join || shared.perPerson.allow(request.person, now: now))
        }
        guard allowed else { return .refused(.tooFast) }
        return await replies.wait(for: request.submission, patience: Self.replyPatience) { send(.participant(request)) }
    }

    private func answer(_ outcome: RoomReply.Outcome?, to request: Request, key: String?) -> Response {
        let view = words()
        let code: String
        let status: HTTPResponse.Status
        switch outcome {
        case .done?: (code, status) = ("done", .ok)
        case .refused(let refusal)?: (code, status) = (refusal.rawValue, refusal == .tooFast ? .tooManyRequests : .conflict)
        case nil: (code, status) = ("unsaved", .serviceUnavailable)
        }
        var location = "/r/\(secrets.token)?m=\(code)"
        if let key { location += "&k=" + FormFields.encode(key) }
        if Self.wantsJSON(request) {
            let message = view.message(for: code) ?? ""
            let json = "{\"ok\":\(outcome == .done),\"message\":" + JSONText.quote(message) + ",\"location\":" + JSONText.quote(location) + "}"
            return Response(status: status, headers: Self.headers(type: "application/json"), body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        return redirect(location)
    }

    /// Whether the page's script sent the request (it asks for JSON), not a plain form.
    private static func wantsJSON(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("application/json") == true
    }

    private func tooLarge(_ request: Request) -> Response {
        let view = words()
        if Self.wantsJSON(request) {
            let json = "{\"ok\":false,\"message\":" + JSONText.quote(view.words.tooLarge) + "}"
            return Response(status: .contentTooLarge, headers: Self.headers(type: "application/json"), body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        return page(view.message(view.words.tooLarge), status: .contentTooLarge)
    }

    // MARK: Helpers

    private func words() -> RoomPage {
        let language = shared.withLock { $0.step?.language } ?? .da
        return RoomPage(words: RoomWords.of(language), base: "/r/" + secrets.token)
    }

    private func form(_ request: Request) async throws -> FormFields? {
        var request = request
        guard let body = try? await request.collectBody(upTo: Self.maximumBody) else { return nil }
        return FormFields(Substring(String(buffer: body)))
    }

    private func page(_ main: String, events: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let html = words().document(main, events: events)
        return Response(status: status, headers: Self.headers(type: "text/html; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func redirect(_ location: String) -> Response {
        var headers = Self.headers(type: "text/plain; charset=utf-8")
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    private static func asset(_ name: String, type: String) -> Response {
        guard let text = BundledFiles.page(name) else { return Response(status: .notFound) }
        return Response(status: .ok, headers: headers(type: type), body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Every response's headers: a strict policy (no inline script or style, nothing from
    /// elsewhere) and no caching of pages that carry the token (the page's own `referrer`
    /// meta keeps the token out of other sites' logs).
    private static func headers(type: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentSecurityPolicy] = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        return headers
    }

    /// A name as a participant may have it: one line, no commas (the participants' list is
    /// comma-separated), at most 40 characters.
    static func name(_ text: String) -> String {
        let line = VisibleText.oneLine(text).replacing(",", with: " ")
        return String(String(line.trimmingWhitespace).prefix(40)).trimmingWhitespace.description
    }

    private static func submissionID() -> String {
        var random = SystemRandomNumberGenerator()
        return String(UInt64.random(in: 0...UInt64.max, using: &random), radix: 36) + String(UInt64.random(in: 0...UInt64.max, using: &random), radix: 36)
    }

    private static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}

/// A request's context: Hummingbird's, plus the address it came from (for the limits).
struct RoomContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let remote: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remote = source.channel.remoteAddress
    }

    /// The client's IP address, for the per-address limits.
    var address: String { remote?.ipAddress ?? "?" }
}

extension RoomPage {
    /// The words for a message code in a page address (`?m=done`), or nil for an unknown one.
    func message(for code: String) -> String? {
        if code == "done" { return words.done }
        if code == "unsaved" { return words.notSavedYet }
        return RoomRefusal(rawValue: code).map(words.refusal)
    }
}
