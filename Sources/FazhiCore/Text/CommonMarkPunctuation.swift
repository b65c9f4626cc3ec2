/// CommonMark's punctuation: Unicode P* and S* characters. Whether a `*`/`_` run opens or closes emphasis depends
/// on it, so the Markdown writer (placing `**`) and the Markdown reader (removing it) judge with the same rule.
package enum CommonMarkPunctuation {
  package static func contains(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }
}
