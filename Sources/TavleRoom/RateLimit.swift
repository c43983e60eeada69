/// A token bucket per key (a person, an address): `burst` requests at once, then `perSecond`
/// sustained. Keeps a guessing phone or a stuck script from crowding out the room; the
/// facilitator's keys never wait on it.
struct RateLimit: Sendable {
    let burst: Double
    let perSecond: Double
    private var buckets: [String: (tokens: Double, at: Double)] = [:]

    /// A limit of `burst` at once and `perSecond` after.
    init(burst: Int, perSecond: Double) {
        self.burst = Double(burst)
        self.perSecond = perSecond
    }

    /// Takes one request for `key` at `now` (seconds); false when over the limit.
    mutating func allow(_ key: String, now: Double) -> Bool {
        var bucket = buckets[key] ?? (burst, now)
        bucket.tokens = min(burst, bucket.tokens + (now - bucket.at) * perSecond)
        bucket.at = now
        guard bucket.tokens >= 1 else {
            buckets[key] = bucket
            return false
        }
        bucket.tokens -= 1
        buckets[key] = bucket
        if buckets.count > 10_000 { buckets = buckets.filter { $0.value.tokens < burst } }
        return true
    }
}
