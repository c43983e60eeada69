import Foundation
import TavleCore
import TavleKits

/// The kits Tavle can start a workshop from: the bundled ones, by name, or any kit file by path.
enum KitLibrary {
    /// A kit ready to use.
    struct Kit {
        var name: String
        var workshop: Workshop
        var summary: KitSummary { KitSummary(name: name, workshop: workshop) }
    }

    /// The bundled kits, parsed; a bundled kit that does not parse is a bug the tests catch.
    static func bundled() -> [Kit] {
        BundledFiles.kits().compactMap { name, text in
            (try? WorkshopParser.parse(text)).map { Kit(name: name, workshop: $0) }
        }
    }

    /// A bundled kit by name, or a kit file by path.
    static func kit(named nameOrPath: String) throws(WorkshopStore.ReadError) -> Kit {
        if let kit = bundled().first(where: { $0.name == nameOrPath }) { return kit }
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".md") {
            let workshop = try WorkshopStore.read(nameOrPath)
            let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
            return Kit(name: name, workshop: workshop)
        }
        let names = bundled().map(\.name).joined(separator: ", ")
        throw WorkshopStore.ReadError(description: "no kit named '\(nameOrPath)'; bundled kits are \(names), or give a kit file's path")
    }

    /// A new workshop from a kit: the kit's content, marked with the kit and today's date.
    static func newWorkshop(from kit: Kit, date: String) -> Workshop {
        var workshop = kit.workshop
        workshop.setMetadata("kit", to: kit.name)
        workshop.setMetadata("created", to: date)
        return workshop
    }

    /// A free file name in `folder` for a new workshop: `DATE-KIT.md`, then `DATE-KIT-2.md`, …
    static func newFileName(kit: String, date: String, in folder: String) -> String {
        var candidate = "\(date)-\(kit).md"
        var number = 2
        while FileManager.default.fileExists(atPath: folder + "/" + candidate) {
            candidate = "\(date)-\(kit)-\(number).md"
            number += 1
        }
        return candidate
    }

    /// Today's date as `YYYY-MM-DD` in local time.
    static func today() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func pad(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday))"
    }

    /// Workshop files in a folder: Markdown files that are Tavle files, with their titles.
    static func workshops(in folder: String) -> [(path: String, title: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            guard let workshop = try? WorkshopStore.read(folder + "/" + name) else { return nil }
            return (name, workshop.title)
        }
    }
}
