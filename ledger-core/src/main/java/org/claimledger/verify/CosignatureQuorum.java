package org.claimledger.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.note.CosignerKey;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;

/**
 * Whether a signed checkpoint carries valid cosignatures (cosignature/v1) from at least a quorum of the listed
 * witnesses, each on exactly that checkpoint's text. Lines by keys not listed are ignored; a listed witness counts
 * once at most. The outcome says, witness by witness, who cosigned it and when, who did not, and whose line fails.
 */
public final class CosignatureQuorum {
    /** One listed witness: the time its valid cosignature carries, or why it does not count (null when it counts). */
    public record Vote(CosignerKey witness, long timestamp, String problem) {
        public boolean counts() {
            return problem == null;
        }

        String describe() {
            return witness.label() + (counts() ? " cosigned it at " + Instant.ofEpochSecond(timestamp) : ": " + problem);
        }
    }

    /** Every listed witness's vote, and how many valid cosignatures are needed. */
    public record Outcome(int quorum, List<Vote> votes) {
        public long count() {
            return votes.stream().filter(Vote::counts).count();
        }

        public boolean met() {
            return count() >= quorum;
        }

        /** "2 of the 3 listed witnesses cosigned it (2 needed): w1+... cosigned it at ...; w3+...: did not cosign it". */
        public String describe() {
            List<String> each = new ArrayList<>();
            votes.forEach(vote -> each.add(vote.describe()));
            return count() + " of the " + votes.size() + " listed witness" + (votes.size() == 1 ? "" : "es")
                    + " cosigned it (" + quorum + " needed): " + String.join("; ", each);
        }
    }

    private CosignatureQuorum() {
    }

    public static Outcome check(SignedNote note, WitnessKeys witnesses) {
        List<Vote> votes = new ArrayList<>();
        for (CosignerKey witness : witnesses.keys()) {
            try {
                votes.add(new Vote(witness, witness.cosignedAt(note), null));
            } catch (NoteException e) {
                votes.add(new Vote(witness, 0, problem(e, witness)));
            }
        }
        return new Outcome(witnesses.quorum(), votes);
    }

    /** The key's message without the witness's label, which the vote already names. */
    private static String problem(NoteException e, CosignerKey witness) {
        String message = e.getMessage();
        String prefix = "witness " + witness.label() + " ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
