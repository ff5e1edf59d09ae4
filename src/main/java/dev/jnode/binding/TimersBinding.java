package dev.jnode.binding;

import dev.jnode.loop.EventLoop;
import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;

/** internalBinding('timers'): the loop's single timer deadline and the immediate counts. */
public final class TimersBinding {
    private final EventLoop loop;

    public TimersBinding(NodeRuntime runtime) {
        this.loop = runtime.loop();
    }

    /** The cached loop time (uv_now), in ms since the loop started. */
    @HostAccess.Export
    public double getLibuvNow() {
        return loop.nowMs();
    }

    /** The current time on the loop's clock, uncached. */
    @HostAccess.Export
    public double now() {
        return loop.currentMs();
    }

    /** Arms the loop's timer for an absolute loop-ms deadline; -1 disarms it. */
    @HostAccess.Export
    public void scheduleTimer(double deadlineMs) {
        loop.scheduleTimer((long) deadlineMs);
    }

    @HostAccess.Export
    public void toggleTimerRef(boolean ref) {
        loop.setTimersRef(ref);
    }

    @HostAccess.Export
    public void setImmediateCounts(int count, int refCount) {
        loop.setImmediateCounts(count, refCount);
    }
}
