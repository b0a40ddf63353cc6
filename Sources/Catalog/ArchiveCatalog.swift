/// The catalog: the archive's index of batches, events, certificates, bundles and rejects.
///
/// All SQL lives behind its roles (SQLite today; PostgreSQL is a second conformance, not a
/// rewrite); each layer asks for the roles it uses. Implementations are not thread-safe: one value
/// stays in one task.
package protocol ArchiveCatalog: CatalogMaintenance, BatchLedger, ImportSink, TouchedWorkList, EvidenceSource,
    GateFacts, FindingRegister, ExceptionLedger, AuditQueries, SupervisionSource, CatalogComparison
{}
