/// Resource limits that keep reading bounded in time and memory whatever the input.
public struct ReadLimits: Sendable, Equatable {
  /// Largest input file accepted (Word or PDF).
  public var maxInputBytes: Int
  /// Largest number of entries in a .docx zip (its central directory is checked before anything is inflated).
  public var maxZipEntries: Int
  /// Largest uncompressed size of each XML part read from a .docx (document.xml, styles.xml, numbering.xml);
  /// checked against the declared size first and enforced again while inflating, since declared sizes can lie.
  public var maxXMLPartBytes: Int
  /// Largest amount of text accepted from `pdftotext`.
  public var maxPDFTextBytes: Int
  /// Seconds `pdftotext` may run before it is killed.
  public var pdfTimeoutSeconds: Double

  public init(
    maxInputBytes: Int = 100 * 1_048_576,
    maxZipEntries: Int = 10_000,
    maxXMLPartBytes: Int = 64 * 1_048_576,
    maxPDFTextBytes: Int = 64 * 1_048_576,
    pdfTimeoutSeconds: Double = 60
  ) {
    self.maxInputBytes = maxInputBytes
    self.maxZipEntries = maxZipEntries
    self.maxXMLPartBytes = maxXMLPartBytes
    self.maxPDFTextBytes = maxPDFTextBytes
    self.pdfTimeoutSeconds = pdfTimeoutSeconds
  }

  public static let standard = ReadLimits()
}
