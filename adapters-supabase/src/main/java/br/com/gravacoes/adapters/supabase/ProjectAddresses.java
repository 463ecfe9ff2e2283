package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirrorRejectedException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps a tenant's project URL from reaching this service's own network: a tenant admin types the
 * URL, and the service would otherwise call loopback, private, link-local (cloud metadata) or
 * multicast addresses on their behalf. Local setups and tests allow it by configuration.
 */
final class ProjectAddresses {

  private ProjectAddresses() {}

  static void requirePublic(URI url) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(url.getHost());
    } catch (UnknownHostException | SecurityException unknown) {
      // Nothing to reach: the request itself will fail as "host desconhecido".
      return;
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw new MirrorRejectedException(
            "URL do projeto Supabase aponta para um endereço interno (" + url.getHost() + ")");
      }
    }
  }

  private static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] raw = address.getAddress();
    // IPv6 unique local (fc00::/7) and IPv4 carrier-grade NAT (100.64.0.0/10).
    return (raw.length == 16 && (raw[0] & 0xfe) == 0xfc)
        || (raw.length == 4 && (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64);
  }
}
