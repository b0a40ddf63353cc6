CREATE OR REPLACE FUNCTION json_extract(body text, path text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN (((body)::json ->> substr(path, 3)) COLLATE "C")
CREATE OR REPLACE FUNCTION unixepoch(t text)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE WHEN (t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\.[0-9]+)?Z$'::text) THEN ((((((make_date(CASE WHEN ((substr(t, 1, 4))::integer = 0) THEN '-1'::integer ELSE (substr(t, 1, 4))::integer END, (substr(t, 6, 2))::integer, (substr(t, 9, 2))::integer) - '1970-01-01'::date))::bigint * 86400) + ((substr(t, 12, 2))::bigint * 3600)) + ((substr(t, 15, 2))::bigint * 60)) + (substr(t, 18, 2))::bigint) ELSE NULL::bigint END
TABLE auditcertificate
  issuer text COLLATE "C" NOT NULL
  serial text COLLATE "C" NOT NULL
  subject text COLLATE "C" NOT NULL
  notbefore text COLLATE "C" NOT NULL
  notafter text COLLATE "C" NOT NULL
  der bytea NOT NULL
  sha256 text COLLATE "C" NOT NULL
  spkisha256 text COLLATE "C" NOT NULL
  issuerverified integer NOT NULL
  keyalgorithm text COLLATE "C" NOT NULL
  keybits integer NOT NULL
  policyoids text COLLATE "C" NOT NULL
  qcstatements text COLLATE "C"
  batchid text COLLATE "C" NOT NULL
  sourcefile text COLLATE "C" NOT NULL
  applicationid text COLLATE "C"
  policy text COLLATE "C"
  eventcount integer NOT NULL DEFAULT 0
  bundlecount integer NOT NULL DEFAULT 0
  CONSTRAINT auditcertificate_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT auditcertificate_pkey PRIMARY KEY (issuer, serial)
  CREATE INDEX auditcertificate_application ON auditcertificate USING btree (applicationid)
  CREATE INDEX auditcertificate_coverage ON auditcertificate USING btree (policy, eventcount, bundlecount)
  CREATE INDEX auditcertificate_origin ON auditcertificate USING btree (policy, issuer, serial, applicationid)
  CREATE UNIQUE INDEX auditcertificate_pkey ON auditcertificate USING btree (issuer, serial)
TABLE batch
  id text COLLATE "C" NOT NULL
  source text COLLATE "C"
  cutoff text COLLATE "C"
  droppath text COLLATE "C" NOT NULL
  dropdigest text COLLATE "C" NOT NULL
  startedat text COLLATE "C" NOT NULL
  sealedat text COLLATE "C"
  sealorder integer
  state text COLLATE "C" NOT NULL
  CONSTRAINT batch_pkey PRIMARY KEY (id)
  CONSTRAINT batch_sealorder_key UNIQUE (sealorder)
  CONSTRAINT batch_state_check CHECK ((state = ANY (ARRAY['importing'::text, 'imported'::text, 'sealed'::text])))
  CREATE INDEX batch_dropdigest ON batch USING btree (dropdigest)
  CREATE UNIQUE INDEX batch_pkey ON batch USING btree (id)
  CREATE UNIQUE INDEX batch_sealorder_key ON batch USING btree (sealorder)
TABLE bundle
  issuer text COLLATE "C" NOT NULL
  serial text COLLATE "C" NOT NULL
  version integer NOT NULL
  path text COLLATE "C" NOT NULL
  tagmanifestsha256 text COLLATE "C" NOT NULL
  batchid text COLLATE "C" NOT NULL
  CONSTRAINT bundle_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT bundle_path_key UNIQUE (path)
  CONSTRAINT bundle_pkey PRIMARY KEY (issuer, serial, version)
  CREATE INDEX bundle_batch ON bundle USING btree (batchid)
  CREATE UNIQUE INDEX bundle_path_key ON bundle USING btree (path)
  CREATE UNIQUE INDEX bundle_pkey ON bundle USING btree (issuer, serial, version)
TABLE cacertificate
  sha256 text COLLATE "C" NOT NULL
  subject text COLLATE "C" NOT NULL
  der bytea NOT NULL
  batchid text COLLATE "C" NOT NULL
  CONSTRAINT cacertificate_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT cacertificate_pkey PRIMARY KEY (sha256)
  CREATE UNIQUE INDEX cacertificate_pkey ON cacertificate USING btree (sha256)
  CREATE INDEX cacertificate_subject ON cacertificate USING btree (subject)
TABLE catalogversion
  one boolean NOT NULL DEFAULT true
  version integer NOT NULL
  CONSTRAINT catalogversion_one_check CHECK (one)
  CONSTRAINT catalogversion_pkey PRIMARY KEY (one)
  CREATE UNIQUE INDEX catalogversion_pkey ON catalogversion USING btree (one)
TABLE crl
  sha256 text COLLATE "C" NOT NULL
  issuer text COLLATE "C" NOT NULL
  crlnumber text COLLATE "C"
  thisupdate text COLLATE "C" NOT NULL
  nextupdate text COLLATE "C"
  filename text COLLATE "C" NOT NULL
  batchid text COLLATE "C" NOT NULL
  scope text COLLATE "C"
  seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY
  CONSTRAINT crl_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT crl_pkey PRIMARY KEY (sha256)
  CREATE INDEX crl_filename ON crl USING btree (filename, seq)
  CREATE UNIQUE INDEX crl_pkey ON crl USING btree (sha256)
TABLE crlentry
  crlsha256 text COLLATE "C" NOT NULL
  issuer text COLLATE "C" NOT NULL
  serial text COLLATE "C" NOT NULL
  revokedat text COLLATE "C" NOT NULL
  reason text COLLATE "C"
  CONSTRAINT crlentry_crlsha256_fkey FOREIGN KEY (crlsha256) REFERENCES crl(sha256)
  CONSTRAINT crlentry_pkey PRIMARY KEY (crlsha256, serial)
  CREATE INDEX crlentry_certificate ON crlentry USING btree (issuer, serial)
  CREATE UNIQUE INDEX crlentry_pkey ON crlentry USING btree (crlsha256, serial)
TABLE crlpublication
  crlfile text COLLATE "C" NOT NULL
  crlsha256 text COLLATE "C"
  publishedat text COLLATE "C" NOT NULL
  publishedatms bigint NOT NULL
  distributionpoint text COLLATE "C" NOT NULL
  batchid text COLLATE "C" NOT NULL
  file text COLLATE "C" NOT NULL
  line integer NOT NULL
  CONSTRAINT crlpublication_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT crlpublication_crlfile_publishedatms_distributionpoint_key UNIQUE (crlfile, publishedatms, distributionpoint)
  CREATE INDEX crlpublication_crl ON crlpublication USING btree (crlsha256)
  CREATE UNIQUE INDEX crlpublication_crlfile_publishedatms_distributionpoint_key ON crlpublication USING btree (crlfile, publishedatms, distributionpoint)
TABLE document
  id text COLLATE "C" NOT NULL
  kind text COLLATE "C" NOT NULL
  version text COLLATE "C" NOT NULL
  effectivefrom text COLLATE "C" NOT NULL
  effectivefromms bigint NOT NULL
  effectiveto text COLLATE "C"
  effectivetoms bigint
  policies text COLLATE "C" NOT NULL
  file text COLLATE "C" NOT NULL
  sha256 text COLLATE "C" NOT NULL
  contentsha256 text COLLATE "C" NOT NULL
  batchid text COLLATE "C" NOT NULL
  sourcefile text COLLATE "C" NOT NULL
  CONSTRAINT document_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT document_pkey PRIMARY KEY (id)
  CREATE INDEX document_kind ON document USING btree (kind, effectivefromms)
  CREATE UNIQUE INDEX document_pkey ON document USING btree (id)
TABLE documentuse
  documentid text COLLATE "C" NOT NULL
  timems bigint NOT NULL
  eventid text COLLATE "C" NOT NULL
  field integer NOT NULL
  type text COLLATE "C" NOT NULL
  time text COLLATE "C" NOT NULL
  applicationid text COLLATE "C"
  certissuer text COLLATE "C"
  certserial text COLLATE "C"
  firstissuer text COLLATE "C"
  firstserial text COLLATE "C"
  CONSTRAINT documentuse_pkey PRIMARY KEY (documentid, timems, eventid, field)
  CREATE INDEX documentuse_application ON documentuse USING btree (applicationid) WHERE (certissuer IS NULL)
  CREATE UNIQUE INDEX documentuse_pkey ON documentuse USING btree (documentid, timems, eventid, field)
TABLE dropfile
  batchid text COLLATE "C" NOT NULL
  path text COLLATE "C" NOT NULL
  sha256 text COLLATE "C" NOT NULL
  size bigint NOT NULL
  kind text COLLATE "C" NOT NULL
  CONSTRAINT dropfile_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT dropfile_pkey PRIMARY KEY (batchid, path)
  CREATE UNIQUE INDEX dropfile_pkey ON dropfile USING btree (batchid, path)
TABLE event
  id text COLLATE "C" NOT NULL
  type text COLLATE "C" NOT NULL
  time text COLLATE "C" NOT NULL
  timems bigint NOT NULL
  applicationid text COLLATE "C"
  certissuer text COLLATE "C"
  certserial text COLLATE "C"
  predissuer text COLLATE "C"
  predserial text COLLATE "C"
  contentsha256 text COLLATE "C" NOT NULL
  body text COLLATE "C" NOT NULL
  batchid text COLLATE "C" NOT NULL
  file text COLLATE "C" NOT NULL
  line integer NOT NULL
  seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY
  CONSTRAINT event_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT event_pkey PRIMARY KEY (id)
  CREATE INDEX event_application ON event USING btree (applicationid, certissuer)
  CREATE INDEX event_applicationcertificate ON event USING btree (applicationid, timems, seq) WHERE (certissuer IS NOT NULL)
  CREATE INDEX event_batch ON event USING btree (batchid)
  CREATE INDEX event_certificate ON event USING btree (certissuer, certserial)
  CREATE UNIQUE INDEX event_pkey ON event USING btree (id)
  CREATE INDEX event_predecessor ON event USING btree (predissuer, predserial)
  CREATE INDEX event_qscdcertification ON event USING btree (json_extract(body, '$.certification_id'::text)) WHERE (type = 'qscd_verification'::text)
  CREATE INDEX event_type ON event USING btree (type, timems)
TABLE exceptionversion
  entryid text COLLATE "C" NOT NULL
  version integer NOT NULL
  change text COLLATE "C" NOT NULL
  changedat text COLLATE "C" NOT NULL
  body text COLLATE "C" NOT NULL
  entrysha256 text COLLATE "C" NOT NULL
  seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY
  CONSTRAINT exceptionversion_pkey PRIMARY KEY (entryid, version)
  CREATE INDEX exceptionversion_content ON exceptionversion USING btree (entrysha256, change)
  CREATE UNIQUE INDEX exceptionversion_pkey ON exceptionversion USING btree (entryid, version)
TABLE finding
  rule text COLLATE "C" NOT NULL
  issuer text COLLATE "C" NOT NULL
  serial text COLLATE "C" NOT NULL
  applicationid text COLLATE "C" NOT NULL
  findingkey text COLLATE "C" NOT NULL
  policy text COLLATE "C"
  severity text COLLATE "C" NOT NULL
  message text COLLATE "C" NOT NULL
  evidence text COLLATE "C" NOT NULL
  observedat text COLLATE "C" NOT NULL
  observedatms bigint NOT NULL
  batchid text COLLATE "C" NOT NULL
  state text COLLATE "C" NOT NULL DEFAULT 'open'::text
  resolvedbybatch text COLLATE "C"
  CONSTRAINT finding_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT finding_pkey PRIMARY KEY (rule, issuer, serial, applicationid, findingkey)
  CONSTRAINT finding_resolvedbybatch_fkey FOREIGN KEY (resolvedbybatch) REFERENCES batch(id)
  CREATE INDEX finding_batch ON finding USING btree (batchid)
  CREATE INDEX finding_certificate ON finding USING btree (issuer, serial)
  CREATE UNIQUE INDEX finding_pkey ON finding USING btree (rule, issuer, serial, applicationid, findingkey)
  CREATE INDEX finding_resolvedbybatch ON finding USING btree (resolvedbybatch) WHERE (resolvedbybatch IS NOT NULL)
TABLE ocspanswer
  issuer text COLLATE "C" NOT NULL
  serial text COLLATE "C" NOT NULL
  producedat text COLLATE "C" NOT NULL
  producedatms bigint NOT NULL
  status text COLLATE "C" NOT NULL
  revocationtime text COLLATE "C"
  revocationreason text COLLATE "C"
  responder text COLLATE "C" NOT NULL
  batchid text COLLATE "C" NOT NULL
  file text COLLATE "C" NOT NULL
  line integer
  CONSTRAINT ocspanswer_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT ocspanswer_issuer_serial_producedatms_status_responder_key UNIQUE (issuer, serial, producedatms, status, responder)
  CREATE INDEX ocspanswer_batch ON ocspanswer USING btree (batchid, status)
  CREATE UNIQUE INDEX ocspanswer_issuer_serial_producedatms_status_responder_key ON ocspanswer USING btree (issuer, serial, producedatms, status, responder)
TABLE qscdcertification
  certificationid text COLLATE "C" NOT NULL
  model text COLLATE "C" NOT NULL
  status text COLLATE "C" NOT NULL
  fromtime text COLLATE "C" NOT NULL
  fromms bigint NOT NULL
  totime text COLLATE "C"
  toms bigint
  batchid text COLLATE "C" NOT NULL
  file text COLLATE "C" NOT NULL
  line integer NOT NULL
  CONSTRAINT qscdcertification_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT qscdcertification_certificationid_status_fromms_key UNIQUE (certificationid, status, fromms)
  CREATE UNIQUE INDEX qscdcertification_certificationid_status_fromms_key ON qscdcertification USING btree (certificationid, status, fromms)
TABLE reject
  batchid text COLLATE "C" NOT NULL
  file text COLLATE "C" NOT NULL
  line integer
  reasonclass text COLLATE "C" NOT NULL
  message text COLLATE "C" NOT NULL
  CONSTRAINT reject_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CREATE INDEX reject_batch ON reject USING btree (batchid)
TABLE touched
  batchid text COLLATE "C" NOT NULL
  issuer text COLLATE "C" NOT NULL
  serial text COLLATE "C" NOT NULL
  CONSTRAINT touched_batchid_fkey FOREIGN KEY (batchid) REFERENCES batch(id)
  CONSTRAINT touched_pkey PRIMARY KEY (batchid, issuer, serial)
  CREATE INDEX touched_certificate ON touched USING btree (issuer, serial)
  CREATE UNIQUE INDEX touched_pkey ON touched USING btree (batchid, issuer, serial)
