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
 * java -cp bcprov.jar:bcpkix.jar:bcutil.jar VerifyEvidenceRecord.java TSA-CERT.pem ERS1 DATA1 [ERS2 DATA2 ...]
 * For each pair: checks that DATA's hash is in the evidence record's reduced hash tree (validatePresent)
 * and that the time-stamp token is signed by the TSA certificate (validate). Prints
 * "ERS valid <root hex> <ers>" or "ERS invalid <ers>: <reason>" per pair, and exits 1 if any is invalid.
 */
public class VerifyEvidenceRecord {
    public static void main(String[] args) throws Exception {
        X509Certificate tsa = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new FileInputStream(args[0]));
        boolean allValid = true;
        for (int i = 1; i + 1 < args.length; i += 2) {
            try {
                byte[] ers = Files.readAllBytes(Paths.get(args[i]));
                byte[] data = Files.readAllBytes(Paths.get(args[i + 1]));
                ERSEvidenceRecord record = new ERSEvidenceRecord(EvidenceRecord.getInstance(ers), new JcaDigestCalculatorProviderBuilder().build());
                record.validatePresent(new ERSByteData(data), new Date());
                record.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
                StringBuilder root = new StringBuilder();
                for (byte b : record.getPrimaryRootHash()) root.append(String.format("%02x", b));
                System.out.println("ERS valid " + root + " " + args[i]);
            } catch (Exception e) {
                allValid = false;
                System.out.println("ERS invalid " + args[i] + ": " + e);
            }
        }
        System.exit(allValid ? 0 : 1);
    }
}
