package org.claimledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.demo.Demo;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.report.Report;
import org.claimledger.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Build a ledger from the seed article and its claims in a temporary directory, verify it, then edit one figure "
                + "with plain SQL and show verify catching it; last, write the audit report of the edited ledger (DIR/report, "
                + "'claimledger report') and say where to open it.",
        "Exit 0 when verify behaves as it must: clean before the edit, the edited entry and field named after it."})
final class DemoCommand implements Callable<Integer> {
    private static final String ARTICLE = "demo/000_24432489f640e24b.txt";
    private static final String CLAIMS = "demo/claims/seed-claims.json";
    private static final String TAMPERED_FIELD = "body.figures[0].value";

    private final CliContext context;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work in DIR instead of a new temporary directory (kept afterwards).")
    String dir;

    @Option(names = "--json", description = "Print the directory, both reports and the attack as one JSON object.")
    boolean json;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Path directory = directory();
        say("== ClaimLedger demo in " + directory);
        String article = new String(resource(ARTICLE), StandardCharsets.UTF_8);
        byte[] claims = resource(CLAIMS);
        Demo.Built built = Demo.build(directory, article, claims, context.clock(), line -> say("-- " + line));
        say("-- verify, trusting " + built.trusted().format());
        VerifyReport clean = Demo.verify(built);
        if (!json) {
            ReportText.print(context.out(), clean);
        }
        String attack = Demo.tamper(built);
        say("-- attacker, with plain SQL on the H2 file: " + attack);
        say("-- verify again:");
        VerifyReport tampered = Demo.verify(built);
        if (!json) {
            ReportText.print(context.out(), tampered);
        }
        boolean caught = tampered.findings().stream()
                .anyMatch(finding -> finding.seq() != null && finding.seq() == built.tamperedSeq()
                        && finding.field().equals(TAMPERED_FIELD));
        boolean asExpected = clean.clean() && caught;
        Report.Written report = Demo.report(built, directory.resolve("report"), context.clock().instant());
        if (json) {
            ObjectNode result = Json.object();
            result.put("directory", directory.toString());
            result.put("trusted", built.trusted().format());
            result.set("clean", ReportText.toJson(clean));
            ObjectNode tamper = result.putObject("attack");
            tamper.put("entry", built.tamperedSeq());
            tamper.put("field", TAMPERED_FIELD);
            tamper.put("what", attack);
            result.set("tampered", ReportText.toJson(tampered));
            result.put("asExpected", asExpected);
            result.put("report", report.index().toUri().toString());
            Json.print(context.out(), result);
        } else {
            context.out().println(asExpected
                    ? "== demo: the untouched ledger verified clean; the edited figure was caught in entry "
                            + built.tamperedSeq() + ", field " + TAMPERED_FIELD
                    : "== demo: verify did NOT behave as expected");
            context.out().println("== report: the ledger's claims marked in the article, the edited figure flagged on "
                    + "its card; open " + report.index().toUri());
        }
        return asExpected ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }

    /** The narration, which --json leaves out. */
    private void say(String line) {
        if (!json) {
            context.out().println(line);
        }
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
