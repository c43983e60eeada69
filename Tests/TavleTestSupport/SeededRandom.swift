import Foundation

/// The one random number generator of the tests: seeded, so a randomised test that fails can
/// be run again with exactly the same values (SplitMix64: small, fast, and good enough to
/// scatter test cases; not for anything secret).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    /// The seed it started from, for failure messages.
    public let seed: UInt64
    private var state: UInt64

    /// Starts the sequence that `seed` always gives.
    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// The next 64 random bits; everything else (`Int.random(in:using:)`, `randomElement(using:)`,
    /// `shuffled(using:)`) is built on it by the standard library.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 up to, not including, `bound`: the short form that reads well in a loop.
    public mutating func int(below bound: Int) -> Int {
        Int.random(in: 0..<bound, using: &self)
    }

    /// What a failure message says so the failure can be replayed: `TAVLE_TEST_SEED=7`.
    public var replay: String { TestSeed.replay(seed) }
}

/// Which seeds the randomised tests use, so every failure can be replayed: each test has its
/// own fixed seeds (the same values every run, so a failure on one machine is a failure on
/// all), and `TAVLE_TEST_SEED=N` replaces them all with N, to replay a failure or to explore
/// other values. The crash test, whose outcome depends on timing, takes a fresh seed each run
/// instead (`fresh()`); it too prints the seed and obeys the variable.
public enum TestSeed {
    /// The environment variable that chooses the one seed every seeded test runs with.
    public static let variable = "TAVLE_TEST_SEED"

    /// The seed `TAVLE_TEST_SEED` names, if it is set. A value that is no seed stops the run:
    /// quietly running the usual seeds instead would look like a replay that passed.
    public static let chosen: UInt64? = {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return nil }
        guard let seed = UInt64(text) else {
            preconditionFailure("\(variable) must be a whole number from 0 to \(UInt64.max), not \"\(text)\"")
        }
        return seed
    }()

    /// A test's own seeds, or only the chosen one: for `@Test(arguments:)` and loops over seeds.
    public static func seeds(_ own: [UInt64]) -> [UInt64] { chosen.map { [$0] } ?? own }

    /// A test's own seeds from a range, or only the chosen one.
    public static func seeds(_ own: ClosedRange<UInt64>) -> [UInt64] { seeds(Array(own)) }

    /// A test's own seed, or the chosen one.
    public static func seed(_ own: UInt64) -> UInt64 { chosen ?? own }

    /// A new seed every run, or the chosen one: for a test whose result hangs on timing, where
    /// the same seed replays the same choices but not the same moments, so new seeds keep
    /// finding new moments.
    public static func fresh() -> UInt64 { chosen ?? UInt64.random(in: 0...UInt64(UInt32.max)) }

    /// How a failure message names a seed: the variable setting that replays it.
    public static func replay(_ seed: UInt64) -> String { "\(variable)=\(seed)" }
}

/// An error thrown in a seeded test, with the seed that replays it: the error alone does not
/// say which of the random cases threw it.
public struct ReplayableError: Error, CustomStringConvertible {
    /// What was thrown.
    public let error: any Error
    /// The seed of the case that threw it.
    public let seed: UInt64

    /// The error, then the setting that replays it.
    public var description: String { "\(error), \(TestSeed.replay(seed))" }
}

extension TestSeed {
    /// Runs a step of a seeded test so that an error it throws names the seed.
    public static func naming<T>(_ seed: UInt64, _ step: () throws -> T) throws -> T {
        do {
            return try step()
        } catch {
            throw ReplayableError(error: error, seed: seed)
        }
    }
}
