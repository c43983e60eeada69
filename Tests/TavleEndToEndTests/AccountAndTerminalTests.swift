import Foundation
import Testing

/// Where Tavle is started matters as little as possible: no terminal, an account the password
/// database does not know (LDAP, SSSD, Active Directory), no `$HOME`.
@Suite("End to end: no terminal, unknown accounts", .serialized)
struct AccountAndTerminalTests {
    static let setpriv = "/usr/bin/setpriv"

    @Test("without a terminal (cron, ssh without -t) Tavle says so and stops instead of spinning")
    func noTerminal() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let before = try folder.read("m.md")
        let result = try TavleBinary.run(["m.md"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.error == "tavle skal køre i en terminal, men standardinput eller -output er ikke en terminal (brug ssh -t, eller tavle status, export eller replay i scripts)\n")
        #expect(try folder.read("m.md") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.md"], "no lock left behind")
    }

    @Test("an account with no password entry and no $HOME runs a whole meeting (the installed static binary too)",
          .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv), "needs root and setpriv to become an unknown user"))
    func unknownAccount() throws {
        let folder = try TemporaryFolder()
        chmod(folder.path, 0o777)
        // 54321 is in no /etc/passwd here; a static glibc's getpwuid would load NSS for it.
        let stranger = [Self.setpriv, "--reuid=54321", "--regid=54321", "--clear-groups", "/usr/bin/env", "-u", "HOME", "-u", "USER", "-u", "LOGNAME", "-u", "XDG_CONFIG_HOME", "-u", "XDG_STATE_HOME"]
        let created = try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path, prefix: stranger)
        #expect(created.status == 0, "\(created.error)")
        let config = try TavleBinary.run(["config"], in: folder.path, prefix: stranger)
        #expect(config.status == 0)
        #expect(config.output.contains("$HOME er ikke sat"))
        let session = try Tmux(width: 100, height: 30, command: stranger.joined(separator: " ") + " \(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("Space")
        try session.waitFor(all: ["[x] Fortæl deltagerne", "✓ Gemt"])
        #expect(try folder.read(".m.md.lock").hasPrefix("54321@"), "the lock names the account by its number")
        try session.press("c")
        try session.waitFor(text: "Farvetema")
        try session.press("q")
        try session.waitUntilExited()
        #expect(try folder.read("m.md").contains("- [x] Fortæl deltagerne"))
    }
}
