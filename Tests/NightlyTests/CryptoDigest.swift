import CryptoIO

enum CryptoDigest {
    static func sha256Hex(_ bytes: [UInt8]) -> String { SHA256Digest.of(bytes).hex }
}
