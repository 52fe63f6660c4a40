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
