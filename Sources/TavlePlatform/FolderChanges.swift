import CPlatform

/// Notice of changes in a folder without looking at it over and over: what lets `tavle view`
/// sleep until its file is saved. Linux has inotify; macOS would need kqueue or FSEvents, which
/// nothing here builds or tests, so there the answer is nil and the caller looks at the file
/// on a timer instead.
public enum FolderChanges {
    /// A non-blocking descriptor that becomes readable when an entry of `folder` is created,
    /// written, renamed into it, deleted or has its attributes changed; the caller reads it
    /// empty and closes it. Nil where the system offers no such notice or refuses the watch.
    public static func descriptor(watching folder: String) -> Int32? {
        #if os(Linux)
        let watch = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
        if watch >= 0, inotify_add_watch(watch, folder, events) >= 0 { return watch }
        if watch >= 0 { close(watch) }
        return nil
        #else
        return nil
        #endif
    }
}
