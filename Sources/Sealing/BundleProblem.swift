/// One thing wrong with a bundle, a batch or the archive: what kind of problem, the file (or the
/// member inside a bag) it concerns, what was expected and what was found. Tests assert "exactly
/// this one problem" by its code and file; people read `description`.
package struct BundleProblem: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Code: String, Sendable, Equatable, CaseIterable {
        /// The bytes are not a readable bag (gzip, tar) or document (JSON).
        case unreadable
        /// The tar's form: headers, links, paths, duplicates, top-level folder.
        case form
        /// A file or member that should be there is not.
        case missing
        /// A file or member no seal covers (an extra member, a file no seal names).
        case unsealed
        /// Content that does not have the digest it was recorded or sealed with.
        case digest
        /// A bag-info field, or a bundle's name that does not match what it is about.
        case bagInfo
        /// A CMS signature that does not verify, or is by a certificate the archive does not pin.
        case signature
        /// The batch seal: its copy, its root, its list.
        case seal
        /// The RFC 4998 evidence record or the RFC 3161 timestamp.
        case evidence
        /// The chain of seals: order, continuity, the catalog's view of it.
        case chain
        /// The content store: an object a sealed drop list names.
        case store
        /// A bundle version that does not extend the one before it.
        case history
        /// The validation data sealed with a batch: a certificate revoked before the time a batch
        /// proves, or status evidence that is not what it claims.
        case revocation
    }

    package var code: Code
    /// The member path inside the bag (e.g. `data/lifecycle.json`), or a path relative to the archive root.
    package var file: String
    package var expected: String
    package var found: String

    package init(_ code: Code, file: String, expected: String, found: String) {
        self.code = code
        self.file = file
        self.expected = expected
        self.found = found
    }

    package var message: String { "expected \(expected), found \(found)" }
    package var description: String { "\(file): \(message)" }
}
