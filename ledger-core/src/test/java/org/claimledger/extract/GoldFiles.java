package org.claimledger.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * The gold files of the articles rules may be tuned on: those above, then the corpus's development half, in a
     * fixed order (never a test half).
     */
    static List<Path> tuningPaths() {
        List<Path> paths = new ArrayList<>(paths());
        try (Stream<Path> dev = Files.list(DIRECTORY.resolve("corpus").resolve("dev"))) {
            dev.filter(p -> p.toString().endsWith(".gold.json")).sorted().forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    static Annotated load(Path goldPath) throws IOException, GoldFileException, SourceEncodingException {
        GoldFile gold = GoldFile.read(new ObjectMapper().readTree(goldPath.toFile()));
        SourceText article = SourceText.fromFileBytes(Files.readAllBytes(goldPath.getParent().resolve(gold.article())));
        return new Annotated(goldPath, gold, article);
    }
}
