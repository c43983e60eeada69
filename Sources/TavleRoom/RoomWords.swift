import TavleCore

/// What the participants' page says, in the workshop's language.
struct RoomWords: Sendable {
    let language: String
    let whoAreYou: String
    let otherName: String
    let join: String
    let stepOf: @Sendable (Int, Int) -> String
    let followAlong: String
    let paused: String
    let writeCard: String
    let sendCard: String
    let yourCards: String
    let hiddenUntilShown: String
    let save: String
    let delete: String
    let dotsLeft: @Sendable (Int, Int) -> String
    let votersSoFar: String
    let yourDots: String
    let placeDot: String
    let takeDot: String
    let answer: String
    let sendAnswer: String
    let signedWithName: String
    let signedAnonymously: String
    let typeCode: String
    let codeLabel: String
    let open: String
    let wrongCode: String
    let tooManyTries: String
    let closed: String
    let noToken: String
    let tooMany: String
    let tooLarge: String
    let notSavedYet: String
    let done: String
    let refusal: @Sendable (RoomRefusal) -> String

    /// The words for a language.
    static func of(_ language: Language) -> RoomWords {
        switch language {
        case .da: danish
        case .en: english
        }
    }

    static let danish = RoomWords(
        language: "da",
        whoAreYou: "Hvem er du?",
        otherName: "Et andet navn",
        join: "Deltag",
        stepOf: { "Afsnit \($0) af \($1)" },
        followAlong: "Følg med på skærmen. Her kommer der noget at gøre, når trinnet beder om det.",
        paused: "Facilitatoren har sat indsendelser på pause.",
        writeCard: "Skriv et forslag",
        sendCard: "Send kort",
        yourCards: "Dine kort",
        hiddenUntilShown: "De er skjulte, indtil facilitatoren viser dem.",
        save: "Gem",
        delete: "Slet",
        dotsLeft: { "Du har \($0) af \($1) prikker tilbage." },
        votersSoFar: "Prikkerne vises, når facilitatoren afslører dem.",
        yourDots: "dine prikker",
        placeDot: "Giv en prik",
        takeDot: "Tag en prik",
        answer: "Dit svar",
        sendAnswer: "Send svar",
        signedWithName: "Svaret skrives med dit navn.",
        signedAnonymously: "Svaret skrives uden navn.",
        typeCode: "Skriv koden fra skærmen",
        codeLabel: "Kode",
        open: "Åbn",
        wrongCode: "Koden passer ikke. Se efter på skærmen.",
        tooManyTries: "For mange forsøg. Vent et minut, og prøv igen.",
        closed: "Rummet er lukket.",
        noToken: "Adressen passer ikke til et åbent rum. Scan koden på skærmen igen.",
        tooMany: "Der er for travlt lige nu. Vent et øjeblik, og prøv igen.",
        tooLarge: "Det er for langt. Skriv højst 200 tegn.",
        notSavedYet: "Ikke gemt endnu. Prøv igen om lidt – intet bliver sendt to gange.",
        done: "Modtaget.",
        refusal: { refusal in
            switch refusal {
            case .paused: "Indsendelser er sat på pause."
            case .closed: "Rummet er lukket."
            case .stepChanged: "Skærmen er gået videre. Siden viser nu det nye trin."
            case .notHere: "Det kan man ikke på dette trin."
            case .empty: "Der står ikke noget."
            case .notYours: "Det kort er ikke dit, eller det er allerede vist."
            case .gone: "Det findes ikke længere."
            case .noDotsLeft: "Du har givet alle dine prikker. Tag en tilbage først."
            case .noDotHere: "Du har ingen prik på det kort."
            case .tooManyCards: "Du har sendt så mange kort, som én person kan."
            case .readOnly: "Workshoppen er skrivebeskyttet på facilitatorens computer."
            case .notSaved: "Det kunne ikke gemmes. Prøv igen."
            case .tooFast: "Lidt for hurtigt. Vent et øjeblik, og send igen."
            case .nameTaken: "Det navn bruges allerede på en anden telefon. Vælg et andet, fx med et efternavn."
            case .notJoined: "Vælg dit navn igen for at være med."
            }
        }
    )

    static let english = RoomWords(
        language: "en",
        whoAreYou: "Who are you?",
        otherName: "Another name",
        join: "Join",
        stepOf: { "Section \($0) of \($1)" },
        followAlong: "Follow along on the screen. Something to do appears here when the step asks for it.",
        paused: "The facilitator has paused submissions.",
        writeCard: "Write a suggestion",
        sendCard: "Send card",
        yourCards: "Your cards",
        hiddenUntilShown: "They stay hidden until the facilitator shows them.",
        save: "Save",
        delete: "Delete",
        dotsLeft: { "You have \($0) of \($1) dots left." },
        votersSoFar: "The dots show when the facilitator reveals them.",
        yourDots: "your dots",
        placeDot: "Give a dot",
        takeDot: "Take a dot",
        answer: "Your answer",
        sendAnswer: "Send answer",
        signedWithName: "The answer is written with your name.",
        signedAnonymously: "The answer is written without a name.",
        typeCode: "Type the code from the screen",
        codeLabel: "Code",
        open: "Open",
        wrongCode: "That code does not match. Check the screen.",
        tooManyTries: "Too many tries. Wait a minute and try again.",
        closed: "The room is closed.",
        noToken: "This address does not match an open room. Scan the code on the screen again.",
        tooMany: "Too busy right now. Wait a moment and try again.",
        tooLarge: "That is too long. Write at most 200 characters.",
        notSavedYet: "Not saved yet. Try again shortly; nothing is sent twice.",
        done: "Received.",
        refusal: { refusal in
            switch refusal {
            case .paused: "Submissions are paused."
            case .closed: "The room is closed."
            case .stepChanged: "The screen has moved on. The page now shows the new step."
            case .notHere: "That is not possible on this step."
            case .empty: "There is nothing written."
            case .notYours: "That card is not yours, or it has been shown already."
            case .gone: "That no longer exists."
            case .noDotsLeft: "You have given all your dots. Take one back first."
            case .noDotHere: "You have no dot on that card."
            case .tooManyCards: "You have sent as many cards as one person can."
            case .readOnly: "The workshop is read-only on the facilitator's computer."
            case .notSaved: "It could not be saved. Try again."
            case .tooFast: "A little too fast. Wait a moment and send again."
            case .nameTaken: "That name is in use on another phone. Choose another, e.g. with a surname."
            case .notJoined: "Choose your name again to take part."
            }
        }
    )
}
