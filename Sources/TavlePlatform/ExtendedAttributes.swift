import CPlatform

/// The extended attributes of an open file (on Linux also its ACLs), so a file that replaces
/// another can be given them. Linux and macOS name the same three calls but macOS adds a
/// position and an options argument; this is the one place that knows.
///
/// Every call returns nil or false on failure with `errno` set as the C library left it.
public enum ExtendedAttributes {
    /// The names of the file's attributes, each with its closing NUL as the other calls want
    /// it; empty when there are none.
    public static func names(of descriptor: Int32) -> [[CChar]]? {
        let size = list(descriptor, nil, 0)
        guard size >= 0 else { return nil }
        guard size > 0 else { return [] }
        var buffer = [CChar](repeating: 0, count: size)
        let listed = list(descriptor, &buffer, size)
        guard listed >= 0 else { return nil }
        var names: [[CChar]] = []
        var start = 0
        for index in 0..<listed where buffer[index] == 0 {
            names.append(Array(buffer[start...index]))
            start = index + 1
        }
        return names
    }

    /// The value of the attribute `name` (NUL-terminated, as `names(of:)` gives it).
    public static func value(of name: [CChar], on descriptor: Int32) -> [UInt8]? {
        let length = get(descriptor, name, nil, 0)
        guard length >= 0 else { return nil }
        var value = [UInt8](repeating: 0, count: length)
        guard get(descriptor, name, &value, length) == length else { return nil }
        return value
    }

    /// Gives the file the attribute `name` with `value`, creating or replacing it.
    public static func set(_ name: [CChar], to value: [UInt8], on descriptor: Int32) -> Bool {
        #if canImport(Darwin)
        fsetxattr(descriptor, name, value, value.count, 0, 0) == 0
        #else
        fsetxattr(descriptor, name, value, value.count, 0) == 0
        #endif
    }

    private static func list(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int {
        #if canImport(Darwin)
        flistxattr(descriptor, buffer, size, 0)
        #else
        flistxattr(descriptor, buffer, size)
        #endif
    }

    private static func get(_ descriptor: Int32, _ name: [CChar], _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int {
        #if canImport(Darwin)
        fgetxattr(descriptor, name, value, size, 0, 0)
        #else
        fgetxattr(descriptor, name, value, size)
        #endif
    }
}
