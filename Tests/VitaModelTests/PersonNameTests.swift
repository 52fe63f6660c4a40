import Testing
import VitaModel

@Suite struct PersonNameTests {
  func matches(_ owner: String, _ author: String) -> Bool {
    guard let owner = PersonName(owner), let author = PersonName(author) else { return false }
    return owner.matches(author)
  }

  @Test func matchesRegardlessOfCaseDiacriticsAndInitials() {
    #expect(matches("Théophane Weber", "Theophane Weber"))
    #expect(matches("Théophane Weber", "THÉOPHANE WEBER"))
    #expect(matches("Théophane Weber", "T. Weber"))
    #expect(matches("Théophane Weber", "Weber, Théophane"))
    #expect(matches("Théophane Weber", "Weber, T."))
    #expect(matches("Miruna Pîslar", "Miruna Pislar"))
    #expect(matches("Shantanu Thakoor", "Shantanu Thakoor"))
  }

  @Test func refusesOtherPeople() {
    #expect(!matches("Théophane Weber", "Thomas Weber"))
    #expect(!matches("Théophane Weber", "Théophane Webster"))
    #expect(!matches("Shantanu Thakoor", "Zhaohan Daniel Guo"))
    #expect(!matches("Shantanu Thakoor", "S. Thakur"))
  }

  @Test func aNameWithoutLettersIsNoName() {
    #expect(PersonName("  , . ") == nil)
    #expect(PersonName("") == nil)
  }
}

@Suite struct LetterFoldingTests {
  @Test func foldsPrecomposedAndCombiningAccentsAndOtherScripts() {
    let precomposed = PersonName("Zoë Ćirić-Łukasiewicz")
    let combining = PersonName("Zoe\u{0308} C\u{0301}iric\u{0301}-Lukasiewicz")
    #expect(precomposed == combining)
    #expect(precomposed?.familyName == "lukasiewicz")
    #expect(PersonName("Άννα Παπαδοπούλου")?.familyName == "παπαδοπουλου")
    #expect(PersonName("Ёлкин Пётр")?.givenNames == ["елкин"])
    #expect(PersonName("Søren Kierkegaard")?.givenNames == ["soren"])
  }
}
