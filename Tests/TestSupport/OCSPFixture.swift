import Foundation

/// A DER OCSP response made by the openssl tool (not our code), signed by a CA whose certificate and
/// key are given as PEM files, for one serial as good or revoked.
public enum OCSPFixture {
    /// - Parameter folder: where the index, request and response files are written.
    public static func response(
        caPEM: String,
        keyPEM: String,
        serial: String,
        revoked: Bool,
        in folder: String
    ) throws -> [UInt8] {
        let index = folder + "/index-\(serial).txt"
        let line =
            revoked
            ? "R\t301231235959Z\t261120100000Z,keyCompromise\t\(serial.uppercased())\tunknown\t/CN=x\n"
            : "V\t301231235959Z\t\t\(serial.uppercased())\tunknown\t/CN=x\n"
        try TestEnvironment.write(line, to: index)
        let request = try TestEnvironment.run(
            "openssl",
            ["ocsp", "-issuer", caPEM, "-serial", "0x" + serial, "-no_nonce", "-reqout", folder + "/req.der"]
        )
        guard request.status == 0 else { throw FixtureError("ocsp request: \(request)") }
        let response = try TestEnvironment.run(
            "openssl",
            [
                "ocsp", "-index", index, "-CA", caPEM, "-rsigner", caPEM, "-rkey", keyPEM, "-reqin",
                folder + "/req.der", "-respout", folder + "/resp.der", "-ndays", "1",
            ]
        )
        guard response.status == 0 else { throw FixtureError("ocsp response: \(response)") }
        return try TestEnvironment.read(folder + "/resp.der")
    }
}

/// A fixture that could not be made.
public struct FixtureError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
