/// Receives the events of one XML part, element names without prefix.
protocol XMLEventHandler: AnyObject {
  func startElement(_ name: String, namespace: String?, attributes: XMLAttributes)
  func endElement(_ name: String, namespace: String?)
  func characters(_ text: String)
}
