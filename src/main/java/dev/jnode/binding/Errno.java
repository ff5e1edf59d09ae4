package dev.jnode.binding;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Linux errno values as libuv reports them (negated) and the mapping from Java's I/O exceptions.
 * The names and messages JS shows live in lib/internal/errors.js (uvErrmapGet); Java only decides
 * the number.
 */
public final class Errno {
    public static final int EPERM = -1;
    public static final int ENOENT = -2;
    public static final int EIO = -5;
    public static final int EBADF = -9;
    public static final int EAGAIN = -11;
    public static final int ENOMEM = -12;
    public static final int EACCES = -13;
    public static final int EBUSY = -16;
    public static final int EEXIST = -17;
    public static final int EXDEV = -18;
    public static final int ENOTDIR = -20;
    public static final int EISDIR = -21;
    public static final int EINVAL = -22;
    public static final int EMFILE = -24;
    public static final int ENOSPC = -28;
    public static final int EROFS = -30;
    public static final int ENAMETOOLONG = -36;
    public static final int ENOTEMPTY = -39;
    public static final int ELOOP = -40;
    public static final int ENOTSUP = -95;

    private Errno() {
    }

    /** The errno an I/O exception stands for; EIO when Java does not say. */
    public static int of(IOException e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof FileSystemLoopException) return ELOOP;
        if (e instanceof NotLinkException) return EINVAL;
        if (e instanceof FileSystemException fse) {
            String reason = fse.getReason();
            if (reason != null) {
                return switch (reason) {
                    case "Is a directory" -> EISDIR;
                    case "Not a directory" -> ENOTDIR;
                    case "No such file or directory" -> ENOENT;
                    case "Permission denied" -> EACCES;
                    case "Operation not permitted" -> EPERM;
                    case "File exists" -> EEXIST;
                    case "Directory not empty" -> ENOTEMPTY;
                    case "Too many levels of symbolic links" -> ELOOP;
                    case "File name too long" -> ENAMETOOLONG;
                    case "Invalid argument" -> EINVAL;
                    case "Read-only file system" -> EROFS;
                    case "No space left on device" -> ENOSPC;
                    case "Too many open files" -> EMFILE;
                    case "Invalid cross-device link" -> EXDEV;
                    case "Device or resource busy" -> EBUSY;
                    default -> EIO;
                };
            }
        }
        String msg = e.getMessage();
        if (msg != null && msg.contains("Is a directory")) return EISDIR;
        return EIO;
    }
}
