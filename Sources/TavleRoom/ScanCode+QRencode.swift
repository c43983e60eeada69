import CQRencode
import TavleCore

extension ScanCode {
    /// `text` as a QR code by libqrencode: bytes (the token is case-sensitive), error correction
    /// level M (a projector seen from the back row loses some modules), the smallest version
    /// that holds it. Nil when it cannot be encoded (libqrencode sets errno; the projector then
    /// shows the address and code alone).
    init?(encoding text: String) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the others say what the module is for.
        let modules = (0..<size * size).map { code.pointee.data[$0] & 1 == 1 }
        self.init(size: size, modules: modules)
    }
}
