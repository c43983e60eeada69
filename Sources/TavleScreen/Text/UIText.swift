import TavleCore

/// The Danish catalogue: every string the screens show, as the people in the room say it.
public struct DanishText: UICatalogue {
    /// The catalogue.
    public init() {}

    /// What a browsing command does, as the help screen says it.
    public func describe(_ command: Command) -> String {
        switch command {
        case .quit: "Afslut (alt er gemt)"
        case .help: "Vis alle taster"
        case .undo: "Fortryd"
        case .redo: "Gentag (annullér fortryd)"
        case .saveAs: "Gem som … (en anden fil)"
        case .suspend: "Sæt Tavle på pause (skriv fg for at vende tilbage)"
        case .nextSection: "Næste afsnit"
        case .previousSection: "Forrige afsnit"
        case .goToSection: "Gå til afsnit 1–9"
        case .askSectionNumber: "Gå til afsnit nummer … (skriv tallet, Enter)"
        case .up: "Op"
        case .down: "Ned"
        case .left: "Venstre (kolonne)"
        case .right: "Højre (kolonne)"
        case .first: "Til toppen"
        case .last: "Til bunden"
        case .toggle: "Sæt eller fjern kryds"
        case .edit: "Skriv: ret punktet, noterne eller kortet"
        case .add: "Tilføj punkt eller kort"
        case .delete: "Slet (spørger først)"
        case .moveCardLeft: "Flyt kortet til venstre kolonne"
        case .moveCardRight: "Flyt kortet til højre kolonne"
        case .moveCardUp: "Flyt kortet op"
        case .moveCardDown: "Flyt kortet ned"
        case .grabCard: "Tag kortet op og flyt det med pilene"
        case .togglePresentation: "Projektorvisning til og fra"
        case .cycleTheme: "Skift farvetema (huskes)"
        case .timerStartPause: "Tidsur: start, pause og fortsæt"
        case .timerSet: "Tidsur: skriv en tid (3, 2:30, 90s)"
        case .timerAddMinute: "Tidsur: et minut mere"
        case .timerReset: "Tidsur: nulstil (to gange: skjul)"
        case .addDot: "Giv kortet en prik"
        case .removeDot: "Tag en prik fra kortet"
        case .sortByVotes: "Sortér kolonnen efter prikker"
        case .rankTopVoted: "Flyt kortene med flest prikker til den prioriterede kolonne"
        case .setDots: "Prikker pr. deltager"
        case .editMeetingDetails: "Mødets dato, sted og deltagere"
        case .export: "Eksportér referatet som en side til udskrift (HTML) ved siden af filen"
        case .toggleRoom: "Åbn rummet for deltagernes telefoner, eller luk det"
        case .pauseRoom: "Sæt telefonernes indsendelser på pause, eller slip dem løs igen"
        case .revealRoom: "Vis de skjulte kort og prikker fra telefonerne"
        }
    }

    /// What an editor key does.
    public func describe(_ command: EditCommand) -> String {
        switch command {
        case .finish: "Færdig (teksten gemmes)"
        case .newline: "Ny linje i noter; færdig i kort og punkter"
        case .left: "Et tegn til venstre"
        case .right: "Et tegn til højre"
        case .up: "Linjen over"
        case .down: "Linjen under"
        case .wordLeft: "Et ord til venstre"
        case .wordRight: "Et ord til højre"
        case .lineStart: "Til linjens start"
        case .lineEnd: "Til linjens slutning"
        case .deleteBackward: "Slet tegnet før"
        case .deleteForward: "Slet tegnet efter"
        case .deleteWordBackward: "Slet ordet før"
        case .deleteToLineStart: "Slet til linjens start"
        case .complete: "Fuldfør en deltagers navn (ansvarlig)"
        }
    }

    /// What a key does while a card is picked up.
    public func describe(_ command: MoveCommand) -> String {
        switch command {
        case .left: "Kortet til venstre kolonne"
        case .right: "Kortet til højre kolonne"
        case .up: "Kortet op"
        case .down: "Kortet ned"
        case .drop: "Læg kortet her"
        case .cancel: "Fortryd flytningen"
        }
    }

    /// A heading in the help screen for each scope.
    public func title(of scope: KeyScope) -> String {
        switch scope {
        case .everywhere: "Overalt"
        case .checklist: "Tjekliste"
        case .questions: "Spørgsmål"
        case .board: "Tavle med kort"
        case .actions: "Handlingspunkter"
        case .editing: "Når du skriver"
        case .moving: "Når et kort er taget op"
        case .dialog: "Når Tavle spørger"
        case .help: "I hjælpeoversigten"
        case .timeUp: "Når tiden er gået"
        }
    }

    /// Short labels for the status line hints.
    public func hint(_ action: KeyMap.Action) -> String {
        switch action {
        case .browse(.toggle): "kryds"
        case .browse(.edit): "skriv"
        case .browse(.add): "tilføj"
        case .browse(.delete): "slet"
        case .browse(.moveCardRight): "flyt"
        case .browse(.grabCard): "tag op"
        case .browse(.undo): "fortryd"
        case .browse(.nextSection): "næste"
        case .browse(.help): "hjælp"
        case .browse(.quit): "afslut"
        case .browse(.addDot): "prik"
        case .browse(.rankTopVoted): "top"
        case .browse(.timerStartPause): "tidsur"
        case .browse(.togglePresentation): "projektor"
        case .edit(.complete): "fuldfør navn"
        case .edit(.finish): "færdig"
        case .edit(.newline): "ny linje"
        case .move(.drop): "læg her"
        case .move(.cancel): "fortryd"
        default: describe(action)
        }
    }

    /// A notice as a sentence.
    public func text(of notice: Notice) -> String {
        switch notice {
        case .undone: "Fortrudt."
        case .redone: "Gentaget."
        case .nothingToUndo: "Der er intet at fortryde."
        case .nothingToRedo: "Der er intet at gentage."
        case .saveFailed(let failure): "Kunne ikke gemme \(failure.path): \(describe(failure.reason)). Ændringerne er i hukommelsen – tryk S for at gemme et andet sted."
        case .savedAs(let path): "Gemt som \(path)."
        case .overLimit(let column, let limit): "\(column) har plads til \(limit). Flyt et kort ud, så rækkefølgen holder."
        case .emptyTextDiscarded: "Tomt – intet tilføjet."
        case .readOnly(let reason): "Skrivebeskyttet: \(describe(reason)). Du kan se med, men ikke ændre."
        case .outsideChangeSettled(true, let copy): "Den nye version fra disken er indlæst. Din version er gemt i \(copy)."
        case .outsideChangeSettled(false, let copy): "Din version er gemt. Versionen fra disken er gemt i \(copy)."
        case .invalidDate(let text): "»\(text)« er ikke en dato, der findes. Skriv fx 2026-12-01, 1/12 eller 1.12.2026 – datoen er ikke ændret."
        case .invalidDuration(let text): "»\(text)« er ikke en tid. Skriv minutter (3), minutter og sekunder (2:30) eller sekunder (90s)."
        case .invalidDots(let text): "»\(text)« er ikke et antal prikker. Skriv et tal fra 1 til \(WorkshopFormat.maximumDots), eller 0 for ingen afstemning."
        case .theme(let name): "Farvetema: \(themeName(name)) (huskes til næste gang)."
        case .themeNotRemembered(let name, let failure): "Farvetema: \(themeName(name)) – men valget kunne ikke huskes til næste gang: \(failure.path): \(describe(failure.reason))."
        case .themeFailed(let problem): "Farvetemaet kunne ikke bruges: \(located(problem)) – standardtemaet er brugt."
        case .configFailed(let problem): "Indstillingerne har en fejl: \(located(problem)) – standardværdien er brugt."
        case .exported(let path): "Referatet er eksporteret til \(path)."
        case .exportFailed(let failure): "Kunne ikke eksportere til \(failure.path): \(describe(failure.reason))."
        case .dotsUsedUp(let available): "Alle \(available) prikker er givet. Tag en prik (V) fra et andet kort først."
        case .votingNotStarted: "Sæt først antallet af prikker pr. deltager (D)."
        case .noVotes: "Ingen kort har prikker endnu."
        case .movedTopVoted(let count, let column, let tied):
            tied.isEmpty
                ? "\(count) kort flyttet til \(column) efter antal prikker. Fortryd med u."
                : "\(count) kort flyttet til \(column). Stemmelighed om sidste plads: \(tied.map { "»\($0)«" }.joined(separator: ", ")) – afgør selv, og flyt med H/L."
        case .rankedFull(let column): "\(column) er fuld. Flyt et kort ud først."
        case .noSuggestedTime: "Afsnittet har ingen foreslået tid – skriv en."
        case .oneMinuteLeft: "1 minut tilbage."
        case .roomOpen(let link): "Rummet er åbent: \(link.shortAddress), kode \(link.code). Projektorvisningen (p) viser QR-koden."
        case .roomClosed: "Rummet er lukket. Telefonerne kan ikke sende mere."
        case .roomNotOpen: "Rummet er ikke åbent (w åbner det)."
        case .roomFailed(let reason): "Rummet kunne ikke åbnes: \(reason)."
        case .nothingToReveal: "Intet fra telefonerne venter på denne tavle."
        case .revealed(let cards, let dots): "Vist fra telefonerne: \(cards) kort og \(dots == 1 ? "1 prik" : "\(dots) prikker"). Fortryd med u."
        case .pasteIgnored: "Indsat tekst bruges kun, mens du skriver: tryk Enter eller a først. Intet er ændret."
        case .decisionAfterEdit(.missing): "Filen er slettet eller flyttet. Skriv færdigt (Esc), så spørger Tavle, hvad der skal ske – intet går tabt."
        case .decisionAfterEdit: "Filen er ændret uden for Tavle. Skriv færdigt (Esc), så spørger Tavle, hvilken version der skal gælde – intet går tabt."
        }
    }

    /// The save state for the right end of the status line.
    public func text(of status: SaveStatus) -> String {
        switch status {
        case .saved: "✓ Gemt"
        case .saving: "… Gemmer"
        case .failed: "✗ IKKE GEMT"
        }
    }

    /// The question a confirmation asks.
    public func question(_ confirmation: Confirmation, in workshop: Workshop) -> String {
        switch confirmation {
        case .quitUnsaved:
            return "Den sidste ændring er ikke gemt. Afslut alligevel?"
        case .deletePoint(let section, let id):
            if case .checklist(let checklist) = workshop.sections[section].body, let entry = checklist.entryIndex(of: id),
               case .point(let point) = checklist.entries[entry] {
                return "Slet punktet »\(point.text)«?"
            }
            return "Slet punktet?"
        case .deleteCard(let section, let id):
            if case .board(let board) = workshop.sections[section].body, let card = board.position(of: id).flatMap(board.card(at:)) {
                return "Slet kortet »\(card.text)«?"
            }
            return "Slet kortet?"
        case .clearNotes:
            return "Slet noterne til spørgsmålet?"
        case .deleteAction(let section, let id):
            if case .actions(let items) = workshop.sections[section].body, let item = items.index(withID: id) {
                return "Slet handlingspunktet »\(items[item].what)«?"
            }
            return "Slet handlingspunktet?"
        case .outsideChange:
            return "Filen er blevet ændret uden for Tavle, fx af en kollega eller git pull. Din seneste ændring er ikke gemt endnu, og intet bliver overskrevet."
        case .fileMissing:
            return "Filen er slettet eller flyttet, siden Tavle åbnede den. Dine ændringer er i hukommelsen, og intet er skrevet."
        case .replaceFile(let path):
            return "\(path) findes allerede. Erstat den med denne workshop?"
        }
    }

    /// The answers a confirmation offers, named by the keys that give them.
    public func answers(_ confirmation: Confirmation, keys: KeyNames) -> String {
        func key(_ command: DialogCommand, _ letter: Character? = nil) -> String { keys.name(.dialog(command), preferring: letter) }
        return switch confirmation {
        case .outsideChange:
            "\(key(.loadTheirs, "i")) = indlæs den nye (din gemmes som kopi) · \(key(.keepMine, "b")) = behold din (den nye gemmes som kopi) · \(key(.cancel)) = vent"
        case .fileMissing: "\(key(.recreate, "g")) = genskab filen her · \(key(.saveElsewhere, "s")) = gem et andet sted · \(key(.cancel)) = vent"
        case .replaceFile: "\(key(.yes, "j")) = ja, erstat · \(key(.no, "n")) = nej, vælg et andet navn"
        default: "\(key(.yes, "j")) = ja · \(key(.no, "n")) = nej (fortryd kan også bringe det tilbage)"
        }
    }

    /// What a key answers in a dialog.
    public func describe(_ command: DialogCommand) -> String {
        switch command {
        case .yes: "Ja"
        case .no: "Nej"
        case .cancel: "Vent med at svare (luk spørgsmålet)"
        case .loadTheirs: "Indlæs filens nye version (din gemmes som kopi)"
        case .keepMine: "Behold din version (filens gemmes som kopi)"
        case .recreate: "Genskab den slettede fil"
        case .saveElsewhere: "Gem et andet sted"
        }
    }

    /// What a key does on the help screen.
    public func describe(_ command: HelpCommand) -> String {
        switch command {
        case .down: "Rul ned"
        case .up: "Rul op"
        case .pageDown: "En side ned"
        case .pageUp: "En side op"
        }
    }

    public var dismissTimeUpDescription: String { "Luk »Tiden er gået«" }

    /// "a, b eller c".
    private func alternatives(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " eller " + names[names.count - 1]
    }

    public var readOnly: String { "✎ Skrivebeskyttet" }

    public var helpTitle: String { "Taster" }
    public func helpFooter(keys: KeyNames) -> String {
        "\(keys.name(.help(.up)))\(keys.name(.help(.down))) rul · en anden tast lukker"
    }
    public var emptyColumn: String { "(tom)" }
    public func meetingNumber(_ number: Int) -> String { "Møde \(number)" }
    public func continueAtMeeting(_ meeting: String) -> String { "Fortsæt ved \(meeting)" }
    public var noNotes: String { "Enter: skriv gruppens svar" }
    public var saveAsPrompt: String { "Gem som: " }
    public var timerPrompt: String { "Tid (fx 3, 2:30 eller 90s): " }
    public var dotsPrompt: String { "Prikker pr. deltager: " }
    public var timeUp: String { "TIDEN ER GÅET" }
    public func roomStatus(_ room: OpenRoom, hiddenCards: Int, hiddenDots: Int) -> String {
        guard room.link != nil else { return "Rummet åbner …" }
        var parts = ["\(room.connected) med"]
        if hiddenCards > 0 { parts.append("\(hiddenCards) kort skjult") }
        if hiddenDots > 0 { parts.append(hiddenDots == 1 ? "1 prik skjult" : "\(hiddenDots) prikker skjult") }
        return (room.isPaused ? "Rum (pause): " : "Rum: ") + parts.joined(separator: " · ")
    }

    public func roomInvitation(_ link: RoomLink) -> [String] {
        ["Scan koden, eller gå til", link.shortAddress, "og skriv koden \(link.code)"]
    }

    public func timeUpHint(keys: KeyNames) -> String { "Tiden er gået – \(alternatives(keys.names(.dismissTimeUp))) lukker" }
    public var noDue: String { "uden frist" }
    public func noActions(keys: KeyNames) -> String {
        "Ingen handlingspunkter endnu – \(keys.name(.browse(.add), in: .actions)) tilføjer et"
    }
    public var actionHeadings: (what: String, who: String, due: String) { (what: "Hvad", who: "Hvem", due: "Hvornår") }

    /// The prompt for one of the meeting's details.
    public func prompt(_ field: MeetingField) -> String {
        switch field {
        case .date: "Mødets dato (fx 23/11 eller 2026-11-23): "
        case .place: "Sted: "
        case .participants: "Deltagere (komma imellem): "
        }
    }


    /// A bundled theme's name in Danish; a theme of one's own keeps its file name.
    public func themeName(_ name: String) -> String {
        switch name {
        case "dark": "mørk"
        case "light": "lys"
        case "contrast": "høj kontrast"
        case "mono": "monokrom"
        default: name
        }
    }

    /// A date as the config's style asks; `danish` is `1. dec. 2026`.
    public func format(_ date: CalendarDate, style: Settings.DateStyle) -> String { style.format(date) }

    /// Dots used of those available, for a board's heading.
    public func dots(used: Int, available: Int) -> String { "● \(used) af \(available) prikker" }
    public func hiddenVoters(_ count: Int) -> String { count == 1 ? "1 har stemt fra telefonen (skjult til s)" : "\(count) har stemt fra telefonen (skjult til s)" }

    /// The meeting's date, place and participants on one line.
    public func participants(_ count: Int) -> String { "\(count) deltagere" }
    public var sectionPrompt: String { "Gå til afsnit: " }
    public var minutes: String { "min" }
    public var startTitle: String { "Tavle – vælg en skabelon eller fortsæt en workshop" }
    public var startKits: String { "Ny workshop ud fra en skabelon" }
    public var startWorkshops: String { "Workshops i denne mappe" }
    public var startBroken: String { "Kan ikke åbnes – ret filen, og prøv igen (tavle check viser hvor)" }
    public func startHint(keys: KeyNames) -> String {
        "\(keys.name(.browse(.up)))\(keys.name(.browse(.down))) vælg · Enter åbn · \(keys.name(.browse(.quit))) afslut"
    }
    public var tooSmall: String { "Gør vinduet større" }
    public var section: String { "Afsnit" }


    public func statusLine(_ status: WorkshopStatus) -> String {
        status.line(kit: "skabelon", points: "punkter", questions: "spørgsmål", ranked: "rangerede",
                    open: { $0 == 1 ? "åben handling" : "åbne handlinger" }, overdue: "overskredet")
    }

    public var noOpenActions: String { "Ingen åbne handlingspunkter." }

    /// The audience as the start screen shows it.
    public func audience(_ value: String?) -> String {
        switch value {
        case "kommune": "Kommune"
        case "forening": "Forening"
        case "begge": "Kommune og forening"
        default: value ?? ""
        }
    }

}
