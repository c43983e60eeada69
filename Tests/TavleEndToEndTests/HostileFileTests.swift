import Foundation
import Testing
import TavleTestSupport

/// Files mangled in an e-mail, made by other programs, or not files at all: one clear
/// `file:line:col` message and exit 1, or the workshop opens; never a crash, never a hang.
@Suite("End to end: hostile and broken files")
struct HostileFileTests {
    static let valid = "<!-- tavle 1 -->\n# Møde\n\n## Liste\n<!-- checklist -->\n\n- [ ] Et punkt\n"

    /// Files that must be refused with a located message (in Danish: the tests' locale).
    static let refused: [(name: String, bytes: [UInt8], message: String)] = {
        var junk = SeededRandom(seed: TestSeed.seed(7))
        return [
            ("junk.md", (0..<4096).map { _ in UInt8.random(in: .min ... .max, using: &junk) }, "ugyldig UTF-8"),
            ("invalid-utf8.md", Array("<!-- tavle 1 -->\n# M".utf8) + [0xC3, 0x28], "2:4: ugyldig UTF-8"),
            ("nul.md", Array("<!-- tavle 1 -->\n# M\u{0}de\n".utf8), "2:4: filen indeholder en NUL-byte"),
            ("empty.md", [], "1:1: filen er tom"),
            ("deep.md", Array(("<!-- tavle 1 -->\n# M\n## L\n<!-- checklist -->\n" + (1...1_000).map { String(repeating: " ", count: $0 * 2) + "- [ ] dybt\n" }.joined()).utf8), "6:1: uventet tekst"),
            ("not-tavle.md", Array("# Bare Markdown\n\n- [ ] punkt\n".utf8), "1:1: ikke en Tavle-fil"),
        ]
    }()

    @Test("refused with one file:line:col line and exit 1", arguments: refused.map(\.name))
    func refusedFiles(name: String) throws {
        let folder = try TemporaryFolder()
        let file = try #require(Self.refused.first { $0.name == name })
        try Data(file.bytes).write(to: URL(fileURLWithPath: folder.path + "/" + name))
        for arguments in [[name], ["check", name], ["replay", name]] {
            let result = try TavleBinary.run(arguments, in: folder.path)
            #expect(result.status == 1, "\(arguments)")
            let lines = result.error.split(separator: "\n") + result.output.split(separator: "\n")
            #expect(lines.count == 1, "one line: \(lines)")
            #expect(lines.first?.hasPrefix(name + ":") == true)
            #expect(lines.first?.contains(file.message) == true, "\(lines)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + name)) == Data(file.bytes), "nothing written")
    }

    @Test("a folder, a FIFO with no writer, a missing file and a file without permission are refused at once")
    func notFiles() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/mappe.md", withIntermediateDirectories: true)
        #expect(mkfifo(folder.path + "/fifo.md", 0o644) == 0)
        try folder.write(Self.valid, to: "hemmelig.md")
        chmod(folder.path + "/hemmelig.md", 0o000)
        chmod(folder.path, 0o755)
        let cases = [("mappe.md", "mappe.md: er en mappe, ikke en workshopfil"),
                     ("fifo.md", "fifo.md: er ikke en almindelig fil"),
                     ("findes-ikke.md", "findes-ikke.md: filen eller mappen findes ikke")]
        for (name, message) in cases {
            let result = try TavleBinary.run([name], in: folder.path)
            #expect(result.status == 1)
            #expect(result.error == message + "\n")
        }
        // Tests run as root, who may read anything; the check runs as nobody instead.
        let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        if FileManager.default.isExecutableFile(atPath: asNobody[0]) {
            let result = try TavleBinary.run(["check", folder.path + "/hemmelig.md"], in: "/", prefix: asNobody)
            #expect(result.status == 1)
            #expect(result.output == folder.path + "/hemmelig.md: adgang nægtet\n")
        }
    }

    /// Files that are odd but valid: they open and draw.
    static let opened: [(name: String, text: String, shown: String)] = [
        ("bom.md", "\u{FEFF}" + valid, "Et punkt"),
        ("crlf.md", valid.replacingOccurrences(of: "\n", with: "\r\n"), "Et punkt"),
        ("tabs.md", "<!-- tavle 1 -->\n# Møde\tmed\ttabulator\n\n## Liste\n<!-- checklist -->\n\n- [ ] \tindrykket\n", "Møde^Imed^Itabulator"),
        ("escapes.md", "<!-- tavle 1 -->\n# \u{1B}]0;overtaget\u{7}\u{1B}[2J\u{202E}titel\n\n## L\n<!-- checklist -->\n\n- [ ] \u{9B}31m\n", "^[]0;overtaget^G^[[2J<U+202E>titel"),
        ("long-line.md", "<!-- tavle 1 -->\n# " + String(repeating: "æ", count: 1 << 20) + "\n\n## L\n<!-- questions -->\n\n### Spørgsmål\n", "Tavle · æææ"),
        ("many-lines.md", "<!-- tavle 1 -->\n# Mange\n\n## L\n<!-- checklist -->\n\n" + (1...100_000).map { "- [ ] Punkt \($0)\n" }.joined(), "0/100000"),
    ]

    @Test("odd but valid files open and draw, control characters shown as visible escapes", arguments: opened.map(\.name))
    func openedFiles(name: String) throws {
        let folder = try TemporaryFolder()
        let file = try #require(Self.opened.first { $0.name == name })
        try folder.write(file.text, to: name)
        let result = try TavleBinary.run(["replay", name, "--keys", "j", "--size", "80x24"], in: folder.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains(file.shown), "\(result.output.prefix(400))")
        #expect(!result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        #expect(try TavleBinary.run(["check", name], in: folder.path).status == 0)
    }
}
