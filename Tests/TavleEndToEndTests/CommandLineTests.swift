import Foundation
import Testing

/// The command line says what is wrong in words, never with a made-up position, and helps a
/// facilitator who mistyped.
@Suite("End to end: command-line messages")
struct CommandLineTests {
    @Test("a misspelled command gets 'did you mean'; a file of that name is still a file")
    func didYouMean() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let typo = try TavleBinary.run(["chek", "m.md"], in: folder.path)
        #expect(typo.status == 1)
        #expect(typo.error == "tavle: »chek« er hverken en kommando eller en fil – mente du »tavle check«?\n")
        let english = try TavleBinary.run(["stauts"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8", "LANG": "en_GB.UTF-8"])
        #expect(english.error.contains("did you mean “tavle status”?"))
        try folder.write("<!-- tavle 1 -->\n# X\n", to: "chek")
        let file = try TavleBinary.run(["chek", "m.md"], in: folder.path)
        #expect(!file.error.contains("mente du"), "an existing file named like a typo is not second-guessed")
    }

    @Test("CSV in the workshop's language, Danish like the kits; --lang en for English")
    func csvLanguage() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let danish = try TavleBinary.run(["export", "m.md", "--format", "csv", "-o", "-"], in: folder.path)
        #expect(danish.output.hasPrefix("afsnit,type,kolonne,plads,prikker,tekst,hvem,frist,gjort"))
        #expect(danish.output.contains(",punkt,") && danish.output.contains(",nej"))
        let english = try TavleBinary.run(["export", "m.md", "--format", "csv", "-o", "-", "--lang", "en"], in: folder.path)
        #expect(english.output.hasPrefix("section,kind,column,rank,votes,text,who,when,done"))
        #expect(english.output.contains(",point,") && english.output.contains(",no"))
    }

    @Test("tavle actions on a missing file prints the error, not 'no open action items' after it")
    func actionsMissing() throws {
        let folder = try TemporaryFolder()
        let result = try TavleBinary.run(["actions", "mangler.md"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.error == "mangler.md: filen eller mappen findes ikke\n")
        #expect(result.output.isEmpty)
    }

    @Test("--lang works on every command, before its name or after it; replay's screen speaks it too")
    func languageEverywhere() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        for arguments in [["--lang", "en", "kits"], ["kits", "--lang", "en"], ["--lang=en", "kits"]] {
            let kits = try TavleBinary.run(arguments, in: folder.path)
            #expect(kits.status == 0 && kits.output.contains("(Association, "), "\(arguments): \(kits.output)\(kits.error)")
        }
        let status = try TavleBinary.run(["status", "--lang", "en"], in: folder.path)
        #expect(status.output.contains("questions"), "\(status.output)")
        let english = try TavleBinary.run(["replay", "m.md", "--keys", "2", "--lang", "en"], in: folder.path)
        #expect(english.output.contains("e write") && english.output.contains("Section 2/7"), "\(english.output)")
        let danish = try TavleBinary.run(["replay", "m.md", "--keys", "2"], in: folder.path)
        #expect(danish.output.contains("e skriv"), "the tests' locale is Danish: \(danish.output)")
    }

    @Test("--theme with an unknown name says which themes there are")
    func unknownTheme() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        // The sleep only keeps the window open after Tavle; the test waits for err.txt.
        let session = try Tmux(width: 100, height: 30, command: "sh -c '\(TavleBinary.path) --theme nope m.md 2> err.txt; sleep 30'", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("q")
        try session.waitFor("the message") { _ in (try? folder.read("err.txt"))?.isEmpty == false }
        #expect(try folder.read("err.txt") == "nope: intet farvetema hedder sådan; vælg dark, light, contrast, mono eller stien til en temafil; standardtemaet bruges\n")
    }

    @Test("--help shows the everyday use first, and Danish help is Danish throughout")
    func help() throws {
        let folder = try TemporaryFolder()
        let danish = try TavleBinary.run(["--help"], in: folder.path)
        #expect(danish.status == 0)
        #expect(danish.output.contains("BRUG: tavle [FIL] [--theme TEMA] [--lang da|en] [--read-only]"))
        for word in ["USAGE", "OPTIONS", "SUBCOMMANDS", "OVERVIEW", "Show help information", "Show the version"] {
            #expect(!danish.output.contains(word), "\(word) in Danish help")
        }
        #expect(danish.output.contains("TILVALG:") && danish.output.contains("Vis denne hjælp."))
        let check = try TavleBinary.run(["check", "--help"], in: folder.path)
        #expect(check.output.contains("BRUG: tavle check") && !check.output.contains("USAGE"))
        let english = try TavleBinary.run(["--help"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8", "LANG": "en_GB.UTF-8"])
        #expect(english.output.contains("USAGE: tavle [FILE] [--theme THEME] [--lang da|en] [--read-only]"))
    }
}
