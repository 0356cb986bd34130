package org.claimledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The two decoders on bytes written the way H2 writes them, and on bytes H2 never writes: a class the engine would
 * load by name, a schema value that is not plain text, a length past the end.
 */
class StoredSchemaReaderTest {
    private static WriteBuffer className(WriteBuffer buff, String name) {
        return buff.putVarInt(name.length()).putStringData(name, name.length());
    }

    private static ByteBuffer bytes(WriteBuffer buff) {
        ByteBuffer written = buff.getBuffer();
        written.flip();
        return written;
    }

    @Test
    void registry_readsH2sOwnTypes_exactlyToTheirEnd() {
        WriteBuffer buff = new WriteBuffer();
        className(buff, "org.h2.mvstore.tx.VersionedValueType$Factory");
        className(buff, "org.h2.mvstore.db.RowDataType$Factory").putVarInt(4).putVarInt(0).putVarInt(3).putVarInt(1)
                .putVarInt(2).put((byte) 0);
        className(buff, "org.h2.mvstore.type.LongDataType");
        ByteBuffer read = bytes(buff);
        StoredSchemaReader.RegisteredType type = new StoredSchemaReader.RegisteredType();
        assertEquals("org.h2.mvstore.tx.VersionedValueType$Factory", type.read(read));
        assertEquals("org.h2.mvstore.type.LongDataType", type.read(read));
        assertFalse(read.hasRemaining());
    }

    @Test
    void registry_refusesAClassH2WouldLoadByName_evenNestedInOneOfItsOwn() {
        WriteBuffer buff = new WriteBuffer();
        className(buff, "org.h2.mvstore.tx.VersionedValueType$Factory");
        className(buff, "com.example.Gadget");
        StoredSchemaReader.ForeignTypeException foreign = assertThrows(StoredSchemaReader.ForeignTypeException.class,
                () -> new StoredSchemaReader.RegisteredType().read(bytes(buff)));
        assertEquals("com.example.Gadget", foreign.className());
    }

    @Test
    void schemaRow_readsTypeAndSql_andRefusesAnythingButIntegersAndText() {
        WriteBuffer row = new WriteBuffer().put((byte) 0); // the plain layout: no unfinished change
        row.put((byte) (32 + 7)).put((byte) (32 + 0)).put((byte) (32 + 4)); // ID 7, HEAD 0, TYPE 4 (trigger)
        String sql = "CREATE TRIGGER \"PUBLIC\".\"EVIL\" BEFORE SELECT ON \"PUBLIC\".\"CL_ENTRIES\" AS '...'";
        row.put((byte) 13).putVarInt(sql.length()).putStringData(sql, sql.length());
        SchemaRecord[][] rows = new SchemaRecord[1][];
        new StoredSchemaReader.SchemaRowType().read(bytes(row), rows, 1);
        assertArrayEquals(new SchemaRecord[] {new SchemaRecord(4, sql, false)}, rows[0]);

        WriteBuffer lob = new WriteBuffer().put((byte) 0).put((byte) 39).put((byte) 32).put((byte) 36).put((byte) 16);
        StoredSchemaReader.UnreadableException notText = assertThrows(StoredSchemaReader.UnreadableException.class,
                () -> new StoredSchemaReader.SchemaRowType().read(bytes(lob), new SchemaRecord[1][], 1));
        assertTrue(notText.getMessage().contains("SQL column holds a value of type 16"), notText.getMessage());
    }

    @Test
    void schemaRow_withAnUnfinishedChange_readsBothVersionsAsPending() {
        WriteBuffer row = new WriteBuffer().put((byte) 1).putVarLong(42).put((byte) 3);
        for (String sql : new String[] {"CREATE ALIAS X FOR 'a.B.c'", "SET WRITE_DELAY 0"}) {
            // Texts under 32 characters are written with their length in the tag (68 + length).
            row.put((byte) 33).put((byte) 32).put((byte) 38).put((byte) (68 + sql.length())).putStringData(sql, sql.length());
        }
        SchemaRecord[][] rows = new SchemaRecord[1][];
        new StoredSchemaReader.SchemaRowType().read(bytes(row), rows, 1);
        assertArrayEquals(new SchemaRecord[] {new SchemaRecord(6, "CREATE ALIAS X FOR 'a.B.c'", true),
                new SchemaRecord(6, "SET WRITE_DELAY 0", true)}, rows[0]);
    }

    @Test
    void lengthsPastTheEnd_areRefusedBeforeAnythingIsAllocated() {
        ByteBuffer huge = bytes(new WriteBuffer().putVarInt(Integer.MAX_VALUE));
        assertThrows(StoredSchemaReader.UnreadableException.class,
                () -> StoredSchemaReader.readString(huge, org.h2.mvstore.DataUtils.readVarInt(huge)));
    }
}
