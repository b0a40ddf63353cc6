"""A few lines of libpq through ctypes: the calls the Swift wrapper would make (PQconnectdb,
PQexecParams with text parameters, bytea as a binary parameter, SQLSTATE from PQresultErrorField).
Used by parity.py; no psycopg needed."""
import re
import ctypes

lib = ctypes.CDLL("libpq.so.5")
lib.PQconnectdb.restype = ctypes.c_void_p
lib.PQconnectdb.argtypes = [ctypes.c_char_p]
lib.PQstatus.argtypes = [ctypes.c_void_p]
lib.PQerrorMessage.restype = ctypes.c_char_p
lib.PQerrorMessage.argtypes = [ctypes.c_void_p]
lib.PQfinish.argtypes = [ctypes.c_void_p]
lib.PQexecParams.restype = ctypes.c_void_p
lib.PQexecParams.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p,
                             ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_int),
                             ctypes.POINTER(ctypes.c_int), ctypes.c_int]
lib.PQexec.restype = ctypes.c_void_p
lib.PQexec.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
lib.PQresultStatus.argtypes = [ctypes.c_void_p]
lib.PQresultErrorField.restype = ctypes.c_char_p
lib.PQresultErrorField.argtypes = [ctypes.c_void_p, ctypes.c_int]
lib.PQresultErrorMessage.restype = ctypes.c_char_p
lib.PQresultErrorMessage.argtypes = [ctypes.c_void_p]
for f in ("PQntuples", "PQnfields"):
    getattr(lib, f).argtypes = [ctypes.c_void_p]
lib.PQgetvalue.restype = ctypes.c_void_p
lib.PQgetvalue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
lib.PQgetlength.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
lib.PQgetisnull.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
lib.PQftype.restype = ctypes.c_uint
lib.PQftype.argtypes = [ctypes.c_void_p, ctypes.c_int]
lib.PQcmdTuples.restype = ctypes.c_char_p
lib.PQcmdTuples.argtypes = [ctypes.c_void_p]
lib.PQclear.argtypes = [ctypes.c_void_p]

PGRES_COMMAND_OK, PGRES_TUPLES_OK = 1, 2
BYTEA_OID = 17


class PGError(Exception):
    def __init__(self, sqlstate, message):
        super().__init__(f"{sqlstate}: {message}")
        self.sqlstate = sqlstate


class Connection:
    def __init__(self, conninfo):
        self.conn = lib.PQconnectdb(conninfo.encode())
        if lib.PQstatus(self.conn) != 0:
            raise PGError("08001", lib.PQerrorMessage(self.conn).decode())

    def close(self):
        lib.PQfinish(self.conn)

    def script(self, sql):
        res = lib.PQexec(self.conn, sql.encode())
        self._check(res)
        lib.PQclear(res)

    def _check(self, res):
        status = lib.PQresultStatus(res)
        if status not in (PGRES_COMMAND_OK, PGRES_TUPLES_OK):
            state = (lib.PQresultErrorField(res, ord("C")) or b"?????").decode()
            message = (lib.PQresultErrorMessage(res) or b"").decode().strip()
            lib.PQclear(res)
            raise PGError(state, message)

    def execute(self, sql, params=()):
        """Returns (rows, changed): rows as tuples of str/bytes/None (text results, bytea decoded)."""
        n = len(params)
        values = (ctypes.c_char_p * max(n, 1))()
        lengths = (ctypes.c_int * max(n, 1))()
        formats = (ctypes.c_int * max(n, 1))()
        keep = []
        for i, p in enumerate(params):
            if p is None:
                values[i] = None
            elif isinstance(p, (bytes, bytearray)):
                buf = ctypes.create_string_buffer(bytes(p), len(p))
                keep.append(buf)
                values[i] = ctypes.cast(buf, ctypes.c_char_p)
                lengths[i] = len(p)
                formats[i] = 1  # binary: no escaping of DER
            else:
                if isinstance(p, bool):
                    p = "1" if p else "0"  # the columns are 0/1 integers, as SQLiteBindable binds Bool
                values[i] = str(p).encode()
        res = lib.PQexecParams(self.conn, sql.encode(), n, None, values, lengths, formats, 0)
        self._check(res)
        rows = []
        nf = lib.PQnfields(res)
        types = [lib.PQftype(res, j) for j in range(nf)]
        for r in range(lib.PQntuples(res)):
            row = []
            for j in range(nf):
                if lib.PQgetisnull(res, r, j):
                    row.append(None)
                    continue
                raw = ctypes.string_at(lib.PQgetvalue(res, r, j), lib.PQgetlength(res, r, j))
                row.append(bytes.fromhex(raw[2:].decode()) if types[j] == BYTEA_OID else raw.decode())
            rows.append(tuple(row))
        changed = lib.PQcmdTuples(res).decode()
        lib.PQclear(res)
        return rows, int(changed) if changed else 0


def text_array(items):
    """A text[] literal for = ANY($n::text[]): every element quoted, \\ and " escaped."""
    return "{" + ",".join('"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"' for s in items) + "}"


def dollar(sql):
    """SQLite's numbering: ?N is N; a bare ? is one more than the largest number so far."""
    out, top, i = [], 0, 0
    for m in re.finditer(r"'(?:[^']|'')*'|\?(\d*)", sql):
        out.append(sql[i:m.start()])
        tok = m.group(0)
        if tok.startswith("'"):
            out.append(tok)
        else:
            n = int(m.group(1)) if m.group(1) else top + 1
            top = max(top, n)
            out.append(f"${n}")
        i = m.end()
    out.append(sql[i:])
    return "".join(out)
