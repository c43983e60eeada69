import TavlePlatform

/// The account and environment Tavle runs in.
///
/// Nothing here asks the password database: in the installed, fully static binary `getpwuid`
/// loads the C library's NSS modules, which crashes for every account that lives in LDAP, SSSD
/// or Active Directory (how municipal laptops log in). The name comes from the environment,
/// as git's does for commits, and the home folder from `$HOME`.
enum Account {
    /// The user's name from `$USER` or `$LOGNAME`, else the numeric user id. It only says who
    /// holds a lock, for people to read; nothing is decided by it.
    static var userName: String {
        for name in ["USER", "LOGNAME"] {
            if let value = environment(name), !value.isEmpty, value.utf8.count <= 64,
               value.unicodeScalars.allSatisfy({ $0.value >= 0x21 && $0.value != 0x7F }) {
                return value
            }
        }
        return String(getuid())
    }

    /// `$HOME`, when it is set to an absolute path; nil otherwise: then Tavle has no config,
    /// no kits of the user's own and no remembered theme, and `tavle config` says why.
    static func homeFolder(_ environment: (String) -> String? = environment) -> String? {
        guard let home = environment("HOME"), home.hasPrefix("/") else { return nil }
        return home
    }

    /// This machine's name.
    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A variable of the environment Tavle was started in, or nil when it is not set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
