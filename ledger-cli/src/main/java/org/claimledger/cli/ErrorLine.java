package org.claimledger.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one line a failure prints on stderr: "claimledger: MESSAGE", or with --json the object
 * {"error": {"code": N, "kind": "...", "message": "..."}} on one line, so a script reads it the same way it reads
 * the results on stdout.
 */
final class ErrorLine {
    private ErrorLine() {
    }

    static void print(PrintWriter err, boolean json, int code, String kind, String message) {
        if (json) {
            ObjectNode root = Json.object();
            ObjectNode error = root.putObject("error");
            error.put("code", code);
            error.put("kind", kind);
            error.put("message", message);
            err.println(Json.line(root));
        } else {
            err.println("claimledger: " + message);
        }
    }
}
