import Catalog

/// The catalog roles bundling reads: each touched certificate's evidence and findings, its earlier
/// bundles, the batches and the exception register (nothing here writes the catalog).
package typealias BundlingCatalog =
    CatalogMaintenance & BatchLedger & TouchedWorkList & EvidenceSource & FindingRegister & ExceptionLedger
