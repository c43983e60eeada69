import ArgumentParser
import TavleCore
import TavleScreen

extension Language: ExpressibleByArgument {}

/// Which language Tavle speaks: `--lang`, then the config file, then the locale (Danish where
/// it is Danish, English otherwise).
enum LanguageChoice {
    /// Where the choice came from, for `tavle config`.
    enum Origin: Equatable {
        case option
        /// The config file's line, `file:line`.
        case config(String)
        /// The locale variable that decided (`LC_MESSAGES=da_DK.UTF-8`); nil when none is set.
        case locale(String?)
    }

    /// The language and where the choice came from.
    static func resolve(option: Language?, settings: Settings) -> (language: Language, origin: Origin) {
        if let option { return (option, .option) }
        if let language = settings.language.value { return (language, .config(settings.language.origin)) }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { name in Account.environment(name).flatMap { $0.isEmpty ? nil : "\(name)=\($0)" } }.first
        return (UIText.language(fromLocale: Account.environment), .locale(locale))
    }
}

extension UICatalogue {
    /// How `tavle config` names where the language came from.
    func describe(_ origin: LanguageChoice.Origin) -> String {
        switch origin {
        case .option: "--lang"
        case .config(let line): line
        case .locale(let variable): localeOrigin(variable)
        }
    }
}

extension LanguageChoice {
    /// The catalogue the command line speaks with: `--help`, messages and output. Help texts
    /// are read while the arguments are parsed, so the choice is made before: a `--lang`
    /// anywhere on the command line, then the config file, then the locale.
    static let commandLine: any UICatalogue = {
        var option: Language?
        var arguments = CommandLine.arguments.dropFirst()[...]
        while let argument = arguments.popFirst() {
            if argument == "--lang" { option = arguments.first.flatMap(Language.init(rawValue:)) ?? option }
            if argument.hasPrefix("--lang=") { option = Language(rawValue: String(argument.dropFirst(7))) ?? option }
        }
        return UIText.catalogue(resolve(option: option, settings: UserConfig.load().settings).language)
    }()
}

/// `--lang da|en` on every command: the command line's words (help, messages, output) and
/// a replayed screen are in that language. `LanguageChoice.commandLine` reads it before the
/// arguments are parsed; the option is declared so that the parser accepts it.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: .tavle(.langOption))
    var lang: Language?
}

extension ArgumentHelp {
    /// An argument's help in the interface's language.
    static func tavle(_ topic: CommandHelp) -> ArgumentHelp {
        ArgumentHelp(LanguageChoice.commandLine.help(topic))
    }
}

extension CommandHelp {
    /// A command's summary or details in the interface's language.
    var text: String { LanguageChoice.commandLine.help(self) }
}
