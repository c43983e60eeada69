import TavleCore

extension EnglishText {
    public var usingDefaultSetting: String { "using the default for it" }
    public var usingDefaultTheme: String { "using the default theme" }
    public var todayFormat: String { "--today must be a date written YYYY-MM-DD" }
    public var sizeFormat: String { "--size must be WIDTHxHEIGHT, e.g. 80x24" }
    public var separatorChoice: String { "--separator must be , or ;" }
    public var warningWord: String { "warning" }
    public func describe(_ warning: ScreenFit.Warning, in workshop: Workshop) -> String {
        func column(_ section: Int, _ column: Int) -> String {
            guard case .board(let board) = workshop.sections[section].body else { return "" }
            return VisibleText.printable(board.columns[column].title)
        }
        return switch warning {
        case .agendaLabelCut(_, let shown): "at 100x30 the agenda shows only '\(VisibleText.printable(shown))', which does not tell the section apart; shorten the title's start"
        case .agendaSame(_, let other, let shown): "at 100x30 the section looks like section \(other + 1) in the agenda ('\(VisibleText.printable(shown))'); make the titles differ early"
        case .columnTitleCut(let section, let index): "the column '\(column(section, index))' does not show its whole title at 100x30; shorten it"
        case .columnMeaningCut(let section, let index): "the column '\(column(section, index))' does not show its whole meaning at 100x30; shorten it"
        case .axisCut: "a word at an end of the matrix's axes is cut at 100x30; shorten it"
        case .guidanceCut: "the guidance is too long to show at 100x30 with the section's first item; shorten it"
        }
    }
    public func meetingChoice(_ given: String, count: Int) -> String {
        "--meeting \(VisibleText.printable(given)): the workshop has " + (count == 1 ? "one meeting" : "\(count) meetings") + "; give a number from 1 to \(count), or all"
    }
    public var configFile: String { "config file" }
    public var configFileMissing: String { "not there: defaults" }
    public func help(fromParser text: String) -> String {
        text.replacing("USAGE: tavle <subcommand>", with: "USAGE: tavle [FILE] [--theme THEME] [--lang da|en] [--read-only]\n       tavle <subcommand>")
    }
    public func unknownCommand(_ typed: String, didYouMean command: String) -> String {
        "tavle: “\(typed)” is neither a command nor a file – did you mean “tavle \(command)”?"
    }
    public func savedIn(_ file: String) -> String { "Saved in \(file)" }
    public func notSavedIn(_ file: String) -> String { "The last change is NOT saved in \(file)" }
    public var needsTerminal: String { "tavle needs a terminal, but standard input or output is not one (use ssh -t, or tavle status, export or replay in scripts)" }
    public var noHomeFolder: String { "(none: $HOME is not set)" }
    public var defaultOrigin: String { "default" }

    /// `tavle new` or the start screen could not create the file.
    public func couldNotCreate(_ failure: SaveFailure) -> String {
        "\(failure.path): could not create the workshop: \(describe(failure.reason))"
    }

    /// A kit name that is not among the kits.
    public func noSuchKit(_ name: String, kits: [String]) -> String {
        "no kit named '\(name)'; the kits are \(kits.joined(separator: ", ")), or give a kit file's path"
    }

    /// Where the remembered theme is kept, as the origin of the theme setting.
    public func rememberedIn(_ path: String) -> String { "remembered in \(path)" }

    /// The remembered theme, and the config file's theme it goes before.
    public func rememberedIn(_ path: String, before configured: String, from origin: String) -> String {
        "remembered in \(path); goes before \(configured) from \(origin)"
    }

    /// The language came from the locale (`LC_MESSAGES=da_DK.UTF-8`), or none was set.
    public func localeOrigin(_ variable: String?) -> String { variable.map { "locale " + $0 } ?? "no locale set" }
}
