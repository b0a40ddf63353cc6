import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Date;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.tsp.ArchiveTimeStamp;
import org.bouncycastle.asn1.tsp.ArchiveTimeStampChain;
import org.bouncycastle.asn1.tsp.EvidenceRecord;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.ers.ERSByteData;
import org.bouncycastle.tsp.ers.ERSEvidenceRecord;

/**
 * Bouncy Castle 1.72's RFC 4998 classes on qcarchive's complete evidence records, independently of qcarchive:
 *
 * validate TSA-CERT ERS DATA       the record's chains (ERSEvidenceRecord checks every renewal as it reads it),
 *                                  DATA present at the newest timestamp's time (validatePresent), and the newest
 *                                  token signed by TSA-CERT (validate); prints "ERS valid <chains> <stamps>"
 * request ERS DATA OUT.tsq [sha-512]  a renewal request: timestamp renewal (§5.2), or hash-tree renewal (§5.3)
 * apply ERS DATA IN.tsr OUT.ers [sha-512]  the renewed record, from the TSA's answer to that request
 *
 * Exits 1 with "ERS invalid: <reason>" when Bouncy Castle refuses.
 */
public class RenewEvidenceRecord {
    public static void main(String[] args) throws Exception {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        try {
            switch (args[0]) {
                case "validate": {
                    X509Certificate tsa = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new FileInputStream(args[1]));
                    EvidenceRecord asn1 = EvidenceRecord.getInstance(Files.readAllBytes(Paths.get(args[2])));
                    ERSEvidenceRecord record = new ERSEvidenceRecord(asn1, digests);
                    ArchiveTimeStampChain[] chains = asn1.getArchiveTimeStampSequence().getArchiveTimeStampChains();
                    ArchiveTimeStamp[] last = chains[chains.length - 1].getArchiveTimestamps();
                    Date newest = new TimeStampToken(last[last.length - 1].getTimeStamp()).getTimeStampInfo().getGenTime();
                    record.validatePresent(new ERSByteData(Files.readAllBytes(Paths.get(args[3]))), newest);
                    record.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
                    int stamps = 0;
                    for (ArchiveTimeStampChain chain : chains) stamps += chain.getArchiveTimestamps().length;
                    System.out.println("ERS valid " + chains.length + " " + stamps);
                    break;
                }
                case "request": {
                    ERSEvidenceRecord record = new ERSEvidenceRecord(Files.readAllBytes(Paths.get(args[1])), digests);
                    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
                    generator.setCertReq(true);
                    byte[] request = args.length > 4
                        ? record.generateHashRenewalRequest(sha512(digests),
                            new ERSByteData(Files.readAllBytes(Paths.get(args[2]))), generator).getEncoded()
                        : record.generateTimeStampRenewalRequest(generator).getEncoded();
                    Files.write(Paths.get(args[3]), request);
                    break;
                }
                case "apply": {
                    ERSEvidenceRecord record = new ERSEvidenceRecord(Files.readAllBytes(Paths.get(args[1])), digests);
                    TimeStampResponse response = new TimeStampResponse(Files.readAllBytes(Paths.get(args[3])));
                    ERSEvidenceRecord renewed = args.length > 5
                        ? record.renewHash(sha512(digests), new ERSByteData(Files.readAllBytes(Paths.get(args[2]))),
                            response)
                        : record.renewTimeStamp(response);
                    Files.write(Paths.get(args[4]), renewed.getEncoded());
                    break;
                }
                default:
                    throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        } catch (Exception e) {
            System.out.println("ERS invalid: " + e);
            System.exit(1);
        }
    }

    static DigestCalculator sha512(DigestCalculatorProvider digests) throws Exception {
        return digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha512));
    }
}
