package dev.chancery.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files found inside a folder the user named (facts, scenarios, rule tests) are data, and so are the symbolic
 * links among them: a link is followed only where it leads inside that folder or the project folder. Otherwise
 * a folder from someone else could have a command read, and quote back in its messages, any file of the
 * user's, a link to {@code ~/.ssh/id_rsa} among its facts (docs/security.md).
 */
public final class FolderLinks {
    private FolderLinks() {
    }

    /** Whether {@code file}, found under {@code folder}, may be read: no link, or one that stays inside. */
    public static boolean mayRead(Path file, Path folder, Workspace workspace) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            Path target = file.toRealPath();
            return target.startsWith(folder.toRealPath()) || target.startsWith(workspace.home().toRealPath());
        } catch (IOException e) {
            return false; // a link to nothing, or to what cannot be reached: nothing to read
        }
    }

    /** The problem at a link that {@link #mayRead} refuses: it names the link, never where it leads. */
    public static Problem refused(Path file, Workspace workspace) {
        return new Problem(workspace.display(file), 1, 1,
                "a symbolic link that leads outside its folder and the project folder: not read (name the file itself)");
    }
}
