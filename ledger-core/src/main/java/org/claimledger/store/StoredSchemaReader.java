package org.claimledger.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Reads what an H2 file would make H2's SQL engine run or load when it opens the file, without that engine: the
 * file is opened with H2's MVStore (the page and chunk layer, which runs no SQL and loads no class named by the
 * file) read-only, and the two maps that matter are decoded by this class's own readers:
 * <ul>
 * <li>the schema table (map {@code table.0}): one row per schema object, holding the SQL the engine executes
 * to recreate it (tables, indexes, constraints, triggers, aliases, users, settings...);
 * <li>the data-type registry (map {@code _}): class names that the engine loads and instantiates by reflection.
 * </ul>
 * The readers accept exactly the encodings H2 writes for these maps and nothing else (no large objects, no
 * values of other types), so what is read here is what the engine would run. Every length is checked against
 * the bytes that are there before anything is allocated.
 */
final class StoredSchemaReader {
    static final String SCHEMA_MAP = "table.0";
    static final String TYPE_REGISTRY_MAP = "_";
    /** Data types with no state of their own that H2 registers for a ClaimLedger file's maps. */
    private static final Set<String> PLAIN_TYPES = Set.of("org.h2.mvstore.type.LongDataType",
            "org.h2.mvstore.type.ByteArrayDataType", "org.h2.mvstore.type.StringDataType",
            "org.h2.mvstore.db.NullValueDataType", "org.h2.mvstore.db.LobStorageMap$BlobReference$Type",
            "org.h2.mvstore.db.LobStorageMap$BlobMeta$Type");
    private static final String VERSIONED_TYPE = "org.h2.mvstore.tx.VersionedValueType$Factory";
    private static final String ROW_TYPE = "org.h2.mvstore.db.RowDataType$Factory";
    private static final String VALUE_TYPE = "org.h2.mvstore.db.ValueDataType$Factory";
    private static final int MAX_TYPE_NESTING = 4;
    /** More schema rows or registered types than any ledger has: the reading stops there. */
    static final int MAX_ROWS = 10_000;

    /** What was read: the schema rows, and the first registered data type class that is not one of H2's own. */
    record Contents(List<SchemaRecord> records, List<String> foreignTypes) {
    }

    /** The file's contents could not be decoded as H2 writes them (a damaged or crafted file). */
    static final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private StoredSchemaReader() {
    }

    /** Reads the file read-only; throws H2's MVStoreException when the storage itself cannot be opened or read. */
    static Contents read(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            List<SchemaRecord> records = new ArrayList<>();
            if (store.hasMap(SCHEMA_MAP)) {
                MVMap<Long, SchemaRecord[]> schema = store.openMap(SCHEMA_MAP,
                        new MVMap.Builder<Long, SchemaRecord[]>().keyType(new RowKeyType()).valueType(new SchemaRowType()));
                for (SchemaRecord[] versions : schema.values()) {
                    records.addAll(List.of(versions));
                    bound(records.size(), "schema rows");
                }
            }
            List<String> foreignTypes = new ArrayList<>();
            if (store.hasMap(TYPE_REGISTRY_MAP)) {
                MVMap<String, String> registry = store.openMap(TYPE_REGISTRY_MAP,
                        new MVMap.Builder<String, String>().keyType(new TextType()).valueType(new RegisteredType()));
                try {
                    int count = 0;
                    for (String ignored : registry.values()) {
                        bound(++count, "registered data types");
                    }
                } catch (ForeignTypeException e) {
                    foreignTypes.add(e.className());
                }
            }
            return new Contents(records, foreignTypes);
        } finally {
            store.close();
        }
    }

    private static void bound(int count, String what) {
        if (count > MAX_ROWS) {
            throw new UnreadableException("more than " + MAX_ROWS + " " + what);
        }
    }

    /** H2's string encoding (DataUtils.writeStringData), with the length checked against the bytes left. */
    static String readString(ByteBuffer buff, int length) {
        if (length < 0 || length > buff.remaining()) {
            throw new UnreadableException("a string of " + length + " characters where " + buff.remaining()
                    + " bytes are left");
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int x = buff.get() & 0xff;
            if (x < 0x80) {
                chars[i] = (char) x;
            } else if (x >= 0xe0) {
                chars[i] = (char) (((x & 0xf) << 12) + ((buff.get() & 0x3f) << 6) + (buff.get() & 0x3f));
            } else {
                chars[i] = (char) (((x & 0x1f) << 6) + (buff.get() & 0x3f));
            }
        }
        return new String(chars);
    }

    /** Reading only: nothing here is ever written, so the writing half of each type refuses. */
    abstract static class ReadOnlyType<T> extends BasicDataType<T> {
        @Override
        public int getMemory(T value) {
            return 64;
        }

        @Override
        public void write(WriteBuffer buff, T value) {
            throw new UnsupportedOperationException("read-only");
        }
    }

    /** The schema table's row keys: H2's LongDataType encoding. */
    private static final class RowKeyType extends ReadOnlyType<Long> {
        @Override
        public Long read(ByteBuffer buff) {
            return DataUtils.readVarLong(buff);
        }

        @Override
        public int compare(Long a, Long b) {
            return Long.compare(a, b);
        }

        @Override
        public Long[] createStorage(int size) {
            return new Long[size];
        }
    }

    /** The registry's keys: H2's StringDataType encoding. */
    private static final class TextType extends ReadOnlyType<String> {
        @Override
        public String read(ByteBuffer buff) {
            return readString(buff, DataUtils.readVarInt(buff));
        }

        @Override
        public int compare(String a, String b) {
            return a.compareTo(b);
        }

        @Override
        public String[] createStorage(int size) {
            return new String[size];
        }
    }

    /**
     * The schema table's values, as H2's VersionedValueType over a RowDataType of the four columns ID, HEAD,
     * TYPE (integers) and SQL (text). A committed row reads as one record; a row with an unfinished change reads
     * as its current and committed versions, each marked pending.
     */
    static final class SchemaRowType extends ReadOnlyType<SchemaRecord[]> {
        private static final int NULL = 0;
        private static final int INTEGER = 4;
        private static final int VARCHAR = 13;
        private static final int INT_0_15 = 32;
        private static final int INT_NEG = 66;
        private static final int VARCHAR_0_31 = 68;

        @Override
        public SchemaRecord[][] createStorage(int size) {
            return new SchemaRecord[size][];
        }

        @Override
        public void read(ByteBuffer buff, Object storage, int len) {
            SchemaRecord[][] rows = (SchemaRecord[][]) storage;
            boolean plain = buff.get() == 0;
            for (int i = 0; i < len; i++) {
                rows[i] = plain ? new SchemaRecord[] {row(buff, false)} : read(buff);
            }
        }

        @Override
        public SchemaRecord[] read(ByteBuffer buff) {
            long operation = DataUtils.readVarLong(buff);
            if (operation == 0) {
                return new SchemaRecord[] {row(buff, false)};
            }
            int flags = buff.get();
            List<SchemaRecord> versions = new ArrayList<>(2);
            if ((flags & 1) != 0) {
                versions.add(row(buff, true));
            }
            if ((flags & 2) != 0) {
                versions.add(row(buff, true));
            }
            if (versions.isEmpty()) {
                // A deletion not yet committed: nothing the engine would run, but still an unfinished change.
                versions.add(new SchemaRecord(-1, "", true));
            }
            return versions.toArray(new SchemaRecord[0]);
        }

        private static SchemaRecord row(ByteBuffer buff, boolean pending) {
            integer(buff, "ID");
            integer(buff, "HEAD");
            Integer type = integer(buff, "TYPE");
            String sql = text(buff);
            return new SchemaRecord(type == null ? -1 : type, sql, pending);
        }

        private static Integer integer(ByteBuffer buff, String column) {
            int tag = buff.get() & 0xff;
            if (tag == NULL) {
                return null;
            }
            if (tag >= INT_0_15 && tag < INT_0_15 + 16) {
                return tag - INT_0_15;
            }
            if (tag == INTEGER) {
                return DataUtils.readVarInt(buff);
            }
            if (tag == INT_NEG) {
                return -DataUtils.readVarInt(buff);
            }
            throw new UnreadableException("the schema table's " + column + " column holds a value of type " + tag
                    + " where H2 writes an integer");
        }

        private static String text(ByteBuffer buff) {
            int tag = buff.get() & 0xff;
            if (tag == VARCHAR) {
                return readString(buff, DataUtils.readVarInt(buff));
            }
            if (tag >= VARCHAR_0_31 && tag < VARCHAR_0_31 + 32) {
                return readString(buff, tag - VARCHAR_0_31);
            }
            throw new UnreadableException("the schema table's SQL column holds a value of type " + tag
                    + " where H2 writes text");
        }
    }

    /**
     * The registry's values, as H2's MetaType writes a data type: the class name, then that class's own state.
     * Reads when the type and every type nested in it is one of H2's own; otherwise throws, naming the class the
     * engine would load and instantiate by reflection (its state cannot be read past: its length is its own).
     */
    static final class RegisteredType extends ReadOnlyType<String> {
        @Override
        public String[] createStorage(int size) {
            return new String[size];
        }

        @Override
        public String read(ByteBuffer buff) {
            return type(buff, 0);
        }

        private static String type(ByteBuffer buff, int depth) {
            if (depth > MAX_TYPE_NESTING) {
                throw new UnreadableException("data types nested more than " + MAX_TYPE_NESTING + " deep");
            }
            String className = readString(buff, DataUtils.readVarInt(buff));
            switch (className) {
                case VERSIONED_TYPE:
                    type(buff, depth + 1);
                    return className;
                case ROW_TYPE:
                    DataUtils.readVarInt(buff);
                    intArray(buff);
                    intArray(buff);
                    buff.get();
                    return className;
                case VALUE_TYPE:
                    intArray(buff);
                    DataUtils.readVarInt(buff);
                    intArray(buff);
                    buff.get();
                    return className;
                default:
                    if (PLAIN_TYPES.contains(className)) {
                        return className;
                    }
                    throw new ForeignTypeException(className);
            }
        }

        private static void intArray(ByteBuffer buff) {
            int length = DataUtils.readVarInt(buff) - 1;
            if (length > buff.remaining()) {
                throw new UnreadableException("an array of " + length + " numbers where " + buff.remaining()
                        + " bytes are left");
            }
            for (int i = 0; i < length; i++) {
                DataUtils.readVarInt(buff);
            }
        }
    }

    /** A registered data type whose class is not one of H2's own: the engine would load it by name. */
    static final class ForeignTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String className;

        ForeignTypeException(String className) {
            super("data type class " + className);
            this.className = className;
        }

        String className() {
            return className;
        }
    }
}
