package dev.jnode.binding;

import dev.jnode.binding.fs.FdTable;
import dev.jnode.binding.fs.FsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FdTableTest {
    @TempDir
    Path dir;

    private FdTable.Entry open(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "x");
        return new FdTable.Entry(FileChannel.open(p, StandardOpenOption.READ), p, true, false, false);
    }

    @Test
    void handsOutTheLowestFreeDescriptorFromThree() throws IOException {
        try (FdTable t = new FdTable()) {
            int a = t.add(open("a"));
            int b = t.add(open("b"));
            int c = t.add(open("c"));
            assertEquals(3, a);
            assertEquals(4, b);
            assertEquals(5, c);
            t.close(b);
            assertEquals(4, t.add(open("d")));
            assertEquals(6, t.add(open("e")));
        }
    }

    @Test
    void closedOrUnknownDescriptorsAreEbadf() throws IOException {
        try (FdTable t = new FdTable()) {
            int fd = t.add(open("a"));
            FileChannel ch = t.get(fd, "read").channel();
            t.close(fd);
            assertFalse(ch.isOpen());
            assertFalse(t.isOpen(fd));
            FsException e = assertThrows(FsException.class, () -> t.get(fd, "read"));
            assertEquals(Errno.EBADF, e.errno);
            assertEquals("read", e.syscall);
            FsException c = assertThrows(FsException.class, () -> t.close(fd));
            assertEquals("close", c.syscall);
        }
    }

    @Test
    void closingTheTableClosesEveryChannel() throws IOException {
        FdTable t = new FdTable();
        FdTable.Entry a = open("a");
        FdTable.Entry b = open("b");
        t.add(a);
        t.add(b);
        t.close();
        assertFalse(a.channel().isOpen());
        assertFalse(b.channel().isOpen());
        assertEquals(0, t.size());
        FdTable.Entry late = open("c");
        assertThrows(FsException.class, () -> t.add(late));
        assertFalse(late.channel().isOpen());
        assertTrue(Files.exists(dir.resolve("c")));
    }
}
