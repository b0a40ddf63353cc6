import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Date;

import org.bouncycastle.asn1.tsp.EvidenceRecord;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.ers.ERSByteData;
import org.bouncycastle.tsp.ers.ERSEvidenceRecord;

/**
 * Verifies a qcarchive evidence record with Bouncy Castle's RFC 4998 classes, independently of qcarchive:
 * java -cp bcprov.jar:bcpkix.jar:bcutil.jar VerifyEvidenceRecord.java evidence-record.ers tagmanifest-sha256.txt tsa-cert.pem
 * Prints "ERS valid <root hex> <genTime>" and exits 0, or prints the error and exits 1.
 */
public class VerifyEvidenceRecord {
    public static void main(String[] args) throws Exception {
        byte[] ers = Files.readAllBytes(Paths.get(args[0]));
        byte[] data = Files.readAllBytes(Paths.get(args[1]));
        try {
            ERSEvidenceRecord record = new ERSEvidenceRecord(EvidenceRecord.getInstance(ers), new JcaDigestCalculatorProviderBuilder().build());
            record.validatePresent(new ERSByteData(data), new Date());
            if (args.length > 2) {
                X509Certificate tsa = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new FileInputStream(args[2]));
                record.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            }
            StringBuilder root = new StringBuilder();
            for (byte b : record.getPrimaryRootHash()) root.append(String.format("%02x", b));
            System.out.println("ERS valid " + root);
        } catch (Exception e) {
            System.out.println("ERS invalid: " + e);
            System.exit(1);
        }
    }
}
