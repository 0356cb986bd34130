package org.claimledger.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The gold files under fixtures/gold and the articles they annotate, for tests. */
final class GoldFiles {
    static final Path DIRECTORY = Path.of("..", "fixtures", "gold");

    record Annotated(Path goldPath, GoldFile gold, SourceText article) {
        @Override
        public String toString() {
            return goldPath.getFileName().toString();
        }
    }

    private GoldFiles() {
    }

    static List<Path> paths() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Annotated load(Path goldPath) throws IOException, GoldFileException, SourceEncodingException {
        GoldFile gold = GoldFile.read(new ObjectMapper().readTree(goldPath.toFile()));
        SourceText article = SourceText.fromFileBytes(Files.readAllBytes(goldPath.getParent().resolve(gold.article())));
        return new Annotated(goldPath, gold, article);
    }
}
