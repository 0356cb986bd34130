package org.claimledger.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.crypto.generators.SCrypt;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.Excerpt;
import org.claimledger.input.FileLimit;
import org.claimledger.input.InputLimits;
import org.claimledger.json.FieldException;
import org.claimledger.json.FieldNames;
import org.claimledger.json.JsonFields;

/**
 * A private key file: the Ed25519 seed encrypted with AES-256-GCM under a key derived from a passphrase with
 * scrypt. The name and public key stay readable so a key can be enrolled without its passphrase.
 * Files are created owner-only and never overwritten.
 */
public final class KeyFile {
    /**
     * What a key is for, written as the file's {@code type} and bound into its encryption: a signing key (an
     * editor's or the ledger key) signs entries and checkpoints; a witness key only cosigns other logs' checkpoints.
     * Each is refused where the other is expected, so a witness key never signs an entry, nor a ledger key a
     * cosignature.
     */
    public enum Kind {
        SIGNING("claimledger-private-key", "signing key"),
        WITNESS("claimledger-witness-key", "witness key");

        private final String type;
        private final String what;

        Kind(String type, String what) {
            this.type = type;
            this.what = what;
        }

        static Kind ofType(String type) {
            for (Kind kind : values()) {
                if (kind.type.equals(type)) {
                    return kind;
                }
            }
            return null;
        }

        public String what() {
            return what;
        }
    }

    private static final int SCRYPT_N = 1 << 15;
    private static final int SCRYPT_R = 8;
    private static final int SCRYPT_P = 1;
    private static final int SALT_LENGTH = 16;
    private static final int NONCE_LENGTH = 12;
    private static final int SEED_LENGTH = 32;
    private static final int TAG_LENGTH = 16;
    private static final int VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path path;
    private final Kind kind;
    private final String name;
    private final Ed25519PublicKey publicKey;
    private final byte[] salt;
    private final byte[] nonce;
    private final byte[] ciphertext;

    private KeyFile(Path path, Kind kind, String name, Ed25519PublicKey publicKey, byte[] salt, byte[] nonce,
            byte[] ciphertext) {
        this.path = path;
        this.kind = kind;
        this.name = name;
        this.publicKey = publicKey;
        this.salt = salt;
        this.nonce = nonce;
        this.ciphertext = ciphertext;
    }

    public String name() {
        return name;
    }

    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    public Path path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** Encrypts a signing key under the passphrase and writes it to a new owner-only file. */
    public static void write(Path path, NamedKey key, char[] passphrase, SecureRandom random) throws LedgerException {
        write(path, Kind.SIGNING, key, passphrase, random);
    }

    /** Encrypts a key of this kind under the passphrase and writes it to a new owner-only file. */
    public static void write(Path path, Kind kind, NamedKey key, char[] passphrase, SecureRandom random)
            throws LedgerException {
        byte[] salt = new byte[SALT_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] seed = key.key().seed();
        byte[] secret = derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P);
        byte[] ciphertext;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(associatedData(kind, key.name(), key.publicKey()));
            ciphertext = cipher.doFinal(seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
        } finally {
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(secret, (byte) 0);
        }
        ObjectNode document = MAPPER.createObjectNode();
        document.put("v", VERSION);
        document.put("type", kind.type);
        document.put("name", key.name());
        document.put("public", key.publicKey().base64());
        ObjectNode kdf = document.putObject("kdf");
        kdf.put("name", "scrypt");
        kdf.put("n", SCRYPT_N);
        kdf.put("r", SCRYPT_R);
        kdf.put("p", SCRYPT_P);
        kdf.put("salt", Base64.getEncoder().encodeToString(salt));
        ObjectNode cipherNode = document.putObject("cipher");
        cipherNode.put("name", "AES-256-GCM");
        cipherNode.put("nonce", Base64.getEncoder().encodeToString(nonce));
        document.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        byte[] bytes;
        try {
            bytes = (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        writeOwnerOnly(path, bytes);
    }

    /** Refuses a path where a file already is, so that a command can say so before it asks for a passphrase. */
    public static void requireAbsent(Path path) throws LedgerException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(path);
        }
    }

    private static LedgerException alreadyExists(Path path) {
        return new LedgerException(Failure.CONFLICT, "key file " + path + " already exists; choose another path "
                + "(key files are never overwritten)");
    }

    private static void writeOwnerOnly(Path path, byte[] bytes) throws LedgerException {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(path);
            }
            Files.write(path, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(path);
        } catch (IOException e) {
            throw new LedgerException(Failure.KEY_FILE, "cannot write key file " + path + ": " + e.getMessage());
        }
    }

    /**
     * Reads the file's public part and checks the rest of its layout; the seed stays encrypted. Everything is
     * checked here, before a passphrase is asked for: the scrypt parameters must be exactly the ones this class
     * writes (a file that names others would make scrypt run for hours or exhaust memory), every integer is read
     * exactly, and salt, nonce and ciphertext must have their lengths.
     */
    public static KeyFile read(Path path) throws LedgerException {
        return read(path, Kind.SIGNING);
    }

    /** The same, for a key file that must be of one of the given kinds (a witness key where a witness key is needed). */
    public static KeyFile read(Path path, Kind... accepted) throws LedgerException {
        JsonNode document;
        try {
            document = MAPPER.readTree(FileLimit.KEY_FILE.read(path));
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " does not exist; create one with "
                    + "'claimledger key new --out " + path + "' or check the path");
        } catch (IOException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " cannot be read as a key file: "
                    + firstLine(e.getMessage()));
        }
        Kind kind = document == null || !document.isObject() ? null : Kind.ofType(document.path("type").textValue());
        if (kind == null) {
            throw new LedgerException(Failure.KEY_FILE, path + " is not a ClaimLedger key file (version 1)");
        }
        if (!List.of(accepted).contains(kind)) {
            throw new LedgerException(Failure.KEY_FILE, path + " is a " + kind.what() + ", and a " + accepted[0].what()
                    + " is needed here" + (kind == Kind.WITNESS ? ": a witness key only cosigns checkpoints "
                            + "('claimledger witness cosign')" : ": create a witness key with 'claimledger witness new'"));
        }
        try {
            JsonFields root = JsonFields.of(document, "");
            long version = root.integer("v");
            if (version != VERSION) {
                throw new FieldException(root.at("v"), "it is a key file of version " + version + ", and this "
                        + "version of ClaimLedger reads version " + VERSION + " only");
            }
            String name = root.nonEmptyText("name");
            String tooLong = InputLimits.overLength("name", name, InputLimits.NAME);
            if (tooLong != null) {
                throw new FieldException(root.at("name"), tooLong);
            }
            Ed25519PublicKey publicKey = Ed25519PublicKey.fromBase64(root.text("public"));
            JsonFields kdf = root.object("kdf");
            requireName(kdf, "scrypt");
            requireParameter(kdf, "n", SCRYPT_N);
            requireParameter(kdf, "r", SCRYPT_R);
            requireParameter(kdf, "p", SCRYPT_P);
            byte[] salt = base64(kdf, "salt", SALT_LENGTH);
            JsonFields cipher = root.object("cipher");
            requireName(cipher, "AES-256-GCM");
            byte[] nonce = base64(cipher, "nonce", NONCE_LENGTH);
            byte[] ciphertext = base64(root, "ciphertext", SEED_LENGTH + TAG_LENGTH);
            return new KeyFile(path, kind, name, publicKey, salt, nonce, ciphertext);
        } catch (FieldException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " is damaged: " + e.getMessage()
                    + "; it was not written by 'claimledger key new', or was changed since");
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " is damaged: " + e.getMessage());
        }
    }

    private static void requireName(JsonFields object, String expected) throws FieldException {
        String name = object.text("name");
        if (!expected.equals(name)) {
            throw new FieldException(object.at("name"), FieldNames.display(object.at("name")) + " must be " + expected
                    + ", got \"" + Excerpt.of(name) + "\"");
        }
    }

    private static void requireParameter(JsonFields kdf, String name, int expected) throws FieldException {
        long value = kdf.integer(name);
        if (value != expected) {
            throw new FieldException(kdf.at(name), FieldNames.display(kdf.at(name)) + " is " + value + ", but key files "
                    + "use scrypt with exactly n=" + SCRYPT_N + ", r=" + SCRYPT_R + ", p=" + SCRYPT_P + " (SPEC.md §3)");
        }
    }

    private static byte[] base64(JsonFields object, String name, int length) throws FieldException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(object.text(name));
        } catch (IllegalArgumentException e) {
            throw new FieldException(object.at(name), FieldNames.display(object.at(name)) + " is not base64");
        }
        if (bytes.length != length) {
            throw new FieldException(object.at(name), FieldNames.display(object.at(name)) + " must be " + length
                    + " bytes, got " + bytes.length);
        }
        return bytes;
    }

    /** Decrypts the seed with the passphrase and checks it against the public key. */
    public NamedKey unlock(char[] passphrase) throws LedgerException {
        byte[] secret = null;
        byte[] seed = null;
        try {
            secret = derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(associatedData(kind, name, publicKey));
            seed = cipher.doFinal(ciphertext);
            return new NamedKey(name, Ed25519PrivateKey.fromSeed(seed, publicKey));
        } catch (AEADBadTagException e) {
            throw new LedgerException(Failure.WRONG_PASSPHRASE, "wrong passphrase for key file " + path
                    + " (or the file was altered); try again");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " is damaged: " + e.getMessage());
        } finally {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
            if (seed != null) {
                Arrays.fill(seed, (byte) 0);
            }
        }
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int n, int r, int p) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            return SCrypt.generate(bytes, salt, n, r, p, 32);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    private static byte[] associatedData(Kind kind, String name, Ed25519PublicKey publicKey) {
        return (kind.type + " v1\n" + name + "\n" + publicKey.base64()).getBytes(StandardCharsets.UTF_8);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
