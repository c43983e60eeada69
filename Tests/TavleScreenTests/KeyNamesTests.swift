import Testing
@testable import TavleCore
@testable import TavleScreen

/// Strings that tell which key to press name the keys of the map in use, so a remap in the
/// config is what the screen says.
@Suite("Key names in the interface")
struct KeyNamesTests {
    static func keyMap(_ config: String) -> KeyMap {
        let (settings, problems) = Settings.read(config, file: "c.toml")
        #expect(problems.isEmpty)
        return settings.apply(to: .standard)
    }

    @Test("the standard map reads as before: j = ja, Esc, Enter eller t, a tilføjer, q afslut")
    func standard() {
        let text = DanishText(), keys = KeyNames(.standard)
        #expect(text.answers(.quitUnsaved, keys: keys).hasPrefix("j = ja · n = nej"))
        #expect(text.timeUpHint(keys: keys) == "Tiden er gået – Esc, Enter eller t lukker")
        #expect(text.noActions(keys: keys).hasSuffix("a tilføjer et"))
        #expect(text.startHint(keys: keys) == "↑↓ vælg · Enter åbn · q afslut")
        #expect(EnglishText().answers(.outsideChange, keys: keys).hasPrefix("l = load"), "English names its own letter")
    }

    @Test("remapped keys are named as they now are, on the start screen too")
    func remapped() {
        let keys = KeyNames(Self.keyMap("[keys]\nanswer-yes = \"y\"\ndismiss-time-up = \"x\"\nadd = \"n\"\nquit = \"Q\""))
        let text = DanishText()
        #expect(text.answers(.quitUnsaved, keys: keys).hasPrefix("y = ja"))
        #expect(text.timeUpHint(keys: keys) == "Tiden er gået – x lukker")
        #expect(text.noActions(keys: keys).hasSuffix("n tilføjer et"))
        let menu = StartMenu(kits: [], workshops: [], keyMap: Self.keyMap("[keys]\nquit = \"Q\""))
        let frame = StartView.render(menu, width: 80, height: 24)
        #expect(frame.grid.lines.last?.contains("Q afslut") == true, "\(frame.grid.lines.last ?? "")")
    }
}

/// `tavle status` in Danish: "skabelon", "rangerede", and one open action item in the singular.
@Suite("Words of tavle status")
struct StatusWordsTests {
    @Test("one open action item is singular, more are plural; the kit is a skabelon")
    func danishStatus() {
        var workshop = Workshop(title: "Møde", metadata: [MetadataEntry(key: "kit", value: "partnerskab")], sections: [
            Section(title: "Næste skridt", body: .actions([ActionItem(what: "Ring til Ungdomsskolen")])),
        ])
        let one = DanishText().statusLine(WorkshopStatus(workshop, today: nil))
        #expect(one.contains("skabelon partnerskab") && one.hasSuffix("1 åben handling"), "\(one)")
        #expect(!one.contains("rangerede"), "no board, no ranking figure: \(one)")
        workshop.sections[0].body = .actions([ActionItem(what: "a"), ActionItem(what: "b")])
        #expect(DanishText().statusLine(WorkshopStatus(workshop, today: nil)).hasSuffix("2 åbne handlinger"))
    }
}
