internal import PostgresIO

/// The catalog's schema in PostgreSQL's dialect (issue #17; docs/postgresql/dialect.md). A
/// PostgreSQL catalog starts at version 6 with one baseline: the tables, columns (in the same
/// order), constraints and indexes `CatalogSchema`'s six SQLite migrations produce. Versions after
/// 6 append to `migrations`, each beside its SQLite twin, and are never edited once shipped.
/// `Schemas/catalog-postgresql.sql` is `dump` of a migrated catalog, checked by a test.
///
/// The baseline's choices: identifiers unquoted (folded to lower case, so every statement keeps
/// its SQLite spelling); every text `COLLATE "C"` (bytes order as SQLite's BINARY); JSON kept as
/// text, not jsonb (the catalog returns the normalized JSON byte for byte); `seq` identity columns
/// where SQLite's statements use the implicit rowid; `json_extract` and `unixepoch` as SQL
/// functions with SQLite's semantics under SQLite's names, so statements and the expression index
/// keep their text; `catalogVersion` instead of `PRAGMA user_version`.
package enum PostgreSQLSchema {
    static let baselineVersion = 6

    /// Versions 7 onward, in order.
    static let migrations: [String] = []

    /// The version a migrated catalog has: `CatalogSchema`'s (a test keeps them equal).
    package static var version: Int { baselineVersion + migrations.count }

    static let baseline = #"""
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
        """#

    /// A deterministic text of the schema: one line per table, column, constraint, index and function,
    /// ordered by bytes, from pg_catalog's own deparsers (no OIDs, owners or dump header).
    static let dump = #"""
        WITH rel AS (
          SELECT c.oid, c.relname FROM pg_class AS c
          WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
        ), line(key, text) AS (
          SELECT r.relname || ' 0', 'TABLE ' || r.relname FROM rel AS r
          UNION ALL
          SELECT r.relname || ' 1 ' || to_char(a.attnum, 'FM000'),
                 '  ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                 || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                         THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END
                 || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                 || CASE WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY'
                         WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END
                 || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
          FROM rel AS r JOIN pg_attribute AS a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_type AS t ON t.oid = a.atttypid
          LEFT JOIN pg_collation AS co ON co.oid = a.attcollation
          LEFT JOIN pg_attrdef AS d ON d.adrelid = r.oid AND d.adnum = a.attnum
          UNION ALL
          SELECT r.relname || ' 2 ' || k.conname,
                 '  CONSTRAINT ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
          FROM rel AS r JOIN pg_constraint AS k ON k.conrelid = r.oid AND k.contype <> 'n'
          UNION ALL
          SELECT r.relname || ' 3 ' || i.relname,
                 '  ' || regexp_replace(pg_get_indexdef(i.oid), ' ON [a-z_]+\.', ' ON ')
          FROM rel AS r JOIN pg_index AS x ON x.indrelid = r.oid JOIN pg_class AS i ON i.oid = x.indexrelid
          UNION ALL
          SELECT ' function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                 rtrim(regexp_replace(pg_get_functiondef(p.oid), 'FUNCTION [a-z_]+\.', 'FUNCTION '), E'\n')
          FROM pg_proc AS p WHERE p.pronamespace = current_schema()::regnamespace
        )
        SELECT text FROM line ORDER BY key COLLATE "C"
        """#

    /// Connects to the PostgreSQL catalog at `conninfo` and creates or upgrades its schema.
    /// - Throws: `CatalogError` `.openFailed`, `.newerSchema`, `.migrationFailed`.
    package static func migrate(conninfo: String) throws { try migrate(try connect(conninfo)) }

    /// Whether the database at `conninfo` holds a catalog (of any version).
    /// - Throws: `CatalogError` `.openFailed` when it cannot be reached.
    package static func isCreated(conninfo: String) throws -> Bool {
        do {
            return try connect(conninfo).firstRow("SELECT to_regclass('catalogVersion') IS NOT NULL") {
                $0.integer(0)
            } == 1
        } catch let error as PostgresError {
            throw CatalogError(error)
        }
    }

    /// The schema of the PostgreSQL catalog at `conninfo`, as `dump` prints it.
    package static func dumpSchema(conninfo: String) throws -> String {
        do {
            return try dumpSchema(try connect(conninfo))
        } catch let error as PostgresError {
            throw CatalogError(error)
        }
    }

    static func connect(_ conninfo: String) throws(CatalogError) -> PostgresConnection {
        do {
            return try PostgresConnection(conninfo: conninfo)
        } catch {
            throw CatalogError(error)
        }
    }

    /// Creates or upgrades the catalog's schema, under a transaction-level advisory lock so that two
    /// programs opening an old catalog migrate it once.
    /// - Throws: `CatalogError` `.newerSchema`, `.migrationFailed`.
    static func migrate(_ db: PostgresConnection) throws {
        do {
            try db.transaction {
                try db.execute(script: "SELECT pg_advisory_xact_lock(\(migrationLock))")
                let exists =
                    try db.firstRow("SELECT to_regclass('catalogVersion') IS NOT NULL") { $0.integer(0) } == 1
                let stored = exists ? try db.firstRow("SELECT version FROM catalogVersion") { $0.integer(0) } : nil
                let current = Int(stored.flatMap { $0 } ?? 0)
                guard current <= version else {
                    throw CatalogError(
                        .newerSchema,
                        "The catalog has schema version \(current), newer than this qcarchive (\(version)); "
                            + "use a newer qcarchive."
                    )
                }
                if current < baselineVersion {
                    try db.execute(script: baseline)
                    try db.execute("INSERT INTO catalogVersion (version) VALUES (?)", [baselineVersion])
                }
                for (offset, migration) in migrations.enumerated() where baselineVersion + offset >= current {
                    try db.execute(script: migration)
                    try db.execute("UPDATE catalogVersion SET version = ?", [baselineVersion + offset + 1])
                }
            }
        } catch let error as CatalogError {
            throw error
        } catch let error as PostgresError {
            throw CatalogError(
                .migrationFailed,
                "Could not migrate the catalog to schema version \(version).",
                underlying: error
            )
        }
    }

    /// The text `dump` gives for the catalog at `db`.
    static func dumpSchema(_ db: PostgresConnection) throws -> String {
        try db.rows(dump) { $0.text(0) ?? "" }.map { $0 + "\n" }.joined()
    }

    /// "qcarchiv" as a number: the advisory lock key of migrations (the archive lock has its own).
    static let migrationLock: Int64 = 0x7163_6172_6368_6976
}
