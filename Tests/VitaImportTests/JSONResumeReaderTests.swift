import Testing
import VitaModel

@testable import VitaImport

@Suite("JSON Resume reader")
struct JSONResumeReaderTests {
  let sample = "jsonresume/jsonresume-schema_sample.resume.json"

  func read(_ text: String) -> (profile: Profile?, descriptions: [String]) {
    let (profile, diagnostics) = JSONResumeReader(currentYear: 2026).read(
      Array(text.utf8), file: "cv.json")
    return (profile, diagnostics.map(\.description))
  }

  @Test func theSchemasSampleReadsIntoEverySection() throws {
    let bytes = try packageFile("../shared/data/" + sample)
    #expect(ProfileFormat.detect(path: sample, bytes: bytes) == .jsonresume)
    let (read, diagnostics) = ProfileLoader().read(bytes: bytes, file: sample)
    let profile = try #require(read)
    // Skills, languages, interests, references and projects have no place in the CV.
    #expect(diagnostics.count == 5 && diagnostics.allSatisfy { $0.severity == .warning })
    #expect(profile.name == "Richard Hendriks")
    #expect(profile.person.email == "richard.hendriks@mail.com")
    #expect(profile.person.homepage == "http://richardhendricks.example.com")
    // The Twitter profile has no address, so only SoundCloud is a link.
    #expect(profile.person.links.map(\.label) == ["SoundCloud"])
    #expect(profile.sections.map(\.kind) == [.positions, .service, .education, .awards])

    let work = try #require(profile.sections.first?.entries.first)
    #expect(work.title == "CEO/President" && work.organisation == "Pied Piper")
    #expect(work.place == "Palo Alto, CA")
    #expect(work.start == PaperDate(year: 2013, month: 12, day: 1))
    #expect(work.end == PaperDate(year: 2014, month: 12, day: 1) && !work.ongoing)
    #expect(work.details.count == 4 && work.details[1].hasPrefix("Build an algorithm"))

    let degree = try #require(profile.sections[2].entries.first)
    #expect(degree.title == "Bachelor in Information Technology")
    #expect(degree.organisation == "University of Oklahoma")
    #expect(degree.details == ["Score: 4.0", "DB1101 - Basic SQL", "CS2011 - Java Introduction"])

    let award = try #require(profile.sections[3].entries.first)
    #expect(award.title == "Digital Compression Pioneer Award")
    #expect(award.organisation == "Techcrunch" && award.start?.year == 2014)

    let paper = try #require(profile.papers.first)
    #expect(profile.papers.count == 1)
    #expect(paper.title == "Video compression for 3d media")
    #expect(paper.venue == "Hooli" && paper.date?.year == 2014)
    #expect(profile.papersSource == "JSON Resume")
  }

  @Test func anEntryWithAStartAndNoEndIsOngoing() throws {
    let (profile, descriptions) = read(
      """
      {"basics": {"name": "Ada"},
       "work": [{"name": "Lab", "position": "Scientist", "startDate": "2021-03"}]}
      """)
    #expect(descriptions.isEmpty)
    let entry = try #require(profile?.sections.first?.entries.first)
    #expect(entry.ongoing && entry.start == PaperDate(year: 2021, month: 3))
  }

  @Test func badValuesArePinnedToTheirPlace() {
    let (profile, descriptions) = read(
      """
      {"basics": {"name": "Ada", "email": [7]},
       "work": [{"name": "Lab", "startDate": "spring"}, "not an entry"],
       "awards": [{"title": "Prize", "date": "1850-01-01"}]}
      """)
    #expect(profile?.name == "Ada")
    #expect(
      descriptions == [
        "cv.json:1:37: error: expected text, found a list [basics.email]",
        "cv.json:2:40: warning: cannot read the date 'spring'; it was left out "
          + "[work[0].startDate]\n  hint: JSON Resume writes dates like '2014-12-01'",
        "cv.json:2:51: error: expected an object, found the string 'not an entry' [work[1]]",
        "cv.json:3:40: warning: the year 1850 is out of range; the date was left out "
          + "[awards[0].date]\n  hint: a year runs from 1900 to 2027",
      ])
  }

  @Test func aFileWithoutBasicsIsNotAResume() {
    let (profile, descriptions) = read("{\"work\": []}")
    #expect(profile == nil)
    #expect(
      descriptions == [
        "cv.json:1:1: error: the file is not a JSON Resume\n"
          + "  hint: a JSON Resume has 'basics' with the person's 'name'"
      ])
  }
}
