-- The catalog's schema version 6 in PostgreSQL's dialect (issue #17): the same tables, columns (in
-- the same order), constraints and indexes as Schemas/catalog.sql, which SQLite's migrations 1-6
-- produce. Draft for a PostgreSQL baseline migration; validated with psql on PostgreSQL 15.18.
--
-- Choices (see dialect.md for the reasons and the tests behind them):
-- * Identifiers are written as in SQLite and left unquoted: PostgreSQL folds them to lower case
--   (auditCertificate -> auditcertificate), so every query keeps its SQLite spelling. Only catalog
--   metadata (table/column names read back, e.g. by differences()) shows the lower-case names.
-- * Every text column is COLLATE "C": ORDER BY, min() and range comparisons then compare bytes like
--   SQLite's BINARY, whatever the database's default locale (en_US, ICU) is. Equality is unaffected.
-- * body, qcStatements, scope, evidence and exceptionVersion.body stay text, not jsonb: the catalog
--   returns the stored normalized JSON byte for byte, and jsonb re-formats it (key order, spaces,
--   duplicate keys, numbers), and rejects \u0000. JSON fields are read through json_extract below.
-- * INTEGER columns: bigint where values exceed 2^31 (the *Ms milliseconds, dropFile.size);
--   integer for the small ones (0/1 issuerVerified, keyBits, versions, lines, field, sealOrder,
--   eventCount, bundleCount). sum(integer) is bigint; sum(bigint) would be numeric. All of them
--   are read in Swift as Int64 (row.integer), from their decimal text.
-- * issuerVerified stays a 0/1 integer (Swift binds Bool as 1/0 and reads `== 1`); a boolean
--   would print t/f.
-- * seq (last column, identity) is SQLite's implicit rowid where a query orders or breaks ties by it:
--   event (firstCertificateUpdate), crl (crlSHA256(fileName:)), exceptionVersion
--   (exceptionVersions). It is not evidence: differences() must leave it out.
-- * documentUse (WITHOUT ROWID in SQLite) is a plain table with the same primary key.
-- * The two indexes that rely on SQLite's implicit rowid suffix name seq explicitly.
-- * Two SQL functions carry SQLite's semantics under SQLite's names, so that the statements that
--   use them keep their text and the expression index matches: json_extract(text, '$.key') (one
--   level, the only form the catalog uses; a C-collated text like SQLite's) and unixepoch(text)
--   (NULL, as in SQLite, for a lower-case 't' and a leap second :60, which RFC3339.parse accepts;
--   year 0000 computed; no time-zone or DateStyle dependence). Both inline into the plan.

CREATE FUNCTION json_extract(body text, path text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (body::json ->> substr(path, 3)) COLLATE "C";

CREATE FUNCTION unixepoch(t text) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE WHEN t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\.[0-9]+)?Z$' THEN
        (make_date(CASE WHEN substr(t, 1, 4)::int = 0 THEN -1 ELSE substr(t, 1, 4)::int END,
                   substr(t, 6, 2)::int, substr(t, 9, 2)::int) - DATE '1970-01-01')::bigint * 86400
        + substr(t, 12, 2)::bigint * 3600 + substr(t, 15, 2)::bigint * 60 + substr(t, 18, 2)::bigint
    END;

CREATE TABLE catalogVersion (  -- replaces PRAGMA user_version; one row
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    version integer NOT NULL
);

CREATE TABLE batch (
    id text COLLATE "C" PRIMARY KEY NOT NULL,
    source text COLLATE "C",
    cutoff text COLLATE "C",
    dropPath text COLLATE "C" NOT NULL,
    dropDigest text COLLATE "C" NOT NULL,
    startedAt text COLLATE "C" NOT NULL,
    sealedAt text COLLATE "C",
    sealOrder integer UNIQUE,
    state text COLLATE "C" NOT NULL CHECK (state IN ('importing', 'imported', 'sealed'))
);
CREATE INDEX batch_dropDigest ON batch (dropDigest);

CREATE TABLE dropFile (
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    path text COLLATE "C" NOT NULL,
    sha256 text COLLATE "C" NOT NULL,
    size bigint NOT NULL,
    kind text COLLATE "C" NOT NULL,
    PRIMARY KEY (batchId, path)
);

CREATE TABLE event (
    id text COLLATE "C" PRIMARY KEY NOT NULL,
    type text COLLATE "C" NOT NULL,
    time text COLLATE "C" NOT NULL,
    timeMs bigint NOT NULL,
    applicationId text COLLATE "C",
    certIssuer text COLLATE "C",
    certSerial text COLLATE "C",
    predIssuer text COLLATE "C",
    predSerial text COLLATE "C",
    contentSha256 text COLLATE "C" NOT NULL,
    body text COLLATE "C" NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    file text COLLATE "C" NOT NULL,
    line integer NOT NULL,
    seq bigint GENERATED ALWAYS AS IDENTITY NOT NULL
);
CREATE INDEX event_application ON event (applicationId, certIssuer);
CREATE INDEX event_applicationCertificate ON event (applicationId, timeMs, seq) WHERE certIssuer IS NOT NULL;
CREATE INDEX event_batch ON event (batchId);
CREATE INDEX event_certificate ON event (certIssuer, certSerial);
CREATE INDEX event_predecessor ON event (predIssuer, predSerial);
CREATE INDEX event_qscdCertification ON event (json_extract(body, '$.certification_id'))
    WHERE type = 'qscd_verification';
CREATE INDEX event_type ON event (type, timeMs);

CREATE TABLE auditCertificate (
    issuer text COLLATE "C" NOT NULL,
    serial text COLLATE "C" NOT NULL,
    subject text COLLATE "C" NOT NULL,
    notBefore text COLLATE "C" NOT NULL,
    notAfter text COLLATE "C" NOT NULL,
    der bytea NOT NULL,
    sha256 text COLLATE "C" NOT NULL,
    spkiSha256 text COLLATE "C" NOT NULL,
    issuerVerified integer NOT NULL,
    keyAlgorithm text COLLATE "C" NOT NULL,
    keyBits integer NOT NULL,
    policyOids text COLLATE "C" NOT NULL,
    qcStatements text COLLATE "C",
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    sourceFile text COLLATE "C" NOT NULL,
    applicationId text COLLATE "C",
    policy text COLLATE "C",
    eventCount integer NOT NULL DEFAULT 0,
    bundleCount integer NOT NULL DEFAULT 0,
    PRIMARY KEY (issuer, serial)
);
CREATE INDEX auditCertificate_application ON auditCertificate (applicationId);
CREATE INDEX auditCertificate_coverage ON auditCertificate (policy, eventCount, bundleCount);
CREATE INDEX auditCertificate_origin ON auditCertificate (policy, issuer, serial, applicationId);

CREATE TABLE caCertificate (
    sha256 text COLLATE "C" PRIMARY KEY NOT NULL,
    subject text COLLATE "C" NOT NULL,
    der bytea NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id)
);
CREATE INDEX caCertificate_subject ON caCertificate (subject);

CREATE TABLE document (
    id text COLLATE "C" PRIMARY KEY NOT NULL,
    kind text COLLATE "C" NOT NULL,
    version text COLLATE "C" NOT NULL,
    effectiveFrom text COLLATE "C" NOT NULL,
    effectiveFromMs bigint NOT NULL,
    effectiveTo text COLLATE "C",
    effectiveToMs bigint,
    policies text COLLATE "C" NOT NULL,
    file text COLLATE "C" NOT NULL,
    sha256 text COLLATE "C" NOT NULL,
    contentSha256 text COLLATE "C" NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    sourceFile text COLLATE "C" NOT NULL
);
CREATE INDEX document_kind ON document (kind, effectiveFromMs);

CREATE TABLE crl (
    sha256 text COLLATE "C" PRIMARY KEY NOT NULL,
    issuer text COLLATE "C" NOT NULL,
    crlNumber text COLLATE "C",
    thisUpdate text COLLATE "C" NOT NULL,
    nextUpdate text COLLATE "C",
    fileName text COLLATE "C" NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    scope text COLLATE "C",
    seq bigint GENERATED ALWAYS AS IDENTITY NOT NULL
);
CREATE INDEX crl_fileName ON crl (fileName, seq);

CREATE TABLE crlEntry (
    crlSha256 text COLLATE "C" NOT NULL REFERENCES crl (sha256),
    issuer text COLLATE "C" NOT NULL,
    serial text COLLATE "C" NOT NULL,
    revokedAt text COLLATE "C" NOT NULL,
    reason text COLLATE "C",
    PRIMARY KEY (crlSha256, serial)
);
CREATE INDEX crlEntry_certificate ON crlEntry (issuer, serial);

CREATE TABLE crlPublication (
    crlFile text COLLATE "C" NOT NULL,
    crlSha256 text COLLATE "C",
    publishedAt text COLLATE "C" NOT NULL,
    publishedAtMs bigint NOT NULL,
    distributionPoint text COLLATE "C" NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    file text COLLATE "C" NOT NULL,
    line integer NOT NULL,
    UNIQUE (crlFile, publishedAtMs, distributionPoint)
);
CREATE INDEX crlPublication_crl ON crlPublication (crlSha256);

CREATE TABLE ocspAnswer (
    issuer text COLLATE "C" NOT NULL,
    serial text COLLATE "C" NOT NULL,
    producedAt text COLLATE "C" NOT NULL,
    producedAtMs bigint NOT NULL,
    status text COLLATE "C" NOT NULL,
    revocationTime text COLLATE "C",
    revocationReason text COLLATE "C",
    responder text COLLATE "C" NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    file text COLLATE "C" NOT NULL,
    line integer,
    UNIQUE (issuer, serial, producedAtMs, status, responder)
);
CREATE INDEX ocspAnswer_batch ON ocspAnswer (batchId, status);

CREATE TABLE qscdCertification (
    certificationId text COLLATE "C" NOT NULL,
    model text COLLATE "C" NOT NULL,
    status text COLLATE "C" NOT NULL,
    fromTime text COLLATE "C" NOT NULL,
    fromMs bigint NOT NULL,
    toTime text COLLATE "C",
    toMs bigint,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    file text COLLATE "C" NOT NULL,
    line integer NOT NULL,
    UNIQUE (certificationId, status, fromMs)
);

CREATE TABLE exceptionVersion (
    entryId text COLLATE "C" NOT NULL,
    version integer NOT NULL,
    change text COLLATE "C" NOT NULL,
    changedAt text COLLATE "C" NOT NULL,
    body text COLLATE "C" NOT NULL,
    entrySha256 text COLLATE "C" NOT NULL,
    seq bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    PRIMARY KEY (entryId, version)
);
CREATE INDEX exceptionVersion_content ON exceptionVersion (entrySha256, change);

CREATE TABLE finding (
    rule text COLLATE "C" NOT NULL,
    issuer text COLLATE "C" NOT NULL,
    serial text COLLATE "C" NOT NULL,
    applicationId text COLLATE "C" NOT NULL,
    findingKey text COLLATE "C" NOT NULL,
    policy text COLLATE "C",
    severity text COLLATE "C" NOT NULL,
    message text COLLATE "C" NOT NULL,
    evidence text COLLATE "C" NOT NULL,
    observedAt text COLLATE "C" NOT NULL,
    observedAtMs bigint NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    state text COLLATE "C" NOT NULL DEFAULT 'open',
    resolvedByBatch text COLLATE "C" REFERENCES batch (id),
    PRIMARY KEY (rule, issuer, serial, applicationId, findingKey)
);
CREATE INDEX finding_batch ON finding (batchId);
CREATE INDEX finding_certificate ON finding (issuer, serial);
CREATE INDEX finding_resolvedByBatch ON finding (resolvedByBatch) WHERE resolvedByBatch IS NOT NULL;

CREATE TABLE touched (
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    issuer text COLLATE "C" NOT NULL,
    serial text COLLATE "C" NOT NULL,
    PRIMARY KEY (batchId, issuer, serial)
);
CREATE INDEX touched_certificate ON touched (issuer, serial);

CREATE TABLE bundle (
    issuer text COLLATE "C" NOT NULL,
    serial text COLLATE "C" NOT NULL,
    version integer NOT NULL,
    path text COLLATE "C" NOT NULL UNIQUE,
    tagmanifestSha256 text COLLATE "C" NOT NULL,
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    PRIMARY KEY (issuer, serial, version)
);
CREATE INDEX bundle_batch ON bundle (batchId);

CREATE TABLE reject (
    batchId text COLLATE "C" NOT NULL REFERENCES batch (id),
    file text COLLATE "C" NOT NULL,
    line integer,
    reasonClass text COLLATE "C" NOT NULL,
    message text COLLATE "C" NOT NULL
);
CREATE INDEX reject_batch ON reject (batchId);

CREATE TABLE documentUse (  -- WITHOUT ROWID in SQLite: a plain table with the same primary key
    documentId text COLLATE "C" NOT NULL,
    timeMs bigint NOT NULL,
    eventId text COLLATE "C" NOT NULL,
    field integer NOT NULL,
    type text COLLATE "C" NOT NULL,
    time text COLLATE "C" NOT NULL,
    applicationId text COLLATE "C",
    certIssuer text COLLATE "C",
    certSerial text COLLATE "C",
    firstIssuer text COLLATE "C",
    firstSerial text COLLATE "C",
    PRIMARY KEY (documentId, timeMs, eventId, field)
);
CREATE INDEX documentUse_application ON documentUse (applicationId) WHERE certIssuer IS NULL;

INSERT INTO catalogVersion (version) VALUES (6);
