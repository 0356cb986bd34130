package org.claimledger.witness;

import java.nio.file.Path;
import java.time.Clock;

import org.claimledger.note.GoldenCosignatures;
import org.claimledger.state.StateDirectory;

/**
 * Run in its own JVM by WitnessCrashTest, and killed there at some moment: a witness cosigning the checkpoints of
 * a growing log one after another (sizes 1, 2, 3, ... each with the proof from the one before), printing each
 * cosignature's size as soon as it has it, the way {@code claimledger witness cosign} prints its line.
 */
public final class WitnessCrashProcess {
    static final int SIZES = 400;

    private WitnessCrashProcess() {
    }

    public static void main(String[] args) throws Exception {
        Witness witness = new Witness(new StateDirectory(Path.of(args[0])), Clock.systemUTC());
        TestLog log = TestLog.of(SIZES);
        for (int size = 1; size <= SIZES; size++) {
            byte[] proof = size == 1 ? null : log.proof(size - 1, size);
            witness.cosign(new Witness.Submission("cp", log.note(size), "proof", proof), TestLog.keys(),
                    GoldenCosignatures.witness());
            System.out.println(size);
            System.out.flush();
        }
    }
}
