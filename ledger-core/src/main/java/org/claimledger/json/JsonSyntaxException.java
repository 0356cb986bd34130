package org.claimledger.json;

/** A JSON file that does not parse; the message starts with file:line:column. */
public final class JsonSyntaxException extends Exception {
    public JsonSyntaxException(String fileName, int line, int column, String problem) {
        super(fileName + ":" + line + ":" + column + ": not valid JSON: " + problem);
    }
}
