import CryptoIO
import Foundation

/// Verifies an RFC 4998 evidence record for one data object (§5.3): the first archive timestamp's
/// reduced hash tree leads from the data object's hash to the hash its token covers; each later
/// archive timestamp of the chain (§5.2, timestamp renewal) covers the hash of the previous one's
/// `timeStamp` field. Each token is validated at the genTime of the archive timestamp that renewed
/// it, the newest at the verification time (SPEC "Evidence over time").
///
/// Records with more than one chain (§5.3 hash-tree renewal, written by `qcarchive renew
/// --hash-algorithm`) are refused by this version with a message that says so.
package struct EvidenceRecordVerifier {
    /// Verifies a token over `imprint`, valid at its own genTime and at `time` (now when nil), and
    /// returns its genTime: `TimeStampProtocol.verify`, or a cached form of it.
    package typealias TokenCheck = (_ token: [UInt8], _ imprint: SHA256Digest, _ time: Date?) -> Result<
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
        package var initialRoot: SHA256Digest
        /// The genTime of each archive timestamp, first to newest.
        package var times: [Date]
        /// When the data object is proven to have existed.
        package var provenAt: Date { times[0] }
    }

    /// Why a record does not prove the data object.
    package struct Failure: Error, Sendable {
        package enum Kind: Sendable, Equatable {
            /// Not a record this version can follow (another algorithm, more than one chain).
            case shape
            /// A reduced hash tree that does not start from the hash it must cover.
            case tree
            /// A token that does not verify over the hash its tree leads to.
            case timestamp(CryptoIOError.Code)
        }

        package var kind: Kind
        /// Which archive timestamp of the chain (0 = the first).
        package var stamp: Int
        package var message: String
        /// For a timestamp failure: the time its token claims, when readable.
        package var claimedTime: Date?
        /// The hash the first archive timestamp's tree led to, when it got that far.
        package var initialRoot: SHA256Digest?
    }

    /// - Parameters:
    ///   - dataObject: the data object's SHA-256 (a bundle's tag manifest).
    ///   - time: the verification time (`verify --at`); now when nil.
    package func verify(
        _ record: EvidenceRecord,
        dataObject: SHA256Digest,
        at time: Date?
    ) -> Result<Proof, Failure> {
        guard record.sequence.chains.count == 1 else {
            return .failure(
                Failure(
                    kind: .shape,
                    stamp: 0,
                    message: "the record has \(record.sequence.chains.count) ArchiveTimeStampChains (hash-tree "
                        + "renewal), which this version does not verify"
                )
            )
        }
        let stamps = record.sequence.chains[0].stamps
        var covered = dataObject
        var times: [Date] = []
        var initialRoot: SHA256Digest?
        for (index, stamp) in stamps.enumerated() {
            func failure(_ kind: Failure.Kind, _ message: String, claimed: Date? = nil) -> Result<Proof, Failure> {
                .failure(
                    Failure(kind: kind, stamp: index, message: message, claimedTime: claimed, initialRoot: initialRoot)
                )
            }
            guard stamp.digestAlgorithm.map({ $0 == EvidenceRecord.sha256OID }) ?? true,
                stamp.reducedHashTree.allSatisfy({ $0.allSatisfy { $0.count == 32 } })
            else { return failure(.shape, "archive timestamp \(index + 1) does not use SHA-256") }
            let tree = stamp.reducedHashTree.map { $0.map(SHA256Digest.init(bytes:)) }
            guard let root = HashTree.root(from: covered, reducedTree: tree) else {
                let what = index == 0 ? "the data object's SHA-256" : "the hash of the previous timeStamp"
                return failure(.tree, "the reduced hash tree does not start from \(what) \(covered.hex)")
            }
            if index == 0 { initialRoot = root }
            // Valid at the genTime of the archive timestamp that renewed it, the newest at `time`.
            let validAt =
                index + 1 < stamps.count ? try? TimeStampProtocol.claimedTime(of: stamps[index + 1].timeStamp) : time
            switch checkToken(stamp.timeStamp, root, validAt) {
            case .success(let genTime): times.append(genTime)
            case .failure(let error):
                return failure(
                    .timestamp(error.code),
                    error.message,
                    claimed: try? TimeStampProtocol.claimedTime(of: stamp.timeStamp)
                )
            }
            covered = SHA256Digest.of(stamp.timeStamp)  // §5.2: the next one covers this timeStamp field
        }
        guard let initialRoot else {
            return .failure(Failure(kind: .shape, stamp: 0, message: "the record holds no archive timestamp"))
        }
        return .success(Proof(initialRoot: initialRoot, times: times))
    }
}
