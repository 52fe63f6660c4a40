import VitaModel

extension Drawing {
  /// The fills of `count` stacked series, taken from the layout's palette: its first colour
  /// first, then the ones whose grey values lie furthest from each other, from "Other"'s
  /// and from the white page, so that a greyscale print keeps the series apart; ties go to
  /// the colours earlier in the palette, and the palette's order is kept.
  ///
  /// Other's grey is kept clear even when there is no Other, which also keeps pale colours
  /// (yellow on white) out of the stack.
  func stackColors(count: Int) -> [RGBColor] {
    let colors = Array((palette.chart.isEmpty ? Palette.okabeIto : palette.chart).prefix(12))
    guard count > 1, colors.count > count else { return (0..<count).map(seriesColor) }
    let fixed = [RGBColor(red: 1, green: 1, blue: 1), otherColor]
    var best = Array(0..<count)
    var bestGap = -1.0
    Self.choices(of: count - 1, from: Array(1..<colors.count)) { chosen in
      let shades = fixed + ([0] + chosen).map { colors[$0] }
      // Printers and converters weigh the channels differently: the worse of two common
      // weightings counts.
      let gap = min(
        Self.smallestGap(shades.map(\.grey)), Self.smallestGap(shades.map(\.greyRec709)))
      if gap > bestGap + 1e-9 {
        bestGap = gap
        best = [0] + chosen
      }
    }
    return best.map { colors[$0] }
  }

  /// Calls `body` with every choice of `size` of `items`, each in the items' order, the
  /// choices in lexicographic order.
  private static func choices(of size: Int, from items: [Int], _ body: ([Int]) -> Void) {
    func extend(_ chosen: [Int], from start: Int) {
      guard chosen.count < size else { return body(chosen) }
      guard start < items.count else { return }
      for index in start..<items.count where items.count - index >= size - chosen.count {
        extend(chosen + [items[index]], from: index + 1)
      }
    }
    extend([], from: 0)
  }

  /// The smallest difference between any two values.
  private static func smallestGap(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.min() ?? 1
  }
}

extension RGBColor {
  /// The colour's grey value in a greyscale print (Rec. 601 luma): 0 black, 1 white.
  var grey: Double { 0.299 * red + 0.587 * green + 0.114 * blue }
  /// The grey value with Rec. 709's weights, which ImageMagick and many printers use.
  var greyRec709: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }
}
