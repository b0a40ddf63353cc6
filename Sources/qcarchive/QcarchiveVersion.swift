/// The version `qcarchive --version` prints: the wave of the contract it implements (seal format 2,
/// exports).
enum QcarchiveVersion {
    static let current = "0.15.0"
}
