extension DanishText {
    /// A text of `tavle --help`.
    public func help(_ topic: CommandHelp) -> String {
        switch topic {
        case .tavleAbstract: "Kør et workshopmøde på en fælles skærm: tjeklister, spørgsmål og en tavle med kort, gemt undervejs."
        case .tavleDiscussion:
            """
            Uden en fil viser Tavle en startskærm: vælg en skabelon for at starte en ny workshop i \
            den aktuelle mappe, eller fortsæt en workshop, der ligger der. Hver ændring gemmes med \
            det samme i workshoppens Markdown-fil, som også er mødets referat.
            """
        case .openAbstract: "Åbn en workshopfil, eller vis startskærmen, når der ikke er angivet en fil."
        case .openFile: "Workshopfilen, der skal åbnes. Udelad den for at få startskærmen."
        case .themeOption: "Navnet på et medfølgende farvetema eller stien til en temafil."
        case .readOnlyFlag: "Åbn workshoppen kun til at se på; intet ændres eller gemmes."
        case .roomFlag: "Åbn rummet med det samme: deltagerne er med fra deres telefoner på det lokale netværk (w åbner og lukker det senere)."
        case .roomAddressOption: "Adressen (og :port), rummet lytter på; som standard computerens adresse på det lokale netværk, port 8080."
        case .langOption: "Sproget i Tavle: da eller en. Standard: indstillingsfilen, derefter systemets sprogindstilling."
        case .viewAbstract: "Følg en workshop skrivebeskyttet: skærmen opdateres, hver gang facilitatorens Tavle gemmer filen."
        case .viewDiscussion:
            "Intet kan ændres, og intet skrives; visningen beholder sit eget afsnit og sin egen rulleposition. Kør kommandoen over ssh på den maskine, hvor filen ligger, eller følg facilitatorens tmux-session med 'tmux attach -r' for at se præcis den samme skærm."
        case .viewFile: "Workshopfilen, der skal følges."
        case .kitsAbstract: "Vis skabelonerne: dine egne først, derefter dem, der følger med."
        case .kitsDiscussion:
            "Dine egne skabeloner er .md-filerne i $XDG_CONFIG_HOME/tavle/kits (eller ~/.config/tavle/kits). En af dine egne skabeloner med samme navn som en medfølgende skabelon bruges i stedet for den."
        case .newAbstract: "Opret en ny workshopfil ud fra en skabelon."
        case .newKit: "Navnet på en skabelon (se 'tavle kits') eller stien til en skabelonfil."
        case .newFile: "Den nye fil. Standard: DATO-GUIDE.md i den aktuelle mappe."
        case .checkAbstract: "Tjek skabelon- eller workshopfiler; hvert problem skrives som fil:linje:kolonne: besked."
        case .checkDiscussion: "Afslutningsstatus er kun 0, når alle filerne er i orden."
        case .checkFiles: "Filerne, der skal tjekkes."
        case .actionsAbstract: "Vis åbne handlingspunkter på tværs af workshopfiler, nærmeste frist først."
        case .actionsDiscussion:
            "Hver linje: frist, hvem, hvad og den fil og det afsnit, hvor det blev aftalt. Overskredne punkter begynder med '!'. En mappe betyder workshopfilerne (*.md) i den. Filer, der ikke kan læses, meldes som fil:linje:kolonne, og resten vises stadig."
        case .pathsArgument: "Workshopfiler eller mapper. Standard: den aktuelle mappe."
        case .overdueFromOption: "Afgør, hvilke punkter der er overskredet, ud fra denne dato (ÅÅÅÅ-MM-DD) i stedet for dagens dato."
        case .statusAbstract: "Vis status for hver workshop: afkrydsede punkter, besvarede spørgsmål, rangerede kort, åbne og overskredne handlingspunkter."
        case .statusDiscussion:
            "En mappe betyder workshopfilerne i den (*.md, der begynder som en Tavle-fil). Filer, der ikke kan læses, meldes som fil:linje:kolonne-linjer på stderr, og resten vises stadig; afslutningsstatus er så 1."
        case .jsonFlag: "Ét JSON-objekt pr. linje, til scripts."
        case .exportAbstract: "Eksportér en workshop som en side til udskrift (html), Markdown, CSV eller ren tekst."
        case .exportDiscussion:
            "Uden -o skrives eksporten ved siden af workshopfilen som NAVN-referat.EXT, og stien skrives ud. -o - skriver til standardoutput. Workshops fra skabeloner, der ender i en aftale (forventninger, partnerskab), eksporteres som selve aftalen med referatet som bilag."
        case .exportFile: "Workshopfilen."
        case .formatOption: "html, md, csv eller txt."
        case .outputOption: "Hvor eksporten skal skrives hen: en sti eller - for standardoutput."
        case .separatorOption: "Feltskilletegn i CSV: , eller ; (regneark med danske indstillinger forventer ;)."
        case .bomFlag: "Begynd CSV-filen med et BOM (byte order mark), så regneark læser æ, ø og å rigtigt."
        case .meetingOption: "For en workshop i flere møder: referatet af møde N, eller all for alle. Uden: det seneste møde, der er holdt."
        case .csvLangOption: "Sproget i CSV-filens overskrifter og ord (punkt, ja/nej): da (standard, som skabelonerne) eller en."
        case .configAbstract: "Vis de indstillinger, der gælder, og hvor hver af dem kommer fra."
        case .configDiscussion:
            """
            Indstillingerne læses fra $XDG_CONFIG_HOME/tavle/config.toml (eller ~/.config/tavle/config.toml):

              theme = "contrast"            # dark, light, contrast, mono eller stien til en temafil
              language = "da"               # da eller en
              kits = ["~/tavle-kits"]       # ekstra mapper med dine egne skabeloner
              date-format = "danish"        # danish (1. dec. 2026), iso (2026-12-01), numeric (01.12.2026)

              [keys]
              undo = "z"                    # enhver kommando: tavle config --commands viser dem
              add-dot = ["v", "+"]

            En fil med fejl meldes som fil:linje:kolonne, og standardværdierne bruges.
            """
        case .commandsFlag: "Vis alle kommandoer, som en tast kan bindes til, med deres nuværende taster."
        case .replayAbstract: "Afspil tastetryk på en workshopfil, og skriv den skærm, det giver, ud som tekst."
        case .replayDiscussion:
            """
            Tasterne i --keys skrives, som de står; <Enter>, <Esc>, <Tab>, <S-Tab>, <Up>, <Down>, <Left>, <Right>, \
            <S-Left>, <C-r>, <Space>, <BS>, <Del>, <Home>, <End>, <lt> (for <) er navne på specialtaster, \
            og <Click X Y>, <Press X Y>, <Drag X Y>, <Release X Y> bruger musen i en celle \
            (talt fra 0). Intet skrives uden --save.
            """
        case .replayFile: "Workshop- eller skabelonfilen."
        case .keysOption:
            "Tasterne, der skal afspilles: tegn, som de skrives, <Enter> <Esc> <Tab> <C-u> <S-Right> <lt> for specialtaster, <Click X Y> <Press X Y> <Drag X Y> <Release X Y> for musen, <Wait N> for at vente N sekunder."
        case .sizeOption: "Skærmens størrelse som BREDDExHØJDE."
        case .saveFlag: "Skriv ændringerne til filen, sådan som programmet selv ville gøre."
        case .todayOption: "Dagens dato som ÅÅÅÅ-MM-DD, til datoer og overskredne punkter. Standard: den faktiske dato."
        }
    }
}
