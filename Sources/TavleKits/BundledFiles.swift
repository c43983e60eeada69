/// The kits and themes shipped with Tavle, built into the binary.
///
/// The files stay plain Markdown and plain theme text in the repository (`themes/` at the top
/// is the source of the themes), so authors edit them as files, not as Swift strings; the
/// EmbedBundledFiles build plugin turns them into `contents` when Tavle is built.
public enum BundledFiles {
    /// The order the start screen offers the kits in: the partnership guide first, as the
    /// one most meetings start from.
    public static let kitOrder = ["partnerskab", "samarbejde", "forventninger", "inspiration", "frivilligpolitik"]

    /// Every bundled kit as (name, file text), in `kitOrder`, then any others by name.
    public static func kits() -> [(name: String, text: String)] {
        files(in: "Kits", withExtension: "md").sorted { lhs, rhs in
            let left = kitOrder.firstIndex(of: lhs.name) ?? Int.max
            let right = kitOrder.firstIndex(of: rhs.name) ?? Int.max
            return left == right ? lhs.name < rhs.name : left < right
        }
    }

    /// Every bundled theme as (name, file text), by name.
    public static func themes() -> [(name: String, text: String)] {
        files(in: "themes", withExtension: "theme").sorted { $0.name < $1.name }
    }

    private static func files(in folder: String, withExtension fileExtension: String) -> [(name: String, text: String)] {
        contents.filter { $0.folder == folder && $0.file.hasSuffix("." + fileExtension) }.map { entry in
            (String(entry.file.dropLast(fileExtension.count + 1)), entry.text)
        }
    }
}
