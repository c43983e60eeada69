extension EnglishText {
    /// A text of `tavle --help`.
    public func help(_ topic: CommandHelp) -> String {
        switch topic {
        case .tavleAbstract: "Run a workshop meeting on a shared screen: checklists, questions and a board of cards, saved as you go."
        case .tavleDiscussion:
            """
            With no file, Tavle shows a start screen: pick a guide (a kit) to start a new workshop \
            in the current folder, or continue a workshop found there. Every change is saved at once \
            to the workshop's Markdown file, which is also the meeting's minutes.
            """
        case .openAbstract: "Open a workshop file, or show the start screen when no file is given."
        case .openFile: "The workshop file to open. Leave out for the start screen."
        case .themeOption: "A bundled theme's name or a theme file's path."
        case .readOnlyFlag: "Open the workshop to look at only; nothing is changed or saved."
        case .roomFlag: "Open the room at once: participants join from their phones on the local network (w opens and closes it later)."
        case .roomAddressOption: "The address (and :port) the room listens on; by default the laptop's local-network address, port 8080."
        case .langOption: "The interface's language: da or en. Default: the config file, then the locale."
        case .viewAbstract: "Follow a workshop read-only: the screen follows the file as the facilitator's Tavle saves it."
        case .viewDiscussion:
            "Nothing can be changed and nothing is written; the view keeps its own section and scroll position. Run it over ssh on the machine that holds the file, or attach to the facilitator's tmux session with 'tmux attach -r' to see exactly their screen."
        case .viewFile: "The workshop file to follow."
        case .kitsAbstract: "List the kits (guides): your own, then the bundled ones."
        case .kitsDiscussion:
            "Your own kits are the .md files in $XDG_CONFIG_HOME/tavle/kits (or ~/.config/tavle/kits). A kit there with a bundled kit's name replaces it."
        case .newAbstract: "Create a new workshop file from a kit."
        case .newKit: "A kit's name (see 'tavle kits') or a kit file's path."
        case .newFile: "The new file. Default: DATE-KIT.md in the current folder."
        case .checkAbstract: "Check kit or workshop files; prints each problem as file:line:col: message."
        case .checkDiscussion: "Exits with status 0 only when every file is valid."
        case .checkFiles: "The files to check."
        case .actionsAbstract: "List open action items across workshop files, soonest deadline first."
        case .actionsDiscussion:
            "Each line: deadline, who, what, and the file and section it was agreed in. Overdue items start with '!'. A folder means the workshop files (*.md) in it. Files that cannot be read are reported as file:line:col and the rest are still listed."
        case .pathsArgument: "Workshop files or folders. Default: the current folder."
        case .overdueFromOption: "Count overdue items from this date (YYYY-MM-DD) instead of today."
        case .statusAbstract: "Show where each workshop stands: points ticked, questions answered, cards ranked, open and overdue action items."
        case .statusDiscussion:
            "A folder means the workshop files (*.md starting like a Tavle file) in it. Files that cannot be read are reported as file:line:col lines on standard error and the rest are still shown; the exit status is then 1."
        case .jsonFlag: "One JSON object per line, for scripts."
        case .exportAbstract: "Export a workshop as a printable page (html), Markdown, CSV or plain text."
        case .exportDiscussion:
            "Without -o the export is written beside the workshop as NAME-referat.EXT and its path printed. -o - writes to standard output. Workshops from kits that end in an agreement (forventninger, partnerskab) export as that agreement, with the minutes as an appendix."
        case .exportFile: "The workshop file."
        case .formatOption: "html, md, csv or txt."
        case .outputOption: "Where to write: a path, or - for standard output."
        case .separatorOption: "CSV field separator: , or ; (spreadsheets set to Danish want ;)."
        case .bomFlag: "Start CSV with a byte-order mark, so spreadsheet programs read æ, ø, å right."
        case .meetingOption: "For a workshop held in several meetings: the minutes of meeting N, or all for every one. Without it: the last meeting held."
        case .csvLangOption: "The language of the CSV's headers and words (point, yes/no): da (the default, like the kits) or en."
        case .configAbstract: "Show the settings in effect and where each came from."
        case .configDiscussion:
            """
            Settings are read from $XDG_CONFIG_HOME/tavle/config.toml (or ~/.config/tavle/config.toml):

              theme = "contrast"            # dark, light, contrast, mono, or a theme file's path
              language = "da"               # da or en
              kits = ["~/tavle-kits"]       # more folders of your own kits
              date-format = "danish"        # danish (1. dec. 2026), iso (2026-12-01), numeric (01.12.2026)

              [keys]
              undo = "z"                    # any command: tavle config --commands lists them
              add-dot = ["v", "+"]

            A broken file is reported as file:line:col and the defaults are used.
            """
        case .commandsFlag: "List every command a key can be bound to, with its keys now."
        case .replayAbstract: "Replay keys against a workshop file and print the resulting screen as text."
        case .replayDiscussion:
            """
            KEYS are typed as written; <Enter>, <Esc>, <Tab>, <S-Tab>, <Up>, <Down>, <Left>, <Right>, \
            <S-Left>, <C-r>, <Space>, <BS>, <Del>, <Home>, <End>, <lt> (for <) name special keys, \
            and <Click X Y>, <Press X Y>, <Drag X Y>, <Release X Y> act with the mouse at a cell \
            (from 0). Nothing is written unless --save is given.
            """
        case .replayFile: "The workshop or kit file."
        case .keysOption:
            "The keys to replay: characters as typed, <Enter> <Esc> <Tab> <C-u> <S-Right> <lt> for special keys, <Click X Y> <Press X Y> <Drag X Y> <Release X Y> for the mouse, <Wait N> for N seconds passing."
        case .sizeOption: "Screen size as WIDTHxHEIGHT."
        case .saveFlag: "Write the changes to the file, as the app would."
        case .todayOption: "Today's date as YYYY-MM-DD, for dates and overdue items. Default: the real date."
        }
    }
}
