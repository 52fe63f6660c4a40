import VitaCharts
import VitaLayout
import VitaModel
import VitaRender

/// How a standalone chart is drawn: format, size and resolution.
public struct ChartOptions: Sendable {
  /// The output format.
  public var format: OutputFormat = .png
  /// The chart's width, in points.
  public var width: Double = ChartSpecification.defaultSize.width
  /// The chart's height, in points.
  public var height: Double = ChartSpecification.defaultSize.height
  /// The resolution of a PNG, in dots per inch.
  public var dpi: Double = 150
  /// The creation time, in seconds since 1970: later years are left out of the chart,
  /// and a PDF records it as its date; `nil` leaves every year in.
  public var creationTime: Int64? = nil

  /// Creates the default options: a 5 × 3 inch PNG at 150 dpi.
  public init() {}
}

extension Engine {
  /// The frame of one chart of a profile, as a report would show it at this size.
  ///
  /// - Throws: `VitaError.invalidInput` with an error naming the kind and the data it needs
  ///   when the profile lacks them.
  public func chartFrame(_ profile: Profile, kind: ChartKind, theme: Theme, options: ChartOptions)
    throws(VitaError) -> Frame
  {
    let specification = ChartSpecification(
      kind: kind, size: Size(width: options.width, height: options.height), theme: theme,
      currentYear: options.creationTime.map { CivilDate(seconds: $0).year },
      dpi: options.format == .png ? options.dpi : nil)
    do {
      return try ChartLayout(shaper: text).frame(specification, profile: profile)
    } catch {
      let allowed = ChartLayout.availableKinds(in: profile).map(\.rawValue)
      throw .invalidInput([
        .error(
          error.description,
          hint: allowed.isEmpty
            ? "the profile has data for no chart"
            : "charts that this profile allows: " + allowed.joined(separator: ", "))
      ])
    }
  }

  /// One chart of a profile as the bytes of a PNG, SVG or PDF file.
  public func chart(_ profile: Profile, kind: ChartKind, theme: Theme, options: ChartOptions)
    throws(VitaError) -> [UInt8]
  {
    try text.fonts.requireFamilies([theme.fonts.meta.family], orThrow: VitaError.fonts)
    let frame = try chartFrame(profile, kind: kind, theme: theme, options: options)
    do {
      switch options.format {
      case .png: return try Renderer.png(frame, dpi: options.dpi)
      case .svg: return try Renderer.svg(frame)
      case .pdf:
        let metadata = DocumentMetadata(
          title: "\(profile.name) · \(kind.rawValue)", author: profile.name,
          subject: "A chart of \(profile.name)'s publications", keywords: [kind.rawValue])
        let info = PDFInfo(
          metadata: metadata, creator: "Vita \(Engine.version)",
          creationDate: CivilDate(seconds: options.creationTime ?? 0).isoTimestamp)
        return try Renderer.pdf([frame], info: info)
      }
    } catch {
      if case .imageTooLarge = error { throw .usage(error.description) }
      throw .render(error)
    }
  }
}

extension Engine {
  /// The kinds of chart a profile's data allow, in the order of `ChartKind.allCases`.
  public static func availableCharts(in profile: Profile) -> [ChartKind] {
    ChartLayout.availableKinds(in: profile)
  }
}
