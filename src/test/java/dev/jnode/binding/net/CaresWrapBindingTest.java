package dev.jnode.binding.net;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaresWrapBindingTest {
    private static InetAddress[] addrs(String... literals) throws Exception {
        InetAddress[] out = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) out[i] = InetAddress.getByName(literals[i]);
        return out;
    }

    @Test
    void selectFiltersByFamilyAndKeepsTheResolverOrder() throws Exception {
        InetAddress[] all = addrs("::1", "127.0.0.1", "2001:db8::5", "10.0.0.1");
        assertEquals("::1/6,127.0.0.1/4,2001:db8::5/6,10.0.0.1/4", CaresWrapBinding.select(all, 0, 0, 0, 3));
        assertEquals("127.0.0.1/4,10.0.0.1/4", CaresWrapBinding.select(all, 4, 0, 0, 3));
        assertEquals("::1/6,2001:db8::5/6", CaresWrapBinding.select(all, 6, 0, 0, 3));
    }

    @Test
    void selectOrdersIpv4OrIpv6FirstStably() throws Exception {
        InetAddress[] all = addrs("::1", "127.0.0.1", "2001:db8::5", "10.0.0.1");
        assertEquals("127.0.0.1/4,10.0.0.1/4,::1/6,2001:db8::5/6",
                CaresWrapBinding.select(all, 0, 0, CaresWrapBinding.ORDER_IPV4_FIRST, 3));
        assertEquals("::1/6,2001:db8::5/6,127.0.0.1/4,10.0.0.1/4",
                CaresWrapBinding.select(all, 0, 0, CaresWrapBinding.ORDER_IPV6_FIRST, 3));
    }

    @Test
    void v4MappedAnswersIpv6QueriesWhenThereIsNoIpv6Address() throws Exception {
        InetAddress[] v4only = addrs("127.0.0.1");
        assertEquals("", CaresWrapBinding.select(v4only, 6, 0, 0, 3));
        assertEquals("::ffff:127.0.0.1/6", CaresWrapBinding.select(v4only, 6, CaresWrapBinding.AI_V4MAPPED, 0, 3));
        InetAddress[] both = addrs("::1", "127.0.0.1");
        assertEquals("::1/6", CaresWrapBinding.select(both, 6, CaresWrapBinding.AI_V4MAPPED, 0, 3));
        assertEquals("::1/6,::ffff:127.0.0.1/6",
                CaresWrapBinding.select(both, 6, CaresWrapBinding.AI_V4MAPPED | CaresWrapBinding.AI_ALL, 0, 3));
    }

    @Test
    void addrConfigDropsFamiliesWithoutAnAddress() throws Exception {
        InetAddress[] all = addrs("::1", "127.0.0.1");
        assertEquals("127.0.0.1/4", CaresWrapBinding.select(all, 0, 0, 0, 1));
        assertEquals("::1/6", CaresWrapBinding.select(all, 0, 0, 0, 2));
    }

    @Test
    void serviceNamesComeFromTheServicesFile() {
        String file = "# comment\nftp\t\t21/tcp\nssh\t\t22/tcp\t\t\t# SSH\ndomain\t\t53/udp\ndomain\t\t53/tcp\n";
        assertEquals("ssh", CaresWrapBinding.serviceName(file, 22, "tcp"));
        assertEquals("domain", CaresWrapBinding.serviceName(file, 53, "udp"));
        assertNull(CaresWrapBinding.serviceName(file, 21, "udp"));
        assertNull(CaresWrapBinding.serviceName(file, 8080, "tcp"));
    }
}
