package org.claimledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/**
 * Where a ledger lives: an embedded H2 file (the default: a path such as "claims" or "claims.mv.db", or a
 * {@code jdbc:h2:file:} URL) or a PostgreSQL database ({@code jdbc:postgresql://host/claims}).
 *
 * <p>What the user typed never reaches a JDBC driver unchecked: a driver reads settings out of its URL, and some
 * settings run scripts or load classes ({@code ;INIT=RUNSCRIPT FROM 'x.sql'} in H2, {@code socketFactory=} in
 * PostgreSQL's driver). So a path is only a path (no ';', which H2 reads as the start of settings, and no
 * control characters), an H2 URL may name only a file and carry only {@link #H2_SETTINGS}, a PostgreSQL URL
 * only {@link #POSTGRESQL_PARAMETERS}, and no other kind of URL is accepted.
 */
public final class LedgerLocation {
    private static final String H2_SUFFIX = ".mv.db";
    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    /** The settings a jdbc:h2: ledger URL may carry, with the values allowed: none loads code or writes anything. */
    static final Map<String, Set<String>> H2_SETTINGS = Map.of("IFEXISTS", Set.of("TRUE"),
            "ACCESS_MODE_DATA", Set.of("r"));
    /**
     * The parameters a jdbc:postgresql: ledger URL may carry: where and how to connect, TLS with the auditor's
     * certificate files, time limits. Refused with everything else: the driver's class-loading parameters
     * (socketFactory, sslfactory, sslhostnameverifier, sslpasswordcallback, authenticationPluginClassName,
     * xmlFactoryFactory...), its log file (loggerFile), and server options.
     */
    static final Set<String> POSTGRESQL_PARAMETERS = Set.of("user", "password", "ssl", "sslmode", "sslrootcert",
            "sslcert", "sslkey", "sslpassword", "connectTimeout", "socketTimeout", "loginTimeout", "ApplicationName",
            "targetServerType", "tcpKeepAlive", "currentSchema", "gssEncMode");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_.$-]{1,63}");
    private static final Pattern PARAMETER_VALUE = Pattern.compile("[^\\p{Cntrl}]{0,1000}");

    private final String display;
    private final String jdbcUrl;
    private final Path h2File;

    private LedgerLocation(String display, String jdbcUrl, Path h2File) {
        this.display = display;
        this.jdbcUrl = jdbcUrl;
        this.h2File = h2File;
    }

    /**
     * A ledger location as a user typed it (--ledger or CLAIMLEDGER_LEDGER): a path, resolved against the working
     * directory, or a JDBC URL. Refuses (BAD_LOCATION) anything that would carry settings to the driver.
     */
    public static LedgerLocation parse(String typed, Path workingDirectory) throws LedgerException {
        if (typed.isBlank()) {
            throw refused(typed, "the ledger path is empty");
        }
        if (typed.regionMatches(true, 0, "jdbc:", 0, 5)) {
            if (typed.startsWith(H2_PREFIX)) {
                return h2Url(typed, workingDirectory);
            }
            if (typed.startsWith(POSTGRESQL_PREFIX)) {
                return postgresqlUrl(typed);
            }
            throw refused(typed, "only embedded H2 files (a path, or jdbc:h2:file:PATH) and PostgreSQL "
                    + "(jdbc:postgresql://HOST/DATABASE) are supported");
        }
        requirePlainPath(typed, typed);
        return embedded(typed, workingDirectory.resolve(typed), "");
    }

    /** For code and tests that hold a location they made themselves: refuses what {@link #parse} refuses. */
    public static LedgerLocation of(String value) {
        try {
            return parse(value, Path.of("").toAbsolutePath());
        } catch (LedgerException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static LedgerLocation h2Url(String url, Path workingDirectory) throws LedgerException {
        String rest = url.substring(H2_PREFIX.length());
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (SCHEME.matcher(name).matches()) {
            throw refused(url, "a jdbc:h2: ledger URL names a file (jdbc:h2:file:PATH); in-memory, server and other "
                    + "H2 databases are not ledgers ClaimLedger opens");
        }
        if (name.isBlank() || name.startsWith("~")) {
            throw refused(url, "write the file's path out in full after jdbc:h2:file:");
        }
        requirePlainPath(url, name);
        StringBuilder settings = new StringBuilder();
        for (String setting : semicolon < 0 ? new String[0] : rest.substring(semicolon + 1).split(";", -1)) {
            if (setting.isEmpty()) {
                continue;
            }
            int equals = setting.indexOf('=');
            String key = (equals < 0 ? setting : setting.substring(0, equals)).trim().toUpperCase(Locale.ROOT);
            String value = equals < 0 ? "" : setting.substring(equals + 1).trim();
            if (key.equals("IFEXISTS")) {
                value = value.toUpperCase(Locale.ROOT);
            }
            Set<String> allowed = H2_SETTINGS.get(key);
            if (allowed == null || !allowed.contains(value)) {
                throw refused(url, "the setting " + quoted(equals < 0 ? setting : setting.substring(0, equals))
                        + " is not allowed: a ledger URL may carry only IFEXISTS=TRUE and ACCESS_MODE_DATA=r (settings "
                        + "that run scripts, load classes, open servers or write files are refused)");
            }
            settings.append(';').append(key).append('=').append(value);
        }
        return embedded(url, workingDirectory.resolve(name), settings.toString());
    }

    private static LedgerLocation postgresqlUrl(String url) throws LedgerException {
        String rest = url.substring(POSTGRESQL_PREFIX.length());
        int question = rest.indexOf('?');
        String server = question < 0 ? rest : rest.substring(0, question);
        if (!server.startsWith("//")) {
            throw refused(url, "write a PostgreSQL ledger as jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        int slash = server.indexOf('/', 2);
        String hosts = slash < 0 ? server.substring(2) : server.substring(2, slash);
        String database = slash < 0 ? "" : server.substring(slash + 1);
        for (String host : hosts.split(",", -1)) {
            if (!HOST.matcher(host).matches()) {
                throw refused(url, "the host " + quoted(host) + " is not a host name or address with an optional port");
            }
        }
        if (!DATABASE.matcher(database).matches()) {
            throw refused(url, "the database name " + quoted(database)
                    + " must be letters, digits, '_', '.', '$' or '-' (a PostgreSQL ledger is jdbc:postgresql://HOST/DATABASE)");
        }
        for (String parameter : question < 0 ? new String[0] : rest.substring(question + 1).split("&", -1)) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String key = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!POSTGRESQL_PARAMETERS.contains(key)) {
                throw refused(url, "the parameter " + quoted(key) + " is not allowed: a ledger URL may carry only "
                        + String.join(", ", POSTGRESQL_PARAMETERS.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList())
                        + " (parameters that load classes or write files are refused)");
            }
            if (!PARAMETER_VALUE.matcher(equals < 0 ? "" : parameter.substring(equals + 1)).matches()) {
                throw refused(url, "the value of " + key + " is longer than 1000 characters or holds control characters");
            }
        }
        return new LedgerLocation(url, url, null);
    }

    /** The whole resolved path is checked, the working directory included: it is spliced into the URL too. */
    private static void requirePlainPath(String typed, String path) throws LedgerException {
        if (path.indexOf(';') >= 0) {
            throw refused(typed, "a ledger path cannot contain ';', which H2 would read as the start of settings: "
                    + "rename the file");
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                throw refused(typed, "a ledger path cannot contain control characters (found U+"
                        + String.format(Locale.ROOT, "%04X", (int) path.charAt(i)) + ")");
            }
        }
    }

    private static LedgerLocation embedded(String display, Path typed, String settings) throws LedgerException {
        Path path = typed.toAbsolutePath().normalize();
        requirePlainPath(display, path.toString());
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        Path base = name.endsWith(H2_SUFFIX)
                ? path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()))
                : path;
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        return new LedgerLocation(display, "jdbc:h2:file:" + base + settings, file);
    }

    private static LedgerException refused(String typed, String why) {
        return new LedgerException(Failure.BAD_LOCATION, "ledger location " + quoted(typed) + " refused: " + why
                + "; nothing was opened");
    }

    /** Quotes what the user typed for a one-line message: control characters shown as \\uXXXX, long values cut. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("'");
        for (int i = 0; i < text.length() && i < 200; i++) {
            char c = text.charAt(i);
            quoted.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return quoted.append(text.length() > 200 ? "...'" : "'").toString();
    }

    /** What the user typed, for messages. */
    public String display() {
        return display;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public boolean isEmbedded() {
        return h2File != null;
    }

    /** The H2 database file, or null for a PostgreSQL URL. */
    public Path h2File() {
        return h2File;
    }

    /**
     * The embedded ledger file beside this one whose name adds the suffix to this one's ("news.mv.db" and ".compacting"
     * give "news.compacting.mv.db"), with no settings; null for a database server.
     */
    LedgerLocation beside(String suffix) {
        if (h2File == null) {
            return null;
        }
        String name = h2File.getFileName().toString();
        Path base = h2File.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()) + suffix);
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        return new LedgerLocation(file.toString(), "jdbc:h2:file:" + base, file);
    }

    /** True when the location was typed as a jdbc:h2: URL that opens the file read-only (ACCESS_MODE_DATA=r). */
    boolean readOnlyUrl() {
        return h2File != null && jdbcUrl.contains(";ACCESS_MODE_DATA=");
    }

    /** Checks, before opening, that an embedded ledger file exists (H2 would otherwise create an empty one). */
    void requireExisting() throws LedgerException {
        if (h2File == null) {
            return;
        }
        Path typed = h2File.resolveSibling(h2File.getFileName().toString().replace(H2_SUFFIX, ""));
        if (!Files.exists(h2File)) {
            if (Files.isRegularFile(typed)) {
                throw new LedgerException(Failure.NOT_A_LEDGER, display + " is not a ledger: ledger files end in "
                        + H2_SUFFIX + "; create one with 'claimledger init --ledger PATH'");
            }
            throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger at " + display + " (looked for "
                    + h2File.getFileName() + "); create one with 'claimledger init --ledger " + display + "'");
        }
    }

    /**
     * Checks, before an append reopens an embedded ledger for writing, that the file may be written: H2 would
     * otherwise open it read-only without a word and fail at the first insert.
     */
    void requireWritable() throws LedgerException {
        if (h2File == null || Files.isWritable(h2File)) {
            return;
        }
        String why;
        try {
            why = Files.getFileStore(h2File).isReadOnly() ? "its file system is mounted read-only" : "permission denied";
        } catch (IOException e) {
            why = "permission denied";
        }
        throw new LedgerException(Failure.STORAGE, "cannot write to ledger file " + h2File + ": " + why
                + "; nothing was signed (ask for write access, or work on a copy you may write to)");
    }

    void requireAbsent() throws LedgerException {
        if (h2File != null && Files.exists(h2File)) {
            throw new LedgerException(Failure.CONFLICT, "a ledger already exists at " + h2File
                    + "; choose another --ledger path");
        }
    }

    @Override
    public String toString() {
        return display;
    }
}
