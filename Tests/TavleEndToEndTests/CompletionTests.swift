import Foundation
import Testing

/// The shell completions and the man page are generated from the command definitions
/// (`scripts/generate-completions`); these tests fail when a command changed and they were not.
@Suite("Shell completions and man page")
struct CompletionTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The committed files are in English, whatever the locale and config of whoever made them.
    static let english = ["LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": "/nonexistent"]

    @Test("completions/ holds exactly what tavle generates for bash, zsh and fish", arguments: [
        ("bash", "tavle.bash"), ("zsh", "_tavle"), ("fish", "tavle.fish"),
    ])
    func completions(shell: String, file: String) throws {
        let generated = try TavleBinary.run(["--generate-completion-script", shell], in: NSTemporaryDirectory(), environment: Self.english)
        #expect(generated.status == 0)
        let committed = try String(contentsOf: Self.repository.appendingPathComponent("completions/\(file)"), encoding: .utf8)
        #expect(generated.output == committed, "run scripts/generate-completions")
        for command in ["view", "export", "status", "actions"] { #expect(committed.contains(command)) }
    }

    @Test("the man page documents every command and option the binary has")
    func manPage() throws {
        let page = try String(contentsOf: Self.repository.appendingPathComponent("docs/man/tavle.1"), encoding: .utf8)
        let dump = try TavleBinary.run(["--experimental-dump-help"], in: NSTemporaryDirectory())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let root = try #require(json["command"] as? [String: Any])
        let subcommands = try #require(root["subcommands"] as? [[String: Any]])
        #expect(subcommands.count >= 9)
        for command in subcommands {
            let name = try #require(command["commandName"] as? String)
            #expect(page.contains(".It Em \(name)"), "\(name) is in the man page; run scripts/generate-completions")
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                guard let names = argument["names"] as? [[String: Any]], let long = names.first(where: { $0["kind"] as? String == "long" })?["name"] as? String else { continue }
                #expect(page.contains("Fl -\(long)") || page.contains(", -\(long)"), "\(name) --\(long) is in the man page")
            }
        }
    }

    @Test("--help speaks the interface's language: the locale, the config, or --lang anywhere on the line")
    func help() throws {
        let danish = try TavleBinary.run(["--help"], in: NSTemporaryDirectory())
        #expect(danish.output.contains("Kør et workshopmøde på en fælles skærm"))
        let english = try TavleBinary.run(["export", "--help"], in: NSTemporaryDirectory(), environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(english.output.contains("Export a workshop as a printable page") && english.output.contains("The workshop file."))
        let chosen = try TavleBinary.run(["view", "--lang", "da", "--help"], in: NSTemporaryDirectory(), environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(chosen.output.contains("Følg en workshop skrivebeskyttet") && chosen.output.contains("Workshopfilen, der skal følges."))
    }
}
