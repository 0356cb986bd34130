package org.claimledger.ledger;

import org.claimledger.model.SourceRecord;
import org.claimledger.model.SourceText;

/** A source as the ledger has it: the entry that registered it, its record, and its stored text. */
public record RegisteredSource(long seq, SourceRecord record, SourceText text) {
}
