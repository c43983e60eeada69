import TavleCore
import TavleKits
import TavlePlatform

/// The kits Tavle can start a workshop from: the bundled ones, by name, or any kit file by path.
enum KitLibrary {
    /// A kit ready to use.
    struct Kit {
        var name: String
        var workshop: Workshop
        /// The file it came from, for the user's own kits; nil for bundled ones.
        var path: String?
        var summary: KitSummary { KitSummary(name: name, workshop: workshop) }
    }

    /// The user's own kits folder: `$XDG_CONFIG_HOME/tavle/kits`, or `~/.config/tavle/kits`.
    /// Nil without `$HOME` or an absolute `$XDG_CONFIG_HOME`.
    static func userKitFolder(environment: (String) -> String? = Account.environment) -> String? {
        BaseFolder.config(environment: environment).map { $0 + "/tavle/kits" }
    }

    /// The user's own kits, by file name; files that do not parse are returned as problems.
    static func userKits(in folder: String) -> (kits: [Kit], problems: [FileProblem]) {
        let names = PathName.entries(of: folder)
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        var kits: [Kit] = []
        var problems: [FileProblem] = []
        for name in names {
            let path = folder + "/" + name
            do {
                kits.append(Kit(name: String(name.dropLast(3)), workshop: try WorkshopStore.read(path), path: path))
            } catch {
                problems.append(error)
            }
        }
        return (kits, problems)
    }

    /// Every kit on offer: the user's own first, then the bundled ones they do not replace.
    static func all(own: [Kit] = UserConfig.userKits(UserConfig.load().settings).kits) -> [Kit] {
        own + bundled().filter { kit in !own.contains { $0.name == kit.name } }
    }

    /// The bundled kits, parsed; a bundled kit that does not parse is a bug the tests catch.
    static func bundled() -> [Kit] {
        BundledFiles.kits().compactMap { name, text in
            (try? WorkshopParser.parse(text)).map { Kit(name: name, workshop: $0, path: nil) }
        }
    }

    /// Why no kit could be had.
    enum Failure: Error {
        /// The kit file could not be read.
        case unreadable(FileProblem)
        /// No kit by that name; the names there are.
        case unknown(String, kits: [String])
    }

    /// A kit by name (the user's own or a bundled one), or a kit file by path.
    static func kit(named nameOrPath: String) throws(Failure) -> Kit {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".md") {
            let workshop: Workshop
            do { workshop = try WorkshopStore.read(nameOrPath) } catch { throw .unreadable(error) }
            let name = PathName.baseName(of: nameOrPath)
            return Kit(name: name, workshop: workshop, path: nameOrPath)
        }
        let kits = all()
        if let kit = kits.first(where: { $0.name == nameOrPath }) { return kit }
        throw .unknown(nameOrPath, kits: kits.map(\.name))
    }

    /// A new workshop from a kit: the kit's content, marked with the kit and today's date.
    static func newWorkshop(from kit: Kit, date: String) -> Workshop {
        var workshop = kit.workshop
        workshop.setMetadata(.kit, to: kit.name)
        workshop.setMetadata(.created, to: date)
        return workshop
    }

    /// A free file name in `folder` for a new workshop: `DATE-KIT.md`, then `DATE-KIT-2.md`, …
    static func newFileName(kit: String, date: String, in folder: String) -> String {
        var candidate = "\(date)-\(kit).md"
        var number = 2
        while PathName.exists(folder + "/" + candidate) {
            candidate = "\(date)-\(kit)-\(number).md"
            number += 1
        }
        return candidate
    }

    /// Workshop files in a folder, with their titles; Tavle files that do not parse come back
    /// with their problem, named as in the folder; other Markdown files are left out.
    /// Newest first (by modification time, then name), as the start screen offers them.
    static func workshops(in folder: String) -> (readable: [(path: String, title: String)], nextMeetings: [String: MeetingPart], broken: [FileProblem]) {
        let names = PathName.entries(of: folder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
        let newestFirst = names.map { name -> (name: String, modified: FileTime) in
            var info = stat()
            let modified = stat(folder + "/" + name, &info) == 0 ? info.modificationTime : FileTime(seconds: 0, nanoseconds: 0)
            return (name, modified)
        }.sorted { $0.modified != $1.modified ? $0.modified > $1.modified : $0.name < $1.name }.map(\.name)
        var readable: [(path: String, title: String)] = []
        var nextMeetings: [String: MeetingPart] = [:]
        var broken: [FileProblem] = []
        for name in newestFirst {
            do {
                let workshop = try WorkshopStore.read(folder + "/" + name)
                readable.append((name, workshop.title))
                nextMeetings[name] = workshop.nextMeeting
            } catch {
                if WorkshopStore.startsLikeWorkshop(folder + "/" + name) {
                    broken.append(FileProblem(file: name, error: error.error))
                }
            }
        }
        return (readable, nextMeetings, broken)
    }
}
