package dev.jnode.binding;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A libc function taking and returning C ints (setpriority, umask, …), called through the JDK's
 * foreign-function API with errno captured. jnode compiles for Java 21, where that API is still a
 * preview, so it is reached by reflection; on a JVM without it {@link #lookup} returns null and
 * the caller reports ERR_NOT_IMPLEMENTED.
 */
public final class NativeIntCall {
    private final MethodHandle handle;
    private final Object state;
    private final Object intLayout;
    private final Method getInt;

    private NativeIntCall(String symbolName, int argCount) throws Exception {
        Class<?> linkerC = Class.forName("java.lang.foreign.Linker");
        Class<?> optionC = Class.forName("java.lang.foreign.Linker$Option");
        Class<?> layoutC = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> valueLayoutC = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> ofIntC = Class.forName("java.lang.foreign.ValueLayout$OfInt");
        Class<?> descC = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> segmentC = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> lookupC = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> arenaC = Class.forName("java.lang.foreign.Arena");
        Class<?> allocatorC = Class.forName("java.lang.foreign.SegmentAllocator");

        Object linker = linkerC.getMethod("nativeLinker").invoke(null);
        Object lookup = linkerC.getMethod("defaultLookup").invoke(linker);
        Optional<?> symbol = (Optional<?>) lookupC.getMethod("find", String.class).invoke(lookup, symbolName);
        if (symbol.isEmpty()) throw new IllegalStateException("no symbol " + symbolName);
        intLayout = valueLayoutC.getField("JAVA_INT").get(null);
        Object args = Array.newInstance(layoutC, argCount);
        for (int i = 0; i < argCount; i++) Array.set(args, i, intLayout);
        Object desc = descC.getMethod("of", layoutC, args.getClass()).invoke(null, intLayout, args);
        Object capture = optionC.getMethod("captureCallState", String[].class)
                .invoke(null, (Object) new String[] {"errno"});
        Object stateLayout = optionC.getMethod("captureStateLayout").invoke(null);
        Object options = Array.newInstance(optionC, 1);
        Array.set(options, 0, capture);
        handle = (MethodHandle) linkerC.getMethod("downcallHandle", segmentC, descC, options.getClass())
                .invoke(linker, symbol.get(), desc, options);
        Object arena = arenaC.getMethod("ofAuto").invoke(null);
        state = allocatorC.getMethod("allocate", layoutC).invoke(arena, stateLayout);
        getInt = segmentC.getMethod("get", ofIntC, long.class);
    }

    /** The function, or null when this JVM cannot call native code this way. */
    public static NativeIntCall lookup(String symbolName, int argCount) {
        try {
            return new NativeIntCall(symbolName, argCount);
        } catch (Throwable t) {
            return null;
        }
    }

    /** Calls the function; returns its result. */
    public int call(int... args) throws Throwable {
        Object[] all = new Object[args.length + 1];
        all[0] = state;
        for (int i = 0; i < args.length; i++) all[i + 1] = args[i];
        return (int) handle.invokeWithArguments(all);
    }

    /** errno as the last call left it. */
    public int errno() throws Throwable {
        return (int) getInt.invoke(state, intLayout, 0L);
    }
}
