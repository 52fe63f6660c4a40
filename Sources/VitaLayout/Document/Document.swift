import VitaModel

/// What goes on the pages, in reading order, before anything is placed: the output of
/// composing and the input of flow layout.
public struct Document: Sendable {
  /// The page size and margins.
  public var page: PageSetup
  /// The blocks, top to bottom.
  public var blocks: [Block]
  /// Facts about the document for the PDF's metadata.
  public var metadata: DocumentMetadata
  /// The running footer, with `{page}` and `{pages}` left to fill; `nil` for none.
  public var footer: RunningText?
  /// The running header, likewise.
  public var header: RunningText?
  /// What composing noticed, such as a chart left out for want of data.
  public var warnings: [Diagnostic] = []
  /// A column beside the main one, on every page; `nil` for a single column.
  public var sidebar: SidebarFlow? = nil

  /// Creates a document.
  public init(
    page: PageSetup, blocks: [Block], metadata: DocumentMetadata, footer: RunningText? = nil,
    header: RunningText? = nil
  ) {
    self.page = page
    self.blocks = blocks
    self.metadata = metadata
    self.footer = footer
    self.header = header
  }
}

/// The facts a PDF records about itself.
public struct DocumentMetadata: Hashable, Sendable {
  /// The title.
  public var title: String
  /// The author.
  public var author: String
  /// The subject.
  public var subject: String
  /// Keywords.
  public var keywords: [String]

  /// Creates metadata.
  public init(title: String, author: String, subject: String, keywords: [String]) {
    self.title = title
    self.author = author
    self.subject = subject
    self.keywords = keywords
  }
}

/// A line repeated on every page, such as "Ada Lovelace · page 2 of 5".
public struct RunningText: Sendable {
  /// The template, with `{page}` and `{pages}` still in it.
  public var template: String
  /// The style.
  public var style: TextStyle
  /// The distance between baselines.
  public var leading: Double

  /// Creates a running text.
  public init(template: String, style: TextStyle, leading: Double) {
    self.template = template
    self.style = style
    self.leading = leading
  }
}

/// One block of the document.
public indirect enum Block: Sendable {
  /// Running text, set into lines.
  case paragraph(StyledText, ParagraphStyle)
  /// Vertical space that disappears at the top of a page.
  case spacing(Double)
  /// A horizontal rule across the text width.
  case rule(thickness: Double, color: RGBColor)
  /// A section heading: never the last thing on a page, and an entry in the outline.
  case heading(StyledText, ParagraphStyle, outline: String)
  /// Blocks that stay on one page unless together they are taller than a page.
  case keepTogether([Block])
  /// Figures side by side, each a large value over a small label.
  case figures([Figure])
  /// An outline entry for what follows, for a section without a visible heading.
  case outline(String)
  /// Rows of cells in columns; a row never splits, and the header row stays with the first.
  case table(Table)
  /// A row of charts, drawn by the flow layout's figure provider as one unbreakable piece.
  case figure(FigureRequest)
  /// Blocks beside a label in a gutter of their own, as the entries of a numbered list.
  case labelled(Labelled)
  /// A frame drawn beforehand, such as a group report's chart, placed whole at the left
  /// edge as one unbreakable piece.
  case frame(Frame)
}

/// Blocks set beside a label: the label flush right in a gutter on the first line, the
/// blocks in the width that remains, so that a numbered list's entries align.
public struct Labelled: Sendable {
  /// The label, such as "[12]".
  public var label: StyledText
  /// The widest label of the list, such as "[100]"; it sets the gutter's width.
  public var widest: StyledText
  /// The label's line height: that of the first line beside it, so the baselines meet.
  public var leading: Double
  /// The space between the gutter and the blocks, in points.
  public var gap: Double
  /// The blocks beside the label.
  public var blocks: [Block]

  /// Creates a labelled group of blocks.
  public init(
    label: StyledText, widest: StyledText, leading: Double, gap: Double, blocks: [Block]
  ) {
    self.label = label
    self.widest = widest
    self.leading = leading
    self.gap = gap
    self.blocks = blocks
  }
}

/// A value over a label, as the metrics row shows it.
public struct Figure: Sendable {
  /// The value, such as "10,768".
  public var value: StyledText
  /// The label, such as "CITATIONS".
  public var label: StyledText
  /// The value's line height.
  public var valueLeading: Double
  /// The label's line height.
  public var labelLeading: Double

  /// Creates a figure.
  public init(value: StyledText, label: StyledText, valueLeading: Double, labelLeading: Double) {
    self.value = value
    self.label = label
    self.valueLeading = valueLeading
    self.labelLeading = labelLeading
  }
}

/// A table: a header row and rows of cells, in columns of given shares of the width.
public struct Table: Sendable {
  /// A column: its share of the width and how its cells align.
  public struct Column: Sendable {
    /// The column's share of the table's width; shares are normalised to sum to one.
    public var share: Double
    /// How the column's cells align.
    public var alignment: TextAlignment

    /// Creates a column.
    public init(share: Double, alignment: TextAlignment) {
      self.share = share
      self.alignment = alignment
    }
  }

  /// The columns.
  public var columns: [Column]
  /// The header cells, one per column.
  public var header: [StyledText]
  /// The rows, each with one cell per column.
  public var rows: [[StyledText]]
  /// The line height of every cell.
  public var leading: Double
  /// The colour of the rules above and below the header.
  public var ruleColor: RGBColor

  /// Creates a table.
  public init(
    columns: [Column], header: [StyledText], rows: [[StyledText]], leading: Double,
    ruleColor: RGBColor
  ) {
    self.columns = columns
    self.header = header
    self.rows = rows
    self.leading = leading
    self.ruleColor = ruleColor
  }
}
