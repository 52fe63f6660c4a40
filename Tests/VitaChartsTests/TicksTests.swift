import Testing

@testable import VitaCharts

@Suite struct TicksTests {
  @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
    #expect(Ticks.niceStep(atLeast: 0.7) == 1)
    #expect(Ticks.niceStep(atLeast: 1) == 1)
    #expect(Ticks.niceStep(atLeast: 1.2) == 2)
    #expect(Ticks.niceStep(atLeast: 3) == 5)
    #expect(Ticks.niceStep(atLeast: 7) == 10)
    #expect(Ticks.niceStep(atLeast: 140) == 200)
    #expect(Ticks.niceStep(atLeast: 0.03) == 0.05)
  }
}

@Suite struct TickValueTests {
  @Test func ticksCoverTheMaximumOnWholeSteps() {
    #expect(Ticks(covering: 341, count: 4).values == [0, 100, 200, 300, 400])
    #expect(Ticks(covering: 4, count: 4).values == [0, 1, 2, 3, 4])
    #expect(Ticks(covering: 340_000, count: 4).values == [0, 100_000, 200_000, 300_000, 400_000])
    #expect(Ticks(covering: 11, count: 3).values == [0, 5, 10, 15])
  }

  @Test func countsNeverGetFractionalSteps() {
    #expect(Ticks(covering: 2, count: 6).step == 1)
    #expect(Ticks(covering: 0.3, count: 6, integer: false).step == 0.05)
  }

  @Test func anEmptyOrZeroRangeHasTheAxisZeroToOne() {
    #expect(Ticks(covering: 0, count: 4).values == [0, 1])
    #expect(Ticks(covering: -.infinity, count: 4).values == [0, 1])
  }

  @Test func labelStepsAreRound() {
    #expect(Ticks.labelStep(atLeast: 0.4) == 1)
    #expect(Ticks.labelStep(atLeast: 1.5) == 2)
    #expect(Ticks.labelStep(atLeast: 3) == 5)
    #expect(Ticks.labelStep(atLeast: 6) == 10)
    #expect(Ticks.labelStep(atLeast: 11) == 20)
  }

  @Test func numbersAreGroupedByThousands() {
    #expect(Format.grouped(0) == "0")
    #expect(Format.grouped(10_768) == "10,768")
    #expect(Format.grouped(340_000) == "340,000")
    #expect(Format.grouped(1_234_567) == "1,234,567")
    #expect(Format.tick(0.25) == "0.25")
    #expect(Format.tick(0.5) == "0.5")
    #expect(Format.percent(1, of: 16) == "6%")
    #expect(Format.percent(1, of: 500) == "<1%")
  }
}
