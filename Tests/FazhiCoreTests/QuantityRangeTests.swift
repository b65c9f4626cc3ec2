import Testing

@testable import FazhiCore

@Suite struct QuantityRangeTests {
  @Test func approximationsSpanTheRoundingOfTheirLastDigit() {
    #expect(Quantity(value: 3100, approximation: .over).plausibleRange == 3100...3200)
    #expect(Quantity(value: 26000, approximation: .about).plausibleRange == 25000...27000)
    #expect(Quantity(value: 3100, approximation: .nearly).plausibleRange == 3000...3100)
    #expect(Quantity(value: 3142).plausibleRange == 3142...3142)
  }

  @Test func compatibleWhenTheRangesMeet() {
    #expect(Quantity(value: 3100, approximation: .over).isCompatible(with: Quantity(value: 3142)))
    #expect(!Quantity(value: 26000, approximation: .over).isCompatible(with: Quantity(value: 36000, approximation: .over)))
    #expect(!Quantity(value: 100).isCompatible(with: Quantity(value: 102)))
  }
}
