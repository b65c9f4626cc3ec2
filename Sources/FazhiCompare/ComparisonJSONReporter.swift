import FazhiCore
import Foundation

/// JSON：a stable, documented shape with English keys (`schemaVersion` 1), sorted keys, 2-space indent.
///
/// ```text
/// {
///   "schemaVersion": 1,
///   "this" / "last": { "file", "jurisdiction", "year", "title", "characters", "sentences" },
///   "options": { "reuseThreshold", "shingleSize", "minimumSentenceLength", "swingThreshold",
///                "itemTitleThreshold", "factLabelThreshold", "planThreshold", "maximumPostings" },
///   "warnings": [ { "code", "message" } ],      // code: different_jurisdiction | same_year | reversed_years |
///                                              //       year_gap | identical
///   "coverage": {
///     "parts", "areas": [ { "id", "title", "status": kept|dropped|added, "lastCount", "thisCount" } ],
///     "droppedItems", "addedItems": [ Item ],
///     "matchedItems": [ { "last": Item, "this": Item, "score" } ]     // Item = { "part", "area"?, "title", "location"? }
///   },
///   "indicators": [ { "id", "label", "unit"?, "status": both|missing|new, "last"?: Quantity, "this"?: Quantity,
///                     "change"?, "percentChange"?, "isApproximate", "direction": higher_is_better|lower_is_better|
///                     neutral, "assessment": better|worse|unchanged|neutral|not_comparable, "isSwing",
///                     "lastLocation"?, "thisLocation"? } ],
///   "facts": { "matched": [ { "last": Figure, "this": Figure, "score", "change"?, "percentChange"?,
///                             "isApproximate", "isSwing" } ],
///              "lastOnly", "thisOnly": [ Figure ] },          // Figure = { "source": fact|custom, "label", "quantity",
///                                                            //            "location"? }
///   "reuse": { "threshold", "shingleSize", "share" (0…1, 4 places), "reusedCharacters", "totalCharacters",
///              "stockPhraseOccurrences",
///              "matches": [ { "kind": identical|near|plan_restated, "this": Sentence, "last": Sentence,
///                             "containment", "jaccard" } ] },
///   "staleReferences": [ { "kind": last_year_number|repeated_meeting_count, "sentence"?: Sentence, "location"?,
///                          "excerpt", "lastSentence"?, "message" } ],
///   "planFollowUps": [ { "status": fulfilled|copied, "plan": Sentence, "achievement": Sentence, "score" } ]
/// }
/// Quantity = { "value": number, "unit"?: string, "approximation"?: over|about|nearly|under }
/// Sentence = { "id", "part", "section", "paragraph", "sentenceIndex" (1-based), "offset" (characters into the
///              paragraph), "location"?: { "file", "line", "column" } (where the sentence starts in a YAML file;
///              its paragraph's place in a published report), "text", "countedCharacters" }
/// ```
/// Optional keys are omitted when absent. Scores and shares are 0…1; `percentChange` is in percent; `change` of a
/// rate is in percentage points. The golden test `ComparisonReporterTests.jsonGolden` pins the shape.
public struct ComparisonJSONReporter: ComparisonReporter {
  public init() {}

  public func render(_ comparison: ReportComparison) throws -> String {
    try JSONOutput.text(comparison)
  }
}
