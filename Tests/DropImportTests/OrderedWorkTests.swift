import Foundation
import Storage
import Synchronization
import Testing

/// The worker queue under import, gates, bundles and verification: results in submission order,
/// failures in their place, never more than `limit` items pending, nothing kept once taken.
@Suite struct OrderedWorkTests {
    final class Payload: Sendable {
        let index: Int
        init(_ index: Int) { self.index = index }
    }

    @Test func resultsComeBackInSubmissionOrderWithFailuresInTheirPlace() {
        struct Odd: Error {}
        var work = OrderedWork<Int>(limit: 8)
        var results: [Result<Int, any Error>] = []
        for index in 0..<200 {
            results += work.submit {
                usleep(UInt32((200 - index) % 7) * 100)  // later items often finish first
                if index % 50 == 7 { throw Odd() }
                return index
            }
        }
        results += work.finish()
        #expect(results.count == 200)
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let value): #expect(value == index && index % 50 != 7)
            case .failure(let error): #expect(error is Odd && index % 50 == 7)
            }
        }
    }

    @Test func neverMoreThanTheLimitPending() {
        let running = Mutex((now: 0, most: 0))
        var work = OrderedWork<Int>(limit: 3)
        var taken = 0
        for index in 0..<60 {
            taken +=
                work.submit {
                    running.withLock {
                        $0.now += 1
                        $0.most = max($0.most, $0.now)
                    }
                    usleep(500)
                    running.withLock { $0.now -= 1 }
                    return index
                }.count
        }
        taken += work.finish().count
        #expect(taken == 60)
        #expect(running.withLock { $0.most } <= 3)
    }

    @Test func aResultTakenIsNoLongerHeldByTheQueue() {
        var work = OrderedWork<Payload>(limit: 4)
        weak var first: Payload?
        do {
            var results = work.submit { Payload(0) }
            for index in 1...3 { results += work.submit { Payload(index) } }
            results += work.submit { Payload(4) }  // waits for the oldest: item 0 is taken here
            let taken = try? results.first?.get()
            #expect(taken?.index == 0)
            first = taken
        }
        // The caller has dropped item 0; the queue (still holding later items) must not keep it alive.
        #expect(first == nil)
        _ = work.finish()
    }
}
