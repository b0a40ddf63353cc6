import Foundation

/// The one order of every file list, manifest and bundle list here: by UTF-8 bytes, as `sort` sorts
/// under `LC_ALL=C` and as Python sorts `bytes` (Swift's `<` on `String` compares by Unicode rules).
package enum UTF8Order {
    /// True when `first` sorts before `second` as UTF-8 bytes.
    package static func precedes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { left in
            second.withUTF8 { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
    }
}
