import Synchronization

/// A point's, question's, card's or action item's identity while Tavle runs.
///
/// Edits, confirmations and moves name the item itself, not its place, so when a card arrives
/// from elsewhere (the room's phones, on another thread) while the facilitator edits another,
/// the edit stays on its card. Ids are not content: the file does not carry them (items read
/// from a file get new ones), and two items that say the same are equal whatever their ids.
public struct ItemID: Hashable, Sendable, CustomStringConvertible {
    private let value: UInt64

    private static let counter = Atomic<UInt64>(0)

    /// An id no other item of this process has.
    public static func next() -> ItemID {
        ItemID(value: counter.wrappingAdd(1, ordering: .relaxed).newValue)
    }

    /// The id as a number, for a phone's form to name a card; `init(number:)` reads it back.
    public var number: UInt64 { value }

    /// The id a phone's form names; it matches an item only if this process gave it out.
    public init(number: UInt64) {
        value = number
    }

    private init(value: UInt64) {
        self.value = value
    }

    /// `#12`, for test messages and debugging.
    public var description: String { "#\(value)" }
}

extension Card: Identifiable {}
extension Question: Identifiable {}
extension ActionItem: Identifiable {}
extension ChecklistPoint: Identifiable {}

extension Collection where Element: Identifiable, Element.ID == ItemID {
    /// Where the item with `id` is now, if it is still there.
    public func index(withID id: ItemID) -> Index? {
        firstIndex { $0.id == id }
    }
}
