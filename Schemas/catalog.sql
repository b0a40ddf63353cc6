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
    sourceFile TEXT NOT NULL, applicationId TEXT, policy TEXT, eventCount INTEGER NOT NULL DEFAULT 0, bundleCount INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (issuer, serial)
);
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
CREATE TABLE bundle (
    issuer TEXT NOT NULL,
    serial TEXT NOT NULL,
    version INTEGER NOT NULL,
    path TEXT NOT NULL UNIQUE,
    tagmanifestSha256 TEXT NOT NULL,
    batchId TEXT NOT NULL REFERENCES batch(id),
    PRIMARY KEY (issuer, serial, version)
);
CREATE TABLE caCertificate (
    sha256 TEXT PRIMARY KEY NOT NULL,
    subject TEXT NOT NULL,
    der BLOB NOT NULL,
    batchId TEXT NOT NULL REFERENCES batch(id)
);
CREATE TABLE crl (
    sha256 TEXT PRIMARY KEY NOT NULL,
    issuer TEXT NOT NULL,
    crlNumber TEXT,
    thisUpdate TEXT NOT NULL,
    nextUpdate TEXT,
    fileName TEXT NOT NULL,
    batchId TEXT NOT NULL REFERENCES batch(id)
, scope TEXT);
CREATE TABLE crlEntry (
    crlSha256 TEXT NOT NULL REFERENCES crl(sha256),
    issuer TEXT NOT NULL,
    serial TEXT NOT NULL,
    revokedAt TEXT NOT NULL,
    reason TEXT,
    PRIMARY KEY (crlSha256, serial)
);
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
CREATE TABLE exceptionVersion (
    entryId TEXT NOT NULL,
    version INTEGER NOT NULL,
    change TEXT NOT NULL,
    changedAt TEXT NOT NULL,
    body TEXT NOT NULL,
    entrySha256 TEXT NOT NULL,
    PRIMARY KEY (entryId, version)
);
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
    batchId TEXT NOT NULL REFERENCES batch(id), state TEXT NOT NULL DEFAULT 'open', resolvedByBatch TEXT REFERENCES batch(id),
    PRIMARY KEY (rule, issuer, serial, applicationId, findingKey)
);
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
CREATE TABLE reject (
    batchId TEXT NOT NULL REFERENCES batch(id),
    file TEXT NOT NULL,
    line INTEGER,
    reasonClass TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE TABLE touched (
    batchId TEXT NOT NULL REFERENCES batch(id),
    issuer TEXT NOT NULL,
    serial TEXT NOT NULL,
    PRIMARY KEY (batchId, issuer, serial)
);
CREATE INDEX auditCertificate_application ON auditCertificate(applicationId);
CREATE INDEX auditCertificate_coverage ON auditCertificate(policy, eventCount, bundleCount);
CREATE INDEX auditCertificate_origin ON auditCertificate(policy, issuer, serial, applicationId);
CREATE INDEX batch_dropDigest ON batch(dropDigest);
CREATE INDEX bundle_batch ON bundle(batchId);
CREATE INDEX caCertificate_subject ON caCertificate(subject);
CREATE INDEX crlEntry_certificate ON crlEntry(issuer, serial);
CREATE INDEX crlPublication_crl ON crlPublication(crlSha256);
CREATE INDEX crl_fileName ON crl(fileName);
CREATE INDEX documentUse_application ON documentUse(applicationId) WHERE certIssuer IS NULL;
CREATE INDEX document_kind ON document(kind, effectiveFromMs);
CREATE INDEX event_application ON event(applicationId, certIssuer);
CREATE INDEX event_applicationCertificate ON event(applicationId, timeMs) WHERE certIssuer IS NOT NULL;
CREATE INDEX event_batch ON event(batchId);
CREATE INDEX event_certificate ON event(certIssuer, certSerial);
CREATE INDEX event_predecessor ON event(predIssuer, predSerial);
CREATE INDEX event_qscdCertification ON event(json_extract(body, '$.certification_id')) WHERE type = 'qscd_verification';
CREATE INDEX event_type ON event(type, timeMs);
CREATE INDEX exceptionVersion_content ON exceptionVersion(entrySha256, change);
CREATE INDEX finding_batch ON finding(batchId);
CREATE INDEX finding_certificate ON finding(issuer, serial);
CREATE INDEX finding_resolvedByBatch ON finding(resolvedByBatch) WHERE resolvedByBatch IS NOT NULL;
CREATE INDEX ocspAnswer_batch ON ocspAnswer(batchId, status);
CREATE INDEX reject_batch ON reject(batchId);
CREATE INDEX touched_certificate ON touched(issuer, serial);
