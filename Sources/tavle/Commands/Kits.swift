import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle kits`: the bundled kits, who they are for and how long they take.
struct Kits: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the bundled kits (guides).")

    func run() {
        let kits = KitLibrary.bundled()
        let nameWidth = kits.map { DisplayWidth.of($0.name) }.max() ?? 0
        for kit in kits {
            let summary = kit.summary
            let padding = String(repeating: " ", count: nameWidth - DisplayWidth.of(kit.name))
            let details = [summary.audience, summary.duration].compactMap { $0 }.joined(separator: ", ")
            print("\(kit.name)\(padding)  \(summary.title)" + (details.isEmpty ? "" : "  (\(details))"))
        }
    }
}

/// `tavle new KIT [FILE]`: a new workshop file from a kit, ready to open.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a new workshop file from a kit.")

    @Argument(help: "A bundled kit's name (see 'tavle kits') or a kit file's path.")
    var kit: String

    @Argument(help: "The new file. Default: DATE-KIT.md in the current folder.")
    var file: String?

    func run() throws {
        let found: KitLibrary.Kit
        do {
            found = try KitLibrary.kit(named: kit)
        } catch {
            throw CommandFailure(error.description)
        }
        let date = KitLibrary.today()
        let path = file ?? KitLibrary.newFileName(kit: found.name, date: date, in: ".")
        switch WorkshopStore.create(KitLibrary.newWorkshop(from: found, date: date), at: path) {
        case .success: print(path)
        case .failure(let failure): throw CommandFailure("\(failure.path): \(failure.reason)")
        }
    }
}
