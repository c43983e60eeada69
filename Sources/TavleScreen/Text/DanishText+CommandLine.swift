import TavleCore

extension DanishText {
    public var usingDefaultSetting: String { "standardværdien bruges" }
    public var usingDefaultTheme: String { "standardtemaet bruges" }
    public var todayFormat: String { "--today skal være en dato skrevet ÅÅÅÅ-MM-DD" }
    public var sizeFormat: String { "--size skal skrives BREDDExHØJDE, fx 80x24" }
    public var separatorChoice: String { "--separator skal være , eller ;" }
    public var warningWord: String { "advarsel" }
    public func describe(_ warning: ScreenFit.Warning, in workshop: Workshop) -> String {
        func column(_ section: Int, _ column: Int) -> String {
            guard case .board(let board) = workshop.sections[section].body else { return "" }
            return VisibleText.printable(board.columns[column].title)
        }
        return switch warning {
        case .agendaLabelCut(_, let shown): "dagsordenen ved 100x30 viser kun '\(VisibleText.printable(shown))', så afsnittet ikke kan kendes; gør titlens begyndelse kortere"
        case .agendaSame(_, let other, let shown): "ved 100x30 ser afsnittet ud som afsnit \(other + 1) i dagsordenen ('\(VisibleText.printable(shown))'); lad titlerne adskille sig tidligt"
        case .columnTitleCut(let section, let index): "kolonnen '\(column(section, index))' får ikke hele sin titel vist ved 100x30; gør titlen kortere"
        case .columnMeaningCut(let section, let index): "kolonnen '\(column(section, index))' får ikke hele sin forklaring vist ved 100x30; gør forklaringen kortere"
        case .axisCut: "et ord ved en af matricens akser bliver skåret af ved 100x30; gør det kortere"
        case .guidanceCut: "vejledningen er for lang til at blive vist ved 100x30 sammen med afsnittets første punkt; gør den kortere"
        }
    }
    public func meetingChoice(_ given: String, count: Int) -> String {
        "--meeting \(VisibleText.printable(given)): workshoppen har " + (count == 1 ? "ét møde" : "\(count) møder") + "; skriv et tal fra 1 til \(count) eller all"
    }
    public var configFile: String { "indstillingsfil" }
    public var configFileMissing: String { "findes ikke; standardværdierne bruges" }
    public func help(fromParser text: String) -> String {
        let words = [
            ("USAGE: tavle <subcommand>", "BRUG: tavle [FIL] [--theme TEMA] [--lang da|en] [--read-only]\n      tavle <kommando>"),
            ("OVERVIEW:", "OVERSIGT:"), ("USAGE:", "BRUG:"), ("ARGUMENTS:", "ARGUMENTER:"), ("OPTIONS:", "TILVALG:"),
            ("SUBCOMMANDS:", "KOMMANDOER:"), ("Show the version.", "Vis versionen."), ("Show help information.", "Vis denne hjælp."),
            ("(default)", "(standard)"), ("See 'tavle help <subcommand>' for detailed help.", "Skriv 'tavle help <kommando>' for hjælp til en kommando."),
            ("<subcommand>", "<kommando>"), ("(default: ", "(standard: "), ("(values: ", "(værdier: "),
        ]
        return words.reduce(text) { $0.replacing($1.0, with: $1.1) }
    }
    public func unknownCommand(_ typed: String, didYouMean command: String) -> String {
        "tavle: »\(typed)« er hverken en kommando eller en fil – mente du »tavle \(command)«?"
    }
    public func savedIn(_ file: String) -> String { "Gemt i \(file)" }
    public func notSavedIn(_ file: String) -> String { "Den sidste ændring er IKKE gemt i \(file)" }
    public var needsTerminal: String { "tavle skal køre i en terminal, men standardinput eller -output er ikke en terminal (brug ssh -t, eller tavle status, export eller replay i scripts)" }
    public var noHomeFolder: String { "(ingen: $HOME er ikke sat)" }
    public var defaultOrigin: String { "standard" }

    /// `tavle new` or the start screen could not create the file.
    public func couldNotCreate(_ failure: SaveFailure) -> String {
        "\(failure.path): workshoppen kunne ikke oprettes: \(describe(failure.reason))"
    }

    /// A kit name that is not among the kits.
    public func noSuchKit(_ name: String, kits: [String]) -> String {
        "der er ingen skabelon ved navn '\(name)'; vælg en af \(kits.joined(separator: ", ")), eller angiv stien til en skabelonfil"
    }

    /// Where the remembered theme is kept, as the origin of the theme setting.
    public func rememberedIn(_ path: String) -> String { "husket i \(path)" }

    /// The remembered theme, and the config file's theme it goes before.
    public func rememberedIn(_ path: String, before configured: String, from origin: String) -> String {
        "husket i \(path); går forud for \(configured) fra \(origin)"
    }

    /// The language came from the locale (`LC_MESSAGES=da_DK.UTF-8`), or none was set.
    public func localeOrigin(_ variable: String?) -> String { variable.map { "miljøvariablen " + $0 } ?? "ingen sprogvariabel sat" }
}
