import Dispatch

/// Runs work items on the machine's cores while the submitting thread goes on with what must stay
/// on it (the catalog, whose connection belongs to one thread). Results come back in submission
/// order, and at most `limit` items are pending at once, so memory stays bounded whatever the size
/// of the batch. The value itself belongs to the submitting thread.
package struct OrderedWork<Output: Sendable> {
    /// One item: its result, published by the worker before it signals `done`.
    private final class Slot: @unchecked Sendable {
        var result: Result<Output, any Error>?
        let done = DispatchSemaphore(value: 0)
    }

    private var pending: [Slot] = []
    private var first = 0
    private let limit: Int

    package init(limit: Int) { self.limit = max(1, limit) }

    /// Queues `work`; when `limit` items are pending, first waits for the oldest.
    /// - Returns: the results of the items waited for, oldest first (usually none).
    package mutating func submit(_ work: @escaping @Sendable () throws -> Output) -> [Result<Output, any Error>] {
        var completed: [Result<Output, any Error>] = []
        while pending.count - first >= limit { completed.append(takeOldest()) }
        let slot = Slot()
        pending.append(slot)
        DispatchQueue.global(qos: .userInitiated).async {
            slot.result = Result { try work() }
            slot.done.signal()
        }
        return completed
    }

    /// Waits for every pending item.
    /// - Returns: their results, oldest first.
    package mutating func finish() -> [Result<Output, any Error>] {
        var completed: [Result<Output, any Error>] = []
        while first < pending.count { completed.append(takeOldest()) }
        return completed
    }

    private mutating func takeOldest() -> Result<Output, any Error> {
        let slot = pending[first]
        slot.done.wait()
        let result = slot.result!
        slot.result = nil  // the slot may outlive its turn in `pending`; its result must not
        first += 1
        if first >= limit {
            pending.removeFirst(first)
            first = 0
        }
        return result
    }
}
