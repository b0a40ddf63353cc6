import Catalog

/// The catalog roles the named queries read: nothing they use writes.
package typealias AnswerSource = AuditQueries & EvidenceSource & FindingRegister & ExceptionLedger
