/// The catalog's migrations, in order. A shipped migration is never edited; changes are new entries.
/// `Schemas/catalog.sql` is the schema they produce (checked by a test).
package enum CatalogSchema {
    /// The schema version a migrated catalog has.
    package static var version: Int { migrations.count }

    /// Every table that holds evidence, each after the tables it references (an order to copy them in).
    static let tables = [
        "batch", "dropFile", "event", "documentUse", "auditCertificate", "caCertificate", "document", "crl",
        "crlEntry", "crlPublication", "ocspAnswer", "qscdCertification", "finding", "bundle", "reject", "touched",
        "exceptionVersion",
    ]

    /// The tables whose statements order by import order (SQLite's rowid, PostgreSQL's `seq`).
    static let importOrdered: Set = ["event", "crl", "exceptionVersion"]

    static let migrations: [String] = [
        // 1: batches, drop files, events, certificates, bundles, rejects.
        """
        CREATE TABLE batch (
            id TEXT PRIMARY KEY NOT NULL,
            source TEXT,
            cutoff TEXT,
            dropPath TEXT NOT NULL,
            dropDigest TEXT NOT NULL,
            startedAt TEXT NOT NULL,
            sealedAt TEXT,
            sealOrder INTEGER UNIQUE,
            state TEXT NOT NULL CHECK (state IN ('importing', 'imported', 'sealed'))
        );
        CREATE INDEX batch_dropDigest ON batch(dropDigest);
        CREATE TABLE dropFile (
            batchId TEXT NOT NULL REFERENCES batch(id),
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (batchId, path)
        );
        CREATE TABLE event (
            id TEXT PRIMARY KEY NOT NULL,
            type TEXT NOT NULL,
            time TEXT NOT NULL,
            timeMs INTEGER NOT NULL,
            applicationId TEXT,
            certIssuer TEXT,
            certSerial TEXT,
            predIssuer TEXT,
            predSerial TEXT,
            contentSha256 TEXT NOT NULL,
            body TEXT NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id),
            file TEXT NOT NULL,
            line INTEGER NOT NULL
        );
        CREATE INDEX event_certificate ON event(certIssuer, certSerial);
        CREATE INDEX event_predecessor ON event(predIssuer, predSerial);
        CREATE INDEX event_application ON event(applicationId);
        CREATE INDEX event_batch ON event(batchId);
        CREATE TABLE auditCertificate (
            issuer TEXT NOT NULL,
            serial TEXT NOT NULL,
            subject TEXT NOT NULL,
            notBefore TEXT NOT NULL,
            notAfter TEXT NOT NULL,
            der BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            spkiSha256 TEXT NOT NULL,
            issuerVerified INTEGER NOT NULL,
            keyAlgorithm TEXT NOT NULL,
            keyBits INTEGER NOT NULL,
            policyOids TEXT NOT NULL,
            qcStatements TEXT,
            batchId TEXT NOT NULL REFERENCES batch(id),
            sourceFile TEXT NOT NULL,
            PRIMARY KEY (issuer, serial)
        );
        CREATE TABLE caCertificate (
            sha256 TEXT PRIMARY KEY NOT NULL,
            subject TEXT NOT NULL,
            der BLOB NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id)
        );
        CREATE INDEX caCertificate_subject ON caCertificate(subject);
        CREATE TABLE document (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            version TEXT NOT NULL,
            effectiveFrom TEXT NOT NULL,
            effectiveFromMs INTEGER NOT NULL,
            effectiveTo TEXT,
            effectiveToMs INTEGER,
            policies TEXT NOT NULL,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            contentSha256 TEXT NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id),
            sourceFile TEXT NOT NULL
        );
        CREATE INDEX document_kind ON document(kind, effectiveFromMs);
        CREATE TABLE crl (
            sha256 TEXT PRIMARY KEY NOT NULL,
            issuer TEXT NOT NULL,
            crlNumber TEXT,
            thisUpdate TEXT NOT NULL,
            nextUpdate TEXT,
            fileName TEXT NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id)
        );
        CREATE INDEX crl_fileName ON crl(fileName);
        CREATE TABLE crlEntry (
            crlSha256 TEXT NOT NULL REFERENCES crl(sha256),
            issuer TEXT NOT NULL,
            serial TEXT NOT NULL,
            revokedAt TEXT NOT NULL,
            reason TEXT,
            PRIMARY KEY (crlSha256, serial)
        );
        CREATE INDEX crlEntry_certificate ON crlEntry(issuer, serial);
        CREATE TABLE crlPublication (
            crlFile TEXT NOT NULL,
            crlSha256 TEXT,
            publishedAt TEXT NOT NULL,
            publishedAtMs INTEGER NOT NULL,
            distributionPoint TEXT NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id),
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            UNIQUE (crlFile, publishedAtMs, distributionPoint)
        );
        CREATE INDEX crlPublication_crl ON crlPublication(crlSha256);
        CREATE TABLE ocspAnswer (
            issuer TEXT NOT NULL,
            serial TEXT NOT NULL,
            producedAt TEXT NOT NULL,
            producedAtMs INTEGER NOT NULL,
            status TEXT NOT NULL,
            revocationTime TEXT,
            revocationReason TEXT,
            responder TEXT NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id),
            file TEXT NOT NULL,
            line INTEGER,
            UNIQUE (issuer, serial, producedAtMs, status, responder)
        );
        CREATE INDEX ocspAnswer_certificate ON ocspAnswer(issuer, serial, producedAtMs);
        CREATE TABLE qscdCertification (
            certificationId TEXT NOT NULL,
            model TEXT NOT NULL,
            status TEXT NOT NULL,
            fromTime TEXT NOT NULL,
            fromMs INTEGER NOT NULL,
            toTime TEXT,
            toMs INTEGER,
            batchId TEXT NOT NULL REFERENCES batch(id),
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            UNIQUE (certificationId, status, fromMs)
        );
        CREATE TABLE exceptionVersion (
            entryId TEXT NOT NULL,
            version INTEGER NOT NULL,
            change TEXT NOT NULL,
            changedAt TEXT NOT NULL,
            body TEXT NOT NULL,
            entrySha256 TEXT NOT NULL,
            PRIMARY KEY (entryId, version)
        );
        CREATE INDEX exceptionVersion_content ON exceptionVersion(entrySha256, change);
        CREATE TABLE finding (
            rule TEXT NOT NULL,
            issuer TEXT NOT NULL,
            serial TEXT NOT NULL,
            applicationId TEXT NOT NULL,
            findingKey TEXT NOT NULL,
            policy TEXT,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            evidence TEXT NOT NULL,
            observedAt TEXT NOT NULL,
            observedAtMs INTEGER NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id),
            PRIMARY KEY (rule, issuer, serial, applicationId, findingKey)
        );
        CREATE INDEX finding_certificate ON finding(issuer, serial);
        CREATE INDEX finding_batch ON finding(batchId);
        CREATE TABLE touched (
            batchId TEXT NOT NULL REFERENCES batch(id),
            issuer TEXT NOT NULL,
            serial TEXT NOT NULL,
            PRIMARY KEY (batchId, issuer, serial)
        );
        CREATE INDEX touched_certificate ON touched(issuer, serial);
        CREATE TABLE bundle (
            issuer TEXT NOT NULL,
            serial TEXT NOT NULL,
            version INTEGER NOT NULL,
            path TEXT NOT NULL UNIQUE,
            tagmanifestSha256 TEXT NOT NULL,
            batchId TEXT NOT NULL REFERENCES batch(id),
            PRIMARY KEY (issuer, serial, version)
        );
        CREATE INDEX bundle_batch ON bundle(batchId);
        CREATE TABLE reject (
            batchId TEXT NOT NULL REFERENCES batch(id),
            file TEXT NOT NULL,
            line INTEGER,
            reasonClass TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX reject_batch ON reject(batchId);
        """,
        // 2: what the auditors' queries select on, indexed (measured on 1,000,000 certificates):
        // each certificate's issuance application and policy, kept with it (`refreshOrigins`) and
        // indexed so that per-policy counts never read the certificates' DER; events by type, by
        // application with or without a certificate, and by the QSCD certification and documents they name;
        // OCSP answers by batch (the gates look up a night's `good` answers; the certificate index
        // was a prefix of the table's UNIQUE index).
        """
        ALTER TABLE auditCertificate ADD COLUMN applicationId TEXT;
        ALTER TABLE auditCertificate ADD COLUMN policy TEXT;
        CREATE INDEX auditCertificate_origin ON auditCertificate(policy, issuer, serial, applicationId);
        CREATE INDEX auditCertificate_application ON auditCertificate(applicationId);
        DROP INDEX event_application;
        CREATE INDEX event_application ON event(applicationId, certIssuer);
        CREATE INDEX ocspAnswer_batch ON ocspAnswer(batchId, status);
        DROP INDEX ocspAnswer_certificate;
        CREATE INDEX event_type ON event(type, timeMs);
        CREATE INDEX event_qscdCertification ON event(json_extract(body, '$.certification_id')) WHERE type = 'qscd_verification';
        CREATE INDEX event_cpCpsDocument ON event(json_extract(body, '$.cp_cps_document')) WHERE json_extract(body, '$.cp_cps_document') IS NOT NULL;
        CREATE INDEX event_termsDocument ON event(json_extract(body, '$.terms_document')) WHERE json_extract(body, '$.terms_document') IS NOT NULL;
        CREATE INDEX event_pdsDocument ON event(json_extract(body, '$.pds_document')) WHERE json_extract(body, '$.pds_document') IS NOT NULL;
        UPDATE auditCertificate SET applicationId = (SELECT j.applicationId FROM event AS j
            WHERE j.certIssuer = auditCertificate.issuer AND j.certSerial = auditCertificate.serial
              AND +j.type IN ('issuance', 'renewal', 'rekey', 'modification') ORDER BY j.type = 'issuance' DESC,
                j.timeMs LIMIT 1)
          WHERE 1;
        UPDATE auditCertificate SET policy = (SELECT json_extract(a.body, '$.policy') FROM event AS a
            WHERE a.applicationId = auditCertificate.applicationId AND +a.type = 'application' LIMIT 1)
          WHERE 1;
        """,
        // 3: findings follow the evidence (SPEC "Lifecycle gates"): open while their condition holds,
        // resolved by the batch whose evidence settled them; never deleted.
        """
        ALTER TABLE finding ADD COLUMN state TEXT NOT NULL DEFAULT 'open';
        ALTER TABLE finding ADD COLUMN resolvedByBatch TEXT REFERENCES batch(id);
        CREATE INDEX finding_resolvedByBatch ON finding(resolvedByBatch) WHERE resolvedByBatch IS NOT NULL;
        """,
        // 4: a delta or partitioned CRL's reach (deltaCRLIndicator, issuingDistributionPoint) as JSON;
        // NULL for a complete CRL of the whole issuer.
        """
        ALTER TABLE crl ADD COLUMN scope TEXT;
        """,
        // 5: an application's first certificate found in time order without a sort (an event naming a
        // document before issuance is attributed to it; measured on 1,000,000 certificates).
        """
        CREATE INDEX event_applicationCertificate ON event(applicationId, timeMs) WHERE certIssuer IS NOT NULL;
        """,
        // 6 (measured on 1,000,000 certificates): `coverage` from counters kept with each certificate
        // (its events and its application's events without a certificate, `refreshOrigins`; its bundle
        // versions, `insert(bundle)`), summed per policy from one narrow index; it counted them per
        // certificate on every run (3.7 s). `certificates-under-document` from `documentUse`, one row
        // per event and document field it names, in the answer's order, with the certificate the
        // answer attributes it to (an application-level event's: the application's first, kept by
        // `refreshOrigins`); it read three expression indexes, each event row and the first certificate
        // of each application, then sorted (15 s).
        """
        ALTER TABLE auditCertificate ADD COLUMN eventCount INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE auditCertificate ADD COLUMN bundleCount INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX auditCertificate_coverage ON auditCertificate(policy, eventCount, bundleCount);
        UPDATE auditCertificate SET eventCount =
            (SELECT count(*) FROM event AS e WHERE e.certIssuer = auditCertificate.issuer
               AND e.certSerial = auditCertificate.serial)
            + (SELECT count(*) FROM event AS e WHERE e.applicationId = auditCertificate.applicationId
               AND e.certIssuer IS NULL);
        UPDATE auditCertificate SET bundleCount = (SELECT count(*) FROM bundle AS b
            WHERE b.issuer = auditCertificate.issuer AND b.serial = auditCertificate.serial);
        CREATE TABLE documentUse (
            documentId TEXT NOT NULL,
            timeMs INTEGER NOT NULL,
            eventId TEXT NOT NULL,
            field INTEGER NOT NULL,
            type TEXT NOT NULL,
            time TEXT NOT NULL,
            applicationId TEXT,
            certIssuer TEXT,
            certSerial TEXT,
            firstIssuer TEXT,
            firstSerial TEXT,
            PRIMARY KEY (documentId, timeMs, eventId, field)
        ) WITHOUT ROWID;
        CREATE INDEX documentUse_application ON documentUse(applicationId) WHERE certIssuer IS NULL;
        INSERT INTO documentUse (documentId, timeMs, eventId, field, type, time, applicationId, certIssuer, certSerial)
          SELECT json_extract(body, '$.cp_cps_document'), timeMs, id, 1, type, time, applicationId, certIssuer,
            certSerial FROM event WHERE json_extract(body, '$.cp_cps_document') IS NOT NULL
          UNION ALL SELECT json_extract(body, '$.terms_document'), timeMs, id, 2, type, time, applicationId,
            certIssuer, certSerial FROM event WHERE json_extract(body, '$.terms_document') IS NOT NULL
          UNION ALL SELECT json_extract(body, '$.pds_document'), timeMs, id, 3, type, time, applicationId,
            certIssuer, certSerial FROM event WHERE json_extract(body, '$.pds_document') IS NOT NULL;
        UPDATE documentUse SET (firstIssuer, firstSerial) = (SELECT f.certIssuer, f.certSerial FROM event AS f
            WHERE f.applicationId = documentUse.applicationId AND f.certIssuer IS NOT NULL
            ORDER BY f.timeMs, f.rowid LIMIT 1)
          WHERE certIssuer IS NULL;
        DROP INDEX event_cpCpsDocument;
        DROP INDEX event_termsDocument;
        DROP INDEX event_pdsDocument;
        """,
    ]
}
