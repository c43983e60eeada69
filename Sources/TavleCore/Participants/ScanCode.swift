/// The room's QR code as modules, dark or light: made by the room's server (which links the QR
/// library) and drawn by the projector view, so the core only carries it, like the address.
public struct ScanCode: Equatable, Sendable {
    /// Modules per side.
    public let size: Int
    /// Row by row from the top left; true is dark.
    public let modules: [Bool]

    /// A code of `size` × `size` modules; nil when `modules` is not that many.
    public init?(size: Int, modules: [Bool]) {
        guard size > 0, modules.count == size * size else { return nil }
        self.size = size
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code (the quiet zone
    /// around it) everything is light.
    public subscript(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
