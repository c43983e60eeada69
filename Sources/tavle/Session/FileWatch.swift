#if canImport(Glibc)
import Glibc
#endif
import CPlatform

/// Tells `tavle view` that its file may have changed, without polling: an inotify watch on the
/// file's folder (a save replaces the file by renaming a new one over it, which a watch on
/// the file itself would lose). Where inotify is missing, `descriptor` is nil and the run loop
/// falls back to looking at the file four times a second.
final class FileWatch {
    /// Readable when something in the folder changed; for the run loop's wait.
    let descriptor: Int32?

    /// Watches the folder that holds `path`.
    init(path: String) {
        #if os(Linux)
        let folder = PathName.folder(of: path)
        let watch = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
        if watch >= 0, inotify_add_watch(watch, folder, events) >= 0 {
            descriptor = watch
        } else {
            if watch >= 0 { close(watch) }
            descriptor = nil
        }
        #else
        descriptor = nil
        #endif
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
