import Lifecycle
import Testing

/// Every spelling of a DN SPEC accepts names the same certificate ("A certificate is identified by").
@Suite struct DistinguishedNameTests {
    static let canonical = #"CN=Qualified CA Ω,O=Ärzte\, Trust \+ Co,C=BE"#

    @Test(
        arguments: [
            // Python's rfc4514_string and OpenSSL's XN_FLAG_RFC2253 & ~ESC_MSB: already canonical.
            canonical,
            // OpenSSL's -nameopt RFC2253: UTF-8 bytes as \XX escapes.
            #"CN=Qualified CA \CE\A9,O=\C3\84rzte\, Trust \+ Co,C=BE"#,
            // openssl x509 -issuer (one-line, least specific first, quoted values, \XX escapes).
            #"issuer=C = BE, O = "\C3\84rzte, Trust + Co", CN = Qualified CA \CE\A9"#,
            #"C = BE, O = "Ärzte, Trust + Co", CN = Qualified CA Ω"#,
            // Long attribute names and a hex escape of an ASCII character.
            #"commonName=Qualified CA Ω,organizationName=\C3\84rzte\2C Trust \+ Co,countryName=BE"#,
            // The old slash form.
            #"/C=BE/O=Ärzte\, Trust \+ Co/CN=Qualified CA Ω"#,
            "  " + canonical + "  ",
        ]
    )
    func everySpellingBecomesTheCanonicalOne(spelling: String) {
        #expect(DistinguishedName.canonical(spelling) == Self.canonical)
    }

    @Test func dottedTypesBecomeOpenSSLShortNames() {
        // Python prints types RFC 4514 does not name as dotted OIDs; OpenSSL by its short names.
        #expect(
            DistinguishedName.canonical("CN=Example,2.5.4.97=NTRBE-0123456789,2.5.4.5=42,O=Example SA,C=BE")
                == "CN=Example,organizationIdentifier=NTRBE-0123456789,serialNumber=42,O=Example SA,C=BE"
        )
        #expect(DistinguishedName.canonical("1.2.840.113549.1.9.1=ca@example") == "emailAddress=ca@example")
    }

    @Test func escapesAreKeptWhereRFC4514NeedsThem() {
        #expect(DistinguishedName.canonical(#"CN=\ lead\, and trail\ ,C=BE"#) == #"CN=\ lead\, and trail\ ,C=BE"#)
        #expect(DistinguishedName.canonical(##"CN=\#1 CA,C=BE"##) == ##"CN=\#1 CA,C=BE"##)
        // A hex-encoded value (RFC 4514 §2.4; OpenSSL's dump of an unknown type) stays as it is.
        #expect(DistinguishedName.canonical("1.2.3.4=#0C0141,C=BE") == "1.2.3.4=#0C0141,C=BE")
        #expect(DistinguishedName.canonical("CN=a+OU=b,C=BE") == "CN=a+OU=b,C=BE")
    }

    @Test(arguments: [#"CN=bad\C3"#, #"CN="open"#, "no equals sign", #"CN=x\"#, "=value"])
    func unreadableTextComesBackUnchanged(text: String) {
        #expect(DistinguishedName.canonical(text) == text)
    }

    @Test(
        arguments: [
            ("0abc", "abc"), ("0x0ABC", "abc"), ("0A:BC", "abc"), ("serial=0ABC", "abc"), ("00", "0"),
            (" abc ", "abc"),
        ]
    )
    func serialsInEverySpellingBecomeLowercaseHex(text: String, serial: String) {
        #expect(SerialText.canonical(text) == serial)
    }

    @Test(arguments: ["", "0x", "xyz", ":ab", "ab:", "a::b", "１２"])
    func aSerialThatIsNotHexIsRefused(text: String) {
        #expect(SerialText.canonical(text) == nil)
    }
}
