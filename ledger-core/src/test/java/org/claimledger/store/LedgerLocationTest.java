package org.claimledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A ledger location never carries settings to a JDBC driver: what could, is refused before anything opens. */
class LedgerLocationTest {
    private static final Path HERE = Path.of("/work/newsroom");

    private static String refusal(String typed) {
        LedgerException refused = assertThrows(LedgerException.class, () -> LedgerLocation.parse(typed, HERE));
        assertEquals(Failure.BAD_LOCATION, refused.failure(), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        return refused.getMessage();
    }

    @Test
    void plainPath_becomesAnH2FileUrl_withNothingAfterIt() throws LedgerException {
        LedgerLocation location = LedgerLocation.parse("ledgers/news.mv.db", HERE);
        assertEquals("jdbc:h2:file:/work/newsroom/ledgers/news", location.jdbcUrl());
        assertEquals(Path.of("/work/newsroom/ledgers/news.mv.db"), location.h2File());
        assertEquals("ledgers/news.mv.db", location.display());
    }

    @Test
    void pathWithASemicolon_theIssuesAttack_isRefused() {
        String message = refusal("semi;INIT=RUNSCRIPT FROM 'evil.sql'");
        assertTrue(message.contains("cannot contain ';'"), message);
        assertTrue(message.contains("'semi;INIT=RUNSCRIPT FROM 'evil.sql''"), message);
    }

    @Test
    void workingDirectoryWithASemicolon_isRefusedToo() {
        LedgerException refused = assertThrows(LedgerException.class,
                () -> LedgerLocation.parse("news", Path.of("/tmp/x;INIT=RUNSCRIPT FROM 'evil.sql'")));
        assertEquals(Failure.BAD_LOCATION, refused.failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"news\n", "ne\u0000ws", "new\u001bs", " "})
    void controlCharactersAndBlankPaths_areRefused(String typed) {
        refusal(typed);
    }

    @Test
    void h2Url_namesAFile_andKeepsOnlyHarmlessSettings() throws LedgerException {
        LedgerLocation location = LedgerLocation.parse("jdbc:h2:file:/data/news;ifexists=true;ACCESS_MODE_DATA=r", HERE);
        assertTrue(location.isEmbedded());
        assertEquals("jdbc:h2:file:/data/news;IFEXISTS=TRUE;ACCESS_MODE_DATA=r", location.jdbcUrl());
        assertEquals(Path.of("/data/news.mv.db"), location.h2File());
        assertEquals("jdbc:h2:file:/work/newsroom/news", LedgerLocation.parse("jdbc:h2:news", HERE).jdbcUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:h2:file:/data/news;INIT=RUNSCRIPT FROM 'evil.sql'",
        "jdbc:h2:/data/news;init=CREATE ALIAS X FOR 'java.lang.Runtime.getRuntime'",
        "jdbc:h2:file:/data/news;TRACE_LEVEL_FILE=4",
        "jdbc:h2:file:/data/news;AUTO_SERVER=TRUE",
        "jdbc:h2:file:/data/news;DATABASE_EVENT_LISTENER='com.evil.Listener'",
        "jdbc:h2:file:/data/news;JAVA_OBJECT_SERIALIZER='com.evil.Serializer'",
        "jdbc:h2:file:/data/news;CACHE_SIZE=1000",
        "jdbc:h2:file:/data/news;ACCESS_MODE_DATA=rw",
        "jdbc:h2:file:/data/news;IFEXISTS=FALSE",
        "jdbc:h2:file:/data/news;USER=sa"})
    void h2UrlSettings_thatRunLoadOpenOrWrite_areRefused(String url) {
        String message = refusal(url);
        assertTrue(message.contains("is not allowed"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:news", "jdbc:h2:tcp://evil.example/news", "jdbc:h2:ssl://evil.example/news",
        "jdbc:h2:zip:/data/news.zip!/news", "jdbc:h2:split:/data/news", "jdbc:h2:file:~/news", "jdbc:h2:file:"})
    void h2Urls_thatAreNotAPlainFile_areRefused(String url) {
        refusal(url);
    }

    @Test
    void postgresqlUrl_withConnectionParameters_isKept() throws LedgerException {
        String url = "jdbc:postgresql://db1.example:5432,db2.example/claims?sslmode=verify-full&sslrootcert=/etc/ca.pem"
                + "&connectTimeout=5";
        LedgerLocation location = LedgerLocation.parse(url, HERE);
        assertFalse(location.isEmbedded());
        assertEquals(url, location.jdbcUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"socketFactory=com.evil.Factory", "socketFactoryArg=x", "sslfactory=com.evil.Ssl",
        "sslfactoryarg=x", "sslhostnameverifier=com.evil.Verifier", "sslpasswordcallback=com.evil.Callback",
        "authenticationPluginClassName=com.evil.Auth", "loggerFile=/tmp/pwned.log", "loggerLevel=TRACE",
        "xmlFactoryFactory=com.evil.Xml", "options=-c%20search_path=evil", "SocketFactory=com.evil.Factory"})
    void postgresqlParameters_thatLoadClassesOrWriteFiles_areRefused(String parameter) {
        String message = refusal("jdbc:postgresql://localhost/claims?sslmode=require&" + parameter);
        assertTrue(message.contains("is not allowed"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql:claims", "jdbc:postgresql://local host/claims",
        "jdbc:postgresql://localhost/claims;x=1", "jdbc:postgresql://localhost/", "jdbc:sqlite:/data/news.db",
        "jdbc:derby:news;create=true", "JDBC:H2:mem:x"})
    void otherUrls_areRefused(String url) {
        refusal(url);
    }
}
