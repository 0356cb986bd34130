package org.claimledger.cli;

import java.security.SecureRandom;
import java.util.Arrays;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.ledger.Ledger;

/**
 * A new key file, as 'key new' and 'witness new' make one: the name checked, an existing file refused before any
 * passphrase is asked for, a key generated, written encrypted and owner-only, and the passphrase wiped.
 */
final class NewKeyFile {
    private NewKeyFile() {
    }

    /** Creates the key file OUT of this kind for NAME ({@code what} says which name, in messages) and returns its key. */
    static NamedKey create(CliContext context, KeyFile.Kind kind, String what, String name, String out,
            String passphraseFile) throws LedgerException {
        String tooLong = InputLimits.overLength(what, name, InputLimits.NAME);
        if (tooLong != null) {
            throw new LedgerException(Failure.INVALID_REQUEST, tooLong);
        }
        Ledger.requireDeclarable(what, name, Failure.INVALID_REQUEST);
        KeyFile.requireAbsent(context.path(out));
        char[] passphrase = Passphrases.readNew(context, passphraseFile,
                "the new " + (kind == KeyFile.Kind.WITNESS ? "witness key " : "key ") + name);
        NamedKey key = new NamedKey(name, Ed25519PrivateKey.generate(new SecureRandom()));
        try {
            KeyFile.write(context.path(out), kind, key, passphrase, new SecureRandom());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return key;
    }
}
