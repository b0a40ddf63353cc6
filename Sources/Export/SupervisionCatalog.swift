import Catalog

/// The catalog roles a supervision pack reads: its selection, each certificate's evidence and
/// findings, the auditors' answers it carries and the exception register.
package typealias SupervisionCatalog =
    SupervisionSource & AuditQueries & EvidenceSource & FindingRegister & ExceptionLedger
