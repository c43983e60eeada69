import Foundation
import Testing

/// Files are the user's: a save changes the content and nothing else, through links, for
/// other owners, in shared folders, and it never writes where it was not asked to.
@Suite("End to end: the file stays the file", .serialized)
struct FileIntegrityTests {
    static let asRoot = getuid() == 0
    static let setpriv = "/usr/bin/setpriv"

    /// Opens `file` in Tavle in `folder`, ticks the first point and waits for the save.
    func tickAndSave(_ file: String, in folder: TemporaryFolder, prefix: String = "") throws -> Tmux {
        let session = try Tmux(width: 100, height: 30, command: "\(prefix)\(TavleBinary.path) \(file)", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("Space")
        try session.waitFor(all: ["[x] Fortæl deltagerne", "✓ Gemt"])
        return session
    }

    func info(_ path: String) -> stat {
        var info = Glibc.stat()
        lstat(path, &info)
        return info
    }

    @Test("a symbolic link stays a link: the file it points to gets the edits and shares the lock")
    func symlink() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/real", withIntermediateDirectories: true)
        try TavleBinary.run(["new", "partnerskab", "real/w.md"], in: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.md", withDestinationPath: "real/w.md")
        let session = try tickAndSave("link.md", in: folder)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/link.md") == "real/w.md")
        #expect(try folder.read("real/w.md").contains("- [x] Fortæl deltagerne"))
        let second = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) real/w.md", directory: folder.path)
        try second.waitFor(text: "Skrivebeskyttet")
        try second.press("q")
        try second.waitUntilExited()
        try session.press("q")
        try session.waitUntilExited()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/real") == ["w.md"], "lock gone, no temporary file")
    }

    @Test("hard links stay linked: the file is written in place after a durable copy")
    func hardLink() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        #expect(link(folder.path + "/w.md", folder.path + "/hard.md") == 0)
        let inode = info(folder.path + "/w.md").st_ino
        let session = try tickAndSave("w.md", in: folder)
        #expect(info(folder.path + "/w.md").st_ino == inode)
        #expect(info(folder.path + "/w.md").st_nlink == 2)
        #expect(try folder.read("hard.md").contains("- [x] Fortæl deltagerne"))
        try session.press("q")
        try session.waitUntilExited()
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["w.md", "hard.md"], "no journal left")
    }

    @Test("an in-place write cut short by a crash is finished from its journal at the next start")
    func journalRollForward() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        #expect(link(folder.path + "/w.md", folder.path + "/hard.md") == 0)
        let whole = try folder.read("w.md").replacingOccurrences(of: "- [ ] Fortæl deltagerne", with: "- [x] Fortæl deltagerne")
        // A torn in-place write: half the new content over the old, the journal beside it.
        let handle = try #require(FileHandle(forUpdatingAtPath: folder.path + "/w.md"))
        try handle.write(contentsOf: Data(whole.utf8.prefix(200)))
        try handle.close()
        try folder.write(whole, to: ".w.md.tavle-journal")
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
        try session.waitFor(text: "[x] Fortæl deltagerne")
        #expect(try folder.read("hard.md") == whole, "finished in place: the link still shares it")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.w.md.tavle-journal"))
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("mode, owner, group, extended attributes and ACLs are kept when root saves",
          .enabled(if: asRoot, "needs root to give the file another owner"))
    func ownerAndMode() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        let path = folder.path + "/w.md"
        chmod(path, 0o664)
        chown(path, 4242, 4343)
        let xattr = try Spawn.run(["python3", "-c", "import os,sys; os.setxattr(sys.argv[1], 'user.tavle', b'kept')", path], captureOutput: true)
        let hasACL = (try? Spawn.run(["setfacl", "-m", "u:4545:rw", path], captureOutput: true).status) == 0
        if !hasACL { print("ownerAndMode: setfacl not available; ACLs checked through the extended attributes only") }
        let session = try tickAndSave("w.md", in: folder)
        let info = info(path)
        #expect(info.st_mode & 0o7777 == 0o664)
        #expect(info.st_uid == 4242 && info.st_gid == 4343)
        if xattr.status == 0 {
            let read = try Spawn.run(["python3", "-c", "import os,sys; print(os.getxattr(sys.argv[1], 'user.tavle').decode())", path], captureOutput: true)
            #expect(read.output == "kept\n")
        } else {
            print("ownerAndMode: this file system keeps no user extended attributes; skipped that part")
        }
        if hasACL {
            let acl = try Spawn.run(["getfacl", "-p", path], captureOutput: true)
            #expect(acl.output.contains("user:4545:rw-"))
        }
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a file of another owner in a shared folder keeps its owner (written in place)",
          .enabled(if: asRoot && FileManager.default.isExecutableFile(atPath: setpriv), "needs root and setpriv"))
    func otherOwner() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        let path = folder.path + "/w.md"
        chmod(folder.path, 0o777)
        chmod(path, 0o664)
        chown(path, 4242, 4343)
        let session = try tickAndSave("w.md", in: folder, prefix: "\(Self.setpriv) --reuid=5001 --regid=4343 --clear-groups ")
        let info = info(path)
        #expect(info.st_uid == 4242 && info.st_gid == 4343 && info.st_mode & 0o777 == 0o664)
        #expect(try folder.read("w.md").contains("- [x] Fortæl deltagerne"))
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("an outside edit that puts the modification time back is still noticed")
    func mtimeRestored() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        // Same inode, same size, same modification time: only the change time differs.
        #expect(try Spawn.run(["cp", "-p", folder.path + "/w.md", folder.path + "/ref"], captureOutput: false).status == 0)
        let theirs = try folder.read("w.md").replacingOccurrences(of: "Trin 1:", with: "Trin X:")
        let handle = try #require(FileHandle(forUpdatingAtPath: folder.path + "/w.md"))
        try handle.write(contentsOf: Data(theirs.utf8))
        try handle.close()
        #expect(try Spawn.run(["touch", "-r", folder.path + "/ref", folder.path + "/w.md"], captureOutput: false).status == 0)
        try session.press("Space")
        try session.waitFor(text: "ændret uden for Tavle")
        #expect(try folder.read("w.md") == theirs)
        try session.press("b")
        try session.waitFor(text: "Versionen fra disken er gemt i")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("save-as asks before replacing a file, and a read-only Tavle never writes the held file")
    func saveAsAsks() throws {
        let (folder, writer) = try Tmux.newWorkshop(kit: "partnerskab", file: "w.md")
        try writer.waitFor(text: "Før I går i gang")
        try folder.write("ANDET\n", to: "other.md")
        try writer.press("S", "C-u")
        try writer.type("other.md")
        try writer.press("Enter")
        try writer.waitFor(all: ["other.md findes allerede", "j = ja, erstat"])
        try writer.press("n")
        try writer.waitFor(text: "Gem som: other.md")
        #expect(try folder.read("other.md") == "ANDET\n")
        try writer.press("C-u")
        try writer.type("ny.md")
        try writer.press("Enter")
        try writer.waitFor(text: "Gemt som ny.md")
        // The writer now holds ny.md and adds its newest card there.
        try writer.press("3", "a")
        try writer.type("NYESTE")
        try writer.press("Enter")
        try writer.waitFor(all: ["NYESTE", "✓ Gemt"])
        let reader = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) ny.md", directory: folder.path)
        try reader.waitFor(text: "Skrivebeskyttet")
        try reader.press("S", "C-u")
        try reader.type("ny.md")
        try reader.press("Enter")
        try reader.waitFor(text: "ny.md findes allerede")
        try reader.press("j")
        try reader.waitFor(text: "åben i en anden Tavle")
        #expect(try folder.read("ny.md").contains("- NYESTE\n"), "the holder's newest card is still there")
        try reader.press("q")
        try writer.press("q")
        try writer.waitUntilExited()
    }

    @Test("names of up to 255 bytes save, and settle a conflict with a copy whose name fits")
    func longNames() throws {
        let folder = try TemporaryFolder()
        let name = String(repeating: "æ", count: 100) + String(repeating: "n", count: 52) + ".md"  // 255 bytes
        #expect(name.utf8.count == 255)
        try TavleBinary.run(["new", "partnerskab", name], in: folder.path)
        let session = try tickAndSave(name, in: folder)
        let theirs = try folder.read(name).replacingOccurrences(of: "# Sådan kommer et partnerskab i stand", with: "# Kollegaens udgave")
        try folder.write(theirs, to: name)
        try session.press("j", "Space")
        try session.waitFor(text: "ændret uden for Tavle")
        try session.press("b")
        try session.waitFor(text: "Versionen fra disken er gemt i")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let copy = try #require(names.first { $0.contains(".conflict-") })
        #expect(copy.utf8.count <= 255 && copy.hasSuffix(".md"))
        #expect(try folder.read(copy).contains("# Kollegaens udgave"))
        try session.press("q")
        try session.waitUntilExited()
    }
}

/// The lock and the temporary files cannot be turned against the user who runs Tavle.
@Suite("End to end: locks and temporary files", .serialized)
struct LockSafetyTests {
    static let setpriv = "/usr/bin/setpriv"

    @Test("a link planted as the lock file is never followed: the target stays as it was, Tavle opens read-only")
    func plantedLockLink() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        try folder.write("HEMMELIG\n", to: "victim.txt")
        for (target, created) in [("victim.txt", true), ("dangling.txt", false)] {
            try? FileManager.default.removeItem(atPath: folder.path + "/.w.md.lock")
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/.w.md.lock", withDestinationPath: target)
            let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
            try session.waitFor(text: "Skrivebeskyttet")
            try session.press("Space")
            try session.waitFor(text: "låsefilen kunne ikke tages")
            try session.press("q")
            try session.waitUntilExited()
            #expect(FileManager.default.fileExists(atPath: folder.path + "/" + target) == created, "\(target)")
        }
        #expect(try folder.read("victim.txt") == "HEMMELIG\n")
        #expect(try !folder.read("w.md").contains("- [x]"))
    }

    @Test("links planted at the old predictable temporary names catch nothing")
    func plantedTemporaryLinks() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        try folder.write("OFFER\n", to: "victim.txt")
        let last = Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 1000
        for pid in (last + 1)...(last + 400) {
            try? FileManager.default.createSymbolicLink(atPath: folder.path + "/.w.md.tavle-tmp-\(pid)", withDestinationPath: "victim.txt")
        }
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("Space")
        try session.waitFor(all: ["[x] Fortæl deltagerne", "✓ Gemt"])
        try session.press("q")
        try session.waitUntilExited()
        #expect(try folder.read("victim.txt") == "OFFER\n")
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path + "/w.md")[.type] as? FileAttributeType == .typeRegular)
        #expect(try folder.read("w.md").contains("- [x] Fortæl deltagerne"))
    }

    @Test("temporary files of Tavles that died (a save-as killed half-way) are removed at the next start")
    func staleTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        var dead: Int32 = 4_000_000
        while kill(dead, 0) == 0 || errno == EPERM { dead -= 1 }
        let stale = [".NEW.md.tavle-tmp-\(dead)", ".andet.md.tavle-tmp-\(dead)-9f2c"]
        let alive = ".w.md.tavle-tmp-\(getpid())-abc"
        for name in stale + [alive] { try folder.write("halv", to: name) }
        let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("q")
        try session.waitUntilExited()
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names == ["w.md", alive], "only the live process's file stays")
    }

    @Test("in a folder a group shares, the lock is the group's too, and a second user is read-only",
          .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv), "needs root and setpriv"))
    func sharedGroupFolder() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        chown(folder.path, 0, 4343)
        chmod(folder.path, 0o2775)
        chown(folder.path + "/w.md", 0, 4343)
        chmod(folder.path + "/w.md", 0o664)
        let first = try Tmux(width: 100, height: 30, command: "\(Self.setpriv) --reuid=5001 --regid=4343 --clear-groups \(TavleBinary.path) w.md",
                             directory: folder.path)
        try first.waitFor(text: "✓ Gemt")
        var info = Glibc.stat()
        #expect(lstat(folder.path + "/.w.md.lock", &info) == 0 && info.st_mode & 0o020 != 0, "the group may write the lock")
        let second = try Tmux(width: 100, height: 30, command: "\(Self.setpriv) --reuid=5002 --regid=4343 --clear-groups \(TavleBinary.path) w.md",
                              directory: folder.path)
        try second.waitFor(all: ["Skrivebeskyttet"])
        try second.press("Space")
        try second.waitFor(text: "åben i en anden Tavle")
        try second.press("q")
        try second.waitUntilExited()
        try first.press("q")
        try first.waitUntilExited()
    }

    @Test("a lock another user's Tavle cannot open means read-only, with the reason",
          .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv), "needs root and setpriv"))
    func lockNotOpenable() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        chmod(folder.path, 0o777)
        chmod(folder.path + "/w.md", 0o666)
        try folder.write("", to: ".w.md.lock")
        chmod(folder.path + "/.w.md.lock", 0o600)
        let session = try Tmux(width: 100, height: 30, command: "\(Self.setpriv) --reuid=5001 --regid=5001 --clear-groups \(TavleBinary.path) w.md",
                               directory: folder.path)
        try session.waitFor(text: "Skrivebeskyttet")
        try session.press("Space")
        try session.waitFor(text: "låsefilen kunne ikke tages (adgang nægtet)")
        try session.press("q")
        try session.waitUntilExited()
        #expect(try !folder.read("w.md").contains("- [x]"))
    }

    @Test("the lock is race-free: a Tavle that opened the old lock file just before it was removed does not also write")
    func lockRace() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "w.md"], in: folder.path)
        let first = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
        try first.waitFor(text: "✓ Gemt")
        // The second opens the lock file, then pauses before locking it until the test opens
        // the gate: the first has quit (removing that file) and the third holds a new one.
        let gate = folder.path + "/lock-gate"
        let second = try Tmux(width: 100, height: 30, command: "env TAVLE_TEST_LOCK_GATE='\(gate)' \(TavleBinary.path) w.md", directory: folder.path)
        waitUntil("the second Tavle to have the old lock file open") {
            TavleBinary.pids(in: folder.path).contains { pid in
                let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
                let holdsLock = fds.contains { ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")) ?? "").hasSuffix("/.w.md.lock") }
                return holdsLock && (try? String(contentsOfFile: "/proc/\(pid)/environ", encoding: .utf8))?.contains("TAVLE_TEST_LOCK_GATE") == true
            }
        }
        try first.press("q")
        try first.waitUntilExited()
        let third = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
        try third.waitFor(text: "✓ Gemt")
        #expect(FileManager.default.createFile(atPath: gate, contents: nil))
        try second.waitFor(text: "Skrivebeskyttet")
        #expect(try !third.screen().contains { $0.contains("Skrivebeskyttet") })
        try second.press("q")
        try third.press("q")
        try third.waitUntilExited()
    }

    /// The number after `name` in a /proc file of "name: value" lines.
    static func field(_ name: String, of path: String) -> Int? {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first { $0.hasPrefix(name) }
        return line.flatMap { Int($0.dropFirst(name.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") }
    }

    @Test("tavle replay --save leaves a workshop another Tavle holds alone")
    func replayRespectsLock() throws {
        let (folder, holder) = try Tmux.newWorkshop(kit: "partnerskab", file: "w.md")
        try holder.waitFor(text: "✓ Gemt")
        let before = try folder.read("w.md")
        let replay = try TavleBinary.run(["replay", "w.md", "--keys", " ", "--save"], in: folder.path)
        #expect(replay.status == 1)
        #expect(replay.error.contains("w.md: åben i en anden Tavle"))
        #expect(try folder.read("w.md") == before)
        try holder.press("q")
        try holder.waitUntilExited()
    }

    @Test("a huge lock file is not read whole: the second Tavle opens read-only, having read a few bytes of it and kept none")
    func hugeLockFile() throws {
        let (folder, holder) = try Tmux.newWorkshop(kit: "partnerskab", file: "w.md")
        try holder.waitFor(text: "✓ Gemt")
        let holderPid = try TavleBinary.pidOfRunning(in: folder.path)
        let size = 2 << 30
        #expect(truncate(folder.path + "/.w.md.lock", off_t(size)) == 0)
        let second = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) w.md", directory: folder.path)
        try second.waitFor(text: "Skrivebeskyttet")
        // The kernel's counts, not the time it took: every byte the second Tavle has read
        // (files and terminal together) and its peak memory, each far below the lock's 2 GiB.
        let pid = try #require(TavleBinary.pids(in: folder.path).first { $0 != holderPid })
        let bytesRead = try #require(Self.field("rchar:", of: "/proc/\(pid)/io"))
        let peakKilobytes = try #require(Self.field("VmHWM:", of: "/proc/\(pid)/status"))
        #expect(bytesRead < 16 << 20, "read \(bytesRead) bytes")
        #expect(peakKilobytes < (size / 1024) / 8, "peak \(peakKilobytes) KiB")
        try second.press("q")
        try second.waitUntilExited()
        try holder.press("q")
        try holder.waitUntilExited()
    }
}
