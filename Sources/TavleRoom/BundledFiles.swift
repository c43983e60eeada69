/// The participants' page (HTML, CSS, JavaScript), built into the binary by the
/// EmbedBundledFiles plugin from `Sources/TavleRoom/Page`: nothing is fetched from outside,
/// and the files stay plain files to edit.
enum BundledFiles {
    /// The page file's text, or nil when there is none by that name.
    static func page(_ name: String) -> String? {
        contents.first { $0.folder == "Page" && $0.file == name }?.text
    }
}
