import PKCS11IO
import Testing

/// RFC 7512 URIs as `init --seal-key` and archive.json take them.
struct PKCS11URITests {
    @Test func readsTokenObjectIdAndPinSource() throws {
        let uri = try PKCS11URI(
            "pkcs11:token=QTSP%20seal;manufacturer=SoftHSM%20project;serial=abc;object=seal;id=%01%ff;type=private"
                + "?pin-source=file:/etc/qcarchive/pin"
        )
        #expect(uri.token == "QTSP seal")
        #expect(uri.manufacturer == "SoftHSM project")
        #expect(uri.serial == "abc")
        #expect(uri.object == "seal")
        #expect(uri.id == [0x01, 0xFF])
        #expect(uri.pinFile == "/etc/qcarchive/pin")
        #expect(try PKCS11URI("pkcs11:object=seal;pin-source=/run/pin").pinFile == "/run/pin")
    }

    @Test(arguments: [
        ("pkcs11:token=t;object=k;pin-value=1234", "pin-value"),
        ("pkcs11:token=t", "names no key"),
        ("pkcs11:object=a;object=b", "'object' is given twice"),
        ("pkcs11:object=a;type=cert", "type=cert is not the private key's"),
        ("pkcs11:object=%4", "two hex digits"),
        ("pkcs11:object=a;slot-id=1", "does not know the attribute 'slot-id'"),
        ("pkcs11:object", "has no value"),
        ("/etc/key.pem", "does not start with 'pkcs11:'"),
        ("pkcs11:object=k?pin-source=file:pin", "must be an absolute path"),
    ])
    func refusesWhatWouldChooseTheWrongKeyOrKeepAPIN(text: String, reason: String) {
        #expect {
            _ = try PKCS11URI(text)
        } throws: { error in
            let error = error as? PKCS11Error
            return error?.code == .failed && error?.message.contains(reason) == true
        }
    }

    /// Written as a pin-value or not, split by the separators or misspelt, a PIN is never in the refusal.
    @Test(arguments: [
        "pkcs11:object=k;pin-value=s3cret", "pkcs11:object=k;pin-value=s3c;ret", "pkcs11:object=k?pin-value=s3&cret",
        "pkcs11:object=k;pin-value =s3cret", "pkcs11:object=k;pin%2Dvalue=s3cret", "pkcs11:object=k;pinvalue=s3cret",
        "pkcs11:object=k;pin-value%3Ds3cret", "pkcs11:object=k;type=s3cret",
    ])
    func thePINNeverAppearsInTheRefusal(text: String) {
        #expect {
            _ = try PKCS11URI(text)
        } throws: { error in
            let message = (error as? PKCS11Error)?.message ?? ""
            return !message.isEmpty && !message.contains("s3") && !message.contains("cret")
        }
    }

    @Test func spacesAroundTheURIAreNotPartOfIt() throws {
        #expect(PKCS11URI.names("  pkcs11:object=seal"))
        #expect(try PKCS11URI(" pkcs11:token=t;object=seal ").text == "pkcs11:token=t;object=seal")
    }
}
