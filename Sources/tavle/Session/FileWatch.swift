import TavlePlatform

/// Tells `tavle view` that its file may have changed, without polling: an inotify watch on the
/// file's folder (a save replaces the file by renaming a new one over it, which a watch on
/// the file itself would lose). Where inotify is missing, `descriptor` is nil and the run loop
/// falls back to looking at the file four times a second.
final class FileWatch {
    /// Readable when something in the folder changed; for the run loop's wait.
    let descriptor: Int32?

    /// Watches the folder that holds `path`.
    init(path: String) {
        descriptor = FolderChanges.descriptor(watching: PathName.folder(of: path))
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Reads the pending notices: which file they name does not matter, the run loop compares
    /// the file's version.
    func drain() {
        guard let descriptor else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }
}
