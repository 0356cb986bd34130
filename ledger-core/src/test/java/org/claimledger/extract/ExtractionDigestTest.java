package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.claimledger.crypto.Sha256;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;

/**
 * What the extractor writes for every article it may be tuned on (the older gold articles and the corpus's
 * development half, each alone, then all of one language joined into one text), as one SHA-256 over the claims files.
 * A change that is meant only to make extraction faster must leave this digest as it is. A change of a rule changes
 * it on purpose: then check the scores (`extract --corpus fixtures/gold/split.json`) and put the new digest here.
 */
class ExtractionDigestTest {
    private static final String EXPECTED = "ea61b978a6cd0b97032dcfa8c309af6bda97611e8ab923520fa2a022fcccd3d9";

    @Test
    void theClaimsFilesOfTheTuningArticlesAreTheOnesReviewed() throws Exception {
        MessageDigest digest = Sha256.newDigest();
        StringBuilder italian = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (Path path : GoldFiles.tuningPaths()) {
            GoldFiles.Annotated annotated = GoldFiles.load(path);
            Language language = annotated.gold().language();
            digest.update(claimsFile(annotated.article(), language));
            (language == Language.IT ? italian : english).append(annotated.article().text()).append("\n\n");
        }
        digest.update(claimsFile(SourceText.fromString(italian.toString()), Language.IT));
        digest.update(claimsFile(SourceText.fromString(english.toString()), Language.EN));
        assertEquals(EXPECTED, HexFormat.of().formatHex(digest.digest()),
                "the extractor's output on the tuning articles changed (see this test's comment)");
    }

    private static byte[] claimsFile(SourceText source, Language language) {
        return ClaimsFileWriter.write(source, source.id(), language, Extractor.extract(source.text(), language))
                .toString().getBytes(StandardCharsets.UTF_8);
    }
}
