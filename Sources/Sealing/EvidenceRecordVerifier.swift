import CryptoIO
import Foundation

/// Verifies an RFC 4998 evidence record for one data object (§5.3): the first archive timestamp's
/// reduced hash tree leads from the data object's hash to the hash its token covers; each later
/// archive timestamp of a chain (§5.2, timestamp renewal) covers the hash of the previous one's
/// `timeStamp` field; each later chain (§5.3, hash-tree renewal) starts from H(H(data object) ‖
/// H(the earlier chains' DER, as one ArchiveTimeStampSequence)) in its own algorithm, the order
/// Bouncy Castle 1.72's `ERSEvidenceRecord.renewHash` writes. Each token is validated at the
/// genTime of the archive timestamp that renewed it, the newest at the verification time (SPEC
/// "Evidence over time").
package struct EvidenceRecordVerifier {
    /// Verifies a token over `imprint`, valid at its own genTime and at `time` (now when nil), and
    /// returns its genTime: `TimeStampProtocol.verify`, or a cached form of it.
    package typealias TokenCheck = (_ token: [UInt8], _ imprint: Digest, _ time: Date?) -> Result<
        Date, CryptoIOError
    >

    package var checkToken: TokenCheck

    package init(checkToken: @escaping TokenCheck) { self.checkToken = checkToken }

    /// Checks tokens against `trustAnchors` with no cache.
    package init(trustAnchors: [SigningCertificate]) {
        self.init { token, imprint, time in
            Result { () throws(CryptoIOError) in
                try TimeStampProtocol.verify(token: token, over: imprint, trustAnchors: trustAnchors, at: time)
            }
        }
    }

    /// What a record proves.
    package struct Proof: Sendable, Equatable {
        /// The hash the first archive timestamp's tree leads to (the batch root).
        package var initialRoot: Digest
        /// The genTime of each archive timestamp, first to newest, over every chain.
        package var times: [Date]
        /// When the data object is proven to have existed.
        package var provenAt: Date { times[0] }
    }

    /// Why a record does not prove the data object.
    package struct Failure: Error, Sendable {
        package enum Kind: Sendable, Equatable {
            /// Not a record this version can follow (an unknown algorithm, hashes of another length).
            case shape
            /// A reduced hash tree that does not start from the hash it must cover.
            case tree
            /// A token that does not verify over the hash its tree leads to.
            case timestamp(CryptoIOError.Code)
        }

        package var kind: Kind
        /// Which archive timestamp of the record, counted over every chain (0 = the first).
        package var stamp: Int
        package var message: String
        /// For a timestamp failure: the time its token claims, when readable.
        package var claimedTime: Date?
        /// The hash the first archive timestamp's tree led to, when it got that far.
        package var initialRoot: Digest?
        /// The genTime of the first archive timestamp when it verified (a later one failed): what the
        /// record still proves the data object's existence at.
        package var provenAt: Date?
    }

    /// Verifies a record whose data object is known by its SHA-256 only: a record that needs
    /// another algorithm (after hash-tree renewal) fails with `.shape`.
    package func verify(_ record: EvidenceRecord, dataObject: SHA256Digest, at time: Date?) -> Result<Proof, Failure> {
        verify(record, dataObject: { $0 == .sha256 ? Digest(dataObject) : nil }, at: time)
    }

    /// Verifies a record over the data object's bytes (a bundle's tag manifest).
    package func verify(_ record: EvidenceRecord, dataObject bytes: [UInt8], at time: Date?) -> Result<Proof, Failure> {
        verify(record, dataObject: { $0.digest(bytes) }, at: time)
    }

    /// - Parameters:
    ///   - dataObject: the data object's hash in an algorithm, or nil when it cannot be computed.
    ///   - time: the verification time (`verify --at`); now when nil.
    package func verify(
        _ record: EvidenceRecord,
        dataObject: (HashAlgorithm) -> Digest?,
        at time: Date?
    ) -> Result<Proof, Failure> {
        // As of a past time (`verify --at`): the archive timestamps made after it did not exist then.
        var chains = record.sequence.chains
        if let time {
            var kept: [ArchiveTimeStampChain] = []
            for chain in chains {
                let stamps = chain.stamps.prefix {
                    (try? TimeStampProtocol.claimedTime(of: $0.timeStamp)).map { $0 <= time } ?? true
                }
                if !stamps.isEmpty { kept.append(ArchiveTimeStampChain(Array(stamps))) }
                if stamps.count < chain.stamps.count { break }
            }
            if !kept.isEmpty { chains = kept }
        }
        let stamps = chains.flatMap(\.stamps)
        var times: [Date] = []
        var initialRoot: Digest?
        var index = 0
        for (chainIndex, chain) in chains.enumerated() {
            func failure(_ kind: Failure.Kind, _ message: String, claimed: Date? = nil) -> Result<Proof, Failure> {
                .failure(
                    Failure(
                        kind: kind,
                        stamp: index,
                        message: message,
                        claimedTime: claimed,
                        initialRoot: initialRoot,
                        provenAt: times.first
                    )
                )
            }
            guard let first = chain.stamps.first else {
                return failure(.shape, "the record holds no archive timestamp in chain \(chainIndex + 1)")
            }
            guard let algorithm = first.algorithm,
                chain.stamps.allSatisfy({ $0.algorithm == algorithm })
            else {
                return failure(
                    .shape,
                    "chain \(chainIndex + 1) does not use one of SHA-256, SHA-384, SHA-512 throughout"
                )
            }
            guard let dataHash = dataObject(algorithm) else {
                return failure(.shape, "the data object's \(algorithm.rawValue) hash is not known here")
            }
            var covered = dataHash
            if chainIndex > 0 {
                // §5.3: H(H(d) ‖ H(atsc)), atsc the earlier chains as one ArchiveTimeStampSequence.
                guard let earlier = try? EvidenceRecord.der(of: ArchiveTimeStampSequence(Array(chains[..<chainIndex])))
                else { return failure(.shape, "the earlier chains cannot be encoded") }
                covered = algorithm.digest(concatenating: [dataHash.bytes, algorithm.digest(earlier).bytes])
            }
            for (stampIndex, stamp) in chain.stamps.enumerated() {
                guard let tree = stamp.reducedTree(algorithm) else {
                    return failure(
                        .shape,
                        "archive timestamp \(index + 1) has hashes that are not \(algorithm.rawValue)"
                    )
                }
                // §5.2, as Bouncy Castle 1.72 renews and validates: a renewal's first list holds the hash
                // of every earlier timeStamp of its chain (a renewal of one, alone, may have no tree).
                let earlier = chain.stamps[..<stampIndex].map { algorithm.digest($0.timeStamp) }
                guard stampIndex == 0 || (tree.isEmpty ? earlier.count == 1 : earlier.allSatisfy(tree[0].contains))
                else {
                    return failure(
                        .tree,
                        "archive timestamp \(index + 1) does not renew every earlier timeStamp of its chain"
                    )
                }
                guard let root = HashTree.root(from: covered, reducedTree: tree) else {
                    let what =
                        stampIndex > 0
                        ? "the hash of the previous timeStamp"
                        : chainIndex == 0
                            ? "the data object's \(algorithm.rawValue) hash"
                            : "the \(algorithm.rawValue) hash of the data object with the earlier chains"
                    return failure(.tree, "the reduced hash tree does not start from \(what) \(covered.hex)")
                }
                if index == 0 { initialRoot = root }
                // Valid at the genTime of the archive timestamp that renewed it, the newest at `time`.
                let validAt =
                    index + 1 < stamps.count
                    ? try? TimeStampProtocol.claimedTime(of: stamps[index + 1].timeStamp) : time
                switch checkToken(stamp.timeStamp, root, validAt) {
                case .success(let genTime): times.append(genTime)
                case .failure(let error):
                    return failure(
                        .timestamp(error.code),
                        error.message,
                        claimed: try? TimeStampProtocol.claimedTime(of: stamp.timeStamp)
                    )
                }
                covered = algorithm.digest(stamp.timeStamp)  // §5.2: the next one covers this timeStamp field
                index += 1
            }
        }
        guard let initialRoot else {
            return .failure(Failure(kind: .shape, stamp: 0, message: "the record holds no archive timestamp"))
        }
        return .success(Proof(initialRoot: initialRoot, times: times))
    }
}
