import Catalog

/// The catalog roles an import uses: what it stores, the work list it fills for the seal step, the
/// certificates and CA certificates it checks against, and the exception register it extends.
package typealias ImportCatalog =
    CatalogMaintenance & BatchLedger & ImportSink & TouchedWorkList & EvidenceSource & ExceptionLedger
