package org.claimledger.store;

import java.util.List;
import java.util.stream.Collectors;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/** An embedded ledger file refused before H2's SQL engine opened it: it holds what ClaimLedger did not create. */
public final class HostileFileException extends LedgerException {
    private static final long serialVersionUID = 1L;
    private final transient List<ForeignObject> objects;

    HostileFileException(LedgerLocation location, List<ForeignObject> objects) {
        super(Failure.HOSTILE_FILE, "ledger " + location.display() + " holds what ClaimLedger did not create: "
                + objects.stream().map(ForeignObject::describe).collect(Collectors.joining("; "))
                + "; refused unopened, nothing in it ran: restore the ledger from a backup, or audit a bundle its "
                + "owner exports ('claimledger verify --bundle DIR')");
        this.objects = List.copyOf(objects);
    }

    public List<ForeignObject> objects() {
        return objects;
    }
}
