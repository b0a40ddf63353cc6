/// An event field that names a governing document version, in the order answers list them.
package enum DocumentField: Int, CaseIterable, Sendable {
    case cpCps = 1
    case terms = 2
    case pds = 3

    /// The field's name in the event JSON.
    package var name: String {
        switch self {
        case .cpCps: "cp_cps_document"
        case .terms: "terms_document"
        case .pds: "pds_document"
        }
    }
}

extension LifecycleEvent {
    /// The document versions the event names, in `DocumentField` order.
    package var documentFields: [(field: DocumentField, document: DocumentID)] {
        [(.cpCps, cpCpsDocument), (.terms, termsDocument), (.pds, pdsDocument)].compactMap { field, document in
            document.map { (field, $0) }
        }
    }
}
