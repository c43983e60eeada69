/// Each text `tavle --help` and the completions show: a command's summary and details, and
/// what each argument, option and flag is for. Worded by the catalogues like everything else.
public enum CommandHelp: CaseIterable, Sendable {
    case tavleAbstract, tavleDiscussion
    case openAbstract, openFile, themeOption, readOnlyFlag, langOption, roomFlag, roomAddressOption
    case viewAbstract, viewDiscussion, viewFile
    case kitsAbstract, kitsDiscussion
    case newAbstract, newKit, newFile
    case checkAbstract, checkDiscussion, checkFiles
    case actionsAbstract, actionsDiscussion, pathsArgument, overdueFromOption
    case statusAbstract, statusDiscussion, jsonFlag
    case exportAbstract, exportDiscussion, exportFile, formatOption, outputOption, separatorOption, bomFlag, csvLangOption, meetingOption
    case configAbstract, configDiscussion, commandsFlag
    case replayAbstract, replayDiscussion, replayFile, keysOption, sizeOption, saveFlag, todayOption
}
