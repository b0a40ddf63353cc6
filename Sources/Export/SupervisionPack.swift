/// The names inside a supervision evidence pack (SPEC "Exports"): one BagIt bag under one top
/// folder `qcp-<archive_id>-<time>/`. The tag manifest covers the BagIt tag files and `VERIFY.md`;
/// it is signed (CMS, detached, `.p7s`) and timestamped (RFC 3161 over its SHA-256, `.tsr`).
package enum SupervisionPack {
    package static let bagit = "bagit.txt"
    package static let bagInfo = "bag-info.txt"
    package static let manifest = "manifest-sha256.txt"
    package static let tagManifest = "tagmanifest-sha256.txt"
    package static let signature = "tagmanifest-sha256.txt.p7s"
    package static let timestamp = "tagmanifest-sha256.txt.tsr"
    package static let recipe = "VERIFY.md"

    package static let index = "data/index.json"
    package static let findings = "data/findings.json"
    package static let findingsCSV = "data/findings.csv"
    package static let report = "data/report.html"
    package static let boundary = "data/conformance-boundary.txt"
    package static let exceptions = "data/exceptions.json"
    package static let chain = "data/chain.jsonl"
    package static let head = "data/head.note"

    /// The BagIt tag files the tag manifest lists, in its order.
    package static let tagFiles = [bagit, bagInfo, manifest, recipe]

    /// A bundle's complete evidence record beside it: `….tar.gz` → `….ers`.
    package static func evidencePath(ofBundle path: String) -> String {
        (path.hasSuffix(".tar.gz") ? String(path.dropLast(7)) : path) + ".ers"
    }
}
