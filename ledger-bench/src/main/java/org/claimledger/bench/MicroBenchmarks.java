package org.claimledger.bench;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.claimledger.canonical.Jcs;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.Envelope;
import org.claimledger.entry.FieldCommitment;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.merkle.TreeHash;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-entry costs of verify and sign, one at a time, on a real claim entry (a seed claim with a figure and an
 * attribution), and the raw Ed25519 calls they are measured against. Run by {@link Harness} through JMH's API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MicroBenchmarks {
    private Ed25519PrivateKey key;
    private byte[] seed;
    private Ed25519PublicKey publicKey;
    private byte[] leaf;
    private Entry entry;
    private ObjectNode envelope;
    private byte[] message;
    private byte[] signature;

    @Setup
    public void setUp() throws Exception {
        key = Ed25519PrivateKey.generate(new SecureRandom());
        seed = key.seed();
        publicKey = key.publicKey();
        entry = sampleEntry(key);
        leaf = entry.leaf();
        envelope = entry.envelope();
        message = entry.storedCommitment().signedBytes();
        signature = entry.sig();
    }

    /** A real claim entry: the seed's eighth claim, a figure ("9 milioni") with its unit and an attribution. */
    static Entry sampleEntry(Ed25519PrivateKey key) throws Exception {
        SourceText article = Seed.article();
        ClaimsFile claims = ClaimsFile.read(Seed.claimsFile(Seed.claims()), "seed-claims.json");
        var claim = new ClaimResolver(article, Language.IT).resolve(claims.claims().get(7));
        return Envelope.sign(1000, new byte[32], Instant.parse("2025-06-02T09:00:00.000Z"), EntryType.CLAIM,
                ClaimBody.toJson(claim), key);
    }

    @Benchmark
    public byte[] jcsCanonicalize() {
        return Jcs.canonicalize(envelope);
    }

    @Benchmark
    public Entry entryParse() throws MalformedEntryException {
        return Entry.parse(leaf);
    }

    @Benchmark
    public FieldCommitment fieldCommitment() {
        return entry.recomputedCommitment();
    }

    @Benchmark
    public byte[] leafHash() {
        return TreeHash.leafHash(leaf);
    }

    /** The fastest correct call: Bouncy Castle given the public key beside the seed. */
    @Benchmark
    public byte[] ed25519Sign() {
        return key.sign(message);
    }

    /** The call signing used to make: without the public key, Bouncy Castle derives it again for every signature. */
    @Benchmark
    public byte[] ed25519SignDerivingPublicKey() {
        byte[] out = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, out, 0);
        return out;
    }

    /** Verification with the decoded public point kept, as verify does. */
    @Benchmark
    public Ed25519PublicKey ed25519Verify() throws InvalidSignatureException {
        publicKey.verify(message, signature);
        return publicKey;
    }
}
