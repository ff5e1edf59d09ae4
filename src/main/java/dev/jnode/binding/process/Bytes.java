package dev.jnode.binding.process;

import org.graalvm.polyglot.Value;

/** Bulk copies out of JS ArrayBuffers and views. */
final class Bytes {
    private Bytes() {
    }

    /** Copies {@code length} bytes from an ArrayBuffer or view, {@code offset} relative to the view. */
    static void copyOut(Value view, long offset, byte[] dst, int length) {
        if (length == 0) return;
        if (view.hasBufferElements()) {
            view.readBuffer(offset, dst, 0, length);
            return;
        }
        Value buffer = view.getMember("buffer");
        long base = view.getMember("byteOffset").asLong();
        buffer.readBuffer(base + offset, dst, 0, length);
    }
}
