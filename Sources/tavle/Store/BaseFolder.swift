/// The XDG base folders Tavle uses (config and state), read as the XDG Base Directory
/// specification says: a variable that is unset, empty or relative is ignored, and the
/// default under `$HOME` is used. A relative one would put the config or the remembered theme
/// wherever Tavle happens to be started.
enum BaseFolder {
    /// `$XDG_CONFIG_HOME`, or `~/.config`; nil when neither can be had.
    static func config(environment: (String) -> String? = Account.environment) -> String? {
        folder("XDG_CONFIG_HOME", default: "/.config", environment: environment)
    }

    /// `$XDG_STATE_HOME`, or `~/.local/state`; nil when neither can be had.
    static func state(environment: (String) -> String? = Account.environment) -> String? {
        folder("XDG_STATE_HOME", default: "/.local/state", environment: environment)
    }

    /// The variable's folder when it is an absolute path, otherwise the default under home.
    /// Without `$HOME` (an account set up by hand, a service) there is no default either.
    private static func folder(_ variable: String, default relative: String, environment: (String) -> String?) -> String? {
        if let value = environment(variable), value.hasPrefix("/") { return value }
        return Account.homeFolder(environment).map { $0 + relative }
    }
}
