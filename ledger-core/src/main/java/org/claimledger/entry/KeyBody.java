package org.claimledger.entry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;

/** A named public key as entries carry it: {"name", "public" (base64), "id" (fingerprint)}. */
public record KeyBody(String name, Ed25519PublicKey publicKey) {
    public String id() {
        return KeyFingerprint.of(publicKey);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", name);
        node.put("public", publicKey.base64());
        node.put("id", id());
        return node;
    }

    public static KeyBody fromJson(JsonFields key) throws FieldException {
        String name = key.nonEmptyText("name");
        Ed25519PublicKey publicKey;
        try {
            publicKey = Ed25519PublicKey.fromBase64(key.text("public"));
        } catch (IllegalArgumentException e) {
            throw new FieldException(key.at("public"), e.getMessage());
        }
        String id = key.text("id");
        if (!id.equals(KeyFingerprint.of(publicKey))) {
            throw new FieldException(key.at("id"), "key id " + id + " is not the fingerprint of the key ("
                    + KeyFingerprint.of(publicKey) + ")");
        }
        return new KeyBody(name, publicKey);
    }
}
