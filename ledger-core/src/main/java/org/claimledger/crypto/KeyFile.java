package org.claimledger.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.crypto.generators.SCrypt;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/**
 * A private key file: the Ed25519 seed encrypted with AES-256-GCM under a key derived from a passphrase with
 * scrypt. The name and public key stay readable so a key can be enrolled without its passphrase.
 * Files are created owner-only and never overwritten.
 */
public final class KeyFile {
    private static final String TYPE = "claimledger-private-key";
    private static final int SCRYPT_N = 1 << 15;
    private static final int SCRYPT_R = 8;
    private static final int SCRYPT_P = 1;
    private static final int SALT_LENGTH = 16;
    private static final int NONCE_LENGTH = 12;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path path;
    private final String name;
    private final Ed25519PublicKey publicKey;
    private final JsonNode document;

    private KeyFile(Path path, String name, Ed25519PublicKey publicKey, JsonNode document) {
        this.path = path;
        this.name = name;
        this.publicKey = publicKey;
        this.document = document;
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

    /** Encrypts a key under the passphrase and writes it to a new owner-only file. */
    public static void write(Path path, NamedKey key, char[] passphrase, SecureRandom random) throws LedgerException {
        byte[] salt = new byte[SALT_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] seed = key.key().seed();
        byte[] secret = derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P);
        byte[] ciphertext;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData(key.name(), key.publicKey()));
            ciphertext = cipher.doFinal(seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
        } finally {
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(secret, (byte) 0);
        }
        ObjectNode document = MAPPER.createObjectNode();
        document.put("v", 1);
        document.put("type", TYPE);
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
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " already exists; choose another path "
                    + "(key files are never overwritten)");
        } catch (IOException e) {
            throw new LedgerException(Failure.KEY_FILE, "cannot write key file " + path + ": " + e.getMessage());
        }
    }

    /** Reads the file's public part; the seed stays encrypted. */
    public static KeyFile read(Path path) throws LedgerException {
        JsonNode document;
        try {
            document = MAPPER.readTree(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " does not exist; create one with "
                    + "'claimledger key new --out " + path + "' or check the path");
        } catch (IOException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " cannot be read as a key file: "
                    + firstLine(e.getMessage()));
        }
        if (document == null || !document.isObject() || !TYPE.equals(document.path("type").asText())
                || document.path("v").asInt() != 1) {
            throw new LedgerException(Failure.KEY_FILE, path + " is not a ClaimLedger key file (version 1)");
        }
        try {
            return new KeyFile(path, document.path("name").asText(),
                    Ed25519PublicKey.fromBase64(document.path("public").asText()), document);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.KEY_FILE, "key file " + path + " is damaged: " + e.getMessage());
        }
    }

    /** Decrypts the seed with the passphrase and checks it against the public key. */
    public NamedKey unlock(char[] passphrase) throws LedgerException {
        byte[] secret = null;
        byte[] seed = null;
        try {
            JsonNode kdf = document.path("kdf");
            if (!"scrypt".equals(kdf.path("name").asText()) || !"AES-256-GCM".equals(document.path("cipher").path("name").asText())) {
                throw new LedgerException(Failure.KEY_FILE, "key file " + path + " uses an unknown kdf or cipher");
            }
            byte[] salt = Base64.getDecoder().decode(kdf.path("salt").asText());
            byte[] nonce = Base64.getDecoder().decode(document.path("cipher").path("nonce").asText());
            byte[] ciphertext = Base64.getDecoder().decode(document.path("ciphertext").asText());
            secret = derive(passphrase, salt, kdf.path("n").asInt(), kdf.path("r").asInt(), kdf.path("p").asInt());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData(name, publicKey));
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

    private static byte[] associatedData(String name, Ed25519PublicKey publicKey) {
        return (TYPE + " v1\n" + name + "\n" + publicKey.base64()).getBytes(StandardCharsets.UTF_8);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
