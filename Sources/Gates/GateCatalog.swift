import Catalog

/// The catalog roles the gates use: a certificate's evidence and the facts around it to judge,
/// the batch's work list to find what to judge, and the findings to keep.
package typealias GateCatalog =
    CatalogMaintenance & BatchLedger & TouchedWorkList & EvidenceSource & GateFacts & FindingRegister
