import Foundation

/// 解析结果：a quantity read from text, with notes on how it was written.
public struct ParsedQuantity: Sendable, Hashable {
  public var quantity: Quantity
  /// Writing issues found, in order of discovery, without duplicates.
  public var notes: [QuantityNote]

  public init(quantity: Quantity, notes: [QuantityNote] = []) {
    self.quantity = quantity
    self.notes = notes
  }
}
