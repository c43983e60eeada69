/// Names Tavle makes from a workshop's file name (its lock, temporary files, the journal of an
/// in-place write, conflict copies), kept within the 255 bytes a file name may have.
///
/// A name that would be too long keeps as much of the workshop's name as fits, cut between
/// characters, and adds a hash of the whole name, so two long names that start alike still get
/// different lock files and copies.
enum DerivedName {
    /// The longest file name Linux and macOS file systems accept, in bytes.
    static let maximumBytes = 255

    /// `prefix + base + suffix`, or with `base` shortened and hashed when that is too long.
    static func make(_ prefix: String, _ base: String, _ suffix: String) -> String {
        let whole = prefix + base + suffix
        guard whole.utf8.count > maximumBytes else { return whole }
        let hash = "~" + hexHash(base)
        let room = maximumBytes - prefix.utf8.count - suffix.utf8.count - hash.utf8.count
        var kept = ""
        var used = 0
        for scalar in base.unicodeScalars {
            let size = String(scalar).utf8.count
            guard used + size <= room else { break }
            kept.unicodeScalars.append(scalar)
            used += size
        }
        return prefix + kept + hash + suffix
    }

    /// The hidden lock file beside a workshop: `.NAME.lock`.
    static func lock(for fileName: String) -> String {
        make(".", fileName, ".lock")
    }

    /// A fresh temporary name beside `fileName`: `.NAME.tavle-tmp-PID-RANDOM`. The process id
    /// tells a later Tavle whether the writer is gone; the random part makes the name
    /// unguessable, so nobody can plant a link there in advance.
    static func temporary(for fileName: String, pid: Int32, random: UInt64) -> String {
        make(".", fileName, temporaryMarker + "\(pid)-" + String(random, radix: 16))
    }

    /// What every temporary name holds, for finding them again.
    static let temporaryMarker = ".tavle-tmp-"

    /// The process id in a temporary name, or nil for any other name.
    static func temporaryOwner(_ name: String) -> Int32? {
        guard name.hasPrefix(".") else { return nil }
        let bytes = Array(name.utf8)
        let marker = Array(temporaryMarker.utf8)
        guard bytes.count > marker.count,
              let start = (0...(bytes.count - marker.count)).last(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
        else { return nil }
        let digits = bytes[(start + marker.count)...].prefix { (0x30...0x39).contains($0) }
        return digits.isEmpty ? nil : Int32(String(decoding: digits, as: UTF8.self))
    }

    /// The journal of an in-place write beside `fileName`: the new content, kept on disk until
    /// the file itself holds all of it, so a crash in between can be finished at the next start.
    static func journal(for fileName: String) -> String {
        make(".", fileName, ".tavle-journal")
    }

    /// `NAME.conflict-STAMP.md` (or `-N` before `.md` when that is taken).
    static func conflictCopy(of fileName: String, stamp: String, number: Int) -> String {
        let base = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        return make("", base, ".conflict-" + stamp + (number > 1 ? "-\(number)" : "") + ".md")
    }

    /// FNV-1a of the name's bytes, eight hex digits.
    private static func hexHash(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
