import Testing
@testable import TavleCore

@Suite("Fuzz seed corpus")
struct FuzzCorpusTests {
    static let files = ["board.md", "cr-only.md", "crash-cr-cr-lf.md", "broken-marker.md", "controls.md", "crlf-bom.md", "escapes.md", "example.md", "kit-samarbejde.md", "minimal.md"]

    @Test("every seed decodes and parses or fails with a located error; what parses round-trips", arguments: files)
    func seed(name: String) throws {
        let bytes = try ReadAll.bytes(RepositoryFile.root + "/Tests/FuzzCorpus/" + name)
        let parsed = Result { () throws(FormatError) -> Workshop in
            let text = try WorkshopParser.decode(bytes)
            _ = WorkshopCheck.problems(in: text)
            return try WorkshopParser.parse(text)
        }
        switch parsed {
        case .success(let workshop):
            let reread = try WorkshopParser.parse(WorkshopSerializer.serialize(workshop))
            #expect(reread == workshop)
        case .failure(let error):
            #expect(error.line >= 1 && error.column >= 1)
        }
    }
}
