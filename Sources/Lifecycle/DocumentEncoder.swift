import Foundation

/// Writes a document as `DocumentJSON.encode` (pretty-printed) or `DocumentJSON.normalized`
/// (compact) does with Foundation's `JSONEncoder` (sorted keys, slashes unescaped), byte for byte,
/// at a fraction of its cost: the value is encoded into a small tree, then printed. It holds
/// strings, integers, booleans, null, arrays and objects with ASCII keys, which is what the
/// documents are made of; for anything else (a floating point number, a `Date`, `Data`, a
/// non-ASCII key, a super-encoder) it throws `Unsupported`, and `DocumentJSON` falls back to
/// `JSONEncoder`.
package enum DocumentEncoder {
    package struct Unsupported: Error {}

    /// - Parameter pretty: `DocumentJSON.encode`'s form (two-space indentation, `" : "`, a final
    ///   newline); otherwise `DocumentJSON.normalized`'s compact form.
    package static func encode(_ value: some Encodable, pretty: Bool = true) throws -> [UInt8] {
        let root = Node(Failure())
        try value.encode(to: TreeEncoder(node: root, codingPath: []))
        guard !root.failure.happened else { throw Unsupported() }
        var out: [UInt8] = []
        out.reserveCapacity(pretty ? 4_096 : 512)
        if pretty {
            root.print(into: &out, depth: 0)
            out.append(0x0A)
        } else {
            root.printCompact(into: &out)
        }
        return out
    }

    /// Set by what cannot throw (a nested container, a super-encoder) when the document is unsupported.
    final class Failure {
        var happened = false
    }

    /// One value of the tree; containers are filled after they are handed out, hence a class.
    final class Node {
        enum Kind { case unset, null, literal, string, array, object }
        let failure: Failure
        var kind = Kind.unset
        var text = ""
        var elements: [Node] = []
        var members: [String: Node] = [:]

        init(_ failure: Failure) { self.failure = failure }

        func print(into out: inout [UInt8], depth: Int) {
            switch kind {
            case .unset, .null: out.append(contentsOf: "null".utf8)
            case .literal: out.append(contentsOf: text.utf8)
            case .string: JSONText.appendString(text, to: &out)
            case .array:
                out.append(contentsOf: "[\n".utf8)
                for (index, element) in elements.enumerated() {
                    if index > 0 { out.append(contentsOf: ",\n".utf8) }
                    Self.indent(&out, depth + 1)
                    element.print(into: &out, depth: depth + 1)
                }
                out.append(0x0A)
                Self.indent(&out, depth)
                out.append(UInt8(ascii: "]"))
            case .object:
                out.append(contentsOf: "{\n".utf8)
                let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                for (index, key) in keys.enumerated() {
                    if index > 0 { out.append(contentsOf: ",\n".utf8) }
                    Self.indent(&out, depth + 1)
                    JSONText.appendString(key, to: &out)
                    out.append(contentsOf: " : ".utf8)
                    members[key]!.print(into: &out, depth: depth + 1)
                }
                out.append(0x0A)
                Self.indent(&out, depth)
                out.append(UInt8(ascii: "}"))
            }
        }

        func printCompact(into out: inout [UInt8]) {
            switch kind {
            case .unset, .null: out.append(contentsOf: "null".utf8)
            case .literal: out.append(contentsOf: text.utf8)
            case .string: JSONText.appendString(text, to: &out)
            case .array:
                out.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    element.printCompact(into: &out)
                }
                out.append(UInt8(ascii: "]"))
            case .object:
                out.append(UInt8(ascii: "{"))
                let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                for (index, key) in keys.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    JSONText.appendString(key, to: &out)
                    out.append(UInt8(ascii: ":"))
                    members[key]!.printCompact(into: &out)
                }
                out.append(UInt8(ascii: "}"))
            }
        }

        static func indent(_ out: inout [UInt8], _ depth: Int) {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }

        /// Makes this node a container of `kind`, unless it is one already; anything else fails the document.
        func become(_ container: Kind) {
            if kind == .unset { kind = container }
            if kind != container { failure.happened = true }
        }

        /// A new member of this object (a repeated key replaces the earlier value, as in `JSONEncoder`).
        func member(_ key: String) -> Node {
            become(.object)
            if !key.utf8.allSatisfy({ $0 < 0x80 }) { failure.happened = true }
            let node = Node(failure)
            members[key] = node
            return node
        }

        /// A new element of this array.
        func element() -> Node {
            become(.array)
            let node = Node(failure)
            elements.append(node)
            return node
        }

        func setNull() {
            if kind != .unset { failure.happened = true }
            kind = .null
        }

        /// Sets a leaf, or encodes a value through its own `encode(to:)`.
        func set(_ value: some Encodable, codingPath: [any CodingKey]) throws {
            if kind != .unset { failure.happened = true }
            switch value {
            case let string as String: (kind, text) = (.string, string)
            case let flag as Bool: (kind, text) = (.literal, flag ? "true" : "false")
            case let number as Int: (kind, text) = (.literal, String(number))
            case let number as Int64: (kind, text) = (.literal, String(number))
            case let number as Int32: (kind, text) = (.literal, String(number))
            case let number as UInt64: (kind, text) = (.literal, String(number))
            case let number as UInt32: (kind, text) = (.literal, String(number))
            case let number as UInt8: (kind, text) = (.literal, String(number))
            // Foundation's encoder writes these its own way; leave them to it.
            case is Double, is Float, is Date, is Data, is URL, is Decimal: throw Unsupported()
            default:
                try value.encode(to: TreeEncoder(node: self, codingPath: codingPath))
                if kind == .unset { kind = .object }  // a value that encodes nothing is `{}`, as in `JSONEncoder`
            }
        }
    }

    struct TreeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.become(.object)
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.become(.array)
            return Unkeyed(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(node: node, codingPath: codingPath)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).setNull() }

        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            try node.member(key.stringValue).set(value, codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type,
            forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = node.member(key.stringValue)
            child.become(.object)
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = node.member(key.stringValue)
            child.become(.array)
            return Unkeyed(node: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder { refuse() }
        mutating func superEncoder(forKey key: Key) -> any Encoder { refuse() }

        /// Super-encoders are not used by the documents: one fails the document.
        private func refuse() -> any Encoder {
            node.failure.happened = true
            return TreeEncoder(node: Node(node.failure), codingPath: codingPath)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int { node.elements.count }

        mutating func encodeNil() throws { node.element().setNull() }

        mutating func encode(_ value: some Encodable) throws {
            try node.element().set(value, codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = node.element()
            child.become(.object)
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = node.element()
            child.become(.array)
            return Unkeyed(node: child, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            node.failure.happened = true
            return TreeEncoder(node: Node(node.failure), codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.setNull() }

        mutating func encode(_ value: some Encodable) throws {
            try node.set(value, codingPath: codingPath)
        }
    }
}
