package org.claimledger.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Whether a secret's file (a key, a passphrase) can be changed by users other than its owner, as ssh checks. */
public final class FilePermissions {
    private FilePermissions() {
    }

    /**
     * Null when only the owner may write the file (or the file system has no POSIX modes); else a warning naming
     * the file, its mode and the fix. Someone who can write a key file can swap the key an editor signs with.
     */
    public static String othersMayWrite(Path file, String what) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
        boolean group = permissions.contains(PosixFilePermission.GROUP_WRITE);
        boolean others = permissions.contains(PosixFilePermission.OTHERS_WRITE);
        if (!group && !others) {
            return null;
        }
        return what + " " + file + " is writable by " + (others ? "every user" : "its group") + " ("
                + PosixFilePermissions.toString(permissions) + "), so someone else could have replaced it; "
                + "check it and run 'chmod 600 " + file + "'";
    }
}
