import Foundation
import Lifecycle

/// An exception-register version as a person or a program reads it (#15 item 10): every field of
/// the entry, set or not, and what changed from the version before.
package struct ExceptionVersionView {
    package var version: ExceptionVersion

    package init(_ version: ExceptionVersion) { self.version = version }

    /// The version's own fields, then every field of the entry, each as JSON (null when not set).
    package var fields: [(name: String, value: Any)] {
        let bytes = (try? DocumentJSON.encode(version)) ?? []
        let encoded = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
        let entry = encoded?["entry"] as? [String: Any] ?? [:]
        let own = ["entry_id", "version", "change", "changed_at", "actor", "batch_id", "source_file"]
        return own.map { ($0, encoded?[$0] ?? NSNull()) }
            + ExceptionEntryInput.fieldNames.map { ($0, entry[$0] ?? NSNull()) }
    }

    /// One JSON object with every field: the version's own at the top, the entry's under `entry`.
    package var jsonObject: [String: Any] {
        var object: [String: Any] = [:]
        var entry: [String: Any] = [:]
        let own = Set(["entry_id", "version", "change", "changed_at", "actor", "batch_id", "source_file"])
        for (name, value) in fields {
            if own.contains(name) { object[name] = value } else { entry[name] = value }
        }
        object["entry"] = entry
        return object
    }

    /// The entry fields whose value differs from `previous` (all set fields for a first version).
    package func changedFields(since previous: ExceptionVersionView?) -> [String] {
        let before = Dictionary(uniqueKeysWithValues: previous?.fields.map { ($0.name, Self.text($0.value)) } ?? [])
        return fields.filter { ExceptionEntryInput.fieldNames.contains($0.name) }.filter { field in
            let now = Self.text(field.value)
            return previous == nil ? now != "—" : before[field.name] != now
        }.map(\.name)
    }

    /// A value for a table cell: text as is, lists joined with "; ", objects as compact JSON, "—" for null.
    package static func text(_ value: Any) -> String {
        switch value {
        case is NSNull: return "—"
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        case let list as [Any]: return list.isEmpty ? "—" : list.map(text).joined(separator: "; ")
        default:
            let data = try? JSONSerialization.data(
                withJSONObject: value,
                options: [.sortedKeys, .withoutEscapingSlashes]
            )
            return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
        }
    }
}
