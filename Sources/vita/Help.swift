import Vita

/// The help texts. Each fits an 80-column terminal.
enum Help {
  static let main = """
    vita \(Engine.version): typeset CVs and citation charts from researcher profiles

    Usage: vita COMMAND [OPTIONS]

    Commands:
      render PROFILE    typeset a profile as a paginated PDF, PNG or SVG
      batch INPUT...    a CV for every member of a group, in parallel, and a group report
      validate FILE...  check profiles in any format and list every problem
      convert FILE      write a profile in Vita's own YAML or JSON
      new [NAME]        write a starter profile to fill in
      chart PROFILE     draw one chart of a profile as PNG, SVG or PDF
      layouts           list the built-in layouts

    Options:
      -h, --help        show this help, or a command's with `vita COMMAND --help`
      --version         print Vita's version

    Exit status: 0 success, 64 usage error, 65 bad input data, 66 input missing or
    unreadable, 69 fonts or resources missing, 70 drawing failed, 73 output cannot be
    created.
    """

  static let render = """
    Usage: vita render PROFILE [-o OUT] [--format pdf|png|svg] [--dpi N]
                       [--layout NAME|FILE] [--paper a4|letter] [--owner NAME]
                       [--since YEAR] [--until YEAR] [--watch] [--from FORMAT]

    Typesets PROFILE (Vita YAML or JSON, BibTeX, OpenAlex, Google Scholar or profile
    text) as a CV.

    Options:
      -o, --output OUT     where to write; default: the profile's name with .pdf, in the
                           current folder. PNG and SVG write OUT-1.png, OUT-2.png, ...
      --format FORMAT      pdf (default, or as OUT's extension says), png or svg
      --dpi N              resolution of PNG pages, 10 to 1200 (default 150)
      --layout NAME|FILE   a built-in layout (default classic) or a layout file
      --paper SIZE         a4 or letter, overriding the layout's page size
      --owner NAME         the name to set in bold in author lists (default: the
                           profile's name)
      --since YEAR         leave out papers before YEAR and count the metrics from it
      --until YEAR         leave out papers after YEAR and count the metrics up to it
      --watch              render again whenever the profile or the layout file
                           changes; Ctrl-C to stop
      --from FORMAT        read PROFILE as vita, text, bibtex, openalex, scholar or
                           jsonresume, instead of recognising the format
      -h, --help           show this help

    Every file is written under a temporary name and renamed into place, so a failed
    run leaves nothing behind. SOURCE_DATE_EPOCH, when set, fixes the creation date, and
    the same input then gives the same bytes.
    """

  static let batch = """
    Usage: vita batch INPUT... -o OUTDIR [--jobs N] [--layout NAME|FILE]
                      [--format pdf|png|svg] [--since YEAR] [--until YEAR]
                      [--shard K/N] [--quiet]
           vita batch --merge SHARDDIR... -o OUTDIR

    Renders a CV for every member and one group report. INPUT is a profile file, a
    folder of them, or a group file (YAML: `group:` name, `members:` list of
    {name, profile, id}, optional `layout:`).

    Options:
      -o, --output OUTDIR  the folder for OUTDIR/<slug>.pdf, group-report.pdf and
                           batch-report.json (created when missing)
      -j, --jobs N         members rendered at once (default: every core)
      --layout NAME|FILE   the layout of the CVs (default: classic, or the group
                           file's); the group report always uses the group layout
      --format FORMAT      pdf (default), png or svg
      --since YEAR         leave out papers before YEAR; the report's "since" columns
                           count from it (default: five years ago)
      --until YEAR         leave out papers after YEAR
      --shard K/N          render only shard K of N (by member id); every shard
                           together covers each member once
      --merge              build the group report from shards' output folders
      -q, --quiet          no progress and no summary
      -h, --help           show this help

    A bad profile never stops the others. Exit status: 0 all done, 1 some failed
    (listed, with reasons, and in batch-report.json), 64 usage, 130 interrupted (run
    the same command again to complete the batch).
    """

  static let chart = """
    Usage: vita chart PROFILE --kind KIND [-o OUT.png|OUT.svg|OUT.pdf] [--width PT]
                      [--height PT] [--dpi N] [--layout NAME|FILE]

    Draws one chart of PROFILE, the same chart a CV shows, as a PNG, or as vector
    SVG or PDF. With --kind all, writes every chart the data allow as PNGs into the
    folder -o names.

    Kinds:
      citations-per-year     citations received each year
      cumulative-citations   citations accumulated over the years
      papers-per-year        papers each year, stacked by category
      h-index                papers ranked by citations, with the h-square
      categories             the share of papers per category
      coauthors              the most frequent co-authors by joint papers

    Options:
      -o, --output OUT     where to write; the format follows the extension (default:
                           KIND.png in the current folder)
      --width PT           the chart's width in points, 120 to 5000 (default 360)
      --height PT          the chart's height in points, 120 to 5000 (default 216)
      --dpi N              resolution of a PNG, 10 to 1200 (default 150)
      --layout NAME|FILE   the layout whose type and colours the chart takes
      -h, --help           show this help

    A kind whose data the profile lacks exits with status 65 and names the data it
    needs. Files are written under a temporary name and renamed into place.
    """

  static let layouts = """
    Usage: vita layouts

    Lists the built-in layouts, each with what it is for. Pass one to vita render with
    --layout NAME; copy its file from Layouts/ to make your own, and start it with
    `extends: NAME` to change only what differs.
    """
}
