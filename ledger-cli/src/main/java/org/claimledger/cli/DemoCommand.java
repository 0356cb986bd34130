package org.claimledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimledger.demo.Demo;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Build a ledger from the seed article and its claims in a temporary directory, verify it, then edit one figure "
                + "with plain SQL and show verify catching it.",
        "Exit 0 when verify behaves as it must: clean before the edit, the edited entry and field named after it."})
final class DemoCommand implements Callable<Integer> {
    private static final String ARTICLE = "demo/000_24432489f640e24b.txt";
    private static final String CLAIMS = "demo/claims/seed-claims.json";

    private final CliContext context;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work in DIR instead of a new temporary directory (kept afterwards).")
    String dir;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Path directory = directory();
        context.out().println("== ClaimLedger demo in " + directory);
        String article = new String(resource(ARTICLE), StandardCharsets.UTF_8);
        byte[] claims = resource(CLAIMS);
        Demo.Built built = Demo.build(directory, article, claims, context.clock(), line -> context.out().println("-- " + line));
        context.out().println("-- verify, trusting " + built.trusted().format());
        VerifyReport clean = Demo.verify(built);
        ReportText.print(context.out(), clean);
        context.out().println("-- attacker, with plain SQL on the H2 file: " + Demo.tamper(built));
        context.out().println("-- verify again:");
        VerifyReport tampered = Demo.verify(built);
        ReportText.print(context.out(), tampered);
        boolean caught = tampered.findings().stream()
                .anyMatch(finding -> finding.seq() != null && finding.seq() == built.tamperedSeq()
                        && finding.field().equals("body.figures[0].value"));
        boolean asExpected = clean.clean() && caught;
        context.out().println(asExpected
                ? "== demo: the untouched ledger verified clean; the edited figure was caught in entry "
                        + built.tamperedSeq() + ", field body.figures[0].value"
                : "== demo: verify did NOT behave as expected");
        return asExpected ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }

    private Path directory() throws LedgerException {
        try {
            if (dir != null) {
                Path path = context.path(dir);
                Files.createDirectories(path);
                return path;
            }
            return Files.createTempDirectory("claimledger-demo-");
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot create the demo directory: " + e.getMessage());
        }
    }

    private static byte[] resource(String name) throws LedgerException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new LedgerException(Failure.UNREADABLE_INPUT, "the demo's " + name + " is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "cannot read the demo's " + name + ": " + e.getMessage());
        }
    }
}
