package org.claimledger.verify;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.claimledger.failure.LedgerException;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;

/**
 * The sources registered so far in a scan (id to language and registering entry) and a small cache of
 * their texts, so that claims are checked against their source without holding every text in memory.
 */
final class SourceTexts {
    private static final int CACHED = 16;

    record Registered(long seq, Language language) {
    }

    private final LedgerFeed feed;
    private final Map<String, Registered> registered = new HashMap<>();
    private final Map<String, SourceText> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SourceText> eldest) {
            return size() > CACHED;
        }
    };

    SourceTexts(LedgerFeed feed) {
        this.feed = feed;
    }

    void register(String id, long seq, Language language, SourceText text) {
        registered.putIfAbsent(id, new Registered(seq, language));
        if (text != null) {
            cache.put(id, text);
        }
    }

    Registered registered(String id) {
        return registered.get(id);
    }

    /** The stored text as it is now (possibly tampered: the source entry's check says so), or null if missing. */
    SourceText text(String id) throws LedgerException {
        SourceText text = cache.get(id);
        if (text == null) {
            String stored = feed.sourceText(id);
            if (stored == null) {
                return null;
            }
            text = SourceText.fromString(stored);
            cache.put(id, text);
        }
        return text;
    }
}
