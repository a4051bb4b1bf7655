package org.glutecheck.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Who is asking, for counting attempts: the client's IP address, and for IPv6 only its first 64
 * bits, because one home or phone is given a whole /64 and could otherwise take a new address for
 * every guess. Behind a TLS proxy the address is the client's, not the proxy's
 * ({@code server.forward-headers-strategy}, docs/deployment.md).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/** The key under which attempts from this address are counted. */
	public static String key(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
			return String.valueOf(remoteAddress);
		}
		try {
			byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
			return bytes.length == 16 ? prefix(Arrays.copyOf(bytes, 8)) : remoteAddress;
		}
		catch (UnknownHostException notAnAddress) {
			return remoteAddress;
		}
	}

	private static String prefix(byte[] network) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < network.length; i += 2) {
			text.append(Integer.toHexString(((network[i] & 0xff) << 8) | (network[i + 1] & 0xff))).append(':');
		}
		return text.append(":/64").toString();
	}

}
