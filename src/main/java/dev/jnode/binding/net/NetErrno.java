package dev.jnode.binding.net;

import java.io.FileNotFoundException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

/**
 * The libuv errno (negative, Linux numbering) a socket failure stands for. The JDK reports socket
 * errors as exceptions whose message is the C library's strerror text, so the text decides.
 */
final class NetErrno {
    static final int EPERM = -1;
    static final int ENOENT = -2;
    static final int EBADF = -9;
    static final int ENODEV = -19;
    static final int EAGAIN = -11;
    static final int EACCES = -13;
    static final int EINVAL = -22;
    static final int EMFILE = -24;
    static final int EPIPE = -32;
    static final int ENAMETOOLONG = -36;
    static final int ENOTSOCK = -88;
    static final int EDESTADDRREQ = -89;
    static final int EMSGSIZE = -90;
    static final int EAFNOSUPPORT = -97;
    static final int EADDRINUSE = -98;
    static final int EADDRNOTAVAIL = -99;
    static final int ENETDOWN = -100;
    static final int ENETUNREACH = -101;
    static final int ECONNABORTED = -103;
    static final int ECONNRESET = -104;
    static final int ENOBUFS = -105;
    static final int EISCONN = -106;
    static final int ENOTCONN = -107;
    static final int ETIMEDOUT = -110;
    static final int ECONNREFUSED = -111;
    static final int EHOSTUNREACH = -113;
    static final int EALREADY = -114;
    static final int ECANCELED = -125;
    static final int ENOTSUP = -95;
    static final int EAI_NONAME = -3008;
    static final int EOF = -4095;

    private NetErrno() {
    }

    static int of(Throwable t) {
        if (t == null) return 0;
        String msg = t.getMessage();
        if (msg != null) {
            int byText = byMessage(msg);
            if (byText != 0) return byText;
        }
        if (t instanceof ConnectException) return ECONNREFUSED;
        if (t instanceof BindException) return EADDRINUSE;
        if (t instanceof NoRouteToHostException) return EHOSTUNREACH;
        if (t instanceof PortUnreachableException) return ECONNREFUSED;
        if (t instanceof SocketTimeoutException) return ETIMEDOUT;
        if (t instanceof UnknownHostException) return EAI_NONAME;
        if (t instanceof FileNotFoundException) return ENOENT;
        if (t instanceof ClosedChannelException) return EBADF;
        if (t instanceof NotYetConnectedException) return ENOTCONN;
        if (t instanceof AlreadyConnectedException) return EISCONN;
        if (t instanceof UnresolvedAddressException) return EAI_NONAME;
        if (t instanceof UnsupportedAddressTypeException) return EAFNOSUPPORT;
        if (t.getCause() != null && t.getCause() != t) return of(t.getCause());
        return EINVAL;
    }

    private static int byMessage(String m) {
        if (m.startsWith("Connection refused")) return ECONNREFUSED;
        if (m.startsWith("Connection reset")) return ECONNRESET;
        if (m.startsWith("Broken pipe")) return EPIPE;
        if (m.startsWith("Address already in use")) return EADDRINUSE;
        if (m.startsWith("Cannot assign requested address")) return EADDRNOTAVAIL;
        if (m.startsWith("Permission denied")) return EACCES;
        if (m.startsWith("Operation not permitted")) return EPERM;
        if (m.startsWith("No such file or directory")) return ENOENT;
        if (m.startsWith("Connection timed out")) return ETIMEDOUT;
        if (m.startsWith("No route to host")) return EHOSTUNREACH;
        if (m.startsWith("Network is unreachable")) return ENETUNREACH;
        if (m.startsWith("Network is down")) return ENETDOWN;
        if (m.startsWith("Too many open files")) return EMFILE;
        if (m.startsWith("Software caused connection abort")) return ECONNABORTED;
        if (m.startsWith("Transport endpoint is not connected")) return ENOTCONN;
        if (m.startsWith("Socket is not connected")) return ENOTCONN;
        if (m.startsWith("Address family not supported")) return EAFNOSUPPORT;
        if (m.startsWith("Invalid argument")) return EINVAL;
        if (m.startsWith("File name too long")) return ENAMETOOLONG;
        if (m.startsWith("Unix domain path too long")) return EINVAL;
        if (m.startsWith("No buffer space available")) return ENOBUFS;
        if (m.startsWith("Socket operation on non-socket")) return ENOTSOCK;
        if (m.startsWith("Not a directory")) return -20;
        if (m.startsWith("Message too long")) return EMSGSIZE;
        if (m.startsWith("No such device")) return ENODEV;
        if (m.startsWith("Protocol not available")) return -92;
        if (m.startsWith("Operation not supported")) return ENOTSUP;
        return 0;
    }
}
