import TavleCore

/// The start screen: the bundled kits with who they are for and how long they take, then
/// the workshops already in the folder.
public enum StartView {
    /// Renders the start menu into a frame.
    public static func render(_ menu: StartMenu, width: Int, height: Int, language: Language = .da) -> Frame {
        var frame = Frame(width: width, height: height)
        let text = UIText.catalogue(language)
        guard width >= 30, height >= 6 else {
            TooSmallView.draw(into: &frame, text: text)
            return frame
        }
        frame.grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .header)
        frame.grid.put(" " + text.startTitle, x: 0, y: 0, style: .header)
        var y = 2
        var lastKind = ""
        let firstVisible = max(0, menu.selection - (height - 8))
        for (index, entry) in menu.entries.enumerated() where index >= firstVisible {
            let kind: String
            let title: String
            var detail = ""
            switch entry {
            case .kit(let kit):
                kind = text.startKits
                title = kit.title
                detail = [text.audience(kit.audience), kit.duration ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
            case .workshop(let path, let workshopTitle):
                kind = text.startWorkshops
                title = workshopTitle + "  (" + path + ")"
            case .nextMeeting(let path, let workshopTitle, let part):
                kind = text.startWorkshops
                title = "  ↳ " + text.continueAtMeeting(part.title ?? text.meetingNumber(part.number)) + "  (" + workshopTitle + ", " + path + ")"
            case .broken(let problem):
                kind = text.startBroken
                title = text.located(problem)
            }
            if kind != lastKind {
                if y > 2 { y += 1 }
                guard y < height - 2 else { break }
                frame.grid.put(kind, x: 2, y: y, style: .heading)
                y += 1
                lastKind = kind
            }
            guard y < height - 2 else { break }
            let isSelected = index == menu.selection
            let style: Style = isSelected ? .focus : .normal
            if isSelected { frame.grid.fill(Rect(x: 0, y: y, width: width, height: 1), style: .focus) }
            let number = index < 9 ? "\(index + 1). " : "   "
            let detailText = detail.isEmpty ? "" : "  " + detail
            let detailWidth = min(DisplayWidth.of(detailText), width / 2)
            let x = frame.grid.put((isSelected ? "▶ " : "  ") + number, x: 1, y: y, style: style)
            frame.grid.put(TextWrap.truncate(title, width: width - x - detailWidth - 2), x: x, y: y, style: style)
            frame.grid.put(TextWrap.truncate(detailText, width: detailWidth), x: width - detailWidth - 1, y: y, style: isSelected ? .focus : .muted)
            frame.hit(Rect(x: 0, y: y, width: width, height: 1), .section(index))
            y += 1
        }
        frame.grid.fill(Rect(x: 0, y: height - 1, width: width, height: 1), style: .status)
        frame.grid.put(" " + text.startHint(keys: KeyNames(menu.keyMap)), x: 0, y: height - 1, style: .status)
        return frame
    }
}
