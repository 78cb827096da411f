package dev.chancery.daemon;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The directory of the daemon's socket: only its owner may enter it, so no other user can connect, whatever
 * the socket file's own mode (it follows the umask). A directory that is a symbolic link, someone else's, or
 * open to others is refused: the daemon does not start, and the launcher runs the command itself.
 */
final class SocketDirectory {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private SocketDirectory() {
    }

    /** The directory refused, and why. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** Creates {@code dir} for this user alone (mode 0700) if it is missing, else checks that it is so. */
    static void prepare(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(dir, OWNER_ONLY); // the umask may have taken bits off
        } catch (FileAlreadyExistsException exists) {
            // checked below, as any existing directory
        }
        PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            throw new Refused(dir + " is a symbolic link: the socket's directory must be a directory of this user's");
        }
        if (!attributes.isDirectory()) {
            throw new Refused(dir + " is not a directory");
        }
        int owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (owner != uid()) {
            throw new Refused(dir + " belongs to another user (uid " + owner + "): the socket's directory must be this user's");
        }
        Set<PosixFilePermission> open = EnumSet.copyOf(attributes.permissions());
        open.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        if (!open.isEmpty()) {
            throw new Refused(dir + " is open to other users (mode " + PosixFilePermissions.toString(attributes.permissions())
                    + "): the socket's directory must be this user's alone (chmod 700)");
        }
    }

    /** This process's user id. */
    static long uid() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }
}
