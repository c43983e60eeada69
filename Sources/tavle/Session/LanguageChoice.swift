import ArgumentParser
import TavleCore
import TavleScreen

extension Language: ExpressibleByArgument {}

/// Which language Tavle speaks: `--lang`, then the config file, then the locale (Danish where
/// it is Danish, English otherwise).
enum LanguageChoice {
    /// The language and where the choice came from.
    static func resolve(option: Language?, settings: Settings) -> (language: Language, origin: String) {
        if let option { return (option, "--lang") }
        if let code = settings.language.value, let language = Language(rawValue: code) { return (language, settings.language.origin) }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { name in Account.environment(name).flatMap { $0.isEmpty ? nil : "\(name)=\($0)" } }.first
        return (UIText.language(fromLocale: Account.environment), locale.map { "locale " + $0 } ?? "no locale set")
    }
}
