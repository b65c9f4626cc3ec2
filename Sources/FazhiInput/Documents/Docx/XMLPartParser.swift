import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses one XML part of a .docx safely: documents with a DOCTYPE or ENTITY declaration are refused
/// before parsing (Word never writes them; this defeats entity-expansion bombs), external entities are
/// never resolved, and a truncated or malformed part is reported as a damaged document.
enum XMLPartParser {
  static func parse(_ data: Data, partName: String, handler: XMLEventHandler) throws(DocumentReadError) {
    let utf8 = utf8Data(data)
    guard !containsDeclaration(utf8) else { throw .unsafeXML(part: partName) }
    // Fed as a stream, in chunks: libxml2 refuses a single chunk over 10 MB ("huge input lookup").
    let parser = XMLParser(stream: InputStream(data: utf8))
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    let adapter = ParserDelegateAdapter(handler: handler)
    parser.delegate = adapter
    let succeeded = parser.parse()
    guard succeeded, parser.parserError == nil, adapter.closedRootElement else {
      throw .corrupt("\(partName) 第 \(max(parser.lineNumber, 1)) 行的 XML 不完整或格式错误")
    }
  }

  /// True when the bytes contain `<!DOCTYPE` or `<!ENTITY`.
  static func containsDeclaration(_ data: Data) -> Bool {
    let doctype = Array("DOCTYPE".utf8)
    let entity = Array("ENTITY".utf8)
    return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
      let count = bytes.count
      var index = 0
      while index + 1 < count {
        if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
          if matches(doctype, in: bytes, at: index + 2) || matches(entity, in: bytes, at: index + 2) {
            return true
          }
        }
        index += 1
      }
      return false
    }
  }

  private static func matches(_ word: [UInt8], in bytes: UnsafeRawBufferPointer, at start: Int) -> Bool {
    guard start + word.count <= bytes.count else { return false }
    for (offset, byte) in word.enumerated() where bytes[start + offset] != byte {
      return false
    }
    return true
  }

  /// XML parts are UTF-8 in practice; a UTF-16 part is transcoded so the declaration scan sees its text.
  static func utf8Data(_ data: Data) -> Data {
    guard data.count >= 2 else { return data }
    let first = data[data.startIndex]
    let second = data[data.startIndex + 1]
    let isUTF16 =
      (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)
      || (first == 0x3C && second == 0x00) || (first == 0x00 && second == 0x3C)
    guard isUTF16 else { return data }
    let encoding: String.Encoding = (first == 0x3C || first == 0xFF) ? .utf16LittleEndian : .utf16BigEndian
    let body = (first == 0xFF || first == 0xFE) ? data.dropFirst(2) : data[...]
    guard var text = String(data: Data(body), encoding: encoding) else { return data }
    if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
      text.removeSubrange(text.startIndex..<end.upperBound)
    }
    return Data(text.utf8)
  }
}

/// Bridges `XMLParserDelegate` callbacks to an `XMLEventHandler`.
private final class ParserDelegateAdapter: NSObject, XMLParserDelegate {
  private let handler: XMLEventHandler
  private var depth = 0
  private(set) var closedRootElement = false

  init(handler: XMLEventHandler) {
    self.handler = handler
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    depth += 1
    handler.startElement(elementName, namespace: namespaceURI, attributes: XMLAttributes(attributeDict))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
  ) {
    depth -= 1
    if depth == 0 { closedRootElement = true }
    handler.endElement(elementName, namespace: namespaceURI)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    handler.characters(string)
  }
}
