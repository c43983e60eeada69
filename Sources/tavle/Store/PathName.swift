import TavlePlatform

/// File paths as plain strings, split the way the shell does. Foundation's URL would do the
/// same at a quarter of a millisecond per call at start-up, for nothing Tavle needs.
enum PathName {
    /// The folder holding `path`: "." for a bare file name.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part of `path`.
    static func fileName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// The last part of `path` without its extension: "partnerskab" for "kits/partnerskab.md".
    static func baseName(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The names in a folder, without "." and ".."; empty when it cannot be read.
    static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether `path` is a folder (following links).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether anything exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// `path` with every symbolic link resolved, absolute: the file a save must write. For a
    /// file that does not exist yet, its folder is resolved and its name kept; a path whose
    /// folder cannot be resolved either is returned as given.
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let folder = folder(of: path)
        guard let real = realpath(folder, nil) else { return path }
        defer { free(real) }
        let resolvedFolder = String(cString: real)
        return (resolvedFolder == "/" ? "" : resolvedFolder) + "/" + fileName(of: path)
    }

    /// Makes `folder` and the folders above it that are missing (`mkdir -p`); a failure shows
    /// in the write that follows.
    static func makeFolders(_ folder: String, mode: mode_t) {
        var made = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            made += "/" + part
            mkdir(made, mode)
        }
    }

    /// `name` in `folder`; just the name for the current folder.
    static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    /// The folder Tavle was started in.
    static var currentFolder: String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }
}
