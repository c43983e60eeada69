import Foundation
import Testing

@Suite("End to end: kits and tavle check")
struct KitCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The example kit in docs/kits.md, as a reader would copy it.
    static func documentedExample() throws -> String {
        let page = try String(contentsOf: repository.appendingPathComponent("docs/kits.md"), encoding: .utf8)
        let start = try #require(page.range(of: "```markdown\n"))
        let end = try #require(page.range(of: "```\n", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test("the example kit in docs/kits.md passes tavle check, and so does every bundled kit")
    func documentedExamplePasses() throws {
        let folder = try TemporaryFolder()
        try folder.write(try Self.documentedExample(), to: "mit-kit.md")
        let result = try TavleBinary.run(["check", "mit-kit.md"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.output.isEmpty && result.error.isEmpty)
        let kits = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("Sources/TavleKits/Kits").path)
            .map { Self.repository.appendingPathComponent("Sources/TavleKits/Kits/" + $0).path }
        #expect(kits.count == 5)
        let bundled = try TavleBinary.run(["check"] + kits, in: folder.path)
        #expect(bundled.status == 0, "\(bundled.output)")
    }

    @Test("tavle check reports every problem as file:line:col and exits 1")
    func problems() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
        <!-- tavle 1 -->
        # Møde

        - audience: alle
        - farve: blå

        ## Tavle
        <!-- board -->

        ### Top
        <!-- ranked limit=3 -->

        ### Top

        ## Spørgsmål
        <!-- questions -->

        ###

        """, to: "fejl.md")
        try folder.write("<!-- tavle 1 -->\n# Ok\n", to: "ok.md")
        let result = try TavleBinary.run(["check", "fejl.md", "ok.md", "mangler.md"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n") == [
            "fejl.md:4:13: audience skal være en af kommune, forening, begge",
            "fejl.md:5:3: ukendt metadatanøgle 'farve'; de kendte nøgler er kit, audience, source, publisher, duration, created, date, place, participants, answers, language",
            "fejl.md:13:5: kolonnen 'Top' findes to gange på denne tavle",
            "fejl.md:18:5: spørgsmålet er tomt",
            "mangler.md: filen eller mappen findes ikke",
        ])
        let english = try TavleBinary.run(["check", "fejl.md", "ok.md", "mangler.md"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(english.status == 1)
        #expect(english.output.split(separator: "\n") == [
            "fejl.md:4:13: audience must be one of kommune, forening, begge",
            "fejl.md:5:3: unknown metadata key 'farve'; known keys are kit, audience, source, publisher, duration, created, date, place, participants, answers, language",
            "fejl.md:13:5: the column 'Top' appears twice on this board",
            "fejl.md:18:5: the question is empty",
            "mangler.md: no such file or folder",
        ])
    }

    @Test("tavle check warns, without failing, where a kit would not read at 100x30: file:line:col: advarsel")
    func projectorWarnings() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
        <!-- tavle 1 -->
        # Anbefalinger

        ## Anbefaling 1: refleksionsspørgsmål om brugerne
        <!-- questions -->

        ### Hvad ved vi?

        ## Anbefaling 1: refleksionsspørgsmål om partnerne
        <!-- questions -->

        ### Hvem kender vi?

        """, to: "kit.md")
        let result = try TavleBinary.run(["check", "kit.md"], in: folder.path)
        #expect(result.status == 0, "warnings alone do not fail the check")
        #expect(result.output.split(separator: "\n") == [
            "kit.md:9:4: advarsel: ved 100x30 ser afsnittet ud som afsnit 1 i dagsordenen ('Anbefaling 1: refleksionsspørgsmål…'); lad titlerne adskille sig tidligt",
        ])
        let english = try TavleBinary.run(["check", "kit.md"], in: folder.path, environment: ["LC_MESSAGES": "en_GB.UTF-8"])
        #expect(english.output.hasPrefix("kit.md:9:4: warning: at 100x30 the section looks like section 1"))
    }

    @Test("kits in the user's kit folder are listed first, can replace a bundled kit, and make workshops")
    func userKitFolder() throws {
        let folder = try TemporaryFolder()
        let kits = folder.path + "/config/tavle/kits"
        try FileManager.default.createDirectory(atPath: kits, withIntermediateDirectories: true)
        try Self.documentedExample().write(toFile: kits + "/ornen.md", atomically: true, encoding: .utf8)
        try "<!-- tavle 1 -->\n# Egen udgave\n".write(toFile: kits + "/partnerskab.md", atomically: true, encoding: .utf8)
        try "ikke et kit\n".write(toFile: kits + "/i-stykker.md", atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": folder.path + "/config"]

        let listed = try TavleBinary.run(["kits"], in: folder.path, environment: environment)
        let lines = listed.output.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.first?.hasPrefix("ornen") == true)
        #expect(lines.first?.contains("Frivilligmøde i idrætsforeningen") == true)
        #expect(lines.filter { $0.hasPrefix("partnerskab") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("partnerskab") && $0.contains("Egen udgave") })
        #expect(listed.error.contains("i-stykker.md:1:1: ikke en Tavle-fil"))

        let created = try TavleBinary.run(["new", "ornen", "møde.md"], in: folder.path, environment: environment)
        #expect(created.status == 0)
        let workshop = try folder.read("møde.md")
        #expect(workshop.contains("- kit: ornen\n"))
        #expect(workshop.contains("### De tre første\n<!-- ranked limit=3 -->"))
    }
}
