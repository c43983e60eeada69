import Testing
import TavleKits
@testable import TavleCore

/// The kits are written in our own words: no run of eight words is copied from a guide.
/// Needs the guides in `../shared/seeds` beside the repository, as CI and developers have them.
@Suite("Bundled kits: own words")
struct KitOriginalityTests {
    static let seedsFolder = RepositoryFile.root + "/../shared/seeds"
    static let guides = ["forventninger": "000", "samarbejde": "001", "inspiration": "002", "partnerskab": "003", "frivilligpolitik": "004"]

    static func seedText(_ number: String) -> String? {
        guard let listing = try? ReadAll.bytes(seedsFolder + "/README.md"), !listing.isEmpty else { return nil }
        for suffix in ["94fb51ede4abfed0", "ce8dda2e6fbbc360", "da03a24cbe9d9ce0", "584fca18ff0d8d52", "1d05d11f9327ac74"] {
            if let bytes = try? ReadAll.bytes("\(seedsFolder)/\(number)_\(suffix).txt") {
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        return nil
    }

    static func runs(of text: String, length: Int) -> Set<String> {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard words.count >= length else { return [] }
        return Set((0...(words.count - length)).map { words[$0..<($0 + length)].joined(separator: " ") })
    }

    @Test("no eight-word run of a kit's text stands in its guide", .enabled(if: seedText("003") != nil, "the guides are not beside the repository"),
          arguments: guides.keys.sorted())
    func ownWords(kit name: String) throws {
        let guide = try #require(Self.seedText(Self.guides[name]!))
        let kit = try WorkshopParser.parse(try #require(BundledFiles.kits().first { $0.name == name }).text)
        var prose = [kit.introduction]
        for section in kit.sections {
            prose.append(section.guidance)
            switch section.body {
            case .checklist(let checklist):
                for entry in checklist.entries {
                    switch entry {
                    case .group(let group): prose.append(group.description)
                    case .point(let point): prose.append(point.text)
                    }
                }
            case .questions(let questions): prose += questions.flatMap { [$0.text, $0.hint] }
            case .board(let board): prose += board.columns.map(\.description)
            case .actions(let items): prose += items.map(\.what)
            }
        }
        let copied = Self.runs(of: guide, length: 8)
        for text in prose {
            let shared = Self.runs(of: text, length: 8).intersection(copied)
            #expect(shared.isEmpty, "copied from the guide: \(shared.sorted().first ?? "")")
        }
    }
}
