import TavleCore

extension DanishText {
    /// What is wrong in a file, as one sentence a facilitator can act on. The file format's
    /// own words (checklist, who, due, theme …) stay as they are: that is how they are written.
    public func describe(_ problem: FormatProblem) -> String {
        switch problem {
        case .nulByte: "filen indeholder en NUL-byte; det er ikke en tekstfil"
        case .invalidUTF8: "ugyldig UTF-8; gem filen som UTF-8"
        case .system(let error): describe(error)
        case .isFolder: "er en mappe, ikke en workshopfil"
        case .notRegularFile: "er ikke en almindelig fil"
        case .unknownTheme(let known): "intet farvetema hedder sådan; vælg \(known.joined(separator: ", ")) eller stien til en temafil"

        case .emptyFile: "filen er tom; en Tavle-fil begynder med \(WorkshopFormat.versionLine)"
        case .notTavleFile: "ikke en Tavle-fil: første linje skal være \(WorkshopFormat.versionLine)"
        case .versionNotNumber: "formatversionen skal være et tal"
        case .newerVersion(let version):
            "filen er i format \(version) fra en nyere version af Tavle; denne version læser format \(WorkshopFormat.version)"
        case .unknownVersion(let version): "ukendt formatversion \(version)"
        case .titleMissing: "her skal workshoppens titel stå: en linje, der begynder med '# '"
        case .metadataSyntax: "metadata skrives '- nøgle: værdi'; nøglen skrives med små bogstaver"
        case .sectionMarkerMissing(let section):
            "afsnittet '\(section)' skal have en markørlinje lige efter overskriften, fx <!-- checklist -->, <!-- questions --> eller <!-- board -->"
        case .unknownSectionKind(let kind): "ukendt afsnitstype '\(kind)'; brug checklist, questions, board eller actions"
        case .checklistPointSyntax: "et punkt på en tjekliste skrives '- [ ] tekst' (eller '- [x] tekst', når det er krydset af)"
        case .notesOutsideQuestion: "noter skal stå under et spørgsmål (en linje, der begynder med '### ')"
        case .columnMarkerSyntax: "en kolonnes markør er <!-- ranked --> eller <!-- ranked limit=3 -->"
        case .cardOutsideColumn: "et kort skal stå under en kolonneoverskrift (en linje, der begynder med '### ')"
        case .actionItemSyntax: "et handlingspunkt skrives '- [ ] hvad' (eller '- [x] hvad', når det er gjort)"
        case .actionWhoTwice: "handlingspunktet har allerede en 'who'-linje"
        case .actionDueTwice: "handlingspunktet har allerede en 'due'-linje"
        case .actionDueDate: "en frist skrives ÅÅÅÅ-MM-DD og skal være en dato, der findes, fx 2026-12-01"
        case .actionDetailSyntax: "en detalje til et handlingspunkt er '  - who: navn' eller '  - due: ÅÅÅÅ-MM-DD'"
        case .actionDetailOutsideItem: "linjerne '  - who:' og '  - due:' skal stå under et handlingspunkt"
        case .unknownMarkerSetting(let word, let expected): "ukendt indstilling '\(word)'; her forventes \(expected)=N"
        case .markerSettingRange(let name, let range):
            "\(name) skal være et helt tal fra \(range.lowerBound) til \(range.upperBound)"
        case .unexpected(let line): describe(line)

        case .titleEmpty: "titlen er tom"
        case .metadataKeyTwice(let key): "metadatanøglen '\(key)' står to gange"
        case .unknownMetadataKey(let key, let known): "ukendt metadatanøgle '\(key)'; de kendte nøgler er \(known.joined(separator: ", "))"
        case .audienceValue(let known): "audience skal være en af \(known.joined(separator: ", "))"
        case .answersValue(let known): "answers skal være en af \(known.joined(separator: ", "))"
        case .workshopLanguage(let known): "language skal være en af \(known.joined(separator: ", "))"
        case .metadataDate(let key): "\(key) skal være en dato skrevet ÅÅÅÅ-MM-DD"
        case .metadataEmpty(let key): "metadatanøglen '\(key)' har ingen værdi"
        case .sectionTitleEmpty: "afsnittets titel er tom"
        case .groupHeadingEmpty: "gruppens overskrift er tom"
        case .pointEmpty: "punktet har ingen tekst"
        case .checklistWithoutPoints(let section): "tjeklisten '\(section)' har ingen punkter"
        case .questionEmpty: "spørgsmålet er tomt"
        case .questionsWithoutQuestions(let section): "spørgsmålsafsnittet '\(section)' har ingen spørgsmål"
        case .columnTitleEmpty: "kolonnen har ingen titel"
        case .columnTwice(let column): "kolonnen '\(column)' findes to gange på denne tavle"
        case .boardWithoutColumns(let section): "tavlen '\(section)' har ingen kolonner"
        case .meetingWithoutSections: "et møde skal have mindst ét afsnit efter sin markør <!-- meeting: … -->"
        case .matrixQuadrantsMissing(let section): "matricen '\(section)' skal have fem kolonner: en til kortene, før de er placeret, og én for hvert af de fire felter"
        case .matrixAxisMissing(let axis): "en matrix skal have sin \(axis)-akse lige efter markøren: <!-- \(axis): \(axis == "x" ? "VENSTRE | HØJRE" : "TOP | BUND") -->"
        case .matrixAxisSyntax(let axis): "en akse skrives <!-- \(axis): \(axis == "x" ? "VENSTRE | HØJRE" : "TOP | BUND") --> med ord i begge ender"
        case .actionWithoutWhat: "handlingspunktet siger ikke, hvad der skal gøres"

        case .tableHeadingSyntax: "en tabeloverskrift skrives [navn]"
        case .tableNameSyntax: "et tabelnavn består af bogstaver, tal, - og _"
        case .textAfterTableHeading: "efter en tabeloverskrift må der kun stå en kommentar"
        case .keyValueSyntax: "her forventes 'nøgle = værdi'; en nøgle består af bogstaver, tal, - og _"
        case .equalsMissing(let key): "der mangler '=' efter '\(key)'"
        case .textAfterValue: "uventet tekst efter værdien"
        case .setTwice(let key): "'\(key)' er sat to gange"
        case .valueMissing: "der mangler en værdi efter '='"
        case .listSyntax: "en liste indeholder tekster i anførselstegn, adskilt af kommaer"
        case .listNotClosed: "listen er ikke lukket med ']'"
        case .bareWord(let word): "'\(word)' er ikke en værdi; tekst skal stå i anførselstegn, fx \"\(word)\""
        case .unknownEscape(let character): "ukendt escape-sekvens '\\\(character)'; brug \\\" \\\\ \\n eller \\t"
        case .stringNotClosed(let quote): "teksten er ikke lukket med \(quote)"

        case .languageValue: "language skal være \"da\" eller \"en\""
        case .dateFormatValue(let styles): "date-format skal være en af \(styles.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .unknownCommand(let command): "ukendt kommando '\(command)'; `tavle config --commands` viser dem alle"
        case .keysValue: "en tast skrives som tekst, fx \"z\" eller \"<C-r>\", eller som en liste af dem"
        case .notAKey(let name): "'\(name)' er ikke en tast; skriv et tegn eller et navn som <Enter>, <Tab>, <C-r>, <S-Right>"
        case .editorKeyIsCharacter: "en kommando i tekstfeltet skal have en specialtast som <C-s> eller <Esc>; et almindeligt tegn ville bare blive skrevet ind i teksten"
        case .wrongType(let setting, let expectsList, let found):
            "\(setting) skal være \(expectsList ? "en liste af mapper" : "en tekst"), ikke \(describe(found))"
        case .unknownSetting(let name): "ukendt indstilling '\(name)'; indstillingerne er theme, language, kits, date-format og [keys]"

        case .themeLineSyntax: "her forventes 'stil = farver og attributter'"
        case .unknownStyle(let name, let known): "ukendt stil '\(name)'; stilene er \(known.joined(separator: ", "))"
        case .misplacedOn: "'on' skal stå mellem en forgrundsfarve og en baggrundsfarve"
        case .unknownColour(let word): "ukendt farve eller attribut '\(word)'"
        case .secondColourWithoutOn: "en farve nummer to skal have 'on' foran sig, fx 'black on cyan'"
        case .backgroundMissing: "efter 'on' skal der stå en baggrundsfarve"

        case .unknownKey(let name): "ukendt tast <\(name)>"
        }
    }

    private func describe(_ line: UnexpectedLine) -> String {
        switch line {
        case .secondTitle: "uventet titel ('# '); en fil har kun én titel"
        case .subheadingOutsideSection: "uventet '### '-overskrift uden for et afsnit; sæt en '## '-afsnitsoverskrift over den"
        case .heading: "uventet overskrift"
        case .marker: "uventet markørkommentar her; markører står lige efter en '## '- eller '### '-overskrift"
        case .listItemInQuestions: "uventet listepunkt i et afsnit med spørgsmål; noter er linjer, der begynder med '>'"
        case .listItem: "uventet listepunkt her"
        case .numberedLine: "uventet nummereret linje her; nummererede kort hører til i en kolonne på en tavle"
        case .quote: "uventet citatlinje ('>') her; noter hører til under et spørgsmål"
        case .text: "uventet tekst her; tekst står lige efter en overskrift, før punkterne (begynd linjen med '\\' for at beholde den som tekst)"
        case .endOfFile: "filen slutter uventet her"
        }
    }

    private func describe(_ kind: ConfigFile.ValueKind) -> String {
        switch kind {
        case .string: "en tekst"
        case .integer: "et tal"
        case .bool: "true eller false"
        case .strings: "en liste af tekster"
        }
    }

    /// What the operating system said, in this language where Tavle knows the case.
    public func describe(_ error: SystemError) -> String {
        switch error {
        case .noSuchFile: "filen eller mappen findes ikke"
        case .permissionDenied: "adgang nægtet"
        case .diskFull: "der er ikke mere plads på disken"
        case .readOnlyFileSystem: "filsystemet er skrivebeskyttet"
        case .notAFolder: "en del af stien er en fil, ikke en mappe"
        case .notARegularFile: "der ligger noget andet end en almindelig fil (fx et link)"
        case .other(let words): words
        }
    }

    /// Why a write failed.
    public func describe(_ reason: SaveFailure.Reason) -> String {
        switch reason {
        case .system(let error): describe(error)
        case .changedOutside: "filen er blevet ændret uden for Tavle"
        case .exists: "filen findes allerede"
        case .isTheWorkshop: "det er selve workshopfilen; vælg en anden fil"
        case .unreadable(let problem): describe(problem)
        case .missing: "filen er slettet eller flyttet, siden Tavle åbnede den"
        case .heldElsewhere(let holder): "filen er åben i en anden Tavle" + (holder.map { " (\($0))" } ?? "")
        }
    }

    /// Why the workshop is open read-only.
    public func describe(_ reason: ReadOnlyReason) -> String {
        switch reason {
        case .liveView: "livevisning, følger filen"
        case .asked: "åbnet med --read-only"
        case .heldElsewhere(let holder): "åben i en anden Tavle" + (holder.map { " (\($0))" } ?? "")
        case .lockUnavailable(let error): "låsefilen kunne ikke tages (\(describe(error)))"
        }
    }
}
